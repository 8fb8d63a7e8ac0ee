"""Event dates, round 11: how common wire-story sentences tell time (sentences written for the
tests), each given a text, its publication date and the date one event should have (or none)."""

from __future__ import annotations

import pytest

from storyline.nlp.dates import resolve_date
from tests.eventcheck import Analyze
from tests.eventcheck import date_of as _date_of

pytestmark = pytest.mark.slow


CASES = [
    # "a day after X" shifts X from the governing date even when spaCy makes X a conjunct of the
    # participle before it (Wednesday 2025-03-05 → the day before)
    ("The unions began a general strike on Wednesday, closing schools, banks and ports, a day after the "
     "government refused to cancel the fuel price rise.", "2025-03-06", "REJECT", "refused", "2025-03-04"),
    # ... and when the event is the noun subject of the after-clause
    ("Moscow and Kyiv agreed on Thursday to a local truce, three days after Russian artillery fire killed four "
     "Ukrainian soldiers.", "2025-03-06", "ASSAULT", "fire", "2025-03-03"),
    # verbs of stopping, starting and trying take the date of their complement
    ("Lithuania stopped importing Russian electricity in February 2025 and now relies on its neighbours.",
     "2025-11-05", "SANCTION", "stopped", "2025-02"),
    # a since-date on a noun tells how long it has held, not when the event was
    ("Japan and Australia, security partners since 2007, held their largest joint naval exercises in May.",
     "2025-10-21", "MOBILIZE", "held", "2025-05"),
    # a paragraph that opens with what the actor of the day told just before did goes on with that day,
    # over a sentence about another day in between
    ("Kenya and Uganda have argued over Migingo island for years. Both claim the rock in Lake Victoria.\n\n"
     "On Tuesday, Kenyan Foreign Minister Musalia Mudavadi flew to Kampala for talks on the dispute. Fishermen "
     "from both countries clashed near the island on Sunday.\n\nMudavadi urged Ugandan President Yoweri Museveni "
     "to withdraw Ugandan police from the island.", "2025-03-05", "REQUEST", "urged", "2025-03-04"),
    # ... but a date taken over a paragraph opener goes no further than that paragraph
    ("Kenya and Uganda have argued over Migingo island for years. Both claim the rock in Lake Victoria.\n\n"
     "On Tuesday, Kenyan Foreign Minister Musalia Mudavadi flew to Kampala for talks on the dispute. Fishermen "
     "from both countries clashed near the island on Sunday.\n\nMudavadi urged Ugandan President Yoweri Museveni "
     "to withdraw Ugandan police from the island.\n\nMuseveni accused Kenyan fishermen of provoking the clashes.",
     "2025-03-05", "ACCUSE", "accused", None),
    # a since-phrase on a noun the year premodifies starts the state then; a when-clause on that
    # noun happens in that year
    ("The opposition has accused the electoral board of fraud since the 2019 presidential election, when its "
     "leader rejected the official count.", "2025-06-10", "ACCUSE", "accused", "2019"),
    ("The opposition has accused the electoral board of fraud since the 2019 presidential election, when its "
     "leader rejected the official count.", "2025-06-10", "REJECT", "rejected", "2019"),
    # what is agreed or said on a day after talks ends them: the talks take that day ...
    ("Ethiopia and Eritrea agreed on Friday to reopen their border after talks in Nairobi hosted by Kenya.",
     "2025-03-08", "CONSULT", "talks", "2025-03-07"),
    ("The farm minister told reporters on Monday after meeting union leaders that import quotas would stay.",
     "2025-03-08", "CONSULT", "meeting", "2025-03-03"),
    # ... not the talks one travels home after, nor talks that went on for days
    ("The Ethiopian envoy returned to Addis Ababa on Friday after talks in Asmara with Eritrean officials.",
     "2025-03-08", "CONSULT", "talks", None),
    ("Armenia and Azerbaijan agreed on Tuesday to resume rail traffic after two days of talks in Geneva.",
     "2025-03-08", "CONSULT", "talks", None),
    # "as planned in January": the time the act was meant for dates the act not done
    ("Kenya did not deploy a second police contingent to Haiti as planned in January, officials said.",
     "2025-03-05", "MOBILIZE", "deploy", "2025-01"),
    # a meeting "that had been scheduled for Monday" is dated by its schedule
    ("The minister did not attend a meeting with his Russian counterpart that had been scheduled for Monday in "
     "Geneva, a diplomat said.", "2025-03-05", "CONSULT", "meeting", "2025-03-03"),
    # "likely to meet in October" lies ahead, like "expected to meet"
    ("Diplomats said the two presidents were likely to meet on the sidelines of a European summit in October.",
     "2026-09-09", "CONSULT", "meet", "2026-10"),
    ("Talks between the two sides are likely to resume on Monday, diplomats said.", "2026-09-09", "CONSULT",
     "talks", "2026-09-14"),
    # what a past perfect tells done "by Friday" is dated that Friday (the only day given) ...
    ("By Friday, the army had retaken the town and arrested its mayor, a spokesman said.", "2026-10-21",
     "COERCE", "arrested", "2026-10-16"),
    # ... but a deadline is not a date
    ("The junta must hand power to civilians by the end of the year, the regional bloc said.", "2026-10-21",
     "*", "hand", None),
    # a date between the verb of saying and its complement's subject dates the saying: the planned
    # deed announced that day is not dated by it (spaCy hangs the date on "expel")
    ("The foreign ministry said on Friday it would expel three Russian diplomats.", "2025-03-08", "SANCTION",
     "expel", None),
    # what a state's military tells it did goes on with what the state did in the sentence before
    ("Russia struck rebel positions in Idlib province on Tuesday, a war monitor said.\n\nThe Russian military "
     "said its jets hit weapons depots and a command post of the rebel group.", "2025-03-06", "ASSAULT", "hit",
     "2025-03-04"),
    # spaCy leaves the year out of "the summer of 2022"
    ("Protesters clashed with police in the summer of 2022, killing two officers.", "2025-03-06", "ASSAULT",
     "clashed", "2022"),
    # "within hours of the ruling": the day of the occasion told before
    ("The Supreme Court on Tuesday barred opposition leader Amos Ruto from the presidential race.\n\nThousands of "
     "his supporters took to the streets of Nairobi within hours of the ruling.", "2025-03-05", "PROTEST", "took",
     "2025-03-04"),
]


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), CASES)
def test_event_date(analyze: Analyze, text: str, published: str | None, type_: str, trigger: str,
                    date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "value"), [
    ("between 2018 and 2020", "2018"),
    ("between March and May 2024", "2024-03"),
    # a season, half or quarter of a year is that year
    ("in the summer of 2022", "2022"),
    ("the second half of 2024", "2024"),
    ("spring 2023", "2023"),
    # a weekday of the week before or after publication (Wednesday 2025-11-05)
    ("on Friday last week", "2025-10-31"),
    ("Monday next week", "2025-11-10"),
])
def test_a_between_range_is_dated_by_its_start(text: str, value: str) -> None:
    found = resolve_date(text, "2025-11-05")
    assert found is not None and found.value == value


def test_a_fronted_date_under_a_misparsed_root_preposition_dates_the_sentence() -> None:
    """"In July 2023 police killed 20 people": when spaCy makes the fronted "In" the root and hangs
    the clause under it, the date still frames the event (built as spaCy parses it)."""
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from storyline.nlp.events.dating import _date_score

    words = ["In", "July", "2023", "police", "killed", "20", "people", "."]
    heads = [0, 0, 1, 0, 3, 6, 4, 0]
    deps = ["ROOT", "pobj", "nummod", "pobj", "acl", "nummod", "dobj", "punct"]
    pos = ["ADP", "PROPN", "NUM", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * 7)
    ent = Span(doc, 1, 3, label="DATE")
    assert _date_score(ent, {4}, doc[4]) == (0, None)
    # a date that is not fronted does not frame the sentence this way
    assert _date_score(Span(doc, 5, 6, label="DATE"), {4}, doc[4]) != (0, None)
