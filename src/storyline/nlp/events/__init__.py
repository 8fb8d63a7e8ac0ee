"""The ``events`` step: PLOVER-coded events with source, target, date, place and modality.

For every sentence: find triggers (:mod:`.triggers`, lexicon in ``knowledge/plover.yaml``),
read source and target off the parse (:mod:`.arguments`), decide whether the event is
negated, hypothetical or reported (:mod:`.modality`), and date and place it
(:mod:`storyline.nlp.dates`, :mod:`storyline.nlp.places`).

Decisions worth knowing:

* One construction, one event. "North Korean officials have ignored Pompeo's invitation
  to meet with Biegun" is a single **REJECT** (mode ``meet``) from the officials to Pompeo,
  as PLOVER codes refusals to meet; the invitation and the meeting it proposed are absorbed.
  "did not meet", "failed to reach a deal", "no talks" are the *negated* events instead.
* "declined to comment/confirm" is no event: refusals only count when they refuse one.
* Plain speech ("said", "told") is never an event; what was said may contain one, which then
  carries ``reported_by`` (the speaker, "officials", "South Korean media reports").
* Dates come from the DATE entities attached to the event's clause (the trigger, its light
  verb or an absorbed trigger: "met *last week*", "the summit *in June*"), or the clause that
  governs it when that is not a verb of saying, resolved against the publication date in the
  event's tense.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from storyline.models import Event, EventActor, Offsets, replace
from storyline.models import Span as TextSpan
from storyline.nlp.dates import ResolvedDate, parse_published, resolve_date
from storyline.nlp.events.arguments import arguments, event_actor, has_noun_arguments
from storyline.nlp.events.knowledge import Lexicon, load_lexicon
from storyline.nlp.events.modality import is_boilerplate, is_negated, modality, reported_by
from storyline.nlp.events.triggers import Trigger, find_triggers
from storyline.nlp.pipeline import DocState, register
from storyline.nlp.places import dateline, event_location

__all__ = ["events_step", "extract_events"]

_DATE_LABELS = ("DATE", "TIME")


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


def _event_date(
    trig: Trigger, sent: Span, published: object, future: bool, hypothetical: bool, lex: Lexicon
) -> ResolvedDate | None:
    anchors = _anchors(trig)
    clause = trig.clause
    best: tuple[int, int, ResolvedDate] | None = None
    for ent in sent.ents:
        if ent.label_ not in _DATE_LABELS:
            continue
        resolved = resolve_date(ent.text, published if isinstance(published, str) else None,
                                "future" if future else "past")
        if resolved is None:
            continue
        score = _date_score(ent, anchors, clause, hypothetical, lex)
        if score is None:
            continue
        key = (score, abs(ent.root.i - trig.token.i))
        if best is None or key < best[:2]:
            best = (key[0], key[1], resolved)
    if best is None:
        return None
    if best[0] == 1:
        return _shift_relative(best[2], clause)
    return best[2]


_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _shift_relative(governing: ResolvedDate, clause: Token) -> ResolvedDate:
    """"Pyongyang said on Friday, *a day after* Trump walked away": the event of an
    after/before clause lies that many days from the governing clause's date ("hours after"
    is the same day)."""
    if clause.dep_ != "advcl" or governing.precision != "day":
        return governing
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
    if mark not in ("after", "before"):
        return governing
    for c in clause.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week"):
            count = next((_DAY_COUNTS.get(g.lower_) or (int(g.text) if g.text.isdigit() else None)
                          for g in c.children if g.dep_ in ("det", "nummod")), None)
            if not count:
                return governing
            days = count * (7 if c.lemma_.lower() == "week" else 1)
            day = date.fromisoformat(governing.value) + timedelta(days=-days if mark == "after" else days)
            return ResolvedDate(day.isoformat(), "day")
    return governing


def _date_score(ent: Span, anchors: set[int], clause: Token, hypothetical: bool, lex: Lexicon) -> int | None:
    """0: attached to the event's clause; 1: to the clause governing it; None: elsewhere."""
    node = ent.root
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.i in anchors:
            return 0
        if node.pos_ in ("VERB", "AUX") and _fronted_before_mark(ent, node) and min(anchors) < ent.start:
            # "begin talks ... on Thursday, a week before Trump and Kim meet": spaCy hangs the
            # date on the subordinate verb, but a date before "before/after/when" closes the
            # clause that precedes it
            return 0 if max(anchors) < ent.start else None
        if node.pos_ in ("VERB", "AUX"):
            # the clause governing the event ("Moon said *on Friday* that he would support",
            # "Trump said *on Thursday* that Kim had demanded") dates a verbal act when the
            # event has no date of its own
            return 1 if node.i in {a.i for a in clause.ancestors} else None
    return None


def _fronted_before_mark(ent: Span, verb: Token) -> bool:
    return verb.i > ent.end and any(c.dep_ == "mark" and ent.end <= c.i < verb.i for c in verb.children)


