"""Round 12 (lead): a passive verb event whose parties the text leaves unnamed is still an event
("Social media platforms had been blocked", "A former volunteer firefighter was later
charged"): kept, with the unnamed parties of the place or the story's country; and common news verbs of the rare types."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis, Event
from storyline.nlp.model import load_nlp
from storyline.nlp.parse_repair import repair_parse

pytestmark = pytest.mark.slow

PUB = "2026-02-04"

Analyze = Callable[..., Analysis]

WILDFIRE = ("SANTIAGO (Reuters) - Chile's President Gabriel Boric declared a state of emergency on Monday as "
            "wildfires swept the Biobio region. A former volunteer firefighter and a forestry official were later "
            "charged with starting the fire.")
BLACKOUT = ("YAOUNDE - Cameroon's electoral commission announced the results on Sunday. Social media platforms "
            "had been blocked since Saturday night, residents said.")


def _events(analyze: Analyze, text: str, trigger: str) -> list[Event]:
    return [e for e in analyze(text, published=PUB).events if e.trigger.text == trigger]


def test_an_agentless_passive_on_unnamed_people_is_done_by_the_authorities(analyze: Analyze) -> None:
    [charged] = _events(analyze, WILDFIRE, "charged")
    assert charged.type == "COERCE"
    assert charged.source is not None and charged.source.country == "CHL", charged
    assert charged.target is not None and charged.target.country == "CHL", charged
    assert charged.source.name is None and charged.target.name is None, charged


def test_an_agentless_passive_on_unnamed_things_binds_the_story_country(analyze: Analyze) -> None:
    [blocked] = _events(analyze, BLACKOUT, "blocked")
    assert blocked.type == "COERCE"
    assert blocked.target is not None and blocked.target.country == "CMR", blocked
    assert blocked.date == "2026-01-31", blocked


def test_a_verb_with_no_noun_argument_stays_no_event(analyze: Analyze) -> None:
    events = analyze(BLACKOUT + " It had been blocked before.", published=PUB).events
    assert [e.trigger.text for e in events if e.trigger.text == "blocked"] == ["blocked"], events


def test_a_list_whose_second_name_has_two_words_is_three_subjects(analyze: Analyze) -> None:
    # the small model reads "Mali, *Burkina Faso* and Niger" as an apposition with a conjunct
    events = analyze("Mali, Burkina Faso and Niger expelled the French ambassadors in 2023.", published=PUB).events
    assert sorted(e.source.name for e in events if e.type == "SANCTION" and e.source) == [
        "Burkina Faso", "Mali", "Niger"], events


def test_an_apposition_that_describes_a_name_stays_one(analyze: Analyze) -> None:
    nlp = load_nlp()
    doc = repair_parse(nlp("Kim Jong Un, the leader of North Korea, met Donald Trump and Moon Jae-in."))
    assert [t.dep_ for t in doc if t.text == "leader"] == ["appos"]
    listed = repair_parse(nlp("Saudi Arabia, the United Arab Emirates and Egypt cut ties with Qatar."))
    assert {t.text: t.dep_ for t in listed}["Emirates"] == "conj"


@pytest.mark.parametrize(("text", "etype", "trigger"), [
    ("A Taliban spokesman said the fighters had left the main city of Badghis to avoid civilian casualties.",
     "RETREAT", "left"),
    ("M23 rebels vacated the town of Walikale on Saturday, residents said.", "RETREAT", "vacated"),
    ("The government scrapped the fuel tax on Monday after weeks of protests.", "CONCEDE", "scrapped"),
    ("Russia's navy put its Pacific fleet on high alert on Monday.", "MOBILIZE", "put"),
    ("The United Arab Emirates delivered armoured vehicles to the Chadian army last month.", "AID", "delivered"),
    ("India dispatched a rescue team to Turkey on Tuesday, the ministry said.", "AID", "dispatched"),
])
def test_common_news_verbs_of_the_rare_types(analyze: Analyze, text: str, etype: str, trigger: str) -> None:
    events = analyze(text, published=PUB).events
    assert (etype, trigger) in [(e.type, e.trigger.text) for e in events], events


def test_a_minister_leaving_the_capital_is_no_retreat(analyze: Analyze) -> None:
    events = analyze("The foreign minister left the capital on Monday for talks in Geneva.", published=PUB).events
    assert "RETREAT" not in [e.type for e in events], events


def test_an_agentless_passive_binds_the_place_hung_on_its_verb(analyze: Analyze) -> None:
    # no home country: the place the verb names ("imposed *in Lahore*") gives it
    text = "Officials spoke on Monday. An indefinite curfew was imposed in Lahore on Thursday after the death of a student."
    [imposed] = _events(analyze, text, "imposed")
    assert imposed.type == "COERCE"
    assert imposed.source is not None and imposed.source.country == "PAK", imposed
    assert imposed.target is not None and imposed.target.country == "PAK", imposed



def _countries(analyze: Analyze, text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in analyze(text, published=PUB).actors}


def test_a_house_of_representatives_is_the_storys_own(analyze: Analyze) -> None:
    # many countries have one; it was always the US House
    actors = _countries(analyze, "JAKARTA (Reuters) - Indonesia's government scrapped a plan on Thursday, "
                                 "said Sufmi Dasco Ahmad, Vice Speaker of the House of Representatives.")
    assert actors.get("House of Representatives") == "IDN", actors
    us = _countries(analyze, "WASHINGTON (Reuters) - The House of Representatives passed the bill on Thursday. "
                             "Speaker Mike Johnson said the House would not wait for the Senate.")
    assert us.get("House of Representatives") == "USA", us


def test_a_national_security_council_is_its_countrys(analyze: Analyze) -> None:
    actors = _countries(analyze, "ISLAMABAD (Reuters) - Pakistan's National Security Council met on Thursday after the "
                                 "attack. Turkey's National Security Council also met.")
    assert sorted(c for n, c in actors.items() if "National Security Council" in n) == ["PAK", "TUR"], actors


def test_the_scorer_pairs_events_of_one_trigger_by_their_arguments(analyze: Analyze) -> None:
    from storyline.evaluation.events import evaluate, match_document

    a = analyze("Mali, Burkina Faso and Niger expelled the French ambassadors in 2023.", published=PUB)
    target = {"name": None, "country": "FRA", "sector": "GOV"}
    gold = [{"doc": "d", "sentence": "expelled the French ambassadors", "trigger": "expelled", "type": "SANCTION",
             "source": {"name": name, "country": iso, "sector": "GOV"}, "target": target, "date": "2023",
             "negated": False} for name, iso in (("Niger", "NER"), ("Burkina Faso", "BFA"), ("Mali", "MLI"))]
    pairs, unmatched = match_document(gold, a)
    assert not unmatched and [(g["source"]["country"], e.source.country if e.source else None) for g, e in pairs] == [
        ("NER", "NER"), ("BFA", "BFA"), ("MLI", "MLI")], pairs
    assert evaluate(gold, {"d": a})["country"]["tp"] >= 3


@pytest.mark.parametrize(("text", "etype"), [
    ("Kyiv would file a complaint at the World Trade Organization, the minister said.", "THREATEN"),
    ("The union said it would challenge it in court.", "THREATEN"),
    ("The company sued the government over the ban on Monday.", "ACCUSE"),
    ("The airline appealed against the ruling on Monday.", "REJECT"),
])
def test_a_legal_action_announced_is_a_threat_of_it(analyze: Analyze, text: str, etype: str) -> None:
    # GUIDE: "would file a WTO complaint", "would challenge the order in court" → THREATEN; filing → ACCUSE
    assert etype in [e.type for e in analyze(text, published=PUB).events]


def test_a_story_whose_only_actors_are_a_countrys_court_is_set_there(analyze: Analyze) -> None:
    # no dateline, no country named, no person of known country: the court's country is home
    actors = _countries(analyze, "An Ethiopian court sentenced 35 opposition members to life in prison today. "
                                 "Judge Adil Ahmed told the court the accused had committed serious crimes.")
    assert actors.get("Adil Ahmed") == "ETH", actors


def test_a_capitalised_bill_is_legislation_not_a_person(analyze: Analyze) -> None:
    text = ("The state government today withdrew a controversial Bill after protests. Parliament passed the Bill "
            "on Monday. Bill Clinton said he supported the Bill.")
    mentions = {a.name: [m.text for m in a.mentions] for a in analyze(text, published=PUB).actors}
    assert mentions.get("Bill Clinton") == ["Bill Clinton", "he"], mentions
    assert "Bill" not in mentions, mentions


def _actors(analyze: Analyze, text: str) -> dict[str, tuple[str | None, str | None, list[str]]]:
    return {a.name: (a.country, a.sector, [m.text for m in a.mentions]) for a in analyze(text, published=PUB).actors}


def test_a_known_companys_short_name_is_the_company(analyze: Analyze) -> None:
    actors = _actors(analyze, "Amazon.com Inc. has been fined 746 million euros by a privacy regulator. "
                              "Amazon said it would appeal. Amazon has its EU headquarters in Luxembourg.")
    [(country, sector, mentions)] = [v for n, v in actors.items() if n.startswith("Amazon")]
    assert (country, sector) == ("USA", "BUS") and mentions.count("Amazon") == 2, actors


def test_an_organisation_introduced_as_a_regulator_is_a_government_body(analyze: Analyze) -> None:
    actors = _actors(analyze, "The fine was issued by Luxembourg's privacy regulator, the CNPD, two weeks ago. "
                              "The French regulator, known as CNIL, said it would not comment.")
    assert actors["CNPD"][:2] == ("LUX", "GOV"), actors
    assert actors["CNIL"][1] == "GOV", actors


def test_a_state_council_is_its_countrys(analyze: Analyze) -> None:
    actors = _actors(analyze, "PARIS - Orange said it would appeal the decision before France's highest "
                              "administrative court, the State Council.")
    assert actors["State Council"][0] == "FRA", actors
    china = _actors(analyze, "BEIJING - China's State Council approved the plan on Monday.")
    assert [v[0] for n, v in china.items() if "State Council" in n] == ["CHN"], china


def test_a_role_of_a_body_before_the_name_takes_the_bodys_sector(analyze: Analyze) -> None:
    # "The head *of the central bank*, Ali Musa": the role word says nothing, its body does
    actors = _actors(analyze, "ABUJA - The head of the central bank, Ali Musa, resigned on Monday.")
    assert actors["Ali Musa"][:2] == ("NGA", "GOV"), actors


@pytest.mark.parametrize(("text", "etype"), [
    ("Hundreds of tenants vacated the building on Monday.", "RETREAT"),
    ("The weather agency put three provinces on alert for the typhoon.", "MOBILIZE"),
    ("Amazon delivered 5 billion parcels last year.", "AID"),
    ("The president will take aim at China in his speech on Tuesday.", "THREATEN"),
    ("The opposition said it would contest the result.", "THREATEN"),
    ("Officials spoke on Monday. A deal was signed in Riyadh on Tuesday.", "AGREE"),
])
def test_the_round12_rules_stay_out_of_ordinary_text(analyze: Analyze, text: str, etype: str) -> None:
    # reviewer's counter-examples: civilians leaving, a weather alert, trade, an idiom, no court, a venue
    events = analyze(text, published=PUB).events
    if etype == "AGREE":  # a deal signed at a venue: the venue's country is no party
        assert all(e.target is None or e.target.country != "SAU" for e in events), events
    else:
        assert etype not in [e.type for e in events], events


def test_family_words_and_companies_keep_their_own_sector(analyze: Analyze) -> None:
    actors = _actors(analyze, "MOSCOW - Wagner, a private military company, said it had withdrawn. "
                              "The son of the opposition leader, Peter Otieno, was arrested.")
    assert actors["Wagner"][1] == "MIL", actors
    assert actors["Peter Otieno"][1] != "OPP", actors


def test_the_model_is_frozen_out_of_the_garbage_collector(analyze: Analyze) -> None:
    # bench/throughput.py: pipeline 0.65x -> 0.76x of bare spaCy with the model frozen and the first
    # generation collected every 50,000 allocations
    import gc

    load_nlp()
    assert gc.get_freeze_count() > 100_000
    assert gc.get_threshold()[0] >= 50_000
