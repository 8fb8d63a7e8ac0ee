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
* Dates (:mod:`.dating`, GUIDE settled rule 10) come from the DATE entities attached to the
  event's clause ("met *last week*", "the summit *in June*"), or the clause that governs it,
  resolved against the publication date; a sentence without a date of its own takes the
  occasion's date from the previous sentence or its paragraph when they share a participant.
* Nominal events ("her trip to Moscow", "under U.S. sanctions", "talks continue") are coded
  when their participants are identifiable or a clause predicates them (settled rules 4, 5);
  speech that is an accusation or a demand is coded from :mod:`.evaluative`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from storyline.models import Event, EventActor, Offsets, replace
from storyline.models import Span as TextSpan
from storyline.nlp.actors import home_country
from storyline.nlp.dates import ResolvedDate, parse_published
from storyline.nlp.events.arguments import (
    acts_told,
    agentless,
    arguments,
    event_actor,
    event_measure,
    has_noun_arguments,
    has_own_occasion,
    is_actor_like,
    located_in,
    names_both_sides,
    occurrence_verb,
    occurs_unsided,
    reacted_act,
    refers_to_pair,
)
from storyline.nlp.events.dating import (
    Offset,
    anchors,
    apply_offset,
    continuation,
    continued_date,
    dated_by_saying,
    event_date,
    has_date_expression,
    is_background,
    lead_occasion,
    occasion_date,
    occasion_dates,
    occasion_reference,
    occasion_told,
    on_main_clause,
    reacted_occasion,
    sentence_date,
    sentence_offset,
    tells_scene,
    tense_agrees,
)
from storyline.nlp.events.evaluative import find_demands, find_evaluations
from storyline.nlp.events.knowledge import Lexicon, load_lexicon
from storyline.nlp.events.modality import (
    by_commentator,
    hedged_threat,
    is_boilerplate,
    is_condition,
    is_first_time,
    is_negated,
    modality,
    reported_by,
    stated_type,
)
from storyline.nlp.events.triggers import Trigger, find_triggers, on_condition
from storyline.nlp.lookup import actor_at, span_tokens
from storyline.nlp.pipeline import DocState, register
from storyline.nlp.places import dateline, dateline_end, event_location

__all__ = ["events_step", "extract_events"]

_PARTICLES = frozenset({"away", "out", "off", "down", "up", "back", "aside"})
# Sectors whose members act as one body: a soldier's, an officer's or a judge's act in the
# sentence after their force's or court's dated one is that occasion ("The High Court on Monday
# suspended ..." → "Justice Wanjiku said ..."); a government's or a company's people act on
# many occasions.
_BODY_SECTORS = frozenset({"MIL", "COP", "JUD"})
_STATE_PART = "state-part"  # a government's ministry or agency (see _inherited_date)


@dataclass
class _SentenceInfo:
    """What context resolution needs of a sentence: where, which paragraph, its date."""

    start: int
    paragraph: int
    has_date: bool
    date: ResolvedDate | None
    actors: set[str]  # ids of the actors it mentions or its events involve
    speakers: set[str] = field(default_factory=set)  # subjects of its verbs of saying ("Moon told")
    eventful: bool = False  # tells an event or a date (else colour: a quote, a description)
    report: bool = False  # its date is the day of a report ("the agency said on Sunday")
    told_in: int | None = None  # the paragraph a date it took from the sentences before was told in


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
        if c.i == tok.i + 1 and (c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PARTICLES)):
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


def _dated(e: Event, d: ResolvedDate) -> Event:
    """``e`` with a date its context gave it (a little less sure than one its own words give)."""
    return replace(e, date=d.value, date_precision=d.precision, confidence=max(0.05, e.confidence - 0.05))


