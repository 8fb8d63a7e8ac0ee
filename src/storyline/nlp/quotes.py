"""The ``quotes`` step: reported speech, its kind, speaker, cue and channel.

The article is cut into *units*: sentences found on the characters, never inside
quotation marks (so a quote of three sentences stays with its attribution), one paragraph
at a time. In each unit every quoted stretch (:mod:`storyline.nlp.quotemarks`) is either

* **not speech** — a title after "on"/"the book", a heading paragraph that is only a short
  quoted phrase, or a scare quote no cue governs;
* **direct** — the reported words are all in the marks: “…,” X said / X said: “…” /
  a whole unit in marks continuing the previous speaker;
* **mixed** — a quoted fragment inside the writer's sentence that a cue governs
  (Progress “has been good”, he told CNN).

Cue verbs whose content clause holds no quotation marks give **indirect** quotes
(Pompeo told CNN that he will not set a timetable), and so does "according to X".
Speakers come from :mod:`storyline.nlp.speakers`; quotes with no cue of their own keep the
previous speaker.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.models import Offsets, Quote, QuoteKind, Speaker, replace
from storyline.nlp.anonymous import anonymous_share
from storyline.nlp.pipeline import DocState, register
from storyline.nlp.places import dateline_end
from storyline.nlp.quotemarks import QuotedSpan, find_quoted_spans, paragraphs
from storyline.nlp.speakers import (
    CueKnowledge,
    Resolved,
    SpeakerContext,
    according_appositive,
    cue_kind,
    find_channel,
    find_subject,
    linear_subject,
    load_cues,
    quoting_verb,
    resolve_speaker,
    title_channel,
    venue_of_sentence,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["anonymous_share", "extract_quotes", "quotes_step"]

_BOUNDARY = re.compile(r"[.!?…][”’\"'»)]*\s+(?=[“‘\"'«(]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|St|Jr|Sr|No|Co|Corp|Inc|Ltd|Prof|Rev|Ft|Mt|vs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec))\.$"
)
_HEADING_MAX_WORDS = 8
_CONTENT_DEPS = ("ccomp",)
_TRIM_CHARS = " \t,;:—–-"

# Confidence by how the quote and its speaker were found.
CONF_DIRECT = 0.95
CONF_MIXED = 0.85
CONF_INDIRECT = 0.7
CONF_CONTINUATION = 0.75
_VIA_FACTOR = {"name": 1.0, "organization": 0.97, "anonymous": 0.95, "role": 0.9, "pronoun": 0.85, "unknown": 0.6}


@dataclass
class Unit:
    """A sentence (or several inside one quote) of one paragraph."""

    start: int
    end: int
    paragraph: int
    spans: list[QuotedSpan] = field(default_factory=list)


@dataclass
class _Found:
    """A quote before it becomes a record (speaker may still come from a neighbour)."""

    start: int
    end: int
    kind: QuoteKind
    unit: Unit
    resolved: Resolved | None
    cue: str | None
    channel: str | None
    confidence: float
    span: QuotedSpan | None = None
    speaker_token: int = -1
    cue_index: int = -1


class _Article:
    """Character/token look-ups over one document, built once per article."""

    def __init__(self, doc: Doc, text: str, spans: list[QuotedSpan]) -> None:
        self.doc = doc
        self.text = text  # the article's text, which the doc was parsed from (Doc.text rebuilds it)
        self.paragraphs = paragraphs(text)
        self.starts = [t.idx for t in doc]
        self.spans = spans
        self.in_quote = [False] * len(doc)
        for s in spans:
            for i in range(self.token_at(s.open_mark), self.token_before(s.outer_end) + 1):
                if 0 <= i < len(doc):
                    self.in_quote[i] = True

    def token_at(self, offset: int) -> int:
        """Index of the token starting at or covering ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def token_before(self, offset: int) -> int:
        """Index of the last token starting before ``offset``."""
        return bisect.bisect_left(self.starts, offset) - 1

    def tokens(self, lo: int, hi: int) -> range:
        """Token indices of tokens starting in ``[lo, hi)``."""
        return range(bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi))


# --- not speech ----------------------------------------------------------------------------


def _is_title(text: str, span: QuotedSpan, para_start: int) -> bool:
    """“The Impossible State” after "the book", “Fox News Sunday” after "said on"."""
    inner = text[span.start : span.end]
    if not inner[:1].isupper():
        return False
    before = text[para_start : span.open_mark].rstrip()
    before = re.sub(r"\s+[A-Z][\w.&-]*[’']s$", "", before)  # on ABC’s “This Week”
    m = re.search(r"([A-Za-z]+)\s*,?$", before)
    return m is not None and m.group(1).lower() in load_cues().title_triggers


def _is_nickname(text: str, span: QuotedSpan) -> bool:
    """Jimmy “Barbecue” Chérizier, Joaquín “El Chapo” Guzmán: a short capitalised phrase in
    marks between a given name and a surname is part of the name, not speech."""
    if span.close_mark is None:
        return False
    inner = text[span.start : span.end]
    words = inner.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or re.search(r"[.,!?;:]", inner):
        return False
    before = re.search(r"\b[A-Z][\w'’-]+\s$", text[max(0, span.open_mark - 40) : span.open_mark])
    after = re.match(r"\s[A-Z][\w'’-]+", text[span.close_mark + 1 : span.close_mark + 40])
    return before is not None and after is not None


def _is_name_in_marks(art: _Article, span: QuotedSpan) -> bool:
    """the checkpoint “Kyzyl-Bel”, operation “Iron Swords”, the project “Titan”: capitalised
    words in marks right after the common noun they name are a name, not speech."""
    text = art.text
    inner = text[span.start : span.end]
    words = inner.split()
    if span.close_mark is None or not 1 <= len(words) <= 4 or re.search(r"[.,!?;:]", inner):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "the", "and", "for") for w in words):
        return False
    if not words[0][:1].isupper():
        return False
    k = bisect.bisect_right(art.starts, span.open_mark) - 2  # the token before the mark
    if k < 0:
        return False
    before = art.doc[k]
    return before.pos_ == "NOUN" and before.is_lower and before.idx + len(before) <= span.open_mark and (
        text[before.idx + len(before) : span.open_mark].strip() == ""
    )


def _is_heading(text: str, span: QuotedSpan, para: tuple[int, int]) -> bool:
    """A paragraph that is only a short quoted phrase ("Definitively Untrustworthy")."""
    outside = text[para[0] : span.open_mark] + text[span.outer_end : para[1]]
    if re.search(r"\w", outside) or span.chain is not None:
        return False
    inner = text[span.start : span.end]
    return len(inner.split()) <= _HEADING_MAX_WORDS and not re.search(r"[.!?]\W*$", inner)


# --- units -------------------------------------------------------------------------------


