"""Event arguments, round 13: whom an act is aimed at when the sentence names no one.

"Both countries" stands for the story's two sides even paragraphs after they were named.
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


def test_both_countries_are_the_story_pair_told_paragraphs_before(analyze: Analyze) -> None:
    text = ("India and Pakistan agreed on Tuesday to restore a ceasefire along the border. "
            "Protesters marched in Lahore on Wednesday. Police arrested 20 people in Karachi. "
            "Farmers blocked roads in Punjab. Students rallied in Islamabad on Thursday. "
            "UN Secretary-General Antonio Guterres urged both countries to show restraint.")
    urged = [e for e in _events(analyze, text) if e.type == "REQUEST"]
    assert sorted(e.target.country for e in urged if e.target is not None) == ["IND", "PAK"], \
        [(_name(e.source), _name(e.target)) for e in urged]


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("China vowed on Monday to punish Taiwan.", "THREATEN", "TWN"),
    ("Russia agreed to supply Moldova with gas.", "AGREE", "MDA"),
    ("Iran vowed to retaliate against Israel.", "THREATEN", "ISR"),
])
def test_a_named_actor_the_infinitive_is_done_to_is_the_target(analyze: Analyze, text: str, type_: str,
                                                               country: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert e.target is not None and e.target.country == country, (_name(e.source), _name(e.target))


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("France condemned Russia's invasion of Ukraine.", "ACCUSE", "RUS"),
    ("Germany criticised China's treatment of the Uyghurs.", "ACCUSE", "CHN"),
    ("Britain condemned Israel's strikes on Gaza.", "ACCUSE", "ISR"),
])
def test_a_reaction_to_an_act_is_aimed_at_its_doer(analyze: Analyze, text: str, type_: str,
                                                   country: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert e.target is not None and e.target.country == country, (_name(e.source), _name(e.target))


def test_the_possessor_of_an_act_done_to_people_is_its_patient(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Amnesty International condemned Navalny's arrest."), "ACCUSE")
    assert "navalny" in _name(e.target)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Police questioned the Iranian officers Washington accused of plotting attacks.", "accused", "IRN"),
    ("The British journalists Russia detained last year were freed on Monday.", "detained", "GBR"),
])
def test_the_head_of_a_contact_clause_is_its_object(analyze: Analyze, text: str, trigger: str, country: str) -> None:
    e = next(e for e in _events(analyze, text) if e.trigger.text == trigger)
    assert e.target is not None and e.target.country == country, (_name(e.source), _name(e.target))


def test_a_clause_with_a_relative_word_keeps_its_own_object(analyze: Analyze) -> None:
    text = "The talks were mediated by Norway, whose envoy Dag Nylander had shuttled between the two sides for months."
    assert not any(e.target is not None and e.target.country == "NOR" for e in _events(analyze, text)
                   if e.trigger.text == "shuttled")


@pytest.mark.parametrize(("text", "country"), [
    ("France had kept troops in Chad since 1960.", "TCD"),
    ("Turkey deployed troops in Syria on Monday.", "SYR"),
])
def test_forces_stationed_in_a_country_are_aimed_at_it(analyze: Analyze, text: str, country: str) -> None:
    e = _find(_events(analyze, text), "MOBILIZE")
    assert e.target is not None and e.target.country == country, (_name(e.source), _name(e.target))


def test_forces_deployed_in_a_home_town_are_aimed_at_no_one_named(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Nigeria deployed troops in Lagos on Monday."), "MOBILIZE")
    assert e.target is None, _name(e.target)


def test_aid_sent_to_a_town_is_aimed_at_its_country(analyze: Analyze) -> None:
    text = "Egypt said it had flown two planes of food and medicine to Port Sudan on Monday."
    e = _find(_events(analyze, text), "AID")
    assert e.target is not None and e.target.country == "SDN", _name(e.target)


def test_a_passer_by_of_the_story_yields_to_its_most_named_country(analyze: Analyze) -> None:
    text = ("Hurricane Melissa struck Jamaica on Tuesday. Jamaica declared a state of emergency on Wednesday. "
            "Jamaican Prime Minister Andrew Holness said Jamaica needed generators and water. "
            "Jamaica's health minister said hospitals in Jamaica were full. "
            "Norway's foreign minister visited Brazil on Thursday. Canada said it was ready to help.")
    e = _find(_events(analyze, text), "AGREE")
    assert e.target is not None and e.target.country == "JAM", _name(e.target)



@pytest.mark.parametrize(("text", "country"), [
    ("Kerala's leaders hit out at India's national government for rejecting an aid offer from the United Arab Emirates.",
     "IND"),
    ("Beijing took aim at Washington on Tuesday.", "USA"),
])
def test_words_aimed_at_someone_are_aimed_at_the_at_object(analyze: Analyze, text: str, country: str) -> None:
    e = _find(_events(analyze, text), "ACCUSE")
    assert e.target is not None and e.target.country == country, _name(e.target)


def test_a_suit_filed_at_a_court_is_not_aimed_at_the_court(analyze: Analyze) -> None:
    text = "The suit, filed at a federal court in Brasilia, accuses the company of ignoring warnings."
    assert not any(e.trigger.text == "filed" and "court" in _name(e.target) for e in _events(analyze, text))


def test_a_passer_by_counterpart_yields_to_the_story_country(analyze: Analyze) -> None:
    text = ("North Korea tested two missiles on Thursday. North Korean state media said Kim Jong Un oversaw the test. "
            "North Korea accused South Korea of staging provocations. North Korea warned South Korea against new "
            "drills. Trump spoke with Shinzo Abe by phone on Friday. Trump said he was ready to hold talks.")
    e = _find(_events(analyze, text), "AGREE")
    assert e.target is not None and e.target.country == "PRK", _name(e.target)


@pytest.mark.parametrize(("text", "type_"), [
    ("Foreign Minister Claire Dufresne of Canada warned that Ottawa will not hesitate to take further measures.",
     "THREATEN"),
    ("Moroccan Foreign Minister Nasser Bourita denied that his country had opened the border.", "REJECT"),
])
def test_the_speakers_own_side_in_the_complement_is_not_the_target(analyze: Analyze, text: str, type_: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert e.target is None or e.target.country not in ("CAN", "MAR"), _name(e.target)


def test_another_side_in_a_denial_complement_stays_the_target(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Iran denied that the United States had attacked its tankers."), "REJECT")
    assert e.target is not None and e.target.country == "USA", _name(e.target)


def test_forces_deployed_by_no_one_named_are_the_source(analyze: Analyze) -> None:
    text = "Nigerian soldiers were deployed around the headquarters of the state oil company in Abuja on Monday."
    e = _find(_events(analyze, text), "MOBILIZE")
    assert e.source is not None and "soldiers" in _name(e.source), (_name(e.source), _name(e.target))


def test_a_host_of_a_round_with_no_guest_named_stays_the_source(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Qatar said on Friday that Turkey would host the follow-up round next week."), "CONSULT")
    assert e.source is not None and e.source.country == "TUR", (_name(e.source), _name(e.target))


def test_a_reciprocal_verb_joins_its_coordinated_subject(analyze: Analyze) -> None:
    events = [e for e in _events(analyze, "Russia and Ukraine have exchanged 390 prisoners of war.") if e.type == "CONCEDE"]
    assert len(events) == 1 and events[0].target is not None and events[0].target.country == "UKR", \
        [(_name(e.source), _name(e.target)) for e in events]


def test_the_reporter_of_a_raid_is_not_its_doer(analyze: Analyze) -> None:
    text = ("The attack began after dozens of insurgents sneaked across the border into the tribal region of Bajaur "
            "and hit two military checkpoints, killing one soldier, local official Shah Naseem said.")
    e = next(e for e in _events(analyze, text) if e.trigger.text == "hit")
    assert "naseem" not in _name(e.source), _name(e.source)


def test_a_relative_subject_of_a_deed_stays_its_doer(analyze: Analyze) -> None:
    text = "Police, who had deployed armoured vehicles around the court since dawn, said 23 people had been arrested."
    e = _find(_events(analyze, text), "MOBILIZE")
    assert "police" in _name(e.source), _name(e.source)
