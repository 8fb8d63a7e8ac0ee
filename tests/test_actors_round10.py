"""Round 10 of the actors step: countries and sectors that feed the events' arguments."""

from __future__ import annotations

import pytest

from storyline.models import Actor, Analysis
from tests.conftest import run_steps

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyze() -> object:
    """Clean, spaCy and actors only (the model loads once for the module)."""

    def run(text: str, published: str | None = None) -> Analysis:
        return run_steps(text, ("nlp", "actors"), published).to_analysis()

    return run


def by_name(analysis: Analysis, name: str) -> Actor:
    found = [a for a in analysis.actors if a.name == name]
    assert len(found) == 1, [(a.name, a.country) for a in analysis.actors]
    return found[0]


def test_un_agencies_are_the_un_and_the_african_union_is_no_country(analyze) -> None:  # type: ignore[no-untyped-def]
    """The WHO and the ICJ are UN bodies (UNO, as the annotation guide codes IGOs); the African
    Union, its commission and their chair carry no country, whichever country the story is in."""
    a = analyze(
        "Mahmoud Ali Youssouf, the chairperson of the African Union Commission, urged Ethiopia and "
        "Eritrea to show restraint in Addis Ababa on Monday. The World Health Organization said it "
        "had sent doctors to the border. The International Court of Justice will rule next year.",
        "2025-06-02",
    )
    assert by_name(a, "Mahmoud Ali Youssouf").country is None
    assert by_name(a, "African Union Commission").country is None
    assert by_name(a, "World Health Organization").country == "UNO"
    assert by_name(a, "International Court of Justice").country == "UNO"
