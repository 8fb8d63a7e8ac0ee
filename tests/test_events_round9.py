"""Event recall, round 9: nominal events a clause predicates, counts or schedules with no
participant in the phrase ("protests erupted", "after two days of talks", "the next round of
talks is due to open"), and their near misses (a warning that protests "would continue", a
demanded round of talks)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis, Event

pytestmark = pytest.mark.slow

PUB = "2025-10-08"

Analyze = Callable[..., Analysis]



def events_of(analyze: Analyze, text: str) -> list[Event]:
    return list(analyze(text, published=PUB).events)


def _found(events: list[Event], type_: str, trigger: str) -> list[Event]:
    return [e for e in events if e.type == type_ and e.trigger.text.lower().startswith(trigger)]


# text, type, trigger (the start of the trigger's text)
CODED = [
    # an occurrence verb tells the protest happened, though no one is named (GUIDE rules 4-5)
    ("Protests erupted in the capital after the vote.", "PROTEST", "protests"),
    ("Demonstrations spread to other cities on Tuesday.", "PROTEST", "demonstrations"),
    # a counted stretch of talks, its sides from the sentence or the one before
    ("Iran and the IAEA agreed on a plan after two days of talks in Vienna.", "CONSULT", "talks"),
    ("Colombia and the ELN signed a ceasefire in Havana. "
     "The next round of talks is due to open in Caracas on May 20.", "CONSULT", "talks"),
    # a meeting scheduled by an agentless passive with its date
    ("Kyrgyzstan and Tajikistan held border talks in Batken on Monday. "
     "The next meeting is planned for November.", "CONSULT", "meeting"),
]

NOT_CODED = [
    # a warning that protests would go on is no report of one
    ("Giorgi Kapanadze said the protests would continue until the bill was scrapped.", "PROTEST", "protests"),
    # a round of talks someone would demand has not taken place
    ("He predicted that Kim would soon demand a new round of talks on his own terms.", "CONSULT", "talks"),
    # a bare definite back-reference stays out
    ("Protesters marched on Monday. The protests were the largest in years.", "PROTEST", "protests"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED)
def test_coded(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    assert _found(events_of(analyze, text), type_, trigger), text


@pytest.mark.parametrize(("text", "type_", "trigger"), NOT_CODED)
def test_not_coded(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    assert not _found(events_of(analyze, text), type_, trigger), text


def test_measure_noun_is_no_participant(analyze: Analyze) -> None:
    text = ("Colombia and the ELN signed a ceasefire in Havana. "
            "The next round of talks is due to open in Caracas on May 20.")
    (talks,) = _found(events_of(analyze, text), "CONSULT", "talks")
    assert talks.source is not None and talks.source.country == "COL"
    assert talks.source.name is not None and "round" not in talks.source.name


def test_unsided_protest_has_no_participants(analyze: Analyze) -> None:
    (protest,) = _found(events_of(analyze, "Protests erupted in the capital after the vote."), "PROTEST", "protests")
    assert protest.source is None and protest.target is None


def test_measured_talks_take_the_measure_date(analyze: Analyze) -> None:
    # published Wednesday 2026-05-20: "a new round ... on Thursday" is the coming Thursday
    text = "Education Minister Rosa Huamán had invited union leaders to a new round of talks on Thursday."
    (talks,) = [e for e in analyze(text, published="2026-05-20").events if e.type == "CONSULT"]
    assert talks.date == "2026-05-21"


def test_scheduled_round_takes_its_verb_date(analyze: Analyze) -> None:
    text = ("Colombia and the ELN signed a ceasefire in Havana. "
            "The next round of talks is due to open in Caracas on May 20.")
    (talks,) = [e for e in analyze(text, published="2026-05-08").events if e.type == "CONSULT"]
    assert talks.date == "2026-05-20"


def test_next_meeting_planned_is_future(analyze: Analyze) -> None:
    text = ("Kyrgyzstan and Tajikistan held border talks in Batken on Monday. "
            "The next meeting is planned for May.")
    (meeting,) = _found(list(analyze(text, published="2026-04-14").events), "CONSULT", "meeting")
    assert meeting.date == "2026-05" and meeting.hypothetical


# a strike carried out is an attack; one staged, held or joined is a labour protest
STRIKES = [
    ("Israel has carried out near-daily strikes since then.", "ASSAULT"),
    ("The strikes carried out by the coalition killed 12 civilians.", "ASSAULT"),
    ("Workers staged a strike on Monday.", "PROTEST"),
    ("Nurses joined the strike in March.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "type_"), STRIKES)
def test_strike_by_its_verb(analyze: Analyze, text: str, type_: str) -> None:
    events = events_of(analyze, text)
    assert _found(events, type_, "strike"), text
    other = "PROTEST" if type_ == "ASSAULT" else "ASSAULT"
    assert not _found(events, other, "strike"), text


def test_strikes_begun_stay_uncoded(analyze: Analyze) -> None:
    # "began strikes" may be an air campaign or a walkout: neither reading is forced
    assert not _found(events_of(analyze, "Israel began strikes on Gaza."), "PROTEST", "strike")


def test_called_for_strike_is_to_come(analyze: Analyze) -> None:
    # published Tuesday 2026-08-18: the strike called for "from Wednesday" starts the next day
    text = "She called for a general strike across the country from Wednesday."
    (strike,) = [e for e in analyze(text, published="2026-08-18").events if e.type == "PROTEST"]
    assert strike.date == "2026-08-19" and strike.hypothetical


# a crowd protesting something demonstrates; a government protesting lodges a complaint (GUIDE rule 8)
PROTESTERS = [
    ("Hundreds of people gathered in the capital to protest the government's inaction.", "PROTEST"),
    ("Students protested the tuition increase on Monday.", "PROTEST"),
    ("Japan protested the launch through its embassy.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "type_"), PROTESTERS)
def test_who_protests_decides_the_type(analyze: Analyze, text: str, type_: str) -> None:
    events = events_of(analyze, text)
    assert _found(events, type_, "protest"), text
    other = "ACCUSE" if type_ == "PROTEST" else "PROTEST"
    assert not _found(events, other, "protest"), text


def test_relative_clause_tells_the_nouns_event(analyze: Analyze) -> None:
    # "an accord that the ministers signed": the verb with the relative pronoun as its object
    text = ("The deal builds on a separate accord that the foreign ministers of Congo and Rwanda "
            "signed in Washington in June.")
    assert _found(events_of(analyze, text), "AGREE", "signed")


def test_relative_light_verb_is_one_event(analyze: Analyze) -> None:
    text = "He criticised the sanctions which the United States imposed on Cuba in 1962."
    sanctions = [e for e in events_of(analyze, text) if e.type == "SANCTION"]
    assert len(sanctions) == 1 and sanctions[0].target is not None and sanctions[0].target.country == "CUB"


def test_relative_clause_of_another_type_keeps_the_noun(analyze: Analyze) -> None:
    # "restored sanctions that had been lifted": the relative clause tells the sanctions' past
    text = "The mechanism restored United Nations sanctions on Iran that had been lifted under the 2015 deal."
    assert _found(events_of(analyze, text), "SANCTION", "restored") or _found(events_of(analyze, text), "SANCTION", "sanctions")


def test_agentless_passive_takes_its_prepositional_target(analyze: Analyze) -> None:
    text = "The federation paid commissions on contracts that were signed in 2019 with Saudi Arabia."
    (signed,) = _found(events_of(analyze, text), "AGREE", "signed")
    assert signed.target is not None and signed.target.country == "SAU"


# the possessor of an arrest, a killing or a release undergoes it; with an "of" object it does it
@pytest.mark.parametrize(("text", "type_", "trigger", "target"), [
    ("Navalny's arrest in January sparked protests across Russia.", "COERCE", "arrest", "Navalny"),
    ("Khashoggi's killing in 2018 strained ties between Riyadh and Washington.", "ASSAULT", "killing", "Khashoggi"),
])
def test_possessor_undergoes_patient_nominal(analyze: Analyze, text: str, type_: str, trigger: str,
                                             target: str) -> None:
    (event,) = _found(events_of(analyze, text), type_, trigger)
    assert event.target is not None and event.target.name is not None and target in event.target.name
    assert event.source is None or event.source.name is None or target not in event.source.name


def test_possessor_with_of_object_does_it(analyze: Analyze) -> None:
    (event,) = _found(events_of(analyze, "Russia's deportation of Ukrainian children drew condemnation."),
                      "COERCE", "deportation")
    assert event.source is not None and event.source.country == "RUS"


def test_measured_talks_take_no_thing_as_participant(analyze: Analyze) -> None:
    events = events_of(analyze, "Her release came after months of talks.")
    assert not any(e.source is not None and e.source.name == "release" for e in events)


def test_paired_nationalities_meet(analyze: Analyze) -> None:
    (met,) = _found(events_of(analyze, "U.S. and Chinese officials met late last month in Washington."), "CONSULT", "met")
    assert met.source is not None and met.source.country == "USA"
    assert met.target is not None and met.target.country == "CHN"


@pytest.mark.parametrize("text", [
    "Indian and Chinese troops clashed in the Galwan valley.",
    "Police and protesters clashed outside parliament on Monday.",
])
def test_joint_clash_is_an_assault_between_the_two(analyze: Analyze, text: str) -> None:
    (clash,) = _found(events_of(analyze, text), "ASSAULT", "clashed")
    assert clash.source is not None and clash.target is not None
    assert clash.target.name is not None and "parliament" not in clash.target.name


def test_business_clash_is_no_assault(analyze: Analyze) -> None:
    assert not _found(events_of(analyze, "The two leaders clashed over trade."), "ASSAULT", "clashed")


def test_countermeasures_to_take_are_a_threat(analyze: Analyze) -> None:
    assert _found(events_of(analyze, "China will take necessary countermeasures."), "THREATEN", "take")


def test_rescuing_a_deal_is_no_aid(analyze: Analyze) -> None:
    events = events_of(analyze, "Top US and Chinese negotiators met to rescue a deal.")
    assert not _found(events, "AID", "rescue")
    assert _found(events_of(analyze, "Coast guards rescued 40 migrants off Lampedusa."), "AID", "rescued")


def test_their_agreement_is_the_subjects(analyze: Analyze) -> None:
    text = "Israel and Hamas on Wednesday confirmed their agreement on a proposal for a ceasefire in Gaza."
    (agreement,) = _found(events_of(analyze, text), "AGREE", "agreement")
    assert agreement.source is not None and agreement.source.country == "ISR"
    assert agreement.target is not None and agreement.target.name is not None and "Hamas" in agreement.target.name


def test_improving_its_offer_is_no_new_offer(analyze: Analyze) -> None:
    text = "The farmers vowed to return if the government did not improve its offer."
    assert not _found(events_of(analyze, text), "AGREE", "offer")


def test_representatives_of_named_states_stand_for_them(analyze: Analyze) -> None:
    text = "The deal builds on an accord that the foreign ministers of Congo and Rwanda signed in Washington in June."
    (signed,) = _found(events_of(analyze, text), "AGREE", "signed")
    assert signed.source is not None and signed.source.country == "COD"
    assert signed.target is not None and signed.target.country == "RWA"


def test_supporters_of_a_person_are_not_the_person(analyze: Analyze) -> None:
    events = events_of(analyze, "Supporters of Vira gathered outside parliament on Thursday.")
    assert not any(e.source is not None and e.source.name == "Vira" for e in events)


# whom a passive light verb's event is done to: the receiver of "was issued", the "on"/"to" object
@pytest.mark.parametrize(("text", "target"), [
    ("Zamora was also issued a fine of about 38,300 dollars, the court said.", "Zamora"),
    ("An appeal court has confirmed the six-year prison sentence that was imposed on reporter Fahem Boukadous.",
     "Boukadous"),
    ("A three-year prison sentence has been handed down to Lewis Medjo, the editor of a weekly.", "Medjo"),
])
def test_passive_light_verb_target(analyze: Analyze, text: str, target: str) -> None:
    events = [e for e in events_of(analyze, text) if e.type == "COERCE"]
    assert events and events[0].target is not None and events[0].target.name is not None
    assert target in events[0].target.name
    assert events[0].source is None or events[0].source.name is None or target not in events[0].source.name


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police said those detained would be charged with disturbing public order.", "charged"),
    ("He promised that those responsible would be prosecuted.", "prosecuted"),
])
def test_those_described_undergo_the_passive(analyze: Analyze, text: str, trigger: str) -> None:
    (event,) = _found(events_of(analyze, text), "COERCE", trigger)
    assert event.target is not None and event.target.name is not None and event.target.name.startswith("those ")


def test_member_state_blocking_a_package_rejects_it(analyze: Analyze) -> None:
    text = "Hungary, which has blocked previous sanctions packages, said it would veto the plan."
    (blocked,) = _found(events_of(analyze, text), "REJECT", "blocked")
    assert blocked.source is not None and blocked.source.country == "HUN"


# a count of the dead with no doer and no attack told is not coded (GUIDE, round-8 "not coded")
@pytest.mark.parametrize(("text", "coded"), [
    ("Lebanon's Health Ministry said four people were killed, including a child.", False),
    ("Three Indian soldiers and two Pakistani soldiers were killed, the two armies said.", False),
    ("Four people were killed in an Israeli airstrike on the town.", True),
    ("Four people were killed by Israeli warplanes.", True),
])
def test_casualty_count(analyze: Analyze, text: str, coded: bool) -> None:
    assert bool(_found(events_of(analyze, text), "ASSAULT", "killed")) == coded, text


def test_them_after_two_sides_is_one_event_each(analyze: Analyze) -> None:
    text = "India and Pakistan agreed on Tuesday to restore a ceasefire. Guterres urged them to exercise restraint."
    urged = _found(events_of(analyze, text), "REQUEST", "urged")
    assert sorted(e.target.country for e in urged if e.target is not None and e.target.country) == ["IND", "PAK"]


def test_them_of_a_plural_in_the_sentence_stays(analyze: Analyze) -> None:
    text = "Kim and Trump met in Hanoi. Police detained the protesters and beat them."
    beat = _found(events_of(analyze, text), "ASSAULT", "beat")
    assert beat and all(e.target is None or e.target.country not in ("USA", "PRK") for e in beat)


@pytest.mark.parametrize(("text", "type_", "trigger", "country"), [
    ("Teachers marched through Lima on Monday. The protests spread to other cities on Tuesday.",
     "PROTEST", "protests", None),
    ("China launched large-scale drills around Taiwan on Monday. "
     "The drills took place in the air and waters surrounding the island.", "MOBILIZE", "drills", "CHN"),
])
def test_occurrence_takes_the_sides_of_its_kin(analyze: Analyze, text: str, type_: str, trigger: str,
                                               country: str | None) -> None:
    events = [e for e in _found(events_of(analyze, text), type_, trigger) if e.sentence.start > 0]
    assert events and events[0].source is not None
    if country is not None:
        assert events[0].source.country == country


def test_called_to_restraint_is_a_request_to_each_side(analyze: Analyze) -> None:
    text = ("Kyrgyzstan and Tajikistan exchanged fire on the border. "
            "The Kazakh foreign minister called both sides to restraint.")
    called = _found(events_of(analyze, text), "REQUEST", "called")
    assert sorted(e.target.country for e in called if e.target is not None and e.target.country) == ["KGZ", "TJK"]
    assert not _found(events_of(analyze, "He called the meeting to order."), "REQUEST", "called")


def test_coordinated_sanctioners_are_one_event_each(analyze: Analyze) -> None:
    events = _found(events_of(analyze, "Russia faces new U.S. and EU sanctions."), "SANCTION", "sanctions")
    assert sorted(e.source.country for e in events if e.source is not None and e.source.country) == ["EUR", "USA"]


def test_first_of_two_days_of_talks(analyze: Analyze) -> None:
    text = "Top US and Chinese trade negotiators concluded the first of two days of talks in Washington on Thursday."
    (talks,) = _found(events_of(analyze, text), "CONSULT", "talks")
    assert talks.source is not None and talks.source.country == "USA"
    assert talks.target is not None and talks.target.country == "CHN"


def test_occurrence_verb_names_the_pair(analyze: Analyze) -> None:
    (clash,) = _found(events_of(analyze, "Clashes broke out between police and protesters in the capital."),
                      "ASSAULT", "clashes")
    assert clash.source is not None and clash.source.name is not None and "police" in clash.source.name.lower()
    assert clash.target is not None and clash.target.name is not None and "protesters" in clash.target.name


def test_fighting_told_happening_is_an_assault(analyze: Analyze) -> None:
    assert _found(events_of(analyze, "Heavy fighting erupted again on Sunday near the town."), "ASSAULT", "fighting")
    assert not _found(events_of(analyze, "The fighting season begins in spring."), "ASSAULT", "fighting")
