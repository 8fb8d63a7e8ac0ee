"""Actors' countries, sectors and names: round-8 cases (countries the text places, state bodies,
organisation names with "of", official country names)."""

from __future__ import annotations

import pytest

from storyline.knowledge.loader import load_actor_knowledge
from storyline.models import Actor, Analysis
from tests.actorcheck import actors_only


@pytest.fixture(scope="module")
def analyze() -> object:
    """Clean, spaCy and actors only, as in tests/test_actors.py."""
    return actors_only


def actor_with(analysis: Analysis, surface: str) -> Actor:
    """The one actor holding a mention with this exact surface."""
    found = [a for a in analysis.actors if any(m.text == surface for m in a.mentions)]
    assert len(found) == 1, [(a.name, [m.text for m in a.mentions]) for a in analysis.actors]
    return found[0]


def test_org_nouns_are_built_once_with_the_knowledge() -> None:
    kb = load_actor_knowledge()
    assert kb.org_nouns == frozenset(kb.org_words) | frozenset(kb.org_anaphora)
    assert {"union", "ministry", "company"} <= kb.org_nouns


def test_a_ministry_of_a_country_is_one_body_of_that_country(analyze) -> None:  # type: ignore[no-untyped-def]
    """The model cuts "the Ministry of Foreign Affairs | of | the Kyrgyz Republic" in two; the whole
    is the country's foreign ministry, and an official long name is the country."""
    a = analyze(
        "On Tuesday the Ministry of Foreign Affairs of the Kyrgyz Republic invited the Ambassador of "
        "Tajikistan. The ministry demanded from Dushanbe an objective investigation."
    )
    ministry = actor_with(a, "Ministry of Foreign Affairs of the Kyrgyz Republic")
    assert (ministry.country, ministry.sector) == ("KGZ", "GOV")
    assert "The ministry" in {m.text for m in ministry.mentions}
    assert actor_with(a, "Dushanbe").name == "Tajikistan"  # a capital the model calls an organisation


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The Kyrgyz Republic closed the checkpoint.", "Kyrgyz Republic", "KGZ"),
        ("The Arab Republic of Egypt signed the loan.", "Arab Republic of Egypt", "EGY"),
        ("The Ministry of Foreign Affairs of Tajikistan rejected the accusations.",
         "Ministry of Foreign Affairs of Tajikistan", "TJK"),
    ],
)
def test_official_names_and_bodies_of_countries(analyze, text: str, surface: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert actor_with(analyze(text), surface).country == country


@pytest.mark.parametrize(
    ("text", "surface", "sector"),
    [
        ("Gov. Marisa Caldwell declared a state of emergency on Sunday.", "Marisa Caldwell", "GOV"),
        # the model takes a sentence-initial title into the name: it is still a title
        ("Sheriff Ray Delgado said deputies had gone door to door.", "Ray Delgado", "COP"),
        ("China's foreign ministry hit back. Spokesperson Lin Jian told a regular briefing that it was wrong.",
         "Lin Jian", "GOV"),
        # "former student leader": the leader is history, and a student is a civilian
        ("The six, who include former student leader Ivan Lau, had pleaded not guilty.", "Ivan Lau", "CVL"),
        # a union's general secretary is no general
        ("SUTEP general secretary Lucía Quispe told the crowd that the strike would go on.", "Lucía Quispe", None),
    ],
)
def test_titles_give_sectors(analyze, text: str, surface: str, sector: str | None) -> None:  # type: ignore[no-untyped-def]
    assert actor_with(analyze(text), surface).sector == sector


def test_a_foreign_ministry_spokesman_does_not_make_a_story_his_countrys(analyze) -> None:  # type: ignore[no-untyped-def]
    """A foreign ministry speaks to the world about other countries: in a Hong Kong story its
    spokesman's vote does not outweigh the city's own secretary for security."""
    a = analyze(
        "Hong Kong's security chief Chris Tang defended the verdict. China's foreign ministry hit back at "
        "critics. Spokesperson Lin Jian told a regular briefing in Beijing that Hong Kong was ruled by law. "
        "Former student leader Ivan Lau had pleaded not guilty.",
        "2025-06-01",
    )
    assert actor_with(a, "Ivan Lau").country == "HKG"


def test_a_state_body_named_by_what_it_is_belongs_to_a_country(analyze) -> None:  # type: ignore[no-untyped-def]
    """"police said", "the military", "Pakistan's military": bodies of a state with no name of
    their own are actors of the country that owns them, else of the story's country; "the army"
    and "the military" are one."""
    a = analyze(
        "Egyptian Finance Minister Hany Farouk said the talks in Cairo had gone well. The military "
        "controls a large part of the economy, and the army's companies pay no tax. Police detained "
        "at least 18 people, the Egyptian Initiative for Personal Rights said. Pakistan's military "
        "said nothing.",
        "2025-11-20",
    )
    forces = actor_with(a, "The military")
    assert (forces.country, forces.sector) == ("EGY", "MIL")
    assert "the army" in {m.text for m in forces.mentions}
    police = actor_with(a, "Police")
    assert (police.country, police.sector) == ("EGY", "COP")
    assert actor_with(a, "Pakistan's military").country == "PAK"


@pytest.mark.parametrize(
    "text",
    [
        "He served in the army for ten years.",  # a place one serves in
        "Two police officers were hurt in the clashes.",  # the officers are the actor
        "She won the presidency in 2019.",  # an office, not the body
    ],
)
def test_what_is_not_a_state_body(analyze, text: str) -> None:  # type: ignore[no-untyped-def]
    a = analyze(text)
    assert not any(x.sector in ("MIL", "COP", "GOV") and x.kind == "organization" for x in a.actors), \
        [(x.name, [m.text for m in x.mentions]) for x in a.actors]


def test_a_state_acting_is_its_government(analyze) -> None:  # type: ignore[no-untyped-def]
    """"Idaho sent 60 firefighters": a US state acting is a government of the United States; "the
    state" after a state is named is it; "across Oregon" and "Oregon counties" are places."""
    a = analyze(
        "Gov. Marisa Caldwell declared an emergency in three central Oregon counties. Her order "
        "allows the state to draw on emergency funds. Officials said the state had asked Idaho to "
        "send crews. Idaho sent 60 firefighters on Monday. Fires destroyed homes across Oregon.",
        "2025-08-11",
    )
    idaho = actor_with(a, "Idaho")
    assert (idaho.country, idaho.sector, len(idaho.mentions)) == ("USA", "GOV", 2)
    oregon = actor_with(a, "the state")
    assert oregon.name == "Oregon" and oregon.country == "USA"
    assert [m.text for m in oregon.mentions] == ["the state", "the state"]


@pytest.mark.parametrize("surface", ["Pacific Islands Forum", "World Bank", "Collective Security Treaty Organization"])
def test_an_international_body_of_no_one_country_has_none(analyze, surface: str) -> None:  # type: ignore[no-untyped-def]
    """eval/GUIDE.md: EUR/UNO for IGOs, null when unknown — "IGO" is a sector, not a country."""
    a = analyze(f"The {surface} urged all sides in Vanuatu to respect the vote.", "2025-05-02")
    body = actor_with(a, surface)
    assert (body.country, body.sector) == (None, "IGO")


def test_brussels_acting_is_the_european_union(analyze) -> None:  # type: ignore[no-untyped-def]
    a = analyze("The company accused Brussels of singling out American firms. Talks in Brussels ended on "
                "Friday. The EU said it would respond.", "2025-04-23")
    eu = actor_with(a, "EU")
    assert eu.country == "EUR"
    assert [m.start for m in eu.mentions if m.text == "Brussels"] == [a.article.text.index("Brussels")]


def test_congress_is_the_us_congress_across_articles(analyze) -> None:  # type: ignore[no-untyped-def]
    """A country's generic body the knowledge base lists by name has that name's key: "Congress"
    after "the U.S. Congress" is one actor, and an article naming only "the U.S. Congress" and one
    naming it "Congress" in a U.S. story share the key."""
    a = analyze("The U.S. Congress passed the bill. Congress also voted on sanctions.", "2025-03-01")
    congress = actor_with(a, "Congress")
    assert congress.name == "U.S. Congress" and congress.country == "USA"
    b = analyze("U.S. lawmakers were split, and American Congress leaders said they would vote.", "2025-03-01")
    other = next(x for x in b.actors if x.sector == "LEG" and x.kind == "organization")
    assert other.key == congress.key


@pytest.mark.parametrize(
    ("text", "surface", "codes"),
    [
        ("Kyrgyz border guards returned fire near the village.", "Kyrgyz border guards", ("KGZ", "MIL")),
        ("Filipino fishermen said the ships blocked them.", "Filipino fishermen", ("PHL", "CVL")),
        ("Kenyan police officers cordoned off the court.", "Kenyan police officers", ("KEN", "COP")),
    ],
)
def test_groups_introduced_with_a_nationality(analyze, text: str, surface: str, codes: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    group = actor_with(analyze(text), surface)
    assert (group.country, group.sector) == codes


def test_a_title_of_a_country_is_not_part_of_its_holders_name(analyze) -> None:  # type: ignore[no-untyped-def]
    """The model runs "President of [Tajikistan Emomali Rahmon]" and "Secretary General of [the
    CSTO Tasmagambetov]" into one organisation; they are a country or body and a person."""
    a = analyze("Japarov spoke with President of Tajikistan Emomali Rahmon. The Secretary General of the "
                "CSTO Tasmagambetov called both sides to restraint.", "2025-04-15")
    rahmon = actor_with(a, "Emomali Rahmon")
    assert (rahmon.kind, rahmon.country) == ("person", "TJK")
    assert actor_with(a, "Tasmagambetov").kind == "person"
    assert actor_with(a, "CSTO").name == "Collective Security Treaty Organization"


def test_a_unit_of_a_body_is_of_its_country_and_a_lone_nationality_is_no_one(analyze) -> None:  # type: ignore[no-untyped-def]
    a = analyze("The Border Troops of the State Committee for National Security of Tajikistan declared that "
                "Kyrgyz guards opened fire at Tajik patrol. One Tajik soldier was wounded.", "2025-04-15")
    troops = actor_with(a, "Border Troops")  # no dangling "of" in the name
    assert troops.country == "TJK"
    assert not any(x.kind == "person" for x in a.actors), [x.name for x in a.actors]


@pytest.mark.parametrize(
    ("text", "surface", "sector"),
    [
        ("The Deschutes County Sheriff's Office expanded the evacuation orders.",
         "The Deschutes County Sheriff's Office", "COP"),
        ("The Jamaica Constabulary Force said two men died.", "Jamaica Constabulary Force", "COP"),
        ("The Oregon Public Utility Commission fined the company.", "Oregon Public Utility Commission", "GOV"),
        ("The Kenya Human Rights Commission welcomed the ruling.", "Kenya Human Rights Commission", "NGO"),
    ],
)
def test_a_name_says_which_force_or_office_it_is(analyze, text: str, surface: str, sector: str) -> None:  # type: ignore[no-untyped-def]
    assert actor_with(analyze(text), surface).sector == sector


def test_a_nationality_or_a_possessor_before_a_state_body(analyze) -> None:  # type: ignore[no-untyped-def]
    a = analyze("The Chinese embassy in Manila said the ships were lawful. The Egyptian presidency said nothing. "
                "Cameroonian security forces fired tear gas. Vanuatu's parliament elected a new leader.",
                "2025-06-17")
    assert (actor_with(a, "Chinese embassy").country, actor_with(a, "Chinese embassy").sector) == ("CHN", "GOV")
    assert actor_with(a, "Egyptian presidency").country == "EGY"
    assert actor_with(a, "Cameroonian security forces").sector == "MIL"
    assert (actor_with(a, "Vanuatu's parliament").country, actor_with(a, "Vanuatu's parliament").sector) == ("VUT", "LEG")


def test_an_embassy_nobody_owns_is_no_home_body(analyze) -> None:  # type: ignore[no-untyped-def]
    a = analyze("Protesters gathered in Nairobi. The embassy declined to comment.", "2025-06-17")
    assert not any(m.text == "The embassy" for x in a.actors for m in x.mentions)


def test_the_court_of_the_story(analyze) -> None:  # type: ignore[no-untyped-def]
    """"The court" acting with no court named is the court of the country the story is set in;
    after a named court it is that court."""
    a = analyze("Police in Nairobi arrested six protesters on Monday. The court ordered their release on Tuesday.",
                "2025-07-08")
    court = actor_with(a, "The court")
    assert (court.country, court.sector) == ("KEN", "JUD")
    b = analyze("The High Court in Nairobi ruled on Monday. The court said the law was void.", "2025-07-08")
    assert actor_with(b, "The court").name == "High Court"


@pytest.mark.parametrize(
    ("text", "surface", "sector"),
    [
        ("Mohammad Iqbal, a farmer in the village, said the guns had fallen silent.", "Mohammad Iqbal", "CVL"),
        ("Ivan Lau, 29, has been held in custody for two years.", "Ivan Lau", "CVL"),
        # a description with a title word is no civilian's
        ("Rahul Verma, a senior army officer, denied it.", "Rahul Verma", "MIL"),
    ],
)
def test_a_person_described_only_as_a_civilian_is_one(analyze, text: str, surface: str, sector: str) -> None:  # type: ignore[no-untyped-def]
    assert actor_with(analyze(text), surface).sector == sector


def test_the_body_whose_title_it_is_gives_the_sector(analyze) -> None:  # type: ignore[no-untyped-def]
    """"the party's secretary general" is the party's officer (OPP), not a UN secretary-general."""
    a = analyze("\"They came like thieves,\" the party's secretary general, Esther Mbappe, told reporters in Douala.",
                "2026-08-17")
    assert actor_with(a, "Esther Mbappe").sector == "OPP"
