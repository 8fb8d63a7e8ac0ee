"""The actors step, round 9: patterns of real news the dev documents did not cover."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Actor, Analysis
from tests.conftest import run_steps

pytestmark = pytest.mark.slow

Analyze = Callable[..., Analysis]


@pytest.fixture(scope="module")
def analyze() -> Analyze:
    """Clean, spaCy and actors only, as in tests/test_actors.py."""

    def run(text: str, published: str | None = "2026-01-15") -> Analysis:
        return run_steps(text, ("nlp", "actors"), published).to_analysis()

    return run


def by_name(analysis: Analysis, name: str) -> Actor:
    found = [a for a in analysis.actors if a.name == name]
    assert len(found) == 1, [a.name for a in analysis.actors]
    return found[0]


def surfaces(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]


@pytest.mark.parametrize(
    ("text", "name", "country", "body"),
    [
        # the model tags "EU Agriculture" as one organisation: the EU is the mention, the
        # portfolio belongs to the title, and the commissioner is of the EU, not of the story's country
        ("Greek farmers blocked roads near Larissa. EU Agriculture Commissioner Marta Lindqvist said payments would resume.",
         "Marta Lindqvist", "EUR", "European Union"),
        ("Troops shelled Kharkiv. UN Refugee chief Paolo Moretti said thousands had fled the city.",
         "Paolo Moretti", "UNO", "United Nations"),
    ],
)
def test_a_body_before_a_portfolio_title(analyze: Analyze, text: str, name: str, country: str, body: str) -> None:
    a = analyze(text)
    person = by_name(a, name)
    assert (person.country, person.sector) == (country, "IGO")
    assert by_name(a, body).country == country
    assert not any("Agriculture" in x.name or "Refugee" in x.name for x in a.actors)


def test_a_commissioner_of_the_commission_the_story_names(analyze: Analyze) -> None:
    a = analyze(
        "The European Commission pledged 200 million euros to Moldova. "
        "Energy Commissioner Anna Berg will travel to Chisinau on Monday."
    )
    berg = by_name(a, "Anna Berg")
    assert (berg.country, berg.sector) == ("EUR", "IGO")


def test_a_commissioner_with_no_commission_in_the_story(analyze: Analyze) -> None:
    """Without the European Commission in the story a commissioner is not made European."""
    a = analyze("Flooding hit Brisbane on Monday. Energy Commissioner Anna Berg said power would be restored.")
    assert by_name(a, "Anna Berg").country != "EUR"


def test_a_high_commissioner_is_not_a_eu_commissioner(analyze: Analyze) -> None:
    a = analyze(
        "The European Commission criticised the arrests in Dhaka. "
        "British High Commissioner Robert Gale met the opposition leader."
    )
    assert by_name(a, "Robert Gale").country == "GBR"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ruling New Democracy party rejected the claims.", "New Democracy"),
        ("The ruling Georgian Dream party won the vote.", "Georgian Dream"),
    ],
)
def test_a_ruling_party_is_the_government(analyze: Analyze, text: str, name: str) -> None:
    """A party in power is the government's, whatever "party" alone says (OPP)."""
    assert by_name(analyze(text), name).sector == "GOV"


def test_an_opposition_party_stays_opposition(analyze: Analyze) -> None:
    assert by_name(analyze("The opposition Labour Party said the plan would fail."), "Labour Party").sector == "OPP"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "its" after the one body named in the last sentence
        ("The Vietnam Coast Guard rejected the account. Its spokesman, Tran Van Minh, said the boats had left.",
         "Tran Van Minh", "VNM"),
        # "its" inside a clause whose subject is the body, not the first subject of the sentence
        ("The United States welcomed the deal, and the EU said its special envoy, Marta Lindqvist, would visit Juba.",
         "Marta Lindqvist", "EUR"),
        # "whose": the antecedent of the relative clause
        ("The talks were mediated by Norway, whose envoy Erik Solberg had shuttled between the two sides.",
         "Erik Solberg", "NOR"),
    ],
)
def test_a_title_of_the_body_a_possessive_stands_for(analyze: Analyze, text: str, name: str, country: str) -> None:
    assert by_name(analyze(text), name).country == country


def test_its_with_two_bodies_before_it_takes_neither(analyze: Analyze) -> None:
    """Two organisations in the last sentence: "its" is not guessed (the company, not the regulator)."""
    a = analyze(
        "SEOUL (Reuters) - Vantor Corp has clashed with regulators in Europe. In May, Ireland's Data Protection "
        "Commission fined it a record sum. Its chief executive, Paul Brenner, has since moved to Texas."
    )
    assert by_name(a, "Paul Brenner").country != "IRL"


def test_a_lower_case_body_in_a_title_is_the_body_named_before(analyze: Analyze) -> None:
    """ "coastguard spokesman" after the Philippine Coast Guard (and a Chinese coastguard): the one
    whose name has the word, last named."""
    a = analyze(
        "Chinese coastguard ships fired water cannon at two fishing boats on Monday, the Philippine Coast Guard said. "
        "The boats were blocked by six ships, coastguard spokesman Ramon Cruz said."
    )
    cruz = by_name(a, "Ramon Cruz")
    assert (cruz.country, cruz.sector) == ("PHL", "COP")


