"""Actors' countries, sectors and names: round-8 cases (countries the text places, state bodies,
organisation names with "of", official country names)."""

from __future__ import annotations

import pytest

from storyline.knowledge.loader import load_actor_knowledge
from storyline.models import Actor, Analysis
from tests.conftest import run_steps


@pytest.fixture(scope="module")
def analyze() -> object:
    """Clean, spaCy and actors only, as in tests/test_actors.py."""

    def run(text: str, published: str | None = None) -> Analysis:
        return run_steps(text, ("nlp", "actors"), published).to_analysis()

    return run


def actor_with(analysis: Analysis, surface: str) -> Actor:
    """The one actor holding a mention with this exact surface."""
    found = [a for a in analysis.actors if any(m.text == surface for m in a.mentions)]
    assert len(found) == 1, [(a.name, [m.text for m in a.mentions]) for a in analysis.actors]
    return found[0]


def test_org_nouns_are_built_once_with_the_knowledge() -> None:
    kb = load_actor_knowledge()
    assert kb.org_nouns == frozenset(kb.org_words) | frozenset(kb.org_anaphora)
    assert {"union", "ministry", "company"} <= kb.org_nouns
