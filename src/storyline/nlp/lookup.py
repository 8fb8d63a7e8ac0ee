"""Finding the actor a stretch of text refers to, shared by the quotes and events steps."""

from __future__ import annotations

from storyline.models import Actor, Mention
from storyline.nlp.pipeline import DocState


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