def _resolve_context(events: list[Event], offsets: dict[int, Offset], background: set[int],
                     sentences: list[_SentenceInfo], lex: Lexicon, published: str | None = None,
                     continues: dict[int, str] | None = None, refs: dict[int, str] | None = None,
                     bodies: dict[str, tuple[str, str]] | None = None,
                     kinds: dict[tuple[int, int], tuple[str | None, str | None]] | None = None,
                     marks: dict[int, set[str]] | None = None, first_seen: dict[str, int] | None = None,
                     salient: list[tuple[str, int, EventActor]] | None = None) -> list[Event]:
    """Fill what the previous sentences fix: "the two leaders" and the date of the occasion.

    "Pompeo met Kang on Thursday. ... they pledged to maintain coordination": an unnamed
    plural participant stands for the source and target of the latest event with both
    (within two sentences). An undated event in a sentence without a date expression takes
    the date of the previous sentence, else of the latest dated sentence of its paragraph
    (GUIDE rule 10: "Kang told Biegun ..." right after "On Saturday Biegun briefed Kang"),
    shifted when the event is "a week after ..." or "the next day"; otherwise it stays null.
    A sentence that inherits passes its date on.
    """
    out: list[Event] = []
    fore: list[Event] = []
    told: dict[str, list[ResolvedDate]] = {}  # the occasions the events so far tell, by kind
    index = {info.start: i for i, info in enumerate(sentences)}
    event_sents = sorted({e.sentence.start for e in events})
    ev_index = {start: i for i, start in enumerate(event_sents)}
    queue = list(reversed(events))
    # what each event is told by, as verbs, for a reaction naming it ("condemned the attack")
    acts = {_event_key(ev): {m[4:] for m in (marks or {}).get(id(ev), set()) if m.startswith("act:")} for ev in events}
    lead = lead_occasion(events, {info.start for info in sentences[:2]})
    relative = {e.sentence.start for e in events if id(e) in offsets}  # "hours after X", "a day after X"
    while queue:
        e = queue.pop()
        bg = id(e) in background
        marked = (marks or {}).get(id(e), set())
        pair = "pair" in marked  # "urged both countries": one event per side, below
        denial = "denial" in marked  # "Rwanda denies arming the group": aimed at no one
        reply = "reply" in marked  # "rejected the accusations": aimed at the accuser
        met: ResolvedDate | None = None  # the meeting "the two presidents" refers back to
        here = ev_index[e.sentence.start]
        if "agentless" in marked and e.target is not None:
            e = _same_doer(e, out, here, ev_index)  # "Apple was fined" after "the Commission fined Meta"
        if _is_plural_reference(e.source, lex) and (e.target is None or e.target.actor_id is None
                                                     or e.type in lex.w("sided_from_context")):
            # "the two leaders met", "they had agreed to form negotiating teams": both sides;
            # "the drills held by the allies": one event per ally for a one-sided act
            for prev in reversed(out):
                if here - ev_index[prev.sentence.start] > 2:
                    break
                if prev.source and prev.target and prev.source.actor_id and prev.target.actor_id:
                    if e.type in lex.w("one_sided_types"):
                        queue.append(replace(e, source=prev.target))
                        e = replace(e, source=prev.source)
                    else:
                        e = replace(e, source=prev.source, target=prev.target)
                        if prev.type == "CONSULT" and prev.date and prev.date_precision:
                            met = ResolvedDate(prev.date, prev.date_precision)  # where the two met
                    break
        if e.source is None and e.target is None and "unsided" in marked:
            # "Teachers marched on Monday ... the protests spread to other cities": the sides of the
            # latest event of its type (within two sentences), else none
            kin = next((p for p in reversed(out) if here - ev_index[p.sentence.start] <= 2 and p.type == e.type
                        and p.source is not None), None)
            if kin is not None:
                e = replace(e, source=kin.source, target=kin.target, confidence=max(0.05, e.confidence - 0.15))
        if e.source is None and e.target is None and "unsided" not in marked:
            # "substantive talks continue", "a planned lunch was cancelled": the two sides of
            # the latest event with both (within three sentences), else no event
            sides = next((p for p in reversed(out) if here - ev_index[p.sentence.start] <= 3
                          and p.source is not None and p.target is not None and p.source.actor_id
                          and p.target.actor_id), None)
            if sides is None:
                continue
            e = replace(e, source=sides.source, target=sides.target, confidence=max(0.05, e.confidence - 0.15))
        info = sentences[index[e.sentence.start]]
        if info.date is None and not info.has_date and info.speakers:
            # "Speaking at Stanford ..., the envoy said ..." after "Biegun said on Thursday":
            # the same speaker goes on, so the sentence tells that occasion and passes it on
            src: list[int] = []
            info.date = _inherited_date(None, sentences, index[e.sentence.start], lex, bodies=bodies, found=src)
            info.told_in = _told_in(sentences, src)
        kind = (continues or {}).get(id(e)) if not bg else None
        # a statement made is realised even when what it speaks of is not
        realised = not e.hypothetical or e.type in lex.w("statement_types")
        if e.date is None and refs and id(e) in refs:  # "did not attend the meeting" told before
            d = occasion_date(refs[id(e)], told, realised, published)
            if d is not None:
                e = _dated(e, d)
        if e.date is None and met is not None and not bg and not info.has_date and not e.hypothetical \
                and tense_agrees(realised, met, published):
            # "Moon met Trump at the White House on Thursday ... Moon's office said the two presidents
            # had agreed to keep the diplomatic process going": they agreed when they met
            e = _dated(e, met)
            if info.date is None:
                info.date = met  # the sentence tells that meeting, and passes it on
        if e.date is None and kind is not None and not kind.startswith("past"):  # "Kim *also* called for"
            d = continued_date(e, kind, fore, lead, realised, published)
            if d is not None:
                e = _dated(e, d)
        if e.date is None and not info.has_date and not bg:  # (e may be a copy by now: bg was taken first)
            src = []
            inherited = _inherited_date(e, sentences, index[e.sentence.start], lex, id(e) in offsets, bodies, src,
                                        scene="scene" in marked)
            d = apply_offset(inherited, offsets.get(id(e))) if inherited is not None else None
            if inherited is not None and d is not None and tense_agrees(realised, d, published):
                e = _dated(e, d)
                if info.date is None:
                    info.date, info.told_in = inherited, _told_in(sentences, src)
        if e.date is None and id(e) in offsets and lead is not None and not bg:
            # "The move came a day after the Treasury imposed sanctions": the move is the story's
            d = apply_offset(lead[0], offsets[id(e)])
            if tense_agrees(realised, d, published):
                e = _dated(e, d)
        if e.date is None and lead is not None and not bg and not info.has_date and id(e) not in offsets \
                and e.sentence.start in relative and tense_agrees(realised, lead[0], published):
            # "The Justice Department announced the seizure ..., hours after North Korea fired":
            # what a clause dated relative to the story's occasion hangs on is that occasion
            e = _dated(e, lead[0])
        if e.date is None and kind is not None and kind.startswith("past"):  # a report of the lead occasion
            d = continued_date(e, kind, fore, lead, not e.hypothetical, published)
            if d is not None:
                e = _dated(e, d)
        # who the sentence names takes part in its occasion; a target inferred below does not
        info.actors |= {a.actor_id for a in (e.source, e.target) if a is not None and a.actor_id is not None}
        # a mediator's act names no side of its own: "talks in Doha mediated by Qatar", "Russia,
        # which brokered the 2020 ceasefire" are aimed at each side told (GUIDE round 9)
        third_party = e.type == "CONSULT" and e.mode == "third-party"
        reaction = next((m[6:] for m in marked if m.startswith("react:")), None)
        if e.target is None and e.source is not None and reaction is not None:
            e = _doer_reacted_to(e, out, here, ev_index, acts, reaction)
        if e.target is None and e.source is not None and e.type in lex.w("context_target_types") and not denial:
            accuser = _accuser(e, out, here, ev_index) if reply else None
            if accuser is not None:
                e = replace(e, target=accuser, confidence=max(0.05, e.confidence - 0.1))
            parties = [] if accuser is not None else \
                _in_story_order(_agreement_parties(e, out, here, ev_index, kinds or {}), first_seen or {})
            for party in parties[:-1]:  # "The United States also welcomed the agreement": both sides
                out.append(replace(e, target=party, confidence=max(0.05, e.confidence - 0.1)))
            if parties:
                e = replace(e, target=parties[-1], confidence=max(0.05, e.confidence - 0.1))
            elif accuser is None:
                e = _context_target(e, out, here, ev_index, kinds or {}, salient or [])
        pair_sides = _both_sides(e, out, here, ev_index) if pair or third_party else None
        if pair and pair_sides is None:
            pair_sides = _story_pair(e, out)  # "urged both countries", the exchange told paragraphs before
        if third_party and not pair and pair_sides is not None and e.target is not None and e.target.actor_id \
                and not any(_same(e.target, side) for side in pair_sides):
            pair_sides = None  # "mediated talks with the rebels": the side it names
        if third_party and not pair and pair_sides is not None and any(
                p.trigger == e.trigger and _same(p.source, e.source) and p.target is not None
                and not _same(p.target, e.target) for p in events):
            pair_sides = None  # "mediated talks between Hamas and Israel": each side has its event
        if pair_sides is not None:
            # "Guterres urged both countries to exercise restraint" after "India and Pakistan
            # agreed ...": the pair is the two sides told before, one event each (GUIDE rule 9),
            # in the order the story names them
            ordered = _in_story_order(list(pair_sides), first_seen or {})
            pair_sides = (ordered[0], ordered[1])
            out.append(replace(e, target=pair_sides[0]))
            e = replace(e, target=pair_sides[1])
        out.append(e)
        if not bg:
            fore.append(e)  # what happened on the occasions told, not background
            # the occasion it tells, from its trigger's lemma ("visited" tells a visit)
            told_kind = (kinds or {}).get(_event_key(e), (None, None))[0] if e.type == "CONSULT" else None
            if e.date and e.date_precision and told_kind is not None:
                told.setdefault(told_kind, []).append(ResolvedDate(e.date, e.date_precision))
    return out


