"""When an event happened: its own date expression, its governing clause's, or its context's.

Rules (eval/GUIDE.md, "Event conventions, settled", rule 10 and the Story-A notes):

* The DATE entity attached to the event's clause dates it ("met *last week*", "the summit
  *in June*"), resolved in the event's tense. A date belongs to the clause it closes: a date
  before "before/after/when" closes the clause that precedes it, a date right after a
  participle closes the participle ("the missiles *fired earlier this month* violated"), a
  possessive date dates its noun ("*Friday's* meeting", not the verb that mentions it), a
  participle that goes with its clause passes its date on ("*speaking* at a rally later on
  Monday, Mutua criticised", "in an open letter *published* on Sunday", "by firing squad
  in March"), and a participle on the event noun dates it ("resolutions adopted since 2016").
* The clause that governs the event dates it when the event has none of its own ("Moon said
  *on Friday* that he would support"), resolved in the *governing* clause's tense — but not a
  planned deed announced that day ("announced on Friday that the summit will be held in
  Hanoi"), not the object of "after/before" ("returned on Friday *after talks*"), not a
  relative clause on a span ("a two-day visit *during which* Xi offered"), not a state told in
  the present ("talks continue, he told CNN"), not a past perfect marked as earlier ("had
  *already* stopped"), not what a since-date starts ("has been under sanctions since 2010, and
  the Treasury had to grant a waiver"), and never "until Friday" (an end, not a date). An
  offer is dated when made, not by the meeting offered ("ready to meet ... next month").
  When the saying is the event (an accusation, a demand), the saying's date is its date.
* "a day after X", "a week before X", "hours after X": the event of such a clause lies that
  far from the governing date — a day shift keeps the day, a week shift gives the Monday of
  the week meant ("a week before Xi is due to meet Trump" → Monday of that week).
  "the next day"/"the day before" shift from the date the context fixes.
* A sentence passes on only the date of the occasion it tells (:func:`sentence_date`): not a
  since-start, a perfect's background, a date inside a quotation or a possessive date. A
  sentence without a date expression takes the date of the previous sentence or, failing
  that, of the latest dated sentence of its paragraph when that sentence involves the event's
  source or speaker (the same occasion), in the event's tense: what happened takes a past
  occasion's date, what is planned or possible a planned one (:func:`tense_agrees`). The
  present perfect and the writer's own past perfect are background: they take no context date
  and do not interrupt the occasion; in reported speech the past perfect is the speaker's past.
* Round 11 additions: a date spaCy hung on a complement dates the verb it follows ("said *on
  Friday* it would expel"); a fronted date under a misparsed root preposition frames the whole
  sentence; stop/start/try take their complement's date; "as planned in October" and a meeting
  "that had been scheduled for Monday" are dated by the plan; talks that something is agreed or
  said "after" on a day end that day (not what one travels after, nor talks that lasted days);
  a since-date on another noun ("allies since 1951") dates nothing; "within hours of X" is X's
  day; "by Friday" dates what a past perfect tells done by then; a paragraph opener takes the
  date of what its source did in the paragraph before (and passes it on no further).
* Round 12 additions: a time told from a date given before ("in April *that year*", "in March
  of *the following year*", "*a year later*", "*ever since*") counts from the latest date stated
  (:func:`ent_date`); "before Christmas" in a threat or plan is a bound; "*days* after X" leaves
  X undated; no governing date for a relative clause on a summing-up apposition ("..., *an offer
  the government rejected*"), a passive participle on a noun without its doer ("civilians
  *detained* in Kursk"), an adverbial clause in the perfect ("as union leaders *had demanded*"),
  the since-phrase of "the first ... since", nor for what one "has said"; "..., the agency
  reported on Thursday" misparsed as a participle still dates the report; what "is scheduled
  for" a day lies ahead; a quotation ends with its paragraph; an attack or protest by an unnamed
  group continues the scene the sentence before told in its paragraph.
* A later definite mention of an occasion dates what happens in it (:func:`occasion_reference`):
  "*The speech* also criticized", "*During the meeting*, Trump said", "did not take part in
  *the talks*", "initialled *the deal*" take the date of the latest such occasion told before
  (:func:`occasion_dates`); a reaction to it ("welcomed the address") does not.
* An undated past report continues an occasion (:func:`continuation`): "Kim *also* called for"
  the same actor's last dated act, "Kang *then* met Harris" the last dated event, a conjunct
  its first conjunct ("called Moon ... and asked"), and a meeting or call by one who acted in
  the article's lead occasion that occasion's date (:func:`lead_occasion`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from storyline.models import Event
from storyline.nlp.dates import (
    MONTHS,
    ResolvedDate,
    Tense,
    is_after,
    is_anaphoric,
    monday_of,
    parse_published,
    resolve_anaphoric,
    resolve_date,
)
from storyline.nlp.events.knowledge import Lexicon
from storyline.nlp.events.triggers import Trigger
from storyline.nlp.lookup import span_tokens

# EVENT: spaCy tags "New Year's Day" as one; only those that resolve to a date count.
DATE_LABELS = ("DATE", "TIME", "EVENT")

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_RELATIVE_DAY = re.compile(
    r"^(?:the\s+)?(?:(?P<next>next|following)\s+(?:day|morning|evening|night)|"
    r"(?P<prev>day|night|evening)\s+before|previous\s+(?:day|night|evening|morning|afternoon)|"
    r"(?P<num>a|an|one|two|three|four|five|six|seven)\s+days?\s+(?P<dir>later|earlier)|"
    r"(?P<same>(?:earlier|later)\s+in\s+the\s+day)|"
    r"(?P<wnext>following\s+week|(?:a|one)\s+week\s+later)|(?P<wprev>previous\s+week|week\s+before|(?:a|one)\s+week\s+earlier))$"
)
# Prepositions that put a nominal event before or after the governing clause's date.
_SEQUENCE_PREPS = frozenset({"after", "before", "since", "until", "till", "following", "ahead"})
_END_PREPS = frozenset({"until", "till", "by"})  # "by the end of the year": a deadline, not a date
# Spans too long to be an occasion ("for months", "in recent years"): the sentence tells background.
_LONG_SPAN = re.compile(r"\b(?:months|years|decades?|weeks)\b", re.IGNORECASE)


# Own times that give no day: "overnight" (GUIDE, round 8) and the weekend ("attacked the town
# over the weekend, the army said on Monday": not the Monday of the report)
_OVERNIGHT = re.compile(r"^\s*(?:during\s+the\s+night|overnight|(?:over\s+|during\s+|at\s+)?(?:the|this|last)"
                        r"\s+(?:past\s+)?weekend)\s*$", re.IGNORECASE)
# A day to try a relative date against when the article has none: whether it is a date at all.
_ANY_DAY = date(2000, 6, 14)
_NOWHERE = 10**6


def _overnight(ent: Span) -> bool:
    """A time that gives no day: "overnight", "over the weekend" (see ``_OVERNIGHT``), also when
    spaCy runs a place into it ("a drone attack on *Kyiv overnight*") but no day or month."""
    if _OVERNIGHT.match(ent.text):
        return True
    words = [t.lower_ for t in ent]
    return "overnight" in words and words[-1] == "overnight" and not any(
        w in _WEEKDAY_NAMES or w.rstrip(".") in MONTHS or w[:1].isdigit() for w in words)


@dataclass(frozen=True, slots=True)
class Offset:
    """How far the event lies from the date its context fixes."""

    days: int
    week: bool = False  # the Monday of the week meant


def sentence_ents(sent: Span) -> list[Span]:
    """The named entities of ``sent`` (``Span.ents`` rebuilds the whole document's list on each
    access; this reads a per-document list built once)."""
    doc = sent.doc
    cached = doc.user_data.get("storyline.events.ents")
    if cached is None:
        ents = sorted([_with_year(e) for e in doc.ents if not _clock_time(e)] + _missed_dates(doc),
                      key=lambda e: e.start)
        cached = (ents, [e.start for e in ents])
        doc.user_data["storyline.events.ents"] = cached
    ents, starts = cached
    lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
    return ents[lo:hi]


_ZONES = frozenset({"gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "jst", "kst", "hrs"})


def _clock_time(ent: Span) -> bool:
    """"at 10 pm (*1900* GMT)", "at *0600* local time": a four-digit clock time spaCy takes for a year."""
    doc = ent.doc
    if not (ent.label_ == "DATE" and len(ent) == 1 and len(ent.text) == 4 and ent.text.isdigit()
            and ent.end < len(doc)):
        return False
    after = doc[ent.end:ent.end + 2]
    return after[0].lower_.strip(".") in _ZONES or (  # not "In 2019 local elections ..."
        len(after) == 2 and after[0].lower_ == "local" and after[1].lower_ == "time")


_DATE_PREPS = frozenset({"in", "on", "since", "until", "by", "during", "from", "last", "next", "early", "late"})
_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


_DAY_WORDS = frozenset({"yesterday", "today", "tomorrow"})
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})


def _with_year(ent: Span) -> Span:
    """"*the summer of* 2022": spaCy leaves the year out of a date that ends in "of"; put it back
    (and the anaphoric year after a month: "in September *that year*"; and the day word before a
    part of the day: "early *yesterday* morning", where spaCy tags only "morning")."""
    doc = ent.doc
    if ent.label_ == "TIME" and len(ent) == 1 and ent[0].lower_ in _PARTS_OF_DAY and ent.start > 0 \
            and doc[ent.start - 1].lower_ in _DAY_WORDS and not doc[ent.start - 1].ent_type_:
        return Span(doc, ent.start - 1, ent.end, label="TIME")
    if ent.label_ == "DATE" and ent[-1].lower_ == "of" and ent.end < len(doc) and doc[ent.end].like_num \
            and len(doc[ent.end].text) == 4 and not doc[ent.end].ent_type_:
        return Span(doc, ent.start, ent.end + 1, label="DATE")
    if ent.label_ == "DATE" and ent[-1].lower_.rstrip(".") in MONTHS:
        # "in September *that year*": spaCy leaves the year told before out of the month
        end = ent.end + (ent.end < len(doc) and doc[ent.end].lower_ == "of")
        for length in (2, 3):
            tail = doc[end:end + length]
            if len(tail) == length and tail[-1].lower_ == "year" and not any(t.ent_type_ for t in tail) \
                    and is_anaphoric(" ".join(t.lower_ for t in tail)):
                return Span(doc, ent.start, end + length, label="DATE")
    return ent


def _missed_dates(doc: Doc) -> list[Span]:
    """Months and weekdays after a preposition that spaCy took into a name ("*In June* Richard
    Hoagland ... was summoned": June as a compound of the name) as date entities of their own,
    with the day or year that follows ("in June 2019", "on March 4")."""
    out: list[Span] = []
    for tok in doc:
        if re.fullmatch(r"\d{1,2}:\d{2}", tok.text) and tok.ent_type_ not in DATE_LABELS and tok.i > 0:
            # "at about 19:40 the border outfit opened fire": a clock time spaCy did not tag
            start = tok.i - (doc[tok.i - 1].lower_ in ("about", "around", "approximately"))
            if start > 0 and doc[start - 1].lower_ in ("at", "after", "before", "around", "about", "by"):
                out.append(Span(doc, start, tok.i + 1, label="TIME"))
            continue
        lower = tok.lower_.rstrip(".")
        if tok.ent_type_ in DATE_LABELS or not tok.text[:1].isupper() or tok.i == 0 \
                or doc[tok.i - 1].lower_ not in _DATE_PREPS or not (
                    (lower in MONTHS and (len(lower) > 3 or lower == "may")) or lower in _WEEKDAY_NAMES):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("'s", "\u2019s"):
            continue  # "in May's cabinet": the name
        end = tok.i + 1
        while end < len(doc) and end < tok.i + 3 and doc[end].like_num and doc[end].ent_type_ not in DATE_LABELS:
            end += 1
        out.append(Span(doc, tok.i, end, label="DATE"))
    return out


def ent_date(ent: Span, published: str | None, tense: Tense = "past") -> ResolvedDate | None:
    """The date a date entity tells: from publication (:func:`resolve_date`), or, for a time told
    from a date given before ("in April *that year*", "*a year later*", "the following year"),
    from the latest date the sentence or the three before it state (:func:`resolve_anaphoric`)."""
    if not is_anaphoric(ent.text):
        return resolve_date(ent.text, published, tense)
    sents = [ent.sent]
    while len(sents) <= _ANAPHOR_LOOKBACK and sents[-1].start > 0:
        sents.append(ent.doc[sents[-1].start - 1].sent)
    for sent in sents:
        for other in reversed(sentence_ents(sent)):
            if other.start >= ent.start or other.label_ not in DATE_LABELS or ent_relative_day(other) is not None \
                    or is_anaphoric(other.text) or any(_anaphor_unit(t) for t in other):
                continue
            antecedent = resolve_date(other.text, published)
            if antecedent is not None:
                return resolve_anaphoric(ent.text, antecedent)
            if published is None and resolve_date(other.text, _ANY_DAY) is not None:
                return None  # "last year ... a year later" in an undated article: the nearest date is unknown
    return None


def apply_offset(d: ResolvedDate, off: Offset | None) -> ResolvedDate:
    if off is None or d.precision != "day":
        return d
    day = date.fromisoformat(d.value) + timedelta(days=off.days)
    if off.week:
        return ResolvedDate(monday_of(day).isoformat(), "week")
    return ResolvedDate(day.isoformat(), "day")


def relative_day(text: str) -> Offset | None:
    """"the next day" → +1, "the day before" → −1, "two days later" → +2, "the following week" →
    the next week's Monday (else ``None``)."""
    m = _RELATIVE_DAY.match(re.sub(r"\s+", " ", text.strip().lower().strip(",. ")))
    if m is None:
        return None
    if m.group("same"):
        return Offset(0)  # "earlier in the day": the day the context fixes
    if m.group("wnext") or m.group("wprev"):
        # "the following week": the week after the one the context fixes (its Monday)
        return Offset(7 if m.group("wnext") else -7, week=True)
    if m.group("next"):
        return Offset(1)
    if m.group("num"):
        n = _COUNTS[m.group("num")]
        return Offset(n if m.group("dir") == "later" else -n)
    return Offset(-1)


def ent_relative_day(ent: Span) -> Offset | None:
    """:func:`relative_day` of a date entity, read with the "earlier in"/"later in" spaCy leaves
    outside it ("*Earlier in* the day, Wang urged ...": the entity is only "the day")."""
    found = relative_day(ent.text)
    doc = ent.doc
    if found is None and ent.label_ == "TIME" and (_CLOCK.match(ent.text.lower()) or (
            _DAY_PART.match(ent.text.lower()) and ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "at", "by"))):
        # "*at about 19:40* the border outfit opened fire", "were arrested and released *in the
        # evening*": a time of the occasion's day (not "at night", which may be either day's)
        return Offset(0)
    if found is None and _HOURS.match(ent.text.lower()) and ent.start > ent.sent.start \
            and doc[ent.start - 1].lower_ == "after":
        return Offset(0)  # "*After a few hours*, all those arrested were released": that day
    if found is None and _HOURS.match(ent.text.lower()) and (
            (ent.end < ent.sent.end and doc[ent.end].lower_ in ("of", "after"))
            or (ent.start > ent.sent.start and doc[ent.start - 1].lower_ == "within")):
        return Offset(0)  # "took to the streets *within hours of* the announcement": that day
    if found is None and ent.start >= 2 and ent.start - 2 >= ent.sent.start:
        before = doc[ent.start - 2:ent.start]
        if before[0].lower_ in ("earlier", "later") and before[1].lower_ in ("in", "on"):
            return relative_day(f"{before.text} {ent.text}")
    if found is None and ent.end < ent.sent.end and doc[ent.end].lower_ in ("before", "earlier", "later") \
            and ent[-1].lower_ in ("day", "days", "night", "evening", "week"):
        return relative_day(f"{ent.text} {doc[ent.end].text}")  # "*The day* before, ..."
    return found


