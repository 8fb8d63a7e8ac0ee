"""Weapons fired at something are an attack, money held back is a sanction, armed forces hit
targets, and two doers of one act are not each other's target."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis, Event

pytestmark = pytest.mark.slow

PUB = "2026-09-23"

Analyze = Callable[..., Analysis]



def _events(analyze: Analyze, text: str) -> list[Event]:
    return list(analyze(text, published=PUB).events)


def _types(events: list[Event], trigger: str) -> set[str]:
    return {e.type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize("text", [
    "Hezbollah said it had fired about 20 rockets at an army base near Kiryat Shmona.",
    "Militants fired mortars on the airport overnight.",
])
def test_weapons_fired_at_a_target_are_an_attack(analyze: Analyze, text: str) -> None:
    assert _types(_events(analyze, text), "fired") == {"ASSAULT"}


@pytest.mark.parametrize("text", [
    "North Korea fired two ballistic missiles into the sea off its east coast.",
    "North Korea fired a barrage of short-range projectiles into the sea off its east coast on Saturday.",
])
def test_weapons_fired_into_the_sea_are_a_test(analyze: Analyze, text: str) -> None:
    assert _types(_events(analyze, text), "fired") == {"MOBILIZE"}


@pytest.mark.parametrize("text, trigger", [
    ("The European Commission withheld about 400 million euros from Greece last year.", "withheld"),
    ("Washington froze new contributions to the mission in March.", "froze"),
])
def test_money_held_back_is_a_sanction(analyze: Analyze, text: str, trigger: str) -> None:
    assert _types(_events(analyze, text), trigger) == {"SANCTION"}


def test_armed_forces_hitting_targets_is_an_attack(analyze: Analyze) -> None:
    events = _events(analyze, "Israeli jets hit rocket launchers and a weapons depot in southern Lebanon.")
    assert _types(events, "hit") == {"ASSAULT"}
    assert not _types(_events(analyze, "The storm hit the coast of Queensland on Monday."), "hit")


def test_two_doers_of_one_act_are_not_each_others_target(analyze: Analyze) -> None:
    """"The United States and the European Union backed the mediation": two supporters, not the
    EU backed by the US (the absorbed "mediation" pairs them only as its own participants)."""
    events = [e for e in _events(analyze, "The United States and the European Union backed the mediation.")
              if e.type == "SUPPORT"]
    assert {e.source.name for e in events if e.source} == {"United States", "European Union"}
    assert all(e.target is None or e.target.name not in ("United States", "European Union") for e in events)