def _speakers(state: DocState, sent: Span, lex: Lexicon) -> set[str]:
    """"Moon told Trump that Seoul was ready": the one who says it takes part in the occasion."""
    out: set[str] = set()
    for tok in span_tokens(sent):
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex.w("reporting.speech_verbs"):
            actor = actor_at(state, tok.idx, tok.idx + len(tok.text))
            if actor is not None:
                out.add(actor.id)
    return out


def _told_in(sentences: list[_SentenceInfo], found: list[int]) -> int | None:
    """The paragraph before that the date found in ``sentences[found[0]]`` came from over a
    paragraph opener (``found[1]`` set), else the one its date came from that way, if any."""
    if not found:
        return None
    cand = sentences[found[0]]
    return cand.paragraph if len(found) > 1 else cand.told_in


def _inherited_date(e: Event | None, sentences: list[_SentenceInfo], i: int, lex: Lexicon,
                    relative: bool = False, bodies: dict[str, tuple[str, str]] | None = None,
                    found: list[int] | None = None, scene: bool = False) -> ResolvedDate | None:
    """The date of the same occasion: the previous sentence's, else the latest of the
    paragraph's, when that sentence involves the one who acts or speaks (not the one acted on:
    "Schumer criticized the president" is no part of the president's address), or the event's
    source is "the two leaders", "they": the previous event's sides, or the event is dated
    relative to the sentence's occasion: "The launch came *a week after* Kim held a summit").
    In the sentence right before, a member of the same force or court counts as the same actor
    (``bodies``: "Indian troops" / "Indian forces", "the High Court" / "Justice Wanjiku").
    A date a paragraph opener took from the paragraph before goes no further than its own
    paragraph. ``found`` receives the index of the sentence the date is from (and a second item
    when that was over a paragraph opener)."""
    source = e.source if e is not None else None
    mine = {source.actor_id} if source is not None and source.actor_id is not None else set()
    mine |= sentences[i].speakers
    bodies = bodies or {}
    # a ministry continues its state's occasion (not the other way round, nor one ministry
    # another's: "checked into a hotel a few blocks from the White House")
    mine_bodies = {(b[0], "state") if b[1] == _STATE_PART else b for a in mine if a in bodies
                   for b in (bodies[a],) if b[1] != "state"}
    if source is not None and source.country and source.sector and source.sector in _BODY_SECTORS:
        mine_bodies.add((source.country, source.sector))
    # what a state's military did continues what the state did just before ("Israeli warplanes
    # struck ... on Wednesday" → "The Israeli military said its jets hit ..."), not a plan
    if e is not None and not e.hypothetical:
        mine_bodies |= {(b[0], "state") for b in list(mine_bodies) if b[1] == "MIL"}
    plural = _is_plural_reference(source, lex)
    para = sentences[i].paragraph
    prev = i - 1
    while prev > 0 and not sentences[prev].eventful:
        prev -= 1  # quotes and colour in between do not change the occasion
    # a sentence that opens its paragraph goes on with what its source did on a day the
    # paragraph before tells ("On Wednesday, Kim Yo Jong traveled to Panmunjom ... Lee died on
    # Monday." → "Kim Yo Jong met Chung")
    back = sentences[prev].paragraph if prev >= 0 and sentences[prev].paragraph != para and e is not None else None
    for j in range(i - 1, -1, -1):
        cand = sentences[j]
        if j < prev and cand.paragraph != para:
            if cand.paragraph != back:
                break
            if cand.has_date and cand.date is not None and source is not None and source.actor_id in cand.actors \
                    and not cand.report:
                if found is not None:
                    found.extend((j, 1))
                return cand.date
            continue
        if cand.paragraph != para and cand.told_in is not None:
            continue  # "Kim Yo Jong met Chung" (the Wednesday of the paragraph before) → not "Chung said"
        if cand.report and e is not None and e.type not in lex.w("statement_types") \
                and not (source is not None and source.actor_id in cand.speakers):
            continue  # "Kim ordered his troops ..." after "the agency said on Sunday": a deed it reported
        if cand.date is not None and (plural or relative or mine & cand.actors
                                      or (j == i - 1 and mine_bodies & {bodies[a] for a in cand.actors if a in bodies})
                                      or (j == prev and cand.paragraph == para and cand.date.precision == "day"
                                          and (_unnamed_doer(e) or (scene and _scene_act(e))))):
            if found is not None:
                found.append(j)
            return cand.date
    return None


def _unnamed_doer(e: Event | None) -> bool:
    """"Some protesters set fire to a guard booth" right after "Several hundred supporters rallied
    outside the embassy on Tuesday": an attack or protest by a group the text does not name goes
    on with the day of the scene the sentence before (in its paragraph) told; a named actor must
    be one the dated sentence involved."""
    return e is not None and e.type in _SCENE_TYPES and not e.hypothetical and e.source is not None \
        and e.source.actor_id is None


_SCENE_TYPES = frozenset({"ASSAULT", "PROTEST"})  # what a crowd or a force does on the scene
_CROWD_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"})
_FORCE_SECTORS = frozenset({"COP", "MIL"})


def _scene_act(e: Event | None) -> bool:
    """"Police fired tear gas at hundreds of protesters ..., and at least 30 people were arrested"
    right after "Protesters marched on parliament on Wednesday", "14 people had been arrested"
    right after "rallied outside the embassy on Tuesday": what a force, an unnamed doer or no one
    named does on the scene, told as a deed of its own (marked "scene", see :func:`tells_scene`),
    goes on with the day of the scene the sentence before told in its paragraph."""
    return e is not None and e.type in _CROWD_TYPES and not e.hypothetical and (
        e.source is None or e.source.actor_id is None or e.source.sector in _FORCE_SECTORS)


def _same_side(a: EventActor, b: EventActor) -> bool:
    """Two actors of one country and one sector ("the United States" and Trump, the White House
    and Pompeo): a government's people do not aim what they do at each other; the opposition
    at the government, or consumers at a regulator, are other sides of the same country."""
    return a.country is not None and a.country == b.country and a.sector is not None and a.sector == b.sector


def _event_key(e: Event) -> tuple[int, int]:
    return e.sentence.start, e.trigger.start


