"""Round 10 (lead), from two batches written blind this round: a hostile act that someone
*could* or *might* do is a threat; announced with *would* it keeps its type (GUIDE)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis

pytestmark = pytest.mark.slow

PUB = "2026-11-10"

Analyze = Callable[..., Analysis]


def _types(analyze: Analyze, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text.lower()) for e in analyze(text, published=PUB).events]


@pytest.mark.parametrize("text, trigger", [
    ("The regulator could impose further penalties on the company if the plan falls short.", "impose"),
    ("Kyiv said it might ban Polish fruit if the blockade continued.", "ban"),
    ("The ministry warned that police may arrest anyone who joins the march.", "arrest"),
])
def test_could_or_might_do_something_hostile_is_a_threat(analyze: Analyze, text: str, trigger: str) -> None:
    found = _types(analyze, text)
    assert ("THREATEN", trigger) in found, found
    assert not any(t in ("SANCTION", "COERCE") and trig == trigger for t, trig in found), found


@pytest.mark.parametrize("text, type_, trigger", [
    ("The sports ministry said it would freeze public funding to the confederation.", "SANCTION", "freeze"),
    ("Police said those detained would be charged with disturbing public order.", "COERCE", "charged"),
    ("The regulator could not impose penalties under the old law.", None, "impose"),
])
def test_would_and_could_not_keep_the_act(analyze: Analyze, text: str, type_: str | None, trigger: str) -> None:
    found = _types(analyze, text)
    assert ("THREATEN", trigger) not in found, found
    if type_ is not None:
        assert (type_, trigger) in found, found
