"""Unnamed sources: telling "two people familiar with his thinking" from a named speaker.

A speaker phrase is anonymous when its head is a word that describes people without naming
them (source, official, person, analysts…, listed in ``knowledge/anonymous.yaml``) and no
name appears in it. The whole describing phrase — relative clauses included — is kept as
the description, because "who asked not to be identified discussing internal
deliberations" is exactly what a reader weighing the source needs. A number in the phrase
("two US officials") becomes the count.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from storyline.errors import KnowledgeError
from storyline.knowledge import safe_load, word_set
from storyline.models import Quote

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class AnonymousKnowledge:
    """The word lists of ``anonymous.yaml``."""

    source_nouns: frozenset[str]
    role_nouns: frozenset[str]
    organization_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    numbers: dict[str, int]
    singular_determiners: frozenset[str]
    anonymity_markers: tuple[str, ...]
    organization_groups: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def load_anonymous() -> AnonymousKnowledge:
    """Load and validate ``knowledge/anonymous.yaml`` once per process."""
    path = "storyline/knowledge/anonymous.yaml"
    try:
        raw = resources.files("storyline.knowledge").joinpath("anonymous.yaml").read_text(encoding="utf-8")
        data = safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read {path}: {exc}; restore it from git") from exc
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping of word lists at the top level")
    numbers = data.get("numbers")
    if not isinstance(numbers, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and v > 0 for k, v in numbers.items()
    ):
        raise KnowledgeError(f"{path}: 'numbers' must map number words to positive integers")
    markers = data.get("anonymity_markers")
    if not isinstance(markers, list) or not all(isinstance(m, str) for m in markers):
        raise KnowledgeError(f"{path}: 'anonymity_markers' must be a list of phrases")
    return AnonymousKnowledge(
        source_nouns=word_set(data, "source_nouns", path),
        role_nouns=word_set(data, "role_nouns", path),
        organization_nouns=word_set(data, "organization_nouns", path),
        spokesperson_nouns=word_set(data, "spokesperson_nouns", path),
        numbers={k.lower(): v for k, v in numbers.items()},
        singular_determiners=word_set(data, "singular_determiners", path),
        anonymity_markers=tuple(m.lower() for m in markers),
        organization_groups=word_set(data, "organization_groups", path),
    )


def is_source_noun(token: Token) -> bool:
    """True for heads like "official", "sources", "people", "analysts"."""
    kb = load_anonymous()
    if token.lemma_.lower() in kb.source_nouns or token.lower_ in kb.source_nouns:
        return True
    return _counted_part(token) is not None


def _counted_part(token: Token) -> int | None:
    """"two of the officials", "three of the people": a number heading a part of unnamed
    sources describes them as much as the noun it counts does. Returns the number."""
    kb = load_anonymous()
    word = token.lower_.replace(",", "")
    number = int(word) if word.isdigit() else kb.numbers.get(word) if token.pos_ == "NUM" or word in ("both",) else None
    if number is None:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in kb.source_nouns or obj.lower_ in kb.source_nouns):
                    return number
    return None


def has_anonymity_marker(text: str) -> bool:
    """"who asked not to be identified", "familiar with the matter", "on condition of anonymity"."""
    low = text.lower()
    return any(marker in low for marker in load_anonymous().anonymity_markers)


def source_count(head: Token) -> int | None:
    """How many sources the phrase names: "two people" → 2, "a source" → 1, "officials" → None."""
    kb = load_anonymous()
    for child in head.children:
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ == "det" and child.lower_ in kb.numbers):
            word = child.lower_.replace(",", "")
            if word.isdigit():
                return int(word)
            if word in kb.numbers and (child.dep_ == "nummod" or head.tag_ in ("NN", "NNP")):
                return kb.numbers[word]
    if head.lower_ in ("one",):
        return 1
    part = _counted_part(head)
    if part is not None:
        return part
    if head.tag_ in ("NN", "NNP") and any(
        c.dep_ in ("det", "poss") and c.lower_ in kb.singular_determiners for c in head.children
    ):
        return 1
    return None


def anonymous_share(quotes: Iterable[Quote]) -> float:
    """The share of quotes resting on anonymous sources (0.0 for no quotes)."""
    items = list(quotes)
    if not items:
        return 0.0
    return sum(1 for q in items if q.speaker.kind == "anonymous") / len(items)
