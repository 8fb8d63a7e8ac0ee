"""Quote detection and attribution rules for varied news (reported-clause extents, speakers)."""

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
def test_cue_after_a_quoted_paragraph_keeps_its_own_clause(analyze: Analyze) -> None:
    # spaCy hangs the quotation of the paragraph before on "said" as well
    a = analyze(
        "\"We have tried dialogue for more than a year,\" she told a news conference in Brussels. \"Europe "
        "cannot accept a policy that is designed to force our industry to move its production to "
        "Indonesia.\"\n\nLindqvist said the Commission had asked Jakarta to lift the ban and to scrap "
        "subsidies for its domestic smelters."
    )
    q = quote_with(a, "the Commission had asked Jakarta")
    assert q.kind == "indirect"
    assert q.text.endswith("for its domestic smelters")
    assert q.speaker.name and q.speaker.name.endswith("Lindqvist")


@pytest.mark.slow
def test_a_contrast_reported_by_someone_else_ends_the_clause(analyze: Analyze) -> None:
    a = analyze(
        "The employers' federation Lewiatan said the bank had waited too long, while the Polish Craft "
        "Association warned that small firms would be \"squeezed from both sides\" by rising costs."
    )
    q = quote_with(a, "the bank had waited too long")
    assert q.kind == "indirect" and q.text == "the bank had waited too long"
    assert quote_with(a, "squeezed").speaker.name == "Polish Craft Association"


@pytest.mark.slow
def test_the_speakers_second_act_misjoined_to_the_report(analyze: Analyze) -> None:
    a = analyze(
        "Chinese foreign ministry spokesman Guo Jiakun said at a regular briefing in Beijing that the US had "
        "no right to interfere in maritime issues between China and the Philippines and accused Washington "
        "of \"stoking confrontation\" in the region."
    )
    report = quote_with(a, "no right to interfere")
    assert report.kind == "indirect"
    assert report.text.endswith("between China and the Philippines")
    accusation = quote_with(a, "stoking confrontation")
    assert accusation.speaker.name == "Guo Jiakun"


@pytest.mark.slow
def test_second_complement_after_a_comma_is_the_same_report(analyze: Analyze) -> None:
    a = analyze(
        "Officials said about 120 people were still missing, most of them fishermen who had put to sea "
        "before the storm changed course."
    )
    q = quote_with(a, "120 people")
    assert q.text.endswith("before the storm changed course")


@pytest.mark.slow
def test_report_before_a_colon_and_the_quotation_after_it(analyze: Analyze) -> None:
    a = analyze(
        "One of the officials said the United States had not given up its leverage: "
        "\"We can snap these sanctions back at any moment.\""
    )
    kinds = sorted((q.kind, q.text) for q in a.quotes)
    assert kinds == [
        ("direct", "We can snap these sanctions back at any moment."),
        ("indirect", "the United States had not given up its leverage"),
    ]
    assert all(q.speaker.kind == "anonymous" for q in a.quotes)
