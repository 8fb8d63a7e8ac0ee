"""Date expressions resolved against the publication date (storyline.nlp.dates)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.nlp.dates import (
    WEEKDAYS,
    ResolvedDate,
    is_after,
    parse_published,
    resolve_date,
    weekday_date,
)

PUB = "2018-12-08"  # the Bloomberg seed, a Saturday


@pytest.mark.parametrize(
    ("text", "tense", "value", "precision"),
    [
        ("Thursday", "past", "2018-12-06", "day"),
        ("on Thursday", "past", "2018-12-06", "day"),
        ("Saturday", "past", "2018-12-08", "day"),  # the day of publication itself
        ("Thursday", "future", "2018-12-13", "day"),
        ("Saturday", "future", "2018-12-08", "day"),  # "will meet on Saturday" in a Saturday story
        ("next Saturday", "past", "2018-12-15", "day"),
        ("near the end of February", "future", "2019-02", "month"),
        ("the beginning of March", "past", "2018-03", "month"),
        ("next Thursday", "past", "2018-12-13", "day"),
        ("Friday evening", "past", "2018-12-07", "day"),
        ("last week", "past", "2018-11-26", "week"),
        ("this week", "past", "2018-12-03", "week"),
        ("next week", "future", "2018-12-10", "week"),
        ("two weeks ago", "past", "2018-11-19", "week"),
        ("in June", "past", "2018-06", "month"),
        ("last April", "past", "2018-04", "month"),
        ("in June, days", "past", "2018-06", "month"),  # "in June, days before the summit"
        ("15 years in June", "past", "2018-06", "month"),  # "banned her for 15 years in June"
        ("on Wednesday, two days", "past", "2018-12-05", "day"),  # "on Wednesday, two days after ..."  # the latest April before December 2018
        ("last December", "past", "2017-12", "month"),  # not the publication month itself
        ("next March", "future", "2019-03", "month"),
        ("this March", "past", "2018-03", "month"),
        ("June", "future", "2019-06", "month"),
        ("in September", "past", "2018-09", "month"),
        ("in December", "past", "2018-12", "month"),
        ("mid-June", "past", "2018-06", "month"),
        ("earlier this month", "past", "2018-12", "month"),
        ("last month", "past", "2018-11", "month"),
        ("next month", "future", "2019-01", "month"),
        ("a month ago", "past", "2018-11", "month"),
        ("two days ago", "past", "2018-12-06", "day"),
        ("yesterday", "past", "2018-12-07", "day"),
        ("today", "past", "2018-12-08", "day"),
        ("tomorrow", "future", "2018-12-09", "day"),
        ("on March 3", "past", "2018-03-03", "day"),
        ("March 3", "future", "2019-03-03", "day"),
        ("December 25", "past", "2017-12-25", "day"),
        ("3 March", "past", "2018-03-03", "day"),
        ("March 3, 2019", "past", "2019-03-03", "day"),
        ("Sunday, March 3, 2019", "past", "2019-03-03", "day"),
        ("2019-03-03", "past", "2019-03-03", "day"),
        ("March 2019", "past", "2019-03", "month"),
        ("in 2018", "past", "2018", "year"),
        ("last year", "past", "2017", "year"),
        ("the end of the year", "future", "2018-12", "month"),  # GUIDE: "at the end of the year" → YYYY-12
        ("the beginning of this year", "past", "2018-01", "month"),
        ("the middle of the year", "past", "2018", "year"),
        ("the end of the month", "past", "2018-12", "month"),
    ],
)
def test_resolves_against_publication(text: str, tense: str, value: str, precision: str) -> None:
    assert resolve_date(text, PUB, tense) == ResolvedDate(value, precision)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["four decades", "recently", "the near future", "every September",
                                  "for about 25 minutes", "", "soon", "decades ago", "days", "15 years"])
def test_durations_and_vague_times_do_not_resolve(text: str) -> None:
    assert resolve_date(text, PUB) is None


@pytest.mark.parametrize("text", ["Thursday", "last week", "in June", "yesterday", "a month ago", "on March 3"])
def test_relative_dates_stay_null_without_publication_date(text: str) -> None:
    assert resolve_date(text, None) is None


@pytest.mark.parametrize(("text", "value"), [("March 3, 2019", "2019-03-03"), ("2019-03-03", "2019-03-03"),
                                             ("in 2018", "2018"), ("June 2018", "2018-06")])
def test_absolute_dates_resolve_without_publication_date(text: str, value: str) -> None:
    found = resolve_date(text, None)
    assert found is not None and found.value == value


def test_publication_date_forms() -> None:
    assert parse_published("2019-03-22T21:40:00+09:00") == date(2019, 3, 22)
    assert parse_published("yesterday") is None
    assert parse_published("2019-02-30") is None
    assert parse_published(None) is None


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))
past_cues = st.sampled_from(
    [*(d.capitalize() for d in WEEKDAYS), "last week", "this week", "yesterday", "today", "a month ago",
     "two days ago", "three weeks ago", "last month", "earlier this month", "in June", "in January",
     "in December", "on March 3", "on February 29", "last year", "Friday morning", "last Tuesday"]
)


@given(pub=days, cue=past_cues)
def test_past_relative_dates_are_never_after_publication(pub: date, cue: str) -> None:
    found = resolve_date(cue, pub, "past")
    if cue == "on February 29":
        # only leap years have one; the most recent one may be years back but never ahead
        assert found is None or not is_after(found, pub)
        return
    assert found is not None
    assert not is_after(found, pub)


@given(pub=days, weekday=st.integers(min_value=0, max_value=6), future=st.booleans())
def test_weekday_lands_on_that_weekday_within_seven_days(pub: date, weekday: int, future: bool) -> None:
    day = weekday_date(weekday, pub, future)
    assert day.weekday() == weekday
    delta = (day - pub).days
    assert (0 <= delta <= 6) if future else (-6 <= delta <= 0)


@given(pub=days, name=st.sampled_from(sorted(WEEKDAYS)), future=st.booleans())
def test_weekday_names_resolve_like_weekday_date(pub: date, name: str, future: bool) -> None:
    found = resolve_date(name.capitalize(), pub, "future" if future else "past")
    assert found == ResolvedDate(weekday_date(WEEKDAYS[name], pub, future).isoformat(), "day")


@given(pub=days)
def test_last_week_is_the_monday_of_the_previous_week(pub: date) -> None:
    found = resolve_date("last week", pub)
    assert found is not None and found.precision == "week"
    monday = date.fromisoformat(found.value)
    assert monday.weekday() == 0
    assert timedelta(days=7) <= pub - monday < timedelta(days=14)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [("New Year's Day", "2019-01-02", "2019-01-01"), ("Christmas", "2019-01-02", "2018-12-25")],
)
def test_fixed_holidays(text: str, published: str, value: str) -> None:
    resolved = resolve_date(text, published)
    assert resolved is not None and resolved.value == value


@pytest.mark.parametrize(
    ("text", "days"),
    [("the next day", 1), ("the following day", 1), ("the day before", -1), ("two days later", 2),
     ("Thursday", None)],
)
def test_relative_day_offsets(text: str, days: int | None) -> None:
    from storyline.nlp.events.dating import relative_day

    off = relative_day(text)
    assert (off.days if off else None) == days
