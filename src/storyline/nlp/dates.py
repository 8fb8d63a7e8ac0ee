"""Resolving news date expressions ("Thursday", "last week", "in June") to calendar dates.

A pure module: strings and :class:`datetime.date` in, :class:`ResolvedDate` out, no spaCy,
so every rule can be property-tested. The events step passes the text of a spaCy DATE
entity, the publication date and the tense of the event's clause.

Output format (the ``date``/``date_precision`` pair of the contract):

============  ==============  ==============================================
precision     ``value``        meaning
============  ==============  ==============================================
``day``       ``2018-12-06``  that day
``week``      ``2018-11-26``  the **Monday** of that ISO week
``month``     ``2018-06``     that month (``YYYY-MM``, no invented day)
``year``      ``2018``        that year
============  ==============  ==============================================

News conventions, because a reporter writes relative to the day of publication:

* A bare weekday ("on Thursday") in a past-tense clause is the most recent such day on or
  before publication (a Friday story saying "on Friday" means that day); in a future
  clause it is the next such day on or after publication (a Thursday wire saying "will
  begin talks on Thursday" means that day — a week ahead would be "next Thursday").
* A bare month ("in June") is the most recent such month on or before the publication
  month, or the next one on or after it in a future clause; a bare day ("on March 3")
  likewise, and a bare day of the month ("on the 14th") within a month of publication. "last April" is the latest April before the publication month, "next March"
  the first March after it, "this March" the one of the publication year.
* "last week" is the Monday of the week before publication; "this week" the Monday of
  the publication week; "a month ago" the month containing publication minus 30 days.
* Without a publication date nothing relative is guessed: only expressions carrying
  their own year ("March 3, 2019", "2019-03-03", "in 2018") resolve.
* "overnight" alone gives no date (GUIDE, round 8): the night may belong to either day.
* A day told with a part of the day or in a zone's time ("early yesterday morning", "Tuesday
  Beijing time", "late Monday (0200 GMT Tuesday)") is that day; "the end of 2023" is its
  December, "the end of last week" that week's Monday, "a fortnight ago" the week two back.
* A range ("from Feb. 12 to 14", "on Feb. 27 and 28", "between 2018 and 2020") is dated by its start; durations
  and vague times ("for two decades", "recently") are not points in time and give ``None``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Precision = Literal["day", "week", "month", "year"]
Tense = Literal["past", "present", "future"]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved date in the contract's format (see the module docstring)."""

    value: str
    precision: Precision


MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0,
    "few": 0, "a few": 0,
}

_MONTH_RE = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>(?:1[89]|20)\d{2})"
_WEEKDAY_RE = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM_RE = r"(?P<num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

# Leading words that do not change the date ("on Thursday", "earlier this month").
_LEADING = re.compile(
    r"^(?:(?:on|in|at|by|during|since|as of|until|till|before|after|from|starting|between|of|the|late|early|mid|near|around|"
    r"earlier|later|this past|past)\s+)+"
)
# A time of day before the day it falls on ("before dawn on Saturday", "in the early hours of
# Sunday", "at noon on Friday") dates that day; so does a day followed by "local time".
_TIME_OF_DAY = re.compile(
    r"^(?:dawn|daybreak|dusk|noon|midday|midnight|sunrise|sunset|(?:small\s+)?hours|morning|afternoon|evening|night)"
    r"\s+(?:on|of)\s+"
)
# "on Monday, local time", "Monday (local time)", "Tuesday Beijing time", "Monday (0600 GMT)", "late
# Monday (0200 GMT Tuesday)": the day, told in the place's time
_LOCAL_TIME = re.compile(
    r"\s*[,(]?\s*(?:(?:local|beijing|washington|moscow|tokyo|seoul|pyongyang|kyiv|tehran|jerusalem|eastern|pacific|"
    r"central|mountain|gmt|utc)\s+time|\(local\)|\d{3,4}\s+(?:gmt|utc)|\(\d{3,4}\s+(?:gmt|utc)[^()]*\))\)?$")
