"""Event dates, round 9: general news patterns met on real wire copy (sentences written for
these tests). Given this text and publication date, this event has this date (or none)."""

from __future__ import annotations

import pytest

from tests.eventcheck import Analyze
from tests.eventcheck import date_of as _date_of
from tests.eventcheck import events_of as _events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # a past perfect that an adverb puts before the occasion does not take the occasion's date
    ("Lavrov met Blinken in Geneva on Tuesday. Lavrov said Moscow had initially demanded "
     "a full withdrawal of the observers.", "2026-03-05", "REQUEST", "demanded", None),
    # without the adverb, the speaker's past perfect is the occasion's
    ("Lavrov met Blinken in Geneva on Tuesday. Lavrov said Moscow had demanded "
     "a full withdrawal of the observers.", "2026-03-05", "REQUEST", "demanded", "2026-03-03"),
])
def test_anterior_past_perfect(analyze: Analyze, text: str, published: str | None, type_: str, trigger: str,
                               date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # "overnight" alone gives no date (GUIDE, round 8), and the report's day does not stand in
    # for the time the clause gives itself
    ("A former interior minister was arrested overnight, his party said on Wednesday.", "2016-06-15",
     "COERCE", "arrested", None),
    # a night named by its day is that day
    ("Russian forces shelled Kharkiv overnight Tuesday, the regional governor said.", "2026-03-05",
     "ASSAULT", "shelled", "2026-03-03"),
])
def test_overnight(analyze: Analyze, text: str, published: str | None, type_: str, trigger: str,
                   date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "value"), [
    ("overnight", None),
    ("overnight on Tuesday", "2026-03-03"),
    ("Tuesday overnight", "2026-03-03"),
    ("overnight into Wednesday", None),
])
def test_resolve_overnight(text: str, value: str | None) -> None:
    from storyline.nlp.dates import resolve_date

    found = resolve_date(text, "2026-03-05")
    assert (found.value if found else None) == value


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # a date inside what a charge is about dates that, not the charge
    ("The government has accused Mokoko of involvement in an alleged coup attempt in 2007.", "2016-06-15",
     "ACCUSE", "accused", None),
])
def test_date_of_the_charge_content(analyze: Analyze, text: str, published: str | None, type_: str,
                                    trigger: str, date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # a participle on the noun of a fronted frame, set off by commas, dates the clause it frames
    ("In a letter, sent on Friday, the union demanded a 10 percent pay rise.", "2026-03-18",
     "REQUEST", "demanded", "2026-03-13"),
    # "had" goes with both conjuncts of a reported deed, so the date after the second dates both
    ("The army said it had killed four rebels and captured their commander in a raid in the north "
     "on Tuesday.", "2026-05-08", "ASSAULT", "killed", "2026-05-05"),
    # ... and so in a reported clause or a relative clause
    ("Witnesses said police fired tear gas and arrested dozens of students on Thursday.", "2026-03-07",
     "ASSAULT", "fired", "2026-03-05"),
])
def test_dates_shared_by_a_clause(analyze: Analyze, text: str, published: str | None, type_: str,
                                  trigger: str, date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # a present perfect or a plan conjoined to a dated past deed is not told on its date
    ("In December police arrested the protest leaders, and prosecutors have accused them of treason.",
     "2026-03-05", "ACCUSE", "accused", None),
    ("In December police arrested the protest leaders, and prosecutors accused them of treason.",
     "2026-03-05", "ACCUSE", "accused", "2025-12"),
    ("He said the new cabinet would scrap the pact that its predecessor signed with Beijing in October and "
     "would seek \"balanced partnerships\" with all countries.", "2026-03-05", "AGREE", "partnerships", None),
])
def test_tense_change_between_conjuncts(analyze: Analyze, text: str, published: str | None, type_: str,
                                        trigger: str, date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "tense", "value"), [
    ("the 4th", "past", "2026-03-04"),
    ("on the 14th", "past", "2026-02-14"),  # not yet come in March: February's
    ("the 14th", "future", "2026-03-14"),
    ("the 3rd", "future", "2026-04-03"),
    ("the 31st", "past", "2026-01-31"),  # February has none
])
def test_resolve_day_of_month(text: str, tense: str, value: str | None) -> None:
    from storyline.nlp.dates import resolve_date

    found = resolve_date(text, "2026-03-05", tense)  # type: ignore[arg-type]
    assert (found.value if found else None) == value


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # what a threat or a pledge promises lies ahead of it: its date is the deed's, not the threat's
    ("Farmers threatened to block roads from Monday.", "2026-03-05", "THREATEN", "threatened", None),
    ("The minister promised to visit the region on Saturday.", "2026-03-05", "AGREE", "promised", None),
    # the day the pledge was made still dates it
    ("On Tuesday, teachers vowed to strike on Monday.", "2026-03-05", "AGREE", "vowed", "2026-03-03"),
])
def test_pledged_deed_date(analyze: Analyze, text: str, published: str | None, type_: str, trigger: str,
                           date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # an undated event lies that far from the date of the after-clause it governs
    ("Israel struck targets in Gaza a day after Hamas fired rockets at Tel Aviv on Tuesday.", "2026-03-05",
     "ASSAULT", "struck", "2026-03-04"),
    ("Israel struck targets in Gaza a day after Hamas fired rockets at Tel Aviv on Tuesday.", "2026-03-05",
     "ASSAULT", "fired", "2026-03-03"),
])
def test_a_day_after_a_dated_clause(analyze: Analyze, text: str, published: str | None, type_: str,
                                    trigger: str, date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "value"), [
    ("last Thursday", "2026-02-26"),  # in a Thursday story: a week ago, not today
    ("last Wednesday", "2026-03-04"),
    ("Thursday", "2026-03-05"),
])
def test_resolve_last_weekday(text: str, value: str) -> None:
    from storyline.nlp.dates import resolve_date

    found = resolve_date(text, "2026-03-05")
    assert found is not None and found.value == value


