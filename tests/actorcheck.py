"""Helpers the actor tests share: one text through clean, spaCy and actors only, and one actor
of the result by name (each round's actor test file used to carry its own copy)."""

from __future__ import annotations

from storyline.models import Actor, Analysis
from tests.conftest import run_steps


def actors_only(text: str, published: str | None = None) -> Analysis:
    """Clean, spaCy and actors only; the model loads once per process."""
    return run_steps(text, ("nlp", "actors"), published).to_analysis()


def by_name(analysis: Analysis, name: str) -> Actor:
    """The one actor called ``name``; fails listing the actors there are."""
    found = [a for a in analysis.actors if a.name == name]
    assert len(found) == 1, [(a.name, a.country) for a in analysis.actors]
    return found[0]
