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


def test_a_named_party_warned_it_will_pay_a_price_is_threatened(analyze: Analyze) -> None:
    [warned] = _events(analyze, "Iran warned on Monday that the United States would pay a heavy price.", "warned")
    assert warned.type == "THREATEN", warned
    assert warned.target is not None and warned.target.country == "USA", warned


def test_a_warning_of_fury_is_a_threat(analyze: Analyze) -> None:
    [warned] = _events(analyze, "Trump warned on Tuesday that North Korea would face fire and fury.", "warned")
    assert warned.type == "THREATEN", warned


def test_a_forecast_that_consumers_pay_the_price_threatens_no_one(analyze: Analyze) -> None:
    text = "The central bank warned on Monday that consumers would pay the price for the tariffs."
    assert not [e for e in _events(analyze, text, "warned") if e.type == "THREATEN"]


def test_a_bare_verb_coordinated_in_a_demand_is_demanded_not_done(analyze: Analyze) -> None:
    text = "The council demanded on Monday that armed groups end hostilities and withdraw from the area."
    assert not _events(analyze, text, "withdraw")
    [demanded] = _events(analyze, text, "demanded")
    assert demanded.type == "REQUEST", demanded


def test_a_finite_verb_after_a_request_is_its_own_act(analyze: Analyze) -> None:
    text = ("The group urged the authorities to release the detainees and called on the IMF to press "
            "Cairo on Monday.")
    assert [e.type for e in _events(analyze, text, "called")] == ["REQUEST"]


def test_a_vehicle_sent_is_known_by_its_load(analyze: Analyze) -> None:
    text = "The Red Cross delivered a convoy containing medical supplies to the city on Saturday."
    assert [e.type for e in _events(analyze, text, "delivered")] == ["AID"]
    text = "Egypt dispatched 20 trucks carrying 750 tonnes of food to Gaza on Sunday."
    assert [e.type for e in _events(analyze, text, "dispatched")] == ["AID"]


def test_a_convoy_of_troops_dispatched_is_no_aid(analyze: Analyze) -> None:
    [sent] = _events(analyze, "The army dispatched a convoy of troops to the border on Monday.", "dispatched")
    assert sent.type == "MOBILIZE", sent


def test_grain_shipped_is_aid(analyze: Analyze) -> None:
    [sent] = _events(analyze, "Turkey sent a ship loaded with wheat and flour to Gaza on Monday.", "sent")
    assert sent.type == "AID", sent


def test_forces_routed_and_prisoners_taken_in_battle(analyze: Analyze) -> None:
    text = "The rebels said on Monday they had routed the government troops, killing 12 and taking six prisoners."
    assert [e.type for e in _events(analyze, text, "routed")] == ["ASSAULT"]
    assert [e.type for e in _events(analyze, text, "taking")] == ["COERCE"]
    assert [e.type for e in _events(analyze, "Two soldiers were taken prisoner on Sunday.", "taken")] == ["COERCE"]


def test_relief_handed_over_is_aid(analyze: Analyze) -> None:
    text = "Qatar handed over 20 tonnes of medical supplies to the health ministry in Kabul on Monday."
    assert [e.type for e in _events(analyze, text, "handed")] == ["AID"]
    assert not _events(analyze, "The committee handed over its report to the president on Monday.", "handed")
