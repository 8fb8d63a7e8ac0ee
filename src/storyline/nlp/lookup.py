"""Finding the actor a stretch of text refers to, shared by the quotes and events steps."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from storyline.models import Actor, Mention
from storyline.nlp.pipeline import DocState

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_INDEX = "lookup.mentions"


def _mention_index(state: DocState) -> tuple[list[int], list[tuple[int, Actor, Mention]], int]:
    """Every mention by start offset (with its place in actor order, for ties), and the longest
    mention's length; built once per actor list (the actors step extends ``state.actors`` once)."""
    cached = state.scratch.get(_INDEX)
    if cached is not None and cached[0] == (id(state.actors), len(state.actors)):
        return cached[1]
    order = [(m, actor) for actor in state.actors for m in actor.mentions]
    items = sorted(((k, actor, m) for k, (m, actor) in enumerate(order)), key=lambda x: x[2].start)
    built = ([m.start for _, _, m in items], items, max((m.end - m.start for m, _ in order), default=0))
    state.scratch[_INDEX] = ((id(state.actors), len(state.actors)), built)
    return built


def mention_at(state: DocState, start: int, end: int) -> tuple[Actor, Mention] | None:
    """The actor mention overlapping ``[start, end)`` most, or None.

    Ties go to the mention closest in length to the range (asking for "CIA" inside the
    role mention "the CIA's top Korea officer" finds the CIA, not the officer), then to the
    longer mention ("Secretary of State Mike Pompeo" over "Pompeo"), then to the actor listed first.
    """
    starts, items, longest = _mention_index(state)
    best: tuple[tuple[int, int, int, int], Actor, Mention] | None = None
    lo, hi = bisect.bisect_left(starts, start - longest), bisect.bisect_left(starts, end)
    for k, actor, m in items[lo:hi]:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap <= 0:
            continue
        length = m.end - m.start
        key = (overlap, -abs(length - (end - start)), length, -k)
        if best is None or key > best[0]:
            best = (key, actor, m)
    return (best[1], best[2]) if best else None


def actor_at(state: DocState, start: int, end: int) -> Actor | None:
    found = mention_at(state, start, end)
    return found[0] if found else None


def entity_of(token: Token) -> tuple[int, int, str] | None:
    """(start token, end token, label) of the named entity holding ``token``.

    Read from the IOB tags around the token: ``doc.ents`` is rebuilt on every access.
    """
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end, token.ent_type_


_TOKENS = "storyline.tokens"


def doc_tokens(doc: Doc) -> list[Token]:
    """The doc's tokens, made once per document: iterating a Doc or a Span builds every Token
    object again, and the events step walks each sentence several times."""
    cached: list[Token] | None = doc.user_data.get(_TOKENS)
    if cached is None:
        cached = doc.user_data[_TOKENS] = list(doc)
    return cached


def span_tokens(span: Span) -> list[Token]:
    """The tokens of ``span`` (a sentence), from :func:`doc_tokens`."""
    return doc_tokens(span.doc)[span.start : span.end]
