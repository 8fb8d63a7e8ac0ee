"""Event dates, round 14: how real wire stories tell time (sentences written for the tests, after
patterns met in real news excerpts), each given a text, its publication date and the date one event
should have (or none)."""

from __future__ import annotations

import pytest

from storyline.nlp.dates import ResolvedDate, is_anaphoric, resolve_anaphoric, resolve_date
from tests.eventcheck import Analyze
from tests.eventcheck import date_of as _date_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "date"), [
    # a day word with a part of the day ("early yesterday morning", "late yesterday afternoon")
    ("early yesterday morning", "2026-09-15"),
    ("late yesterday afternoon", "2026-09-15"),
    ("yesterday evening", "2026-09-15"),
    ("tomorrow morning", "2026-09-17"),
    ("yesterday's", "2026-09-15"),
    # the place's time told after a comma or in brackets
    ("on Monday, local time", "2026-09-14"),
    ("Monday (local time)", "2026-09-14"),
    ("Tuesday afternoon, local time", "2026-09-15"),
    ("Monday (0600 GMT)", "2026-09-14"),
    ("Tuesday Beijing time", "2026-09-15"),
    ("Tuesday morning Eastern time", "2026-09-15"),
    ("late Monday (0200 GMT Tuesday)", "2026-09-14"),
    ("Tuesday (local)", "2026-09-15"),
    ("at the same time", None),
    # the end or start of a year, of a month of a year (GUIDE: "at the end of the year" → YYYY-12)
    ("at the end of 2025", "2025-12"),
    ("the start of 2026", "2026-01"),
    ("the end of March 2025", "2025-03"),
    ("the middle of 2025", "2025"),
    # the end or start of a week is that week (rule 10: its Monday)
    ("at the end of last week", "2026-09-07"),
    ("at the start of the week", "2026-09-14"),
    ("the end of next week", "2026-09-21"),
    ("a fortnight ago", "2026-08-31"),
    # spaCy ends a date on the determiner of the noun after "after"/"before"
    ("March 18 after a", "2026-03-18"),
    ("Monday after the", "2026-09-14"),
    ("two days after the", None),
    ("starting Monday", "2026-09-14"),
    # spaCy runs a date into the measure after it ("in November days before it was due")
    ("November days", "2025-11"),
    ("Monday hours", "2026-09-14"),
    ("several days", None),
    # a part of a month told from the publication year
    ("the end of June last year", "2025-06"),
    ("in late March this year", "2026-03"),
])
def test_round14_expressions(text: str, date: str | None) -> None:
    found = resolve_date(text, "2026-09-16")
    assert (found.value if found else None) == date


@pytest.mark.parametrize(("text", "antecedent", "date"), [
    # "the following month", "the previous month": a month from the month told before
    ("the following month", ResolvedDate("2025-03", "month"), "2025-04"),
    ("the previous month", ResolvedDate("2025-01-04", "day"), "2024-12"),
    ("the following month", ResolvedDate("2025", "year"), None),  # which month is not told
])
def test_round14_anaphoric_month(text: str, antecedent: ResolvedDate, date: str | None) -> None:
    assert is_anaphoric(text)
    found = resolve_anaphoric(text, antecedent)
    assert (found.value if found else None) == date