def _units(text: str, spans: list[QuotedSpan]) -> list[Unit]:
    units: list[Unit] = []
    for p_index, (lo, hi) in enumerate(paragraphs(text)):
        cuts = [lo]
        for m in _BOUNDARY.finditer(text, lo, hi):
            b = m.end()
            if any(s.open_mark < b < s.outer_end for s in spans if s.paragraph == p_index):
                continue
            if _ABBREVIATION.search(text[max(lo, m.start() - 6) : m.start() + 1]):
                continue
            cuts.append(b)
        cuts.append(hi)
        for a, b in itertools.pairwise(cuts):
            while a < b and (text[a].isspace() or text[a] in ".;,"):
                a += 1
            e = b
            while e > a and text[e - 1].isspace():
                e -= 1
            if e > a:
                units.append(Unit(a, e, p_index))
    for s in spans:
        for u in units:
            if u.start <= s.open_mark < u.end or (s.open_mark < u.start and s.paragraph == u.paragraph and u.start < s.outer_end):
                u.spans.append(s)
                break
    return units


def _merge_trailing_attributions(units: list[Unit], art: _Article) -> list[Unit]:
    """“Deal will happen!” Trump wrote. — the attribution after a full stop joins its quote."""
    merged: list[Unit] = []
    for u in units:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.paragraph == u.paragraph
            and not u.spans
            and prev.spans
            and prev.spans[-1].outer_end >= prev.end - 1
            and _is_bare_attribution(art, u)
        ):
            prev.end = u.end
            continue
        merged.append(u)
    return merged


def _is_bare_attribution(art: _Article, u: Unit) -> bool:
    toks = art.tokens(u.start, u.end)
    if len(toks) > 12:
        return False
    for i in toks[:8]:
        t = art.doc[i]
        if cue_kind(t) in ("speech", "direct") and not any(c.dep_ in _CONTENT_DEPS for c in t.children):
            return True
    return False


# --- quotes in a unit ------------------------------------------------------------------------


def _own_clause(art: _Article, span: QuotedSpan) -> bool:
    """The quoted words form a clause of their own (a subject and its verb inside)."""
    for i in art.tokens(span.start, span.end):
        t = art.doc[i]
        if t.dep_ in ("nsubj", "nsubjpass", "expl") and span.start <= t.head.idx < span.end and t.head.pos_ in ("VERB", "AUX"):
            return True
    return False


def _governing_cue(art: _Article, span: QuotedSpan, cues: dict[int, str]) -> tuple[int, int] | None:
    """The cue a quoted fragment hangs from in the parse, and the cue's child on the way."""
    doc = art.doc
    fragment_verbs = load_cues().fragment_verbs
    for i in art.tokens(span.start, span.end):
        t = doc[i]
        if span.open_mark <= t.head.idx < span.outer_end:
            continue
        below, a = t, t.head
        found: tuple[int, int] | None = None
        for _step in range(10):
            kind = cues.get(a.i)
            if kind == "noun" and a.dep_ == "dobj" and cues.get(a.head.i) == "naming":
                kind = None  # "called Blanche's comment about prison “improper”": the naming verb's words
            if kind not in (None, "direct"):  # "he asked", "she replied": positional only
                if kind != "naming" or a.lemma_.lower() not in fragment_verbs:
                    return a.i, below.i
                # "Pompeo said the North side had requested … “that would have put …”": such a
                # verb inside someone's report is part of the report, the words the reporter's
                found = found or (a.i, below.i)
            if a.head == a:
                break
            below, a = a, a.head
        if found is not None:
            return found
    return None


def _content_range(art: _Article, cue: int, child: int, kind: str, span: QuotedSpan, unit: Unit) -> tuple[int, int]:
    """The reported words around a quoted fragment: the cue's content clause or object.

    In "he told CNN that Progress “has been good” and talks continue" the speaker is
    reported as saying the whole clause; the quotation marks only show which words are
    his own. Clauses of later cues ("…, adding “…”") are cut off.
    """
    doc = art.doc
    c = doc[child]
    cue_tok = doc[cue]
    if c.dep_ in ("nsubj", "nsubjpass", "punct"):
        return span.start, span.end
    if kind == "speech" and c.dep_ in ("dobj", "dative"):
        # "told a radio interviewer that Choe was “inaccurate”": spaCy hangs the reported clause
        # on the person told, as if it were a relative clause; the report is that clause
        for d in c.children:
            if d.dep_ in ("relcl", "acl", "ccomp") and d.left_edge.lower_ == "that" \
                    and d.left_edge.idx <= span.start < d.right_edge.idx + len(d.right_edge):
                c = d
                break
    lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
    if kind == "speech" and c.dep_ == "ccomp":
        # "told reporters that the missiles fired earlier this month violated …": spaCy splits one
        # reported clause into two complements; it starts at the first one's "that"
        for sib in cue_tok.children:
            if sib.dep_ == "ccomp" and cue_tok.i < sib.i < c.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in sib.children
            ) and not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                lo = min(lo, sib.left_edge.idx)
    if kind == "naming":
        rights = [r for r in cue_tok.rights if not r.is_punct and r.i <= c.i]
        if rights:
            lo = min(lo, rights[0].left_edge.idx)
        if any(g.dep_ == "dobj" and g.tag_ in ("WP", "WDT") for g in cue_tok.children):
            # "rejected what he called “arbitrary deadlines” for the sale of …": the name given
            # ends with the quoted words; what follows is the writer's
            hi = min(hi, span.outer_end)
    for d in c.subtree:
        if d.i == c.i or d.idx < span.outer_end or cue_kind(d) not in ("speech", "naming"):
            continue
        reports = d.dep_ in ("advcl", "relcl") or any(g.dep_ in _CONTENT_DEPS for g in d.children) or any(
            d.left_edge.idx <= s.open_mark < d.right_edge.idx + 1 for s in unit.spans if s is not span
        )
        if reports:  # "…, which he said would …", "…, adding “…”": another report
            hi = min(hi, d.left_edge.idx)
    hi = min(hi, _writer_additions(c, span.outer_end))
    if art.text[span.end : span.outer_end].lstrip()[:1] == ",":
        hi = min(hi, span.outer_end)  # “in the coming weeks,” a day after …: the comma ends the words
    if kind == "speech" and cue_tok.dep_ != "conj":
        for conj in cue_tok.rights:  # "said … “must not stop,” and that he believed …": one report
            if conj.dep_ == "conj" and conj.i > c.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in conj.children):
                hi = max(hi, conj.right_edge.idx + len(conj.right_edge))
    lo, hi = min(lo, span.open_mark), max(hi, span.outer_end)
    return max(lo, unit.start), min(hi, unit.end)


def _writer_additions(clause: Token, after: int) -> int:
    """Where the reported words end before the writer's additions after the quote: an act
    of the speaker conjoined without a subject ("…said it was “very concerned” and called
    on the North to stop") or a comment in apposition ("…, the latest sign that …")."""
    kb = load_cues()
    hi = clause.right_edge.idx + len(clause.right_edge)
    for d in clause.subtree:
        if d.idx < after:
            continue
        lemma = d.lemma_.lower()
        if d.dep_ == "conj" and d.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in d.children):
            if (lemma in kb.speech_act_verbs or lemma in kb.speech_verbs) and not _could_act(d.head):
                hi = min(hi, d.left_edge.idx)
        elif d.dep_ == "appos" and lemma in kb.commentary_nouns:
            hi = min(hi, d.left_edge.idx)
    return hi