def _both_sides(e: Event, before: list[Event], here: int,
                index: dict[int, int]) -> tuple[EventActor, EventActor] | None:
    """The two sides "both countries" or "the two sides" stand for: the source and target of the
    latest event with two named participants (within three sentences), neither of them the
    event's own source ("Guterres urged both countries": not Guterres and someone) — or the two
    it was done to, when one act had two named targets ("offered to mediate between the
    government and the union ... Parents criticized both sides": not the mediator)."""
    for k in range(len(before) - 1, -1, -1):
        prev = before[k]
        if here - index[prev.sentence.start] > 3:
            return None
        a, b = prev.source, prev.target
        twin = before[k - 1] if k > 0 else None
        if twin is not None and twin.trigger == prev.trigger and _same(twin.source, a) and twin.target is not None \
                and b is not None and twin.target.actor_id and b.actor_id and not _same(twin.target, b):
            a = twin.target
        elif prev.type == "CONSULT" and prev.mode == "third-party":
            continue  # "mediated by Qatar and Egypt": a go-between and one side are not the two sides
        if a is None or b is None or a.actor_id is None or b.actor_id is None or _same(a, b):
            continue
        if _same(a, e.source) or _same(b, e.source):
            continue
        return a, b
    return None


def _story_pair(e: Event, before: list[Event]) -> tuple[EventActor, EventActor] | None:
    """The two sides a story is about, for "both countries" with no exchange told just before
    ("India suspended the treaty ... [six paragraphs on] ... Guterres urged both countries to show
    restraint"): the pair of named participants the events so far join most often (the earliest
    on a tie), neither of them the event's own source."""
    count: dict[tuple[str, str], int] = {}
    sides: dict[tuple[str, str], tuple[EventActor, EventActor]] = {}
    for prev in before:
        a, b = prev.source, prev.target
        if a is None or b is None or a.actor_id is None or b.actor_id is None or _same(a, b):
            continue
        if _same(a, e.source) or _same(b, e.source) or prev.mode == "third-party":
            continue
        key = (min(a.actor_id, b.actor_id), max(a.actor_id, b.actor_id))
        count[key] = count.get(key, 0) + 1
        sides.setdefault(key, (a, b))
    if not count:
        return None
    best = max(count.values())
    return next(sides[k] for k in sides if count[k] == best)


# How far back (in sentences with events) the doer of an agentless passive is looked for.
_DOER_REACH = 4


def _same_doer(e: Event, before: list[Event], here: int, index: dict[int, int]) -> Event:
    """"The Commission fined Meta €797m ... Apple was fined €500m last April": a passive that names
    no doer is done by whoever did the same kind of thing just before (within four sentences
    with events), when that doer is of another country than the one it is done to ("Three Indian
    soldiers were killed" after "Indian forces shelled villages" is not India's doing); otherwise
    the source stays as it is (unknown, or the authorities of the place for an arrest)."""
    for prev in reversed(before):
        if here - index[prev.sentence.start] > _DOER_REACH:
            break
        if prev.type == e.type and prev.source is not None and prev.source.country is not None \
                and e.target is not None and prev.source.country != e.target.country and not prev.negated:
            return replace(e, source=prev.source, confidence=max(0.05, e.confidence - 0.1))
    return e


def _in_story_order(actors: list[EventActor], first_seen: dict[str, int]) -> list[EventActor]:
    """The parties in the order the story first names them ("India and Pakistan")."""
    return sorted(actors, key=lambda a: first_seen.get(a.actor_id or "", 1 << 30))


# How far back (in sentences with events) a reaction to "the agreement" looks for it: the
# agreement is often the story's lead, told paragraphs before.
_AGREEMENT_REACH = 8


def _agreement_parties(e: Event, before: list[Event], here: int, index: dict[int, int],
                       kinds: dict[tuple[int, int], tuple[str | None, str | None]]) -> list[EventActor]:
    """Whom a reaction to an agreement told before is aimed at ("India and Pakistan agreed on
    Tuesday to restore a ceasefire ... The United States also welcomed the agreement"): both
    parties to the latest agreement between two named sides, one event each (GUIDE rule 9) — or
    only the other party when the one reacting is a party or on its side ("Maduro's negotiator
    hailed the deal": the opposition)."""
    if kinds.get(_event_key(e), (None, None))[1] != "agreement" or e.source is None:
        return []
    src = e.source
    for prev in reversed(before):
        if here - index[prev.sentence.start] > _AGREEMENT_REACH:
            return []
        if prev.type != "AGREE" and kinds.get(_event_key(prev), (None, None))[0] != "agreement":
            continue
        a, b = prev.source, prev.target
        if a is None or b is None or a.actor_id is None or b.actor_id is None or _same(a, b) or prev.negated:
            continue
        mine = [p for p in (a, b) if _same(p, src) or _same_side(p, src)]
        if len(mine) == 2:
            continue
        return [p for p in (a, b) if p not in mine]
    return []


# How far back (in sentences with events) a reaction to an act it names looks for that act.
_REACTION_REACH = 4


def _doer_reacted_to(e: Event, before: list[Event], here: int, index: dict[int, int],
                     acts: dict[tuple[int, int], set[str]], act: str) -> Event:
    """"Militants attacked a base ... The U.N. mission condemned the attack", "The Commission fined
    Apple ... Spotify welcomed the fine": a reaction naming an act told before is aimed at whoever
    did it (the latest such act within four sentences with events) — at whom it was done to when
    the one reacting did it."""
    src = e.source
    for prev in reversed(before):
        if here - index[prev.sentence.start] > _REACTION_REACH:
            break
        if act not in acts.get(_event_key(prev), set()) or prev.source is None or prev.trigger == e.trigger:
            continue
        aimed = prev.target if _same(prev.source, src) else prev.source
        if aimed is None or _same(aimed, src):
            return e
        return replace(e, target=aimed, confidence=max(0.05, e.confidence - 0.1))
    return e