# A clock time with no day ("at about 19:40", "around 5 a.m.", "shortly after 10 pm"): an hour of the
# day the context fixes, as "hours later" is
_CLOCK = re.compile(r"^(?:(?:about|around|approximately|roughly|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?"
                    r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h|hrs)?$")
_DAY_PART = re.compile(r"^(?:the\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|dawn|dusk|noon|midday|daybreak)$")
_HOURS = re.compile(r"^(?:within\s+)?(?:(?:a\s+few|several|two|three|some)\s+)?(?:hours|minutes)$")
_FRONTED_LATER = re.compile(r"^(?:(?:a\s+few\s+|several\s+|two\s+|three\s+)?(?:hours|minutes|moments)\s+later|"
                            r"later\s+that\s+(?:day|morning|afternoon|evening|night)|that\s+same\s+day|"
                            r"(?:later\s+|early\s+|late\s+)?in\s+the\s+(?:morning|afternoon|evening)|"  # "In the evening, ..."
                            r"(?:soon|shortly|immediately|moments|minutes|not\s+long)\s+after(?:wards?)?|"
                            r"(?:soon|shortly|minutes|moments)\s+after\s+that)$")


def sentence_offset(sent: Span) -> Offset | None:
    """A sentence that opens with a time relative to the occasion told before it ("*Hours
    later*, North Korea offered a different account", "*The next day*, ..."): how far its
    occasion lies from that one."""
    head: list[str] = []
    for tok in span_tokens(sent):
        if tok.text == ",":
            break
        head.append(tok.lower_)
        if len(head) > 5:
            return None
    text = " ".join(head)
    if _FRONTED_LATER.match(text):
        return Offset(0)
    return relative_day(text) if head else None


def clause_offset(trig: Trigger) -> Offset | None:
    """"a day *after* Trump walked away", "a week before X meet", "hours after": the shift of
    an after/before clause from the clause it hangs on."""
    clause = trig.clause
    if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ in ("nsubj", "nsubjpass"):
        clause = clause.head  # "three days after Cambodian rocket *fire* killed two soldiers"
    for _ in range(2):
        # "a week before Xi *is due to meet* Trump": the marked clause is the governor's
        if clause.dep_ in ("xcomp", "acomp") and clause.head.i != clause.i:
            clause = clause.head
    # spaCy sometimes makes "a day after X" a ccomp, or a conjunct of a participle before it
    # ("shutting banks and ports, a day after the government *refused*")
    if clause.dep_ not in ("advcl", "ccomp", "conj"):
        return None
    return _marked_offset(clause)


def _marked_offset(clause: Token) -> Offset | None:
    """The shift of a clause marked "a day after", "a week before", "hours after" from the
    clause it hangs on."""
    marker = next((c for c in clause.children if c.dep_ == "mark"), None)
    mark = marker.lower_ if marker is not None else None
    if marker is None or mark not in ("after", "before"):
        return None
    sign = -1 if mark == "after" else 1
    # "a day after": spaCy hangs the measure on the clause or on its "after", or on the verb the
    # clause hangs on, right before the mark ("This came *a day* after Mnangagwa called for unity")
    measures = list(clause.children) + [g for c in clause.children if c.dep_ == "mark" for g in c.children] + [
        c for c in clause.head.children if c.dep_ == "npadvmod" and c.i + 1 == marker.i and clause.head.i != clause.i]
    for c in measures:
        if c.dep_ == "npadvmod":
            return _unit_offset(c, sign)
    return None


def _measure_offset(measure: Token, clause: Token) -> Offset | None:
    """"a *day* after Hamas fired": spaCy hangs the marked clause on the measure."""
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
    if mark not in ("after", "before"):
        return None
    return _unit_offset(measure, -1 if mark == "after" else 1)


def _unit_offset(c: Token, sign: int) -> Offset | None:
    unit = c.lemma_.lower()
    if unit in ("hour", "minute", "moment"):
        return Offset(0)
    if unit not in ("day", "week"):
        return None
    count = next((_COUNTS.get(g.lower_) or (int(g.text) if g.text.isdigit() else None)
                  for g in c.children if g.dep_ in ("det", "nummod")), None)
    if not count:
        return None
    return Offset(sign * count * (7 if unit == "week" else 1), week=unit == "week")


def _after_dated_clause(clause: Token, sent: Span, published: str | None, lex: Lexicon) -> ResolvedDate | None:
    """"Israel struck targets in Gaza *a day after* Hamas fired rockets *on Tuesday*": an event
    with no date of its own lies that far from the date of the after/before clause it governs
    (a day shift keeps the day, a week shift gives the Monday of the week meant)."""
    own = _own_verb(clause)
    # spaCy hangs "after X" on the verb, or on the measure before it ("a *day* after X")
    subs = [(c, c) for c in own.children if c.dep_ == "advcl"] + [
        (g, m) for m in own.children if m.dep_ == "npadvmod" for g in m.children if g.dep_ == "advcl"]
    for sub, measured in subs:
        if sub.i < own.i:
            continue
        off = _marked_offset(sub) if measured.i == sub.i else _measure_offset(measured, sub)
        if off is None:
            continue
        for ent in sentence_ents(sent):
            if ent.label_ not in DATE_LABELS or is_end_date(ent) or is_since(ent) or ent_relative_day(ent):
                continue
            attached = _attached_verb(ent)
            if attached is None or attached.i != sub.i:
                continue
            resolved = ent_date(ent, published, "future" if verb_is_future(sub, lex) else "past")
            if resolved is not None:
                return apply_offset(resolved, Offset(-off.days, off.week))
    for ent in sentence_ents(sent):
        if ent.label_ not in DATE_LABELS or is_end_date(ent) or is_since(ent) or ent_relative_day(ent):
            continue
        off = _through_measured_prep(ent, own)
        if off is not None:
            resolved = ent_date(ent, published, "future" if verb_is_future(own, lex) else "past")
            if resolved is not None:
                return apply_offset(resolved, Offset(-off.days, off.week))
    return None


def _through_measured_prep(ent: Span, verb: Token) -> Offset | None:
    """"(police arrested him) *two days before* the vote on Sunday": a date in the object of a
    measured before/after phrase on the verb, and how far the verb's event lies from it."""
    node = ent.root
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if node.head.i == verb.i:
            if node.dep_ != "prep" or node.lower_ not in ("before", "after"):
                return None
            measure = next((c for c in node.children if c.dep_ == "npadvmod"), None)
            if measure is None or measure.i > ent.start:
                return None
            return _unit_offset(measure, -1 if node.lower_ == "after" else 1)
        node = node.head
    return None


