"""Event dates, round 13: how common wire-story sentences tell time (sentences written for the
tests), each given a text, its publication date and the date one event should have (or none)."""

from __future__ import annotations

import pytest

from storyline.nlp.dates import resolve_date
from tests.eventcheck import Analyze
from tests.eventcheck import date_of as _date_of

pytestmark = pytest.mark.slow


CASES = [
    # "hundreds of striking workers": spaCy reads the adjective as a gerund and hangs the clause's
    # date on it; the date is the clause's
    ("Police fired rubber bullets and stun grenades at hundreds of striking Eskom workers outside the "
     "headquarters on Monday.", "2026-09-15", "ASSAULT", "fired", "2026-09-14"),
    # ... but a gerund with its own object phrase keeps the date ("accused of killing" is _in_charge)
    # a duration run into a relative date: "for four days last month"
    ("Residents near the salt flats blocked roads for four days last month to demand a larger share of "
     "royalties.", "2026-11-25", "PROTEST", "blocked", "2026-10"),
    # "Soon afterwards," opens a sentence timed from the occasion told before it
    ("The president appeared on television on Tuesday night and warned against disorder. Soon afterwards, "
     "special forces units were deployed in the Havana districts of Cerro and Playa, witnesses said.", "2026-10-22",
     "MOBILIZE", "deployed", "2026-10-20"),
    ("Farmers marched on parliament on Tuesday. Shortly afterwards, police fired tear gas at the crowd.",
     "2026-10-22", "ASSAULT", "fired", "2026-10-20"),
    # a date in what a request sets as its bound ("before demand returns in May") is not the request's
    ("The minister urged both sides to settle the dispute before winter demand returns in May.", "2026-09-15",
     "REQUEST", "urged", None),
    ("The minister urged both sides on Monday to settle the dispute before winter demand returns in May.",
     "2026-09-15", "REQUEST", "urged", "2026-09-14"),
    # ... while "before dawn on Saturday" names the day
    ("Police raided the opposition leader's house before dawn on Saturday.", "2026-09-15", "COERCE", "raided",
     "2026-09-12"),
    # what is done on the scene by no one named, told as a deed of its own, goes on with the day of the
    # scene the sentence before told in its paragraph ...
    ("Several hundred supporters of armed factions rallied outside the embassy in Baghdad on Tuesday, burning "
     "flags. The interior ministry said 14 people had been arrested and that extra units had been deployed "
     "around diplomatic missions in the capital.", "2026-10-28", "COERCE", "arrested", "2026-10-27"),
    ("Several hundred supporters of armed factions rallied outside the embassy in Baghdad on Tuesday, burning "
     "flags. The interior ministry said 14 people had been arrested and that extra units had been deployed "
     "around diplomatic missions in the capital.", "2026-10-28", "MOBILIZE", "deployed", "2026-10-27"),
    # ... not over a paragraph break, not what is done "later", not a participle on a noun
    ("Several hundred supporters of armed factions rallied outside the embassy in Baghdad on Tuesday, burning "
     "flags.\n\nThe interior ministry said 14 people had been arrested.", "2026-10-28", "COERCE", "arrested", None),
    ("Police said 14 students were detained on Sunday near the presidency. A court later ordered that three of "
     "them be held for 30 days.", "2026-10-28", "COERCE", "held", None),
    ("Thousands of teachers marched in Lima on Monday. The union is demanding the reinstatement of about 1,400 "
     "teachers dismissed after failing the tests.", "2026-10-28", "COERCE", "dismissed", None),
    # the year of a treaty something is done under dates only what is done under it
    ("India said it would not resume its obligations under the 1960 treaty after it accused Islamabad of "
     "backing the gunmen.", "2026-06-10", "ACCUSE", "accused", None),
    ("The European countries triggered the snapback mechanism in August, which restored United Nations "
     "sanctions on Iran that had been lifted under the 2015 nuclear deal.", "2025-11-19", "CONCEDE", "lifted",
     "2015"),
    # "earlier in the week" is this week, like "earlier this week"
    ("Police arrested two opposition leaders earlier in the week.", "2026-09-16", "COERCE", "arrested",
     "2026-09-14"),
]


@pytest.mark.parametrize(("text", "date"), [
    ("four days last month", "2026-08"),
    ("three days this week", "2026-09-14"),
    ("earlier in the week", "2026-09-14"),
    ("later in the month", "2026-09"),
    ("Sunday night into Monday", "2026-09-13"),  # a night told into the next day: the night's day
    ("overnight into Monday", None),  # "overnight" alone gives no day (GUIDE, round 8)
    ("the first week of March", "2026-03"),  # a part of a month: the month
    ("the last week of October", "2025-10"),
    ("the week", None),
])
def test_round13_expressions(text: str, date: str | None) -> None:
    found = resolve_date(text, "2026-09-16")
    assert (found.value if found else None) == date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), CASES)
def test_round13_dates(analyze: Analyze, text: str, published: str | None, type_: str, trigger: str,
                       date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date
