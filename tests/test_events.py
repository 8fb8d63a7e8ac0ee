"""PLOVER events: given this text, these events (type, who, whom, when, where, modality)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from storyline.errors import KnowledgeError, StorylineError
from storyline.models import Analysis, Event
from storyline.nlp.events.knowledge import load_lexicon, parse_lexicon

pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
BLOOMBERG = "002_c63ea23ff0e24138.txt"
PUB = "2019-03-09"  # a Saturday

Analyze = Callable[..., Analysis]



def _check_offsets(a: Analysis) -> None:
    text = a.article.text
    for e in a.events:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end
        assert 0.0 < e.confidence <= 1.0


def _name(actor: Any) -> str:
    return (actor.name or "").lower() if actor is not None else ""


def events_of(analyze: Analyze, text: str, published: str | None = PUB) -> list[Event]:
    a = analyze(text, published=published)
    _check_offsets(a)
    return list(a.events)


def find(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} among {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


# text, type, trigger, source word, target word (None: no target expected to matter)
TYPES = [
    ("North Korea agreed to resume talks with the United States.", "AGREE", "agreed", "north korea", None),
    ("Trump and Kim met in Hanoi on Wednesday.", "CONSULT", "met", "trump", "kim"),
    ("Japan's prime minister praised Trump's decision to walk away.", "SUPPORT", "praised", "", "trump"),
    ("Japan apologized to South Korea for the remarks.", "CONCEDE", "apologized", "japan", "south korea"),
    ("China cooperated with Pyongyang on the project.", "COOPERATE", "cooperated", "china", ""),
    ("The United Nations sent food aid to North Korea.", "AID", "sent", "united nations", "north korea"),
    ("North Korea released three American prisoners on Thursday.", "CONCEDE", "released", "north korea", None),
    ("Moon urged Kim to return to the negotiating table.", "REQUEST", "urged", "moon", "kim"),
    ("Chun accused Secretary of State Mike Pompeo of creating an atmosphere of hostility.", "ACCUSE", "accused",
     "chun", "pompeo"),
    ("North Korea rejected the American proposal.", "REJECT", "rejected", "north korea", None),
    ("North Korea threatened to resume missile tests.", "THREATEN", "threatened", "north korea", None),
    ("Thousands of protesters rallied against the government in Seoul on Saturday.", "PROTEST", "rallied",
     "thousands", "government"),
    ("The U.S. Treasury Department imposed sanctions on two Chinese shipping companies.", "SANCTION", "imposed",
     "treasury", "companies"),
    ("North Korea deployed troops to the border.", "MOBILIZE", "deployed", "north korea", None),
    ("Police arrested 20 protesters in Seoul.", "COERCE", "arrested", "police", "protesters"),
    ("Rebels attacked a military base near the capital.", "ASSAULT", "attacked", "rebels", None),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), TYPES, ids=[t[1] for t in TYPES])
def test_each_plover_type(analyze: Analyze, text: str, type_: str, trigger: str, source: str,
                          target: str | None) -> None:
    e = find(events_of(analyze, text), type_)
    assert e.trigger.text == trigger
    assert source in _name(e.source)
    if target is not None:
        assert target in _name(e.target)
    assert not e.negated


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("The plan was criticized by South Korea.", "ACCUSE", "south korea", None),
        ("Kim Jong Un was praised by Trump.", "SUPPORT", "trump", "kim"),
        ("Trump and Kim met in Singapore.", "CONSULT", "trump", "kim"),
        ("Pompeo met with Kim Yong Chol in New York.", "CONSULT", "pompeo", "kim yong chol"),
        ("The summit between Trump and Kim ended without an agreement.", "CONSULT", "trump", "kim"),
        ("Pompeo's visit to Pyongyang lasted two days.", "CONSULT", "pompeo", "pyongyang"),
        ("Biegun held talks with North Korean officials.", "CONSULT", "biegun", "officials"),
        ("Kim refused to meet Pompeo.", "REJECT", "kim", "pompeo"),
        ("Trump walked away from his second summit with Kim Jong Un in Hanoi.", "SANCTION", "trump", "kim"),  # GUIDE settled rule 1
    ],
)
def test_passive_coordination_and_nominal_events(analyze: Analyze, text: str, type_: str, source: str,
                                                 target: str | None) -> None:
    e = find(events_of(analyze, text), type_)
    assert source in _name(e.source)
    if target is not None:
        assert target in _name(e.target)


def test_coordinated_targets_make_one_event_each(analyze: Analyze) -> None:
    events = events_of(analyze, "Choe accused Pompeo and Bolton of hostility.")
    targets = sorted(_name(e.target) for e in events if e.type == "ACCUSE")
    assert len(targets) == 2 and "pompeo" in targets[1 if "bolton" in targets[0] else 0]


@pytest.mark.parametrize(
    ("text", "type_", "negated", "hypothetical"),
    [
        ("Pompeo did not meet Kim Yong Chol.", "CONSULT", True, False),
        ("Kim Jong Un has never visited Washington.", "CONSULT", True, False),
        ("The two sides failed to reach an agreement.", "AGREE", True, False),
        ("Trump could meet Kim again next month.", "CONSULT", False, True),
        ("Pompeo will discuss the matter with Kang.", "CONSULT", False, True),
        ("Moon plans to visit Washington next month.", "CONSULT", False, True),
        ("Kim may meet Putin in Vladivostok.", "CONSULT", False, True),
        ("If Washington came with the right attitude, Pyongyang would meet with Washington.", "AGREE", False, True),  # an offer (rule 5)
        ("Pompeo met Kang on Thursday.", "CONSULT", False, False),
    ],
)
def test_negation_and_hypothetical(analyze: Analyze, text: str, type_: str, negated: bool, hypothetical: bool) -> None:
    e = find(events_of(analyze, text), type_)
    assert (e.negated, e.hypothetical) == (negated, hypothetical)


@pytest.mark.parametrize(
    "text",
    [
        "A CIA spokeswoman declined to comment.",
        "Pompeo told reporters in Manila that progress was good.",
        "Two people familiar with his thinking, who asked not to be identified discussing internal deliberations, said Pompeo is exasperated.",
        "Trump said the talks were productive.",
    ],
)
def test_plain_speech_and_sourcing_formulas_are_not_events(analyze: Analyze, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in events_of(analyze, text)] == []


@pytest.mark.parametrize(
    ("text", "type_", "reporter"),
    [
        ("Biegun spoke by phone on Friday with Lee Do-hoon, according to South Korea's Foreign Ministry.", "CONSULT",
         "South Korea's Foreign Ministry"),
        ("Officials said Kim and Trump had agreed to hold a third summit.", "AGREE", "Officials"),
        ("Recent South Korean media reports say that Andy Kim met North Korean officials.", "CONSULT",
         "South Korean media reports"),
    ],
)
def test_reported_by(analyze: Analyze, text: str, type_: str, reporter: str) -> None:
    assert find(events_of(analyze, text), type_).reported_by == reporter


@pytest.mark.parametrize(
    ("text", "type_", "date", "precision", "location", "mode"),
    [
        ("Biegun spoke by phone on Friday with Lee Do-hoon.", "CONSULT", "2019-03-08", "day", None, "phone"),
        ("North Korea abruptly withdrew its staff from the liaison office in the border city of Kaesong on Friday.",
         "RETREAT", "2019-03-08", "day", "Kaesong", "withdraw"),
        ("Moon met Trump at the White House on Thursday.", "CONSULT", "2019-03-07", "day", "the White House", None),
        ("Kim Jong Un visited Vietnam last week.", "CONSULT", "2019-02-25", "week", None, "visit"),
        ("Trump could meet Kim again next month.", "CONSULT", "2019-04", "month", None, None),
        ("Pompeo met Kang in Seoul on March 3, 2018.", "CONSULT", "2018-03-03", "day", "Seoul", None),
    ],
)
def test_date_place_and_mode(analyze: Analyze, text: str, type_: str, date: str, precision: str,
                             location: str | None, mode: str | None) -> None:
    e = find(events_of(analyze, text), type_)
    assert (e.date, e.date_precision, e.location, e.mode) == (date, precision, location, mode)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kim Jong Un said he was willing to meet President Donald Trump again.", "willing"),
        ("Trump wrote that he looked forward to meeting Kim.", "looked"),
        ("Kim said he was open to a third summit with Trump.", "open"),
    ],
)
def test_stated_intent_to_meet_is_agree(analyze: Analyze, text: str, trigger: str) -> None:
    events = events_of(analyze, text)
    assert [(e.type, e.trigger.text) for e in events] == [("AGREE", trigger)]


def test_events_only_inside_a_direct_quote_are_not_coded(analyze: Analyze) -> None:
    text = "“We shook hands and we will meet again,” Trump said. Trump met Kim in Hanoi."
    assert [e.trigger.text for e in events_of(analyze, text)] == ["met"]


def test_the_two_leaders_and_the_date_come_from_the_previous_sentence(analyze: Analyze) -> None:
    text = "Pompeo met Kang Kyung-wha on Thursday. The State Department said they pledged to maintain coordination."
    e = find(events_of(analyze, text, published="2018-12-08"), "AGREE")
    assert "pompeo" in _name(e.source) and "kang" in _name(e.target)
    assert (e.date, e.date_precision) == ("2018-12-06", "day")


def test_relative_dates_stay_null_without_publication(analyze: Analyze) -> None:
    e = find(events_of(analyze, "Pompeo met Kang on Thursday.", published=None), "CONSULT")
    assert e.date is None and e.date_precision is None


def test_dateline_is_the_fallback_place_of_the_first_paragraph(analyze: Analyze) -> None:
    text = ("Pompeo says talks will go on\n\nMANILA — Pompeo met Locsin on Friday.\n\n"
            "Pompeo met Kang on Thursday.")
    events = [e for e in events_of(analyze, text) if e.type == "CONSULT"]
    assert [e.location for e in events] == ["Manila", None]


# --- round 3: lexicon coverage and argument rules ------------------------------------------

# One wire-style sentence per added trigger family: text, type, trigger.
LEXICON = [
    ("Kim saw Xi off at the airport on Friday.", "CONSULT", "saw"),
    ("Choe led the North's delegation in Sweden last month.", "CONSULT", "led"),
    ("The two sides hammered out a deal on Tuesday.", "AGREE", "hammered out"),
    ("Seoul caved in to Washington's demands.", "CONCEDE", "caved"),
    ("The Treasury waived sanctions on the bank.", "CONCEDE", "waived"),
    ("Japan and Australia teamed up with India on maritime security.", "COOPERATE", "teamed up"),
    ("The United Nations delivered food aid to the refugees.", "AID", "delivered"),
    ("The embassy evacuated its staff from the capital.", "RETREAT", "evacuated"),
    ("Russia sought help from China.", "REQUEST", "sought"),
    ("The opposition leader lambasted the government over the deal.", "ACCUSE", "lambasted"),
    ("North Korea's Foreign Ministry weighed in on Monday, calling Bolton a war monger.", "ACCUSE", "calling"),
    ("The union turned down the offer.", "REJECT", "turned down"),
    ("Trump contradicted Bolton the next day.", "REJECT", "contradicted"),
    ("Teachers picketed the ministry on Monday.", "PROTEST", "picketed"),
    ("The European Union fined the company.", "COERCE", "fined"),  # an administrative sanction (GUIDE rule 8)
    ("Russia massed troops on the border.", "MOBILIZE", "massed"),
    ("The two armies staged joint drills near the border.", "MOBILIZE", "staged"),
    ("Police dispersed the protesters with batons.", "COERCE", "dispersed"),
    ("Gunmen ambushed a police convoy.", "ASSAULT", "ambushed"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), LEXICON, ids=[f"{t[1]}-{t[2]}" for t in LEXICON])
def test_lexicon_coverage(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    events = events_of(analyze, text)
    assert (type_, trigger) in [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        # a refusal without a complement is still one
        ("Kim wanted sanctions lifted in exchange for closing Yongbyon, and Trump had refused.", "REJECT",
         "refused", "trump", None),
        # "reward X for V-ing": X did it
        ("China has called on the council to reward Pyongyang for halting its nuclear and missile tests.",
         "RETREAT", "halting", "north korea", None),
        # "X said it had ...": the pronoun is the speaker
        ("The United States said on Thursday it had seized a North Korean cargo ship.", "COERCE", "seized",
         "united states", None),
        # the subject of a that-clause is whom a demand is about
        ("Trump had demanded that Seoul pay as much as $1.2 billion a year.", "REQUEST", "demanded", "trump",
         "south korea"),
        ("North Korea on Thursday demanded that Secretary of State Mike Pompeo be removed from the talks.",
         "REQUEST", "demanded", "north korea", "pompeo"),
        # a relative pronoun object stands for its antecedent
        ("The Justice Department seized a North Korean ship that it accused of exporting coal.", "ACCUSE",
         "accused", "justice department", "north korea"),
    ],
)
def test_argument_rules(analyze: Analyze, text: str, type_: str, trigger: str, source: str,
                        target: str | None) -> None:
    found = [e for e in events_of(analyze, text) if e.type == type_ and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events_of(analyze, text)]
    e = found[0]
    assert source in _name(e.source)
    if target is not None:
        assert target in _name(e.target)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Pompeo said the United States still hoped to resume negotiations with North Korea.", "hoped",
         "united states"),
        ("Trump still wanted a third summit with Kim.", "wanted", "trump"),
        ("Sweden stood ready to help.", "ready", "sweden"),
        ("The United States remains ready to engage North Korea in a constructive negotiation.", "ready",
         "united states"),
    ],
)
def test_stated_wishes_to_cooperate_are_agree(analyze: Analyze, text: str, trigger: str, source: str) -> None:
    events = events_of(analyze, text)
    e = find(events, "AGREE")
    assert e.trigger.text == trigger and source in _name(e.source)
    assert not [x for x in events if x.type == "CONSULT"]  # the wished-for meeting is absorbed


def test_a_wish_without_a_cooperative_event_is_none(analyze: Analyze) -> None:
    assert not events_of(analyze, "Kim hoped to win the election.")


def test_a_directed_act_without_target_aims_at_the_latest_counterpart(analyze: Analyze) -> None:
    text = ("Kim Jong Un called on Washington to take corresponding measures on Tuesday. "
            "South Korea welcomed the address.")
    e = find(events_of(analyze, text), "SUPPORT")
    assert e.target is not None and e.target.country == "PRK"


@pytest.mark.parametrize(
    ("text", "published", "type_", "trigger", "date"),
    [
        # spaCy hangs "on Thursday" on the following before-clause; it dates the talks
        ("Stephen Biegun arrived in Hanoi on Wednesday and was expected to begin talks with his North Korean "
         "counterpart, Kim Hyok Chol, on Thursday, a week before President Donald Trump and Kim Jong Un meet in "
         "the Vietnamese capital.", "2019-02-21", "CONSULT", "talks", "2019-02-21"),
        # "a day after": one day before the governing clause's date
        ("South Korea protested on Saturday, a day after North Korea withdrew its staff from the liaison office.",
         "2019-03-23", "RETREAT", "withdrew", "2019-03-22"),
    ],
)
def test_dates_across_clauses(analyze: Analyze, text: str, published: str, type_: str, trigger: str,
                              date: str) -> None:
    found = [e for e in events_of(analyze, text, published=published) if e.type == type_ and e.trigger.text == trigger]
    assert found and found[0].date == date


def test_calling_someone_is_a_phone_call_but_calling_for_is_a_request(analyze: Analyze) -> None:
    assert find(events_of(analyze, "Xi called Putin on Tuesday."), "CONSULT").mode == "phone"
    assert not [e for e in events_of(analyze, "Kim called for an end to the drills.") if e.type == "CONSULT"]


# --- the Bloomberg seed (published 2018-12-08) -------------------------------------------

@pytest.fixture(scope="module")
def bloomberg(analyze: Analyze) -> Analysis:
    path = SEEDS / BLOOMBERG
    if not path.exists():
        path = Path(__file__).resolve().parents[1] / "examples" / "seeds" / BLOOMBERG
    a = analyze(path.read_text(encoding="utf-8"), published="2018-12-08")
    _check_offsets(a)
    return a


def _by_sentence(a: Analysis, fragment: str, type_: str, trigger: str) -> Event:
    text = a.article.text
    found = [e for e in a.events if e.type == type_ and fragment in text[e.sentence.start : e.sentence.end]
             and e.trigger.text == trigger]
    assert found, f"no {type_} in the sentence with {fragment!r}"
    return found[0]


def test_seed_trump_kim_singapore(bloomberg: Analysis) -> None:
    e = _by_sentence(bloomberg, "President Donald Trump met with Kim Jong Un in Singapore in June", "CONSULT", "met")
    assert e.trigger.text == "met"
    assert "trump" in _name(e.source) and "kim jong un" in _name(e.target)
    assert (e.location, e.date, e.date_precision) == ("Singapore", "2018-06", "month")
    assert not e.negated and not e.hypothetical


def test_seed_pompeo_kang(bloomberg: Analysis) -> None:
    e = _by_sentence(bloomberg, "Pompeo met South Korea’s Foreign Minister Kang Kyung-wha on Thursday", "CONSULT", "met")
    assert (e.date, e.date_precision) == ("2018-12-06", "day")
    assert e.source is not None and "pompeo" in _name(e.source) and e.source.country == "USA"
    assert e.target is not None and _name(e.target) == "kang kyung-wha"
    assert (e.target.country, e.target.sector) == ("KOR", "GOV")


def test_seed_ignored_invitation_is_a_reject(bloomberg: Analysis) -> None:
    """Decision: a refused meeting is PLOVER REJECT (mode meet), not a negated CONSULT."""
    e = _by_sentence(bloomberg, "North Korean officials have ignored Pompeo’s invitation", "REJECT", "ignored")
    assert (e.trigger.text, e.mode, e.negated) == ("ignored", "meet", False)
    assert "officials" in _name(e.source) or (e.source is not None and e.source.country == "PRK")
    assert "pompeo" in _name(e.target)
    assert not [x for x in bloomberg.events if x.type == "CONSULT" and x.trigger.text == "meet"
                and x.sentence == e.sentence]


def test_seed_andy_kim_in_the_dmz(bloomberg: Analysis) -> None:
    e = _by_sentence(bloomberg, "Andy Kim, the Central Intelligence Agency’s top Korea officer, met last week", "CONSULT", "met")
    assert "andy kim" in _name(e.source) and "officials" in _name(e.target)
    assert (e.date, e.date_precision) == ("2018-11-26", "week")
    assert e.location == "the demilitarized zone"
    assert e.reported_by == "South Korean media reports"


def test_seed_has_no_event_for_declined_to_comment(bloomberg: Analysis) -> None:
    text = bloomberg.article.text
    assert not [e for e in bloomberg.events if "declined to comment" in text[e.sentence.start : e.sentence.end]
                and e.type == "REJECT"]


# --- the lexicon ------------------------------------------------------------------------

def test_lexicon_covers_every_plover_type() -> None:
    from storyline.models import PLOVER_TYPES

    lex = load_lexicon()
    covered = {e.type for entries in [*lex.verbs.values(), *lex.nouns.values()] for e in entries}
    assert covered == set(PLOVER_TYPES)
    assert lex.modes["CONSULT"] == ("visit", "third-party", "multilateral", "phone")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"types": {"MEET": {}}}, "not a PLOVER type"),
        ({"types": {"CONSULT": {"modes": ["visit"], "verbs": [{"lemma": "meet", "mode": "zoom"}]}}}, "mode 'zoom'"),
        ({"types": {"CONSULT": {"verbs": [{"lemma": "meet", "prep": ["with"]}]}}}, "unknown key(s) prep"),
        ({"types": {"CONSULT": {"verbs": [{"lemma": "talk", "preps": [True]}]}}}, "'preps' must be a list of words"),
        ({"types": {"CONSULT": {"verbs": ["meet"]}}}, "light_verbs: expected a list of words"),
        ("nonsense", "expected a mapping with 'types'"),
    ],
)
def test_bad_lexicon_entries_are_named(data: Any, message: str) -> None:
    with pytest.raises(KnowledgeError, match="fix"):
        parse_lexicon(data, "plover.yaml")
    try:
        parse_lexicon(data, "plover.yaml")
    except KnowledgeError as exc:
        assert message in str(exc)


def test_bad_yaml_file_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "plover.yaml"
    bad.write_text("types: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="not valid YAML"):
        load_lexicon(str(bad))


def test_packaged_lexicon_round_trips_through_yaml() -> None:
    from importlib import resources

    text = resources.files("storyline.knowledge").joinpath("plover.yaml").read_text(encoding="utf-8")
    lex = parse_lexicon(yaml.safe_load(text))
    assert "meet" in lex.verbs and "summit" in lex.nouns


# --- evaluation -------------------------------------------------------------------------

def test_evaluate_matches_by_sentence_and_type(analyze: Analyze) -> None:
    from storyline.evaluation.events import evaluate, format_table

    a = analyze("Pompeo met Kang Kyung-wha on Thursday. Kim refused to meet Pompeo.", published="2018-12-08")
    gold = [
        {"doc": "d", "sentence": "pompeo met kang", "trigger": "met", "type": "CONSULT",
         "source": {"name": "Mike Pompeo", "country": "USA", "sector": "GOV"},
         "target": {"name": "Kang Kyung-wha", "country": "KOR", "sector": "GOV"}, "date": "2018-12-06",
         "negated": False},
        {"doc": "d", "sentence": "Kim refused", "trigger": "refused", "type": "ACCUSE", "source": None,
         "target": None, "date": None, "negated": False},
    ]
    scores = evaluate(gold, {"d": a})
    assert scores["matched"] == 1
    assert scores["per_type"]["CONSULT"]["f1"] == 1.0
    assert scores["per_type"]["ACCUSE"]["recall"] == 0.0 and scores["per_type"]["REJECT"]["precision"] == 0.0
    assert scores["date_accuracy"] == 1.0 and scores["negation_accuracy"] == 1.0
    assert scores["country"]["f1"] == 1.0
    assert "CONSULT" in format_table(scores)


def _event_scores(split: str) -> dict:  # type: ignore[type-arg]
    from storyline.evaluation.corpus import repo_root
    from storyline.evaluation.events import run

    try:
        repo_root()
    except StorylineError:  # an installed package without the checkout
        pytest.skip("no eval/gold in this checkout")
    return run(split)


def test_gold_scores_stay_above_pinned_minimums() -> None:
    """Dev split (story + extra), pins rounded down from what is measured. Round 10 (82 docs, 1628
    events, with the extra-f and extra-g batches written blind this round; on them the round-start
    code scored macro 0.607 / 0.643, micro 0.659 / 0.703): macro 0.751, micro 0.795, country 0.827,
    date 0.885 / 0.900, negation 0.998. On round 9's 66 docs the same code scores macro 0.784, micro 0.822.
    Round 11 on those 82 docs: macro 0.755, micro 0.797, country 0.844, date 0.926 / 0.917. With extra-h
    (8 docs written blind this round; on them the round-start code scored macro 0.600, micro 0.690,
    the final code 0.598 / 0.688), 90 docs and 1812 events: macro 0.740, micro 0.787, country 0.839,
    date 0.914 / 0.909, negation 0.999. Round 12 (pairs by arguments, extra-i added: 8 docs written
    blind, round-start code macro 0.609 / micro 0.658, final 0.634 / 0.682), 98 docs and 1982 events:
    macro 0.736, micro 0.781, country 0.843, date 0.914 / 0.915. Round 13 on those 98 docs (rare-type
    lexicon, argument context, actor home countries, dates): round start macro 0.735, micro 0.780,
    country 0.844, date 0.914 / 0.915; final 0.773 / 0.798 / 0.866 / 0.923 / 0.921. Round 14 added
    extra-j (8 docs written blind this round; round-start code macro 0.638, country 0.780, date 0.824,
    final 0.650 / 0.870 / 0.829), 106 docs and 2183 events: macro 0.769, micro 0.792, country 0.868,
    date 0.920 / 0.919 (the type and date pins go down only because extra-j joined the split)."""
    scores = _event_scores("dev")
    assert not scores["failed_steps"], scores["failed_steps"]  # a step that raised loses a layer
    assert scores["gold_events"] >= 2150
    assert scores["type_macro_f1"] >= 0.765
    assert scores["type_micro"]["f1"] >= 0.79
    assert scores["country"]["f1"] >= 0.865
    assert scores["date_accuracy"] >= 0.915
    assert scores["date_agreement"] >= 0.915
    assert scores["negation_accuracy"] >= 0.95


def test_heldout_scores_stay_above_pinned_minimums() -> None:
    """Held-out split (34 docs nobody tunes on, 846 events). On round 9's 26 docs the code at the
    start of round 8 scored macro 0.581, micro 0.658, country 0.765, date 0.844 / 0.875; round 9:
    macro 0.616, micro 0.683, country 0.786, date 0.888 / 0.885; round 10: macro 0.654, micro 0.697,
    country 0.784, date 0.892 / 0.883. Round 10 added heldout-4 (8 docs written blind this round; on
    it the round-start code scored macro 0.587, micro 0.626 and the final code 0.592 / 0.631).
    All 34: macro 0.629, micro 0.681, country 0.794, date 0.867 / 0.871. Round 11 on those 34: macro
    0.629, micro 0.681, country 0.808, date 0.876 / 0.875. With heldout-5 (8 docs written blind this
    round; round-start code macro 0.699, micro 0.744, final 0.702 / 0.749), 42 docs and 1036 events:
    macro 0.645, micro 0.694, country 0.817, date 0.869 / 0.878. Round 12 on those 42 (scorer pairing
    by arguments, both): round start macro 0.645, country 0.821, date 0.869; final 0.646 / 0.819 /
    0.865; with heldout-6 (8 docs written blind this
    round; round-start code macro 0.592, micro 0.690, date 0.836, final 0.605 / 0.700 / 0.836), 50 docs
    and 1221 events: macro 0.642, micro 0.695, country 0.828, date 0.861 / 0.868 (the pins on date
    go down only because heldout-6 joined the split). Round 13 on those 50: round start macro 0.642,
    micro 0.696, country 0.828, date 0.861 / 0.867; final 0.659 / 0.702 / 0.840 / 0.866 / 0.869; with
    heldout-7 (8 docs written blind this round; round-start code macro 0.676, country 0.776, date
    0.848, final 0.689 / 0.805 / 0.855), 58 docs and 1419 events: macro 0.666, micro 0.700, country
    0.835, date 0.864 / 0.872 (0.837 / 0.864 / 0.870 after the region-adjective fix). Round 14 added
    heldout-8 and heldout-9 (10 docs written blind this round; round-start code macro 0.678, country
    0.842, date 0.795, final 0.679 / 0.882 / 0.798), 68 docs and 1653 events: macro 0.670, micro
    0.706, country 0.845, date 0.856 / 0.867 (the date pins go down only because the batches joined)."""
    scores = _event_scores("heldout")
    assert not scores["failed_steps"], sorted(scores["failed_steps"])  # document keys only
    assert scores["gold_events"] >= 1600
    assert scores["type_macro_f1"] >= 0.665
    assert scores["type_micro"]["f1"] >= 0.70
    assert scores["country"]["f1"] >= 0.84
    assert scores["date_accuracy"] >= 0.85
    assert scores["date_agreement"] >= 0.86


# Round-2 rules: each row is a real corpus sentence shape; type, trigger, source, target words.
RULES = [
    # a thing does not dismiss: spaCy joins the speaker's act to the reported clause
    ("Chinese Foreign Ministry spokesman Geng Shuang told a regular briefing that the visit had been "
     "\"a complete success\" and dismissed suggestions that Xi would use North Korea as a bargaining chip.",
     "REJECT", "dismissed", "geng shuang", ""),
    # signing / initialling an agreement is AGREE (guide), not SUPPORT
    ("South Korea and the United States signed a one-year agreement on Sunday.", "AGREE", "signed",
     "south korea", "united states"),
    # a date after "on" is not the "fire on X" of an attack: firing projectiles is a weapons test
    ("North Korea fired a barrage of short-range projectiles into the sea on Saturday.", "MOBILIZE", "fired",
     "north korea", ""),
    # an unresolved possessive pronoun gives way to the light verb's subject
    ("Russian President Vladimir Putin and North Korean leader Kim Jong Un held their first summit on Thursday.",
     "CONSULT", "summit", "putin", "kim"),
    # the subject of the clause a "conference with X" phrase hangs from took part in it
    ("At a joint news conference with Prime Minister Shinzo Abe in Tokyo on Monday, Trump said he was not bothered.",
     "CONSULT", "conference", "trump", "abe"),
    # supervising / guiding a test is carrying it out; the passive's agent is the source
    ("The weapons test was supervised by Kim Jong Un on Wednesday.", "MOBILIZE", "test", "kim", ""),
    ("Chinese President Xi Jinping offered his backing for a second summit.", "SUPPORT", "backing", "xi", ""),
    # a cooperative act announced with will/would is an offer; a refused concession a REJECT
    ("Kang told Biegun that Seoul would support the talks in any way it could.", "AGREE", "support", "south korea", ""),
    ("The official said the White House would not ease sanctions before North Korea took concrete steps.",
     "REJECT", "ease", "white house", ""),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), RULES)
def test_round_two_rules(analyze: Analyze, text: str, type_: str, trigger: str, source: str, target: str) -> None:
    e = find(events_of(analyze, text, published="2019-02-28"), type_)
    assert e.trigger.text.lower().startswith(trigger)
    assert source in _name(e.source)
    assert target in _name(e.target)
    assert not e.negated


@pytest.mark.parametrize(("text", "absent"), [
    ("Putin said he would share the details of the talks with Washington.", "talks"),  # a reference
    ("Kim, who has rarely flown abroad, could travel to Vietnam by train.", "travel"),  # undated possibility
    ("Some analysts warned that the deadline raised the risk of new weapons tests.", "warned"),  # commentary
    ("He said the United States did not expect North Korea to denuclearize soon.", "denuclearize"),  # a goal
])
def test_round_two_non_events(analyze: Analyze, text: str, absent: str) -> None:
    assert absent not in [e.trigger.text.lower() for e in events_of(analyze, text)]


def test_past_nominal_event_is_not_future(analyze: Analyze) -> None:
    # published on a Thursday: the summit that "ended on Thursday" ended that day, not next week
    text = "President Donald Trump's second summit with Kim Jong Un ended abruptly on Thursday without an agreement."
    e = find(events_of(analyze, text, published="2019-02-28"), "CONSULT")
    assert (e.date, e.hypothetical) == ("2019-02-28", False)


@pytest.mark.parametrize(("text", "role", "country"), [
    ("U.S. trade negotiators wrapped up three days of talks with Chinese officials in Beijing.", "target", "CHN"),
    ("Secretary of State Mike Pompeo made a visit to Pyongyang in October.", "target", "PRK"),
])
def test_uncovered_arguments_get_codes_from_knowledge(analyze: Analyze, text: str, role: str, country: str) -> None:
    e = find(events_of(analyze, text), "CONSULT")
    assert getattr(e, role) is not None and getattr(e, role).country == country


# Round four: GUIDE rule 10 (dates) on real sentences.
@pytest.mark.parametrize(
    ("text", "published", "type_", "trigger", "date"),
    [
        # "a week before X": the Monday of the week meant, counted from the governing clause's date
        ("Stephen Biegun arrived in Hanoi on Wednesday and was expected to begin talks with his North Korean "
         "counterpart, Kim Hyok Chol, on Thursday, a week before President Donald Trump and Kim Jong Un meet in "
         "the Vietnamese capital.", "2019-02-21", "CONSULT", "meet", "2019-02-25"),
        # the sentence's occasion comes from the previous sentence; "a week after" shifts it
        ("North Korea fired several projectiles on Saturday. The launch came a week after Kim held his first "
         "summit with Russian President Vladimir Putin in Vladivostok.", "2019-05-05", "CONSULT", "summit",
         "2019-04-22"),
        # the previous sentence's date passes to the same participants ...
        ("Trump spoke by phone with Moon Jae-in on Tuesday. Moon told Trump that Seoul was ready to take on any "
         "role.", "2019-02-21", "AGREE", "ready", "2019-02-19"),
        # ... over a quotation in between
        ("Pompeo met Kang on Thursday. “It was a good meeting,” he said. Pompeo also praised Kang.",
         "2018-12-08", "SUPPORT", "praised", "2018-12-06"),
        # "a week before Xi is due to meet Trump": the marked clause governs through "due to"
        ("Xi Jinping left Pyongyang on Friday. The visit came a week before Xi is due to meet President Donald "
         "Trump at the Group of 20 summit in Osaka.", "2019-06-21", "CONSULT", "meet", "2019-06-24"),
        # a holiday is a date
        ("In a televised New Year's Day address, Kim called on Washington to take corresponding measures.",
         "2019-01-02", "REQUEST", "called", "2019-01-01"),
    ],
)
def test_rule_ten_dates(analyze: Analyze, text: str, published: str, type_: str, trigger: str, date: str) -> None:
    found = [e for e in events_of(analyze, text, published=published) if e.type == type_ and e.trigger.text == trigger]
    assert found and found[0].date == date, [(e.type, e.trigger.text, e.date) for e in events_of(analyze, text, published)]


@pytest.mark.parametrize(
    ("text", "published", "type_", "trigger"),
    [
        # the announcement's date is not the planned summit's
        ("President Donald Trump announced on Friday that his second summit with North Korean leader Kim Jong Un "
         "will be held in Hanoi.", "2019-02-09", "CONSULT", "summit"),
        # "after talks": the governing date is when he returned, not when the talks were
        ("The envoy, Stephen Biegun, returned to Seoul on Friday after talks in Pyongyang with Kim Hyok Chol.",
         "2019-02-09", "CONSULT", "talks"),
        # someone else, in the next sentence: a new occasion
        ("Pompeo met Kang on Thursday. Senator Cory Gardner praised Trump for refusing a bad deal.",
         "2018-12-08", "SUPPORT", "praised"),
        # present perfect: background, not the occasion
        ("Lu Kang spoke to reporters on Thursday. China has for months called on the council to reward Pyongyang.",
         "2019-01-10", "REQUEST", "called"),
    ],
)
def test_rule_ten_no_date(analyze: Analyze, text: str, published: str, type_: str, trigger: str) -> None:
    found = [e for e in events_of(analyze, text, published=published) if e.type == type_ and e.trigger.text == trigger]
    assert found and found[0].date is None, [(e.type, e.trigger.text, e.date) for e in found]


# Round four: GUIDE settled rules 1, 4, 5, 6, 8 on real sentences.
ROUND_FOUR = [
    # rule 4/5: nominal events with identifiable participants
    ("The former general has been under U.S. sanctions since 2010.", "SANCTION", "sanctions", "united states", ""),
    ("Choe met Lavrov during her recent trip to Moscow.", "CONSULT", "trip", "", "moscow"),
    ("Joel Wit, who was involved in North Korea talks from 1993 to 1995, said the talks had failed.", "CONSULT",
     "talks", "joel wit", "north korea"),
    # rule 5: a clause that predicates the meeting
    ("Pompeo met Kim Yong Chol on Friday. Progress has been good and substantive talks continue.", "CONSULT",
     "talks", "pompeo", "kim yong chol"),
    # rule 1: walking away is SANCTION, considering suspending talks is THREATEN
    ("Pompeo said a day after President Donald Trump walked away from his second summit with Kim Jong Un that "
     "talks would go on.", "SANCTION", "walked away", "trump", "kim"),
    ("North Korea is considering suspending the nuclear negotiations with the United States.", "THREATEN",
     "suspending", "north korea", "united states"),
    # rule 6: considering a cooperative act is AGREE
    ("South Korea is considering sending food aid to North Korea.", "AGREE", "sending", "south korea",
     "north korea"),
    # rule 8: a diplomatic protest against something is ACCUSE
    ("Japan protested the launch through its embassy in Beijing.", "ACCUSE", "protested", "japan", ""),
    # rule 1: a stated refusal to meet is REJECT
    ("North Korean officials said they would not meet Stephen Biegun until Washington offered sanctions relief.",
     "REJECT", "meet", "", "biegun"),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), ROUND_FOUR)
def test_round_four_rules(analyze: Analyze, text: str, type_: str, trigger: str, source: str, target: str) -> None:
    found = [e for e in events_of(analyze, text, published="2019-03-15")
             if e.type == type_ and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events_of(analyze, text, published="2019-03-15")]
    assert source in _name(found[0].source) and target in _name(found[0].target)


def test_cancelled_meeting_is_a_negated_consult(analyze: Analyze) -> None:
    events = events_of(analyze, "Trump met Kim on Thursday. A planned working lunch was cancelled.",
                       published="2019-02-28")
    lunch = [e for e in events if e.trigger.text == "lunch"]
    assert lunch and lunch[0].type == "CONSULT" and lunch[0].negated
    assert not [e for e in events if e.type == "SANCTION"]


@pytest.mark.parametrize(("text", "absent"), [
    # rule 5: a bare definite reference is no new event
    ("Trump said the meeting with Kim had been productive.", "meeting"),
    # a protest without an object is a demonstration, not an accusation
    ("About 200 activists protested outside the U.S. Embassy on Sunday.", "ACCUSE"),
])
def test_round_four_non_events(analyze: Analyze, text: str, absent: str) -> None:
    events = events_of(analyze, text)
    assert not [e for e in events if absent in (e.trigger.text, e.type)]


# Speech that is an accusation (GUIDE: Bolton, seed 002) and wishes that others act.
@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        ('Abe, standing beside him, said the launches were "extremely regrettable".', "ACCUSE", "regrettable",
         "abe", ""),
        ('Bolton told a radio interviewer that Choe was "inaccurate" about the Hanoi meeting.', "ACCUSE",
         "inaccurate", "bolton", "choe"),
        ('Na Kyung-won said the withdrawal proved that Pyongyang "has never been sincere" about reconciliation.',
         "ACCUSE", "sincere", "na kyung-won", "north korea"),
        ("The president said North Korea had wanted the sanctions lifted.", "REQUEST", "wanted", "north korea", ""),
        ("About 200 activists protested outside the U.S. Embassy on Sunday.", "PROTEST", "protested", "activists",
         "embassy"),
        ('Beijing said the Philippine ships had "illegally intruded" into its waters.', "ACCUSE", "intruded",
         "china", ""),
        ("Moscow said the sanctions were blackmail and Western propaganda.", "ACCUSE", "blackmail", "russia", ""),
    ],
)
def test_accusing_speech_and_wishes_of_others(analyze: Analyze, text: str, type_: str, trigger: str, source: str,
                                              target: str) -> None:
    found = [e for e in events_of(analyze, text) if e.type == type_ and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events_of(analyze, text)]
    assert source in _name(found[0].source) and target in _name(found[0].target)


@pytest.mark.parametrize("text", [
    "Trump said the launches did not violate the moratorium Kim had declared.",  # negated: no accusation
    "Pakistan said Indian forces had shelled villages without provocation.",  # "without": no accusation word
    "The timing of the launches was regrettable for Seoul.",  # the writer's voice: no speaker
    "Trump still wanted a third summit with Kim.",  # his own wish to meet: AGREE
])
def test_no_accusation_or_request(analyze: Analyze, text: str) -> None:
    assert not [e for e in events_of(analyze, text) if e.type in ("ACCUSE", "REQUEST")]


# References, commentary and views are no events; offers on a condition are AGREE.
@pytest.mark.parametrize("text", [
    "It was the first publicly announced test since the Hanoi summit in February.",  # time anchor
    "It was the first time the two had met since Biegun took the job in August.",  # rule 5
    "It was Kim's fourth trip to China in less than a year.",  # a description, not a report
    "Analysts said the North was trying to split the administration by praising Trump.",  # commentary
    "Xi told Kim that China hoped North Korea and the United States would meet each other halfway.",  # a view
])
def test_references_commentary_and_views_are_no_events(analyze: Analyze, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in events_of(analyze, text)] == []


def test_conditional_offer_to_meet_is_agree(analyze: Analyze) -> None:
    text = "Trump wrote that if Kim saw the message, he would meet him at the border."
    assert [e.type for e in events_of(analyze, text) if e.trigger.text == "meet"] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source"),
    [
        # a reduced passive with its agent
        ("Japan wants the return of Japanese citizens abducted by North Korea decades ago.", "ASSAULT", "abducted",
         "north korea"),
        # a nominal event whose light verb modifies it
        ("Seoul said the joint military drills held by the allies in recent weeks had been scaled down.", "MOBILIZE",
         "drills", "allies"),
        ("Trump said the launches did not break the moratorium that Kim had declared.", "RETREAT", "moratorium",
         "kim"),
    ],
)
def test_modifying_clauses(analyze: Analyze, text: str, type_: str, trigger: str, source: str) -> None:
    found = [e for e in events_of(analyze, text) if e.type == type_ and e.trigger.text == trigger]
    assert found and source in _name(found[0].source), [(e.type, e.trigger.text) for e in events_of(analyze, text)]


@pytest.mark.parametrize("text", [
    "The Treasury imposed sanctions on two Chinese shipping companies accused of helping Pyongyang.",  # no accuser
    "His sister was seen checking the platform minutes before he stepped down.",  # off the train, not resigning
    "That has forced the secretary to scale back his expectations.",  # not drills
    "Pompeo has staked his future on efforts to dismantle the isolated country's nuclear program.",  # wished
])
def test_modifying_clause_non_events(analyze: Analyze, text: str) -> None:
    assert not [e for e in events_of(analyze, text) if e.type in ("ACCUSE", "RETREAT")]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        # a fronted "On the flight home" is no "call on"
        ("On the flight home, Trump called Moon from Air Force One.", "CONSULT", "called", "trump", "moon"),
        # raising passives lend their subject
        ("Choe Son Hui was not expected to join the talks in Hanoi.", "CONSULT", "join", "choe", ""),
        ("The Treasury Department had to grant a waiver for his stay.", "CONCEDE", "grant", "treasury", ""),
    ],
)
def test_round_four_arguments(analyze: Analyze, text: str, type_: str, trigger: str, source: str,
                              target: str) -> None:
    found = [e for e in events_of(analyze, text) if e.type == type_ and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events_of(analyze, text)]
    assert source in _name(found[0].source) and target in _name(found[0].target)


@pytest.mark.parametrize(
    ("text", "published", "type_", "trigger", "date"),
    [
        # a when-clause on a date is that date
        ("The scene was a far cry from 2017, when Trump mocked Kim as Rocket Man.", "2019-06-30", "ACCUSE",
         "mocked", "2017"),
        # "the next day" counts from the main clause of the previous sentence, not a date inside it
        ("John Bolton told reporters in Tokyo on Saturday that the missiles fired earlier this month were a "
         "problem. Trump contradicted him the next day.", "2019-05-31", "REJECT", "contradicted", "2019-05-26"),
    ],
)
def test_rule_ten_more_dates(analyze: Analyze, text: str, published: str, type_: str, trigger: str,
                             date: str) -> None:
    found = [e for e in events_of(analyze, text, published=published) if e.type == type_ and e.trigger.text == trigger]
    assert found and found[0].date == date, [(e.type, e.trigger.text, e.date) for e in events_of(analyze, text, published)]


def test_background_relative_clause_takes_no_date(analyze: Analyze) -> None:
    text = ("Trump arrived in Seoul on Saturday. South Korean President Moon Jae-in, who had hosted Trump in Seoul, "
            "accompanied him to the DMZ.")
    hosted = [e for e in events_of(analyze, text, published="2019-06-30") if e.trigger.text == "hosted"]
    assert hosted and hosted[0].date is None


def test_a_date_inside_a_complement_does_not_block_the_occasion(analyze: Analyze) -> None:
    text = ("Choe Son Hui spoke to reporters in Pyongyang on Friday. The vice minister accused Secretary of State "
            "Mike Pompeo of creating an atmosphere of hostility at the summit in Hanoi last month.")
    found = [e for e in events_of(analyze, text, published="2019-03-15") if e.trigger.text == "accused"]
    assert found and found[0].date == "2019-03-15"


def test_one_sided_acts_of_the_allies_are_one_event_each(analyze: Analyze) -> None:
    text = ("South Korea and the United States held talks on Monday. The joint military drills held by the allies "
            "in recent weeks had been scaled down.")
    drills = [e for e in events_of(analyze, text, published="2019-05-10") if e.type == "MOBILIZE"]
    assert sorted(_name(e.source) for e in drills) == ["south korea", "united states"]


def test_stopping_tests_is_retreat(analyze: Analyze) -> None:
    text = "Kim said North Korea had already stopped making, testing, using and spreading nuclear weapons."
    assert [e.type for e in events_of(analyze, text) if e.trigger.text == "stopped"] == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "Dana Whitfield, the author of “Talking to Pyongyang,” said little.",  # a title
    "Nearby stands the Hoa Lo prison, which American prisoners of war sarcastically called the Hanoi Hilton.",
])
def test_titles_and_names_are_no_consult(analyze: Analyze, text: str) -> None:
    assert not [e for e in events_of(analyze, text) if e.type == "CONSULT"]


def test_a_group_takes_the_country_of_where_it_sits(analyze: Analyze) -> None:
    events = events_of(analyze, "Opposition lawmakers in Seoul criticized the Moon government.")
    accuse = find(events, "ACCUSE")
    assert accuse.source is not None and accuse.source.country == "KOR"


def test_a_dateline_is_not_the_subject(analyze: Analyze) -> None:
    text = ("PANMUNJOM, Korea — President Donald Trump on Sunday became the first sitting American president to "
            "set foot in North Korea, stepping across the line to shake hands with Kim Jong Un.")
    shake = [e for e in events_of(analyze, text, published="2019-06-30") if e.trigger.text == "shake"]
    assert shake and "trump" in _name(shake[0].source)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kim told the assembly that President Moon Jae-in should stop acting as an officious mediator.", "moon"),
        ("Moon told the envoy, Stephen Biegun, that Washington must offer corresponding measures.", "united states"),
    ],
)
def test_telling_someone_what_should_be_done_is_a_request(analyze: Analyze, text: str, target: str) -> None:
    requests = [e for e in events_of(analyze, text) if e.type == "REQUEST"]
    assert requests and target in _name(requests[0].target)


def test_saying_what_should_be_is_no_request(analyze: Analyze) -> None:
    text = "He said any future dialogue should be handled by someone more careful."
    assert not [e for e in events_of(analyze, text) if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "It was the first time senior officials had met in person since the Hanoi summit collapsed in February.",
    "Japan's Defense Ministry said no projectiles had landed in its exclusive economic zone.",
    "The scene was far from the collapse of the Hanoi summit in February.",
])
def test_venue_references_and_objects_that_land_are_no_consult(analyze: Analyze, text: str) -> None:
    assert not [e for e in events_of(analyze, text) if e.type == "CONSULT"]


# Round 5: well-known officials of 2017-2020 carry their country from actors.yaml.
KNOWN_ACTORS = [
    ("Chang Won-sam, South Korea’s chief negotiator, and Timothy Betts, his American counterpart, "
     "initialled the deal at the Foreign Ministry in Seoul.", "AGREE", "chang won-sam", "KOR"),
    ("Defense Minister Jeong Kyeong-doo convened an emergency meeting with commanders on Saturday.",
     "CONSULT", "jeong kyeong-doo", "KOR"),
    ("Trump will meet Prime Minister Nguyen Xuan Phuc on Wednesday.", "CONSULT", "nguyen xuan phuc", "VNM"),
]


@pytest.mark.parametrize("text,type_,who,country", KNOWN_ACTORS)
def test_known_actors_carry_their_country(analyze: Analyze, text: str, type_: str, who: str, country: str) -> None:
    evs = [e for e in events_of(analyze, text, "2019-02-27") if e.type == type_]
    sides = [s for e in evs for s in (e.source, e.target) if s is not None and _name(s) == who]
    assert sides, [(e.type, e.source, e.target) for e in evs]
    assert all(s.country == country for s in sides)


# Round 5: a group the sentence places nowhere belongs to the country the story is told
# from (dateline, else the capital named most); a story told from two capitals has none.
HOME_GROUPS = [
    ("SEOUL (Reuters) - South Korea and the United States signed a deal on Sunday.\n\n"
     "Opposition lawmakers accused the government of caving in to pressure from Washington.",
     "ACCUSE", "KOR", "KOR"),
    ("Riot police in Tbilisi fired water cannon on Thursday. The rally in Tbilisi was the largest this year.\n\n"
     "The government accused the opposition of planning a coup.", "ACCUSE", "GEO", None),
    ("Officials in Seoul and Washington spoke on Friday.\n\n"
     "Opposition lawmakers accused the government of caving in to pressure.", "ACCUSE", None, None),
]


@pytest.mark.parametrize("text,type_,src_country,tgt_country", HOME_GROUPS)
def test_unplaced_groups_take_the_home_country(analyze: Analyze, text: str, type_: str, src_country: str | None,
                                               tgt_country: str | None) -> None:
    ev = find(events_of(analyze, text, "2019-02-10"), type_)
    assert ev.source is not None and ev.source.country == src_country
    if tgt_country is not None:
        assert ev.target is not None and ev.target.country == tgt_country


# Round 5: an agentless passive SANCTION or RETREAT names no side; it takes the sides of
# the latest event that has both (as "talks continue" does).
PASSIVE_SIDES = [
    ("Pompeo met Kim Yong Chol in New York on Thursday. He said the remarks would not change the position "
     "of the administration on sanctions, which will be maintained until the North gives up its nuclear weapons.",
     "SANCTION", "maintained", "mike pompeo"),
    ("Trump met Kim Jong Un in Singapore in June. After the summit, the joint drills were scaled down.",
     "RETREAT", "scaled down", "donald trump"),
]


@pytest.mark.parametrize("text,type_,trigger,source", PASSIVE_SIDES)
def test_agentless_passive_takes_sides_from_context(analyze: Analyze, text: str, type_: str, trigger: str,
                                                    source: str) -> None:
    ev = find(events_of(analyze, text), type_)
    assert ev.trigger.text == trigger
    assert _name(ev.source) == source


def test_agentless_passive_without_context_is_no_event(analyze: Analyze) -> None:
    evs = events_of(analyze, "Those drills had been scaled down.")
    assert not [e for e in evs if e.type == "RETREAT"]


def test_trigger_compound_takes_its_heads_modifiers(analyze: Analyze) -> None:
    """"the 11 United Nations sanctions resolutions": a trigger that modifies another noun
    shares that noun's modifiers, so the UN is the sanctioning side."""
    text = ("North Korea asked for the lifting of five of the 11 United Nations sanctions resolutions "
            "adopted since 2016.")
    ev = find(events_of(analyze, text), "SANCTION")
    assert ev.trigger.text == "sanctions"
    assert ev.source is not None and ev.source.country == "UNO"


