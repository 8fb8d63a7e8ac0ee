"""Datelines: the city, the wire agency, and where the story proper begins."""

from __future__ import annotations

import pytest

from storyline.nlp.places import dateline, dateline_agency, dateline_end
from tests.conftest import run_steps


@pytest.mark.parametrize(
    ("text", "city", "agency", "rest"),
    [
        ("SEOUL — Kim met Moon on Friday.", "Seoul", None, "Kim met"),
        ("WASHINGTON, D.C. - The Senate voted.", "Washington", None, "The Senate"),
        ("ANKARA, Aug 3 (Reuters) - Russia has agreed to talks.", "Ankara", "Reuters", "Russia has"),
        ("GENEVA, March 4, 2019 (AFP) — Talks resumed.", "Geneva", "AFP", "Talks resumed"),
        ("NEW DELHI (AP) -- Police fired tear gas.", "New Delhi", "AP", "Police fired"),
        ("BEIJING/WASHINGTON (Reuters) - China announced tariffs.", "Beijing", "Reuters", "China announced"),
        ("GOMA, Democratic Republic of Congo (AP) — Rebels signed a deal.", "Goma", "AP", "Rebels signed"),
        # the day-first date and slashed agency of the former Soviet states' wires
        ("BISHKEK, 14 April. /Kabar/. Border guards exchanged fire.", "Bishkek", "Kabar", "Border guards"),
        ("MOSCOW, 3 May /TASS/. The Kremlin said.", "Moscow", "TASS", "The Kremlin"),
    ],
)
def test_datelines(text: str, city: str, agency: str | None, rest: str) -> None:
    found = dateline(text)
    assert found is not None and found[2] == city
    assert dateline_agency(text) == agency
    assert text[dateline_end(text):].startswith(rest)


@pytest.mark.parametrize(
    "text",
    ["The U.S. - China talks resumed.", "Kim met Moon. SEOUL — a later paragraph.", "NATO said on Friday - nothing."],
)
def test_no_dateline(text: str) -> None:
    assert dateline(text, max_paragraphs=1) is None and dateline_agency(text) is None and dateline_end(text) == 0


@pytest.mark.slow
def test_wire_dateline_gives_outlet_and_stays_out_of_quotes() -> None:
    """A fronted report in the lead ("ANKARA, Aug 3 (Reuters) - Russia has agreed …, X said") starts after
    the dateline, and the agency is the outlet when the input names none."""
    text = (
        "ANKARA, Aug 3 (Reuters) - Russia has agreed to return to talks on the grain corridor, Turkish Foreign "
        "Minister Hakan Fidan said on Thursday."
    )
    analysis = run_steps(text, ("nlp", "actors", "quotes")).to_analysis()
    assert analysis.article.outlet == "Reuters"
    (quote,) = analysis.quotes
    assert quote.text.startswith("Russia has agreed") and quote.speaker.name == "Hakan Fidan"
