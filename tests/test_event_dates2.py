"""Event dates, round 8: times that point back ("that month", "the same day") and the occasion
an event tells (GUIDE rule 10)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis

pytestmark = pytest.mark.slow

Analyze = Callable[..., Analysis]



def _date_of(analyze: Analyze, text: str, published: str | None, type_: str, trigger: str) -> str | None:
    events = list(analyze(text, published=published).events)
    found = [e for e in events if e.type == type_ and e.trigger.text.lower().startswith(trigger.lower())]
    assert found, [(e.type, e.trigger.text, e.date) for e in events]
    return found[0].date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # "that month" is the month of the latest date stated before it, not the context occasion's day
    ("President Sisi spoke by phone with the fund's managing director on Sunday and stressed that Egypt had "
     "carried out reforms, including a devaluation of the pound in March 2024. The IMF approved the expanded "
     "loan to Egypt that month.", "2025-12-03", "AID", "approved", "2024-03"),
    # ... across a sentence that gives no date of its own
    ("Fighting escalated in March 2025, when the White Army overran an army garrison. Machar, whom the "
     "government accused of backing the militia, was placed under house arrest that month.",
     "2025-06-01", "COERCE", "placed", "2025-03"),
    # "that month" from a day cuts the day
    ("Rebels seized the airport on March 3, 2024. The army attacked the rebels later that month.",
     "2025-06-01", "ASSAULT", "attacked", "2024-03"),
    # "the same day" is that day
    ("Protesters clashed with police in Lagos on Monday. Police arrested 20 protesters the same day.",
     "2025-12-03", "COERCE", "arrested", "2025-12-01"),
    # a year alone does not say which month "that month" is
    ("The army seized the town in 2019. Rebels attacked the army that month.", "2025-06-01",
     "ASSAULT", "attacked", None),
    # without a publication date the relative date before it stays unknown, and so does the anaphor
    ("Protesters clashed with police in Lagos on Monday. Police arrested 20 protesters the same day.",
     None, "COERCE", "arrested", None),
])
def test_a_time_that_points_back(analyze: Analyze, text: str, published: str | None, type_: str, trigger: str,
                                 date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


def test_the_occasion_an_event_tells_comes_from_its_lemma() -> None:
    from storyline.nlp.events.dating import occasion_told
    from storyline.nlp.events.knowledge import load_lexicon
    from storyline.nlp.events.triggers import find_triggers
    from storyline.nlp.model import load_nlp

    doc = load_nlp()("Chinese President Xi Jinping visited Pyongyang on Tuesday and held talks with Kim.")
    kinds = {t.token.text: occasion_told(t) for t in find_triggers(next(iter(doc.sents)), load_lexicon())}
    assert kinds.get("visited") == "visit"  # "visited" tells a visit, which "the visit" refers back to
    assert kinds.get("talks") == "meeting"


def test_during_the_visit_takes_the_date_of_a_visit_told_as_a_verb(analyze: Analyze) -> None:
    text = ("Chinese President Xi Jinping visited Pyongyang on Tuesday, state media said.\n\n"
            "Separately, Japan accused South Korea on Wednesday of violating a fishing agreement.\n\n"
            "During the visit, Xi promised to send food aid to North Korea.")
    assert _date_of(analyze, text, "2025-01-10", "AGREE", "promised") == "2025-01-07"


@pytest.mark.parametrize(("text", "date"), [
    # a past perfect in a relative clause takes the date of the clause it hangs on, as in a main
    # clause (GUIDE: only a past perfect marked as earlier does not) ...
    ("Police on Tuesday dispersed the protesters who had blocked the highway.", "2025-06-03"),
    # ... not when marked as earlier
    ("Police on Tuesday dispersed the protesters who had already blocked the highway.", None),
    # a present perfect tells a state of the noun's own, not the day of the clause
    ("Police on Tuesday dispersed the protesters, who have blocked the highway.", None),
])
def test_a_relative_clause_in_the_past_perfect(analyze: Analyze, text: str, date: str | None) -> None:
    assert _date_of(analyze, text, "2025-06-06", "PROTEST", "blocked") == date


@pytest.mark.parametrize(("text", "value"), [
    # a time of day before the day it falls on dates that day
    ("before dawn on Saturday", "2025-06-07"),
    ("in the early hours of Sunday", "2025-06-08"),
    ("at noon on Friday", "2025-06-06"),
    ("the morning of March 3", "2025-03-03"),
    ("Monday evening local time", "2025-06-09"),
    # a time of day alone is no date
    ("the evening", None),
    ("hours", None),
])
def test_a_time_of_day_dates_its_day(text: str, value: str | None) -> None:
    from storyline.nlp.dates import resolve_date

    found = resolve_date(text, "2025-06-11")
    assert (found.value if found else None) == value


def test_earlier_in_the_day_is_the_day_the_context_fixes() -> None:
    from storyline.nlp.events.dating import Offset, relative_day

    assert relative_day("earlier in the day") == Offset(0)
    assert relative_day("later in the day") == Offset(0)
    assert relative_day("in the day") is None


def test_an_arrest_before_dawn_on_a_weekday(analyze: Analyze) -> None:
    text = "Soldiers arrested the opposition leader before dawn on Saturday, his party said."
    assert _date_of(analyze, text, "2025-06-11", "COERCE", "arrested") == "2025-06-07"


@pytest.mark.parametrize(("text", "type_", "trigger", "date"), [
    # what goes on now ("is demanding") is no part of the occasion told before ...
    ("The teachers' union SUTEP began an indefinite strike on Monday. SUTEP is demanding a 25 percent raise "
     "from the Education Ministry.", "REQUEST", "demanding", None),
    # ... which a simple past continues
    ("The teachers' union SUTEP began an indefinite strike on Monday. SUTEP demanded a 25 percent raise "
     "from the Education Ministry.", "REQUEST", "demanded", "2026-05-18"),
    # nor does it take the date of the dated past it is conjoined to
    ("The European Commission fined Corvex 2.4 billion euros in September 2025 and is investigating its "
     "mobile app store.", "ACCUSE", "investigating", None),
    ("The European Commission fined Corvex 2.4 billion euros in September 2025 and investigated its mobile "
     "app store.", "ACCUSE", "investigated", "2025-09"),
])
def test_the_present_progressive_tells_what_goes_on_now(analyze: Analyze, text: str, type_: str, trigger: str,
                                                         date: str | None) -> None:
    assert _date_of(analyze, text, "2026-05-20", type_, trigger) == date


@pytest.mark.parametrize(("published", "date"), [
    # in an article without a publication date an event's own relative date cannot be known, and no
    # other date (here the first conjunct's) stands in for it
    (None, None),
    ("2024-05-01", "2023"),
])
def test_an_own_relative_date_in_an_undated_article(analyze: Analyze, published: str | None,
                                                     date: str | None) -> None:
    text = ("Cascadia was fined 2.1 million dollars by the Oregon Public Utility Commission in March 2023 over its "
            "vegetation management, and state lawmakers criticized the company last year for delaying an upgrade.")
    assert _date_of(analyze, text, published, "ACCUSE", "criticized") == date
    assert _date_of(analyze, text, published, "COERCE", "fined") == "2023-03"  # a date stated in full is kept


@pytest.mark.parametrize(("text", "date"), [
    # a past perfect timed from the occasion ("the day before") is no background: it shifts from the
    # date the context fixes (GUIDE: "the next day"/"the day before" shift from the context's date)
    ("Police fired tear gas at protesters in the capital on Monday. Protesters had blocked the main highway "
     "the day before.", "2025-06-08"),
    ("Police fired tear gas at protesters in the capital on Monday. Protesters had blocked the main highway "
     "earlier in the day.", "2025-06-09"),
    # without such a time the past perfect stays background
    ("Police fired tear gas at protesters in the capital on Monday. Protesters had blocked the main highway.",
     None),
])
def test_a_past_perfect_timed_from_the_occasion(analyze: Analyze, text: str, date: str | None) -> None:
    assert _date_of(analyze, text, "2025-06-11", "PROTEST", "blocked") == date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # a relative clause on a span the date fixes happens then ...
    ("The demand to replace Pompeo echoed a 2018 episode in which North Korea called the secretary's requests "
     "\"gangster-like.\"", "2019-04-19", "ACCUSE", "like", "2018"),
    ("Trump recalled the June 2019 meeting at which he met Kim Jong Un.", "2020-01-10", "CONSULT", "met", "2019-06"),
    # ... not when nothing dates the span
    ("Trump left Beijing after a two-day visit during which Xi offered his backing to Kim.", "2019-01-10",
     "SUPPORT", "backing", None),
])
def test_an_in_which_clause_on_a_dated_noun(analyze: Analyze, text: str, published: str, type_: str, trigger: str,
                                            date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "date"), [
    # a sentence that opens with a time from the occasion before it dates its own events from it
    ("Trump invited Kim Jong Un to meet him at the border on Saturday. Hours later, North Korean Vice Foreign "
     "Minister Choe Son Hui called the invitation a very interesting suggestion.", "2019-06-29"),
    ("Trump invited Kim Jong Un to meet him at the border on Saturday. The next day, North Korean Vice Foreign "
     "Minister Choe Son Hui called the invitation a very interesting suggestion.", "2019-06-30"),
])
def test_a_sentence_timed_from_the_occasion_before_it(analyze: Analyze, text: str, date: str | None) -> None:
    assert _date_of(analyze, text, "2019-06-30", "SUPPORT", "suggestion") == date