@pytest.mark.parametrize("text,expected", [
    ("According to two officials familiar with the planning, the U.S. Secret Service and North Korean security "
     "officials worked through the night on Saturday to agree on the choreography.", True),
    ("Trump worked through the night on Saturday on his speech.", False),
])
def test_joint_work_is_cooperation(analyze: Analyze, text: str, expected: bool) -> None:
    """"X and Y worked through the night": two sides working as one subject cooperate; one
    side working alone does not."""
    evs = [e for e in events_of(analyze, text, "2019-06-30") if e.type == "COOPERATE"]
    assert bool(evs) == expected
    if expected:
        assert evs[0].trigger.text == "worked"
        assert _name(evs[0].source) == "secret service" and evs[0].target is not None
        assert evs[0].target.country == "PRK"


# Round six: courts, policing, protest, trade and regulators — general news beyond diplomacy.
# text, type, trigger, source word, target word ("" = any)
GENERAL_NEWS = [
    # court orders are COERCE (GUIDE), whatever the court stops
    ("The High Court in Nairobi on Monday suspended the government's rollout of a new digital identity card.",
     "COERCE", "suspended", "high court", "government"),
    ("The judge ordered the ministry to stop issuing the cards.", "COERCE", "ordered", "judge", "ministry"),
    ("A federal judge blocked the government's plan to deport the migrants.", "COERCE", "blocked", "judge",
     "government"),
    # suspending or banning a person is COERCE (GUIDE rule 8)
    ("On Thursday, the sport's ethics commission suspended him for 90 days.", "COERCE", "suspended",
     "commission", ""),
    ("The federation banned the athlete for four years for doping.", "COERCE", "banned", "federation", "athlete"),
    # people who undergo an act are its target
    ("A court in Moscow sentenced the activist to five years in prison.", "COERCE", "sentenced", "court",
     "activist"),
    ("Police detained three journalists outside the parliament.", "COERCE", "detained", "police",
     "journalists"),
    ("He said several organisers would be charged with inciting violence.", "COERCE", "charged", "", "organisers"),
    ("The government imposed a curfew in the capital.", "COERCE", "imposed", "government", ""),
    # appealing a ruling rejects it
    ("The attorney general said he would appeal.", "REJECT", "appeal", "", ""),
    ("The club appealed against the ruling on Friday.", "REJECT", "appealed", "club", ""),
    # a concession refused with will/would is a REJECT (GUIDE rule 2)
    ("He said Indonesia would not reverse the policy.", "REJECT", "reverse", "indonesia", ""),
    ('The speaker said the government would not withdraw the bill "under pressure from the street."', "REJECT",
     "withdraw", "government", ""),
    ("The Commission blocked the takeover of the Spanish firm.", "REJECT", "blocked", "commission", ""),
    # hostile acts announced on a condition, or considered, are threats (GUIDE rule 6)
    ("The president said she would veto the law if parliament passed it in its final reading.", "THREATEN",
     "veto", "she", ""),
    ("The union would consider strike action if the companies refused to negotiate.", "THREATEN", "action",
     "union", ""),
    ("She added that the EU was also considering a separate investigation into Indonesian steel imports.",
     "THREATEN", "investigation", "european union", ""),
    # calling a strike is the protest
    ("Opposition parties called for a general strike on Friday.", "PROTEST", "called", "opposition parties", ""),
    # official complaints and criticism drawn from someone
    ("The Foreign Ministry summoned the Japanese ambassador on Tuesday.", "ACCUSE", "summoned", "ministry",
     "japanese"),
    ("The decision drew criticism from the finance ministry.", "ACCUSE", "criticism", "ministry", "decision"),
    ('The judge said the ministry had acted in "clear disregard" of the law.', "ACCUSE", "disregard", "judge",
     "ministry"),
    ('In a televised address she called the police response "disproportionate".', "ACCUSE", "disproportionate",
     "she", "police"),
    # companies that merge agree to
    ("Lijnvracht and Nordbahn Cargo announced that they would merge.", "AGREE", "merge", "", ""),
    # "X said it would ...": a singular organisation noun is what "it" stands for
    ("The Attorney General's office said it would appeal.", "REJECT", "appeal", "office", ""),
    # a subject shared by a passive and an active verb: "it had been ... and demanded"
    ('The union said that it had been "kept in the dark" and demanded guarantees on jobs.', "REQUEST",
     "demanded", "union", ""),
    # a warning aimed at someone, or on a condition, is a threat
    ("China warned Washington against interfering in its internal affairs.", "THREATEN", "warned", "china",
     "united states"),
    ("The Treasury warned that shipping firms would face significant consequences if they continued.",
     "THREATEN", "warned", "treasury", ""),
    # going to a meeting is taking part in it
    ("De Vries said he would go to the union meeting on Thursday.", "CONSULT", "meeting", "he", ""),
    # the doer of an infinitive on a noun of time is the one who has it
    ("Under WTO rules, the EU and Indonesia now have 60 days to hold consultations.", "CONSULT",
     "consultations", "eu", ""),
]


