"""Event targets: collective targets ("both countries"), go-betweens, and conditional warnings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from storyline.models import Analysis, Event

pytestmark = pytest.mark.slow

PUB = "2025-10-08"  # a Wednesday

Analyze = Callable[..., Analysis]



def _events(analyze: Analyze, text: str, published: str | None = PUB) -> list[Event]:
    return list(analyze(text, published=published).events)


def _of(events: list[Event], type_: str, trigger: str) -> list[Event]:
    return [e for e in events if e.type == type_ and e.trigger.text == trigger]


def _countries(events: list[Event]) -> set[str | None]:
    return {e.target.country if e.target is not None else None for e in events}


def _name(actor: Any) -> str:
    return (actor.name or "").lower() if actor is not None else ""


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "countries"),
    [
        # GUIDE rule 9: "both countries" are the two sides told before, one event each
        ("India and Pakistan agreed on Tuesday to restore a ceasefire in Kashmir. "
         "U.N. Secretary-General Antonio Guterres urged both countries to exercise maximum restraint.",
         "REQUEST", "urged", {"IND", "PAK"}),
        ("Russia and Ukraine held talks in Istanbul on Monday. "
         "Turkish President Tayyip Erdogan called on the two sides to agree a ceasefire.",
         "REQUEST", "called", {"RUS", "UKR"}),
    ],
)
def test_both_sides_are_the_two_sides_told_before(analyze: Analyze, text: str, type_: str, trigger: str,
                                                  countries: set[str]) -> None:
    found = _of(_events(analyze, text), type_, trigger)
    assert _countries(found) == countries
    assert len(found) == 2


def test_both_sides_without_a_pair_told_stays_one_event(analyze: Analyze) -> None:
    found = _of(_events(analyze, "The United Nations urged both sides to exercise restraint."), "REQUEST", "urged")
    assert len(found) == 1


def test_all_parties_are_no_pair(analyze: Analyze) -> None:
    text = ("India and Pakistan agreed on Tuesday to restore a ceasefire in Kashmir. "
            "The United Nations urged all parties to exercise restraint.")
    found = _of(_events(analyze, text), "REQUEST", "urged")
    assert len(found) == 1
    assert _countries(found) <= {None}


def test_a_go_between_acts_on_both(analyze: Analyze) -> None:
    text = "Norwegian envoy Dag Nylander had shuttled between the government and the opposition for months."
    found = _of(_events(analyze, text), "CONSULT", "shuttled")
    assert {_name(e.target) for e in found} == {"government", "opposition"}


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Iranian Foreign Minister Abbas Araghchi warned that Iran would suspend the arrangement if Britain, "
         "France and Germany pushed a new resolution.", {"GBR", "FRA", "DEU"}),
        ("Trump warned that the United States would impose tariffs unless Mexico stopped the flow of migrants.",
         {"MEX"}),
    ],
)
def test_a_warning_is_aimed_at_whose_act_its_condition_names(analyze: Analyze, text: str,
                                                             countries: set[str]) -> None:
    assert _countries(_of(_events(analyze, text), "THREATEN", "warned")) == countries


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("More than a million French workers marched in some 250 towns against the pension reform bill on "
         "Thursday. The CGT union also called a national strike.", "marched", "FRA"),
        ("Peru's teachers union SUTEP has called a national march for next Tuesday.", "called", "PER"),
    ],
)
def test_a_protest_naming_no_one_is_against_its_own_government(analyze: Analyze, text: str, trigger: str,
                                                               country: str) -> None:
    found = _of(_events(analyze, text), "PROTEST", trigger)
    assert found and all(e.target is not None and e.target.country == country for e in found)


def test_police_act_on_people_of_their_own_country(analyze: Analyze) -> None:
    found = _of(_events(analyze, "French police fired tear gas in Paris on Thursday."), "ASSAULT", "fired")
    assert found and found[0].target is not None and found[0].target.country == "FRA"


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "target"),
    [
        # the people counted are the ones arrested, not the count
        ("Police arrested dozens of protesters in Nantes.", "COERCE", "arrested", "protesters"),
        ("Hundreds of students were detained in Tbilisi.", "COERCE", "detained", "students"),
    ],
)
def test_counted_people_are_the_target(analyze: Analyze, text: str, type_: str, trigger: str, target: str) -> None:
    found = _of(_events(analyze, text), type_, trigger)
    assert found and _name(found[0].target) == target


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "country"),
    [
        ("The United States on Wednesday lifted sanctions on Venezuela's oil sector.", "CONCEDE", "lifted", "VEN"),
        # "against X" misattached to the noun before it still names the one accused
        ("The European Union on Tuesday filed a complaint at the World Trade Organization against "
         "Indonesia's ban on nickel exports.", "ACCUSE", "filed", "IDN"),
    ],
)
def test_the_country_a_measure_is_against(analyze: Analyze, text: str, type_: str, trigger: str,
                                          country: str) -> None:
    found = _of(_events(analyze, text), type_, trigger)
    assert found and found[0].target is not None and found[0].target.country == country


def test_a_reaction_to_an_agreement_is_aimed_at_both_parties(analyze: Analyze) -> None:
    text = ("India and Pakistan agreed on Tuesday to restore a ceasefire along the Line of Control. "
            "Three soldiers were killed in the shelling last week. "
            "The United States also welcomed the agreement.")
    found = _of(_events(analyze, text), "SUPPORT", "welcomed")
    assert [e.target.country if e.target is not None else None for e in found] == ["IND", "PAK"]


def test_a_party_reacting_to_its_agreement_is_aimed_at_the_other(analyze: Analyze) -> None:
    text = ("Israel and Hamas agreed on Wednesday to a ceasefire in Gaza. "
            "Israeli Prime Minister Benjamin Netanyahu welcomed the agreement.")
    found = _of(_events(analyze, text), "SUPPORT", "welcomed")
    assert len(found) == 1 and _name(found[0].target) == "hamas"


def test_all_parties_are_of_no_one_country(analyze: Analyze) -> None:
    text = ("Police in Port Vila arrested two opposition lawmakers on Monday. "
            "The Pacific Islands Forum urged all parties to respect the constitution.")
    found = _of(_events(analyze, text), "REQUEST", "urged")
    assert found and all(e.target is None or e.target.country is None for e in found)


@pytest.mark.parametrize("denial", ["Rwanda denies arming the group.",
                                    "The Rwandan government denied that it had armed the rebels."])
def test_a_denial_of_a_deed_is_aimed_at_no_one(analyze: Analyze, denial: str) -> None:
    text = "M23 rebels seized the city of Goma in January. The rebels detained a dozen young men. " + denial
    found = [e for e in _events(analyze, text) if e.type == "REJECT"]
    assert found and all(e.target is None for e in found)


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "countries"),
    [
        ("Clashes between Indian and Chinese troops killed 20 soldiers.", "ASSAULT", "Clashes", ("IND", "CHN")),
        ("Three days of talks between American and North Korean negotiators ended on Monday.", "CONSULT", "talks",
         ("USA", "PRK")),
    ],
)
def test_one_noun_shared_by_two_nationalities_is_two_sides(analyze: Analyze, text: str, type_: str, trigger: str,
                                                           countries: tuple[str, str]) -> None:
    found = _of(_events(analyze, text), type_, trigger)
    assert found and found[0].source is not None and found[0].target is not None
    assert (found[0].source.country, found[0].target.country) == countries


def test_an_agentless_passive_is_done_by_the_doer_of_the_same_act_before(analyze: Analyze) -> None:
    text = ("The European Commission on Wednesday fined Meta 797 million euros for abusing its dominance. "
            "Apple was fined 500 million euros last April over restrictions on app developers.")
    found = [e for e in _of(_events(analyze, text), "COERCE", "fined") if _name(e.target) == "apple"]
    assert found and found[0].source is not None and found[0].source.country == "EUR"


def test_a_compatriot_is_not_the_doer_of_an_agentless_passive(analyze: Analyze) -> None:
    # (a bare casualty count, "Three Indian soldiers were killed on Monday.", is not coded at all:
    # eval/GUIDE.md round 8; an attack told keeps the event, with no compatriot as its doer)
    text = "Indian forces shelled villages on Sunday. Three Indian soldiers were killed in an attack on Monday."
    found = _of(_events(analyze, text), "ASSAULT", "killed")
    assert found and (found[0].source is None or found[0].source.country != "IND")


def test_a_rejected_accusation_is_aimed_at_the_accuser(analyze: Analyze) -> None:
    text = ("U.S. Ambassador Linda Morrow accused the South Sudanese government of obstructing aid deliveries. "
            "Russian envoy Vassily Nebenzia criticized the sanctions imposed by Western countries. "
            "South Sudan's ambassador Akuei Bona Malwal welcomed the renewal but rejected the accusations.")
    found = _of(_events(analyze, text), "REJECT", "rejected")
    assert found and found[0].target is not None and found[0].target.country == "USA"


def test_aid_pledged_to_no_one_named_goes_to_the_story_country(analyze: Analyze) -> None:
    text = ("KINGSTON, Jamaica (AP) — Hurricane Melissa tore through Jamaica on Tuesday. Prime Minister "
            "Andrew Holness said the hurricane had destroyed thousands of homes in Jamaica. Venezuela's "
            "government said it was ready to ship fuel to Cuba. The United States has pledged $15 million "
            "in humanitarian assistance.")
    found = [e for e in _events(analyze, text) if e.trigger.text == "pledged"]
    assert found and found[0].target is not None and found[0].target.country == "JAM"


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Biegun would travel to Sweden on Saturday for working-level talks with Choe Son Hui.", "choe son hui"),
        ("Kim traveled to Beijing for a meeting with Xi Jinping.", "xi jinping"),
    ],
)
def test_a_trip_for_talks_is_aimed_at_the_partner_not_the_venue(analyze: Analyze, text: str, partner: str) -> None:
    found = [e for e in _events(analyze, text) if e.type == "CONSULT" and e.trigger.text in ("travel", "traveled")]
    assert found and _name(found[0].target) == partner


def test_an_arrival_is_a_visit_to_the_country_arrived_in(analyze: Analyze) -> None:
    text = ("Trump met Moon in Seoul on Monday. "
            "Stephen Biegun, the U.S. envoy, is due to arrive in Hanoi on Thursday to coordinate with officials.")
    found = _of(_events(analyze, text), "CONSULT", "arrive")
    assert found and found[0].target is not None and found[0].target.country == "VNM"


def test_one_noun_of_two_nationalities_is_two_targets(analyze: Analyze) -> None:
    """GUIDE rule 9, one event per target: "his Pakistani and Afghan counterparts" are two."""
    text = "Turkish Foreign Minister Hakan Fidan spoke by phone with his Pakistani and Afghan counterparts on Wednesday."
    found = _of(_events(analyze, text), "CONSULT", "spoke")
    assert sorted(e.target.country for e in found if e.target is not None) == ["AFG", "PAK"]
    assert all(e.source is not None and e.source.country == "TUR" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed on Monday to speed up border demarcation. Russia, which brokered the 2020 "
        "ceasefire, kept peacekeepers in Karabakh until 2024.",
        "Armenia and Azerbaijan agreed on Thursday to extend the ceasefire after talks in Doha mediated by Qatar.",
    ],
)
def test_a_mediator_is_in_talks_with_each_side(analyze: Analyze, text: str) -> None:
    """GUIDE round 9: brokering a ceasefire or mediating talks is a CONSULT with each side."""
    found = [e for e in _events(analyze, text) if e.type == "CONSULT" and e.mode == "third-party"]
    assert sorted(e.target.country for e in found if e.target is not None) == ["ARM", "AZE"]


def test_a_mediator_of_talks_with_one_named_side_keeps_it(analyze: Analyze) -> None:
    text = "India and Pakistan agreed to a truce. Norway mediated talks with the Taliban."
    found = [e for e in _events(analyze, text) if e.type == "CONSULT" and e.mode == "third-party"]
    assert [e.target.name for e in found if e.target is not None] == ["Taliban"]
