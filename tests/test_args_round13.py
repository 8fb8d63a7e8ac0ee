"""Event arguments, round 13: whom an act is aimed at when the sentence names no one.

"Both countries" stands for the story's two sides even paragraphs after they were named.
"""

from __future__ import annotations

import pytest

from storyline.models import Event
from tests.eventcheck import Analyze, events_of
from tests.eventcheck import actor_name as _name

pytestmark = pytest.mark.slow

PUB = "2025-10-08"  # a Wednesday


def _events(analyze: Analyze, text: str, published: str | None = PUB) -> list[Event]:
    return events_of(analyze, text, published)


def test_both_countries_are_the_story_pair_told_paragraphs_before(analyze: Analyze) -> None:
    text = ("India and Pakistan agreed on Tuesday to restore a ceasefire along the border. "
            "Protesters marched in Lahore on Wednesday. Police arrested 20 people in Karachi. "
            "Farmers blocked roads in Punjab. Students rallied in Islamabad on Thursday. "
            "UN Secretary-General Antonio Guterres urged both countries to show restraint.")
    urged = [e for e in _events(analyze, text) if e.type == "REQUEST"]
    assert sorted(e.target.country for e in urged if e.target is not None) == ["IND", "PAK"], \
        [(_name(e.source), _name(e.target)) for e in urged]