def assert_coded(analyze: Analyze, text: str, type_: str, trigger: str, source: str, target: str) -> None:
    """An event of ``type_`` whose trigger starts with ``trigger``, its sides naming ``source`` and ``target``."""
    found = [e for e in events_of(analyze, text) if e.type == type_ and e.trigger.text.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger.text) for e in events_of(analyze, text)]
    assert source in _name(found[0].source) and target in _name(found[0].target)


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), GENERAL_NEWS,
                         ids=[f"{t[1]}-{t[2]}" for t in GENERAL_NEWS])
def test_general_news_rules(analyze: Analyze, text: str, type_: str, trigger: str, source: str, target: str) -> None:
    assert_coded(analyze, text, type_, trigger, source, target)


@pytest.mark.parametrize(("text", "absent"), [
    ("If those talks fail, the EU can ask for a panel to rule on the case.", "talks"),  # a condition
    ("The payments were transferred to consulting companies linked to his relatives.", "consulting"),  # attribute
    ("The ministry said it would freeze public funding until the case is resolved.", "THREATEN"),  # a term
    ("The interior ministry said 50 officers were injured.", "ASSAULT"),  # an outcome, no attack told
    ("She did not rule out selling assets.", "REJECT"),  # no refusal reported
    # a warning of a danger threatens no one
    ("The craft association warned that small firms would be squeezed by rising costs.", "THREATEN"),
    # a present-tense relative clause tells where someone stands, not an act
    ("The president, who opposes the government on the issue, spoke on Wednesday.", "REJECT"),
])
def test_general_news_non_events(analyze: Analyze, text: str, absent: str) -> None:
    events = events_of(analyze, text)
    assert not [e for e in events if absent in (e.trigger.text, e.type)], [(e.type, e.trigger.text) for e in events]


