"""Round 14 of the actors step: the sectors of organisations and of the people who speak for
them, as real business and political news names them."""

from __future__ import annotations

import pytest

from tests.actorcheck import actors_only, by_name

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyze() -> object:
    """Clean, spaCy and actors only (the model loads once for the module)."""
    return actors_only


def test_a_specific_title_outranks_a_shared_one(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "president and chief executive" is a business executive: "President" is only GOV when
    nothing more specific says otherwise."""
    a = analyze("Profit rose 12 percent, said Marta Lindqvist, president and CEO, in a news release.", "2025-05-02")
    assert by_name(a, "Marta Lindqvist").sector == "BUS"
    b = analyze("President Marta Lindqvist said on Tuesday that the country would act.", "2025-05-02")
    assert by_name(b, "Marta Lindqvist").sector == "GOV"


def test_a_company_officer_is_business(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Chief Financial Officer" is a company's officer, not a state officer."""
    a = analyze("The bank said Chief Financial Officer Tomas Berglund would retire next year.", "2025-05-02")
    assert by_name(a, "Tomas Berglund").sector == "BUS"


def test_a_legal_suffix_makes_a_company(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "AG", "Co.", "PLC" end a company's legal name whatever the words before them say."""
    a = analyze("Brandtwerk AG said on Monday it would cut 2,000 jobs in Germany.", "2025-05-02")
    assert by_name(a, "Brandtwerk AG").sector == "BUS"


def test_what_a_company_does_makes_it_a_business(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Halvorsen Therapeutics", "Corrado Systems": a word of trade and no head word that says
    otherwise; "Department of Energy" keeps its head's sector."""
    a = analyze("Halvorsen Therapeutics said on Monday its trial had failed.", "2025-05-02")
    assert by_name(a, "Halvorsen Therapeutics").sector == "BUS"
    b = analyze("The Kenyan Department of Energy said on Monday that prices would rise.", "2025-05-02")
    assert all(x.sector != "BUS" for x in b.actors)


def test_a_news_agency_is_media(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Interfax news agency": the phrase says media, not a state agency."""
    a = analyze("The Vostok news agency reported that three people were detained.", "2025-05-02")
    assert [x.sector for x in a.actors if x.kind == "organization"] == ["MED"]


def test_a_chamber_of_commerce_is_business(analyze) -> None:  # type: ignore[no-untyped-def]
    a = analyze("The Ruritanian Chamber of Commerce said the strike was costing millions.", "2025-05-02")
    assert [x.sector for x in a.actors if x.kind == "organization"] == ["BUS"]


def test_a_named_bank_of_a_country_is_commercial(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Bank of Canada" is the central bank; "Laurentian Bank of Canada" a commercial one."""
    a = analyze("Laurentian Bank of Canada said on Tuesday its profit rose 63 percent.", "2025-05-02")
    assert by_name(a, "Laurentian Bank of Canada").sector == "BUS"
    b = analyze("The Bank of Canada raised its key interest rate on Wednesday.", "2025-05-02")
    assert [x.sector for x in b.actors if x.kind == "organization"] == ["GOV"]


def test_an_unknown_place_introduced_as_a_company_is_one(analyze) -> None:  # type: ignore[no-untyped-def]
    """The small model calls an unfamiliar company a place; "state miner" before it says what it is."""
    a = analyze("Chilean state miner Codelco, the world's largest copper producer, said on Friday it "
                "would keep its strategy.", "2025-05-02")
    codelco = by_name(a, "Codelco")
    assert (codelco.kind, codelco.sector) == ("organization", "BUS")


def test_what_the_text_calls_a_company_places_it_before_a_town_in_its_name(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "British lender Lagos Bank Plc": British, not the country of a town called Lagos (an unknown
    company: companies.yaml knows Metro Bank, the real case, by name)."""
    a = analyze("British lender Lagos Bank Plc posted a jump in third-quarter profit.", "2025-05-02")
    assert by_name(a, "Lagos Bank Plc").country == "GBR"


def test_shares_make_a_company(analyze) -> None:  # type: ignore[no-untyped-def]
    """Only a company has shares: "Shares of Tallis", "Tallis shares"."""
    a = analyze("Shares of Tallis rose 3 percent after the results.", "2025-05-02")
    assert by_name(a, "Tallis").sector == "BUS"
    b = analyze("Tallis shares rose 3 percent after the results.", "2025-05-02")
    assert by_name(b, "Tallis").sector == "BUS"


def test_a_chief_executive_makes_a_company_of_an_unknown_name(analyze) -> None:  # type: ignore[no-untyped-def]
    """The small model calls "Kelmora" a nationality; "chief executive" after it says a company."""
    a = analyze("Kelmora chief executive Lena Holm said the deal would close in March.", "2025-05-02")
    kelmora = by_name(a, "Kelmora")
    assert (kelmora.kind, kelmora.sector) == ("organization", "BUS")
    assert by_name(a, "Lena Holm").sector == "BUS"


def test_a_shared_title_of_a_body_of_no_known_sector_is_no_government_s(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "JetBlue spokesman Piet Alders": the spokesman of a body the text does not place is not
    a government spokesman; a country's spokesman is."""
    a = analyze("JetBlue spokesman Piet Alders said the flights would resume.", "2025-05-02")
    assert by_name(a, "Piet Alders").sector != "GOV"
    b = analyze("Dutch government spokesman Piet Alders said the strike had ended.", "2025-05-02")
    assert by_name(b, "Piet Alders").sector == "GOV"


def test_a_national_branch_of_a_transnational_group(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Amnesty Kenya" (the small model: a person) is Amnesty's Kenyan branch: an NGO of Kenya."""
    a = analyze("Amnesty Kenya called for an inquiry into the killings.", "2025-05-02")
    branch = by_name(a, "Amnesty Kenya")
    assert (branch.kind, branch.country, branch.sector) == ("organization", "KEN", "NGO")


def test_what_a_group_does_says_its_sector(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "monitoring group" is a campaigner's, "mining group" a company's: "group" alone says neither."""
    a = analyze("Local monitoring group Airwatch said 30 civilians were killed.", "2025-05-02")
    assert by_name(a, "Airwatch").sector == "NGO"
    b = analyze("The mining group Veltrax said output fell 5 percent.", "2025-05-02")
    assert by_name(b, "Veltrax").sector == "BUS"


def test_banks_and_groups_named_in_other_languages(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Banco Veltra" is a bank, a company; "Banco Central de Chile" the central bank."""
    a = analyze("Banco Veltra said on Monday its profit rose 8 percent.", "2025-05-02")
    assert by_name(a, "Banco Veltra").sector == "BUS"
    b = analyze("The Banco Central de Chile raised its key rate on Tuesday.", "2025-05-02")
    assert by_name(b, "Banco Central de Chile").sector == "GOV"


def test_a_political_family_word_makes_a_party_of_a_movement_or_congress(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Orange Democratic Movement", "All Progressives Congress" are parties, not a legislature
    or a civic body; a labour congress stays a union."""
    a = analyze("The Saffron Democratic Movement said its leader had been detained.", "2025-05-02")
    assert by_name(a, "Saffron Democratic Movement").sector == "OPP"
    b = analyze("The Trades Union Congress called a general strike.", "2025-05-02")
    assert by_name(b, "Trades Union Congress").sector == "CVL"


def test_a_business_lobby_is_business(analyze) -> None:  # type: ignore[no-untyped-def]
    """Whom a federation gathers: "Confederation of Ruritanian Industry", "Federation of Small
    Businesses" are business lobbies."""
    a = analyze("The Federation of Small Businesses warned of closures on Monday.", "2025-05-02")
    assert by_name(a, "Federation of Small Businesses").sector == "BUS"


def test_an_appositive_after_a_name_makes_it_an_organisation(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "ZANU-PF, the ruling party, denied ...": the small model's person is the party in power."""
    a = analyze("Tana Uhuru, the ruling party, denied the claim on Monday.", "2025-05-02")
    party = by_name(a, "Tana Uhuru")
    assert (party.kind, party.sector) == ("organization", "GOV")


def test_a_name_does_not_end_with_a_preposition(analyze) -> None:  # type: ignore[no-untyped-def]
    """The recogniser's "Vale in" (of "owned by Vale in Brumadinho") is Vale."""
    a = analyze("The dam was owned by Vale in Brumadinho, about 60 kilometers away.", "2025-05-02")
    vale = by_name(a, "Vale")
    assert (vale.country, vale.sector) == ("BRA", "BUS")


def test_companies_and_parties_the_knowledge_base_knows(analyze) -> None:  # type: ignore[no-untyped-def]
    a = analyze("UPS said on Tuesday it would cut 20,000 jobs.", "2025-05-02")
    assert (by_name(a, "UPS").country, by_name(a, "UPS").sector) == ("USA", "BUS")
    b = analyze("The All Progressives Congress welcomed the result.", "2025-05-02")
    assert (by_name(b, "All Progressives Congress").country, by_name(b, "All Progressives Congress").sector) == ("NGA", "GOV")


def test_a_known_company_s_legal_name_is_that_company(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Hyundai Motor Co." is Hyundai (Korean), "Nestlé S.A." Nestlé (Swiss): a legal suffix and a
    word of trade after a name the knowledge base knows."""
    a = analyze("Hyundai Motor Co. said on Monday it would build a plant in Georgia.", "2025-05-02")
    hyundai = [x for x in a.actors if x.kind == "organization"]
    assert [(x.country, x.sector) for x in hyundai] == [("KOR", "BUS")]


def test_a_joint_venture_is_a_company(analyze) -> None:  # type: ignore[no-untyped-def]
    a = analyze("Their joint venture Galderma would list in Zurich, the companies said.", "2025-05-02")
    galderma = by_name(a, "Galderma")
    assert (galderma.kind, galderma.sector) == ("organization", "BUS")


def test_states_and_provinces_of_other_federations(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Balochistan Chief Minister ..." is Pakistani; "paid compensation to the state of Minas
    Gerais" is that state's government, while "in the state of Minas Gerais" is a place."""
    a = analyze("Balochistan Chief Minister Mir Ali Domki expressed grief over the deaths.", "2025-05-02")
    assert by_name(a, "Mir Ali Domki").country == "PAK"
    b = analyze("The miner agreed in 2021 to pay 37.7 billion reais in compensation to the state of Minas Gerais.",
                "2025-05-02")
    state = by_name(b, "Minas Gerais")
    assert (state.country, state.sector) == ("BRA", "GOV")
    c = analyze("The dam burst in the state of Minas Gerais on Monday.", "2025-05-02")
    assert not c.actors


def test_a_spokesman_for_a_group_speaks_for_its_sector(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "a spokesman for the rebels" is a rebel, "a leader of the protesters" a civilian: the group
    the title is of, not the title's government default."""
    a = analyze("Ahmed Ali, a spokesman for the rebels, said the town had fallen.", "2025-05-02")
    assert by_name(a, "Ahmed Ali").sector == "REB"


def test_organs_churches_and_organisations(analyze) -> None:  # type: ignore[no-untyped-def]
    """A federation's organ is the federation's ("IOC Executive Board": NGO); a church is civilian;
    an unknown "... Organization" a non-governmental body."""
    a = analyze("The IOC Executive Board suspended the committee on Tuesday.", "2025-05-02")
    assert by_name(a, "IOC Executive Board").sector == "NGO"
    b = analyze("The Anglican Church of Kenya called for calm on Sunday.", "2025-05-02")
    assert [x.sector for x in b.actors if x.kind == "organization"] == ["CVL"]
    c = analyze("The World Tamil Organization of Canada condemned the arrests.", "2025-05-02")
    assert [x.sector for x in c.actors if x.kind == "organization"] == ["NGO"]


def test_a_people_s_spokesman_is_no_company_s(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Kurdish spokesman ...": a people's name before a spokesman's title stays a nationality
    (only a company's offices, "chief executive", make an unknown nationality-like name a company)."""
    a = analyze("Kurdish spokesman Farhad Shami said the force repelled the attack.", "2025-05-02")
    assert [x.name for x in a.actors if x.kind == "organization"] == []


def test_a_court_named_by_its_place(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "A court in Istanbul sentenced ...", "A Moscow court jailed ...": a court of that place's
    country (JUD), not the government the capital stands for elsewhere."""
    a = analyze("A court in Istanbul sentenced the journalist to two years.", "2025-05-02")
    assert [(x.country, x.sector) for x in a.actors] == [("TUR", "JUD")]
    b = analyze("A Moscow court on Tuesday jailed the activist for five years.", "2025-05-02")
    assert [(x.country, x.sector) for x in b.actors] == [("RUS", "JUD")]
    c = analyze("He said a court would decide.", "2025-05-02")
    assert not c.actors


def test_police_named_by_a_city(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "Paris police said ...": France's police (COP), not the French government the capital
    stands for as a subject."""
    a = analyze("Paris police said three people were arrested.", "2025-05-02")
    assert [(x.country, x.sector) for x in a.actors] == [("FRA", "COP")]


def test_an_opposition_title_is_opposition(analyze) -> None:  # type: ignore[no-untyped-def]
    """ "opposition lawmaker", "an opposition politician" are OPP (eval/GUIDE.md: "opposition
    lawmakers" → OPP), not the legislature or the government a title defaults to."""
    a = analyze("Opposition lawmaker Maria Ortiz said the vote was rigged.", "2025-05-02")
    assert by_name(a, "Maria Ortiz").sector == "OPP"
    b = analyze("Maria Ortiz, a senior opposition politician, said the vote was rigged.", "2025-05-02")
    assert by_name(b, "Maria Ortiz").sector == "OPP"
