"""Event dates, round 12: how common wire-story sentences tell time (sentences written for the
tests), each given a text, its publication date and the date one event should have (or none)."""

from __future__ import annotations

import pytest

from storyline.nlp.dates import ResolvedDate, resolve_anaphoric, resolve_date
from tests.eventcheck import Analyze
from tests.eventcheck import date_of as _date_of

pytestmark = pytest.mark.slow


CASES = [
    # a relative clause on an indefinite noun phrase that sums up the clause before ("..., an offer
    # the government rejected") is the writer's comment, not part of that clause's occasion
    ("The company had offered in August to pay 80 million dollars to settle the dispute, an offer the "
     "government rejected as insufficient.", "2026-10-29", "REJECT", "rejected", None),
    ("The finance minister said on Tuesday that the government would pay a bonus to pensioners in December, "
     "a measure the unions had demanded for months.", "2026-11-18", "REQUEST", "demanded", None),
    # ... but a relative clause on the noun itself shares its clause's day
    ("Police on Monday dispersed protesters who had blocked the highway.", "2026-11-18", "PROTEST", "blocked",
     "2026-11-16"),
    # a passive participle on a noun tells a state, not when it came about ...
    ("Moscow demanded last week that Kyiv also hand over 40 civilians detained in the Kursk region.",
     "2026-11-12", "COERCE", "detained", None),
    # ... but with its doer it tells the noun's occasion
    ("Sudan's army and the Rapid Support Forces agreed on Thursday to a three-day truce after talks in Jeddah "
     "mediated by Saudi Arabia, officials said.", "2026-10-16", "CONSULT", "mediated", "2026-10-15"),
    # a time told from a date given before takes that date's year, not publication's
    ("Ethiopia and Eritrea signed a peace agreement in July 2018, and in September that year the two leaders "
     "met in Asmara.", "2026-11-18", "CONSULT", "met", "2018-09"),
    ("The army seized the town in 2019 and in March of the following year it arrested the rebel leader.",
     "2026-11-18", "COERCE", "arrested", "2020-03"),
    ("Russia annexed Crimea in March 2014. A year later, the European Union imposed new sanctions on Moscow.",
     "2026-11-18", "SANCTION", "imposed", "2015"),
    # an attack by a group the text does not name goes on with the scene the sentence before told
    # in its paragraph (but not over a paragraph break)
    ("Several hundred supporters of the opposition rallied outside the election commission in the capital on "
     "Tuesday. Some protesters set fire to a police car before security forces fired tear gas.", "2026-10-28",
     "ASSAULT", "set", "2026-10-27"),
    ("Several hundred supporters of the opposition rallied outside the election commission in the capital on "
     "Tuesday.\n\nSome protesters set fire to a police car before security forces fired tear gas.", "2026-10-28",
     "ASSAULT", "set", None),
    # what one "has said" was said at no time told: it takes no date from the sentence before
    ("Zelenskyy said on Wednesday he was ready to meet Putin in any format. The Kremlin has said Putin would "
     "not meet Zelenskyy until a final agreement was ready.", "2026-11-12", "REJECT", "meet", None),
    # the day a future clause gives (on a participle under "would begin") is ahead, so a past
    # accusation in the next sentence does not take the past day of that name
    ("The defence minister said the army would begin pulling back artillery units on Friday. He accused "
     "Cambodian troops of laying fresh landmines on the Thai side of the border.", "2026-11-26", "ACCUSE",
     "accused", None),
    # "This came a day after X": spaCy hangs the measure on "came", right before the mark
    ("Police detained dozens of opposition supporters in the capital on Saturday.\n\nThe arrests came a day after "
     "President Emmerson Mnangagwa called for calm following the disputed vote.", "2018-08-04", "REQUEST",
     "called", "2018-08-03"),
    # an adverbial clause in the perfect tells a time before the governing clause's, or a state now
    ("The president did not address the nation on Wednesday, as some union leaders had demanded.", "2026-11-26",
     "REQUEST", "demanded", None),
    ("The European Union said last month it would provide 60 million euros, while the United States has declined "
     "to contribute to the fund.", "2026-11-29", "REJECT", "declined", None),
    # ... but an after-clause in the simple past takes the governing date
    ("Police arrested 14 people on Monday night after some protesters threw bottles and rocks at officers.",
     "2026-11-17", "ASSAULT", "threw", "2026-11-16"),
    # "ever since" points back to the date told before, like "since then"
    ("The junta seized power in July 2023, ousting President Mohamed Bazoum, who has been detained at the "
     "presidential palace ever since.", "2026-11-04", "COERCE", "detained", "2023-07"),
    # the means of a verb continued with "then" goes with that verb ("responded by firing")
    ("Tunisian police on Wednesday fired tear gas at thousands of protesters gathered outside the interior "
     "ministry.\n\nThe protesters pelted the police with bottles.\n\nThe police then responded by firing tear gas.",
     "2013-02-06", "ASSAULT", "firing", "2013-02-06"),
    # the since-phrase of "the first ... since" bounds the span the event is the first of; what the
    # phrase itself tells keeps its date
    ("Iranian Foreign Minister Hossein Amir-Abdollahian arrived Thursday in Riyadh, his first official Saudi trip "
     "since a landmark rapprochement in March, state media reported.", "2023-08-17", "CONSULT", "trip",
     "2023-08-17"),
    ("Iran's foreign minister met the Sudanese foreign minister for the first time since relations were severed "
     "seven years ago, the official IRNA news agency reported on Thursday.", "2023-07-06", "CONSULT", "met",
     "2023-07-06"),
    ("Iran's foreign minister met the Sudanese foreign minister for the first time since relations were severed "
     "seven years ago, the official IRNA news agency reported on Thursday.", "2023-07-06", "SANCTION", "severed",
     "2016"),
    ("Gunmen killed 30 people in the deadliest attack in the region since 2019, officials said on Monday.",
     "2026-11-18", "ASSAULT", "killed", "2026-11-16"),
    ("The rebels have attacked the town since 2019.", "2026-11-18", "ASSAULT", "attacked", "2019"),
    # "..., the agency reported on Thursday" that spaCy made a participle on an apposition still
    # dates the report's content
    ("Iran's foreign minister met the Sudanese foreign minister in Baku, the official IRNA news agency reported on "
     "Thursday.", "2023-07-06", "CONSULT", "met", "2023-07-06"),
    # "days after X": X lies an untold time before the governing date
    ("China on Monday announced sanctions on three U.S. defense companies, days after Washington approved a "
     "weapons package for the island.", "2026-11-30", "AID", "approved", None),
    # "overnight" gives no day, also when spaCy runs a place into it
    ("Russian forces launched a massive drone attack on Kyiv overnight, killing three people, Ukrainian officials "
     "said on Sunday.", "2026-11-30", "ASSAULT", "launched", None),
    # what "is scheduled for" a day lies ahead (a late-December story's "Jan. 5" is next year's)
    ("Talks between the two sides are scheduled for Jan. 5 in Geneva.", "2025-12-28", "CONSULT", "talks",
     "2026-01-05"),
    # ... in an undated article only from a date stated in full, not past a relative one
    ("Russia annexed Crimea in March 2014. A year later, the European Union imposed new sanctions on Moscow.",
     None, "SANCTION", "imposed", "2015"),
    ("The rebels seized the town in 2010. Last year the army retook it. A year later, the European Union imposed "
     "new sanctions on the rebels.", None, "SANCTION", "imposed", None),
    # what an appeal is against was decided before it ...
    ("Google said on Monday it had launched an appeal against the European Commission's decision to fine it a "
     "record 2.4 billion euros.", "2017-09-11", "COERCE", "fine", None),
    # ... and a clause "in which" on a decision tells its content, on its day (not a span)
    ("Apple said it would appeal after the European Commission imposed its first antitrust penalty on Monday, in "
     "which it accused the iPhone maker of shutting out music-streaming rivals.", "2024-03-06", "ACCUSE",
     "accused", "2024-03-04"),
    # "before Christmas" in what is threatened or planned is a bound, not its date
    ("The union said it did not rule out a national strike before Christmas if talks failed.", "2026-11-18",
     "THREATEN", "rule out", None),
]