def _refusal_after(clause: Token) -> int:
    """Where a reported clause ends before the speaker's refusal conjoined to it without a
    subject: "said the two could meet again but declined to set a date", "said the unions would
    meet … and did not rule out a strike" — declining or not ruling out is what the speaker did
    in answer, not part of the words (a refusal can hardly be reported in the same breath)."""
    kb = load_cues()
    hi = clause.right_edge.idx + len(clause.right_edge)
    for d in clause.subtree:
        if d.i <= clause.i or d.dep_ != "conj" or d.pos_ != "VERB":
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in d.children) or _could_act(d.head):
            continue
        lemma = d.lemma_.lower()
        negated = any(g.dep_ == "neg" for g in d.children)
        if lemma in kb.blocking_heads or (negated and lemma in kb.speech_act_verbs):
            hi = min(hi, d.left_edge.idx)
    return hi


def _could_act(verb: Token) -> bool:
    """Whether the subject a conjoined verb would share with ``verb`` is a third party who
    could do it ("they reaffirmed … and pledged"): a plural pronoun or a named actor. "it"
    and "he" are most often the speaker again, and a thing ("the visit had been …") cannot
    dismiss or call on anyone, so the verb is the speaker's own act."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("they", "we", "both")
    return subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subject.pos_ == "PROPN"


_OPENING = "“‘«„\"'"
_CLOSING = "”’»\"'"


# What a reported stretch is trimmed of at each end: the writer's punctuation, a "that" (or,
# before quoted words, "whether") that only joins the clause to its cue, and a dangling
# conjunction. A quoted fragment's stretch also loses the marks around it; a clause without
# marks loses a bracket or a full stop left by the sentence cut.
_CONTENT_LEAD = _TRIM_CHARS + _OPENING
_CONTENT_TAIL = _TRIM_CHARS + _CLOSING + ".!?"
_CONTENT_JOINER = re.compile(r"(?:that|whether)\s+")
_CLAUSE_LEAD = _TRIM_CHARS + ".(“\"'‘"
_CLAUSE_TAIL = _TRIM_CHARS + ".!?)"
_CLAUSE_JOINER = re.compile(r"that\s+")
_DANGLING = re.compile(r"\s(?:and|but|or)(?:\s+that)?$")


def _trim(text: str, lo: int, hi: int, lead: str, tail: str, joiner: re.Pattern[str], repeat_lead: bool) -> tuple[int, int]:
    """``[lo, hi)`` trimmed at both ends until nothing more comes off (the front only once
    unless ``repeat_lead``)."""
    first = True
    while True:
        before = (lo, hi)
        if first or repeat_lead:
            while lo < hi and text[lo] in lead:
                lo += 1
            m = joiner.match(text, lo, hi)
            if m:
                lo = m.end()
        first = False
        while hi > lo and text[hi - 1] in tail:
            hi -= 1
        m = _DANGLING.search(text[lo:hi])
        if m:
            hi = lo + m.start()
        if (lo, hi) == before:
            return lo, hi


def _trim_content(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The words around a quoted fragment, trimmed (marks included)."""
    return _trim(text, lo, hi, _CONTENT_LEAD, _CONTENT_TAIL, _CONTENT_JOINER, repeat_lead=True)


def _words_outside(text: str, lo: int, hi: int, spans: list[QuotedSpan]) -> bool:
    """Whether ``[lo, hi)`` holds words outside the quotation marks."""
    pieces = []
    pos = lo
    for s in sorted(spans, key=lambda s: s.open_mark):
        if s.outer_end <= lo or s.open_mark >= hi:
            continue
        pieces.append(text[pos : max(pos, s.open_mark)])
        pos = max(pos, s.outer_end)
    pieces.append(text[pos:hi])
    return bool(re.search(r"\w", " ".join(pieces)))


def _positional_cue(art: _Article, span: QuotedSpan, unit: Unit, cues: dict[int, str]) -> int | None:
    """A speech cue right after (“…,” he said) or right before (he said: “…”) the quote."""
    nxt = next((s.open_mark for s in unit.spans if s.open_mark > span.open_mark), unit.end)
    prv = max((s.outer_end for s in unit.spans if s.outer_end <= span.open_mark), default=unit.start)
    inner = art.text[span.start : span.outer_end]
    after = [i for i in art.tokens(span.outer_end, nxt) if cues.get(i) in ("speech", "direct", "phrase")]
    if after and re.search(r"[,!?.…—–-]\W*$", inner) and find_subject(art.doc[after[0]]) is not None:
        anchor = quoting_verb(art.doc[after[0]]) or art.doc[after[0]]  # "…,” the agency quoted X as saying
        words_between = [i for i in art.tokens(span.outer_end, anchor.idx) if not art.doc[i].is_punct]
        if len(words_between) <= 6:
            return after[0]
    before = [i for i in art.tokens(prv, span.open_mark) if not art.doc[i].is_punct]
    if before and cues.get(before[-1]) in ("speech", "direct"):
        return before[-1]
    if before and art.text[prv : span.open_mark].rstrip().endswith(":"):
        speech = [i for i in before if cues.get(i) in ("speech", "direct")]
        if speech:
            return speech[-1]
    return None


def _kind(art: _Article, span: QuotedSpan, unit: Unit, cue: int) -> QuoteKind:
    text = art.text
    nxt = next((s.open_mark for s in unit.spans if s.open_mark > span.open_mark), unit.end)
    prv = max((s.outer_end for s in unit.spans if s.outer_end <= span.open_mark), default=unit.start)
    before, after = text[prv : span.open_mark], text[span.outer_end : nxt]
    cue_tok = art.doc[cue]
    if cue_tok.idx >= span.outer_end:
        if not re.search(r"\w", before) or (_own_clause(art, span) and before.rstrip()[-1:] in ",:—–-"):
            return "direct"
        return "mixed"
    if not re.search(r"\w", after):
        stripped = before.rstrip()
        if stripped.endswith(":"):
            return "direct"
        last = [i for i in art.tokens(prv, span.open_mark) if not art.doc[i].is_punct]
        if last and last[-1] == cue:
            return "direct"
    return "mixed"


def _quote_text_bounds(text: str, start: int, end: int, kind: QuoteKind) -> tuple[int, int]:
    while end > start and text[end - 1] in _TRIM_CHARS:
        end -= 1
    if kind != "direct":
        while end > start and text[end - 1] in ".":
            end -= 1
    return start, end


def _confidence(base: float, resolved: Resolved | None) -> float:
    if resolved is None:
        return base * 0.6
    return round(base * _VIA_FACTOR.get(resolved.via, 0.6), 3)


def _channel(art: _Article, cue: int, unit: Unit) -> str | None:
    tok = art.doc[cue]
    return title_channel(art.text, tok.idx, unit.end) or find_channel(tok)


def _resolve(
    state: DocState, art: _Article, cue: int, ctx: SpeakerContext, unit: Unit
) -> tuple[Resolved | None, int]:
    subject = find_subject(art.doc[cue])
    para = art.paragraphs[unit.paragraph]
    if subject is not None and not para[0] <= subject.idx < para[1]:
        subject = linear_subject(art.doc[cue])  # the parse ran across a paragraph break
        if subject is not None and not unit.start <= subject.idx < unit.end:
            subject = None
    if subject is None:
        return None, -1
    resolved = resolve_speaker(state, subject, ctx, art.doc[cue])
    ctx.remember(subject.i, resolved.speaker)
    return resolved, subject.i