def test_a_senate_is_the_home_countrys(analyze: Analyze) -> None:
    """Many countries have a senate: in a Pakistani story "the Senate" is not the U.S. Senate."""
    a = analyze(
        "ISLAMABAD (Reuters) - Opposition parties in Pakistan will resign from the National Assembly "
        "before the Senate elections in March, party leaders in Lahore said."
    )
    senate = next(x for x in a.actors if any(m.text == "Senate" for m in x.mentions))
    assert (senate.country, senate.sector) == ("PAK", "LEG")


def test_the_us_senate_is_still_american(analyze: Analyze) -> None:
    a = analyze("WASHINGTON (Reuters) - The Senate voted 52-48 on Tuesday to confirm the nominee, Senator Tom Hale said.")
    senate = next(x for x in a.actors if any(m.text == "Senate" for m in x.mentions))
    assert senate.country == "USA"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        # the recogniser tags no entity in "the leftist Syriza party": the name before "party" is one
        ("The main opposition PASOK party accused the government of mismanagement.", "PASOK", "OPP"),
        ("Lawmakers of the leftist Syriza party joined the farmers.", "Syriza", "OPP"),
    ],
)
def test_a_party_named_before_the_word_party(analyze: Analyze, text: str, name: str, sector: str) -> None:
    assert by_name(analyze(text), name).sector == sector


def test_a_place_before_a_state_body_noun_is_no_organisation(analyze: Analyze) -> None:
    a = analyze("Officials of the Kherson regional administration said the shelling continued.")
    assert not any(x.name == "Kherson" and x.kind == "organization" for x in a.actors)


def test_a_known_party_with_the_word_party_is_the_known_party(analyze: Analyze) -> None:
    a = analyze("Marine Le Pen said her National Rally party would back the motion. The National Rally has 120 seats.")
    rally = by_name(a, "National Rally")
    assert {"National Rally party", "National Rally"} <= set(surfaces(rally))


def test_a_name_with_and_without_the_word_for_it_is_one_organisation(analyze: Analyze) -> None:
    a = analyze("The ruling Vanguard Unity party won the vote in Dodoma on Sunday. Vanguard Unity will form the government.")
    found = [x for x in a.actors if "Vanguard" in x.name]
    assert [x.kind for x in found] == ["organization"], [x.name for x in found]
    assert {"Vanguard Unity party", "Vanguard Unity"} <= set(surfaces(found[0]))


def test_an_unclosed_bracket_is_not_part_of_a_name(analyze: Analyze) -> None:
    a = analyze("The leftist New Popular Front (NFP) coalition won the most seats. The New Popular Front said it would govern.")
    front = [x for x in a.actors if x.name.startswith("New Popular Front")]
    assert [x.name for x in front] == ["New Popular Front"]


def test_an_honorific_without_a_dot_is_no_part_of_the_name(analyze: Analyze) -> None:
    a = analyze("Anna Kowalczyk said the plan would fail. Ms Kowalczyk added that she would vote against it.")
    assert "Ms Kowalczyk" not in {x.name for x in a.actors}
    assert len([x for x in a.actors if "Kowalczyk" in x.name]) == 1


def test_an_age_is_no_role_mention(analyze: Analyze) -> None:
    a = analyze("Jordan Vella, 28, the head of the party, said it would win.")
    assert "28" not in surfaces(by_name(a, "Jordan Vella"))


def test_an_army_of_rebels_is_no_state_military(analyze: Analyze) -> None:
    a = analyze("About 100 Free People's Army rebels attacked a village in the south on Sunday, the military said.")
    assert by_name(a, "Free People's Army").sector == "REB"


def test_a_state_army_stays_military(analyze: Analyze) -> None:
    a = analyze("MANILA (Reuters) - The Philippine Army said its troops repelled the attack on Sunday.")
    army = next(x for x in a.actors if "Army" in x.name)
    assert army.sector == "MIL"


def test_a_name_ending_in_province_is_a_place(analyze: Analyze) -> None:
    a = analyze("Troops clashed with fighters in a village in Agusan del Sur province on Sunday.")
    assert not any("province" in x.name for x in a.actors)


def test_the_rebels_are_the_rebel_group_not_a_nearer_unknown_name(analyze: Analyze) -> None:
    a = analyze(
        "About 100 Free People's Army rebels attacked Manobo tribesmen in a village on Sunday. "
        "The rebels were trying to recruit the tribesmen, an army spokesman said."
    )
    assert "The rebels" in surfaces(by_name(a, "Free People's Army"))


def test_a_numbered_division_is_military(analyze: Analyze) -> None:
    a = analyze("Major Leo Santos, spokesman of the 4th Infantry Division, said the outpost held.")
    assert by_name(a, "4th Infantry Division").sector == "MIL"