def _mode(trig: Trigger, lex: Lexicon) -> str | None:
    if trig.entry.mode:
        return trig.entry.mode
    modes = lex.modes.get(trig.type, ())
    for child in trig.absorbed:
        mapped = lex.refusal_modes.get(child.type) if trig.type in ("REJECT", "REQUEST") else None
        if mapped in modes:
            return mapped
        if child.entry.mode in modes:
            return child.entry.mode
    cues = lex.mode_cues.get(trig.type)
    if cues:
        near = [c for c in trig.clause.children] + [g for c in trig.clause.children for g in c.children]
        words = {t.lemma_.lower() for t in near} | {t.lower_ for t in near}
        for mode, cue_words in cues:
            if words & cue_words:
                return mode
    return None


def _trigger_span(trig: Trigger, text: str) -> TextSpan:
    tok = trig.token
    start, end = tok.idx, tok.idx + len(tok.text)
    # "walked away", "pulled out", "called off": keep an adjacent particle
    for c in tok.children:
        if c.dep_ == "prt" and c.i == tok.i + 1:
            end = c.idx + len(c.text)
    return TextSpan(start, end, text[start:end])


def _confidence(trig: Trigger, source: EventActor | None, target: EventActor | None, hypothetical: bool) -> float:
    conf = trig.entry.confidence
    if source is None:
        conf -= 0.25
    elif source.actor_id is not None:
        conf += 0.1
    if target is not None and target.actor_id is not None:
        conf += 0.05
    if hypothetical:
        conf -= 0.05
    return max(0.05, min(0.99, conf))


def _in_direct_quote(state: DocState, char: int) -> bool:
    """Events only inside a direct quotation are the speaker's, not the reporter's."""
    return any(q.kind == "direct" and q.start <= char < q.end for q in state.quotes)


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]


def _is_plural_reference(actor: EventActor | None, lex: Lexicon) -> bool:
    if actor is None or actor.actor_id is not None or not actor.name:
        return False
    return actor.name.split()[-1].lower() in lex.w("plural_references")


def _resolve_context(events: list[Event], text: str, sentence_has_date: set[int], lex: Lexicon) -> list[Event]:
    """Fill what the previous sentences fix: "the two leaders" and the date of the occasion.

    "Pompeo met Kang on Thursday. ... they pledged to maintain coordination": an unnamed
    plural participant stands for the source and target of the latest event with both
    (within two sentences), and an undated event in a sentence without a date expression
    takes the date of the latest dated event of its paragraph or of the previous sentence
    when the two share a participant (the same occasion: "Pompeo met Kang on Thursday. ...
    Kang told Pompeo ..."); an event between other people keeps no date rather than a
    borrowed one.
    """
    starts = _paragraph_starts(text)
    out: list[Event] = []
    sentences = sorted({e.sentence.start for e in events})
    index = {start: i for i, start in enumerate(sentences)}

    def paragraph(char: int) -> int:
        return bisect.bisect_right(starts, char) - 1

    for e in events:
        here = index[e.sentence.start]
        if _is_plural_reference(e.source, lex) and e.target is None:
            for prev in reversed(out):
                if here - index[prev.sentence.start] > 2:
                    break
                if prev.source and prev.target and prev.source.actor_id and prev.target.actor_id:
                    e = replace(e, source=prev.source, target=prev.target)
                    break
        if e.date is None and e.sentence.start not in sentence_has_date:
            for prev in reversed(out):
                if prev.sentence.start == e.sentence.start:
                    continue
                near = here - index[prev.sentence.start] <= 1
                if paragraph(prev.sentence.start) != paragraph(e.sentence.start) and not near:
                    break
                if prev.date is not None and _shares_participant(e, prev):
                    e = replace(e, date=prev.date, date_precision=prev.date_precision,
                                confidence=max(0.05, e.confidence - 0.05))
                    break
        if e.target is None and e.source is not None and e.type in lex.w("context_target_types"):
            e = _context_target(e, out, here, index)
        out.append(e)
    return out


def _context_target(e: Event, before: list[Event], here: int, index: dict[int, int]) -> Event:
    """"South Korea welcomed the address.", "Kim warned that ...": a directed act without a
    named target is aimed at the counterpart of the latest event its source took part in (within
    three sentences), else at the latest actor of another country — a news story follows one
    exchange. Confidence drops, since the target is inferred."""
    src = e.source
    assert src is not None
    fallback: EventActor | None = None
    for prev in reversed(before):
        if here - index[prev.sentence.start] > 3:
            break
        for mine, other in ((prev.source, prev.target), (prev.target, prev.source)):
            if mine is None or other is None or other.country is None or other.country == src.country:
                continue
            if _same(mine, src) or (src.country is not None and mine.country == src.country):
                return replace(e, target=other, confidence=max(0.05, e.confidence - 0.1))
        if fallback is None:
            for cand in (prev.source, prev.target):
                if cand is not None and cand.country is not None and cand.country != src.country:
                    fallback = cand
                    break
    if fallback is not None:
        return replace(e, target=fallback, confidence=max(0.05, e.confidence - 0.15))
    return e


