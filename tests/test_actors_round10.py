"""Round 10 of the actors step: countries and sectors that feed the events' arguments."""

from __future__ import annotations

import pytest

from tests.actorcheck import actors_only, by_name

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyze() -> object:
    """Clean, spaCy and actors only (the model loads once for the module)."""
    return actors_only



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


@pytest.fixture(scope="module")
def pipeline() -> object:
    """The whole pipeline, for the codes the events step gives unnamed groups."""
    from storyline.analysis import analyze_text
    from storyline.nlp.model import load_nlp

    load_nlp()
    return analyze_text


def test_a_mention_stops_at_the_headline(analyze) -> None:  # type: ignore[no-untyped-def]
    """A headline with no full stop parses into the first sentence; the role phrase of the
    body ("Iran's Foreign Ministry spokesperson") must not take the headline's last word."""
    a = analyze(
        "New sanctions show lack of goodwill in talks – Iran\n\n"
        "Iran's Foreign Ministry spokesperson, Esmaeil Baghaei, said on Wednesday that the "
        "sanctions were unlawful.",
        "2025-04-23",
    )
    texts = {m.text for m in by_name(a, "Esmaeil Baghaei").mentions}
    assert "Iran's Foreign Ministry spokesperson" in texts
    assert not any("\n" in t for x in a.actors for t in (m.text for m in x.mentions))


def test_police_opening_a_sentence_is_the_police_force(analyze) -> None:  # type: ignore[no-untyped-def]
    """"Police said" at the start of a sentence is the same force as "police" elsewhere, not an
    organisation called Police."""
    a = analyze(
        "Police said two men were arrested in Kinshasa on Monday. Congolese police later released "
        "them. Police fired tear gas at the crowd.",
        "2025-04-23",
    )
    forces = [x for x in a.actors if x.sector == "COP"]
    assert len(forces) == 1, [(x.name, [m.text for m in x.mentions]) for x in a.actors]
    assert forces[0].country == "COD"
    assert sum(m.text == "Police" for m in forces[0].mentions) == 2


@pytest.mark.parametrize(
    ("text", "trigger", "sector"),
    [
        ("Consumer groups welcomed the decision by the French government on Tuesday.", "welcomed", "NGO"),
        ("Opposition supporters threw stones at police in Lyon on Tuesday.", "threw", "CVL"),
        ("Union members rejected the French government's offer on Tuesday.", "rejected", "CVL"),
    ],
)
def test_unnamed_groups_are_of_the_story_country(pipeline, text: str, trigger: str, sector: str) -> None:  # type: ignore[no-untyped-def]
    """Unnamed groups ("consumer groups", "supporters", "members") are the story's own people,
    as the guide codes "activists" (KOR CVL)."""
    a = pipeline("PARIS — " + text, published="2025-04-22")
    event = next(e for e in a.events if e.trigger.text == trigger)
    assert event.source is not None
    assert (event.source.country, event.source.sector) == ("FRA", sector)


def test_armed_groups_and_aid_groups_of_wire_copy(analyze) -> None:  # type: ignore[no-untyped-def]
    """The Philippines' New People's Army is a rebel group, not the army its name says; Haiti's
    Viv Ansanm gang coalition is armed too; international aid groups have no country."""
    a = analyze(
        "IFUGAO, Philippines — Three soldiers were killed in an ambush by New People's Army (NPA) "
        "rebels on Saturday, a military spokesman said. In Haiti, gangs of the Viv Ansanm coalition "
        "stormed a town, and the medical charity ALIMA said it had pulled out its staff. NetBlocks "
        "said the internet was cut.",
        "2025-02-27",
    )
    npa = by_name(a, "New People's Army")
    assert (npa.country, npa.sector) == ("PHL", "REB")
    assert "NPA" in {m.text for m in npa.mentions}
    assert (by_name(a, "Viv Ansanm").country, by_name(a, "Viv Ansanm").sector) == ("HTI", "REB")
    assert (by_name(a, "ALIMA").country, by_name(a, "ALIMA").sector) == (None, "NGO")
    assert by_name(a, "NetBlocks").country is None


def test_where_a_company_is_based_or_listed_is_its_country(analyze) -> None:  # type: ignore[no-untyped-def]
    """"the Toronto-listed miner Falea Resources" is Canadian in a story about Mali; "London" in
    "London-based" is where it sits, not Britain's government."""
    a = analyze(
        "BAMAKO — Mali expelled four managers of the Toronto-listed miner Falea Resources on Monday. "
        "The London-based think tank Ardent Forum criticised the decision.",
        "2025-09-01",
    )
    falea = by_name(a, "Falea Resources")
    assert (falea.country, falea.sector) == ("CAN", "BUS")
    ardent = by_name(a, "Ardent Forum")
    assert (ardent.country, ardent.sector) == ("GBR", "EDU")
    assert not [x for x in a.actors if x.name == "United Kingdom"]