def _indirect(state: DocState, art: _Article, unit: Unit, cues: dict[int, str], used: set[int], ctx: SpeakerContext) -> list[_Found]:
    """Cue verbs with a content clause free of quotation marks, and "according to X"."""
    found: list[_Found] = []
    doc, text = art.doc, art.text
    kb = load_cues()
    for i, kind in cues.items():
        if kind not in ("speech", "phrase", "noun") or (i in used and kind != "speech"):
            continue
        tok = doc[i]
        clause: Token | None = None
        if kind == "phrase":
            head = tok.head
            reports = cue_kind(head) in ("speech", "direct") and any(c.dep_ in _CONTENT_DEPS for c in head.children)
            inside = any(  # "She told Chung that …, according to the ministry": inside her report
                k != i and kk == "speech" and any(_is_content(c) and c.left_edge.i <= i <= c.right_edge.i for c in doc[k].children)
                for k, kk in cues.items()
            )
            if reports or inside or head.i in used or unit.spans:
                continue  # "X said …, according to Y": Y is how the report reached us
            p_lo, p_hi = tok.left_edge.idx, _phrase_end(tok)
            left, right = (unit.start, p_lo), (p_hi, unit.end)
            lo, hi = left if (left[1] - left[0]) >= (right[1] - right[0]) else right
            finite = [side for side in (left, right) if _has_clause(art, *side)]
            if len(finite) == 1:  # "X is seen as …, according to Y, with both … under discussion"
                lo, hi = finite[0]
            elif not finite and left[1] > left[0] and right[1] > right[0] and _has_clause(art, unit.start, unit.end):
                lo, hi = unit.start, unit.end  # "The plan, according to two officials, would cut …"
        elif kind == "noun":
            # "media reports that X met …": a report noun with its content clause
            clause = next((c for c in tok.children if _is_content(c) or _noun_content(c)), None)
            if clause is None or tok.lemma_.lower() not in kb.report_nouns:
                continue
            lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
            if any(s.open_mark < hi and lo < s.outer_end for s in unit.spans):
                continue
            lo, hi = max(lo, unit.start), min(hi, unit.end)
        else:
            para = art.paragraphs[unit.paragraph]
            # the parse may run across a paragraph break and hang the quotation before on the
            # cue as well ("“…”\n\nLindqvist said the Commission had …"): its own clause is the
            # one in this paragraph
            contents = [c for c in tok.children if _is_content(c) and para[0] <= c.idx < para[1]]
            if not contents:
                contents = _channel_content(tok, kb, para)
            if len(contents) > 1 and contents[0].i < tok.i < contents[-1].i:
                # "North Korea fired …, and state media said Kim oversaw …": the clause after the
                # cue is its report; the one before is a sentence the parse hung on it
                contents = [c for c in contents if c.i > tok.i]
            clause = contents[0] if contents else None
            if clause is None:
                if i in used:
                    continue
                fronted = _fronted_clause(art, unit, tok) or _parenthetical_report(art, unit, tok)
                inverted = _inverted_report(art, unit, tok) if fronted is None else None
                if inverted is not None:
                    fronted = inverted[0], inverted[1]
                if fronted is None:
                    continue
                lo, hi = fronted
                lo, hi = _trim_clause(text, lo, hi)
                if hi - lo < 8 or len(text[lo:hi].split()) < 3:
                    continue
                if inverted is not None:  # the speaker is the phrase after the cue, not the clause's subject
                    subj = inverted[2]
                    found_speaker: Resolved | None = resolve_speaker(state, doc[subj], ctx, tok)
                    assert found_speaker is not None
                    ctx.remember(subj, found_speaker.speaker)
                else:
                    found_speaker, subj = _resolve(state, art, i, ctx, unit)
                if found_speaker is not None:
                    found.append(_Found(lo, hi, "indirect", unit, found_speaker, tok.lower_, _channel(art, i, unit),
                                        _confidence(CONF_INDIRECT, found_speaker), speaker_token=subj))
                continue
            if cue_kind(clause) == "naming" and any(g.dep_ == "dobj" and g.tag_ in ("WP", "WDT") for g in clause.children):
                continue  # "criticized what he called pressure on …": the object named, no report
            if clause.i < tok.i and clause.lemma_.lower() in kb.speech_verbs and any(
                c.dep_ in _CONTENT_DEPS for c in clause.children
            ):
                continue  # "X said, state media reported": the inner report is the quote
            lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
            if lo <= tok.idx < hi:
                continue  # "a site that Trump said was dismantled": a relative clause, no report
            lo = _after_cue_time(tok, clause, lo)
            for c in tok.rights:  # "X said A, while B": the contrast is reported too
                if c.i > clause.i and c.dep_ == "advcl" and cue_kind(c) is None and any(
                    m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in c.children
                ):
                    hi = max(hi, c.right_edge.idx + len(c.right_edge))
            for c in tok.rights:  # "said that X, and that Y": two clauses under one cue are one report
                if c.dep_ == "conj" and c.i > clause.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                    hi = max(hi, c.right_edge.idx + len(c.right_edge))
            for c in tok.rights:  # "said about 120 people were missing, most of them fishermen …"
                if c.i > clause.i and c.dep_ == "ccomp" and cue_kind(c) is None and text[
                    clause.right_edge.idx + (0 if clause.right_edge.is_punct else len(clause.right_edge)) : c.left_edge.idx
                ].strip() == ",":
                    # (the comma hung on the clause or on the cue: "said it had cooperated with the
                    # inquiry, had fixed the server and had offered …" is one report)
                    hi = c.right_edge.idx + len(c.right_edge)  # spaCy's second complement is the same report
                    break
            for d in clause.subtree:
                # "… that Kim had promised X, and tweeted that …", "the bank had waited too long,
                # while the association warned that …", "… the US had no right to interfere … and
                # accused Washington of …": a report of its own ends this one
                if d.i <= clause.i or d.idx >= hi or cue_kind(d) not in ("speech", "direct", "naming"):
                    continue
                if d.dep_ == "conj" and d.head.i == clause.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in d.children):
                    continue  # "said X were near capacity and that the state had asked …": one report
                own_subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in d.children)
                # "said she hoped X, adding: “…”", "said he would meet Kim …, declaring that …": the
                # speaker's next speech act, hung on the clause (not "demanded a cut, arguing that
                # …", where the one who demands argues)
                adding = d.tag_ == "VBG" and d.i > 0 and doc[d.i - 1].text == "," and (
                    d.lemma_ == "add" or (cue_kind(d.head) is None and d.head.lemma_.lower() not in kb.speech_act_verbs
                                          and not _named_agent(d.head)))
                if (d.dep_ == "conj" and (d.head.i == clause.i or _misjoined(d))) or (
                        d.dep_ == "advcl" and (own_subject or adding)):
                    hi = min(hi, d.left_edge.idx)
            for d in clause.subtree:
                # "said the government would not cut the subsidy, and rejected what he called …":
                # the speaker's own act, in a tense the modal cannot govern, ends the report
                if d.i > clause.i and d.idx < hi and d.dep_ == "conj" and _misjoined(d) and not any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in d.children
                ) and d.lemma_.lower() in kb.speech_act_verbs:
                    hi = min(hi, d.left_edge.idx)
            # "She said the unions would meet on Friday … and did not rule out a strike": the
            # speaker's own further act is the writer's report, not part of the words
            refusal = _refusal_after(clause)
            if refusal < clause.right_edge.idx + len(clause.right_edge):
                hi = min(hi, refusal)
            rest = text[hi:unit.end].lstrip()
            if i in used and not (rest.startswith(":") and rest[1:].lstrip()[:1] in _OPENING):
                continue  # the cue's words are the quotation; only "said X: “…”" reports X too
            if rest.startswith(":") and rest[1:].lstrip()[:1] not in _OPENING and not any(
                cue_kind(doc[j]) and not _embedded(doc[j]) for j in art.tokens(hi, unit.end)
            ):
                hi = unit.end  # "… clarity on other issues: the return of …": the list is reported too
            if any(s.open_mark < hi and lo < s.outer_end for s in unit.spans):
                continue
            lo, hi = max(lo, unit.start), min(hi, unit.end)
            hi = _source_tail(art, lo, hi)
        lo, hi = _trim_clause(text, lo, hi)
        if hi - lo < 8 or len(text[lo:hi].split()) < 3:
            continue
        resolved, subj = _resolve(state, art, i, ctx, unit)
        if resolved is None:
            continue
        if kind == "speech" and subj >= 0 and lo < doc[subj].idx < hi:
            # "…, witnesses and a hospital official said": the parse put the speakers inside
            # the clause; the report ends before them
            lo, hi = _trim_clause(text, lo, doc[min(subj, doc[subj].left_edge.i)].idx)
            if hi - lo < 8 or len(text[lo:hi].split()) < 3:
                continue
        if kind == "speech" and clause is not None and resolved.speaker.kind != "person":
            relayed = _relayed_speaker(state, art, clause, ctx, unit)
            if relayed is not None:
                resolved, subj = relayed
        cue = "according to" if kind == "phrase" else tok.lower_
        channel = None if kind == "phrase" else _channel(art, i, unit)
        found.append(_Found(lo, hi, "indirect", unit, resolved, cue, channel, _confidence(CONF_INDIRECT, resolved),
                            speaker_token=subj, cue_index=i))
    # "The official said the ministry had warned that …": a report inside another speaker's
    # reported clause is part of that speaker's words (eval/GUIDE.md, whose words), not a quote
    # of its own
    return [
        f for f in found
        if not any(
            g is not f and g.start <= doc[f.cue_index].idx < g.end and g.start <= f.start and f.end <= g.end
            for g in found
        )
    ]


