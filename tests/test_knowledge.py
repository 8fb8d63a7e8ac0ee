"""The actor knowledge base: bundled files load; user files merge; bad files fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import KnowledgeError
from storyline.knowledge.loader import load_actor_knowledge


def test_bundled_knowledge() -> None:
    kb = load_actor_knowledge()
    assert len(kb.countries) >= 190
    assert kb.country_by_name["north korea"] == "PRK"
    assert kb.country_by_capital["pyongyang"] == "PRK"
    assert kb.country_by_demonym["south korean"] == "KOR"
    assert kb.org_by_alias["cia"].sector == "SPY"
    assert kb.org_by_alias["un"].country == "UNO"
    assert kb.org_by_alias["eu"].country == "EUR"
    assert kb.nickname_of["michael"] == kb.nickname_of["mike"] == "mike"
    assert kb.nickname_of["stephen"] == "steve"
    assert len(kb.actors) >= 60


@pytest.mark.parametrize(
    ("date", "title", "sector"),
    [
        ("2017-06-01", "CIA Director", "SPY"),
        ("2018-04-26", "Secretary of State", "GOV"),
        ("2018-12-08", "Secretary of State", "GOV"),
        (None, "Secretary of State", "GOV"),
    ],
)
def test_dated_roles(date: str | None, title: str, sector: str) -> None:
    pompeo = load_actor_knowledge().actor_by_alias["pompeo"][0]
    role = pompeo.role_on(date)
    assert role is not None and (role.title, role.sector) == (title, sector)


def test_extra_yaml_and_csv_merge(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n"
        "  - name: Ada Quill\n    aliases: [Quill]\n    country: GBR\n    roles:\n"
        "      - {title: Minister, sector: GOV, since: 2020-01-01}\n"
        "organizations:\n  - {name: Quill Institute, aliases: [QI], country: GBR, sector: EDU}\n",
        encoding="utf-8",
    )
    table = tmp_path / "more.csv"
    table.write_text("name,kind,country,sector,aliases\nBo Renn,person,SWE,LEG,Renn\n", encoding="utf-8")
    kb = load_actor_knowledge((str(extra), str(table)))
    assert kb.actor_by_alias["quill"][0].country == "GBR"
    assert kb.org_by_alias["qi"].sector == "EDU"
    assert kb.actor_by_alias["renn"][0].sector == "LEG"
    assert "quill" not in load_actor_knowledge().actor_by_alias  # bundled stays as it was


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("actors:\n  - name: A\n  - name: B\n    sector: XYZ\n", r"bad\.yaml:3: actors entry 2 \(B\): unknown sector 'XYZ'"),
        ("actors:\n  - aliases: [x]\n", r"bad\.yaml:2: actors entry 1: `name` is required"),
        ("actors:\n  - name: C\n    country: Korea\n", r"country must be an ISO 3166 alpha-3"),
        ("actors:\n  - name: D\n    roles:\n      - {title: X, since: 2019-13-01}\n", r"D\) role 1: dates must be YYYY-MM-DD"),
        ("people:\n  - name: E\n", r"unknown top-level key\(s\) people"),
        ("actors: [\n", r"bad\.yaml:\d+: invalid YAML"),
    ],
)
def test_validation_errors_name_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message):
        load_actor_knowledge((str(bad),))


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="does not exist"):
        load_actor_knowledge((str(tmp_path / "nope.yaml"),))
    other = tmp_path / "x.txt"
    other.write_text("hi", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"must be \.yaml, \.yml or \.csv"):
        load_actor_knowledge((str(other),))
    csv = tmp_path / "y.csv"
    csv.write_text("who,what\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"y\.csv:1: unknown CSV header"):
        load_actor_knowledge((str(csv),))


def test_cities_are_places_with_a_country(tmp_path: Path) -> None:
    kb = load_actor_knowledge()
    assert kb.country_by_city["kherson"] == "UKR" and kb.country_by_city["nakuru"] == "KEN"
    assert "florida" not in kb.country_by_city  # a US state, not the Colombian town
    extra = tmp_path / "towns.csv"
    extra.write_text("name,iso3,population\nSmallville,USA,900\n", encoding="utf-8")
    assert load_actor_knowledge((str(extra),)).country_by_city["smallville"] == "USA"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,iso3,population\nSmallville,Kansas,900\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"bad.csv:2: country must be an ISO 3166"):
        load_actor_knowledge((str(bad),))


def test_a_role_may_carry_its_own_country(tmp_path: Path) -> None:
    """The head of an IGO is coded with the IGO while in office, with their country before and after."""
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "actors:\n  - name: Ana Exemplo\n    country: PRT\n    roles:\n"
        "      - {title: Minister, sector: GOV, since: 2010-01-01, until: 2015-01-01}\n"
        "      - {title: Secretary-General, sector: IGO, country: UNO, since: 2015-01-01}\n",
        encoding="utf-8",
    )
    ana = load_actor_knowledge((str(mine),)).actor_by_alias["ana exemplo"][0]
    assert ana.role_on("2012-01-01").country is None and ana.role_on("2020-01-01").country == "UNO"  # type: ignore[union-attr]
    bad = tmp_path / "bad.yaml"  # another path: knowledge is cached per set of files
    bad.write_text("actors:\n  - name: Ana Exemplo\n    roles:\n      - {title: Minister, country: Lisbon}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="role 1: country must be an ISO 3166"):
        load_actor_knowledge((str(bad),))


def test_city_names_prefer_the_city_that_bears_them() -> None:
    kb = load_actor_knowledge()
    assert kb.country_by_city["islamabad"] == "PAK"  # not Chittagong's old name
    assert kb.country_by_city["odessa"] == "UKR" and kb.country_by_city["hyderabad"] == "IND"


def test_force_words_are_validated(tmp_path: Path) -> None:
    mine = tmp_path / "forces.yaml"
    mine.write_text("force_words:\n  gendarmerie: COP\nplace_nouns: [prefecture]\n", encoding="utf-8")
    kb = load_actor_knowledge((str(mine),))
    assert kb.force_words["gendarmerie"] == "COP" and "prefecture" in kb.place_nouns and "city" in kb.place_nouns
    bad = tmp_path / "bad-forces.yaml"
    bad.write_text("force_words:\n  gendarmerie: Police\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"force_words\.gendarmerie"):
        load_actor_knowledge((str(bad),))