# "earlier in the week", "later in the month": a part of the publication's week or month
_IN_THE_UNIT = re.compile(r"^(?:earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)$")
# "overnight on Tuesday", "overnight Tuesday", "Tuesday overnight": the night named by its day
_OVERNIGHT_DAY = re.compile(r"^overnight\s+(?:on\s+)?(?=\S)(?!into\b)|\s+overnight$")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"^{_YEAR_RE}-(?P<m>\d{{2}})-(?P<d>\d{{2}})$")),
    ("mdy", re.compile(rf"^(?:{_WEEKDAY_RE},?\s+)?{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}$")),
    ("dmy", re.compile(rf"^(?:{_WEEKDAY_RE},?\s+)?{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}$")),
    ("my", re.compile(rf"^{_MONTH_RE},?\s+(?:of\s+)?{_YEAR_RE}$")),
    ("y", re.compile(rf"^{_YEAR_RE}$")),
    ("md", re.compile(rf"^(?:{_WEEKDAY_RE},?\s+)?{_MONTH_RE}\s+{_DAY_RE}$")),
    ("dm", re.compile(rf"^(?:{_WEEKDAY_RE},?\s+)?{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}$")),
    ("dom", re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)$")),
    ("yspan", re.compile(rf"^(?:(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:half|quarter)|spring|summer|"
                         rf"autumn|fall|winter)(?:\s+of)?\s+{_YEAR_RE}$")),
    ("weekrel", re.compile(rf"^{_WEEKDAY_RE}\s+(?:of\s+)?(?P<wrel>last|next|this)\s+week$")),
    ("m", re.compile(rf"^(?:(?:end|start|beginning|middle|(?:first|second|third|fourth|last|final)\s+(?:week|half|days?))"
                     rf"\s+of\s+)?(?:(?P<mrel>last|next|this|this past|"
                     rf"the coming)\s+)?{_MONTH_RE}$")),
    ("weekday", re.compile(
        rf"^(?P<rel>last|next|this|coming)?\s*{_WEEKDAY_RE}(?:'s)?"
        r"(?:\s+(?:morning|afternoon|evening|night))?$")),
    ("dayword", re.compile(
        r"^(?P<word>yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|"
        r"last night)(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?$")),  # "early yesterday morning"
    ("holiday", re.compile(r"^(?P<holiday>new year's day|new year's eve|christmas day|christmas eve|christmas)$")),
    ("ago", re.compile(rf"^{_NUM_RE}\s+(?P<unit>day|week|fortnight|month|year)s?\s+ago$")),
    ("rel", re.compile(
        r"^(?P<rel>last|next|this|the previous|the following|the coming|the past)\s+"
        r"(?P<unit>week|month|year)(?:'s)?$")),
    ("mrely", re.compile(rf"^(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?"  # "the end of June last year"
                         rf"{_MONTH_RE},?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year$")),
    ("endrel", re.compile(r"^(?P<part>end|start|beginning|middle)\s+of\s+(?P<rel>last|next)\s+(?P<unit>week|month|year)$")),
    ("endof", re.compile(r"^(?:the\s+)?(?P<part>end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+)(?P<unit>week|month|year)$")),
    ("endy", re.compile(rf"^(?:the\s+)?(?P<part>end|start|beginning|middle)\s+of\s+(?:{_MONTH_RE}\s+)?{_YEAR_RE}$")),
]


# Fixed-date holidays a reporter names instead of the date ("in his New Year's Day address").
_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
             "christmas eve": (12, 24), "christmas": (12, 25)}

_MONTH_RE_ALONE = re.compile(rf"\b{_MONTH_RE}(?:\s|$)")
_MEASURE = re.compile(rf"^(?:{_NUM_RE}\s+)?(?:hours?|days?|weeks?|months?|years?)$")
# "(banned her for) 15 years in June": spaCy runs a duration into the date that follows it
# (and a relative date with no preposition: "(blocked roads for) four days *last month*")
_DURATION_THEN = re.compile(rf"^{_NUM_RE}\s+(?:hours?|days?|weeks?|months?|years?)\s+"
                            r"(?:(?:in|on)\s+(?P<rest>.+)|(?P<bare>(?:last|this|next|earlier|later)\s+.+))$")