def _anchors(trig: Trigger) -> set[int]:
    out = {trig.token.i}
    if trig.light is not None:
        out.add(trig.light.i)
    stack = list(trig.absorbed)
    while stack:
        t = stack.pop()
        out.add(t.token.i)
        if t.light is not None:
            out.add(t.light.i)
        stack.extend(t.absorbed)
    return out


def anchors(trig: Trigger) -> set[int]:
    """The tokens that make the event: trigger, light verb, absorbed triggers."""
    return _anchors(trig)


def verb_is_future(verb: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lex.w("hypothetical.future_modals") for c in verb.children)


def _future_chain(verb: Token, lex: Lexicon) -> bool:
    """:func:`verb_is_future` of the verb or of the verbs whose complement it is ("the army *would*
    begin *pulling back* artillery on Friday": the date hangs on the participle)."""
    node = verb
    for _ in range(3):
        if verb_is_future(node, lex):
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
    return False


# Modals of possibility and obligation: what "may visit in October" or "must leave by Friday"
# tells lies ahead (unless in the perfect: "may have met in October"; "could not attend on
# Monday" is a past inability)
_POSSIBLE = frozenset({"may", "might", "could", "should", "must"})


def _next_verb(clause: Token) -> Token | None:
    """The first verb above the event's clause: the one it goes with."""
    node = clause
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _in_year_told(ent: Span, resolved: ResolvedDate, sent: Span, published: str | None) -> ResolvedDate:
    """"*Last year*, more than 60 people were killed when police opened fire on crowds who stormed
    parliament *on June 25*": a month (and day) without a year in a sentence that opens with a
    year takes that year."""
    if resolved.precision not in ("day", "month") or any(t.like_num and len(t.text) == 4 for t in ent) \
            or not any(t.lower_.rstrip(".") in MONTHS for t in ent) or is_anaphoric(ent.text):
        return resolved
    for other in sentence_ents(sent):
        if other.start >= ent.start:
            break
        if other.label_ not in DATE_LABELS or is_since(other) or is_end_date(other) or _premodifier(other):
            continue
        year = resolve_date(other.text, published)
        if year is not None and year.precision == "year" and year.value != resolved.value[:4]:
            candidate = year.value + resolved.value[4:]
            if resolved.precision == "day":
                try:
                    date.fromisoformat(candidate)
                except ValueError:
                    return resolved
            return ResolvedDate(candidate, resolved.precision)
    return resolved


def _ahead(verb: Token, lex: Lexicon) -> bool:
    """Whether the verb's own time lies ahead: a future modal, a modal of possibility on a plain
    (not perfect, not negated "could") verb ("Wang *may visit* Japan as early as October"), or a
    simple present, which with a date tells what is scheduled ("Caterpillar *faces* a possible
    strike at noon on Thursday", "the president *travels* to Paris on Monday")."""
    if verb_is_future(verb, lex):
        return True
    kids = list(verb.children)
    if verb.lemma_.lower() in _SCHEDULING | {"plan"} and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in kids):
        return True  # "talks *are scheduled* for Jan. 5", "the vote *is set* for Jan. 12": what is scheduled lies ahead
    if verb.tag_ in ("VBZ", "VBP") and not _is_saying(verb, lex) \
            and not any(c.dep_ in ("aux", "auxpass") for c in kids):
        return True
    modal = next((c.lower_ for c in kids if c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _POSSIBLE
                  and (c.text.islower() or c.i == c.sent.start)), None)  # not the name "May"
    if modal is None or any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in kids):
        return False
    return not (modal == "could" and any(c.dep_ == "neg" for c in kids))


# Governors whose to-complement is done later than the governing verb is told, and tried or
# achieved verbs (implicatives) that are not: "tried to storm parliament on Sunday" is past
_IMPLICATIVE = frozenset({"try", "attempt", "fail", "manage", "refuse", "decline", "continue", "begin", "start"})


def _intended(verb: Token, lex: Lexicon) -> bool:
    """"Both sides *have agreed to restart* their talks on Saturday", "the union *plans to
    strike* on Monday": a date on the to-complement of an intention told in the present or the
    present perfect lies ahead (told in the past, "decided to close the border on Friday" may
    well be past)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma in _IMPLICATIVE or lemma not in lex.w("hypothetical.governors"):
        return False
    return head.tag_ in ("VBZ", "VBP") or _present_perfect(head)


def _simple_past(verb: Token) -> bool:
    """"agreed", "fired": a verb told in the simple past, with no auxiliary of its own."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _attached_verb(ent: Span) -> Token | None:
    node = ent.root
    for _ in range(8):
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def is_end_date(ent: Span) -> bool:
    """"until Friday", "by the end of the year": when something stops or is due, not when it
    happened."""
    head = ent.root.head
    return (head.dep_ in ("prep", "agent") and head.lower_ in _END_PREPS) or ent[0].lower_ in _END_PREPS


def _deadline(ent: Span) -> bool:
    """"(would hold elections) *before* the end of the year", "(a strike) *ahead of* Christmas": a
    time something is to come before, not its date ("before dawn on Saturday" names the day)."""
    head = ent.root.head
    prep = head if head.dep_ == "prep" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ == "ahead":
        return True
    if not ((prep is not None and prep.lower_ == "before") or ent[0].lower_ == "before"):
        return False
    return not any(t.lower_ in _DAY_PARTS for t in ent)


def _bound_clause(ent: Span) -> bool:
    """"urged both sides to settle the dispute *before* winter demand returns *in May*": a date in
    the before/until clause that bounds what a request asks for is the bound's time, not the
    request's (also when spaCy reads "returns" as a noun)."""
    head = ent.root.head
    verb = _attached_verb(ent)
    if verb is not None and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("before", "until", "till") and c.i < ent.start for c in verb.children):
        return True
    node = head
    for _ in range(4):  # the same when spaCy reads "returns" as a noun: "before demand returns in May"
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        if ((node.dep_ == "prep" and node.lower_ in ("before", "until", "till") and node.i != head.i) or any(
                c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in node.children)) \
                and not any(t.lower_ in _DAY_PARTS for t in node.subtree):
            return True
        node = node.head
    return False


_DAY_PARTS = frozenset({"dawn", "daybreak", "noon", "midnight", "midday", "sunrise", "sunset"})


def _lasted_until(ent: Span) -> bool:
    """"had taken part in talks with the ministry *until December*": what went on until a
    month or a year last happened then, the only time the text gives it (not "by the end of
    the year", a deadline, nor "until Friday", too fine to be more than its end)."""
    prep = ent.root.head if ent.root.head.dep_ == "prep" else ent[0]
    if prep.lower_ not in ("until", "till") or not any(t.lower_ in MONTHS or t.text.isdigit() for t in ent):
        return False
    return not any(t.lower_ in ("end", "beginning", "start") for t in ent)


def _done_by(ent: Span, clause: Token) -> bool:
    """"*By Wednesday morning* security forces *had* redeployed and detained dozens": what a past
    perfect tells done by a day is dated that day, the only one the text gives (not "by the end of
    the year", a deadline)."""
    prep = ent.root.head if ent.root.head.dep_ == "prep" else ent[0]
    if prep.lower_ != "by" or any(t.lower_ in ("end", "beginning", "start", "time") for t in ent):
        return False
    verb = _own_verb(clause)
    return is_past_perfect(verb) or (verb.dep_ == "conj" and is_past_perfect(verb.head))


_DASHES = frozenset({"—", "–", "-", "--"})


def in_dateline(ent: Span) -> bool:
    """"VIENNA, Nov 19 (AFP) — Iran will allow ...": the dateline's date is when the story was
    filed (metadata, GUIDE), not a date of the sentence it runs into."""
    doc = ent.doc
    if ent.start > 8 or any(t.pos_ in ("VERB", "AUX") for t in doc[:ent.start]):
        return False
    return any(t.text in _DASHES for t in doc[ent.end:min(ent.end + 5, len(doc))])


def _starting(ent: Span) -> bool:
    """"(did not rule out a rolling strike) *from next month*": when the deed would start."""
    head = ent.root.head
    return (head.dep_ == "prep" and head.lower_ in ("from", "starting")) or ent[0].lower_ in ("from", "starting")