def _modal_type(trig: Trigger, negated: bool, lex: Lexicon) -> tuple[str, bool]:
    """Stated intent and stated refusal (PLOVER codes the statement, not the deed).

    "Seoul *would support* the talks", "Vietnam *will work* closely with both sides": a
    cooperative act announced with will/would is an offer (AGREE). "The White House *would
    not ease* sanctions": a concession refused with will/would is a REJECT (not negated).
    """
    modals = {c.lower_ for c in trig.clause.children if c.dep_ == "aux"} & lex.w("hypothetical.future_modals")
    if not modals:
        return trig.type, negated
    if negated and trig.type in lex.w("refused_when_negated"):
        return "REJECT", False
    if not negated and trig.type in lex.w("intent_types"):
        return "AGREE", negated
    return trig.type, negated


def _is_commentator(actor: EventActor | None, lex: Lexicon) -> bool:
    """"Some analysts warned that ...": unnamed commentators comment, they do not act."""
    if actor is None or actor.actor_id is not None or not actor.name:
        return False
    return actor.name.split()[-1].lower() in lex.w("commentators")


def _shares_participant(e: Event, prev: Event) -> bool:
    """The same occasion: the later event involves someone the dated one involved."""
    return any(_same(a, b) for a in (e.source, e.target) for b in (prev.source, prev.target))


def _same(a: EventActor | None, b: EventActor | None) -> bool:
    if a is None or b is None:
        return False
    if a.actor_id is not None and a.actor_id == b.actor_id:
        return True
    return a.actor_id is None and b.actor_id is None and (a.name or "").lower() == (b.name or "").lower()


def extract_events(state: DocState, lex: Lexicon | None = None) -> list[Event]:
    """The events of one analysed document (``state.doc`` and, if run, ``state.actors``)."""
    if state.doc is None or state.article is None:
        return []
    lex = lex or load_lexicon()
    text = state.article.text
    published = state.article.published if parse_published(state.article.published) else None
    line = dateline(text)
    place_nouns = lex.w("place_nouns")
    events: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    dated_sentences: set[int] = set()
    for sent in state.doc.sents:
        if any(ent.label_ in _DATE_LABELS for ent in sent.ents):
            dated_sentences.add(sent.start_char)
        for trig in find_triggers(sent, lex):
            if _in_direct_quote(state, trig.token.idx):
                continue
            if trig.entry.pos == "noun" and not has_noun_arguments(trig, state, lex):
                continue
            if is_boilerplate(trig, lex):
                continue
            pairs = arguments(trig, state, lex)
            negated = is_negated(trig, lex)
            hypothetical, future = modality(trig, lex)
            date = _event_date(trig, sent, published, future, hypothetical, lex)
            if hypothetical and date is None and not trig.absorbed and trig.token.lemma_.lower() in lex.w("movement_verbs"):
                continue  # "could travel to Vietnam by train": an undated possible trip is no visit yet
            if hypothetical and date is None and trig.token.lemma_.lower() in lex.w("realised_only"):
                continue  # "efforts to dismantle", "did not expect North Korea to denuclearize"
            location = event_location(_anchors(trig), trig.token, sent, place_nouns)
            if location is None and line is not None and line[0] <= trig.token.idx < line[1]:
                location = line[2]
            reporter = reported_by(trig, sent, state, lex)
            etype, negated = _modal_type(trig, negated, lex)
            mode = _mode(trig, lex)
            span = _trigger_span(trig, text)
            for src_tok, tgt_tok in pairs:
                source = event_actor(state, src_tok, lex) if src_tok is not None else None
                target = event_actor(state, tgt_tok, lex) if tgt_tok is not None else None
                if _same(source, target):
                    target = None
                if source is None and target is None:
                    continue
                if _is_commentator(source, lex):
                    continue
                key = (etype, sent.start, source, target, negated)
                if key in seen:
                    continue
                seen.add(key)
                events.append(Event(
                    type=etype, trigger=span, sentence=Offsets(sent.start_char, sent.end_char),
                    source=source, target=target, mode=mode,
                    date=date.value if date else None, date_precision=date.precision if date else None,
                    location=location, negated=negated, hypothetical=hypothetical,
                    reported_by=reporter, confidence=_confidence(trig, source, target, hypothetical),
                ))
    return _resolve_context(events, text, dated_sentences, lex)


@register("events")
def events_step(state: DocState) -> None:
    """Adds PLOVER events to ``state.events``."""
    state.events.extend(extract_events(state))