_RANGE = re.compile(r"\s*(?:\bto\b|\band\b|\bthrough\b|\buntil\b|\binto\b|[-–—])\s*")  # "Sunday night into Monday"


_SEQUENCE = re.compile(r"\s+(?:after|before|following)\s+")


# "(resumed its offensive on) March 18 after a (two-month truce)": spaCy ends the date on the
# determiner of the noun that follows it
_CUT_DETERMINER = re.compile(r"^(?:a|an|the|its|his|her|their|this|that)$")


def _split_sequence(norm: str) -> tuple[str, str, str]:
    parts = _SEQUENCE.split(norm, maxsplit=1)
    return (parts[0], " ", parts[1]) if len(parts) == 2 and (
        _MEASURE.match(parts[1]) or _CUT_DETERMINER.match(parts[1])) else (norm, "", "")


def parse_published(published: str | date | None) -> date | None:
    """The publication day from an ISO date or datetime string (``None`` if unusable)."""
    if published is None or isinstance(published, date):
        return published
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_FOUR_DIGIT_YEAR = re.compile(r"[1-9]\d{3}(?:-|$)")


def resolve_date(
    text: str, published: str | date | None = None, tense: Tense = "past"
) -> ResolvedDate | None:
    """Resolve one date expression against the publication date, or ``None``.

    >>> resolve_date("Thursday", "2018-12-08")
    ResolvedDate(value='2018-12-06', precision='day')
    >>> resolve_date("last week", "2018-12-08")
    ResolvedDate(value='2018-11-26', precision='week')
    >>> resolve_date("in June", "2018-12-08")
    ResolvedDate(value='2018-06', precision='month')
    """
    pub = parse_published(published)
    norm = _normalise(text)
    if not norm:
        return None
    for kind, pattern in _PATTERNS:
        m = pattern.match(norm)
        if m:
            try:
                found = _resolve_match(kind, m, pub, tense)
            except (OverflowError, ValueError):  # "200000 weeks ago": off the calendar
                return None
            # "5000 years ago" is history, not a date the calendar of news can hold
            return found if found is None or _FOUR_DIGIT_YEAR.match(found.value) else None
    # a range ("from Feb. 12 to 14", "on Feb. 27 and 28", "1993 to 1995") dates its start
    parts = _RANGE.split(norm, maxsplit=1)
    if len(parts) == 2 and parts[0] != norm:
        year = re.search(rf"\b{_YEAR_RE}$", parts[1])
        if year is not None and re.search(rf"\b{_YEAR_RE}\b", parts[0]) is None and re.search(_MONTH_RE, parts[0]):
            return resolve_date(f"{parts[0]} {year.group('year')}", pub, tense)  # "March to May 2024"
        return resolve_date(parts[0], pub, tense)
    m = _DURATION_THEN.match(norm)
    if m:
        return resolve_date(m.group("rest") or m.group("bare"), pub, tense)
    # "(a ceasefire in) November 2024 after a year (of fighting)": spaCy runs the date into the
    # measure of what came before it
    head, sep, _ = _split_sequence(norm)
    if sep:
        return resolve_date(head, pub, tense)
    # "Wednesday, two days (after ...)", "in June, days (before ...)": spaCy runs the day into
    # the measure that follows it
    head, comma, rest = norm.partition(",")
    if comma and rest.strip() and _MEASURE.match(rest.strip()):
        return resolve_date(head, pub, tense)
    # "(stopped the IPO in) November days (before it was due)": the same without the comma
    m = re.match(r"^(?P<head>.*\S)\s+(?:hours|days|weeks)$", norm)
    if m and (_MONTH_RE_ALONE.search(m.group("head")) or re.search(_WEEKDAY_RE, m.group("head"))):
        return resolve_date(m.group("head"), pub, tense)
    return None


