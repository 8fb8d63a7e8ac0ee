"""Round 13 of the actors step: the article's home country, and the countries and sectors of
actors that feed the events' arguments."""

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


def test_the_dateline_votes_for_the_home_country(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "DAKAR, Nov 24 (Reuters) -" is one more place in Senegal: with the officials in Dakar it
    outvotes the French president the story quotes, so the minister named with no country is
    Senegal's."""
    a = analyze(
        "DAKAR, Nov 24 (Reuters) - Senegal suspended the fishing licences of European trawlers, "
        "officials said in Dakar on Tuesday. Fisheries Minister Fatou Sall said the decision was "
        "final. President Emmanuel Macron said on Monday that France regretted the move.",
        "2025-11-24",
    )
    assert by_name(a, "Fatou Sall").country == "SEN"
    assert by_name(a, "Emmanuel Macron").country == "FRA"
