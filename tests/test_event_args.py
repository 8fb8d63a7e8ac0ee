"""Event arguments: source and target read off the parse, and targets inferred from context."""

from __future__ import annotations

import pytest

from storyline.models import Event
from tests.eventcheck import Analyze, events_of
from tests.eventcheck import actor_name as _name
from tests.eventcheck import find_event as _find

pytestmark = pytest.mark.slow

PUB = "2025-03-05"  # a Wednesday


def _events(analyze: Analyze, text: str, published: str | None = PUB) -> list[Event]:
    return events_of(analyze, text, published)


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "target", "country"),
    [
        # a reaction at home is aimed at the one who did the thing reacted to, not at a foreigner
        ("Norway hosted talks between the two sides. The Venezuelan government on Monday banned "
         "the opposition candidate Maria Machado from the election. Venezuelan opposition leaders "
         # "the Venezuelan government" is the country itself (GUIDE round 11, actors: country_groups)
         "condemned the decision.", "ACCUSE", "condemned", "venezuela", "VEN"),
        ("The U.S. Treasury on Tuesday imposed sanctions on Iran's oil ministry. Republican lawmakers "
         "criticized the move.", "ACCUSE", "criticized", "treasury", "USA"),
    ],
)
def test_context_target_is_the_doer_of_the_latest_act(analyze: Analyze, text: str, type_: str, trigger: str,
                                                      target: str, country: str) -> None:
    e = _find(_events(analyze, text), type_, trigger)
    assert target in _name(e.target)
    assert e.target is not None and e.target.country == country


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("Opposition leader Ivan Lau was taken into custody on Monday.", "COERCE", None, "ivan lau"),
        ("Police took opposition leader Ivan Lau into custody on Monday.", "COERCE", "police", "ivan lau"),
        ("Raila Odinga is under investigation by the police.", "ACCUSE", "police", "raila odinga"),
        ("Iran has been under U.S. sanctions since 2010.", "SANCTION", "united states", "iran"),
    ],
)
def test_who_is_put_in_a_state_undergoes_it(analyze: Analyze, text: str, type_: str, source: str | None,
                                            target: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert target in _name(e.target)
    if source is None:
        assert e.source is None or target not in _name(e.source)
    else:
        assert source in _name(e.source)


def test_people_named_by_role_or_number_are_the_storys_own(analyze: Analyze) -> None:
    text = ("Brazil's sports minister Paulo Andrade criticised the Brazilian Volleyball Confederation on Monday. "
            "In an open letter, 40 members of the national teams demanded the resignation of its president, "
            "Carlos Menezes, a Brazilian official.")
    e = _find(_events(analyze, text), "REQUEST")
    assert "members" in _name(e.source)
    assert e.source is not None and e.source.country == "BRA"


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at protesters in Lima, Peru on Monday. Four people were arrested, the Peruvian "
    "interior ministry said.",
    "Peruvian opposition leader Luis Arana was taken into custody in Lima on Monday.",
])
def test_people_held_without_a_named_doer_are_held_by_the_authorities(analyze: Analyze, text: str) -> None:
    e = _find(_events(analyze, text), "COERCE")
    assert e.source is not None and e.source.name is None and e.source.country == "PER"
    assert e.target is not None


def test_a_plural_noun_naming_its_members_stands_for_them(analyze: Analyze) -> None:
    events = [e for e in _events(analyze, "Western countries, including the United States and Britain, condemned "
                                          "the coup in Niger.") if e.type == "ACCUSE"]
    assert sorted(e.source.country for e in events if e.source is not None) == ["GBR", "USA"]
    assert all(e.target is None or e.target.country not in ("GBR", "USA") for e in events)  # not each other
    e = _find(_events(analyze, "He said his government would seek balanced partnerships with all countries, "
                               "including China."), "AGREE")
    assert "china" in _name(e.target)


@pytest.mark.parametrize(("text", "target"), [
    ("China sent warships near Taiwan on Tuesday.", "taiwan"),
    ("Russia massed troops along the border with Ukraine.", "ukraine"),
])
def test_a_show_of_force_is_aimed_at_the_country_it_is_near(analyze: Analyze, text: str, target: str) -> None:
    assert target in _name(_find(_events(analyze, text), "MOBILIZE").target)


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("The agreement signed by Congo and Rwanda in June calls for a ceasefire.", "AGREE", "congo", "rwanda"),
    ("The sanctions imposed by Washington on Venezuela in 2019 hurt its oil industry.", "SANCTION", "united states",
     "venezuela"),
])
def test_a_reduced_passive_on_a_thing_keeps_its_by_agent(analyze: Analyze, text: str, type_: str, source: str,
                                                         target: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert source in _name(e.source) and target in _name(e.target)


def test_a_body_of_the_state_unplaced_is_the_storys_own(analyze: Analyze) -> None:
    text = ("Cameroonian gendarmes arrested opposition leader Jean-Claude Ndongo in Yaoundé, Cameroon on Saturday. "
            "A military court on Sunday charged the opposition leader with insurrection.")
    e = _find(_events(analyze, text), "COERCE", "charged")
    assert "court" in _name(e.source) and e.source is not None and e.source.country == "CMR"


def test_a_compatriots_foreign_counterpart_is_no_context_target(analyze: Analyze) -> None:
    text = ("Venezuelan government negotiators met Norwegian mediators in Oslo on Monday. The Venezuelan government "
            "on Tuesday banned opposition candidate Maria Machado from the election. Venezuelan opposition leaders "
            "condemned the decision.")
    e = _find(_events(analyze, text), "ACCUSE", "condemned")
    assert e.target is not None and e.target.country == "VEN"


def test_a_reaction_to_an_occasion_is_aimed_at_whoever_held_it(analyze: Analyze) -> None:
    a = analyze(
        "Chinese President Xi Jinping visited North Korea on Thursday. Chinese Foreign Ministry spokesman "
        "Geng Shuang dismissed suggestions that the visit was about trade. South Korea welcomed the trip.",
        published="2019-06-21",
    )
    welcomed = next(e for e in a.events if e.trigger.text == "welcomed")
    assert welcomed.target is not None and welcomed.target.name == "Xi Jinping", welcomed.target


def test_a_directed_act_is_not_aimed_at_a_colleague_of_the_same_government(analyze: Analyze) -> None:
    a = analyze(
        "The Justice Department seized a North Korean ship on Thursday. Secretary of State Mike Pompeo said "
        "the United States was ready to meet again.",
        published="2019-05-10",
    )
    ready = next(e for e in a.events if e.trigger.text == "ready")
    assert ready.target is None or ready.target.country != "USA", ready.target