def _normalise(text: str) -> str:
    t = text.strip().lower().replace("’", "'").replace("\u00a0", " ")
    t = re.sub(r"\s+", " ", t)
    t = t.strip(" ,.;:")
    t = re.sub(r"\bmid-", "", t)
    # "earlier this month" → "this month"; "on Thursday" → "Thursday"
    t = _OVERNIGHT_DAY.sub("", _LOCAL_TIME.sub("", t))
    t = _IN_THE_UNIT.sub(r"this \g<unit>", t)  # "earlier in the week" is this week
    for _ in range(4):
        stripped = _TIME_OF_DAY.sub("", _LEADING.sub("", t))
        if stripped == t:
            break
        t = stripped
    return t


def _resolve_match(kind: str, m: re.Match[str], pub: date | None, tense: Tense) -> ResolvedDate | None:
    g = m.groupdict()
    future = tense == "future"
    if kind == "iso":
        return _day(int(g["year"]), int(g["m"]), int(g["d"]))
    if kind in ("mdy", "dmy"):
        return _day(int(g["year"]), MONTHS[g["month"]], int(g["day"]))
    if kind == "my":
        return ResolvedDate(f"{int(g['year']):04d}-{MONTHS[g['month']]:02d}", "month")
    if kind == "endy":
        # "at the end of 2023" → its December (GUIDE), "the start of 2024" → its January, "the end
        # of March 2024" → that month
        if g.get("month"):
            return ResolvedDate(f"{int(g['year']):04d}-{MONTHS[g['month']]:02d}", "month")
        edge = {"end": 12, "start": 1, "beginning": 1}.get(g["part"])
        return ResolvedDate(f"{int(g['year']):04d}-{edge:02d}", "month") if edge else ResolvedDate(g["year"], "year")
    if kind in ("y", "yspan"):
        return ResolvedDate(g["year"], "year")  # "in the summer of 2022", "in the second half of 2024": the year
    if pub is None:
        return None
    if kind in ("md", "dm"):
        if g.get("weekday"):
            # "on Tuesday, March 4": the year in which that day is that weekday, nearest publication
            named = _named_weekday_day(MONTHS[g["month"]], int(g["day"]), WEEKDAYS[g["weekday"]], pub)
            if named is not None:
                return named
        return _month_day(MONTHS[g["month"]], int(g["day"]), pub, future)
    if kind == "dom":
        return _day_of_month(int(g["day"]), pub, future)
    if kind == "m":
        month = MONTHS[g["month"]]
        year = pub.year
        rel = g.get("mrel")
        if rel in ("last", "this past"):
            # "last April": the latest April before the publication month
            return ResolvedDate(f"{year - 1 if month >= pub.month else year:04d}-{month:02d}", "month")
        if rel in ("next", "the coming"):
            return ResolvedDate(f"{year + 1 if month <= pub.month else year:04d}-{month:02d}", "month")
        if rel == "this":
            return ResolvedDate(f"{year:04d}-{month:02d}", "month")
        if future:
            if month < pub.month:
                year += 1
        elif month > pub.month:
            year -= 1
        return ResolvedDate(f"{year:04d}-{month:02d}", "month")
    if kind == "weekday":
        rel = g.get("rel")
        want = WEEKDAYS[g["weekday"]]
        if rel in ("next", "coming"):
            return ResolvedDate(weekday_date(want, pub + timedelta(days=1), True).isoformat(), "day")
        if rel == "last":
            # "last Thursday" in a Thursday story is a week ago, not today
            return ResolvedDate(weekday_date(want, pub - timedelta(days=1)).isoformat(), "day")
        return ResolvedDate(weekday_date(want, pub, future).isoformat(), "day")
    if kind == "weekrel":
        # "on Friday last week", "Monday next week": that day of the week meant
        monday = monday_of(pub) + timedelta(days=7 * {"last": -1, "this": 0, "next": 1}[g["wrel"]])
        return ResolvedDate((monday + timedelta(days=WEEKDAYS[g["weekday"]])).isoformat(), "day")
    if kind == "holiday":
        month, day = _HOLIDAYS[g["holiday"]]
        return _month_day(month, day, pub, future)
    if kind == "dayword":
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(g["word"], 0)  # "yesterday morning" too
        return ResolvedDate((pub + timedelta(days=offset)).isoformat(), "day")
    if kind == "ago":
        n = NUMBERS.get(g["num"]) if not g["num"].isdigit() else int(g["num"])
        if not n:
            return None
        if g["unit"] == "fortnight":
            return _shift(pub, "week", -2 * n)  # "a fortnight ago": the week two weeks back
        return _shift(pub, g["unit"], -n)
    if kind == "rel":
        step = {"last": -1, "the previous": -1, "the past": -1, "next": 1, "the following": 1,
                "the coming": 1, "this": 0}[g["rel"]]
        return _shift(pub, g["unit"], step, calendar_unit=True)
    if kind == "mrely":
        # "in October last year", "March of next year"
        year = pub.year + {"last": -1, "this": 0, "next": 1}[g["yrel"]]
        return ResolvedDate(f"{year:04d}-{MONTHS[g['month']]:02d}", "month")
    if kind == "endrel":
        # "at the end of last year" → its December (GUIDE: "at the end of the year" → YYYY-12),
        # "the end of next month" → that month
        n = 1 if g["rel"] == "next" else -1
        if g["unit"] == "week":
            return _shift(pub, "week", n)  # "at the end of last week": that week's Monday (rule 10)
        if g["unit"] == "month":
            return _shift(pub, "month", n, calendar_unit=True)
        year = pub.year + n
        edge = {"end": 12, "start": 1, "beginning": 1}.get(g["part"])
        return ResolvedDate(f"{year:04d}-{edge:02d}", "month") if edge else ResolvedDate(f"{year:04d}", "year")
    if kind == "endof":
        # "the end of the year" → its December, "the start of the year" → its January (GUIDE)
        if g["unit"] == "week":
            return _shift(pub, "week", 0)  # "at the start of the week": this week's Monday
        edge = {"end": 12, "start": 1, "beginning": 1}.get(g["part"]) if g["unit"] == "year" else None
        if edge:
            return ResolvedDate(f"{pub.year:04d}-{edge:02d}", "month")
        return _shift(pub, g["unit"], 0, calendar_unit=True)
    return None  # pragma: no cover - every pattern kind is handled above


