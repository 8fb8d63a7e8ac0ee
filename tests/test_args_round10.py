"""Event arguments, round 10: common news syntax the parse reads wrong or drops.

Passives coordinated with a shared subject and "by" agent ("were shot and hacked to death by
the rebels", "was arrested by police and charged"), people who undergo a passive act
("villagers were shot"), and two acts of one kind told at two times in one sentence.
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


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), [
    # people a passive act is done to are its target, though the trigger names them as its object
    ("Three villagers were shot by the rebels near the border.", "ASSAULT", "shot", "rebels", "villagers"),
    ("Two journalists were beaten by police outside the court.", "ASSAULT", "beaten", "police", "journalists"),
    # a "by" agent on the last of two coordinated participles does both
    ("Villagers had been shot and hacked to death by the separatists.", "ASSAULT", "shot", "separatists",
     "villagers"),
    ("Two soldiers were captured and executed by the militants.", "ASSAULT", "executed", "militants", "soldiers"),
])
def test_a_passive_act_is_done_by_its_agent_to_its_subject(analyze: Analyze, text: str, type_: str, trigger: str,
                                                           source: str, target: str) -> None:
    e = _find(_events(analyze, text), type_, trigger)
    assert source in _name(e.source) and target in _name(e.target), (e.source, e.target)


def test_a_participle_coordinated_with_a_passive_is_done_to_its_subject(analyze: Analyze) -> None:
    # "charged" shares "the activist" and the police, it is not the activist's act
    events = _events(analyze, "The activist was arrested by police and charged with sedition.")
    assert all(_name(e.source) != "activist" for e in events), [(e.trigger.text, _name(e.source)) for e in events]
    e = _find(events, "COERCE", "arrested")
    assert "police" in _name(e.source) and "activist" in _name(e.target)


def test_two_acts_of_one_kind_at_two_times_are_two_events(analyze: Analyze) -> None:
    text = ("Kenyan police arrested opposition leader Peter Kamau in Nairobi in March. Kamau was placed under "
            "house arrest that month and charged with treason in September.")
    coerced = [e for e in _events(analyze, text) if e.type == "COERCE" and e.sentence.start > 0]
    assert {e.trigger.text for e in coerced} >= {"placed", "charged"}, [(e.trigger.text, e.date) for e in coerced]


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    # what an after-clause tells happened before the threatened response
    ("China said on Tuesday it would take firm countermeasures after the United States imposed sanctions on "
     "Chinese officials.", "SANCTION", "imposed"),
    ("Iran vowed to retaliate after Israel had attacked its consulate in Damascus.", "ASSAULT", "attacked"),
    # an act told alongside a vow is not what is vowed
    ("Beijing has repeatedly vowed retaliation, accusing Washington of interfering in its internal affairs.",
     "ACCUSE", "accusing"),
])
def test_an_act_told_beside_a_future_one_is_realised(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    e = _find(_events(analyze, text), type_, trigger)
    assert not e.hypothetical


def test_what_is_vowed_stays_hypothetical(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Pakistan said it would impose sanctions on Afghanistan before the talks began."),
              "SANCTION", "impose")
    assert e.hypothetical


@pytest.mark.parametrize(("text", "type_"), [
    # a state's protest is a complaint (GUIDE settled rule 8)
    ("Japan protested to China over the incursion on Monday.", "ACCUSE"),
    ("China protested against Washington's new sanctions on its officials.", "ACCUSE"),
    # people protesting demonstrate
    ("Thousands of students protested in Belgrade on Monday.", "PROTEST"),
])
def test_a_state_that_protests_complains(analyze: Analyze, text: str, type_: str) -> None:
    events = _events(analyze, text)
    assert [e.type for e in events if e.trigger.text == "protested"] == [type_], [(e.type, e.trigger.text)
                                                                                  for e in events]


@pytest.mark.parametrize(("text", "source"), [
    # a killing told with the attack it absorbs: the attack names who did it
    ("At least 20 people were killed when militants attacked a market in the north.", "militants"),
    ("Five soldiers were killed in an attack by Islamist militants on Sunday.", "militants"),
])
def test_a_killing_takes_the_doer_of_the_attack_it_absorbs(analyze: Analyze, text: str, source: str) -> None:
    e = _find(_events(analyze, text), "ASSAULT", "killed")
    assert source in _name(e.source), e.source


@pytest.mark.parametrize(("text", "type_", "source"), [
    # the people counted act, not the count
    ("A group of rebels attacked a village in eastern Congo on Monday.", "ASSAULT", "rebels"),
    ("Hundreds of Serbian students marched through Belgrade on Monday.", "PROTEST", "students"),
])
def test_a_counted_group_acts_as_its_members(analyze: Analyze, text: str, type_: str, source: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert source in _name(e.source) and e.source is not None and e.source.country is not None, e.source


def test_a_weapon_or_an_act_is_no_doer(analyze: Analyze) -> None:
    events = _events(analyze, "Villagers said a federal lawsuit accused the company of negligence.")
    assert all("lawsuit" not in _name(e.source) for e in events), [(e.type, _name(e.source)) for e in events]


def test_a_demonym_the_recogniser_took_for_a_name_still_places_the_target(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Kyrgyz soldiers opened fire at a Tajik patrol on Thursday."), "ASSAULT")
    assert e.target is not None and e.target.country == "TJK", e.target


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # people held, detained or dismissed in a reduced relative clause undergo it, though no one is named
    ("The union demanded the release of 40 activists detained after the march.", "detained", "activists"),
    ("The teachers demanded the reinstatement of 1,400 teachers dismissed after the strike.", "dismissed", "teachers"),
])
def test_people_held_in_a_reduced_relative_are_its_target(analyze: Analyze, text: str, trigger: str,
                                                          target: str) -> None:
    e = _find(_events(analyze, text), "COERCE", trigger)
    assert target in _name(e.target), e.target


def test_a_quantified_part_of_a_group_acts_as_the_group(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Many of the Ethiopian defendants had refused to present a defence."), "REJECT")
    assert "defendants" in _name(e.source) and e.source is not None and e.source.country == "ETH", e.source


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # an "anti-" modifier names whom the act is against, not who does it
    ("Washington imposed anti-Iran sanctions on Tuesday.", "SANCTION", "USA", "IRN"),
    ("Thousands of Filipinos joined anti-China protests in Manila on Monday.", "PROTEST", "PHL", "CHN"),
])
def test_an_anti_modifier_is_the_target(analyze: Analyze, text: str, type_: str, source: str, target: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert e.source is not None and e.source.country == source, e.source
    assert e.target is not None and e.target.country == target, e.target


def test_the_owner_of_what_support_is_for_is_its_target(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Penny Wong reiterated Australia's support for ASEAN's central role in the region."),
              "SUPPORT")
    assert e.target is not None and "southeast asian" in _name(e.target), e.target


def test_a_speakers_second_act_is_not_done_by_the_thing_said(analyze: Analyze) -> None:
    # spaCy joins "urged" to "were made"; the references urge no one, the one who told does
    e = _find(_events(analyze, "Ambassador Hideo Tarumi told Sun it was only natural that such references were "
                               "made and urged China to change course."), "REQUEST")
    assert "tarumi" in _name(e.source), e.source


def test_whose_decision_drew_criticism_undergoes_it(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Russia's decision to recognise the breakaway regions drew condemnation from Germany."),
              "ACCUSE")
    assert _name(e.target) == "russia" and "germany" in _name(e.source), (e.source, e.target)