def _source_tail(art: _Article, lo: int, hi: int) -> int:
    """Where a report ends before the writer's note of how it reached them: "told parliament
    that there was no confirmation, according to media reports", "said the price could be cut,
    citing people familiar with the matter" — the source phrase after a comma, running to the
    end of the report, is not part of the words."""
    doc = art.doc
    for i in art.tokens(lo, hi):
        t = doc[i]
        if i == 0 or doc[i - 1].text != "," or doc[i - 1].idx <= lo:
            continue
        source = (t.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to") or (
            t.lower_ == "citing" and t.dep_ in ("advcl", "xcomp", "conj", "acl")
        )
        if source and not art.text[t.right_edge.idx + len(t.right_edge) : hi].strip(" .,;"):
            return doc[i - 1].idx
    return hi


def _relayed_speaker(
    state: DocState, art: _Article, clause: Token, ctx: SpeakerContext, unit: Unit
) -> tuple[Resolved, int] | None:
    """"Guterres urged both countries to …, his spokesman said": a spokesman or an agency relays
    a person's own speech act, and the words are that person's (eval/GUIDE.md, whose words)."""
    if cue_kind(clause) != "speech":
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON":
        return None
    resolved = resolve_speaker(state, subject, ctx, clause)
    if resolved.speaker.kind != "person":
        return None
    return resolved, subject.i


_TIME_ENTS = ("DATE", "TIME")
_TIME_PREPS = ("on", "in", "at", "during", "late", "early", "over")