def _prospective(verb: Token, anchor_set: set[int]) -> bool:
    """"threatened *to block* roads from Monday", "vowed *to strike* on Monday": what a pledge
    or a threat promises lies ahead of it, so its date is resolved forward."""
    return verb.dep_ == "xcomp" and verb.head.i in anchor_set and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _planned_complement(ent: Span, anchor_set: set[int]) -> bool:
    """"Iran *will allow* inspectors to return *next week*": the date of what a planned deed
    lets or makes happen is the deed's (not so for offers and threats, dated when made)."""
    verb = _attached_verb(ent)
    return verb is not None and verb.dep_ in ("xcomp", "ccomp") and verb.head.i in anchor_set \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def event_date(
    trig: Trigger, sent: Span, published: str | None, future: bool, statement: bool, lex: Lexicon,
    speech: Token | None = None, hypothetical: bool = False, etype: str | None = None,
) -> tuple[ResolvedDate | None, Offset | None]:
    """The event's own date (or its governing clause's) and the shift to apply to a date the
    context gives it; see the module docstring. ``speech`` is the verb of saying when the
    saying is the event ("Kim *said* the United States had come to the Hanoi summit in
    February with “unfeasible” methods" is an accusation made on the day of the speech).
    ``etype`` is the event's type when modality changed the trigger's ("did not rule out a
    strike" is a threat)."""
    pledge = (etype or trig.type) in _PLEDGES
    request = (etype or trig.type) == "REQUEST"
    anchor_set = _anchors(trig) if speech is None else {speech.i}
    if speech is None and is_perfect(_own_verb(trig.clause)):
        # "have ignored Pompeo's invitation in September": the date is the invitation's
        anchor_set = {trig.token.i} | ({trig.light.i} if trig.light is not None else set())
    clause = trig.clause if speech is None else speech
    if speech is not None:
        future, statement, hypothetical = False, True, False
    when = _when_clause_date(clause, published)
    if when is not None:
        return when, None
    best: tuple[int, int, ResolvedDate] | None = None
    offset: Offset | None = None
    unknown = _NOWHERE  # how near an own date that cannot be resolved lies
    for ent in sentence_ents(sent):
        if ent.label_ not in DATE_LABELS or (is_end_date(ent) and (future or hypothetical or not (
                _lasted_until(ent) or _done_by(ent, clause)))):
            continue
        if ((future or hypothetical or pledge or request) and _deadline(ent)) or (request and _bound_clause(ent)):
            continue  # "did not rule out a 36-hour strike *before Christmas*": a bound, not a date
        if in_dateline(ent) or _since_on_noun(ent, anchor_set) or _first_since(ent, anchor_set):
            continue
        found = (0, None) if future and speech is None and not pledge \
            and _planned_complement(ent, anchor_set) else _date_score(ent, anchor_set, clause, lex)
        if found is None:
            continue
        score, verb = found
        rel = ent_relative_day(ent)
        if rel is not None:
            if score == 0:
                offset = rel
            continue
        if score == 1 and hypothetical and not statement and verb is not None and _is_saying(verb, lex):
            continue  # "told CBS earlier this month that he had no plans to pull troops out"
        if score == 1 and verb is not None and (_tense_shift(clause, verb) or _present_conjunct(clause, verb)):
            continue  # "had committed summary executions this year and urged the mediators"
        if score == 1 and _perfect_adverbial(clause, verb):
            continue  # "did not address the nation on Wednesday, as union leaders *had demanded*"
        if score == 1 and ((is_since(ent) and verb is not None and verb.i != _own_verb(clause).i)
                           or not _takes_governing_date(clause, verb, statement, lex)
                           or _through_sequence_prep(clause, verb) or (
                future and not statement and verb is not None and _is_saying(verb, lex))):
            continue
        told = _attached_verb(ent) if score == 0 else None
        attached = told if not future else None
        # "meet at the General Assembly, which will take place in September": the clause's tense
        # what a request asks for starts ahead of it ("called for a strike *from Wednesday*")
        ahead = score == 0 and ((request and _starting(ent)) or (pledge and _in_complement(ent, anchor_set, "to")))
        own_future = future or ahead or (attached is not None and (
            _ahead(attached, lex) or _scheduled(attached) or _intended(attached, lex) or (
                pledge and _prospective(attached, anchor_set))))
        if own_future and not ahead and not trig.called and not _starting(ent) and told is not None \
                and _simple_past(told):
            # "The visit would come after Suga and Xi *agreed* during a phone call on Friday": what
            # the clause tells in the simple past happened, whatever the clause it hangs on plans
            own_future = False
        tense: Tense = ("future" if own_future else "past") if score == 0 else (
            "future" if verb is not None and (_ahead(verb, lex) or _scheduled(verb) or _intended(verb, lex)) else "past")
        resolved = ent_date(ent, published, tense)
        if resolved is None:
            if _overnight(ent) and (score == 0 or (verb is not None and getattr(_next_verb(clause), "i", -1) == verb.i)):
                # "was arrested overnight, his party said on Wednesday": its own time is told but
                # gives no day (GUIDE), so the report's day does not stand in for it; nor for what
                # goes with that clause ("launched an attack overnight, *killing* four people")
                unknown = min(unknown, abs(ent.root.i - trig.token.i))
            elif score == 0 and published is None and resolve_date(ent.text, _ANY_DAY, tense) is not None:
                # "criticized the company *last year*" in an undated article: its own date is given
                # but cannot be known, so no other date stands in for it (CONTRACT: relative dates
                # stay null rather than being guessed)
                unknown = min(unknown, abs(ent.root.i - trig.token.i))
            continue
        if (pledge or ahead) and score == 0 and published is not None \
                and is_after(resolved, date.fromisoformat(published[:10])) and (
                    not _on_clause(ent, clause) or _starting(ent) or ahead):
            continue  # "were ready to meet ... next month", "a strike from next month": the deed's date
        resolved = _in_year_told(ent, resolved, sent, published)
        key = (score, abs(ent.root.i - trig.token.i))
        if best is None or key < best[:2]:
            best = (key[0], key[1], resolved)
    if unknown < _NOWHERE and (best is None or (0, unknown) < best[:2]):
        return None, None
    if best is None:
        if offset is None and (back := anaphoric_date(sent, anchor_set, clause, published)) is not None:
            return back, None
        if offset is None and speech is None and (later := _after_dated_clause(clause, sent, published, lex)):
            return later, None
        # "*Hours later*, Choe called the invitation a very interesting suggestion": timed from the
        # occasion told before, like "the next day"
        return None, offset or clause_offset(trig) or (sentence_offset(sent) if _main_clause(_own_verb(clause))
                                                       else None)
    if best[0] == 1:
        # "imposed a curfew Friday in areas where clashes *a day earlier* left three dead": the
        # event's own relative time shifts the governing clause's date
        return apply_offset(best[2], offset if offset is not None else clause_offset(trig)), None
    return best[2], None


_ANAPHORIC_UNITS = frozenset({"day", "week", "month", "year"})
# the precisions of an earlier date that an anaphor of each unit can take its date from
_ANAPHOR_TAKES: dict[str, tuple[str, ...]] = {
    "day": ("day",), "week": ("day", "week"), "month": ("day", "month"), "year": ("day", "week", "month", "year"),
    "then": ("day", "week", "month", "year"),
}
_ANAPHOR_LOOKBACK = 3  # sentences before the event's an anaphor may point back over


def _anaphor_unit(tok: Token) -> str | None:
    """"*that month*", "*the same day*", "later *that year*", "*since then*", "*ever since*": a time
    told by pointing back."""
    unit = tok.lower_
    if unit == "then" and tok.head.lower_ == "since" and tok.dep_ in ("pcomp", "pobj", "advmod"):
        return "then"  # "has carried out near-daily strikes *since then*": since the date told before
    if unit == "since" and tok.dep_ == "advmod" and any(c.lower_ == "ever" for c in tok.children) \
            and not any(c.dep_ in ("pobj", "pcomp") for c in tok.children):
        return "then"  # "Bazoum, who has been detained *ever since*": since the date told before
    if unit not in _ANAPHORIC_UNITS:
        return None
    kids = {c.lower_: c.dep_ for c in tok.children}
    if kids.get("that") == "det" or (kids.get("same") == "amod" and kids.get("the", kids.get("that")) == "det"):
        return unit
    return None


def anaphoric_date(sent: Span, anchor_set: set[int], clause: Token, published: str | None) -> ResolvedDate | None:
    """"The IMF approved the loan *that month*" after "a devaluation of the pound in March
    2024", "was placed under house arrest *that month*", "police arrested 20 people *the same
    day*": a time that points back takes the latest date the text stated before it (within
    the sentence and the three before), cut to the anaphor's unit (a month from "March 3",
    the year from a month); a day needs a day. Relative dates stay null without a publication
    date, as everywhere."""
    doc = sent.doc
    for tok in span_tokens(sent):
        unit = _anaphor_unit(tok)
        if unit is None:
            continue
        found = _date_score(doc[tok.left_edge.i:tok.i + 1], anchor_set, clause)
        if found is None or found[0] != 0:
            continue
        return _antecedent_date(doc, tok, unit, published)
    return None


def _antecedent_date(doc: Doc, anaphor: Token, unit: str, published: str | None) -> ResolvedDate | None:
    sents = [anaphor.sent]
    while len(sents) <= _ANAPHOR_LOOKBACK and sents[-1].start > 0:
        sents.append(doc[sents[-1].start - 1].sent)
    for sent in sents:
        for ent in reversed(sentence_ents(sent)):
            if ent.start >= anaphor.left_edge.i or ent.label_ not in DATE_LABELS or ent_relative_day(ent) is not None \
                    or any(_anaphor_unit(t) for t in ent):
                continue
            resolved = resolve_date(ent.text, published)
            if resolved is None:
                continue
            if resolved.precision not in _ANAPHOR_TAKES[unit]:
                return None  # "in 2019 ... that month": the nearest date does not say which
            if unit == "month" and resolved.precision == "day":
                return ResolvedDate(resolved.value[:7], "month")
            if unit == "week" and resolved.precision == "day":
                return ResolvedDate(monday_of(date.fromisoformat(resolved.value)).isoformat(), "week")
            if unit == "year":
                return ResolvedDate(resolved.value[:4], "year")
            return resolved
    return None


def _own_verb(clause: Token) -> Token:
    """The verb whose clause the event is: itself, or the verb a nominal trigger hangs on
    ("*has been* under U.S. sanctions since 2010", "Talks *have stalled* since ...")."""
    node = clause
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def is_past_perfect(verb: Token) -> bool:
    """"had agreed", "had been detained": told as background to the occasion."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


# Offers and threats are dated when made, not by the deed they promise ("ready to meet ... next
# month", "did not rule out a strike from February"); a concession announced is the deed.
_PLEDGES = frozenset({"AGREE", "THREATEN"})
_ANTERIOR = frozenset({"already", "previously", "earlier", "once", "long", "initially", "originally"})


def _marked_anterior(verb: Token) -> bool:
    """"had *already* stopped", "had *initially* demanded": a past perfect the adverb puts
    before the occasion told, on a day the text does not give."""
    return any(c.dep_ == "advmod" and c.lower_ in _ANTERIOR for c in verb.children)


def _takes_governing_date(clause: Token, verb: Token | None, statement: bool, lex: Lexicon) -> bool:
    """Whether the date of ``verb``, the clause that governs the event, is the event's.

    Not for a past perfect marked as earlier ("Kim said North Korea *had already stopped*
    making ... nuclear weapons": before the speech, on a day not given), nor for a state of
    affairs in the present told by a speaker ("substantive talks *continue*, he told CNN ...
    earlier this month"); a statement in the present is still made that day ("said on
    Wednesday that the country “welcomes” the decision")."""
    own = clause if clause.pos_ in ("VERB", "AUX") else clause.head
    if is_past_perfect(own) and _marked_anterior(own):
        return False
    return statement or verb is None or own.tag_ not in ("VBP", "VBZ") or not _is_saying(verb, lex)


def _tense_shift(clause: Token, verb: Token) -> bool:
    """Whether the event is a simple past conjoined to a past perfect that holds the date
    ("forces *had committed* executions this year and *urged* ...": spaCy joins the verb to the
    perfect, but the change of tense shows it goes with the saying, not with what came before),
    or a present progressive conjoined to a dated past (what goes on now)."""
    own = _own_verb(clause)
    if own.dep_ != "conj" or own.head.i != verb.i:
        return False
    if _present_progressive(own) and verb.tag_ in ("VBD", "VBN"):
        return True  # "fined Corvex in September 2025 and *is investigating* its app store": going on now
    if verb.tag_ == "VBD" and (_present_perfect(own) or any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in own.children)):
        # "In December it gave in to the farmers, and it *has promised* to compensate breeders",
        # "the agreement Vira signed in October and *would seek* partnerships": a state now or a
        # plan, not told on the past deed's date
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
        # "the unions *would meet* on Friday ... and *did not rule out* a strike": a past after a plan
        return own.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("did", "had") for c in own.children)
    return own.tag_ == "VBD" and is_past_perfect(verb) and not any(c.dep_ in ("aux", "auxpass") for c in own.children)


def _present_conjunct(clause: Token, verb: Token) -> bool:
    """Whether the event is what a present-tense verb conjoined to a dated simple past plans or
    expects ("met the prime minister this week and *is expected to travel* to Cairo", "arrived on
    Monday and *plans to visit* the camps"): a plan told now, not a deed of the past verb's day."""
    own = _own_verb(clause)
    for _ in range(3):
        if own.dep_ not in ("xcomp", "acomp") or own.head.i == own.i:
            break
        own = own.head  # "is *due* to meet": spaCy hangs the infinitive on the adjective
    if own.i == _own_verb(clause).i or own.dep_ != "conj" or own.head.i != verb.i or verb.tag_ != "VBD":
        return False
    return own.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "am") for c in own.children)