def _context_target(e: Event, before: list[Event], here: int, index: dict[int, int],
                    kinds: dict[tuple[int, int], tuple[str | None, str | None]],
                    salient: list[tuple[str, int, EventActor]] | None = None) -> Event:
    """"South Korea welcomed the address.", "Kim warned that ...": a directed act without a
    named target is aimed at the counterpart of the latest event its source itself took part in
    (within three sentences) when that counterpart is of another country (a compatriot's foreign
    counterpart is not: "Venezuela's negotiators met the Norwegian mediators ... Opposition
    leaders condemned the ban" is about the ban); else at the one
    who did the latest thing told, whatever their country ("The Commission fined Meta ...
    Consumer groups welcomed the decision"; "Lawmakers criticized the move") — a news story
    follows one exchange, at home as abroad — but not at a colleague of the same country and
    sector (the State Department after the Justice Department) — except for an act done to a
    party of its own (a freeze, an aid delivery, a pullback: ``_DONE_TO_A_PARTY``). A reaction to
    an occasion told before ("welcomed the trip") is aimed at whoever held it. Confidence drops,
    since the target is inferred. A doer of the latest thing told who is a passer-by of the story
    (its country named less than a third as often as the story's most named other country: a
    mediator, a host, a commentator's country) yields to that country ("Venezuela offered fuel to
    Cuba ... Venezuela's government said it was ready to ship fuel" in a story about Jamaica)."""
    src = e.source
    assert src is not None
    reacted = kinds.get(_event_key(e), (None, None))[1]
    if reacted is not None:
        # "Xi visited Pyongyang ... South Korea welcomed the trip": a reaction to an occasion
        # told before is aimed at whoever held it (the latest event of that kind)
        for prev in reversed(before):
            if here - index[prev.sentence.start] > 3:
                break
            if kinds.get(_event_key(prev), (None, None))[0] == reacted:
                holder = prev.source if not _same(prev.source, src) else prev.target
                if holder is not None and not _same(holder, src):
                    return replace(e, target=holder, confidence=max(0.05, e.confidence - 0.1))
                break
    fallback: EventActor | None = None
    for prev in reversed(before):
        if here - index[prev.sentence.start] > 3:
            break
        for mine, other in ((prev.source, prev.target), (prev.target, prev.source)):
            if mine is None or other is None or other.country is None or other.country == src.country:
                continue
            if _same(mine, src):  # (its counterpart, unless a passer-by of the story)
                return replace(e, target=_story_side(other, src, salient or []), confidence=max(0.05, e.confidence - 0.1))
        if fallback is None and prev.source is not None and prev.source.country is not None \
                and not _same(prev.source, src) and prev.trigger != e.trigger \
                and not _same_side(prev.source, src):  # not a co-doer ("X and Y condemned"), nor a colleague
            fallback = prev.source
    if fallback is not None and e.type not in _DONE_TO_A_PARTY:
        fallback = _story_side(fallback, src, salient or [])
        return replace(e, target=fallback, confidence=max(0.05, e.confidence - 0.15))
    return e


def _story_side(chosen: EventActor, src: EventActor, salient: list[tuple[str, int, EventActor]]) -> EventActor:
    """``chosen``, unless its country is named less than a third as often as the story's most
    named country other than the source's: then that country's actor (``salient``: country,
    mentions, actor, most named first)."""
    top = next(((code, n, actor) for code, n, actor in salient if code != src.country), None)
    if top is None or chosen.country == top[0]:
        return chosen
    mine = next((n for code, n, _ in salient if code == chosen.country), 0)
    return top[2] if 3 * mine < top[1] else chosen


# Acts done to a party of their own, not reactions: "the National Crime Agency has frozen eight bank
# accounts", "WFP began distributing food", "the army would begin pulling back artillery" are not
# aimed at whoever did the latest thing told (only at the source's own counterpart).
_DONE_TO_A_PARTY = frozenset({"SANCTION", "AID", "RETREAT"})


_DENIAL_VERBS = frozenset({"deny"})
_ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "criticism", "charge", "claim", "complaint", "remark"})


def _rejects_accusation(trig: Trigger) -> bool:
    """"rejected the accusations", "brushed aside the criticism", "denies the charges": a reply
    to an accusation told before."""
    if trig.entry.pos != "verb":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ACCUSATION_NOUNS
               and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those", "this", "that", "such", "all")
                       for d in c.children) for c in trig.token.children)


def _accuser(e: Event, before: list[Event], here: int, index: dict[int, int]) -> EventActor | None:
    """Who made the accusation a rejection answers: the source of the latest accusation (within
    four sentences with events) aimed at the one rejecting it or their side, else of the latest
    accusation by someone else."""
    src = e.source
    assert src is not None
    other: EventActor | None = None
    for prev in reversed(before):
        if here - index[prev.sentence.start] > 4:
            break
        if prev.type != "ACCUSE" or prev.source is None or _same(prev.source, src) or _same_side(prev.source, src):
            continue
        if prev.target is not None and (_same(prev.target, src) or _same_side(prev.target, src)):
            return prev.source
        other = other or prev.source
    return other


def _denies_own_act(trig: Trigger) -> bool:
    """"Rwanda denies arming the group", "Iran denies seeking a nuclear weapon", "the government
    denied that it had ordered restrictions": a denial of a deed, not a reply to anyone named —
    no target is inferred for it (unlike "denied the accusation", aimed at the accuser)."""
    tok = trig.token
    return trig.entry.pos == "verb" and tok.lemma_.lower() in _DENIAL_VERBS \
        and any(c.dep_ in ("xcomp", "ccomp", "pcomp") for c in tok.children)


# Acts only a state's authorities do to people: "four people were arrested", "Lau was taken into
# custody", "was placed under house arrest" name no one who does it, but it is the authorities of
# the place, the story's home country (their sector is left open: police, court or government).
_HELD_TYPES = frozenset({"COERCE"})
# Types whose "them" is who is acted on in the same scene ("police beat them"), not two sides told before.
_DONE_TO_BODIES = frozenset({"COERCE", "ASSAULT", "CONCEDE", "AID"})


def _authorities(state: DocState) -> EventActor | None:
    home = home_country(state)
    return EventActor(None, None, home, None) if home is not None else None


def _unnamed_argument(trig: Trigger) -> Token | None:
    """The noun a passive verb event is told of when it names no actor: "social media
    *platforms* had been blocked", "A former volunteer *firefighter* was later charged" — an
    event all the same, with unnamed parties. (Active verbs with only such nouns, "a shell hit
    their home", tell parties the text names elsewhere; kept without them they cost more in
    source/target than they gain in type, so they stay out.)"""
    if trig.entry.pos != "verb":
        return None
    return next((c for c in trig.token.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)


# Acts two sides do together, whose place is a venue, not a party.
_JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _unnamed_parties(trig: Trigger, coded: str, state: DocState) -> tuple[EventActor | None, EventActor | None]:
    """Source and target of a passive verb event that names no actor and no doer: it is done to
    people or things of the place it names, else of the story's country ("social media platforms
    had been blocked": Cameroon's; "a curfew was imposed in Lahore": Pakistan's), and an act only
    authorities do (COERCE) is done by that country's ("A former firefighter was later charged").
    A meeting or a deal is not done to the place it is held in ("a deal was signed in Riyadh"):
    those keep no parties here."""
    noun = _unnamed_argument(trig)
    if noun is None or not agentless(trig.token) or coded in _JOINT_TYPES:
        return None, None
    # "curfew was imposed *in* state capital Imphal": the place may hang on the verb
    country = located_in(state, noun) or located_in(state, trig.token) or home_country(state)
    if country is None:
        return None, None
    target = EventActor(None, None, country, None)
    return (EventActor(None, None, country, None) if coded in _HELD_TYPES else None), target


# A march, a strike or a boycott that names no one it is against is aimed at the authorities
# of the protesters' own country ("more than a million people marched", "the union called a
# second national march", "lawyers would boycott court hearings"): its government.
_PROTESTED_TYPES = frozenset({"PROTEST"})


# Money and aid pledged or given to no one named go to the country the story is about: "The
# United States has pledged $15 million in humanitarian assistance" (to hurricane-hit Jamaica),
# "the World Bank approved a $700 million loan" (to Egypt) — when the giver is a foreigner there.
_GIVING_TYPES = frozenset({"AID", "AGREE"})
_HELP_NOUNS = frozenset({"aid", "assistance", "loan", "grant", "funding", "fund", "deposit", "investment",
                         "supply", "supplies", "relief", "donation", "credit", "package"})


def _gives_help(trig: Trigger) -> bool:
    """Whether the act gives money or aid: its object (or its infinitive's) is an amount or
    a noun for help ("pledged $15 million", "agreed to invest $35 billion", "approved a loan")."""
    verbs = [trig.token] + [c for c in trig.token.children if c.dep_ == "xcomp"]
    for verb in verbs:
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "MONEY" or c.lemma_.lower() in _HELP_NOUNS):
                return True
    return False


