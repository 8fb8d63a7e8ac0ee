"""Round 13 (lead): "his office said" names the office of the person the pronoun points to —
the office place the knowledge base knows (the Blue House), else "Office of the <title> of
<country>" from the title the article gives, else "Office of <name>" for an office holder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis

pytestmark = pytest.mark.slow

Analyze = Callable[..., Analysis]


def _speakers(analyze: Analyze, text: str, published: str = "2025-03-05") -> dict[str, str | None]:
    return {q.text: q.speaker.name for q in analyze(text, published=published).quotes}


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("PORT-AU-PRINCE (Reuters) - Haitian Prime Minister Garry Conille met victims of gang violence on Monday. "
     "His office said the government would send more police to the capital.",
     "the government would send more police to the capital", "Office of the Prime Minister of Haiti"),
    ("Mongolian President Ukhnaagiin Khurelsukh met the speaker on Friday. His office said the president "
     "had not met the prime minister before the vote.",
     "the president had not met the prime minister before the vote", "Office of the President of Mongolia"),
    # a title too bare to name an office: the holder's name
    ("Australian Emergency Management Minister Jenny McAllister visited the flood zone on Sunday. Her office "
     "said more aid was coming.", "more aid was coming", "Office of Jenny McAllister"),
])
def test_a_possessive_pronoun_office_is_the_office_of_its_holder(analyze: Analyze, text: str, quote: str,
                                                                 speaker: str) -> None:
    assert _speakers(analyze, text)[quote] == speaker


def test_a_known_office_place_still_wins(analyze: Analyze) -> None:
    text = ("South Korean President Moon Jae-in met U.S. envoys in Seoul on Monday. His office said the talks "
            "had gone well.")
    assert _speakers(analyze, text, "2019-03-04")["the talks had gone well"] == "Blue House"


def test_an_office_a_pronoun_without_an_office_holder_points_to_stays_unresolved(analyze: Analyze) -> None:
    # no title anywhere: the pronoun's antecedent may be anyone, so no "Office of ..." is made up
    text = "Jimmy Barbecue spoke on the radio on Monday. His office said the gangs would not disarm."
    assert _speakers(analyze, text)["the gangs would not disarm"] != "Office of Jimmy Barbecue"


@pytest.mark.parametrize("name", ["U.S.", "Jr.", "I", ""])
def test_an_organisation_name_of_initials_only_has_no_sector_and_no_crash(name: str) -> None:
    # a name whose words are all initials or suffixes once crashed the actors step for the
    # whole document (IndexError), losing every actor of it
    from types import SimpleNamespace

    from storyline.knowledge.loader import load_actor_knowledge
    from storyline.nlp.actors import Resolver

    assert Resolver.name_sector(SimpleNamespace(kb=load_actor_knowledge()), name) is None  # type: ignore[arg-type]


def test_the_event_scorer_reports_documents_a_step_failed_on() -> None:
    from storyline.evaluation.events import evaluate, format_table
    from storyline.models import Article

    article = Article(id="a", text="Kim met Trump.")
    ok = Analysis(article=article)
    broken = Analysis(article=article, skipped_steps=("actors: IndexError: list index out of range",))
    gold = [{"doc": "d1", "sentence": "Kim met Trump", "trigger": "met", "type": "CONSULT"}]
    assert evaluate(gold, {"d1": ok})["failed_steps"] == {}
    scores = evaluate(gold, {"d1": broken})
    assert scores["failed_steps"] == {"d1": ["actors: IndexError: list index out of range"]}
    assert "STEP FAILED on d1: actors: IndexError" in format_table(scores)


def test_the_actor_knowledge_is_loaded_once_however_it_is_asked_for() -> None:
    # the actors step asks with its options' tuple, the events step with no argument: one load
    # (each load parses every bundled YAML file, about 0.3 s a process)
    from storyline.knowledge.loader import load_actor_knowledge

    assert load_actor_knowledge() is load_actor_knowledge(()) is load_actor_knowledge([])