def test_the_treasury_is_the_home_countrys(analyze: Analyze) -> None:
    """A finance ministry called the Treasury is not always the U.S. Treasury."""
    a = analyze("ANKARA (Reuters) - The Treasury said on Monday it would sell more bonds, officials in Istanbul said.")
    treasury = next(x for x in a.actors if any(m.text == "Treasury" for m in x.mentions))
    assert treasury.country == "TUR"


def test_the_us_treasury_is_still_american(analyze: Analyze) -> None:
    a = analyze("WASHINGTON (Reuters) - The U.S. Treasury imposed sanctions on three companies on Monday.")
    treasury = next(x for x in a.actors if any("Treasury" in m.text for m in x.mentions))
    assert treasury.country == "USA"


def test_a_society_is_a_civil_body(analyze: Analyze) -> None:
    a = analyze("The Law Society of Kenya, which brought the case, welcomed the decision.")
    assert by_name(a, "Law Society of Kenya").sector == "NGO"


def test_a_name_with_an_appositive_for_what_it_is(analyze: Analyze) -> None:
    a = analyze("Safaricom, the country's biggest telecoms company, said its services were not affected.")
    assert by_name(a, "Safaricom").kind == "organization"


def test_a_name_followed_by_a_role_is_a_person(analyze: Analyze) -> None:
    a = analyze('"The court has spoken," said Murithi Mutiga, Africa director at the International Crisis Group.')
    assert by_name(a, "Murithi Mutiga").kind == "person"


def test_a_demonym_before_a_portfolio_title(analyze: Analyze) -> None:
    a = analyze("Romania will send 200 megawatts through its interconnectors, Romanian Energy Minister Bogdan Ivan said.")
    assert not any("Energy" in x.name for x in a.actors)
    assert by_name(a, "Bogdan Ivan").country == "ROU"


def test_an_organ_of_an_intergovernmental_body(analyze: Analyze) -> None:
    a = analyze("The African Union Commission urged both sides to show restraint, the statement said in Yaounde.")
    assert by_name(a, "African Union Commission").sector == "IGO"


def test_the_leader_of_a_mission_is_of_its_organisation(analyze: Analyze) -> None:
    a = analyze(
        "CAIRO (Reuters) - Egypt agreed a new loan. The IMF mission, led by John Petersen, said in a statement "
        "that progress had been made. A Kenyan delegation headed by Musalia Mudavadi arrived in Cairo."
    )
    assert (by_name(a, "John Petersen").country, by_name(a, "John Petersen").sector) == ("IMF", "IGO")
    assert by_name(a, "Musalia Mudavadi").country == "KEN"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # lower-case words of the title's noun ("foreign policy", "human rights") do not end the title
        ("A spokesman for EU foreign policy chief Marta Lindqvist denied the report.", "Marta Lindqvist", "EUR"),
        ("UN human rights chief Paolo Moretti condemned the executions.", "Paolo Moretti", "UNO"),
    ],
)
def test_a_body_before_a_lower_case_title(analyze: Analyze, text: str, name: str, country: str) -> None:
    person = by_name(analyze(text), name)
    assert (person.country, person.sector) == (country, "IGO")


def test_a_company_suffix_says_business(analyze: Analyze) -> None:
    a = analyze('"I chuckled when I saw the stock down," Barclays Plc analyst Jason Goldberg said in an interview.')
    barclays = by_name(a, "Barclays")  # the legal name of a company the knowledge base knows (companies.yaml)
    assert (barclays.country, barclays.sector) == ("GBR", "BUS")
    assert by_name(a, "Jason Goldberg").sector == "BUS"
    b = analyze('"I chuckled when I saw the stock down," Harwood Mills Plc analyst Jason Goldberg said in an interview.')
    assert by_name(b, "Harwood Mills Plc").sector == "BUS"  # the suffix alone, for a company nobody lists


def test_the_rating_agencies(analyze: Analyze) -> None:
    a = analyze("ANKARA (Reuters) - Moody's upgraded Turkey on Friday. Fitch and S&P said they would review the rating.")
    moodys = by_name(a, "Moody's")
    assert (moodys.country, moodys.sector) == ("USA", "BUS")
    assert by_name(a, "Fitch Ratings").sector == "BUS"


def test_a_capital_receiving_something_is_its_government(analyze: Analyze) -> None:
    a = analyze("Washington sent more weapons to Kyiv. The minister later flew to Kyiv.")
    ukraine = by_name(a, "Ukraine")
    assert len(ukraine.mentions) == 1  # the recipient, not the destination of the flight


def test_a_hyphenated_party_name_after_its_noun_is_an_organisation(analyze: Analyze) -> None:
    """The model calls "Jamaat-e-Islami" a person; after "the ... party," it is the party."""
    a = analyze(
        "Mia Golam Parwar, the general secretary of the country's largest Islamist party, "
        "Jamaat-e-Islami, was also arrested, police said."
    )
    party = by_name(a, "Jamaat-e-Islami")
    assert (party.kind, party.sector) == ("organization", "OPP")