def _helped(state: DocState, source: EventActor) -> EventActor | None:
    home = home_country(state)
    # a donor of no one country is an international body ("the World Bank approved a $700
    # million loan"), which lends to the story's country too
    if home is None or source.country == home or (source.country is None and source.sector != "IGO"):
        return None
    return _own_government(state, EventActor(None, None, home, None))


# Police act at home: force or arrests by a country's police that name no one are done to people
# of that country.
_POLICE_SECTORS = frozenset({"COP"})
_POLICED_TYPES = frozenset({"ASSAULT", "COERCE"})


def _own_government(state: DocState, source: EventActor) -> EventActor | None:
    """The government of the source's country (else the story's home country), as the country
    actor the story names when it names one."""
    country = source.country or home_country(state)
    if country is None:
        return None
    named = next((a for a in state.actors if a.kind == "country" and a.country == country), None)
    if named is not None:
        return EventActor(named.id, named.name, named.country, named.sector or "GOV")
    return EventActor(None, None, country, "GOV")


def _protest_by_state(trig: Trigger, source: EventActor | None) -> bool:
    """A protest made by a government, not a demonstration: "Japan protested to China over the
    incursion", "the ministry protested against the decision" (GUIDE settled rule 8: diplomatic
    protests are ACCUSE). A named state or ministry protests by complaining; people march."""
    if source is None or source.actor_id is None or source.sector != "GOV":
        return False
    return trig.entry.pos == "verb" and trig.token.lemma_.lower() == "protest"


def _is_dateline_word(tok: Token, line: tuple[int, int, str] | None) -> bool:
    return line is not None and line[0] <= tok.idx < line[1] and tok.text.isupper() and len(tok.text) > 2 \
        and tok.i < 4


def _modal_type(trig: Trigger, negated: bool, lex: Lexicon) -> tuple[str, bool]:
    """Stated intent and stated refusal (PLOVER codes the statement, not the deed).

    "Seoul *would support* the talks", "Vietnam *will work* closely with both sides": a
    cooperative act announced with will/would is an offer (AGREE). "The White House *would
    not ease* sanctions": a concession refused with will/would is a REJECT (not negated). "Kyiv
    *would file* a WTO complaint": a legal action announced is a threat of it (THREATEN).
    """
    auxes = {c.lower_ for c in trig.clause.children if c.dep_ == "aux"}
    if not negated and trig.type in lex.w("threat_types") and auxes & lex.w("threat_modals"):
        return "THREATEN", negated
    modals = auxes & lex.w("hypothetical.future_modals")
    if not modals:
        return trig.type, negated
    if negated and trig.type in lex.w("refused_when_negated"):
        return "REJECT", False
    if not negated and trig.type in ("ACCUSE", "REJECT") and trig.token.lemma_.lower() in lex.w("legal_action_verbs"):
        return "THREATEN", negated  # "would challenge it in court", "would file a WTO complaint"
    if not negated and trig.type in lex.w("intent_types") and not (
            trig.type == "AID" and trig.token.lemma_.lower() in lex.w("movement_verbs")):
        return "AGREE", negated  # not helpers' planned arrival: "would land in Concepción on Friday" (AID)
    if not negated and trig.type == "CONSULT" and on_condition(trig.clause):
        return "AGREE", negated  # "if Kim saw the message, he would meet him": an offer to meet
    return trig.type, negated


def _considered_type(trig: Trigger, etype: str, lex: Lexicon) -> str:
    """"North Korea is considering suspending the negotiations" (THREATEN), "South Korea is
    considering sending food aid" (AGREE): what is considered is announced, not done."""
    node = trig.clause
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep") or node.head.i == node.i:
            return etype
        node = node.head
        if node.lemma_.lower() in lex.w("considering_verbs"):
            if etype in lex.w("considered_hostile"):
                return "THREATEN"
            if etype in lex.w("considered_cooperative"):
                return "AGREE"
            return etype
    return etype


def _demanded_of(state: DocState, actor: Token | None, told: Token | None, speaker: Token,
                 lex: Lexicon) -> Token | None:
    """Whom a demand is aimed at: who must act when that is someone else, else the one told."""
    if actor is not None and actor.pos_ != "PRON" and actor.lower_ != speaker.lower_ and is_actor_like(state, actor, lex):
        return actor
    return told if told is not None and is_actor_like(state, told, lex) else None


def _casualty_count(trig: Trigger, lex: Lexicon) -> bool:
    """"Four people were killed", "three soldiers and two civilians were killed": a count of the
    dead with no doer and no attack told in the clause is not coded (GUIDE, round-8 "not coded");
    "were killed in an airstrike" tells the attack."""
    tok = trig.token
    if trig.entry.pos != "verb" or trig.type != "ASSAULT" or tok.lemma_.lower() != "kill" \
            or not agentless(tok) or trig.absorbed:
        return False
    dead = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if dead is None or not any(d.pos_ == "NUM" or d.ent_type_ == "CARDINAL" for d in (dead, *dead.children)):
        return False
    for prep in tok.children:
        if prep.dep_ == "prep":
            for p in prep.children:
                if p.dep_ == "pobj" and any(e.type == "ASSAULT" for e in lex.nouns.get(p.lemma_.lower(), ())):
                    return False
                if p.dep_ == "pobj" and p.lemma_.lower() in lex.w("projectiles"):
                    return False
    return True