def weekday_date(weekday: int, pub: date, future: bool = False) -> date:
    """The day named ``weekday`` (0 = Monday): on or before ``pub``, or on or after it."""
    if future:
        return pub + timedelta(days=(weekday - pub.weekday()) % 7)
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _day(year: int, month: int, day: int) -> ResolvedDate | None:
    try:
        return ResolvedDate(date(year, month, day).isoformat(), "day")
    except ValueError:
        return None


# How far before publication a bare date in a future clause may lie and still be that recent
# day ("will be tried for the killing on March 4" two days after it: the tense of the clause is
# the trial's, the date the killing's); a year ahead, a reporter would give the year. (A past
# clause never resolves after publication.)
_NEAR_DAYS = 31


def _named_weekday_day(month: int, day: int, weekday: int, pub: date) -> ResolvedDate | None:
    for year in sorted((pub.year, pub.year - 1, pub.year + 1), key=lambda y: abs(y - pub.year)):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            return ResolvedDate(candidate.isoformat(), "day")
    return None


def _month_day(month: int, day: int, pub: date, future: bool) -> ResolvedDate | None:
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            near = date(year, month, day)
        except ValueError:
            continue
        if future and -_NEAR_DAYS <= (near - pub).days < 0:
            return ResolvedDate(near.isoformat(), "day")
    for year in ((pub.year, pub.year + 1) if future else (pub.year, pub.year - 1)):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (future and candidate >= pub) or (not future and candidate <= pub):
            return ResolvedDate(candidate.isoformat(), "day")
    return None