def _perfect_adverbial(clause: Token, verb: Token | None) -> bool:
    """Whether the event's clause is, or is in, an adverbial clause in the perfect between it and
    the governing ``verb`` ("did not address the nation on Wednesday, *as* union leaders *had
    demanded*", "said last month it would provide 60 million euros, *while* the United States *has
    declined* to contribute"): a time before the governing clause's or a state now, not its day.
    (An after-clause in the simple past takes the governing date, as the gold codes it: "suspended
    the talks in November after an attack killed 11 soldiers".)"""
    node = _own_verb(clause)
    for _ in range(4):
        if (verb is not None and node.i == verb.i) or node.head.i == node.i:
            return False
        if node.dep_ == "advcl" and is_perfect(node) and any(c.dep_ == "mark" for c in node.children):
            return True
        if node.dep_ == "advcl" and _vague_measure(node):
            return True  # "announced sanctions on Monday, *days after* Washington approved": how long before is not told
        if node.dep_ not in ("conj", "xcomp", "advcl"):
            return False
        node = node.head
    return False


def _vague_measure(clause: Token) -> bool:
    """Whether an after/before clause is measured in days, weeks or months with no count ("*days*
    after Washington approved", "*weeks* before the vote"): the event lies an untold time away
    ("hours after" is the same day, see :func:`_unit_offset`)."""
    marker = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if marker is None:
        return False
    measures = [c for c in clause.children if c.dep_ == "npadvmod"] + [g for g in marker.children if g.dep_ == "npadvmod"] \
        + [c for c in clause.head.children if c.dep_ == "npadvmod" and c.i + 1 == marker.i]
    return any(m.tag_ == "NNS" and m.lemma_.lower() in ("day", "week", "month", "year") and not any(
        g.dep_ in ("nummod", "det") for g in m.children) for m in measures)


def _present_perfect(verb: Token) -> bool:
    """"has promised", "have stalled" (not "had agreed")."""
    return is_perfect(verb) and not is_past_perfect(verb)


def _on_clause(ent: Span, clause: Token) -> bool:
    """Whether the date hangs on the event's own verb rather than on a complement it absorbed."""
    node = ent.root
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == clause.i:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _when_clause_date(clause: Token, published: str | None) -> ResolvedDate | None:
    """"a far cry from *2017*, when Trump mocked Kim": a when-clause on a date is that date; so is
    an in-which clause on a noun the date fixes ("a *2018* episode in which North Korea called the
    requests gangster-like", "the *June 2019* meeting at which ...")."""
    head = clause.head
    if clause.dep_ == "relcl" and head.pos_ == "NOUN" and any(
            (c.dep_ == "prep" and c.lower_ in _FRAME_PREPS and any(g.tag_ == "WDT" for g in c.children))
            or (c.dep_ == "advmod" and c.lower_ == "when") for c in clause.children):
        # "the 2021 general election, *when* Kyagulanyi rejected the results": that year
        for ent in sentence_ents(head.sent):
            if ent.label_ in DATE_LABELS and ent.root.head.i == head.i and ent.root.i < head.i \
                    and ent.root.dep_ in ("nummod", "compound", "nmod", "amod", "poss"):
                return resolve_date(ent.text, published)
    if clause.dep_ not in ("relcl", "advcl") or not head.ent_type_ or head.ent_type_ not in DATE_LABELS:
        return None
    if any(c.lower_ == "where" for c in clause.children):
        return None  # "toward the Cayman Islands on Wednesday, where authorities had ordered": the place's
    for ent in sentence_ents(head.sent):
        if ent.start <= head.i < ent.end:
            return resolve_date(ent.text, published)
    return None  # pragma: no cover - ent_type_ implies an entity


def _is_saying(verb: Token, lex: Lexicon) -> bool:
    return verb.lemma_.lower() in lex.w("reporting.speech_verbs")


# Verbs of going and coming: what one leaves "after talks" was held before, elsewhere
_DEPARTURES = frozenset({"return", "leave", "depart", "arrive", "fly", "travel", "head", "go", "come", "land"})
_SPAN_UNITS = frozenset({"day", "week", "month", "year"})


def _span_unit(tok: Token) -> bool:
    """"days", "a year", "weeks": a time unit longer than one day."""
    return tok.lemma_.lower() in _SPAN_UNITS and (tok.tag_ == "NNS" or tok.lemma_.lower() != "day")


def _through_sequence_prep(clause: Token, verb: Token | None) -> bool:
    """"returned on Friday *after* talks", "agreed to a ceasefire in November 2024 *after* more
    than a year of fighting": the governing date is not the nominal event's. But what one agrees
    or says on a day after talks ends them ("agreed on Thursday after talks in Doha", "told
    reporters on Wednesday after meeting farm leaders", "after a day of talks"): its date is theirs."""
    node = clause
    spans = _span_unit(clause) and any(c.lower_ == "of" for c in clause.children)  # the event's measure
    while verb is not None and node.i != verb.i and node.head.i != node.i:
        if node.lower_ == "of" and _span_unit(node.head):
            spans = True  # "two days of talks", "a year of fighting": longer than the day told
        if node.dep_ == "prep" and node.lower_ in _SEQUENCE_PREPS:
            return node.lower_ != "after" or spans or verb.lemma_.lower() in _DEPARTURES
        node = node.head
    return False


def _premodifier(ent: Span) -> bool:
    """A date before the noun it modifies: "*Friday's* meeting", "the *March* conviction", "the
    *2018* law" (not "the talks on Friday")."""
    root, head = ent.root, ent.root.head
    if root.dep_ == "poss":
        return True
    # not "On Saturday Biegun briefed ...", where spaCy makes the day a compound of the name
    return root.dep_ in ("compound", "nmod", "amod", "nummod") and head.pos_ == "NOUN" \
        and head.i >= ent.end and head.ent_type_ not in DATE_LABELS \
        and not (ent.start > ent.sent.start and ent.doc[ent.start - 1].pos_ == "ADP")


