"""Round 14 (lead): a run's ``--actors`` files are in force for every step, not only the
actors step that is handed their names — the events and place layers, which ask for the
knowledge base without arguments, see the user's entries too; and a publication date must be a
real day of a plausible year; a name never runs across a line break, a handle or a symbol; the
headline votes for the story's home country; territories with their own ISO code are countries;
regional organisations have no country code (GUIDE round 14); pronouns are no aliases."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from storyline.analysis import analyze_raw
from storyline.ingest.readers import normalize_date
from storyline.knowledge.loader import knowledge_in_force, load_actor_knowledge
from storyline.models import Analysis, RawDocument
from storyline.nlp.dates import resolve_date
from storyline.nlp.pipeline import DocState, Options, Pipeline

DATELINED = "Zorvik - Police arrested 20 protesters on Tuesday."


@pytest.fixture()
def city_file(tmp_path: Path) -> Path:
    path = tmp_path / "cities.csv"
    path.write_text("name,iso3,population\nZorvik,NOR,120000\n", encoding="utf-8")
    return path


def test_the_run_files_are_in_force_inside_every_step(city_file: Path) -> None:
    seen: list[str | None] = []

    def probe(state: DocState) -> None:
        seen.append(load_actor_knowledge().country_by_city.get("zorvik"))

    pipeline = Pipeline(("clean", "events"), replace={"events": probe}, options=Options(actor_files=(str(city_file),)))
    list(pipeline.run([RawDocument(source="x", text=DATELINED)]))
    assert seen == ["NOR"]
    assert load_actor_knowledge().country_by_city.get("zorvik") is None  # and only inside the run


def test_knowledge_in_force_is_scoped_and_nests(city_file: Path) -> None:
    bundled = load_actor_knowledge()
    with knowledge_in_force([str(city_file)]) as kb:
        assert load_actor_knowledge() is kb and kb is not bundled
        with knowledge_in_force([]):
            assert load_actor_knowledge() is bundled
        assert load_actor_knowledge() is kb
    assert load_actor_knowledge() is bundled


@pytest.mark.slow
def test_a_user_city_makes_a_title_case_dateline_a_place_for_the_events(city_file: Path) -> None:
    def run(files: tuple[str, ...]) -> Analysis:
        (a,) = analyze_raw([RawDocument(source="x", text=DATELINED, published="2025-03-05")], Options(actor_files=files))
        assert isinstance(a, Analysis)
        return a

    bare = run(())
    assert bare.events[0].source is not None and "Zorvik" in bare.events[0].source.name  # unknown: read as a name
    (event,) = run((str(city_file),)).events
    assert event.type == "COERCE" and event.location == "Zorvik"
    assert event.source is not None and (event.source.name, event.source.country) == ("Police", "NOR")


@pytest.mark.parametrize(("value", "day"), [
    ("2018-12-07T09:00:00Z", "2018-12-07"),
    ("published 2024-02-29", "2024-02-29"),
    ("2019-02-30", None),  # no such day
    ("0001-01-01T00:00:00Z", None),  # a feed's zero time: no date, not year 1
    ("9999-12-31", None),
    ("yesterday", None),
    (None, None),
])
def test_a_publication_date_is_a_real_day_of_a_plausible_year(value: str | None, day: str | None) -> None:
    assert normalize_date(value) == day


def test_a_publication_date_that_is_no_date_is_dropped_and_recorded() -> None:
    (a,) = analyze_raw([RawDocument(source="x", text="Police fired tear gas at protesters on Sunday, officials said.",
                                    published="0001-01-01")])
    assert isinstance(a, Analysis)
    assert a.article.published is None and not a.skipped_steps
    assert [(r.kind, r.before) for r in a.article.repairs] == [("published", "0001-01-01")]
    assert [e.date for e in a.events] == [None]  # a relative date stays null with no publication date


def test_a_failed_step_is_one_line_and_kept_with_the_document(caplog: pytest.LogCaptureFixture) -> None:
    def boom(state: DocState) -> None:
        raise ValueError("bad input")

    pipeline = Pipeline(("clean", "events"), replace={"events": boom})
    with caplog.at_level(logging.WARNING, logger="storyline"):
        (a,) = pipeline.run([RawDocument(source="x", text="Police arrested 20 people.")])
    assert isinstance(a, Analysis) and a.skipped_steps == ("events: ValueError: bad input",)
    (record,) = caplog.records
    assert record.getMessage() == "step events failed on x: ValueError: bad input" and not record.exc_info
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="storyline"):  # storyline --debug: the traceback too
        list(pipeline.run([RawDocument(source="x", text="Police arrested 20 people.")]))
    assert caplog.records[0].exc_info


@pytest.mark.slow
@pytest.mark.parametrize(("text", "bad"), [
    ("Main Navigation\n\nRed Cross aid targets 120,000 quake survivors\n\nThe Red Cross said on Monday it would help "
     "survivors.", "\n"),
    ('Trump 🇺🇸 meets Kim 🇰🇵 in Singapore 🇸🇬! "It was great," he said.', "🇰"),
    ("Uhuru Park, Nairobi @citizentvkenya pic.twitter.com/U1stpNaimo\nPolice said the gathering was illegal.", "@"),
])
def test_a_name_never_runs_across_a_line_break_a_handle_or_a_symbol(text: str, bad: str) -> None:
    (a,) = analyze_raw([RawDocument(source="x", text=text, published="2019-03-25")])
    assert isinstance(a, Analysis)
    names = [x.name for x in a.actors] + [r.name for e in a.events for r in (e.source, e.target) if r is not None]
    assert names and not [n for n in names if bad in n or "twitter.com" in n]


def _actor_codes(text: str, title: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    (a,) = analyze_raw([RawDocument(source="x", text=text, title=title, published="2026-11-19")])
    assert isinstance(a, Analysis)
    return {x.name: (x.country, x.sector) for x in a.actors}


@pytest.mark.slow
def test_the_headline_votes_for_whose_story_it_is() -> None:
    text = ("BANGKOK (AP) — The Constitutional Court on Wednesday suspended Prime Minister Suthida Wongsakul over a "
            "leaked phone call with Cambodia's former leader Hun Sen. Hun Sen posted the recording online. "
            "Suthida apologised.")
    bare = _actor_codes(text)
    told = _actor_codes(text, title="Thai court suspends prime minister over leaked call with Cambodian leader")
    assert told["Suthida Wongsakul"][0] == "THA" and told["Hun Sen"][0] == "KHM"
    assert bare["Suthida Wongsakul"][0] == "KHM"  # a Cambodian leader named twice outweighs the dateline alone


@pytest.mark.slow
def test_territories_with_their_own_iso_code_are_countries() -> None:
    codes = _actor_codes("COPENHAGEN (Reuters) - Greenland's premier, Aaja Lynge, said her government would block "
                         "any construction permits for the radar. Protesters gathered in Nuuk on Sunday.")
    assert codes["Aaja Lynge"] == ("GRL", "GOV") and codes["Greenland"][0] == "GRL"


@pytest.mark.slow
def test_a_regional_organisation_has_no_country_code() -> None:
    codes = _actor_codes("ABUJA (Reuters) - ECOWAS lifted its sanctions on Niger on Saturday, the bloc said.")
    assert codes["Economic Community of West African States"] == (None, "IGO")  # GUIDE round 14, as gold codes it


@pytest.mark.slow
def test_pronouns_are_no_aliases() -> None:
    (a,) = analyze_raw([RawDocument(source="x", published="2026-11-19", text=(
        "The United States imposed sanctions on Iran on Monday. It said the measures would stay until Tehran "
        "changed course. \"They will not break us,\" an Iranian official said of the United States."))])
    assert isinstance(a, Analysis)
    for actor in a.actors:
        assert not {x.lower() for x in actor.aliases} & {"it", "its", "us", "we", "they", "them"}, actor


@pytest.mark.parametrize("expression", ["200000 weeks ago", "5000 years ago", "2030 years ago"])
def test_a_date_off_the_calendar_is_no_date(expression: str) -> None:
    assert resolve_date(expression, "2020-06-01") is None  # it raised OverflowError or gave year -2980


@pytest.mark.slow
def test_a_date_off_the_calendar_does_not_cost_the_document_its_events() -> None:
    (a,) = analyze_raw([RawDocument(source="x", text="The army shelled the village 200000 weeks ago, a resident said.",
                                    published="2020-06-01")])
    assert isinstance(a, Analysis) and not a.skipped_steps
    assert [(e.type, e.date) for e in a.events] == [("ASSAULT", None)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), [
    ("Donors pledged $9bn at a conference in Geneva on Monday.", "AGREE"),  # spaCy: "$" nmod of "9bn" (MONEY)
    ("Britain pledged £10m to the appeal on Monday.", "AGREE"),
    ("The military seized power in Niamey in July 2023.", "COERCE"),  # a coup (GUIDE round 14, extra-j)
])
def test_an_amount_of_money_and_a_coup_are_events(text: str, kind: str) -> None:
    (a,) = analyze_raw([RawDocument(source="x", text=text, published="2026-11-19")])
    assert isinstance(a, Analysis) and [e.type for e in a.events] == [kind]


@pytest.mark.slow
def test_seizing_an_initiative_is_no_coup() -> None:
    (a,) = analyze_raw([RawDocument(source="x", text="The party seized the initiative in the debate.", published="2026-11-19")])
    assert isinstance(a, Analysis) and not a.events
