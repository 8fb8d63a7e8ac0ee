"""Event dates, round 10: common wire-story shapes (sentences written for the tests), each
given a text, its publication date and the date one event should have (or none)."""

from __future__ import annotations

import pytest

from tests.eventcheck import Analyze
from tests.eventcheck import date_of as _date_of
from tests.eventcheck import events_of as _events

pytestmark = pytest.mark.slow


CASES = [
    # a bare weekday between the auxiliary and the participle ("were Saturday killed") dates it
    ("Five gunmen were Saturday killed by the army in the northern district, an army spokesman said.",
     "2013-08-31", "ASSAULT", "killed", "2013-08-31"),
    # what a nominal event is set, due or expected to do dates it, ahead of publication
    ("Talks between Russia and Ukraine are set to resume on Monday, negotiators said.",
     "2022-03-12", "CONSULT", "talks", "2022-03-14"),
    ("Talks between the government and the rebels are due to resume Monday, officials said.",
     "2022-03-12", "CONSULT", "talks", "2022-03-14"),
    # ... but a schedule told in the past may have passed
    ("Talks between Russia and Ukraine were scheduled to resume on Monday but were postponed.",
     "2022-03-12", "CONSULT", "talks", "2022-03-07"),
    # a date before its noun dates the noun, not the verb that mentions it
    ("The former president has appealed the March conviction, his lawyer said.",
     "2021-09-30", "REJECT", "appealed", None),
    # a relative time of the event's own shifts the governing clause's date
    ("The government imposed a curfew on Friday in areas where clashes between police and protesters a day "
     "earlier left three people dead.", "2006-04-21", "ASSAULT", "clashes", "2006-04-20"),
    # a when-clause with a date tells when the main event happened
    ("A soldier was killed when rebels descended on the village on Sunday, the army said on Monday.",
     "2010-03-08", "ASSAULT", "killed", "2010-03-07"),
    # a modal of possibility puts a bare month ahead
    ("The Chinese foreign minister may visit Japan as early as October, a government source said on Sunday.",
     "2020-09-27", "CONSULT", "visit", "2020-10"),
    # a simple past in a clause hung on a plan happened in the past
    ("The visit would come after the two leaders agreed during a phone conversation on Friday to have more "
     "high-level contacts.", "2020-09-27", "AGREE", "agreed", "2020-09-25"),
    # the to-complement of an intention told in the present perfect lies ahead
    ("North Korea and the United States have agreed to restart their talks on Saturday, Yonhap reported on "
     "Tuesday.", "2019-10-01", "CONSULT", "talks", "2019-10-05"),
    # what a ban stops ("from holding office") carries the ban's date
    ("The electoral authority had banned the opposition leader from holding public office for 15 years in "
     "June, a decision the government has refused to revisit.", "2023-10-19", "COERCE", "banned", "2023-06"),
    # ... not a deed tried (an implicative verb), which is past (its type is not the point here)
    ("Protesters have tried to storm the parliament on Sunday, police said.", "2019-10-01", "*", "storm",
     "2019-09-29"),
]


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), CASES)
def test_wire_story_dates(analyze: Analyze, text: str, published: str, type_: str, trigger: str,
                          date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


def test_earlier_in_the_day_takes_the_occasion_told_before(analyze: Analyze) -> None:
    # spaCy leaves "Earlier in" outside the entity "the day"; the whole phrase points back
    text = ("Japan and China agreed on Sunday to resume reciprocal visits by their leaders.\n\n"
            "Earlier in the day in his talks with Kono, Wang urged joint efforts with Japan to get bilateral "
            "ties back on track.")
    assert _date_of(analyze, text, "2018-01-28", "REQUEST", "urged") == "2018-01-28"


@pytest.mark.parametrize(("text", "published", "tense", "value"), [
    # a weekday named with the date fixes the year, whatever the clause's tense
    ("on Tuesday, March 4", "2025-03-06", "future", "2025-03-04"),
    ("Monday, Dec. 30", "2025-01-02", "past", "2024-12-30"),
    # a bare date a few days before publication in a future clause is that recent day
    ("March 4", "2025-03-06", "future", "2025-03-04"),
    ("Dec. 28", "2025-01-05", "future", "2024-12-28"),
    # ... but months ahead it is next year's
    ("March 4", "2025-06-06", "future", "2026-03-04"),
])
def test_bare_dates_near_publication(text: str, published: str, tense: str, value: str) -> None:
    from storyline.nlp.dates import resolve_date

    found = resolve_date(text, published, tense)  # type: ignore[arg-type]
    assert found is not None and found.value == value


def test_since_then_takes_the_date_told_before(analyze: Analyze) -> None:
    # spaCy also runs the month into the measure after it ("November 2024 after a year")
    text = ("The two countries agreed to a ceasefire in November 2024 after a year of fighting.\n\n"
            "Israel has carried out near-daily strikes since then, saying it is targeting the group's efforts to "
            "rearm.")
    assert _date_of(analyze, text, "2026-09-23", "ASSAULT", "strikes") == "2024-11"


def test_an_undated_occasion_passes_on_no_later_date(analyze: Analyze) -> None:
    # without a publication date "on Thursday" cannot be known; the 2012 of "his 2012 bid" does
    # not stand in for it in the next sentence
    text = ("Former President Nicolas Sarkozy was sentenced on Thursday to one year in prison for illegal campaign "
            "financing in his failed 2012 re-election bid. The former president has already announced that he "
            "will appeal.")
    events = _events(analyze, text, None)
    assert [e.date for e in events if e.trigger.text.lower().startswith("appeal")] == [None]


@pytest.mark.parametrize(("text", "value"), [
    ("November 2024 after a year", "2024-11"),
    ("Monday after months", "2026-09-21"),
])
def test_a_date_run_into_a_measure_resolves(text: str, value: str) -> None:
    from storyline.nlp.dates import resolve_date

    found = resolve_date(text, "2026-09-23")
    assert found is not None and found.value == value
    assert resolve_date("two days after the election", "2026-09-23") is None


WIRE_MORE = [
    # a month spaCy took into the name after it ("In June Richard Hoagland") still dates the clause
    ("In June Richard Hoagland, the US charge d'affaires, was summoned to the foreign ministry to hear a protest "
     "about drones.", "2012-08-23", "ACCUSE", "summoned", "2012-06"),
    # the name "May" is no modal
    ("In May Theresa May met Emmanuel Macron in Paris.", "2012-08-23", "CONSULT", "met", "2012-05"),
    # a simple present with a date tells what is scheduled
    ("The president travels to Paris on Thursday for talks with Emmanuel Macron.", "2012-05-01", "CONSULT",
     "travels", "2012-05-03"),
    # the weekend gives no day: not the day of the report
    ("The rebels attacked the town over the weekend, the army said on Monday.", "2025-03-06", "ASSAULT",
     "attacked", None),
    # what goes with a clause timed "overnight" shares its unknown day, not the report's
    ("Russia launched a massive missile and drone attack on Ukraine's energy grid overnight, killing at least "
     "four people, Ukrainian officials said on Thursday.", "2024-11-28", "ASSAULT", "killing", None),
    # a month and day without a year take the year the sentence opens with
    ("Last year, more than 60 people were killed when police opened fire on crowds who stormed parliament on "
     "June 25.", "2025-06-26", "PROTEST", "stormed", "2024-06-25"),
    # what a protest is about happened before it, not on its day
    ("Pakistan on Friday summoned the US ambassador and lodged a strong protest over a drone strike in a tribal "
     "region which killed 35 people, the foreign ministry said.", "2011-03-18", "ASSAULT", "killed", None),
]


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), WIRE_MORE)
def test_more_wire_story_dates(analyze: Analyze, text: str, published: str, type_: str, trigger: str,
                               date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


def test_a_conjunct_sharing_a_present_perfect_is_background(analyze: Analyze) -> None:
    # "have condemned ... and demanded": the perfect goes with both, so neither takes the date of
    # the occasion told before
    text = ("Pakistan on Friday summoned the US ambassador over a drone strike, the foreign ministry said. "
            "Pakistan's civilian and military leaders have already strongly condemned the strike and demanded an "
            "apology from the United States.")
    assert _date_of(analyze, text, "2011-03-18", "REQUEST", "demanded") is None


def test_the_day_before_outside_the_entity_shifts_the_occasion(analyze: Analyze) -> None:
    # spaCy's entity is "The day"; "before" follows it
    text = "Police arrested 30 protesters on Tuesday. The day before, the protesters had blocked the main highway."
    assert _date_of(analyze, text, "2025-03-06", "PROTEST", "blocked") == "2025-03-03"


def test_a_dateline_date_is_not_the_occasion_passed_on(analyze: Analyze) -> None:
    # "NAIROBI, June 26 (Reuters) -": when the story was filed, not the day of the protest told
    text = ("NAIROBI, June 26 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Wednesday as "
            "thousands marched through the city. Police arrested at least 40 people, the Interior Ministry said "
            "in a statement.")
    assert _date_of(analyze, text, "2025-06-26", "COERCE", "arrested") == "2025-06-25"


def test_a_month_folded_into_a_name_is_recovered_but_not_a_possessive_may() -> None:
    from spacy.tokens import Doc

    from storyline.nlp.events.dating import _missed_dates
    from storyline.nlp.model import load_nlp

    vocab = load_nlp().vocab
    folded = Doc(vocab, words=["In", "June", "Richard", "Hoagland", "was", "summoned", "."])
    assert [e.text for e in _missed_dates(folded)] == ["June"]
    name = Doc(vocab, words=["He", "served", "in", "May", "'s", "cabinet", "."])
    assert _missed_dates(name) == []