def test_what_kind_of_group_the_modifier_says(analyze) -> None:  # type: ignore[no-untyped-def]
    """"group" alone reads as a business; "the privacy group", "a consumer organisation" are
    campaigners."""
    a = analyze(
        "The Austrian privacy group Noyb said it would file a complaint against Meta. Kelvar, "
        "a consumer organisation, welcomed the fine.",
        "2025-04-23",
    )
    assert (by_name(a, "Noyb").country, by_name(a, "Noyb").sector) == ("AUT", "NGO")
    assert by_name(a, "Kelvar").sector == "NGO"


def test_the_us_parties_by_their_members_name(analyze) -> None:  # type: ignore[no-untyped-def]
    """"Democrats accused President Donald Trump" are the US Democratic Party; not the Sweden
    Democrats, nor France's Republicans in a story that never names the United States."""
    a = analyze(
        "Democrats accused President Donald Trump of ignoring Congress on Tuesday. Senate Republicans "
        "defended him.",
        "2025-05-06",
    )
    dems = by_name(a, "Democratic Party of the United States")
    assert (dems.country, dems.sector) == ("USA", "OPP")
    assert by_name(a, "Republican Party of the United States").country == "USA"
    abroad = analyze(
        "In Sweden, the Sweden Democrats rejected the budget. In France, the conservative Republicans "
        "backed Prime Minister Michel Barnier.",
        "2024-10-01",
    )
    assert not [x for x in abroad.actors if x.country == "USA"], [(x.name, x.country) for x in abroad.actors]


def test_an_air_force_is_military(analyze) -> None:  # type: ignore[no-untyped-def]
    a = analyze("Two attack helicopters from the Philippine Air Force were sent to the area. "
                "The Vanuatu Police Force said it would help.", "2025-05-06")
    assert by_name(a, "Philippine Air Force").sector == "MIL"
    assert by_name(a, "Vanuatu Police Force").sector == "COP"


def test_a_company_placed_by_its_description_or_its_city(analyze) -> None:  # type: ignore[no-untyped-def]
    """"Hangxiao, a Shanghai-listed building products firm" is Chinese though the story is about a
    contract in Angola; "Shanghai Stock Exchange" is of the city it opens with; a securities or
    financial services commission is a state regulator, not a campaign group."""
    a = analyze(
        "Hangxiao Steel Structure Co Ltd, a Shanghai-listed building products firm, said on Monday it "
        "had been fined by the China Securities Regulatory Commission. In a statement to the Shanghai "
        "Stock Exchange, the company said it had signed a contract for a construction project in Angola. "
        "The ELN's Central Command demanded a truce.",
        "2025-05-14",
    )
    assert by_name(a, "Hangxiao Steel Structure Co Ltd").country == "CHN"
    exchange = by_name(a, "Shanghai Stock Exchange")
    assert (exchange.country, exchange.sector) == ("CHN", "BUS")
    assert by_name(a, "China Securities Regulatory Commission").sector == "GOV"
    assert all(x.country != "PHL" for x in a.actors)  # "Central" is no city here


def test_a_province_government_and_a_party_the_model_calls_a_product(analyze) -> None:  # type: ignore[no-untyped-def]
    """"the Quebec government" is the province's government (CAN); "the opposition Civic Platform
    party" is a party though the small model tags "Civic Platform" as a product."""
    a = analyze(
        "MONTREAL — The Quebec government asked Ottawa to step in on Monday. Quebec later welcomed "
        "the decision.",
        "2025-05-14",
    )
    quebec = by_name(a, "Quebec government")
    assert (quebec.country, quebec.sector) == ("CAN", "GOV")
    assert {"Quebec government", "Quebec"} <= {m.text for m in quebec.mentions}
    b = analyze("WARSAW — The opposition Civic Platform party accused the governor of acting too late.",
                "2025-05-14")
    party = by_name(b, "Civic Platform")
    assert (party.country, party.sector) == ("POL", "OPP")


def test_the_islamic_emirate_and_a_greens_party(analyze) -> None:  # type: ignore[no-untyped-def]
    """The Taliban government's own name is Afghanistan's; "the Australian Greens" are a party
    of Australia, not Australians in general."""
    a = analyze(
        "KABUL — The Islamic Emirate denied harboring fighters, spokesman Zabihullah Mujahid said. "
        "In Canberra, the Australian Greens called for a royal commission.",
        "2025-05-14",
    )
    assert {m.text for m in by_name(a, "Afghanistan").mentions} >= {"Islamic Emirate"}
    greens = by_name(a, "Australian Greens")
    assert (greens.country, greens.sector) == ("AUS", "OPP")


def test_banks_and_a_foreign_minister_of_wire_copy(analyze) -> None:  # type: ignore[no-untyped-def]
    """An Australian flood story quotes New Zealand's foreign minister and two foreign banks: each
    keeps its own country, not the story's."""
    a = analyze(
        "BRISBANE — Queensland Premier David Crisafulli declared a state of emergency. Foreign Minister "
        "Winston Peters said New Zealand would send help. Analysts at Merrill Lynch and Barclays said "
        "insurers faced large claims.",
        "2026-01-21",
    )
    assert by_name(a, "Winston Peters").country == "NZL"
    assert by_name(a, "Merrill Lynch").country == "USA"
    assert by_name(a, "Barclays").country == "GBR"
