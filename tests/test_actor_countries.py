"""The article's home country (one vote, shared by the actors and events steps) and places
the small model takes for people."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from storyline.models import Analysis, Event

Analyze = Callable[..., Analysis]



def _events(a: Analysis, type_: str) -> list[Event]:
    found = [e for e in a.events if e.type == type_]
    assert found, [(e.type, e.trigger.text) for e in a.events]
    return found


def _country(actor: Any) -> str | None:
    return actor.country if actor is not None else None


VIENNA_IRAN = (
    "VIENNA (Reuters) - Iran agreed on Wednesday to let inspectors back into its enrichment plant, "
    "Foreign Minister Abbas Araghchi said. President Masoud Pezeshkian said Tehran wanted talks.\n\n"
    "Hardline lawmakers in Tehran accused the government of surrendering to pressure."
)


def test_the_dateline_is_where_the_reporter_is_not_whose_government(analyze: Analyze) -> None:
    """A Vienna-datelined story about Iran: "the government" and unplaced lawmakers are Iran's."""
    ev = _events(analyze(VIENNA_IRAN, published="2025-11-19"), "ACCUSE")[0]
    assert _country(ev.source) == "IRN" and _country(ev.target) == "IRN"


WASHINGTON_VENEZUELA = (
    "WASHINGTON (Reuters) - The United States eased sanctions on Venezuela after President Nicolas Maduro's "
    "government and the opposition signed an agreement in Barbados, Secretary of State Antony Blinken said.\n\n"
    "Venezuela's comptroller had barred Maria Corina Machado, and Caracas must reinstate her, Blinken said. "
    "Juan Guaido, a former opposition leader, said Venezuela's talks had stalled before.\n\n"
    "The opposition accused the government of stalling."
)


def test_a_story_about_another_country_keeps_its_home_when_filed_from_washington(analyze: Analyze) -> None:
    """People and governments named vote for the home country; the dateline only breaks a tie."""
    ev = _events(analyze(WASHINGTON_VENEZUELA, published="2023-10-18"), "ACCUSE")[-1]
    assert _country(ev.source) == "VEN" and _country(ev.target) == "VEN"


def test_events_and_actors_share_one_home_country(analyze: Analyze) -> None:
    """The events step asks the actors step's vote: an unplaced person and "the government" agree."""
    from storyline.nlp.actors import HOME_KEY, home_country
    from tests.conftest import run_steps

    state = run_steps(VIENNA_IRAN, ("nlp", "actors"), "2025-11-19")
    assert state.scratch[HOME_KEY] == home_country(state) == "IRN"


TOWN_TEXT = (
    "Congolese President Felix Tshisekedi said on Sunday that the rebels must leave. "
    "The rebels seized Goma in January and refused to withdraw from Bukavu."
)


def test_a_known_town_the_model_calls_a_person_is_a_place(analyze: Analyze) -> None:
    """"seized Goma": a town of cities.csv is no person, and as a target it is of its own country."""
    a = analyze(TOWN_TEXT, published="2025-07-21")
    assert not [x for x in a.actors if x.kind == "person" and x.name in ("Goma", "Bukavu")]
    for ev in a.events:
        for side in (ev.source, ev.target):
            if side is not None and side.name in ("Goma", "Bukavu"):
                assert side.country == "COD"


def test_a_city_word_in_a_persons_name_stays_a_person(analyze: Analyze) -> None:
    """"Sydney Mahlangu ... Sydney said": the word names a person of the same article."""
    a = analyze("Sydney Mahlangu, a union leader, spoke on Monday. Sydney said the strike would go on.",
                published="2025-07-21")
    assert any(x.kind == "person" and x.name == "Sydney Mahlangu" for x in a.actors)


def test_two_countries_alike_without_a_dateline_have_no_home(analyze: Analyze) -> None:
    """"Officials in Seoul and Washington": both places count, so neither is the home."""
    from storyline.nlp.actors import home_country
    from tests.conftest import run_steps

    state = run_steps("Officials in Seoul and Washington spoke on Friday.\n\nOpposition lawmakers accused the "
                      "government of caving in to pressure.", ("nlp", "actors"), "2019-02-10")
    assert home_country(state) is None


OWNED = [
    ("Reports said North Korea had executed its top nuclear envoy.", "ASSAULT", "target", "PRK"),
    ("In Caracas, Nicolas Maduro said the sanctions were imposed in 2019 by the administration of Donald Trump.",
     "SANCTION", "source", "USA"),
    ("In Washington, Antony Blinken said on Monday that Maduro's negotiators had accused the lawmakers of lying.",
     "ACCUSE", "source", "VEN"),
]


@pytest.mark.parametrize("text,type_,role,country", OWNED)
def test_a_group_noun_belongs_to_its_owner(analyze: Analyze, text: str, type_: str, role: str, country: str) -> None:
    """A possessor, an "of" actor, or "its" for the clause's subject places a role or group noun."""
    ev = _events(analyze(text, published="2023-10-18"), type_)[0]
    assert _country(getattr(ev, role)) == country


def test_ambassadors_and_envoys_do_not_vote_for_the_home_country(analyze: Analyze) -> None:
    """An ambassador or envoy serves away from home: two U.S. diplomats in a story about South
    Korean politics do not make its opposition American."""
    a = analyze("U.S. Ambassador Harry Harris met Foreign Minister Kang Kyung-wha on Monday. Thomas Reed, "
                "the U.S. special envoy, joined them.\n\nOpposition lawmakers accused the government of caving in.",
                published="2019-02-11")
    ev = _events(a, "ACCUSE")[-1]
    assert _country(ev.source) == "KOR" and _country(ev.target) == "KOR"


def test_posted_abroad_words_are_knowledge() -> None:
    from storyline.knowledge.loader import load_actor_knowledge

    assert {"ambassador", "envoy"} <= load_actor_knowledge().posted_abroad


def test_a_group_its_modifier_places_elsewhere_is_not_the_home_countrys(analyze: Analyze) -> None:
    """"European negotiators" in a story about Iran are not Iranian; "Republican lawmakers" are
    placed by party only and stay the home country's."""
    a = analyze("Iranian Foreign Minister Abbas Araghchi said in Tehran on Monday that talks would resume. "
                "European negotiators met Iran's deputy foreign minister, Kazem Gharibabadi, on Wednesday.",
                published="2025-11-19")
    ev = _events(a, "CONSULT")[-1]
    assert ev.source is not None and ev.source.name == "European negotiators" and ev.source.country is None
    b = analyze("Senator Chuck Schumer spoke in Washington on Monday. Republican lawmakers criticized the move.",
                published="2025-11-19")
    assert _country(_events(b, "ACCUSE")[-1].source) == "USA"


def test_a_transnational_ngo_acts_for_no_state(analyze: Analyze) -> None:
    """Human Rights Watch and Amnesty International have no country (like FIFA): not the USA or
    Britain where their offices are, nor the home country of the story."""
    a = analyze("Human Rights Watch urged the mediators to act. Amnesty International said the trial was unfair.",
                published="2025-07-21")
    ngos = [x for x in a.actors if x.name in ("Human Rights Watch", "Amnesty International")]
    assert len(ngos) == 2 and all(x.country is None and x.sector == "NGO" for x in ngos)
