"""Event arguments, round 11: how news names whom an act is done to.

A part of a whole ("sanctions on two of Russia's banks") is done to the whole, and people a
preposition brings in ("delivered food to displaced people", "fired at protesters") are the
target as they are as an object.
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
    ("Washington imposed sanctions on two of Russia's largest oil companies.", "SANCTION", "RUS"),
    ("The European Union imposed sanctions on some of Iran's state banks.", "SANCTION", "IRN"),
])
def test_a_part_of_a_whole_is_done_to_the_whole(analyze: Analyze, text: str, type_: str, country: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert e.target is not None and e.target.country == country, e.target


@pytest.mark.parametrize(("text", "type_", "target"), [
    ("The Red Cross delivered aid to refugees in the camp.", "AID", "refugees"),
    ("The World Food Programme said it had delivered food to 8,000 displaced people.", "AID", "people"),
])
def test_people_a_preposition_brings_in_are_the_target(analyze: Analyze, text: str, type_: str,
                                                       target: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert target in _name(e.target), e.target


@pytest.mark.parametrize(("text", "type_", "target"), [
    ("The United States pledged $500 million to help Ukraine rebuild its power grid.", "AGREE", "ukraine"),
    ("The European Commission pledged 250 million euros in emergency support to help Moldova buy gas.",
     "AGREE", "moldova"),
    ("Germany agreed to provide tanks to help Ukraine.", "AID", "ukraine"),
])
def test_aid_is_for_whom_its_purpose_helps(analyze: Analyze, text: str, type_: str, target: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert target in _name(e.target), e.target


@pytest.mark.parametrize(("text", "target"), [
    ("Agriculture Minister Konstantinos Tsiaras will travel to Brussels on Thursday to ask the "
     "European Commission to release the frozen funds.", "european commission"),
    ("Blinken will fly to Riyadh next week to meet Saudi Crown Prince Mohammed bin Salman.", "mohammed bin salman"),
])
def test_a_trip_is_to_whom_its_purpose_clause_names(analyze: Analyze, text: str, target: str) -> None:
    e = _find(_events(analyze, text), "CONSULT")
    assert target in _name(e.target), e.target


@pytest.mark.parametrize(("text", "type_", "trigger", "source"), [
    ("The ministry issued a statement condemning the attack on its embassy.", "ACCUSE", "condemning", "ministry"),
    ("Egyptian Foreign Minister Badr Abdelatty sent a letter to the Security Council accusing Ethiopia "
     "of releasing water from the dam.", "ACCUSE", "accusing", "abdelatty"),
])
def test_a_text_does_what_its_issuer_does(analyze: Analyze, text: str, type_: str, trigger: str,
                                          source: str) -> None:
    e = _find(_events(analyze, text), type_, trigger)
    assert source in _name(e.source), e.source


def test_the_one_accused_of_an_act_did_it(analyze: Analyze) -> None:
    # spaCy hangs "of killing" on the object of "accusing": the troops did the killing, not the accuser
    e = _find(_events(analyze, "Human Rights Watch published a report accusing Ethiopian troops of "
                               "killing civilians."), "ASSAULT", "killing")
    assert "troops" in _name(e.source), e.source


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("Russia, whose forces attacked Kharkiv on Monday, denied the report.", "ASSAULT", "RUS"),
    ("The International Monetary Fund, whose bailout has kept Sri Lanka afloat, welcomed the agreement.",
     "AID", "IMF"),
    ("One of the Chinese ships also rammed the Philippine vessel.", "ASSAULT", "CHN"),
    ("Two of the Russian jets struck a hospital in Kharkiv.", "ASSAULT", "RUS"),
])
def test_whose_and_a_part_of_a_whole_act_for_the_whole(analyze: Analyze, text: str, type_: str,
                                                      country: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert e.source is not None and e.source.country == country, e.source


def test_prevented_from_doing_is_done_by_the_object(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Police prevented the protesters from marching to parliament."), "PROTEST", "marching")
    assert "protesters" in _name(e.source), e.source


@pytest.mark.parametrize(("text", "country"), [
    ("Russian forces shelled villages in the Kharkiv region overnight.", "UKR"),
    ("Israeli jets struck targets in southern Lebanon.", "LBN"),
    ("Gunmen stormed a television station in Guayaquil.", "ECU"),
])
def test_a_place_attacked_is_its_countrys(analyze: Analyze, text: str, country: str) -> None:
    e = _find(_events(analyze, text), "ASSAULT")
    assert e.target is not None and e.target.country == country and e.target.actor_id is None, e.target


@pytest.mark.parametrize(("text", "target"), [
    ("Israeli warplanes struck Hezbollah targets on Wednesday.", "hezbollah"),
    ("Israeli jets hit a weapons depot belonging to Hezbollah.", "hezbollah"),
])
def test_a_thing_attacked_is_its_owners(analyze: Analyze, text: str, target: str) -> None:
    e = _find(_events(analyze, text), "ASSAULT")
    assert target in _name(e.target), e.target


def test_foreign_governments_are_not_the_home_countrys(analyze: Analyze) -> None:
    text = ("Security chief Chris Tang said on Monday that the trial in Hong Kong would go ahead in Hong Kong's "
            "High Court. Hong Kong leader John Lee backed him. Tang warned foreign governments not to interfere "
            "in the city's courts.")
    e = _find(_events(analyze, text), "THREATEN", "warned")
    assert "foreign governments" in _name(e.target) and e.target is not None and e.target.country is None, e.target


def test_both_sides_are_told_in_story_order(analyze: Analyze) -> None:
    # the latest exchange runs Pakistan → India; the story named India first
    text = ("India and Pakistan agreed on Tuesday to restore a ceasefire along the border. Pakistan accused "
            "India of violating the truce on Sunday. U.N. Secretary-General Antonio Guterres urged both "
            "countries to exercise restraint.")
    urged = [e for e in _events(analyze, text) if e.type == "REQUEST"]
    assert [e.target.country if e.target else None for e in urged] == ["IND", "PAK"], urged


def test_a_state_of_emergency_is_no_actor(analyze: Analyze) -> None:
    text = ("Queensland Premier David Crisafulli declared a state of emergency across 14 local government areas "
            "on Wednesday as floods swept Queensland, Australia. The premier said Australia would need help.")
    e = _find(_events(analyze, text), "COERCE")
    assert e.target is not None and e.target.name is None and e.target.country == "AUS", e.target


def test_his_counterpart_is_not_he(analyze: Analyze) -> None:
    e = _find(_events(analyze, "President Emmanuel Macron met his Brazilian counterpart in Paris on Thursday."),
              "CONSULT", "met")
    assert e.target is not None and e.target.country == "BRA", e.target


@pytest.mark.parametrize(("text", "country"), [
    ("The European Union imposed tariffs of up to 35% on electric vehicles made in China.", "CHN"),
    ("Washington imposed duties on steel imported from Vietnam.", "VNM"),
])
def test_a_measure_on_goods_is_aimed_at_where_they_come_from(analyze: Analyze, text: str, country: str) -> None:
    e = _find(_events(analyze, text), "SANCTION")
    assert e.target is not None and e.target.country == country, e.target


def test_co_mediators_mediate_between_the_sides(analyze: Analyze) -> None:
    events = _events(analyze, "Israel and Hamas agreed to a ceasefire in talks mediated by Qatar, Egypt and the "
                              "United States.")
    mediated = [(e.source.country if e.source else None, e.target.country if e.target else None)
                for e in events if e.type == "CONSULT"]
    assert ("QAT", "EGY") not in mediated and ("QAT", "ISR") in mediated, mediated


def test_strikes_against_targets_are_aimed_at_whose_they_are(analyze: Analyze) -> None:
    e = _find(_events(analyze, "The Pentagon said U.S. forces carried out strikes against Houthi targets in Yemen "
                               "on Saturday."), "ASSAULT")
    assert "houthi" in _name(e.target), e.target


@pytest.mark.parametrize(("text", "type_", "source"), [
    # an adverbial between auxiliary and verb: spaCy hangs the subject on the auxiliary, or takes
    # "has" for the verb and the participle for a modifier of the time phrase
    ("The EU mission had, however, criticised the ruling party.", "ACCUSE", "eu mission"),
    ("China has for months called on the council to reward Pyongyang.", "REQUEST", "china"),
    # a dateline parsed as the subject, the real subject its apposition
    ("KAMPALA - The Electoral Commission on Monday disqualified three opposition candidates.", "COERCE",
     "electoral commission"),
])
def test_the_subject_spacy_misplaces_is_found(analyze: Analyze, text: str, type_: str, source: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert source in _name(e.source), e.source


def test_a_loan_by_an_international_body_goes_to_the_storys_country(analyze: Analyze) -> None:
    text = ("Egyptian Finance Minister Ahmed Kouchouk said on Tuesday that Egypt's economy grew 4.2% in the first "
            "quarter. The World Bank approved a $700 million budget support loan in October.")
    e = _find(_events(analyze, text), "AID", "approved")
    assert e.target is not None and e.target.country == "EGY", e.target


@pytest.mark.parametrize(("text", "type_", "target"), [
    ("Al Shabaab militants attacked a military base near Mogadishu on Friday, killing 12 soldiers. Kenya said it "
     "would send more troops. The United Nations mission in Somalia condemned the attack.", "ACCUSE", "shabaab"),
    ("The European Commission fined Apple 1.8 billion euros on Monday. Apple said it would appeal. Spotify, "
     "which filed the original complaint in 2019, welcomed the fine.", "SUPPORT", "european commission"),
])
def test_a_reaction_to_an_act_is_aimed_at_its_doer(analyze: Analyze, text: str, type_: str, target: str) -> None:
    e = _find(_events(analyze, text), type_)
    assert target in _name(e.target), e.target


def test_what_is_asked_for_is_no_target(analyze: Analyze) -> None:
    e = _find(_events(analyze, "The Australian Greens called for a royal commission into disaster funding."), "REQUEST")
    assert "commission" not in _name(e.target), e.target


def test_where_they_met_is_no_participant(analyze: Analyze) -> None:
    events = _events(analyze, "Putin met Kim Jong Un on Thursday. The two leaders met for about two hours on "
                              "Russky Island.")
    assert all("island" not in _name(e.target) for e in events), [(_name(e.source), _name(e.target)) for e in events]


def test_people_a_patient_nominal_names_are_its_target(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Rights groups called for the release of the detained journalists."), "REQUEST")
    assert "journalists" in _name(e.target), e.target


def test_a_thing_in_a_reported_clause_calls_on_no_one(analyze: Analyze) -> None:
    # spaCy joins "called on" to "since the protests began": the call is the reporter's
    e = _find(_events(analyze, "Amnesty International said security forces had killed at least 23 people since "
                               "the protests began and called on the authorities to investigate."), "REQUEST")
    assert "amnesty" in _name(e.source), e.source


def test_two_names_joined_by_a_hyphen_are_the_two_sides(analyze: Analyze) -> None:
    e = _find(_events(analyze, "Araqchi said the Iran-US talks were going in the right direction."), "CONSULT")
    assert {e.source.country if e.source else None, e.target.country if e.target else None} == {"IRN", "USA"}


def test_a_title_before_a_name_is_that_person(analyze: Analyze) -> None:
    e = _find(_events(analyze, "A Moscow court on Friday sentenced opposition politician Ilya Yashin to eight "
                               "years in prison."), "COERCE", "sentenced")
    assert "yashin" in _name(e.target), e.target


def test_his_release_is_done_to_him(analyze: Analyze) -> None:
    text = ("A Moscow court on Friday sentenced opposition politician Ilya Yashin to eight years in prison. "
            "The European Union condemned the sentence and called for his immediate release.")
    e = _find(_events(analyze, text), "REQUEST")
    assert "yashin" in _name(e.target), e.target


def test_whom_one_urges_to_act_is_the_target(analyze: Analyze) -> None:
    text = ("Ukraine's air force said it had shot down 50 drones. Ukrainian President Volodymyr Zelenskiy urged "
            "Western allies to speed up deliveries of air defence systems.")
    e = _find(_events(analyze, text), "REQUEST", "urged")
    assert "allies" in _name(e.target), e.target


def test_a_city_before_talks_names_where_not_who(analyze: Analyze) -> None:
    text = "Iran and the IAEA held talks in Vienna on Monday. The United States has not taken part in the Vienna talks."
    events = [e for e in _events(analyze, text) if e.type == "CONSULT" and e.source is not None
              and e.source.country == "USA"]
    assert events and all(e.target is None or e.target.country != "AUT" for e in events), events


def test_the_course_not_taken_is_no_event(analyze: Analyze) -> None:
    events = _events(analyze, "Abe said he fully supports Trump's decision to walk away rather than accept a bad deal.")
    assert not any(e.trigger.text == "accept" for e in events), [(e.type, e.trigger.text) for e in events]


def test_a_datelines_own_country_is_no_subject(analyze: Analyze) -> None:
    events = _events(analyze, "VLADIVOSTOK, Russia — Russian President Vladimir Putin and North Korean leader Kim "
                              "Jong Un held their first summit on Thursday.")
    assert not any(e.source is not None and e.source.name == "Russia" for e in events), events


@pytest.mark.parametrize("text", [
    "A powerful earthquake killed at least 60 people on the island of Cebu.",
    "Japan will send experts after a powerful earthquake killed at least 60 people.",
])
def test_a_natural_disaster_attacks_no_one(analyze: Analyze, text: str) -> None:
    assert not any(e.type == "ASSAULT" for e in _events(analyze, text))