def test_tariffs_on_foreign_goods_target_their_country(analyze: Analyze) -> None:
    e = find(events_of(analyze, "The United States imposed tariffs on Chinese steel."), "SANCTION")
    assert e.target is not None and e.target.country == "CHN"


# Round six, second part: conflict, disasters, regulators and unions.
GENERAL_NEWS_2 = [
    ("Indian troops said Pakistani soldiers had opened fire on forward posts.", "ASSAULT", "opened", "soldiers",
     ""),
    ("Rebel fighters and militias had exchanged fire for several hours on Sunday.", "ASSAULT", "exchanged",
     "fighters", ""),
    ("The rebels seized Goma in January.", "ASSAULT", "seized", "rebels", ""),
    ("Inside Iran, hardline lawmakers attacked the deal.", "ACCUSE", "attacked", "lawmakers", ""),
    ("The European Commission has fined Meta 900 million euros for breaching the Digital Markets Act.", "COERCE",
     "fined", "commission", "meta"),
    ("The minister said the organisers would be prosecuted.", "COERCE", "prosecuted", "", "organisers"),
    ("Authorities had ordered residents of low-lying areas to evacuate.", "COERCE", "ordered", "authorities",
     "residents"),
    ("Rwanda denies arming the group.", "REJECT", "denies", "rwanda", ""),
    ("The fine was a decision the company has also appealed.", "REJECT", "appealed", "company", ""),
    ("He did not rule out further military action against Iran.", "THREATEN", "rule", "he", ""),
    ("The union leader did not rule out a rolling strike from next month.", "THREATEN", "rule", "leader", ""),
    ("The United States and the United Nations began flying emergency supplies into Jamaica.", "AID", "flying",
     "united states", ""),
    ("The World Food Programme began distributing food parcels to 50,000 people.", "AID", "distributing",
     "world food programme", ""),
    ("The United States has pledged $15 million in humanitarian assistance.", "AGREE", "pledged",
     "united states", ""),
    ("Washington had been in contact with officials in New Delhi.", "CONSULT", "contact", "united states",
     "officials"),
    ("Tehran had responded by curbing cooperation with the agency.", "SANCTION", "curbing", "", ""),
    ("More than a million people marched in some 250 towns and cities.", "PROTEST", "marched", "people", ""),
    ("Workers blocked access to the refineries on Tuesday.", "PROTEST", "blocked", "workers", ""),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), GENERAL_NEWS_2,
                         ids=[f"{t[1]}-{t[2]}" for t in GENERAL_NEWS_2])