def _date_score(ent: Span, anchor_set: set[int], clause: Token,
                lex: Lexicon | None = None) -> tuple[int, Token | None] | None:
    """0: attached to the event's clause; 1: to the clause governing it (with that verb)."""
    node = ent.root
    if _premodifier(ent):
        # "Friday's Oval Office meeting", "appealed *the March conviction*": a date before its noun
        # dates the noun, not the verb; but "In a televised New Year's Day address, Kim called
        # on ...": the occasion it dates is the one the clause happens in
        noun = node.head
        if noun.i in anchor_set:
            return 0, None
        if not (noun.dep_ == "pobj" and noun.head.lower_ in _FRAME_PREPS | {"under", "since"}):
            return None  # "lifted *under the 2015 nuclear deal*": the deal's time is the lifting's;
            # "has accused the commission of bias *since the 2021 election*": since 2021
        if noun.head.lower_ == "under" and noun.head.head.i not in anchor_set:
            return None  # "(would not resume) its obligations *under the 1960 treaty* (, after it accused)":
            # the treaty's year dates only what is done under it, not the clauses around it
    said = _said_before_complement(ent)
    if said is not None:
        # "The ministry said *on Friday* it would expel three diplomats": spaCy hangs the date on the
        # complement, but between the verb and its complement's subject it dates the verb
        if said.i in anchor_set:
            return 0, None
        return (1, said) if said.i in {a.i for a in clause.ancestors} and not _relative_between(clause, said) \
            else None
    reduced = _reduced_relative(ent)
    if reduced is not None:
        # "the missiles fired earlier this month violated ...": spaCy hangs the date on the
        # verb that follows, but it closes the participle before it
        node = reduced
        if node.i in anchor_set:
            return 0, None
        return (1, node) if node.i in {a.i for a in clause.ancestors} and not _relative_between(clause, node) else None
    for _ in range(10):
        if node.head.i == node.i:
            # "*In August 2024* police killed 13 people": spaCy made the fronted preposition the
            # root and the clause hangs under it; the fronted date frames the whole sentence
            return (0, None) if node.pos_ == "ADP" and node.i == ent.sent.start and node.i < ent.start else None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and _fronted_before_mark(ent, node):
            # "begin talks ... on Thursday, a week before Trump and Kim meet": spaCy hangs the
            # date on the subordinate verb, but a date before "before/after/when" closes the
            # clause that precedes it, which governs the subordinate event
            if max(anchor_set) < ent.start:
                return 0, None
            if min(anchor_set) >= ent.end and node.i in anchor_set:
                return 1, None
            if min(anchor_set) < ent.start:
                return None
        if node.i in anchor_set:
            if _in_charge(ent, node) or _through_measured_prep(ent, node) is not None:
                return None  # "two days before the vote on Sunday": the vote's date, see _after_dated_clause
            return 0, None
        if node.pos_ in ("VERB", "AUX") and clause.i in anchor_set and clause.pos_ in ("NOUN", "PROPN") \
                and clause.dep_ in ("nsubj", "nsubjpass") and clause.head.i == _raising_head(node).i:
            # "after talks with the ministry *broke down last week*": the verb a nominal event is
            # the subject of tells what became of it, and its date is the event's own; so does the
            # verb it is set to do ("talks *are set to resume* Monday", "is due to begin on May 20")
            return 0, None
        if node.pos_ in ("VERB", "AUX") and node.dep_ == "xcomp" and node.head.i in anchor_set \
                and _raising_head(node).i == node.head.i and node.head.lemma_.lower() in _SCHEDULING:
            return 0, None  # "talks are *set to resume* Monday", "the trial is *due to open* on May 20"
        if node.pos_ == "VERB" and node.dep_ == "xcomp" and node.head.i in anchor_set \
                and node.head.lemma_.lower() in _ASPECTUAL:
            return 0, None  # "*stopped* buying Russian gas in December 2023": the stop's date
        if node.pos_ in ("VERB", "AUX"):
            if node.dep_ == "conj" and (node.head.i in anchor_set or (
                    node.head.dep_ == "acl" and node.head.head.i in anchor_set) or (  # see _shared_conjunct
                    clause.i in anchor_set and clause.dep_ in ("nsubj", "nsubjpass") and clause.head.i == node.head.i)) \
                    and _shared_conjunct(node) \
                    and node.i < ent.start and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in node.children):
                return 0, None  # "fired tear gas and arrested dozens of people on Thursday": both verbs'
            if lex is not None and _relative_on(node, anchor_set, lex):
                return 0, None  # "trade talks with the US, which are due to resume next week"
            if _telling_relative(node, anchor_set):
                return 0, None  # "an Israeli drone strike that killed two of its members on Monday"
            if node.dep_ == "advcl" and node.head.i in anchor_set and node.lemma_.lower() in _AS_PLANNED and any(
                    c.dep_ == "mark" and c.lower_ == "as" for c in node.children):
                return 0, None  # "did not deploy a battalion *as planned in October*": the time meant
            if node.dep_ == "advcl" and node.head.i in anchor_set and any(
                    c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
                return 0, None  # "has filed 200 protests since Marcos took office in 2022": the start
            if node.dep_ == "advcl" and node.head.i in anchor_set and node.i > node.head.i and any(
                    c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in node.children):
                return 0, None  # "was killed *when* rebels descended on the village on Sunday": that time
            if node.dep_ == "acl" and (node.head.i in anchor_set or any(
                    c.i in anchor_set and c.dep_ == "compound" for c in node.head.children)):
                return 0, None  # "resolutions adopted since 2016": the participle dates its noun
            if _transparent(node):
                continue
            if node.i in {a.i for a in clause.ancestors} and not _relative_between(clause, node):
                return 1, node
            if lex is not None and _misparsed_report(node, clause, lex):
                return 1, node  # "met the Sudanese minister, the IRNA news agency *reported on Thursday*"
            return None
    return None


def _misparsed_report(verb: Token, clause: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is the closing report of the sentence that spaCy made a participle on its
    subject ("Iran's foreign minister met ..., the official IRNA news agency *reported* on
    Thursday": "agency" an apposition, "reported" a clause on it): a verb of saying with nothing
    said of its own, on a noun right after a comma, outside the event's clause."""
    noun = verb.head
    if verb.dep_ != "acl" or not _is_saying(verb, lex) or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubj", "nsubjpass") for c in verb.children):
        return False
    first = noun.left_edge
    if first.i == first.sent.start or verb.doc[first.i - 1].text != ",":
        return False
    return clause.i not in {t.i for t in noun.subtree} and clause.i < first.i


def _raising_head(verb: Token) -> Token:
    """The verb whose subject is also ``verb``'s: "(talks) are set *to resume*", "is expected to
    *begin*" (up through to-infinitives), else ``verb``."""
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            break
        if node.dep_ == "acomp" and node.lower_ in _SCHEDULING:
            node = node.head  # "talks are *due* to resume": the copula's subject
            continue
        if node.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            break
        node = node.head
    return node


def _scheduled(verb: Token) -> bool:
    """"(talks are) set *to resume* Monday", "is due *to open* on May 20": what is scheduled lies ahead."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _SCHEDULING \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.head.tag_ != "VBD" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.head.children)


# Verbs of beginning, ending, going on and trying: the time of their complement is theirs
# ("stopped buying Russian gas in December 2023", "tried to storm parliament on Sunday")
_ASPECTUAL = frozenset({"stop", "start", "begin", "resume", "cease", "halt", "continue", "finish", "quit",
                        "try", "attempt", "fail", "manage"})
# A nominal event's schedule: the verb it is set to do dates it ("talks are *set* to resume Monday")
_SCHEDULING = frozenset({"set", "due", "expect", "expected", "schedule", "scheduled", "slate", "slated", "poise",
                         "poised", "likely"})
_CHARGE_PREPS = frozenset({"of"})
_AS_PLANNED = frozenset({"plan", "schedule", "expect", "agree", "promise", "announce", "intend"})


def _in_complement(ent: Span, anchor_set: set[int], prep: str) -> bool:
    """Whether the date lies in the object of ``prep`` on an anchor verb ("had invited union
    leaders *to* a new round of talks on Thursday")."""
    node = ent.root
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.head.i in anchor_set:
            return node.dep_ == "prep" and node.lower_ == prep and node.head.pos_ == "VERB"
        node = node.head
    return False


def _in_charge(ent: Span, verb: Token) -> bool:
    """Whether the date lies inside the nominal complement of a verb ("accused Mokoko *of*
    involvement in a coup attempt *in 2007*", "convicted him of the killing of a journalist in
    2019"): it dates what the charge is about, not the charge."""
    if verb.pos_ != "VERB":
        return False
    node = ent.root
    while node.head.i != verb.i:
        if node.head.i == node.i:
            return False
        node = node.head
    return node.dep_ == "prep" and node.lower_ in _CHARGE_PREPS and ent.root.head.i != node.i


def _shared_conjunct(verb: Token) -> bool:
    """Whether a conjoined verb goes with the verb before it in one deed told at once: "fired
    tear gas and arrested dozens" (also reported, or in a relative clause), and "said it had
    killed three fighters and captured a commander" (the "had" goes with both; spaCy tags the
    second a simple past)."""
    head = verb.head
    if head.dep_ in ("ROOT", "ccomp", "relcl") and verb.tag_ == head.tag_ == "VBD":
        return True
    if head.dep_ == "acl" and head.tag_ == "VBN" and verb.tag_ == "VBD" and head.head.dep_ in ("nsubj", "nsubjpass") \
            and any(c.dep_ == "dobj" for c in head.children):
        return True  # "Israeli airstrikes killed 13 people and wounded 20 early Tuesday": spaCy reads the
        # first verb as a participle on its subject, but the finite conjunct shows both are told at once
    return head.dep_ == "ccomp" and is_past_perfect(head) and verb.tag_ in ("VBD", "VBN")


def _telling_relative(verb: Token, anchor_set: set[int]) -> bool:
    """Whether ``verb`` is a past relative clause that tells the event noun itself happening ("a
    drone strike *that killed* two of its members on Monday", "the talks, which ended on Friday"):
    its date is the noun's."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBD" and verb.head.i in anchor_set \
        and verb.head.pos_ == "NOUN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children)


def _relative_on(verb: Token, anchor_set: set[int], lex: Lexicon) -> bool:
    """Whether ``verb`` is (in) a relative clause that tells when the event noun is planned:
    "the talks, which are due to resume next week", "at the General Assembly, which will take
    place in September" (spaCy often hangs the clause on the noun of a phrase after the event
    noun, "talks with the US, which ...")."""
    node = verb
    for _ in range(3):
        if node.dep_ == "relcl":
            break
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    planned = node.lemma_.lower() in _SCHEDULING  # "a meeting that had been *scheduled* for Monday"
    if node.dep_ != "relcl" or (is_perfect(node) and not planned) or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in node.children):
        return False  # not "imports, which have surged since 2018": a state of the noun's own
    if node.i == verb.i and not verb_is_future(verb, lex) and not planned:
        return False  # a past relative clause describes the noun ("the deal, which ended a war")
    noun = node.head
    if noun.i in anchor_set:
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i in anchor_set


_FRAME_PREPS = frozenset({"in", "at", "during"})
_OTHER_TIME = frozenset({"now", "since", "subsequently", "previously", "earlier"})
_SPAN_PREPS = frozenset({"during", "in", "at", "throughout", "over"})


_CARRYING = frozenset({"carry", "transport", "bear", "hold", "wave", "wear", "contain", "bring"})


def _transparent(verb: Token) -> bool:
    """A participle that happens with the clause it hangs on, so its date is that clause's:
    "*speaking* at a rally later on Monday, Mutua criticised", "in an open letter *published*
    on Sunday, the players demanded", "executed by *firing* squad in March"."""
    kids = list(verb.children)
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in kids):
        return False
    if verb.dep_ == "pcomp":
        # the means: "by firing squad", "by sending a train"; what a ban or a block stops: "banned
        # her *from holding* public office in June" is the ban's date
        return verb.head.lower_ in ("by", "from") or _adjectival_gerund(verb)
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ in _FRAME_PREPS | {"under"}:
        return True  # the occasion the clause happens in: "in a letter published on Sunday", "under the
        # agreement signed on Tuesday"
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and _after_frame(verb):
        return True  # "In the statement, *issued* on Tuesday, Youssouf urged": spaCy makes the
        # participle on the occasion noun a clause of the verb
    return verb.tag_ == "VBG" and (verb.dep_ == "advcl" or (
        verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass")) or (
        # "sent two planes *carrying* 40 firefighters on Tuesday", "intercepted a boat *carrying*
        # migrants on Sunday": what the object carries holds while the deed is done (not "condemned
        # an airstrike *killing* 20 people on Sunday", a deed of its own)
        verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.lemma_.lower() in _CARRYING))


# Nouns that count or gather the people a gerund describes ("hundreds *of striking* workers")
_CROWD_NOUNS = frozenset({"hundred", "thousand", "dozen", "million", "score", "ten", "crowd", "group", "number",
                          "column", "convoy", "band"})


def _adjectival_gerund(verb: Token) -> bool:
    """"(fired rubber bullets at) hundreds *of striking* Eskom workers (outside the headquarters
    on Monday)": spaCy reads the adjective as a gerund taking the noun as its object and hangs
    the clause's date on it; it describes the people counted, so the date goes on up."""
    prep = verb.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return verb.tag_ == "VBG" and prep.lower_ == "of" and prep.i + 1 == verb.i \
        and (prep.head.ent_type_ == "CARDINAL" or prep.head.lemma_.lower() in _CROWD_NOUNS) \
        and obj is not None and obj.left_edge.i == verb.i + 1 and obj.tag_ in ("NNS", "NNPS") \
        and not any(c.dep_ == "det" for c in obj.children)


def _after_frame(verb: Token) -> bool:
    """Whether the participle follows (past a comma) the noun of a fronted "in/at/during" phrase
    of its clause ("In a statement, released on Monday, ...")."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].is_punct:
        i -= 1
    if i < verb.sent.start:
        return False
    noun = verb.doc[i]
    return noun.dep_ == "pobj" and noun.head.lower_ in _FRAME_PREPS and noun.head.head.i == verb.head.i \
        and noun.head.i < verb.i


def _said_before_complement(ent: Span) -> Token | None:
    """The verb a date follows when spaCy hung the date on that verb's complement clause instead
    ("said on Friday it would expel": the date lies before the complement's subject)."""
    node = ent.root.head if ent.root.head.dep_ == "prep" else ent.root
    verb = node.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp" or verb.head.pos_ != "VERB" \
            or not verb.head.i < ent.start:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < ent.end or any(c.dep_ == "mark" and c.i < ent.start for c in verb.children):
        return None
    return verb.head


def _reduced_relative(ent: Span) -> Token | None:
    """The participle a date follows when spaCy attached the date to a later verb."""
    if ent.start == ent.sent.start:
        return None
    prev = ent.doc[ent.start - 1]
    head = ent.root.head
    # not an auxiliary: "five guerrillas *were* Saturday killed" dates the verb that follows
    if prev.tag_ in ("VBN", "VBD") and prev.pos_ == "VERB" and head.pos_ in ("VERB", "AUX") and head.i >= ent.end \
            and head.i != prev.i:
        return prev
    return None


def _relative_between(clause: Token, verb: Token) -> bool:
    """A relative clause on a span of time tells what happened within that span, not on the
    day of the clause it hangs on: "left Beijing on Wednesday at the end of a two-day visit
    *during which* Xi offered his backing" does not date the backing."""
    node = clause
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "relcl" and any(
                c.dep_ == "prep" and c.lower_ in _SPAN_PREPS and any(g.tag_ in ("WDT", "WP") for g in c.children)
                and not (c.lower_ == "in" and node.head.lemma_.lower() in _DOCUMENT_NOUNS)
                for c in node.children):
            return True  # (not "imposed a penalty on Monday, *in which* it accused": what the penalty says)
        if node.dep_ == "conj" and node.head.i == verb.i and any(
                c.dep_ == "advmod" and c.lower_ in _OTHER_TIME for c in node.children):
            return True  # "had been detained in April 2018 and that authorities had *now* filed a complaint"
        if node.dep_ in ("relcl", "acl") and _about(node.head):
            return True  # "lodged a protest *over* a drone strike *which killed* seven people", "an appeal
            # *against* the Commission's decision *to fine* it": what the protest is about happened before it
        if node.dep_ == "acl" and node.tag_ == "VBN" and node.head.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in node.children):
            return True  # "demanded that Kyiv hand over 40 civilians *detained* in the Kursk region": a
            # passive participle on a noun tells the state it is in, not when it came about (with
            # its doer, "talks *mediated by* Qatar", it tells the noun's occasion)
        if node.dep_ == "relcl" and _summary_apposition(node.head):
            return True  # "had offered in August to pay 80 billion francs, *an offer the government
            # rejected*": a reaction the writer sums up after a comma, on a day not given
        if node.dep_ == "acl" and node.head.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "that"
                                                                   for c in node.children):
            return True  # "reports *that* North Korea had executed its envoy": what the reports say
        if node.dep_ == "relcl" and (
                (is_perfect(node) and (not is_past_perfect(node) or any(c.lower_ == "where" for c in node.children)))
                or node.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in node.children)):
            # "a decision Beijing *has never accepted*", "a penalty the company *is* contesting": a
            # state in the present; "(toward the Cayman Islands on Wednesday,) *where* authorities had
            # ordered an evacuation": what had been done at a place before. Otherwise a past perfect
            # ("dispersed the protesters who *had blocked* the highway") is the clause's own past
            # unless marked as earlier (see _takes_governing_date), as in a main clause
            return True
        node = node.head
    return False


