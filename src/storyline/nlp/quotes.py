"""The ``quotes``step (placeholder until its issue lands)."""

from __future__ import annotations

from storyline.nlp.pipeline import DocState, register


@register("quotes")
def quotes_step(state: DocState) -> None:
    """Adds nothing yet."""