def test_general_news_rules_2(analyze: Analyze, text: str, type_: str, trigger: str, source: str,
                              target: str) -> None:
    assert_coded(analyze, text, type_, trigger, source, target)


@pytest.mark.parametrize(("text", "absent"), [
    ("Hurricane Renata hit the island on Monday, killing at least 31 people.", "ASSAULT"),  # a natural cause
    ("Meta has clashed repeatedly with European regulators.", "ASSAULT"),  # a figurative clash
    ("Polls show that about two thirds of French people oppose the reform.", "REJECT"),  # a stance
    ("The case had been opened in March 2024.", "PROTEST"),  # "March" is a date
    ("Washington's main contact in the talks is Kim Hyok Chol.", "CONSULT"),  # a person, not a contact
    ("He did not say whether India had struck targets across the line.", "ASSAULT"),  # an open question
    ("Defence lawyers said they would study the judgment before deciding whether to appeal.", "appeal"),
    ("The six had pleaded not guilty.", "REQUEST"),  # a plea in court is no request
    # telling the press is speech, and a news conference alone is a venue
    ("A senior official who briefed reporters on condition of anonymity said the talks would go on.", "briefed"),
    ("Trump said at a news conference in Hanoi on Thursday that Kim had demanded relief.", "conference"),
    ('"He is the missing piece," said a diplomat in Seoul who has been briefed on the arrangements.', "briefed"),
])
def test_general_news_non_events_2(analyze: Analyze, text: str, absent: str) -> None:
    events = events_of(analyze, text)
    assert not [e for e in events if absent in (e.trigger.text, e.type)], [(e.type, e.trigger.text) for e in events]