@pytest.mark.parametrize(("text", "value"), [
    ("in October last year", "2011-10"),
    ("March of next year", "2013-03"),
    ("late October last year", "2011-10"),
    ("the end of last year", "2011-12"),  # GUIDE: "at the end of the year" → YYYY-12
    ("the beginning of next year", "2013-01"),
    ("the end of next month", "2012-11"),
])
def test_resolve_month_of_a_relative_year(text: str, value: str) -> None:
    from storyline.nlp.dates import resolve_date

    found = resolve_date(text, "2012-10-31")
    assert found is not None and found.value == value
    assert resolve_date(text, None) is None  # relative: no guess without a publication date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # a week relative to the occasion told before: the Monday of the week meant
    ("The ministers met in Geneva on February 10. They met again the following week in Vienna.", "2026-03-05",
     "CONSULT", "met again", "2026-02-16"),
    ("Police arrested 20 protesters on Tuesday. A week earlier, troops had fired on a crowd in the north.",
     "2026-03-05", "ASSAULT", "fired", "2026-02-23"),
])
def test_week_relative_to_the_occasion(analyze: Analyze, text: str, published: str | None, type_: str,
                                       trigger: str, date: str | None) -> None:
    events = [e for e in _events(analyze, text, published) if e.type == type_]
    found = [e for e in events if text[e.sentence.start:e.sentence.end].find(trigger) >= 0
             or e.trigger.text.lower().startswith(trigger.lower())]
    assert found, [(e.type, e.trigger.text, e.date) for e in events]
    assert found[-1].date == date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # what a request asks for starts ahead of it: the strike is next Wednesday's ...
    ("Party spokeswoman Marie Ekane told reporters in Douala on Monday that the arrest was illegal. She called for "
     "a general strike across the country from Wednesday.", "2026-08-18", "PROTEST", "", "2026-08-19"),
    # ... and the call, whose own clause gives no date of its own, is the occasion told before
    ("Party spokeswoman Marie Ekane told reporters in Douala on Monday that the arrest was illegal. She called for "
     "a general strike across the country from Wednesday.", "2026-08-18", "REQUEST", "called", "2026-08-17"),
])
def test_a_requested_deed_starts_ahead(analyze: Analyze, text: str, published: str | None, type_: str,
                                       trigger: str, date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # a past relative clause that tells the event noun happening gives the noun its date
    ("The militia said it had shelled an army post late on Tuesday in response to an Israeli drone strike that "
     "killed three of its fighters in the south on Monday.", "2026-09-23", "ASSAULT", "strike", "2026-09-21"),
    ("The militia said it had shelled an army post late on Tuesday in response to an Israeli drone strike that "
     "killed three of its fighters in the south on Monday.", "2026-09-23", "ASSAULT", "shelled", "2026-09-22"),
])
def test_relative_clause_telling_the_event(analyze: Analyze, text: str, published: str | None, type_: str,
                                           trigger: str, date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # an invitation is dated when made, not by the talks it invites to (which lie ahead)
    ("Education Minister Rosa Huaman said on Tuesday night that the strike was illegal. She added that the "
     "government had invited union leaders to a new round of talks on Thursday.", "2026-05-20",
     "AGREE", "invited", "2026-05-19"),
])
def test_invitation_dated_when_made(analyze: Analyze, text: str, published: str | None, type_: str, trigger: str,
                                    date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # a date in the object of a measured before/after phrase is that object's: the event lies
    # that far from it
    ("Two days before the vote on Sunday, police arrested the opposition leader.", "2026-03-05",
     "COERCE", "arrested", "2026-02-27"),
    ("Police arrested the opposition leader two days before the vote on Sunday.", "2026-03-05",
     "COERCE", "arrested", "2026-02-27"),
])
def test_measured_before_a_dated_noun(analyze: Analyze, text: str, published: str | None, type_: str,
                                      trigger: str, date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date
