"""Round 9: quote and speaker rules found on real news text (sentences written for the tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis, Quote
from tests.conftest import run_steps

Analyze = Callable[[str], Analysis]


@pytest.fixture(scope="module")
def analyze() -> Analyze:
    """Clean, spaCy, actors and quotes (the model loads once for the module)."""
    return lambda text: run_steps(text, ("nlp", "actors", "quotes")).to_analysis()


def quote_with(a: Analysis, words: str) -> Quote:
    found = [q for q in a.quotes if words in q.text]
    assert found, [(q.kind, q.text) for q in a.quotes]
    return found[0]


@pytest.mark.slow
def test_quoted_as_saying_gives_the_words_to_the_one_quoted(analyze: Analyze) -> None:
    a = analyze(
        "The state news agency quoted the interior minister as saying that the border would stay closed.\n\n"
        "\"We will not negotiate under pressure,\" the agency quoted a senior negotiator as saying."
    )
    q = quote_with(a, "the border would stay closed")
    assert q.kind == "indirect"
    assert q.speaker.name == "the interior minister"
    q = quote_with(a, "We will not negotiate")
    assert q.speaker.kind == "anonymous"
    assert q.speaker.name == "a senior negotiator"


@pytest.mark.slow
def test_clause_before_cited_as_saying_is_the_report(analyze: Analyze) -> None:
    a = analyze("Four soldiers were wounded in the ambush near the river, a local radio station cited police sources as saying.")
    q = quote_with(a, "Four soldiers were wounded")
    assert q.kind == "indirect"
    assert q.text == "Four soldiers were wounded in the ambush near the river"
    assert q.speaker.kind == "anonymous"
    assert q.speaker.description == "police sources"


@pytest.mark.slow
def test_number_of_unnamed_people_is_an_anonymous_source(analyze: Analyze) -> None:
    a = analyze("Two of the officials said the plan had been shelved for at least a year.")
    q = quote_with(a, "the plan had been shelved")
    assert q.speaker.kind == "anonymous"
    assert q.speaker.name == "Two of the officials"
    assert q.speaker.count == 2


@pytest.mark.slow
def test_time_of_the_saying_is_not_part_of_the_report(analyze: Analyze) -> None:
    a = analyze(
        "The ministry said on Tuesday the negotiations had broken down over fishing rights.\n\n"
        "The company said Wednesday it would appeal the ruling.\n\n"
        "The mayor said that on Monday the council had approved the budget."
    )
    assert quote_with(a, "negotiations had broken").text == "the negotiations had broken down over fishing rights"
    assert quote_with(a, "appeal the ruling").text == "it would appeal the ruling"
    # after "that" the time belongs to the reported clause
    assert quote_with(a, "the council had approved").text == "on Monday the council had approved the budget"


@pytest.mark.slow
def test_day_misparsed_into_the_reported_subject(analyze: Analyze) -> None:
    a = analyze("The foreign ministry said on Thursday media reports about the release of the hostages could not be confirmed.")
    q = quote_with(a, "could not be confirmed")
    assert q.text == "media reports about the release of the hostages could not be confirmed"
    assert q.channel is None


@pytest.mark.slow
def test_it_said_is_the_body_the_sentence_is_about_never_a_person(analyze: Analyze) -> None:
    a = analyze(
        "Maria Lopez, a union leader, said the strike would go on.\n\n"
        "The company remains open to \"talks that would protect jobs in the long run,\" it said in an email."
    )
    q = quote_with(a, "talks that would protect jobs")
    assert q.speaker.kind == "organization"
    assert q.speaker.name != "Maria Lopez"