def _a_visit(mode: str | None, src_tok: Token | None, source: EventActor | None, target: EventActor | None,
             state: DocState, lex: Lexicon) -> bool:
    """A visit is someone's going to another country or its people: "projectiles had landed in
    its zone" (no one travels) and a trip at home are no visits."""
    if mode != "visit":
        return True
    if src_tok is not None and not is_actor_like(state, src_tok, lex):
        return False
    if target is None or target.country is None or source is None:
        return True
    return source.country != target.country


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
    assert published is None or isinstance(published, str)
    line = dateline(text)
    lead_end = dateline_end(text)  # "MANILA, Philippines (Xinhua) - |Members of ...": where the body starts
    place_nouns = lex.w("place_nouns")
    events: list[Event] = []
    offsets: dict[int, Offset] = {}
    background: set[int] = set()
    occasions: dict[str, list[ResolvedDate]] = {}  # the occasions told so far, by kind
    hosts: dict[tuple[str, str], set[str]] = {}  # who spoke or acted in each of them, by kind and date
    continues: dict[int, str] = {}
    refs: dict[int, str] = {}  # undated events in an occasion told before, with its kind
    kinds: dict[tuple[int, int], tuple[str | None, str | None]] = {}  # occasion each event is, and reacts to
    subordinate: set[int] = set()  # dated events that do not tell the sentence's occasion
    seen: set[tuple[object, ...]] = set()
    # what the context must settle for an event, by id: "pair" (aimed at "both sides", "the two
    # countries"), "denial" (of what one did, aimed at no one), "reply" (rejects an accusation
    # told before), "agentless" (a passive that names no doer: "Apple was fined"),
    # "unsided" (an occurrence told with no participant: "protests erupted"; kept so)
    marks: dict[int, set[str]] = {}
    starts = _paragraph_starts(text)
    sentences: list[_SentenceInfo] = []
    statements = lex.w("statement_types")
    mentions = sorted((m.start, a.id) for a in state.actors for m in a.mentions)
    mention_starts = [m[0] for m in mentions]
    for sent in state.doc.sents:
        first = len(events)
        borrowed: set[str] = set()  # the people of an earlier occasion the sentence refers back to
        found: list[tuple[Trigger, list[tuple[Token | None, Token | None]] | None]] = [
            (t, None) for t in find_triggers(sent, lex)]
        found += [(t, [(speaker, about if about is not None and is_actor_like(state, about, lex) else None)])
                  for t, speaker, about in find_evaluations(sent, lex)]
        found += [(t, [(speaker, _demanded_of(state, actor, told, speaker, lex))])
                  for t, speaker, actor, told in find_demands(sent, lex)]
        for trig, given in found:
            if _in_direct_quote(state, trig.token.idx):
                continue
            if trig.entry.pos == "noun" and not has_noun_arguments(trig, state, lex):
                continue
            if is_boilerplate(trig, lex) or by_commentator(trig, lex) or is_first_time(trig) or is_condition(trig, lex):
                continue
            if _casualty_count(trig, lex):
                continue  # "four people were killed, the ministry said": no one is said to have attacked
            pairs = given if given is not None else arguments(trig, state, lex)
            negated = is_negated(trig, lex)
            hypothetical, future = modality(trig, lex)
            etype, negated = _modal_type(trig, negated, lex)
            etype, negated = hedged_threat(trig, etype, negated, lex)
            if negated and etype in lex.w("uncoded_when_negated"):
                continue  # "did not rule out selling assets": no act reported
            etype = _considered_type(trig, etype, lex)
            etype = stated_type(trig, etype, lex)
            speech = given[0][0].head if given and given[0][0] is not None else None
            measure = event_measure(trig.token, lex) if trig.entry.pos == "noun" and trig.light is None else None
            # "a new round of talks *on Thursday*", "the next round of talks is due to *open* on May
            # 20": the measure's date, or its occurrence verb's, is the event's
            timed = Trigger(measure, trig.entry, light=occurrence_verb(trig.token, lex),
                            absorbed=trig.absorbed) if measure is not None else trig
            date, offset = event_date(timed, sent, published, future, etype in statements, lex, speech=speech,
                                      hypothetical=hypothetical, etype=etype)
            ref = occasion_reference(trig, speech) if date is None and not is_background(trig, lex) else None
            if ref is not None:  # "The speech also criticized", "during the meeting"
                date = occasion_date(ref, occasions, not hypothetical or etype in statements, published)
                if date is not None:  # "The speech also criticized South Korea": Kim's speech
                    borrowed |= hosts.get((ref, date.value), set())
            if hypothetical and date is None and not trig.absorbed and trig.token.lemma_.lower() in lex.w("movement_verbs"):
                continue  # "could travel to Vietnam by train": an undated possible trip is no visit yet
            if hypothetical and trig.token.lemma_.lower() in lex.w("realised_only"):
                continue  # "efforts to dismantle", "did not expect North Korea to denuclearize"
            location = event_location(anchors(trig), trig.token, sent, place_nouns)
            if location is None and line is not None and line[0] <= trig.token.idx < line[1]:
                location = line[2]
            reporter = reported_by(trig, sent, state, lex)
            mode = _mode(trig, lex)
            span = _trigger_span(trig, text)
            for src_tok, tgt_tok in pairs:
                if any(t is not None and t.idx < lead_end and not _is_dateline_word(t, line) for t in (src_tok, tgt_tok)):
                    # "MANILA, Philippines (Xinhua) - Members of the NPA attacked ...": the parse hangs
                    # the dateline's country and agency on its city, and they become conjuncts of the
                    # subject — the dateline says where the story was filed, not who takes part
                    continue
                if src_tok is not None and _is_dateline_word(src_tok, line):
                    # "VLADIVOSTOK — ...": the dateline, misparsed as a subject — its apposition,
                    # if any, is the real one ("KAMPALA - The Electoral Commission on Monday ...")
                    # (past the dateline's dash: not "VLADIVOSTOK, *Russia* —")
                    src_tok = next((c for c in src_tok.children if c.dep_ == "appos" and any(
                        t.text in ("—", "–", "-", "--") for t in c.doc[src_tok.i + 1:c.i])), None)
                source = event_actor(state, src_tok, lex) if src_tok is not None else None
                target = event_actor(state, tgt_tok, lex) if tgt_tok is not None else None
                if _same(source, target):
                    target = None
                # "Japan protested to China over the incursion": a state's protest is a complaint (ACCUSE)
                coded = "ACCUSE" if etype in lex.w("protest_types") and _protest_by_state(trig, source) else etype
                if source is None and target is not None and coded in _HELD_TYPES and target.name \
                        and (trig.entry.pos == "noun" or agentless(trig.token)):
                    source = _authorities(state)  # "four people were arrested": by the authorities
                if source is None and target is None:
                    source, target = _unnamed_parties(trig, coded, state)
                unsided = source is None and target is None and trig.entry.pos == "noun" and not hypothetical \
                    and coded in lex.w("occurring_unsided") and occurs_unsided(trig.token, lex)
                if source is None and target is None and not unsided and not (
                        coded in lex.w("sided_from_context") and has_own_occasion(trig.token, lex)) and not (
                        coded in lex.w("passive_sided_from_context") and agentless(trig.token)):
                    continue
                if target is None and source is not None and coded in _GIVING_TYPES and _gives_help(trig):
                    target = _helped(state, source)  # "The United States has pledged $15 million in aid"
                if target is None and source is not None and coded in _PROTESTED_TYPES:
                    target = _own_government(state, source)  # "teachers marched", "called a strike"
                if target is None and source is not None and source.sector in _POLICE_SECTORS \
                        and source.country is not None and coded in _POLICED_TYPES:
                    # "police fired tear gas", "French police arrested dozens": people of their own country
                    target = EventActor(None, None, source.country, None)
                if _is_commentator(source, lex) or not _a_visit(mode, src_tok, source, target, state, lex):
                    continue
                key = (coded, sent.start, source, target, negated, date)
                if key in seen:
                    continue
                seen.add(key)
                event = Event(
                    type=coded, trigger=span, sentence=Offsets(sent.start_char, sent.end_char),
                    source=source, target=target, mode=mode,
                    date=date.value if date else None, date_precision=date.precision if date else None,
                    location=location, negated=negated, hypothetical=hypothetical,
                    reported_by=reporter, confidence=_confidence(trig, source, target, hypothetical),
                )
                if offset is not None:
                    offsets[id(event)] = offset
                if is_background(trig, lex):
                    background.add(id(event))
                elif (kind := continuation(trig)) is not None:
                    continues[id(event)] = kind
                if date is not None and not on_main_clause(trig):
                    subordinate.add(id(event))
                if date is None and ref is not None:
                    refs[id(event)] = ref
                if date is None and tells_scene(trig):
                    marks.setdefault(id(event), set()).add("scene")  # see _scene_act
                kinds[_event_key(event)] = (occasion_told(trig), reacted_occasion(trig))
                if tgt_tok is not None and target is not None and target.actor_id is None and (
                        names_both_sides(tgt_tok) or (refers_to_pair(tgt_tok) and coded not in _DONE_TO_BODIES)):
                    marks.setdefault(id(event), set()).add("pair")
                if target is None and _denies_own_act(trig):
                    marks.setdefault(id(event), set()).add("denial")
                if target is None and coded == "REJECT" and _rejects_accusation(trig):
                    marks.setdefault(id(event), set()).add("reply")
                if src_tok is None and target is not None and trig.entry.pos == "verb" and agentless(trig.token):
                    marks.setdefault(id(event), set()).add("agentless")
                if unsided:  # "protests erupted": coded with no participant
                    marks.setdefault(id(event), set()).add("unsided")
                marks.setdefault(id(event), set()).update("act:" + w for w in acts_told(trig))
                if target is None and (reacted := reacted_act(trig)) is not None:
                    marks[id(event)].add("react:" + reacted)  # "condemned the attack": aimed at its doer
                events.append(event)
        own = next((e for e in events[first:] if e.date is not None and id(e) not in subordinate), None)
        sent_date = ResolvedDate(own.date, own.date_precision) if own and own.date and own.date_precision else None
        involved = {a.actor_id for e in events[first:] for a in (e.source, e.target)
                    if a is not None and a.actor_id is not None}
        lo, hi = bisect.bisect_left(mention_starts, sent.start_char), bisect.bisect_left(mention_starts, sent.end_char)
        main_date = sentence_date(sent, published, lex)
        shifted = None
        if main_date is None and (shift := sentence_offset(sent)) is not None:
            # "Hours later, North Korea offered a different account": the occasion told before, shifted
            told_before = next((info.date for info in reversed(sentences[-4:]) if info.date is not None), None)
            shifted = apply_offset(told_before, shift) if told_before is not None else None
        sentences.append(_SentenceInfo(
            sent.start_char, bisect.bisect_right(starts, sent.start_char) - 1,
            main_date is not None or has_date_expression(sent, published, main_only=True),
            main_date or sent_date or shifted, involved | borrowed | {m[1] for m in mentions[lo:hi]},
            speakers=_speakers(state, sent, lex), eventful=any(id(e) not in background for e in events[first:]),
        ))
        sentences[-1].eventful |= sentences[-1].date is not None
        sentences[-1].report = main_date is not None and dated_by_saying(sent, published, lex)
        people = sentences[-1].speakers | {e.source.actor_id for e in events[first:]
                                           if e.source is not None and e.source.actor_id is not None}
        for kind, d in occasion_dates(sent, published, lex):
            occasions.setdefault(kind, []).append(d)
            hosts.setdefault((kind, d.value), set()).update(people)
    bodies = {a.id: (a.country, a.sector) for a in state.actors if a.country and a.sector and a.sector in _BODY_SECTORS}
    # a state and its ministries and agencies ("The United States on Wednesday lifted sanctions"
    # → "The U.S. Treasury Department issued a license"); not its people, who act on many occasions
    bodies |= {a.id: (a.country, "state" if a.kind == "country" else _STATE_PART) for a in state.actors
               if a.country and a.sector == "GOV" and a.kind in ("country", "organization")}
    first_seen: dict[str, int] = {}
    for start, actor_id in mentions:  # sorted by position
        first_seen.setdefault(actor_id, start)
    return _resolve_context(events, offsets, background, sentences, lex, published, continues, refs, bodies, kinds,
                            marks, first_seen, _story_countries(state))


def _story_countries(state: DocState) -> list[tuple[str, int, EventActor]]:
    """The countries the story names, most named first (country, mentions, actor), each with its
    actor — the country itself if named, else its most named actor: whom a reaction with no
    target is most likely about (see :func:`_story_side`)."""
    named: dict[str, int] = {}
    face: dict[str, tuple[bool, int, EventActor]] = {}
    for a in state.actors:
        if a.country is None:
            continue
        named[a.country] = named.get(a.country, 0) + len(a.mentions)
        rank = (a.kind == "country", len(a.mentions), EventActor(a.id, a.name, a.country, a.sector))
        if a.country not in face or rank[:2] > face[a.country][:2]:
            face[a.country] = rank
    return sorted(((c, n, face[c][2]) for c, n in named.items()), key=lambda x: -x[1])


@register("events")
def events_step(state: DocState) -> None:
    """Adds PLOVER events to ``state.events``."""
    state.events.extend(extract_events(state))
