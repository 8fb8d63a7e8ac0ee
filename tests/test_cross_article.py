"""The cross-article identity score of ``storyline eval actors``: one person or body in two
articles must get one key, and two different ones must not share a key."""

from __future__ import annotations

import pytest

from storyline.analysis import analyze_text
from storyline.evaluation.actors import cross_document, identity, identity_errors
from storyline.models import Actor, Analysis


def test_perfect_keys_score_one() -> None:
    items = [("a", "mike pompeo", "person:mike-pompeo"), ("b", "mike pompeo", "person:mike-pompeo"),
             ("a", "kim jong un", "person:kim-jong-un"), ("c", "kim jong un", "person:kim-jong-un")]
    scores = cross_document(items)
    assert scores["links"]["precision"] == scores["links"]["recall"] == 1.0
    assert scores["b3"]["f1"] == 1.0
    assert scores["recurring_identities"] == 2


def test_a_split_identity_costs_recall_and_a_shared_key_costs_precision() -> None:
    split = cross_document([("a", "mike pompeo", "person:mike-pompeo"), ("b", "mike pompeo", "person:pompeo"),
                            ("c", "mike pompeo", "person:mike-pompeo")])
    assert split["links"]["precision"] == 1.0
    assert split["links"]["recall"] == pytest.approx(1 / 3)
    merged = cross_document([("a", "national police of peru", "org:police:None"),
                             ("b", "vanuatu police force", "org:police:None")])
    assert merged["links"]["precision"] == 0.0
    assert merged["links"]["predicted"] == 1 and merged["links"]["gold"] == 0


def test_pairs_within_one_article_are_not_cross_article_links() -> None:
    scores = cross_document([("a", "police", "org:police:PER"), ("a", "police", "org:police:PER")])
    assert scores["links"]["gold"] == scores["links"]["predicted"] == 0


def test_no_key_is_never_a_link() -> None:
    scores = cross_document([("a", "the ministry", None), ("b", "the ministry", None)])
    assert scores["links"]["predicted"] == 0
    assert scores["links"]["recall"] == 0.0


def test_identity_folds_case_accents_and_spaces() -> None:
    assert identity("António  Guterres") == identity("antonio guterres") == "antonio guterres"


def test_identity_errors_name_splits_and_merges() -> None:
    lines = identity_errors([("a", "blue house", "org:blue-house"), ("b", "blue house", "person:moon-jae-in"),
                             ("c", "moon jae-in", "person:moon-jae-in")])
    assert any("'blue house' split" in line for line in lines)
    assert any("key 'person:moon-jae-in' joins ['blue house', 'moon jae-in']" in line for line in lines)


def test_generic_bodies_of_two_countries_get_two_keys() -> None:
    """"Police said" in a Peruvian story and in a Vanuatu story are two police forces: the
    key of a body the text names no country for takes the country it was placed in."""
    peru = analyze_text("LIMA (Reuters) - Peru's teachers marched in Lima on Monday. Police said 40 people were detained.",
                   published="2025-06-03")
    vanuatu = analyze_text("PORT VILA (AP) - Vanuatu's parliament met on Monday. Police said the session was calm.",
                      published="2025-06-03")

    def police(a: Analysis) -> Actor:
        return next(x for x in a.actors if x.name.lower().endswith("police"))

    assert police(peru).key != police(vanuatu).key
    # the country is in the key: 'org:peru-police' (a state's police, round 10) or 'org:police:PER'
    assert {"peru", "per"} & set(str(police(peru).key).lower().replace(":", "-").split("-")), police(peru).key
    assert {"vanuatu", "vut"} & set(str(police(vanuatu).key).lower().replace(":", "-").split("-")), police(vanuatu).key
