"""The bundled world knowledge (world.yaml): dated roles give the right sector, aliases
resolve, and the file stays consistent with actors.yaml and organizations.yaml."""

from __future__ import annotations

import pytest

from storyline.knowledge import data_path, read_yaml
from storyline.knowledge.loader import load_actor_knowledge
from storyline.models import Analysis
from tests.conftest import run_steps


def known(alias: str):  # type: ignore[no-untyped-def]
    found = load_actor_knowledge().actor_by_alias.get(alias.lower())
    assert found, f"{alias!r} is not a known alias"
    return found[0]


@pytest.mark.parametrize(
    ("alias", "date", "country", "title", "sector"),
    [
        ("Rutte", "2020-06-01", "NLD", "Prime Minister", "GOV"),
        ("Rutte", "2025-06-01", "NATO", "Secretary General", "IGO"),
        ("Stoltenberg", "2020-01-01", "NATO", "Secretary General", "IGO"),
        ("Stoltenberg", "2025-06-01", "NOR", "Finance Minister", "GOV"),
        ("Lagarde", "2022-01-01", "EUR", "President of the European Central Bank", "IGO"),
        ("Bachelet", "2017-01-01", "CHL", "President of Chile", "GOV"),
        ("Zelenskiy", "2018-06-01", "UKR", "Actor", "BUS"),
        ("Zelenskyy", "2023-02-24", "UKR", "President", "GOV"),
        ("Blinken", "2022-05-01", "USA", "Secretary of State", "GOV"),
        ("Rubio", "2020-06-01", "USA", "Senator", "LEG"),
        ("Rubio", "2025-03-01", "USA", "Secretary of State", "GOV"),
        ("Starmer", "2022-01-01", "GBR", "Leader of the Opposition", "OPP"),
        ("Starmer", "2025-01-01", "GBR", "Prime Minister", "GOV"),
        ("Akhundzada", "2019-01-01", "AFG", "Taliban leader", "REB"),
        ("Akhundzada", "2022-01-01", "AFG", "Supreme Leader", "GOV"),
        ("Hemedti", "2021-01-01", "SDN", "Deputy head of the Sovereign Council", "MIL"),
        ("Hemedti", "2024-01-01", "SDN", "Commander of the Rapid Support Forces", "REB"),
        ("al-Jolani", "2020-01-01", "SYR", "Leader of Hayat Tahrir al-Sham", "REB"),
        ("Sharaa", "2025-06-01", "SYR", "President", "GOV"),
        ("Netanyahu", "2022-01-01", "ISR", "Leader of the Opposition", "OPP"),
        ("Netanyahu", "2024-01-01", "ISR", "Prime Minister", "GOV"),
        ("Tusk", "2018-01-01", "EUR", "President of the European Council", "IGO"),
        ("Tusk", "2024-01-01", "POL", "Prime Minister", "GOV"),
        ("Musk", "2025-03-01", "USA", "Head of the Department of Government Efficiency", "GOV"),
        ("Musk", "2025-09-01", "USA", "Chief Executive of Tesla", "BUS"),
        ("Georgieva", "2020-01-01", "IMF", "Managing Director", "IGO"),
        ("Tedros", "2020-03-11", "UNO", "Director-General", "IGO"),  # a UN agency is UNO (GUIDE)
        ("Grossi", "2023-01-01", "IAEA", "Director General", "IGO"),
    ],
)
def test_role_on_date(alias: str, date: str, country: str, title: str, sector: str) -> None:
    """The role in force gives the sector and, for an office of an IGO, the IGO's code."""
    actor = known(alias)
    role = actor.role_on(date)
    assert role is not None and (role.title, role.sector) == (title, sector)
    assert (role.country or actor.country) == country


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Erdogan", "Recep Tayyip Erdoğan"),
        ("Erdoğan", "Recep Tayyip Erdoğan"),
        ("Zelensky", "Volodymyr Zelensky"),
        ("Lukashenka", "Alexander Lukashenko"),
        ("Tikhanovskaya", "Sviatlana Tsikhanouskaya"),
        ("Guaido", "Juan Guaidó"),
        ("AMLO", "Andrés Manuel López Obrador"),
        ("MBS", "Mohammed bin Salman"),
    ],
)
def test_person_alias(alias: str, name: str) -> None:
    assert known(alias).name == name


@pytest.mark.parametrize(
    ("alias", "country", "sector"),
    [
        ("Hamas", "PSE", "REB"),
        ("Ansar Allah", "YEM", "REB"),
        ("ISIL", "IRQ", "REB"),
        ("RSF", "SDN", "REB"),
        ("IRGC", "IRN", "MIL"),
        ("Knesset", "ISR", "LEG"),
        ("Bundestag", "DEU", "LEG"),
        ("AFP", "FRA", "MED"),
        ("Al Jazeera", "QAT", "MED"),
        ("ECOWAS", None, "IGO"),  # a regional organisation has no country code (eval/GUIDE.md round 14)
        ("CARICOM", "CRB", "IGO"),
        ("FSB", "RUS", "SPY"),
    ],
)
def test_org_alias(alias: str, country: str | None, sector: str) -> None:
    org = load_actor_knowledge().org_by_alias[alias.lower()]
    assert (org.country, org.sector) == (country, sector)


def test_sports_bodies_have_no_country() -> None:
    kb = load_actor_knowledge()
    for alias in ("world athletics", "athletics integrity unit", "fiba"):
        org = kb.org_by_alias[alias]
        assert org.country is None and org.sector == "NGO"


def test_world_file_is_consistent() -> None:
    """No name of actors.yaml is repeated (a repeat would replace the earlier entry), no alias
    names two people, and no bare surname is shared by two known people."""
    actors = read_yaml(data_path("actors.yaml"))["actors"]
    world = read_yaml(data_path("world.yaml"))
    bundled = {a["name"].lower(): a for a in actors}
    assert not [a["name"] for a in world["actors"] if a["name"].lower() in bundled]
    kb = load_actor_knowledge()
    shared = {alias: names for alias, found in kb.actor_by_alias.items() if len(names := {a.name for a in found}) > 1}
    assert not shared
    orgs = read_yaml(data_path("organizations.yaml"))["organizations"]
    names = {o["name"].lower() for o in orgs}
    assert not [o["name"] for o in world["organizations"] if o["name"].lower() in names]


@pytest.mark.slow
def test_known_world_leader_in_text() -> None:
    text = (
        "KYIV (Reuters) - Ukrainian President Volodymyr Zelenskiy met NATO Secretary General "
        "Mark Rutte on Tuesday. Zelenskiy said the talks were useful, and Rutte said the alliance "
        "would keep supporting Ukraine."
    )
    analysis: Analysis = run_steps(text, ("nlp", "actors"), "2025-03-04").to_analysis()
    codes = {a.name: (a.country, a.sector) for a in analysis.actors}
    assert codes["Volodymyr Zelensky"] == ("UKR", "GOV")
    assert codes["Mark Rutte"] == ("NATO", "IGO")