# Round six, third part: trials, licences, blockades and stances.
GENERAL_NEWS_3 = [
    ("A Hong Kong court on Monday found six pro-democracy activists guilty of conspiracy.", "COERCE", "found",
     "hong kong", "activists"),
    ("Lau was remanded in custody after he was denied bail.", "COERCE", "denied", "", ""),
    ("The tribunal ruled in 2016 against China, a decision Beijing has never accepted.", "REJECT", "accepted",
     "china", ""),
    ("The opposition would not accept an election in which its candidate was excluded.", "REJECT", "accept",
     "opposition", ""),
    ("China's foreign ministry hit back on Tuesday.", "ACCUSE", "hit", "ministry", ""),
    ("The Treasury also removed a ban on secondary trading of Venezuelan bonds.", "CONCEDE", "removed", "treasury",
     ""),
    ("The Philippine vessels were blocked by at least six Chinese ships.", "COERCE", "blocked", "ships", ""),
    ("Amnesty International, which closed its Hong Kong offices in 2021, condemned the verdict.", "RETREAT",
     "closed", "amnesty", ""),
    ("The State Department said it was considering further visa restrictions on officials.", "THREATEN",
     "restrictions", "state department", ""),
    ("The activists were charged with organising a campaign urging residents to boycott elections.", "PROTEST",
     "urging", "campaign", ""),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), GENERAL_NEWS_3,
                         ids=[f"{t[1]}-{t[2]}" for t in GENERAL_NEWS_3])
