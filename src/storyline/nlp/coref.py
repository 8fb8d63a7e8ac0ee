"""Rule-based coreference: pronouns and role nouns back to the actors they refer to.

No coreference model is available offline, so resolution follows the classic salience
rules (Hobbs/Lappin–Leass in miniature) over spaCy's parse:

* a third-person pronoun refers to the nearest preceding compatible actor mention —
  same sentence first, then up to :data:`WINDOW` sentences back; within a sentence a
  subject (a main-clause subject most) beats an object, then recency decides;
* compatible means the right kind (``he``/``she`` → people, ``they`` → groups) and no
  gender conflict (gender from the knowledge base, a gendered title or given name, or
  an earlier pronoun that was resolved to the same actor);
* a pronoun outside quotation marks never resolves to a mention inside them (the words
  in a quote belong to the speaker, not the narration), and vice versa;
* a role noun ("the secretary", "the envoy") refers to the nearest actor holding a
  matching title, wherever in the article it was mentioned.

The actors step builds a :class:`CorefIndex` while it resolves mentions and leaves it
in ``state.scratch["coref"]``; :func:`resolve_pronoun` and :func:`resolve_role_noun`
answer later steps' questions from it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.models import Actor
    from storyline.nlp.pipeline import DocState

WINDOW = 3  # sentences back a pronoun may look
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
PERSON_PRONOUNS = MALE | FEMALE

_OPEN = {"“": "”", "«": "»", "„": "“"}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (marks included), paragraph by paragraph.

    Straight quotes pair up in order; a curly opening quote runs to its closing quote or,
    when the closing one is missing or mismatched (``“…’``), to the end of the paragraph.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in re.split(r"(\n+)", text):
        if para.startswith("\n"):
            pos += len(para)
            continue
        i, n = 0, len(para)
        while i < n:
            ch = para[i]
            if ch in _OPEN or ch == '"':
                close = _OPEN.get(ch, '"')
                j = para.find(close, i + 1)
                if ch in _OPEN and j < 0:
                    j = para.find('"', i + 1)
                end = n if j < 0 else j + 1
                spans.append((pos + i, pos + end))
                i = end
            else:
                i += 1
        pos += len(para)
    return spans


def in_spans(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls inside one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_right(spans, (offset, 1 << 60)) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def subject_rank(token: Token) -> int:
    """2 for a main-clause subject, 1 for any other subject, 0 otherwise."""
    t = token
    while t.dep_ in ("compound", "flat", "appos", "poss") and t.head != t:
        if t.dep_ == "poss":
            return 0
        t = t.head
    if t.dep_ in ("nsubj", "nsubjpass"):
        return 2 if t.head.dep_ == "ROOT" or t.head.head == t.head else 1
    return 0


@dataclass
class Ref:
    """A resolved mention the resolver can point back to."""

    start: int
    end: int
    sent: int
    cluster: int
    rank: int  # subject_rank of the mention's head
    quoted: bool


@dataclass
class CorefIndex:
    """Mentions resolved so far (sorted by offset), with what is known of each cluster."""

    doc: Doc
    quotes: list[tuple[int, int]]
    sent_starts: list[int]
    refs: list[Ref] = field(default_factory=list)
    kinds: dict[int, str] = field(default_factory=dict)
    genders: dict[int, str | None] = field(default_factory=dict)
    titles: dict[int, list[str]] = field(default_factory=dict)
    actor_ids: dict[int, str] = field(default_factory=dict)  # cluster -> Actor.id, once built

    @classmethod
    def build(cls, doc: Doc, text: str | None = None) -> CorefIndex:
        """``text``: the article text the doc was parsed from, when the caller has it (``Doc.text``
        joins every token again)."""
        return cls(doc=doc, quotes=quote_spans(doc.text if text is None else text),
                   sent_starts=[s.start_char for s in doc.sents])

    def sent_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)

    def quoted(self, offset: int) -> bool:
        return in_spans(self.quotes, offset)

    def add(self, start: int, end: int, cluster: int, rank: int = 0) -> Ref:
        ref = Ref(start, end, self.sent_of(start), cluster, rank, self.quoted(start))
        keys = [(r.start, r.end) for r in self.refs]
        self.refs.insert(bisect.bisect_left(keys, (start, end)), ref)
        return ref

    def before(self, offset: int) -> list[Ref]:
        k = bisect.bisect_left([r.start for r in self.refs], offset)
        return self.refs[:k]


def gender_ok(index: CorefIndex, cluster: int, pronoun: str) -> bool:
    g = index.genders.get(cluster)
    if pronoun in MALE:
        return g != "female"
    if pronoun in FEMALE:
        return g != "male"
    return True


def resolve_pronoun_token(index: CorefIndex, token: Token) -> int | None:
    """The cluster a third-person pronoun refers to, or None when nothing fits."""
    word = token.lower_
    if word in PERSON_PRONOUNS:
        wanted: Callable[[str], bool] = lambda kind: kind == "person"  # noqa: E731
    elif word in PLURAL:
        return _resolve_plural(index, token)
    else:
        return None
    offset = token.idx
    sent = index.sent_of(offset)
    quoted = index.quoted(offset)
    speaker = quote_speaker(index, offset) if quoted else None
    best: tuple[int, int, int, int] | None = None
    best_cluster: int | None = None
    for ref in reversed(index.before(offset)):
        distance = sent - ref.sent
        if distance > WINDOW:
            break
        if ref.end > offset or (ref.quoted != quoted and not quoted):
            continue
        if not wanted(index.kinds.get(ref.cluster, "")) or not gender_ok(index, ref.cluster, word):
            continue
        if ref.cluster == speaker:  # "he" inside Trump's quote is not Trump
            continue
        # same sentence: subjects first; earlier sentences: subjects first, then recency
        score = (-distance, ref.rank, ref.start, 0)
        if best is None or score > best:
            best, best_cluster = score, ref.cluster
    return best_cluster


# verbs whose subject "it" is usually the dummy of an extraposed clause ("it is unclear
# whether", "it remains to be seen", "it took hours to"), not an organisation
DUMMY_IT_HEADS = frozenset({
    "be", "seem", "appear", "remain", "happen", "take", "cost", "matter", "mean", "look", "sound",
    "rain", "become", "know", "expect", "believe", "report", "understand", "say", "estimate",
})


# adjectives and nouns whose "it is ..." holds a clause that follows: "it was unclear whether", "it
# is time to", "it was important that"
EXTRAPOSING = frozenset({
    "unclear", "clear", "likely", "unlikely", "possible", "impossible", "important", "necessary", "difficult",
    "hard", "easy", "true", "obvious", "evident", "essential", "vital", "crucial", "early", "premature", "time",
    "right", "wrong", "unacceptable", "acceptable", "imperative", "urgent", "natural", "unfortunate", "too",
})


def _extraposed(be: Token) -> bool:
    """Whether "it" before this "be" stands for a clause that follows (the dummy "it")."""
    if any(c.dep_ in ("ccomp", "csubj", "expl") for c in be.children):
        return True
    return any(c.dep_ in ("acomp", "attr", "advmod") and c.lemma_.lower() in EXTRAPOSING for c in be.children)


def resolve_it_token(index: CorefIndex, token: Token) -> int | None:
    """The organisation or country a subject "it" refers to ("The utility said it had not
    shut off power"): the nearest fitting actor, subjects first, in this or the last
    sentence; outside quotations only, and not the dummy "it" of "it is unclear"."""
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass") or index.quoted(token.idx):
        return None
    head = token.head
    # "The Commission said it was in contact", "Rosatom said it is interested": a state of the
    # reporter's own, not the dummy "it" of "said it was unclear whether ..."
    reported_state = head.lemma_.lower() == "be" and head.dep_ == "ccomp" and not _extraposed(head)
    if head.lemma_.lower() in DUMMY_IT_HEADS and not (head.lemma_.lower() == "say" and token.dep_ == "nsubj") \
            and not reported_state:
        return None
    if any(c.dep_ in ("expl",) for c in head.children):
        return None
    offset = token.idx
    # "NetBlocks said it had recorded ...": the subject of the clause that reports this one
    reporter = head.head
    for _ in range(3):  # "China suspended imports, citing what it called ...": citing's subject is China's
        if reporter.dep_ not in ("advcl", "xcomp", "conj", "ccomp") or reporter.head is reporter \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in reporter.children):
            break
        reporter = reporter.head
    if head.dep_ == "ccomp" and reporter.pos_ in ("VERB", "AUX"):
        for subj in (c for c in reporter.children if c.dep_ in ("nsubj", "nsubjpass")):
            lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
            inside = [r for r in index.before(offset) if lo <= r.start < hi and not r.quoted]
            # the subject itself, not a name in its relative clause or apposition ("Moody's, which
            # upgraded Turkey's rating, warned that it could cut it")
            own = [r for r in inside if r.start <= subj.idx < r.end]
            pick = own[-1] if own else inside[-1] if inside else None
            if pick is not None and index.kinds.get(pick.cluster) in ("organization", "country", "group"):
                return pick.cluster
    if reported_state:
        return None  # only its reporter: "the plan, officials said, ... it was costly" is not theirs
    sent = index.sent_of(offset)
    best: tuple[int, int, int] | None = None
    best_cluster: int | None = None
    for ref in reversed(index.before(offset)):
        distance = sent - ref.sent
        if distance > 1:
            break
        if ref.end > offset or ref.quoted:
            continue
        if index.kinds.get(ref.cluster) not in ("organization", "country"):
            continue
        score = (-distance, ref.rank, ref.start)
        if best is None or score > best:
            best, best_cluster = score, ref.cluster
    return best_cluster


def quote_speaker(index: CorefIndex, offset: int) -> int | None:
    """The person who says the quote holding ``offset``: a subject just after it ("…,"
    Trump said) or the last subject before it in the same or the previous sentence."""
    span = next((q for q in index.quotes if q[0] <= offset < q[1]), None)
    if span is None:
        return None
    for ref in index.refs:
        if span[1] <= ref.start < span[1] + 40 and not ref.quoted and index.kinds.get(ref.cluster) == "person":
            return ref.cluster
    sent = index.sent_of(span[0])
    for ref in reversed(index.before(span[0])):
        if sent - ref.sent > 1:
            break
        if not ref.quoted and ref.rank > 0 and index.kinds.get(ref.cluster) == "person":
            return ref.cluster
    return None


def _resolve_plural(index: CorefIndex, token: Token) -> int | None:
    """``they``: the group actor that is the nearest plural subject in this or the last sentence."""
    doc = index.doc
    sent = index.sent_of(token.idx)
    for t in reversed(doc[max(0, token.i - 80) : token.i]):
        if index.sent_of(t.idx) < sent - 1:
            break
        if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and index.quoted(t.idx) == index.quoted(token.idx):
            for ref in index.refs:
                if ref.start <= t.idx < ref.end and index.kinds.get(ref.cluster) in ("group", "country"):
                    return ref.cluster
            return None
    return None


def _actor_for(state: DocState, cluster: int | None) -> Actor | None:
    index: CorefIndex | None = state.scratch.get("coref")
    if cluster is None or index is None:
        return None
    actor_id = index.actor_ids.get(cluster)
    return next((a for a in state.actors if a.id == actor_id), None)


def resolve_pronoun(state: DocState, start: int, end: int | None = None) -> Actor | None:
    """The actor the pronoun at character ``start`` refers to (after the actors step ran).

    ``actor_at`` already finds resolved pronouns (they are mentions of their actor); this
    re-runs the resolver for a pronoun the actors step left unresolved or skipped.
    """
    from storyline.nlp.lookup import actor_at

    found = actor_at(state, start, end if end is not None else start + 1)
    if found is not None:
        return found
    index: CorefIndex | None = state.scratch.get("coref")
    if index is None:
        return None
    token = index.doc.char_span(start, end or start + 1, alignment_mode="expand")
    if token is None or len(token) == 0:
        return None
    return _actor_for(state, resolve_pronoun_token(index, token[0]))


def resolve_role_noun(state: DocState, start: int, end: int) -> Actor | None:
    """The actor a role noun phrase ("the secretary") at ``[start, end)`` refers to."""
    from storyline.nlp.lookup import actor_at

    return actor_at(state, start, end)


def title_matches(held: str, wanted: str) -> bool:
    """``held`` ("Deputy Spokesman") can be referred to by a role noun for ``wanted`` ("Spokesman")."""
    h, w = held.lower(), wanted.lower()
    if h != w and h.startswith(("prime ", "vice ")) and not w.startswith(("prime ", "vice ")):
        return False  # "the minister" is not the prime minister, "the president" not the vice president
    return h == w or h.endswith(" " + w) or h.startswith(w + " ")


def resolve_role_cluster(
    index: CorefIndex, wanted: tuple[str, ...], offset: int, exclude: set[int] | frozenset[int] = frozenset()
) -> int | None:
    """The cluster holding one of the ``wanted`` titles, nearest before ``offset``.

    With no holder mentioned before, the first holder mentioned after (the article may
    name "the secretary" before "Secretary Pompeo" in a headline-like lead). Clusters in
    ``exclude`` (those already named in the role noun's own sentence: "Trump praised the
    leader" is not Trump) are passed over.
    """
    holders = {
        c for c, titles in index.titles.items()
        if c not in exclude and index.kinds.get(c) == "person" and any(title_matches(t, w) for t in titles for w in wanted)
    }
    if not holders:
        return None
    for ref in reversed(index.before(offset)):
        if ref.cluster in holders:
            return ref.cluster
    for ref in index.refs:
        if ref.cluster in holders:
            return ref.cluster
    return None
