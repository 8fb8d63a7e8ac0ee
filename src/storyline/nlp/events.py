"""The ``events``step (placeholder until its issue lands)."""

from __future__ import annotations

from storyline.nlp.pipeline import DocState, register


@register("events")
def events_step(state: DocState) -> None:
    """Adds nothing yet."""
