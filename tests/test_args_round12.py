"""Event arguments, round 12: how wire copy names whom an act is done to and who does it.

A light verb hands its event to someone ("issued a warning to Washington"), members of a named
body stand for it ("members of Hamas"), a protest held at a building is against its owner, and
the dateline's country and agency ("MANILA, Philippines (Xinhua) -") take part in nothing.
"""

from __future__ import annotations

import pytest

from storyline.models import Event
from tests.eventcheck import Analyze, events_of
from tests.eventcheck import actor_name as _name
from tests.eventcheck import find_event as _find

pytestmark = pytest.mark.slow

PUB = "2025-10-08"  # a Wednesday


def _events(analyze: Analyze, text: str, published: str | None = PUB) -> list[Event]:
    return events_of(analyze, text, published)


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("Beijing issued a stern warning to Washington on Tuesday.", "THREATEN", "USA"),
    ("The United States made an offer to Iran last week.", "AGREE", "IRN"),
])
def test_a_light_verb_hands_its_event_to_its_to_object(analyze: Analyze, text: str, type_: str,
                                                        country: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert e.target is not None and e.target.country == country, e.target


@pytest.mark.parametrize(("text", "type_", "role", "name"), [
    ("Police arrested 12 members of Hamas in Hebron on Monday.", "COERCE", "target", "hamas"),
    ("Members of the Nidil-CGIL union staged a protest outside the ministry on Monday.", "PROTEST", "source",
     "nidil-cgil"),
    ("Hundreds of members of the National Collective of Artisanal Fishermen marched through Mbour last week.",
     "PROTEST", "source", "national collective of artisanal fishermen"),
])
def test_members_of_a_named_body_stand_for_it(analyze: Analyze, text: str, type_: str, role: str,
                                              name: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert _name(getattr(e, role)) == name, getattr(e, role)


def test_members_of_no_named_body_stay_people(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Police arrested 12 members of the crowd in Hebron on Monday."), "COERCE")
    assert "members" in _name(e.target), e.target


@pytest.mark.parametrize(("text", "name"), [
    ("Workers staged a protest outside Rapido's Milan headquarters on Monday.", "rapido"),
    ("Farmers protested outside Carrefour's headquarters in Paris.", "carrefour"),
])
def test_a_protest_at_a_building_is_against_its_owner(analyze: Analyze, text: str, name: str) -> None:
    e = _find(_events(analyze, text), "PROTEST")
    assert _name(e.target) == name, e.target


def test_the_datelines_country_and_agency_take_part_in_nothing(analyze: Analyze) -> None:
    text = ("MANILA, Philippines (Xinhua) - Members of the leftist rebel group New People's Army (NPA) attacked "
            "three patrol bases in the central Philippines today, a military official said.")
    events = [e for e in _events(analyze, text) if e.type == "ASSAULT"]
    assert events
    assert all(e.source is not None and "xinhua" not in _name(e.source) for e in events), events
    assert all(_name(e.source) == "new people's army" for e in events), [e.source for e in events]


def test_hyphenated_pair_hung_on_the_noun_is_both_sides(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Iran said that it was too early to judge the outcome of Iran-US talks."), "CONSULT")
    assert e.source is not None and e.source.country == "IRN", e.source
    assert e.target is not None and e.target.country == "USA", e.target


def test_an_attack_on_a_possessed_thing_is_aimed_at_its_owner(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Israel has carried out strikes on Hezbollah's weapons depots."), "ASSAULT")
    assert _name(e.target) == "hezbollah", e.target


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("The move came after France's decision to expel 35 Russian diplomats.", "SANCTION", "FRA"),
    ("Washington announced a decision to impose tariffs on Canada.", "SANCTION", "USA"),
    ("The EU's plan to impose sanctions on Iran was delayed.", "SANCTION", "EUR"),
])
def test_whose_decision_or_plan_it_is_does_its_act(analyze: Analyze, text: str, type_: str, country: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert e.source is not None and e.source.country == country, e.source


def test_permission_given_is_no_decision_of_the_giver(analyze: Analyze) -> None:
    events = _events(analyze, "The United States gave Kyiv permission to strike Russia.")
    assert not any(e.source is not None and e.source.country == "USA" and e.type == "ASSAULT" for e in events), events


@pytest.mark.parametrize(("text", "country"), [
    ("France on Tuesday summoned the Russian Ambassador to Paris.", "RUS"),
    ("Poland summoned Russia's ambassador to Warsaw.", "RUS"),
])
def test_an_ambassador_to_a_capital_is_his_own_countrys(analyze: Analyze, text: str, country: str) -> None:
    e = _find(_events(analyze, text), "ACCUSE", "summoned")
    assert e.target is not None and e.target.country == country, e.target


def test_a_passive_coordinated_with_a_clause_shares_its_subject(analyze: Analyze) -> None:
    text = "Kim arrived in Hanoi on Tuesday and was greeted by Vietnamese President Nguyen Phu Trong."
    e = _find(_events(analyze, text), "CONSULT", "greeted")
    assert e.source is not None and e.source.country == "VNM", e.source
    assert e.target is not None and e.target.country == "PRK", e.target


@pytest.mark.parametrize(("text", "country"), [
    ("Police arrested hundreds in Nairobi on Tuesday.", "KEN"),
    ("Security forces have killed at least 24 people and detained dozens in Kinshasa.", "COD"),
])
def test_a_bare_count_of_people_detained_is_the_target(analyze: Analyze, text: str, country: str) -> None:
    e = _find(_events(analyze, text), "COERCE")
    assert e.target is not None and e.target.name in ("hundreds", "dozens"), e.target
    assert e.target.country == country, e.target


def test_the_body_subject_past_a_dateline_is_the_argument(analyze: Analyze) -> None:
    text = ("ISLAMABAD (AP) — Pakistan and Afghanistan's Taliban government agreed on Thursday to extend a fragile "
            "ceasefire by two weeks, officials from both sides said.")
    e = _find(_events(analyze, text), "AGREE", "agreed")
    assert e.source is not None and e.source.country == "PAK", e.source
    assert e.target is not None and e.target.country == "AFG", e.target


def test_mediators_act_on_each_side_of_the_talks(analyze: Analyze) -> None:
    events = [e for e in _events(analyze, "The talks between Hamas and Israel, mediated by Qatar and Egypt, stalled.")
              if e.type == "CONSULT"]
    got = sorted((e.source.country if e.source else None, e.target.country if e.target else None) for e in events)
    assert got == [("EGY", "ISR"), ("EGY", "PSE"), ("QAT", "ISR"), ("QAT", "PSE")], got


def test_one_mediation_after_an_agreement_is_not_told_twice(analyze: Analyze) -> None:
    text = ("ISLAMABAD (AP) — Pakistan and Afghanistan's Taliban government agreed on Thursday to extend a fragile "
            "ceasefire by two weeks after talks in Doha mediated by Qatar, officials from both sides said.")
    events = [e for e in _events(analyze, text) if e.trigger.text == "mediated"]
    got = sorted(e.target.country for e in events if e.target is not None)
    assert got == ["AFG", "PAK"], got


@pytest.mark.parametrize(("text", "type_"), [
    ("The Securities and Exchange Commission fined Acme Corp $35 million on Monday. Britain's National Crime "
     "Agency announced it has frozen eight bank accounts.", "SANCTION"),
    ("Russia launched a new offensive in the east. The World Food Programme began distributing food at two "
     "camps near Kharkiv on Monday.", "AID"),
])
def test_an_act_done_to_a_party_is_not_aimed_at_the_latest_doer(analyze: Analyze, text: str, type_: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert e.target is None, e.target


def test_a_reaction_is_still_aimed_at_the_latest_doer(analyze: Analyze) -> None:
    text = "The U.S. Treasury on Tuesday imposed sanctions on Iran's oil ministry. Republican lawmakers criticized the move."
    e = _find(_events(analyze, text), "ACCUSE", "criticized")
    assert e.target is not None and e.target.country == "USA", e.target


@pytest.mark.parametrize(("text", "country"), [
    ("Poland on Wednesday extended its ban on imports of Ukrainian wheat.", "UKR"),
    ("The EU banned imports of Russian oil in 2022.", "RUS"),
    ("Moldova stopped buying Russian gas in December 2023.", "RUS"),
])
def test_a_measure_on_trade_is_aimed_at_the_goods_country(analyze: Analyze, text: str, country: str) -> None:
    e = _find(_events(analyze, text), "SANCTION")
    assert e.target is not None and e.target.country == country, e.target


def test_a_denied_deed_names_no_target(analyze: Analyze) -> None:
    text = "The M23 group seized the city of Goma in January. Rwanda denies arming the group."
    e = _find(_events(analyze, text), "REJECT")
    assert e.target is None, e.target


@pytest.mark.parametrize(("text", "country"), [
    ("Russian shelling killed three civilians in Kherson.", "UKR"),
    ("An Israeli drone strike killed two Hezbollah members in Bint Jbeil on Monday.", "LBN"),
])
def test_whom_an_attack_noun_killed_is_its_target(analyze: Analyze, text: str, country: str) -> None:
    e = _find(_events(analyze, text), "ASSAULT")
    assert e.target is not None and e.target.country == country, e.target


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("The United States agreed to sell F-16 jets to Turkey.", "AGREE", "TUR"),
    ("Brazil agreed to buy 36 fighter jets from Sweden.", "AGREE", "SWE"),
    ("Iran refused to hand over the suspects to Argentina.", "REJECT", "ARG"),
])
def test_whom_the_infinitives_deal_is_with_is_the_target(analyze: Analyze, text: str, type_: str,
                                                          country: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert e.target is not None and e.target.country == country, e.target


@pytest.mark.parametrize(("text", "country"), [
    ("The Israeli military said its jets hit rocket launchers belonging to Hezbollah.", "ISR"),
    ("Turkey's defence ministry said its jets had hit 31 targets of the PKK in northern Iraq.", "TUR"),
])
def test_its_jets_are_the_reporting_speakers(analyze: Analyze, text: str, country: str) -> None:
    e = _find(_events(analyze, text), "ASSAULT", "hit")
    assert e.source is not None and e.source.country == country, e.source


def test_a_thing_of_its_own_attacked_is_the_reporting_speakers(analyze: Analyze) -> None:
    text = ("The Philippines said Chinese coast guard vessels fired water cannon at its supply boat near Second "
            "Thomas Shoal.")
    e = _find(_events(analyze, text), "ASSAULT", "fired")
    assert e.target is not None and e.target.country == "PHL", e.target


@pytest.mark.parametrize(("text", "type_", "name"), [
    ("Farmers protested against EU trade deals in Brussels.", "PROTEST", "european union"),
    ("Moscow condemned NATO expansion.", "ACCUSE", "north atlantic treaty organization"),
])
def test_a_reaction_to_a_named_bodys_thing_is_aimed_at_the_body(analyze: Analyze, text: str, type_: str,
                                                                 name: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert _name(e.target) == name, e.target


def test_the_forum_of_a_complaint_is_not_its_target(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Indonesia filed its own WTO complaint against those rules last year."), "ACCUSE")
    assert e.target is None or e.target.name != "World Trade Organization", e.target