_TOPIC_PREPS = frozenset({"over", "about", "against"})
# Nouns for what is said or decided: a clause "in which" on one tells its content, not a span
_DOCUMENT_NOUNS = frozenset({"decision", "ruling", "statement", "letter", "report", "penalty", "fine", "judgment",
                             "verdict", "order", "decree", "resolution", "speech", "address", "interview", "post",
                             "message", "complaint", "lawsuit", "declaration", "communique", "note"})


def _summary_apposition(noun: Token) -> bool:
    """Whether ``noun`` opens an indefinite noun phrase after a comma that sums up what the
    clause before told ("..., *a condition* Ukraine rejected", "..., *a measure* the unions had
    demanded for months", "..., *an offer* the government rejected"): what its relative clause
    tells is the writer's comment on that, not part of the clause's occasion."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("appos", "dobj", "npadvmod", "conj", "attr"):
        return False
    first = noun.left_edge
    if first.lower_ not in ("a", "an") or first.i == first.sent.start:
        return False
    return noun.doc[first.i - 1].text in (",", "—", "–")


def _about(noun: Token) -> bool:
    """Whether ``noun`` is (in a phrase on) the object of "over/about/against": "a protest *over* a
    drone strike (in a tribal region)"."""
    for _ in range(3):
        if noun.dep_ != "pobj" or noun.head.head.i == noun.head.i:
            return False
        if noun.head.lower_ in _TOPIC_PREPS:
            return True
        noun = noun.head.head
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
    return False


def _fronted_before_mark(ent: Span, verb: Token) -> bool:
    return verb.i > ent.end and any(c.dep_ == "mark" and ent.end <= c.i < verb.i for c in verb.children)


def is_since(ent: Span) -> bool:
    """"since 2010", "since Pompeo's visit in October": the start of a state of affairs."""
    node = ent.root
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ == "since":
            return True
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            break
        node = node.head
    return ent[0].lower_ == "since"


def _since_on_noun(ent: Span, anchor_set: set[int]) -> bool:
    """"Washington and Manila, treaty *allies since 1951*, held exercises in April": a since-date
    on a noun other than the event's tells how long that noun has held, not when the event was."""
    prep = ent.root.head if ent.root.dep_ == "pobj" else ent.root
    return prep.lower_ == "since" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN") \
        and prep.head.i not in anchor_set