def test_general_news_rules_3(analyze: Analyze, text: str, type_: str, trigger: str, source: str,
                              target: str) -> None:
    assert_coded(analyze, text, type_, trigger, source, target)


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), [
    # letting inspectors back in yields to a demand (CONCEDE, as the varied-domain gold codes it)
    ("Iran will allow inspectors from the International Atomic Energy Agency to return next week.", "CONCEDE",
     "allow", "iran", ""),
    ("In the schools, about 40 percent of teachers were on strike.", "PROTEST", "strike", "percent", ""),
    ("The peacekeeping mission called on all parties to respect the ceasefire.", "REQUEST", "called", "mission",
     "parties"),
])
def test_general_news_rules_4(analyze: Analyze, text: str, type_: str, trigger: str, source: str,
                              target: str) -> None:
    assert_coded(analyze, text, type_, trigger, source, target)


def test_a_missile_strike_is_no_labour_strike(analyze: Analyze) -> None:
    events = events_of(analyze, "Russia launched a missile strike on Kyiv on Monday.")
    assert not [e for e in events if e.type == "PROTEST"]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), [
    ("Some threw bottles and tried to break through metal barriers.", "ASSAULT", "threw", "some", ""),
    ("Soldiers shot at protesters in the capital.", "ASSAULT", "shot", "soldiers", "protesters"),
    ("A missile struck the regional hospital in Kharkiv on Sunday, killing two doctors.", "ASSAULT", "struck",
     "", "doctors"),
])
def test_crowds_and_projectiles(analyze: Analyze, text: str, type_: str, trigger: str, source: str,
                                target: str) -> None:
    assert_coded(analyze, text, type_, trigger, source, target)


