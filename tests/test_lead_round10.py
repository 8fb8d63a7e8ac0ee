"""Round 10 (lead), from two batches written blind this round: a hostile act that someone
*could* or *might* do is a threat; announced with *would* it keeps its type (GUIDE)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis

pytestmark = pytest.mark.slow

PUB = "2026-11-10"

Analyze = Callable[..., Analysis]


def _types(analyze: Analyze, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text.lower()) for e in analyze(text, published=PUB).events]


@pytest.mark.parametrize("text, trigger", [
    ("The regulator could impose further penalties on the company if the plan falls short.", "impose"),
    ("Kyiv said it might ban Polish fruit if the blockade continued.", "ban"),
    ("The ministry warned that police may arrest anyone who joins the march.", "arrest"),
])
def test_could_or_might_do_something_hostile_is_a_threat(analyze: Analyze, text: str, trigger: str) -> None:
    found = _types(analyze, text)
    assert ("THREATEN", trigger) in found, found
    assert not any(t in ("SANCTION", "COERCE") and trig == trigger for t, trig in found), found


@pytest.mark.parametrize("text, type_, trigger", [
    ("The sports ministry said it would freeze public funding to the confederation.", "SANCTION", "freeze"),
    ("Police said those detained would be charged with disturbing public order.", "COERCE", "charged"),
    ("The regulator could not impose penalties under the old law.", None, "impose"),
])
def test_would_and_could_not_keep_the_act(analyze: Analyze, text: str, type_: str | None, trigger: str) -> None:
    found = _types(analyze, text)
    assert ("THREATEN", trigger) not in found, found
    if type_ is not None:
        assert (type_, trigger) in found, found


def _actor_mentions(analyze: Analyze, text: str) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in analyze(text, published=PUB).actors}


def test_a_short_name_defined_in_brackets_is_the_same_actor(analyze: Analyze) -> None:
    text = ("Brian Mwanza, who leads the Patriotic Front (PF), filed a petition on Monday. The PF said it "
            "would call a strike. Hundreds of PF supporters blocked roads. The Electoral Commission of "
            "Zambia (ECZ) rejected the claims, and the ECZ said the vote was fair.")
    actors = _actor_mentions(analyze, text)
    pf = next(m for name, m in actors.items() if name == "Patriotic Front")
    assert pf.count("PF") == 3, actors  # the bracketed definition, "The PF", "PF supporters"
    commission = next(m for m in actors.values() if "Electoral Commission of Zambia" in m)
    assert commission.count("ECZ") == 2, actors
    assert not any(m == ["ECZ"] or m == ["ECZ", "ECZ"] for m in actors.values()), actors


def test_brackets_that_are_no_definition_add_nothing(analyze: Analyze) -> None:
    text = ("The European Union (with France abstaining) approved the package on Monday. Its report (PDF) "
            "was published later, and a PDF copy was sent to the ministers.")
    actors = _actor_mentions(analyze, text)
    assert "PDF" not in actors["European Union"], actors  # the bracket follows "report", not a name
    assert not any("with" in " ".join(m) for m in actors.values()), actors


def test_a_group_the_knowledge_base_lists_is_no_person_whatever_the_recogniser_says(analyze: Analyze) -> None:
    text = ("MOGADISHU (Reuters) - Al Shabaab fighters attacked an army base on Friday. Somalia's government "
            "condemned al Shabaab and vowed to retake the base.")
    actors = {a.name: a for a in analyze(text, published=PUB).actors}
    group = actors["al-Shabaab"]
    assert [m.text for m in group.mentions][:2] == ["Al Shabaab", "al Shabaab"], actors
    assert group.sector == "REB" and not any(a.kind == "person" for a in actors.values()), actors


@pytest.mark.parametrize("text, name, role", [
    ("Wisconsin Gov. Dana Whitfield sued the administration on Monday. The governor said the order was unlawful.",
     "Dana Whitfield", "The governor"),
    ("Archbishop Tomas Ruiz met the president on Monday. The archbishop said talks would go on.",
     "Tomas Ruiz", "The archbishop"),
])
def test_a_role_noun_joins_the_holder_of_its_abbreviated_or_prefixed_title(analyze: Analyze, text: str, name: str,
                                                                          role: str) -> None:
    actors = _actor_mentions(analyze, text)
    assert role in actors.get(name, []), actors


@pytest.mark.parametrize("text, name, phrase", [
    ("The junta nationalised the Tagora mine, owned by French nuclear fuel group Nucléa, on Tuesday. Nucléa said it was "
     "studying the decree. The French firm said it would go to arbitration.", "Nucléa", "The French firm"),
    ("Niger's military government seized the mine on Tuesday. The junta said the contract was void.", "Niger", "The junta"),
    ("Al Shabaab fighters attacked an army base on Friday. The militants killed 12 soldiers.", "al-Shabaab", "The militants"),
])
def test_definite_descriptions_of_a_named_actor(analyze: Analyze, text: str, name: str, phrase: str) -> None:
    actors = _actor_mentions(analyze, text)
    assert phrase in actors.get(name, []), actors


def test_a_nationality_must_fit_the_firm_it_describes(analyze: Analyze) -> None:
    text = ("French nuclear group Nucléa runs the mine. A Russian company, Rosatom, has shown interest. "
            "The Chinese firm said it would bid.")
    actors = _actor_mentions(analyze, text)
    assert not any("The Chinese firm" in m for m in actors.values()), actors


@pytest.mark.parametrize("text, name, sector", [
    ("The Nigeria Labour Congress began a strike on Wednesday.", "Nigeria Labour Congress", "CVL"),
    ("The Paraguayan Olympic Committee rejected the decision on Monday.", "Paraguayan Olympic Committee", "NGO"),
    ("The British Airline Pilots' Association called a strike.", "British Airline Pilots' Association", "CVL"),
    ("The Manufacturers Association of Nigeria criticised the strike.", "Manufacturers Association of Nigeria", "BUS"),
    ("The Congress of Peru voted on Monday to remove the president.", "Peru Congress", "LEG"),
])
def test_whom_an_organisation_gathers_says_its_sector(analyze: Analyze, text: str, name: str, sector: str) -> None:
    actors = {a.name: a for a in analyze(text, published=PUB).actors}
    found = next((a for n, a in actors.items() if name in n or n in name), None)
    assert found is not None and found.sector == sector, actors


def test_the_party_is_no_embassy(analyze: Analyze) -> None:
    text = ("The US Embassy in Kampala said it was concerned. The opposition Forum for Democratic Change "
            "said it would appeal, and the party called a rally for Friday.")
    actors = _actor_mentions(analyze, text)
    embassy = next((m for n, m in actors.items() if "Embassy" in n), [])
    assert not any(m.lower() == "the party" for m in embassy), actors