def _first_since(ent: Span, anchor_set: set[int]) -> bool:
    """Whether the date lies in the since-phrase of "the first ... since" or of a superlative ("met
    for *the first time since* relations were severed seven years ago", "his *first* Saudi *trip
    since* a rapprochement in March", "killed 30 people in *the deadliest attack* in the region
    *since 2019*"): it bounds the span the event is the first or the most of, not when the event
    was (what the since-phrase itself tells keeps it: the severing seven years ago)."""
    node = ent.root
    for _ in range(6):
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ == "since" and c.i < ent.start), None)
        since = mark if mark is not None else (node if node.lower_ == "since" and node.dep_ == "prep" else None)
        if since is not None:
            phrase = node if mark is not None else since
            inside = {t.i for t in phrase.subtree}
            window = since.doc[max(since.sent.start, since.i - 6):since.i]
            return not anchor_set & inside and any(t.lower_ in ("first", "most") or t.tag_ == "JJS" for t in window)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def is_perfect(verb: Token) -> bool:
    """"has visited", "have stalled", "had been detained": a state of affairs or background."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s", "had", "'d")
                                      for c in verb.children)


def _in_quotation(ent: Span) -> bool:
    """Inside quotation marks: the speaker's words, not the reporter's account of the occasion."""
    before = ent.doc[ent.sent.start : ent.start].text  # the sentence up to it (Doc.text would join every token)
    # a quotation ends with its paragraph: spaCy may start the next paragraph's sentence with the
    # closing mark of the one before ("... our reservoirs allow.|"\n\nTrump said on Saturday")
    before = before.rsplit("\n", 1)[-1]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _occasion_ent(ent: Span, published: str | None) -> tuple[Token | None, ResolvedDate | None] | None:
    """The verb a date expression dates when it fixes the occasion the sentence tells (and
    what a following sentence without a date of its own continues), else ``None``: not an end
    ("until Friday"), not the start of a state ("since 2010"), not background in the perfect
    ("had been detained by Indonesia in April 2018"), not a possessive on a noun ("Friday's
    meeting"), not a date inside a quotation."""
    if ent.label_ not in DATE_LABELS or is_end_date(ent) or ent_relative_day(ent) is not None:
        return None
    if is_since(ent) or _starting(ent) or _in_quotation(ent) or in_dateline(ent):
        return None  # "since 2010", "(a strike) from Wednesday": a start, not the occasion told
    if _premodifier(ent) and not (ent.root.head.dep_ == "pobj" and ent.root.head.head.lower_ in _FRAME_PREPS):
        return None
    verb = _attached_verb(ent)
    if verb is not None and (not _main_clause(verb) or is_perfect(verb) or _reduced(verb) or _sequenced(verb)):
        return None  # "resolutions adopted since 2016": not the occasion the sentence tells
    return verb, None


def _sequenced(verb: Token) -> bool:
    """"..., after the agency warned last week": another time than the clause it hangs on."""
    node = verb
    for _ in range(4):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_PREPS for c in node.children):
            return True
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _reduced(verb: Token) -> bool:
    """"the Data Protection Act *passed* in 2019": spaCy makes the participle a clause of its own."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBD") and verb.i > verb.sent.start \
        and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children)


def sentence_date(sent: Span, published: str | None, lex: Lexicon) -> ResolvedDate | None:
    """The first date the sentence states for its occasion (resolved in the tense of its verb):
    what a following sentence without a date of its own inherits (see :func:`_occasion_ent`)."""
    for ent in sentence_ents(sent):
        found = _occasion_ent(ent, published)
        if found is None:
            continue
        verb = found[0]
        tense: Tense = "future" if verb is not None and _future_chain(verb, lex) else "past"
        resolved = ent_date(ent, published, tense)
        if resolved is not None:
            return resolved
        if published is None and resolve_date(ent.text, _ANY_DAY, tense) is not None:
            # "sentenced *on Thursday* ... in his failed 2012 re-election bid" in an undated
            # article: the occasion's day is told but cannot be known, and no later date stands in
            return None
    return None


def dated_by_saying(sent: Span, published: str | None, lex: Lexicon) -> bool:
    """Whether the date the sentence passes on is that of a verb of saying ("The official Korean
    Central News Agency *said on Sunday* that the drill ..."): the day of a report, which dates
    what is said then, not the deeds it reports."""
    for ent in sentence_ents(sent):
        found = _occasion_ent(ent, published)
        if found is None or ent_date(ent, published) is None:
            continue
        return found[0] is not None and _is_saying(found[0], lex)
    return False


def _main_clause(verb: Token) -> bool:
    node = verb
    while node.head.i != node.i:
        if node.dep_ not in ("conj", "ccomp", "xcomp", "parataxis", "advcl"):
            return False
        node = node.head
    return True


def has_date_expression(sent: Span, published: str | None, main_only: bool = False) -> bool:
    """Whether the sentence dates something itself: a date that resolves ("for about 50
    minutes", "a two-day visit" do not; "the next day" defers to the context). With
    ``main_only``, only a date that fixes the sentence's occasion counts
    (:func:`_occasion_ent`): "accused Pompeo of creating an atmosphere of hostility at the
    summit *last month*" still tells today's accusation."""
    for ent in sentence_ents(sent):
        if ent.label_ not in DATE_LABELS or ent_relative_day(ent) is not None:
            continue
        if not (ent_date(ent, published) is not None
                or (published is None and resolve_date(ent.text, _ANY_DAY) is not None)  # "on Tuesday", undated
                or (not main_only and ent.label_ == "DATE" and _LONG_SPAN.search(ent.text) is not None)):
            continue
        if not main_only or _occasion_ent(ent, published) is not None:
            return True
    return False


def is_background(trig: Trigger, lex: Lexicon | None = None) -> bool:
    """"have ignored", "has for months called on", "Trump had demanded": the present perfect
    tells a state of affairs and the writer's past perfect what came before, not something
    that happened on the occasion the context dates; so do the participles that go with them
    ("South Korea *has moved* to ease some tensions, sending a train across the border and
    *demolishing* some military outposts"). In reported speech the past perfect is the
    speaker's past ("The president said North Korea *had wanted* the sanctions lifted": it
    wanted them at the summit), so it takes the occasion's date like a simple past — except
    in a relative clause ("Moon, who *had hosted* Trump in Seoul, ...")."""
    verb = _own_verb(trig.clause)
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and is_perfect(verb.head) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        verb = verb.head  # "have condemned the strike and *demanded* an apology": the perfect goes with both
    if verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            and verb.lemma_.lower() != "be":
        return True  # "Rwanda denies arming the group": a standing position, not an occasion
    if _present_progressive(verb):
        return True  # "The union *is demanding* a 25 percent raise": what goes on now
    if _relative_to_occasion(verb):
        return False  # "protesters *had blocked* the highway *the day before*": timed from the occasion
    if lex is not None and verb.dep_ == "ccomp" and _present_perfect(verb.head) and _is_saying(verb.head, lex):
        return True  # "The Kremlin *has said* Putin would not meet Zelenskyy": said at no time told
    for _ in range(4):
        if is_perfect(verb):
            if not is_past_perfect(verb) or verb.dep_ == "relcl" or _marked_anterior(verb):
                return True  # "said Washington had *initially* demanded a cut": before the saying
            return lex is None or not _reported(verb, lex)
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "has called on the council to reward Pyongyang for *halting* its tests"
            continue
        if verb.tag_ not in ("VBG", "VB") or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _relative_to_occasion(verb: Token) -> bool:
    """Whether a date on the verb tells its time from the occasion the context fixes ("the day
    before", "two days earlier", "earlier in the day")."""
    return any(ent.label_ in DATE_LABELS and ent_relative_day(ent) is not None
               and (attached := _attached_verb(ent)) is not None and attached.i == verb.i
               for ent in sentence_ents(verb.sent))


def _present_progressive(verb: Token) -> bool:
    """"is demanding", "are investigating": what goes on at the time of writing."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re")
                                      for c in verb.children) \
        and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may") for c in verb.children)


def _reported(verb: Token, lex: Lexicon) -> bool:
    """Whether the clause is what someone said ("said *that* ...", "..., the agency said")."""
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("ccomp", "parataxis") and _is_saying(node.head, lex):
            return True
        if node.dep_ == "conj" and is_past_perfect(node) and _is_saying(node.head, lex) and any(
                c.dep_ == "ccomp" and is_past_perfect(c) for c in node.head.children):
            return True  # "said North Korea had wanted the sanctions lifted, and he had refused"
        if node.dep_ not in ("conj", "ccomp", "xcomp", "advcl"):
            return False
        node = node.head
    return False


def tense_agrees(realised: bool, occasion: ResolvedDate, published: str | None) -> bool:
    """Whether an event may take the date of an occasion the context fixes: what happened (or
    was said) takes a past occasion's date, what is planned or possible a planned one ("The
    leaders will discuss denuclearization" after "would hold a meeting on Wednesday"); "He said
    the two could meet again" after the summit on Thursday is not dated by it."""
    pub = parse_published(published)
    return pub is None or is_after(occasion, pub) != realised


# Occasions a later definite mention refers back to ("the speech", "during the meeting"): the
# lemma of the noun (or verb) that tells one, by kind.
OCCASIONS: dict[str, str] = {
    **dict.fromkeys(("speech", "address", "remarks"), "speech"),
    **dict.fromkeys(("meeting", "meet", "talk", "talks", "discussion", "conversation", "session",
                     "negotiation"), "meeting"),
    **dict.fromkeys(("summit",), "summit"),
    **dict.fromkeys(("conference", "briefing"), "conference"),
    **dict.fromkeys(("visit", "trip"), "visit"),
    **dict.fromkeys(("agreement", "deal", "accord", "pact", "declaration", "treaty"), "agreement"),
}
_DEFINITE = frozenset({"the", "this", "that"})  # "her recent trip to Moscow" introduces one
_IN_OCCASION = frozenset({"during", "at", "in"})


def _occasion_kind(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    return OCCASIONS.get(lemma) or OCCASIONS.get(tok.lower_)


def _definite(tok: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in tok.children)


def occasion_dates(sent: Span, published: str | None, lex: Lexicon) -> list[tuple[str, ResolvedDate]]:
    """The occasions the sentence dates, by kind: "In a speech to the Supreme People's Assembly
    *on Friday*" (speech), "Moon met Trump at the White House *on Thursday*" (meeting)."""
    out: list[tuple[str, ResolvedDate]] = []
    toks = [t for t in span_tokens(sent) if (t.pos_ == "NOUN" or (t.pos_ == "VERB" and t.lemma_.lower() == "meet"))
            and _occasion_kind(t) is not None]
    ents = [e for e in sentence_ents(sent) if e.label_ in DATE_LABELS] if toks else []
    ents = [e for e in ents if not is_end_date(e) and ent_relative_day(e) is None and not is_since(e)
            and not _in_quotation(e)]
    for tok in toks if ents else []:
        kind = _occasion_kind(tok) or ""
        best: tuple[int, int, ResolvedDate] | None = None
        for ent in ents:
            found = _date_score(ent, {tok.i}, tok)
            if found is None:
                continue
            score, verb = found
            if score == 1 and not ((tok.dep_ == "pobj" and tok.head.lower_ in _FRAME_PREPS) or (
                    verb is not None and tok.head.i == verb.i and tok.dep_ in ("dobj", "nsubj", "nsubjpass"))):
                continue  # the occasion the clause happens in or holds ("held talks on Tuesday")
            tense: Tense = "future" if verb_is_future(verb if verb is not None else tok, lex) else "past"
            resolved = ent_date(ent, published, tense)
            if resolved is not None and (best is None or (score, abs(ent.root.i - tok.i)) < best[:2]):
                best = (score, abs(ent.root.i - tok.i), resolved)
        if best is not None:
            out.append((kind, best[2]))
    return out


def occasion_reference(trig: Trigger, speech: Token | None = None) -> str | None:
    """The kind of an occasion told earlier that the event happens in: the event is a later
    definite mention of it ("He did not take part in *the talks* themselves"), its subject is
    one ("*The speech* also criticized South Korea"), it happens during one ("*During the
    meeting*, Trump said ..."), or it is attending one ("did not attend *the meeting*")."""
    tok = trig.token
    if _own_verb(trig.clause).dep_ == "relcl":
        return None  # "Kim Yong Chol, who led the negotiations before Hanoi": a description of him
    if trig.entry.pos == "noun" and _occasion_kind(tok) is not None and _definite(tok):
        return _occasion_kind(tok)
    verbs = [trig.clause] + ([speech] if speech is not None else [])
    for verb in verbs:
        for c in verb.children:
            if (c.dep_ == "nsubj" or (c.dep_ in ("dobj", "nsubjpass") and trig.type in ("CONSULT", "AGREE"))) \
                    and c.pos_ == "NOUN" \
                    and _occasion_kind(c) is not None and _definite(c):
                return _occasion_kind(c)  # not "South Korea welcomed the address": a reaction to it
            if c.dep_ == "prep" and c.lower_ in _IN_OCCASION | {"of"}:
                for g in c.children:
                    if g.dep_ == "pobj" and _occasion_kind(g) is not None and _definite(g) and (
                            c.lower_ != "of" or verb.lemma_.lower() == "part"):
                        return _occasion_kind(g)
            if c.dep_ == "dobj" and c.lemma_.lower() == "part":  # "take part in the talks"
                for p in c.children:
                    for g in p.children:
                        if p.dep_ == "prep" and g.dep_ == "pobj" and _occasion_kind(g) is not None:
                            return _occasion_kind(g)
    return None


def occasion_told(trig: Trigger) -> str | None:
    """The kind of occasion the event itself is ("Xi *visited* Pyongyang", "*the summit*"), so
    that a later reaction to it ("South Korea welcomed *the trip*") can name who held it."""
    return _occasion_kind(trig.token)


def reacted_occasion(trig: Trigger) -> str | None:
    """The kind of an occasion told earlier that a verb reacts to: its direct object is a
    definite occasion noun ("South Korea *welcomed the trip*", "criticized *the deal*")."""
    if trig.entry.pos != "verb":
        return None
    for c in trig.token.children:
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and _definite(c):
            return _occasion_kind(c)
    return None


def continuation(trig: Trigger) -> str | None:
    """How the event continues an occasion told before: "Kim *also* called for" ("also"), "Kang
    *then* met Harris" ("then"), or as a plain past report ("past") that the article's lead
    occasion may date; ``None`` for anything else (planned, perfect, present)."""
    verb = trig.clause if trig.clause.pos_ in ("VERB", "AUX") else trig.clause.head
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
        verb = verb.head.head  # "The police *then* responded *by firing* tear gas": the means goes with its verb
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    finite = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children))
    if passive and trig.type == "CONSULT" and not any(c.dep_ == "aux" for c in verb.children):
        return "past:passive"  # "The North Korean leader was greeted at the station"
    if not finite or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("relcl", "acl", "advcl"):
        return None  # a description or a circumstance, not a report of its own
    words = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if "also" in words:
        return "also"
    if "then" in words:
        return "then"
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return f"conj:{verb.head.idx}"  # "Trump called Moon ... and *asked* him": the same occasion
    return "past" if trig.type == "CONSULT" else None


def occasion_date(kind: str | None, occasions: dict[str, list[ResolvedDate]], realised: bool,
                  published: str | None) -> ResolvedDate | None:
    """The date of the latest occasion of ``kind`` told before, in the event's tense."""
    for d in reversed(occasions.get(kind, []) if kind else []):
        if tense_agrees(realised, d, published):
            return d
    return None


def lead_occasion(events: list[Event], lead_starts: set[int]) -> tuple[ResolvedDate, set[str], int] | None:
    """The article's lead occasion: the date of the first dated event of its first sentences
    and who acted on that date ("Kim Yong Chol ... met Secretary of State Mike Pompeo in
    Washington on Friday")."""
    for e in events:
        if e.sentence.start in lead_starts and e.date and e.date_precision:
            lead = ResolvedDate(e.date, e.date_precision)
            told = [x for x in events if x.sentence.start == e.sentence.start and x.date == e.date]
            sources = {x.source.actor_id for x in told if x.source is not None and x.source.actor_id}
            # both sides of a meeting took part in it ("Kim Yong Chol met Pompeo on Friday")
            sources |= {x.target.actor_id for x in told if x.type == "CONSULT" and x.target is not None
                        and x.target.actor_id}
            return (lead, sources, e.sentence.start) if sources else None
    return None


_LOOKBACK = 40  # events an "also" looks back over


def continued_date(e: Event, kind: str, before: list[Event], lead: tuple[ResolvedDate, set[str], int] | None,
                   realised: bool, published: str | None) -> ResolvedDate | None:
    """The date of the occasion an undated event continues (see :func:`continuation`): "Kim
    *also* called for ..." the date of Kim's last dated act, "Kang *then* met Harris" the
    last dated event's, and a plain past report by one who acted in the lead occasion that
    occasion's date ("On the flight home, Trump called Moon" after the summit on Thursday)."""
    source = e.source.actor_id if e.source is not None else None
    if kind.startswith("conj:"):
        head = int(kind[5:])
        for prev in reversed(before):
            if prev.sentence.start != e.sentence.start:
                break
            if prev.trigger.start == head and prev.date and prev.date_precision:
                return ResolvedDate(prev.date, prev.date_precision)
        return None
    if kind in ("also", "then"):
        for prev in reversed(before[-_LOOKBACK:]):
            if not prev.date or not prev.date_precision:
                continue
            if kind == "also" and (source is None or prev.source is None or prev.source.actor_id != source):
                continue
            d = ResolvedDate(prev.date, prev.date_precision)
            if tense_agrees(realised, d, published):
                return d
            break
    if kind == "past:passive":
        source = e.target.actor_id if e.target is not None else None  # the one it happened to
    if lead is not None and source is not None and source in lead[1] and e.sentence.start != lead[2] \
            and tense_agrees(realised, lead[0], published):
        return lead[0]
    return None


def on_main_clause(trig: Trigger) -> bool:
    """Whether the event is told by the sentence's main clause (or what its speaker said), so
    its date can stand for the sentence's occasion: not "accused Pompeo of creating an
    atmosphere of hostility at *the summit* in Hanoi last month"."""
    verb = _own_verb(trig.clause)
    return _main_clause(verb) and not is_perfect(verb)  # "had committed, in talks ... in October": background


def tells_scene(trig: Trigger) -> bool:
    """Whether the event is told as a deed of its own in the past ("Police *fired* tear gas", "14
    people *had been arrested*", "officers *were deployed*", also what a speaker reports): a
    finite past verb of a main or reported clause, not a participle on a noun ("teachers
    *dismissed* after failing the tests"), a relative clause, a plan or a state now."""
    verb = _own_verb(trig.clause)
    if verb.pos_ not in ("VERB", "AUX") or not _main_clause(verb):
        return False
    node = verb
    for _ in range(6):
        if any(c.dep_ == "advmod" and c.lower_ in _OTHER_DAY for c in node.children):
            return False  # "A court *later* ordered that three of them be held": another, untold day
        if node.head.i == node.i:
            break
        node = node.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ not in _PAST_AUX for c in aux):
        return False  # "will be deployed", "has arrested", "be held", "is demanding"
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(aux))


_OTHER_DAY = frozenset({"later", "subsequently", "eventually", "since", "earlier", "previously", "already"})
_PAST_AUX = frozenset({"was", "were", "had", "'d", "been", "did"})
