"""Round 13 (actors2): actor fixes reported from real news text — a group's name capitalised by
its sentence ("Riot police") is no person, a title-case dateline ("Bujumbura - ") is a place and
no actor, and a country's own court or prosecutors outvote a country named only as a government."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis
from storyline.nlp.places import dateline, dateline_end

pytestmark = pytest.mark.slow

PUB = "2026-02-04"

Analyze = Callable[..., Analysis]


def test_a_group_phrase_opening_a_sentence_is_not_a_person(analyze: Analyze) -> None:
    a = analyze("Riot police fired tear gas at protesters in Nairobi on Tuesday.", published=PUB)
    assert not any(x.name == "Riot" for x in a.actors), a.actors
    [police] = [x for x in a.actors if any(m.text == "Riot police" for m in x.mentions)]
    assert police.country == "KEN" and police.sector == "COP", police


def test_a_title_case_dateline_is_a_place_not_an_actor(analyze: Analyze) -> None:
    text = "Bujumbura - Police arrested ten opposition members on Friday."
    assert dateline(text) is not None and dateline(text)[2] == "Bujumbura"  # type: ignore[index]
    a = analyze(text, published=PUB)
    assert not any("Bujumbura" in m.text for x in a.actors for m in x.mentions), a.actors
    [police] = [x for x in a.actors if x.sector == "COP"]
    assert police.country == "BDI", police


def test_a_title_case_dateline_with_its_country() -> None:
    text = "Cotabato City, Philippines - Soldiers killed three rebels on Monday, the army said."
    assert text[dateline_end(text):].startswith("Soldiers")


def test_a_title_case_opening_that_is_no_place_is_no_dateline() -> None:
    assert dateline("Kim Jong Un - the leader - said nothing.") is None
    assert dateline_end("Ahmed Salem - a farmer - lost his land.") == 0


def test_a_country_named_as_government_does_not_make_the_home_of_local_police(analyze: Analyze) -> None:
    a = analyze("Argentine prosecutors reopened the case on Monday. Police questioned the suspects "
                "Washington accused of plotting the attack.", published=PUB)
    police = [x for x in a.actors if any(m.text == "Police" for m in x.mentions)]
    assert all(x.country != "USA" for x in police), police
    assert police and police[0].country == "ARG", police


def test_the_house_of_a_british_story_is_the_house_of_commons(analyze: Analyze) -> None:
    a = analyze("LONDON - British lawmakers debated the bill on Tuesday. Prime Minister Keir Starmer said the House "
                "had spoken.", published=PUB)
    [house] = [x for x in a.actors if any(m.text == "the House" for m in x.mentions)]
    assert house.name == "House of Commons" and house.country == "GBR" and house.sector == "LEG", house


def test_a_group_of_a_people_of_no_state_is_an_actor_of_where_it_acts(analyze: Analyze) -> None:
    a = analyze("Kurdish fighters attacked the town in northern Syria on Sunday.", published=PUB)
    [fighters] = [x for x in a.actors if x.name == "Kurdish fighters"]
    assert fighters.kind == "group" and fighters.sector == "REB" and fighters.country == "SYR", fighters
    [attack] = [e for e in a.events if e.trigger.text == "attacked"]
    assert attack.source is not None and attack.source.country == "SYR", attack



def test_forces_sent_to_a_country_are_not_of_that_country(analyze: Analyze) -> None:
    for text in ("Troops were sent to Mali last year.", "Additional troops were moved to the border with Pakistan on Monday."):
        [moved] = [e for e in analyze(text, published=PUB).events if e.type == "MOBILIZE"]
        assert moved.source is not None and moved.source.country not in ("MLI", "PAK"), moved


def test_a_country_people_outvote_the_country_their_troops_are_sent_to(analyze: Analyze) -> None:
    a = analyze("Tensions rose on Monday, Indian officials said. Additional troops were moved to the border with "
                "Pakistan.", published=PUB)
    [moved] = [e for e in a.events if e.type == "MOBILIZE"]
    assert moved.source is not None and moved.source.country == "IND", moved


def test_a_capital_in_a_relative_clause_lends_no_country_to_the_police(analyze: Analyze) -> None:
    a = analyze("Police questioned the Iranian officers Washington accused of plotting the attack.", published=PUB)
    [questioned] = [e for e in a.events if e.trigger.text == "questioned"]
    assert questioned.source is not None and questioned.source.country not in ("USA", "IRN"), questioned
