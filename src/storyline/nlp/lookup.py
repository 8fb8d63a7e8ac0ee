"""Finding the actor a stretch of text refers to, shared by the quotes and events steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.models import Actor, Mention
from storyline.nlp.pipeline import DocState

if TYPE_CHECKING:
    from spacy.tokens import Token


def mention_at(state: DocState, start: int, end: int) -> tuple[Actor, Mention] | None:
    """The actor mention overlapping ``[start, end)`` most, or None.

    Ties go to the mention closest in length to the range (asking for "CIA" inside the
    role mention "the CIA's top Korea officer" finds the CIA, not the officer), then to the
    longer mention ("Secretary of State Mike Pompeo" over "Pompeo").
    """
    best: tuple[int, int, int, Actor, Mention] | None = None
    for actor in state.actors:
        for m in actor.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0:
                continue
            length = m.end - m.start
            key = (overlap, -abs(length - (end - start)), length)
            if best is None or key > best[:3]:
                best = (key[0], key[1], key[2], actor, m)
    return (best[3], best[4]) if best else None


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