def test_a_projectile_is_no_attacker(analyze: Analyze) -> None:
    """"a missile struck a hospital": what hit is no source (nor the oil company "Shell")."""
    for e in events_of(analyze, "A shell hit the school in Donetsk and a missile struck the Kyiv power plant."):
        assert _name(e.source) not in ("shell", "missile")


@pytest.mark.parametrize(("text", "type_"), [
    ("The army withdrew from the town on Friday.", "RETREAT"),  # leaving a place
    ("He said the M23 would not withdraw from Goma before a final agreement.", "REJECT"),  # refused (rule 2)
    ("The government must reinstate all candidates who have been barred from running.", "COERCE"),
    ("The United States withdrew from the nuclear deal in 2018.", "SANCTION"),  # leaving a deal
])
def test_withdrawing_from_a_place_or_a_deal(analyze: Analyze, text: str, type_: str) -> None:
    assert [e.type for e in events_of(analyze, text) if e.trigger.text[:5] in ("withd", "barre")][:1] == [type_]


@pytest.mark.parametrize(("text", "type_", "present"), [
    ("Shares rallied on Tuesday after the central bank held rates.", "PROTEST", False),  # markets protest nothing
    ("The dollar rallied against the euro.", "PROTEST", False),
    ("Thousands marched on Saturday.", "PROTEST", True),  # a crowd marching is a demonstration
    ("The court convicted the former mayor of bribery.", "COERCE", True),  # like "found guilty"
    ("The central bank raised its main interest rate by half a point on Wednesday.", "CONCEDE", False),
    ("Saudi Arabia and Iran restored diplomatic ties in 2023.", "COOPERATE", True),
    ("McIlroy shot a 68 to take the lead at the Masters.", "ASSAULT", False),  # a golfer's round
    ("The striker shot wide in the second half.", "ASSAULT", False),
    ("Gunmen shot two police officers in Lagos.", "ASSAULT", True),
    ("The EU imposed anti-dumping duties on Chinese solar panels.", "SANCTION", True),
])
def test_business_and_street_words(analyze: Analyze, text: str, type_: str, present: bool) -> None:
    assert bool([e for e in events_of(analyze, text) if e.type == type_]) == present


def test_the_country_is_the_country_last_named(analyze: Analyze) -> None:
    text = ("North Korea demanded on Thursday that Pompeo be replaced, hours after the country announced that it "
            "had tested a new weapon.")
    e = find(events_of(analyze, text), "MOBILIZE")
    assert e.source is not None and e.source.country == "PRK"