def _after_cue_time(cue: Token, clause: Token, lo: int) -> int:
    """Where the report starts when the time of the speaking stands between the cue and its
    clause: "said on Tuesday the talks had failed", "said Tuesday the company would appeal",
    "said last week the plan was dead" — spaCy hangs the time on the reported verb, but with
    no "that" before it, it dates the saying. When the parse makes the reported subject the
    object of the time ("said on Thursday media reports … could not be confirmed"), the
    report starts after the day's name."""
    doc = cue.doc

    def timely(t: Token) -> bool:
        if t.dep_ == "prep" and t.lower_ in _TIME_PREPS:
            return any(g.dep_ == "pobj" and g.ent_type_ in _TIME_ENTS for g in t.children)
        return t.dep_ in ("npadvmod", "advmod") and t.ent_type_ in _TIME_ENTS

    def bare_gap(a: int, b: int) -> bool:  # only the cue's own adverbs ("late", "again") between
        return all(doc[k].dep_ == "advmod" and doc[k].head.i == cue.i for k in range(a, b))

    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None:
        if clause.left_edge.i <= cue.i:
            return lo
        for p in cue.rights:  # "said on Thursday media reports on … could not be confirmed"
            if p.dep_ != "prep" or p.lower_ != "on" or p.i > clause.i or not bare_gap(cue.i + 1, p.i):
                continue
            obj = next((g for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
            day = doc[p.i + 1] if p.i + 1 < len(doc) else None
            if obj is None or day is None or day.ent_type_ not in _TIME_ENTS or day.dep_ != "compound" or day.head.i != obj.i:
                continue
            start = day.i + 1
            while start < obj.i and doc[start].ent_type_ in _TIME_ENTS:
                start += 1
            if start <= obj.i and obj.right_edge.i + 1 <= clause.left_edge.i:
                return doc[start].idx
        return lo
    if any(m.dep_ == "mark" for m in clause.children if m.i < subject.i):
        return lo  # "said that on Tuesday the talks …": the time is the report's own
    for d in clause.lefts:
        if d.i >= subject.left_edge.i or not timely(d):
            continue
        if d.left_edge.i > cue.i and bare_gap(cue.i + 1, d.left_edge.i) and d.right_edge.i + 1 == subject.left_edge.i:
            return subject.left_edge.idx
    return lo


def _named_agent(verb: Token) -> bool:
    """Whether ``verb`` has a name as subject: in "said Erdoğan had pressed Karahan …, arguing
    that …" the participle is Erdoğan's (its subject is the clause's), inside the report, not the
    speaker's next act; with a pronoun ("said he would meet Kim, declaring …") it may be either."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME") for c in verb.children)


def _misjoined(verb: Token) -> bool:
    """A finite verb the parse conjoins to an infinitive ("no right to interfere … and accused
    Washington …"): the tenses do not coordinate, so it is the speaker's next act."""
    return verb.tag_ in ("VBD", "VBZ") and verb.head.tag_ == "VB" and any(
        c.dep_ == "aux" and c.tag_ in ("TO", "MD") for c in verb.head.children
    )  # "would not cut the subsidy … and rejected …": a past tense is not under the modal


def _embedded(token: Token) -> bool:
    """A cue inside a relative clause ("a test site that Trump said was dismantled") reports
    within the list it sits in; it does not start a report of its own."""
    t = token
    for _ in range(4):
        if t.dep_ in ("relcl", "acl"):
            return True
        if t.head == t:
            return False
        t = t.head
    return False


def _channel_content(cue: Token, kb: CueKnowledge, para: tuple[int, int]) -> list[Token]:
    """"Gazprom said in a statement that X owed …": the parser may hang the reported clause on
    the channel noun after the cue ("a statement that …") instead of on the cue itself."""
    return [c for p in cue.children if p.dep_ == "prep" and p.i > cue.i and p.lower_ in kb.channel_preps
            for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in kb.channel_nouns
            for c in n.children if _noun_content(c) and c.i > n.i and para[0] <= c.idx < para[1]]


def _noun_content(token: Token) -> bool:
    """The content clause of a report noun: "reports that X met …" (acl with "that")."""
    if token.dep_ == "relcl":  # "on a conference call that the sanctions would …": "that" is no pronoun here
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children
        )
    return token.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _fronted_clause(art: _Article, unit: Unit, cue: Token) -> tuple[int, int] | None:
    """"Seoul gave in …, a senior official said on condition of anonymity, instead of …":
    the clause before ", <subject> said" when the parse left the cue without its content
    (it runs across a paragraph break or makes the clause a sibling). The subject must sit
    between the comma and the cue, and the stretch before the comma must be a clause of
    its own that no quotation mark touches."""
    doc = art.doc
    # "…, the agency quoted him as saying.": the quoting verb carries the subject
    anchor = quoting_verb(cue) or cue
    subject = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > cue.i:
        return None
    left = subject.left_edge.i - 1
    if left <= 0 or doc[left].text != "," or doc[left].idx <= unit.start:
        return None
    lo, hi = unit.start, doc[left].idx
    if any(s.open_mark < hi and lo < s.outer_end for s in unit.spans) or not _has_clause(art, lo, hi):
        return None
    if any(cue_kind(doc[j]) in ("speech", "direct", "phrase") for j in art.tokens(lo, hi)):
        return None
    return lo, hi


def _inverted_report(art: _Article, unit: Unit, cue: Token) -> tuple[int, int, int] | None:
    """"One Tajik soldier was wounded, reported the state agency Khovar.": a cue after a comma
    with its subject after it, ending the sentence, attributes the clause before the comma
    (spaCy joins the cue to that clause and makes the speaker its object)."""
    doc = art.doc
    if cue.i < 2 or doc[cue.i - 1].text != "," or cue.head.i >= cue.i or cue.dep_ not in ("conj", "parataxis", "ccomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or cue.tag_ not in ("VBD", "VBZ"):
        return None
    speaker = next((c for c in cue.rights if c.dep_ in ("dobj", "attr", "npadvmod", "appos")), None)
    if speaker is None or speaker.left_edge.i != cue.i + 1 or speaker.pos_ not in ("PROPN", "NOUN"):
        return None
    rest = art.text[speaker.right_edge.idx + len(speaker.right_edge) : unit.end].strip()
    if rest not in ("", ".") or not _finite(cue.head):
        return None
    lo, hi = unit.start, doc[cue.i - 1].idx
    if any(s.open_mark < hi and lo < s.outer_end for s in unit.spans) or not _has_clause(art, lo, hi):
        return None
    if any(cue_kind(doc[j]) in ("speech", "direct", "phrase") for j in art.tokens(lo, hi)):
        return None
    return lo, hi, speaker.i


def _parenthetical_report(art: _Article, unit: Unit, cue: Token) -> tuple[int, int] | None:
    """"The death toll, officials said on Tuesday, had risen to 45": a cue set off by commas
    inside the clause it reports (spaCy: parataxis of that clause's verb). The report is the
    whole clause around it, no quotation mark in it."""
    head = cue.head
    if cue.dep_ != "parataxis" or head.i == cue.i or not _finite(head):
        return None
    lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    if not (lo < cue.left_edge.idx and cue.right_edge.idx < hi) or art.doc[cue.left_edge.i].text != ",":
        return None
    if not (unit.start <= lo and hi <= unit.end) or any(s.open_mark < hi and lo < s.outer_end for s in unit.spans):
        return None
    return lo, hi


def _finite(verb: Token) -> bool:
    """Whether ``verb`` heads a clause with a subject of its own."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _has_clause(art: _Article, lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)`` holds a finite clause (a subject with its verb), not just a phrase."""
    for i in art.tokens(lo, hi):
        t = art.doc[i]
        if t.dep_ in ("nsubj", "nsubjpass", "expl") and lo <= t.head.idx < hi:
            return True
    return False


def _is_content(token: Token) -> bool:
    """A reported clause: a ccomp, or an advcl the parser made of "that …" after a cue."""
    if token.dep_ in _CONTENT_DEPS:
        return True
    return token.dep_ == "advcl" and token.i > token.head.i and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children
    )


def _trim_clause(text: str, lo: int, hi: int) -> tuple[int, int]:
    """A reported clause without marks, trimmed."""
    return _trim(text, lo, hi, _CLAUSE_LEAD, _CLAUSE_TAIL, _CLAUSE_JOINER, repeat_lead=False)


def extract_quotes(state: DocState) -> list[Quote]:
    """All quotes of one analysed article, in text order."""
    if state.doc is None or state.article is None:
        return []
    doc = state.doc
    text = state.article.text
    all_spans = find_quoted_spans(text)
    paras = paragraphs(text)
    art = _Article(doc, text, all_spans)
    speech = [
        s for s in all_spans
        if not _is_title(text, s, paras[s.paragraph][0]) and not _is_heading(text, s, paras[s.paragraph])
        and not _is_nickname(text, s) and not _is_name_in_marks(art, s)
    ]
    ctx = SpeakerContext(state, art.in_quote)
    units = _merge_trailing_attributions(_units(text, speech), art)
    found: list[_Found] = []
    last_venue: tuple[str, str] | None = None  # (speaker key, venue) of the sentence before
    for unit in units:
        cues = {
            i: k for i in art.tokens(unit.start, unit.end)
            if not art.in_quote[i] and (k := cue_kind(doc[i])) is not None
        }
        used: set[int] = set()
        unit_found: list[_Found] = []
        for span in unit.spans:
            item = _quote_in_unit(state, art, span, unit, cues, used, ctx, found + unit_found)
            if item is not None:
                unit_found.append(item)
        unit_found = _merge_fragments(unit_found)
        unit_found.extend(_indirect(state, art, unit, cues, used, ctx))
        for item in unit_found:
            if (
                item.channel is None
                and last_venue is not None
                and item.resolved is not None
                and _speaker_key(item.resolved.speaker) == last_venue[0]
            ):
                item.channel = last_venue[1]
        last_venue = _venue(state, art, unit, ctx) if not unit.spans and not unit_found else None
        found.extend(sorted(unit_found, key=lambda f: f.start))
    _fill_chains(found)
    found = _embedded_posts(state, art, ctx, found)
    lead = dateline_end(text)
    for f in found:  # "ANKARA, Aug 3 (Reuters) - Russia has agreed …, Fidan said": the dateline is no speech
        if f.start < lead < f.end:
            f.start = lead
    return [_record(text, f) for f in found if f.resolved is not None]


# The signature line of an embedded post as scraped pages keep it:
# "— Donald J. Trump (@realDonaldTrump) November 3, 2017"
_POST_SIGNATURE = re.compile(
    r"\s*[—–-]{1,2}\s*(?P<name>[^\s()@][^()@\n]{0,60}?)\s*\(@\w{1,30}\)\s*(?P<date>[^\n]{0,30})$"
)
_POST_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*$")


def _embedded_posts(state: DocState, art: _Article, ctx: SpeakerContext, found: list[_Found]) -> list[_Found]:
    """An embedded post: a paragraph followed by its signature line ("— Name (@handle) date") is
    the poster's own words, all of them (any quotation inside is theirs to quote)."""
    text = art.text
    out = list(found)
    for p_index in range(1, len(art.paragraphs)):
        lo, hi = art.paragraphs[p_index]
        m = _POST_SIGNATURE.match(text, lo, hi)
        if m is None or (m.group("date").strip() and not re.search(r"\b(?:19|20)\d\d\b", m.group("date"))):
            continue
        b_lo, b_hi = art.paragraphs[p_index - 1]
        if _POST_SIGNATURE.match(text, b_lo, b_hi):
            continue
        link = _POST_LINK.search(text, b_lo, b_hi)
        start, end = b_lo, link.start() if link else b_hi
        while start < end and (text[start].isspace() or text[start] in _OPENING):
            start += 1
        start, end = _quote_text_bounds(text, start, end, "direct")
        if text[end - 1 : end] in _CLOSING and text[start - 1 : start] in _OPENING and start > b_lo:
            end -= 1  # the whole post in marks
        if len(text[start:end].split()) < 3:
            continue
        name_lo, name_hi = m.start("name"), m.end("name")
        toks = art.tokens(name_lo, name_hi)
        if not toks:
            continue
        head = art.doc[toks[-1]]
        resolved = resolve_speaker(state, head, ctx)
        if resolved.speaker.kind == "unknown":
            kind = "person" if head.ent_type_ == "PERSON" else "organization" if head.ent_type_ in ("ORG", "NORP", "GPE") else "unknown"
            name = text[name_lo:name_hi]
            resolved = Resolved(Speaker(None, name, kind, None), "name")  # type: ignore[arg-type]
        elif "@" in (resolved.speaker.description or ""):
            resolved = Resolved(replace(resolved.speaker, description=None), resolved.via)  # the handle
        unit = Unit(b_lo, b_hi, p_index - 1)
        out = [f for f in out if not (b_lo <= f.start and f.end <= b_hi)]
        out.append(_Found(start, end, "direct", unit, resolved, None, None, _confidence(CONF_DIRECT, resolved),
                          speaker_token=head.i))
    return sorted(out, key=lambda f: f.start)


def _speaker_key(speaker: Speaker) -> str:
    if speaker.actor_id:
        return speaker.actor_id
    return (speaker.name or "").split()[-1].lower() if speaker.name else ""


def _venue(state: DocState, art: _Article, unit: Unit, ctx: SpeakerContext) -> tuple[str, str] | None:
    """A sentence placing a speaker at an event, for the quote that follows it."""
    toks = art.tokens(unit.start, unit.end)
    if not toks:
        return None
    root = art.doc[toks[0]].sent.root
    if not unit.start <= root.idx < unit.end:
        return None
    venue = venue_of_sentence(root, art.doc[toks[0] : toks[-1] + 1])
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if venue is None or subject is None:
        return None
    speaker = resolve_speaker(state, subject, ctx).speaker
    return _speaker_key(speaker), venue


def _quote_in_unit(
    state: DocState,
    art: _Article,
    span: QuotedSpan,
    unit: Unit,
    cues: dict[int, str],
    used: set[int],
    ctx: SpeakerContext,
    earlier: list[_Found],
) -> _Found | None:
    text = art.text
    outside = text[unit.start : span.open_mark] + text[span.outer_end : unit.end]
    for other in unit.spans:
        if other is not span:
            outside = outside.replace(text[other.open_mark : other.outer_end], "")
    if not re.search(r"\w", outside):
        # The whole unit is a quote: it continues the previous speaker.
        prev = _previous(earlier, unit)
        start, end = _quote_text_bounds(text, span.start, span.end, "direct")
        return _Found(
            start, end, "direct", unit, prev.resolved if prev else None,
            prev.cue if prev else None, prev.channel if prev else None, CONF_CONTINUATION, span,
            prev.speaker_token if prev else -1,
        )
    governed = _governing_cue(art, span, cues)
    cue, child = governed if governed is not None else (_positional_cue(art, span, unit, cues), None)
    if governed is not None and art.doc[governed[0]].idx < span.open_mark:
        # "Trump praised the platform, writing, “…”": the parse hangs the quotation on the main
        # verb, but the participle right before the marks is what introduces it
        near = _positional_cue(art, span, unit, cues)
        between = art.text[art.doc[near].idx + len(art.doc[near]) : span.open_mark].strip() if near is not None else ""
        if near is not None and art.doc[governed[0]].idx < art.doc[near].idx and between in (",", ":"):
            cue, child = near, None
    reported = _according_to(art, span, unit, cues) if cue is None else None
    if reported is not None:
        cue = reported[0]
    if cue is None or _is_label(art, cue, span):
        return None  # a scare quote, a nickname or a title no one is said to have spoken
    used.add(cue)
    kind = _kind(art, span, unit, cue)
    resolved, subj = _resolve(state, art, cue, ctx, unit)
    if resolved is None:
        prev = _previous(earlier, unit)
        resolved, subj = (prev.resolved, prev.speaker_token) if prev else (None, -1)
    start, end = _quote_text_bounds(text, span.start, span.end, kind)
    if kind == "mixed" and child is not None:
        lo, hi = _content_range(art, cue, child, cues[cue], span, unit)
        start, end = _trim_content(text, lo, max(_source_tail(art, lo, hi), span.outer_end))
        if cues[cue] != "naming" and not _words_outside(text, start, end, unit.spans):
            kind = "direct"
            start, end = _quote_text_bounds(text, span.start, span.end, kind)
        elif cues[cue] == "speech" and _term_in_subject(art, span) and not any(
            o is not span and start <= o.open_mark < end for o in unit.spans
        ):
            kind = "indirect"  # "said the reference to a “new way” was vague": a term reported on
    elif kind == "mixed" and art.doc[cue].idx >= span.outer_end and unit.spans[0] is span:
        # "The North would prepare for “every possible situation,” Kim said": the words before
        # the fragment are the rest of the reported clause the trailing cue attributes
        lo, hi = _trim_content(text, unit.start, span.outer_end)
        if _has_clause(art, lo, hi):
            start, end = lo, hi
    if reported is not None:
        kind = "mixed"  # "X agreed to suspend “offensive operations” for 30 days, according to Y"
        start, end = _trim_content(text, reported[1], reported[2])
        if not _words_outside(text, start, end, unit.spans):  # "According to Ruiz, “nobody was …”"
            kind = "direct"
            start, end = _quote_text_bounds(text, span.start, span.end, kind)
    if kind != "direct":
        for s in unit.spans:  # "said “terrorist groups” have fired …": keep the mark that opens the words
            if s.close_mark is not None and s.open_mark < start <= s.start and start < s.close_mark < end:
                start = s.open_mark
    base = CONF_DIRECT if kind == "direct" else CONF_MIXED
    cue_text = "according to" if cues.get(cue) == "phrase" else art.doc[cue].lower_
    return _Found(
        start, end, kind, unit, resolved, cue_text, _channel(art, cue, unit), _confidence(base, resolved), span, subj, cue
    )


def _term_in_subject(art: _Article, span: QuotedSpan) -> bool:
    """A short quoted phrase inside the subject of the reported clause ("the reference to a “new
    way” was deliberately vague", "the “reforms” are cosmetic") names something the report is
    about, in someone else's term (eval/GUIDE.md): the report is indirect, not mixed."""
    toks = [art.doc[i] for i in art.tokens(span.start, span.end) if not art.doc[i].is_punct]
    if not toks or len(toks) > 3:
        return False
    for t in toks:
        a = t
        for _ in range(8):
            if a.dep_ in ("nsubj", "nsubjpass") and not (span.open_mark <= a.head.idx < span.outer_end):
                break
            if a.head == a or a.pos_ in ("VERB", "AUX"):
                return False
            a = a.head
        else:
            return False
        if a.dep_ not in ("nsubj", "nsubjpass") or a.pos_ not in ("NOUN", "PROPN"):
            return False
        if not any(w.idx < span.open_mark or w.idx >= span.outer_end for w in a.subtree if not w.is_punct):
            return False  # "“robust controls” were in place": the quoted words are the whole subject
        if not any(w.lemma_.lower() in _TERM_NOUNS for w in a.subtree if w.idx < span.open_mark):
            return False  # "its “reasonable concerns” would be respected": the speaker's own words
    return True


# Nouns that talk about words ("the reference to a “new way”", "the phrase “never again”",
# "the term “genocide”"): the quoted words after them are a term reported on.
_TERM_NOUNS = frozenset({
    "reference", "term", "word", "phrase", "label", "expression", "slogan", "mention", "use", "talk",
    "description", "characterization", "characterisation", "wording", "language", "notion", "idea", "concept",
})


def _according_to(art: _Article, span: QuotedSpan, unit: Unit, cues: dict[int, str]) -> tuple[int, int, int] | None:
    """"The ELN agreed to suspend “offensive operations” for 30 days, according to a statement from
    the Cuban foreign ministry": a fragment no verb attributes, in a clause that "according to X"
    at the sentence's edge attributes. Returns the cue and the reported stretch (the rest of the
    sentence, which must hold a finite clause and the fragment)."""
    phrases = [i for i, k in cues.items() if k == "phrase"]
    if len(phrases) != 1 or any(cues.get(i) in ("speech", "direct") for i in cues):
        return None
    tok = art.doc[phrases[0]]
    p_lo, p_hi = tok.left_edge.idx, _phrase_end(tok)
    if art.text[unit.start:p_lo].strip(" ,") == "":
        lo, hi = p_hi, unit.end  # "According to X, …"
    elif art.text[p_hi:unit.end].strip(" .,!?\n") == "":
        lo, hi = unit.start, p_lo  # "…, according to X."
    else:
        return None
    if not (lo <= span.open_mark and span.outer_end <= hi) or not _has_clause(art, lo, hi):
        return None
    return tok.i, lo, hi


def _phrase_end(tok: Token) -> int:
    """Where "according to X" ends, with a name in apposition after it."""
    named = according_appositive(tok)
    last = named if named is not None else tok.right_edge
    return last.idx + len(last)


def _is_label(art: _Article, cue: int, span: QuotedSpan) -> bool:
    """"which prisoners called the “Hanoi Hilton”", "what it called a “strike drill”": a name
    given to something in a relative clause, not words quoted. "called the outcome
    “regrettable”" is an attribution."""
    tok = art.doc[cue]
    if tok.lemma_.lower() not in load_cues().label_verbs:
        return False
    if tok.dep_ == "relcl" and any(
        c.dep_ == "prep" and any(g.tag_ in ("WDT", "WP") for g in c.children) for c in tok.children
    ):
        return False  # "an episode in which North Korea called the requests “gangster-like”": words said
    if tok.dep_ == "relcl" or (tok.dep_ in ("xcomp", "pcomp") and tok.head.dep_ == "relcl"):
        return True  # "the prison, which prisoners called the “Hanoi Hilton”"
    if not any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in tok.children):
        return False
    # "what it called a “strike drill”" inside a report names a thing in the reporter's words;
    # "he condemned what he called “an intolerable violence”", the object of the speaker's own
    # act, quotes the speaker's wording
    return not _own_wording(tok)


def _own_wording(called: Token) -> bool:
    """Whether "what X called …" is the object of an act of X's that no report holds."""
    head = called.head
    if called.dep_ not in ("ccomp", "dobj", "pcomp") or head.i == called.i or head.pos_ != "VERB":
        return False
    subject = next((c for c in called.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PRON" or subject.lower_ not in ("he", "she", "they", "we"):
        return False
    t = head
    for _ in range(6):
        if t.dep_ == "conj" and _misjoined(t) and t.lemma_.lower() in load_cues().speech_act_verbs:
            return True  # "said the government would not cut …, and rejected what he called …"
        if t.dep_ in ("ccomp", "relcl", "acl", "advcl", "xcomp") and t.head.i != t.i and cue_kind(t.head) is not None:
            return False  # "state media said Kim oversaw what it called …": inside someone's report
        if t.head.i == t.i:
            return True
        t = t.head
    return True


def _merge_fragments(items: list[_Found]) -> list[_Found]:
    """Fragments of one reported clause (“a very curious phenomenon” that “seemed …”) are one quote."""
    out: list[_Found] = []
    for f in sorted(items, key=lambda f: f.start):
        prev = out[-1] if out else None
        if prev is not None and prev.cue_index == f.cue_index >= 0 and f.kind == prev.kind == "mixed" and f.start < prev.end:
            prev.end = max(prev.end, f.end)
            continue
        out.append(f)
    return out


def _previous(earlier: list[_Found], unit: Unit) -> _Found | None:
    """The quote just before, when it is in this paragraph or the one before."""
    for f in reversed(earlier):
        if f.resolved is None:
            continue
        if unit.paragraph - f.unit.paragraph <= 1:
            return f
        return None
    return None


def _fill_chains(found: list[_Found]) -> None:
    """Paragraphs of one multi-paragraph quote share the speaker found for any of them."""
    chains: dict[int, _Found] = {}
    for f in found:
        if f.span is not None and f.span.chain is not None and f.resolved is not None:
            chains.setdefault(f.span.chain, f)
    for f in found:
        if f.resolved is None and f.span is not None and f.span.chain is not None and f.span.chain in chains:
            src = chains[f.span.chain]
            f.resolved, f.cue, f.channel = src.resolved, src.cue, src.channel


def _record(text: str, f: _Found) -> Quote:
    assert f.resolved is not None
    return Quote(
        text=text[f.start : f.end],
        start=f.start,
        end=f.end,
        kind=f.kind,
        speaker=f.resolved.speaker,
        sentence=Offsets(f.unit.start, f.unit.end),
        cue=f.cue,
        channel=f.channel,
        confidence=f.confidence,
    )


@register("quotes")
def quotes_step(state: DocState) -> None:
    """Add the article's quotes, with speakers, to ``state.quotes``."""
    state.quotes.extend(extract_quotes(state))
    state.scratch["anonymous_share"] = anonymous_share(state.quotes)