CASES = [
    # a day word with a part of the day dates the clause
    ("Soldiers repulsed a rebel attack on an army base early yesterday morning, killing 10 insurgents, the "
     "military said.", "2026-09-16", "ASSAULT", "", "2026-09-15"),
    # spaCy tags only "morning" of "early yesterday morning" after a place name
    ("Soldiers repulsed a New People's Army (NPA) attack on an Army base in Agusan del Sur early yesterday "
     "morning, killing 10 insurgents, the military said.", "2026-09-16", "ASSAULT", "", "2026-09-15"),
    # a date on the second of two coordinated verbs dates the first, also when the subject is the event
    # noun ("airstrikes killed ... and wounded ... early Tuesday")
    ("Israeli airstrikes killed 13 people and wounded 20 in the Gaza Strip early Tuesday morning, the health "
     "ministry said.", "2026-09-16", "ASSAULT", "airstrikes", "2026-09-15"),
    ("Israeli airstrikes killed at least 13 people and injured 20 in the Gaza Strip early Tuesday morning, "
     "the Palestinian Health Ministry said.", "2026-09-16", "ASSAULT", "killed", "2026-09-15"),
    # a date cut by spaCy before the noun after "after" is still the clause's date
    ("Israel resumed its offensive in Gaza on March 18 after a two-month truce.", "2026-09-16", "ASSAULT",
     "offensive", "2026-03-18"),
    # a present-tense plan conjoined to a dated past ("arrived on Monday and is due to meet") is told
    # now, not on the past verb's day; a past plan ("was due to meet") keeps it
    ("The minister arrived in Kyiv on Monday and is due to meet President Volodymyr Zelensky.", "2026-09-16",
     "CONSULT", "meet", None),
    ("The minister arrived in Kyiv on Monday and is expected to sign a security agreement with Ukraine.",
     "2026-09-16", "AGREE", "sign", None),
    ("The minister arrived in Kyiv on Monday and was due to meet President Volodymyr Zelensky.", "2026-09-16",
     "CONSULT", "meet", "2026-09-14"),
    # what the object carries holds while the deed is done: the date after it is the deed's
    ("Brazil sent two military transport planes carrying 40 firefighters on Tuesday.", "2026-09-16", "AID",
     "sent", "2026-09-15"),
    ("The coast guard intercepted a boat carrying 50 migrants off Lampedusa on Sunday.", "2026-09-16", "COERCE",
     "intercepted", "2026-09-13"),
    # a four-digit clock time before a time zone is no year
    ("Rebels attacked an army post at around 10 pm (1900 GMT) on Saturday.", "2026-09-16", "ASSAULT", "attacked",
     "2026-09-12"),
    ("Demonstrators occupied the square at 0600 local time on Monday.", "2026-09-16", "PROTEST", "occupied",
     "2026-09-14"),
    ("In 2019 local authorities arrested the mayor.", "2026-09-16", "COERCE", "arrested", "2019"),
    # "the previous month" is told from the date before it, not from publication
    ("Police arrested the opposition leader in December 2024. He had been charged with treason the previous "
     "month.", "2026-09-16", "COERCE", "charged", "2024-11"),
    # a clock time with no day is an hour of the day the context fixes, whoever acts
    ("Rebels attacked the town on Sunday.\n\nAt around 5 a.m. government jets bombed the market.", "2026-09-16",
     "ASSAULT", "bombed", "2026-09-13"),
    ("At around 5 a.m. government jets bombed the market.", "2026-09-16", "ASSAULT", "bombed", None),
    ("Border guards of the two countries exchanged fire on Monday evening, the border service said.\n\n"
     "According to the press service, at about 19:40 the Tajik border outfit opened fire in the direction of "
     "Kyrgyz border guards.", "2026-09-16", "ASSAULT", "opened", "2026-09-14"),
    # a part of the day, fronted or after "in", and "after a few hours" are times of the occasion's day
    ("Police detained 40 protesters in the capital on Monday.\n\nIn the evening, riot police fired tear gas at "
     "the crowd outside parliament.", "2026-09-16", "ASSAULT", "fired", "2026-09-14"),
    ("In the evening, riot police fired tear gas at the crowd outside parliament.", "2026-09-16", "ASSAULT",
     "fired", None),
    ("Police detained 40 protesters in the capital on Monday. After a few hours, the authorities released "
     "them.", "2026-09-16", "CONCEDE", "released", "2026-09-14"),
    # the day told in local time
    ("Police arrested the opposition leader at his home on Monday, local time.", "2026-09-16", "COERCE",
     "arrested", "2026-09-14"),
]


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), CASES)
def test_round14_dates(analyze: Analyze, text: str, published: str | None, type_: str, trigger: str,
                       date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date
