"""Round 13 of the actors step: the article's home country, and the countries and sectors of
actors that feed the events' arguments."""

from __future__ import annotations

import pytest

from tests.actorcheck import actors_only, by_name

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyze() -> object:
    """Clean, spaCy and actors only (the model loads once for the module)."""
    return actors_only



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


def test_a_title_before_an_organisation_label_makes_a_person(analyze) -> None:  # type: ignore[no-untyped-def]
    """The small model labels an unfamiliar name after "President" an organisation; the
    title's last word says it is a person, with the title's sector."""
    a = analyze("Lawmakers met on Monday. President Ukhnaagiin Khurelsukh urged calm.", "2025-06-02")
    khurelsukh = by_name(a, "Ukhnaagiin Khurelsukh")
    assert khurelsukh.kind == "person"
    assert khurelsukh.sector == "GOV"


def test_name_words_and_known_bodies_give_the_sector(analyze) -> None:  # type: ignore[no-untyped-def]
    """Unions are civilians (the annotation guide), an authority is a state body, corps and
    troops are military; Rosatom sells reactors (BUS), the Marine Corps is American military,
    ASEAN and the Institute for Security Studies are no one country's."""
    a = analyze(
        "The teachers' union SUTEP called an indefinite strike on Monday. The Dutch Data Protection "
        "Authority fined the company. The Border Troops of Tajikistan said two guards were hurt. "
        "Rosatom said it would appeal. Marines of the U.S. Marine Corps flew in aid. ASEAN urged "
        "restraint, and the Institute for Security Studies said talks were needed.",
        "2025-06-02",
    )
    assert by_name(a, "SUTEP").sector == "CVL"
    assert by_name(a, "Dutch Data Protection Authority").sector == "GOV"
    assert by_name(a, "Border Troops of Tajikistan").sector == "MIL"
    assert by_name(a, "Rosatom").sector == "BUS"
    marines = by_name(a, "U.S. Marine Corps")
    assert (marines.country, marines.sector) == ("USA", "MIL")
    assert by_name(a, "Association of Southeast Asian Nations").country is None
    iss = by_name(a, "Institute for Security Studies")
    assert (iss.country, iss.sector) == (None, "NGO")


def test_a_name_the_text_calls_a_place_is_no_actor(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Sibagat, a town in Agusan del Sur": the recogniser calls both organisations, the
    appositive and the preposition after "town" say they are places."""
    a = analyze(
        "Six rebels died in the fighting at a detachment in Banag-banag village, Sibagat, a town "
        "in Agusan del Sur, said Major Leo Bongosia.",
        "2025-06-02",
    )
    names = {x.name for x in a.actors}
    assert "Sibagat" not in names and "Agusan del Sur" not in names, names
    assert "Leo Bongosia" in names


def test_an_election_commission_is_a_state_body(analyze) -> None:  # type: ignore[no-untyped-def]
    """Whoever runs a vote is the state's: an election commission is GOV, not the NGO a bare
    "Commission" gives."""
    a = analyze("The Elections Commission reversed its decision on Sunday, clearing the way for by-elections.",
                "2025-06-02")
    assert by_name(a, "Elections Commission").sector == "GOV"


def test_governors_and_heads_of_state_from_the_knowledge_base(analyze) -> None:  # type: ignore[no-untyped-def]
    """A US governor named in a Mexican story is American, and Chad's president Chadian,
    whatever the story's home country."""
    a = analyze(
        "MEXICO CITY (Reuters) - Mexico promised more water deliveries on Monday. Greg Abbott said "
        "farmers in the Rio Grande valley could not wait. Mahamat Idriss Déby Itno met Claudia "
        "Sheinbaum in the capital.",
        "2025-11-30",
    )
    abbott = by_name(a, "Greg Abbott")
    assert (abbott.country, abbott.sector) == ("USA", "GOV")
    deby = by_name(a, "Mahamat Idriss Déby Itno")
    assert (deby.kind, deby.country, deby.sector) == ("person", "TCD", "GOV")


def test_a_country_s_opposition_places_a_story_with_nothing_else(analyze) -> None:  # type: ignore[no-untyped-def]
    """With no one placed, no place and no dateline, a country's opposition (like its courts,
    police and legislature) says where the story is set: the party spokesman is Cameroonian."""
    a = analyze(
        "Two Cameroonian opposition figures were detained at their homes on Friday. Party spokesman "
        "Jean Mballa said the arrests were unlawful.",
        "2025-10-25",
    )
    assert by_name(a, "Jean Mballa").country == "CMR"


def test_an_organisation_introduced_as_the_opposition_is_opp(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "the opposition Movement for ...", "the Union for Change, an opposition coalition": the
    text says what the organisation is, over a name word ("Union") that would make it a trade
    union; its chairman is of the opposition too."""
    a = analyze(
        "The opposition Movement for Solidarity and Development (MSD) said six members were arrested. "
        "MSD chairman Alexis Sinduhije told reporters the arrests were a plot. The Union for Change, "
        "an opposition coalition, said in a statement that it would appeal.",
        "2025-06-02",
    )
    assert by_name(a, "Movement for Solidarity and Development").sector == "OPP"
    assert by_name(a, "Alexis Sinduhije").sector == "OPP"
    assert by_name(a, "Union for Change").sector == "OPP"


def test_a_role_noun_before_an_organisation_label_makes_a_person(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "presidential hopeful Issa Tchiroma Bakary": the model calls the name an organisation;
    a lower-case role noun before it says it is a person, whom the bare surname then refers to."""
    a = analyze(
        "Two Cameroonian opposition figures and backers of presidential hopeful Issa Tchiroma Bakary "
        "have been arrested. Tchiroma said the vote was rigged.",
        "2025-10-25",
    )
    tchiroma = by_name(a, "Issa Tchiroma Bakary")
    assert tchiroma.kind == "person"
    assert [m.text for m in tchiroma.mentions] == ["Issa Tchiroma Bakary", "Tchiroma"]