def _day_of_month(day: int, pub: date, future: bool) -> ResolvedDate | None:
    """"on the 14th": that day of the publication month, or of the month before (after, in a
    future clause) when it has not come yet (has passed)."""
    for n in ((0, 1, 2) if future else (0, -1, -2)):
        y, m = _add_months(pub.year, pub.month, n)
        try:
            candidate = date(y, m, day)
        except ValueError:
            continue
        if (future and candidate >= pub) or (not future and candidate <= pub):
            return ResolvedDate(candidate.isoformat(), "day")
    return None


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _shift(pub: date, unit: str, n: int, calendar_unit: bool = False) -> ResolvedDate:
    """``n`` units from publication; ``calendar_unit`` counts whole weeks/months/years."""
    if unit == "day":
        return ResolvedDate((pub + timedelta(days=n)).isoformat(), "day")
    if unit == "week":
        return ResolvedDate(monday_of(pub + timedelta(weeks=n)).isoformat(), "week")
    if unit == "month":
        if calendar_unit:
            y, m = _add_months(pub.year, pub.month, n)
        else:
            shifted = pub + timedelta(days=30 * n)
            y, m = shifted.year, shifted.month
        return ResolvedDate(f"{y:04d}-{m:02d}", "month")
    return ResolvedDate(f"{pub.year + n:04d}", "year")


def is_after(value: ResolvedDate, pub: date) -> bool:
    """Whether the earliest day a resolved date can mean lies after ``pub``."""
    parts = [int(p) for p in value.value.split("-")]
    first = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return first > pub


# Times told from a date the text gave before, not from publication: "in April *that year*", "in
# June *the following year*", "*a year later*", "*two months earlier*", "*the previous year*".
_ANAPHORIC_YEAR = re.compile(
    rf"^(?:{_MONTH_RE}\s+(?:of\s+)?)?(?:the\s+)?(?P<rel>that|same|following|next|previous|preceding)\s+year$")
# "was handed over to the court *the following month*", "*the previous month*": a month from the month told before
_ANAPHORIC_MONTH = re.compile(r"^(?:the\s+)?(?P<rel>following|previous|preceding)\s+month$")
_ANAPHORIC_SHIFT = re.compile(rf"^{_NUM_RE}\s+(?P<unit>year|month)s?\s+(?P<dir>later|earlier|on)$")


def is_anaphoric(text: str) -> bool:
    """Whether the date expression tells its time from a date given before (see
    :func:`resolve_anaphoric`)."""
    return resolve_anaphoric(text, ResolvedDate("2000-06-14", "day")) is not None


def resolve_anaphoric(text: str, antecedent: ResolvedDate) -> ResolvedDate | None:
    """A date told from ``antecedent``, the latest date the text gave before it: "in April that
    year" after "in March 2025" → ``2025-04``; "the following year" → the year after; "a year
    later" → that year plus one, "two months earlier" → that month minus two (a month needs a
    month or a day to count from). ``None`` when the text is no such expression.

    >>> resolve_anaphoric("in April that year", ResolvedDate("2025-03", "month"))
    ResolvedDate(value='2025-04', precision='month')
    >>> resolve_anaphoric("a year later", ResolvedDate("2014-03-18", "day"))
    ResolvedDate(value='2015', precision='year')
    """
    norm = _normalise(text)
    year = int(antecedent.value[:4])
    m = _ANAPHORIC_YEAR.match(norm)
    if m:
        if m.group("rel") == "next" and not norm.endswith("the next year"):
            return None  # "next year" is told from publication
        year += {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}[m.group("rel")]
        if m.group("month"):
            return ResolvedDate(f"{year:04d}-{MONTHS[m.group('month')]:02d}", "month")
        return ResolvedDate(f"{year:04d}", "year")
    m = _ANAPHORIC_MONTH.match(norm)
    if m is not None:
        if antecedent.precision not in ("day", "month"):
            return None  # "in 2019 ... the following month": which month is not told
        y, mo = _add_months(year, int(antecedent.value[5:7]), 1 if m.group("rel") == "following" else -1)
        return ResolvedDate(f"{y:04d}-{mo:02d}", "month")
    m = _ANAPHORIC_SHIFT.match(norm)
    if m is None:
        return None
    n = int(m.group("num")) if m.group("num").isdigit() else NUMBERS.get(m.group("num"), 0)
    if not n:
        return None
    sign = -1 if m.group("dir") == "earlier" else 1
    if m.group("unit") == "year":
        return ResolvedDate(f"{year + sign * n:04d}", "year")
    if antecedent.precision not in ("day", "month"):
        return None
    y, mo = _add_months(year, int(antecedent.value[5:7]), sign * n)
    return ResolvedDate(f"{y:04d}-{mo:02d}", "month")