@pytest.mark.parametrize(("text", "antecedent", "date"), [
    ("in April that year", "2025-03", "2025-04"),
    ("June of the following year", "2019", "2020-06"),
    ("the previous year", "2019-05-02", "2018"),
    ("two years later", "2014-03-18", "2016"),
    ("a month earlier", "2024-01-10", "2023-12"),
    ("a month later", "2024", None),  # a month needs a month to count from
    ("next year", "2019", None),  # told from publication
])
def test_anaphoric_dates(text: str, antecedent: str, date: str | None) -> None:
    precision = {4: "year", 7: "month", 10: "day"}[len(antecedent)]
    found = resolve_anaphoric(text, ResolvedDate(antecedent, precision))  # type: ignore[arg-type]
    assert (found.value if found else None) == date
    assert resolve_date(text, "2026-11-18") is None or text == "next year"


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), CASES)
def test_round12_dates(analyze: Analyze, text: str, published: str | None, type_: str, trigger: str,
                       date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


def test_a_quotation_ends_with_its_paragraph() -> None:
    """The closing mark spaCy may put at the start of the next paragraph's sentence ('allow.|"\\n\\n
    Trump said on Saturday') does not put that sentence's date inside a quotation."""
    from spacy.tokens import Doc

    from storyline.nlp.events.dating import _in_quotation
    from storyline.nlp.model import load_nlp

    words = ["They", "said", '"', "no", ".", '"', "\n\n", "Trump", "said", "on", "Saturday", "that", "he", "would",
             "act", "."]
    spaces = [True, True, False, False, False, False, False, True, True, True, True, True, True, True, False, False]
    starts = [True] + [False] * 4 + [True] + [False] * 10
    doc = Doc(load_nlp().vocab, words=words, spaces=spaces, sent_starts=starts)
    assert not _in_quotation(doc[10:11])
    assert _in_quotation(doc[3:4])
