"""Round 13 (types2): event types of general news constructions reported by other helpers —
helpers' planned arrivals stay AID, a town named by its of-phrase is no person captured, relief
staples delivered are AID."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis, Event

pytestmark = pytest.mark.slow

PUB = "2026-02-04"

Analyze = Callable[..., Analysis]


def _events(analyze: Analyze, text: str, trigger: str) -> list[Event]:
    return [e for e in analyze(text, published=PUB).events if e.trigger.text == trigger]


def test_helpers_planned_arrival_is_aid_not_an_offer(analyze: Analyze) -> None:
    text = ("Chile said on Thursday that a team of 50 firefighters from Mexico would land in Concepción "
            "on Friday.")
    [landed] = _events(analyze, text, "land")
    assert landed.type == "AID", landed


def test_an_offer_to_send_help_is_still_agree(analyze: Analyze) -> None:
    [send] = _events(analyze, "Mexico said it would send firefighters to Chile.", "send")
    assert send.type == "AGREE", send


def test_a_town_named_in_its_of_phrase_is_taken_by_force(analyze: Analyze) -> None:
    # spaCy takes "Kabo" for a person: the town's name is not a person captured (COERCE)
    [captured] = _events(analyze, "Rebels of the M23 captured the town of Kabo in a lightning offensive.",
                         "captured")
    assert captured.type == "ASSAULT", captured


def test_a_captured_commander_is_still_held(analyze: Analyze) -> None:
    [captured] = _events(analyze, "Troops captured a rebel commander near the border on Monday.", "captured")
    assert captured.type == "COERCE", captured


def test_relief_staples_delivered_are_aid(analyze: Analyze) -> None:
    [delivered] = _events(analyze, "China delivered 50 tonnes of rice to Yangon on Wednesday.", "delivered")
    assert delivered.type == "AID", delivered


def test_every_listed_thing_of_an_amount_counts(analyze: Analyze) -> None:
    # "tonnes of blankets and food": the second conjunct of the of-phrase is what was sent too
    [sent] = _events(analyze, "Japan sent 40 tonnes of blankets and food to Turkey on Monday.", "sent")
    assert sent.type == "AID", sent
