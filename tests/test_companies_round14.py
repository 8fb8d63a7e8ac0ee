"""Round 14 (companies): companies.yaml, the companies news often names, loaded as a user knowledge
file: a well-known company is a business of its headquarters' country ("Goodyear" USA, "Michelin"
FRA, "Nedbank" ZAF), and a name that is also a person's, a place's or a common word is listed only
in an unambiguous form, so it steals no person or place."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.analysis import analyze_raw
from storyline.models import RawDocument
from storyline.nlp.pipeline import Options

pytestmark = pytest.mark.slow

COMPANIES = str(Path(__file__).resolve().parents[1] / "src" / "storyline" / "knowledge" / "companies.yaml")


def _actors(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    [analysis] = analyze_raw([RawDocument(source="t", text=text, published="2025-03-05")],
                             Options(actor_files=(COMPANIES,)))
    return {m.text: (a.kind, a.country, a.sector) for a in analysis.actors for m in a.mentions}


def test_file_loads_and_validates() -> None:
    from storyline.knowledge.loader import load_actor_knowledge

    kb = load_actor_knowledge((COMPANIES,))
    assert kb.org_by_alias["goodyear tire & rubber"].country == "USA"
    assert kb.org_by_alias["jefferies"].sector == "BUS"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Goodyear said on Tuesday it would close its tyre plant in Fulda, cutting 1,000 jobs.", "Goodyear", ("USA", "BUS")),
    ("Michelin and Pirelli also cut output, while analysts at Jefferies said demand for replacement tyres "
     "was weak.", "Michelin", ("FRA", "BUS")),
    ("Michelin and Pirelli also cut output, while analysts at Jefferies said demand for replacement tyres "
     "was weak.", "Jefferies", ("USA", "BUS")),
    ("Nedbank chief executive Jason Quinn said the bank expected lending to grow this year.", "Nedbank", ("ZAF", "BUS")),
    ("Shares of Sibanye-Stillwater fell 4% after the miner cut its forecast.", "Sibanye-Stillwater", ("ZAF", "BUS")),
    ("ICICI Bank said it is investigating the source of rumours, which sent its shares down 5.25 per cent on "
     "the Bombay Stock Exchange.", "ICICI Bank", ("IND", "BUS")),
    ("Hapag-Lloyd and Mediterranean Shipping Company cut their rates on Asia-Europe routes.", "Hapag-Lloyd", ("DEU", "BUS")),
    ("CK Hutchison agreed to sell its port business to a group led by BlackRock.", "CK Hutchison", ("HKG", "BUS")),
    ("Leonardo, the Italian defence group, won an order for helicopters from the Polish army.", "Leonardo", ("ITA", "BUS")),
])
def test_known_company(text: str, mention: str, code: tuple[str, str]) -> None:
    kind, country, sector = _actors(text)[mention]
    assert (kind, country, sector) == ("organization", *code)


def test_person_named_dell_is_no_company() -> None:
    found = _actors("Michael Dell founded the company in 1984. Mr. Dell said he was proud of his staff.")
    assert found["Michael Dell"][0] == "person"
    assert all(kind == "person" for text, (kind, _, _) in found.items() if "Dell" in text)


def test_target_and_santander_as_words_and_places() -> None:
    found = _actors("The target of the attack was a fuel depot near Santander, in northern Spain. "
                    "Target Corp. said it would cut prices.")
    assert "Santander" not in found
    assert found["Target Corp."] == ("organization", "USA", "BUS")


def test_family_name_of_a_company_stays_the_person() -> None:
    found = _actors("Prosecutors met Marcelo Odebrecht in prison. Odebrecht said he regretted the bribes.")
    assert found["Odebrecht"][0] == "person"


def test_no_company_in_place_or_weapon_names() -> None:
    found = _actors("Gas prices in Continental Europe rose on Monday. The Puma infantry fighting vehicle was sent "
                    "to Ukraine, Rheinmetall said. Continental said on Tuesday it would close its plant in Aachen.")
    assert "Puma" not in found
    assert found["Continental"] == ("organization", "DEU", "BUS")
