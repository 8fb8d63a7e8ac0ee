"""The PLOVER trigger lexicon (``knowledge/plover.yaml``), validated and indexed once.

Triggers are data so a user can extend coverage without touching code; this module turns
the YAML into an index ``lemma -> entries`` the matcher reads, and fails on load with a
message naming the bad entry rather than misbehaving later.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from storyline.errors import KnowledgeError
from storyline.knowledge import safe_load
from storyline.models import PLOVER_TYPES

DEFAULT_PATH = "plover.yaml"


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One way a word can signal an event (see the header of ``plover.yaml``)."""

    type: str
    lemma: str
    pos: str  # "verb", "noun" or "adj"
    mode: str | None = None
    preps: frozenset[str] = frozenset()
    objects: frozenset[str] | None = None  # None: no constraint; empty: any object
    xcomp: bool = False
    swap: bool = False
    forms: frozenset[str] = frozenset()
    confidence: float = 0.8
    bare: bool = False  # also counts with no object or complement at all ("he had refused")
    actor_object: bool = False  # the direct object must be a person/organisation/country
    oprd: bool = False  # needs an object predicate ("calling Bolton *a war monger*")
    intent: bool = False  # counts only over a cooperative event it governs ("hoped to resume talks")
    joint: bool = False  # needs a coordinated subject ("X and Y *worked* through the night")
    # the doer must be one of these ("the *court* suspended the rollout": a court order)
    subjects: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()  # a dependent among these ("found them *guilty*")
    heads: frozenset[str] = frozenset()  # nouns: the preposition it is the object of ("*on* strike")
    places: bool = False  # with `preps`: its object is a place ("withdraw *from Goma*", not "from the talks")
    # only a future act on a condition: "would *respond* if attacked", "will *review* its aid unless"
    conditional: bool = False
    # a particle the verb must have besides its other constraints ("*called off* the strike": `preps`
    # alone would accept any object, and `objects` alone "called a strike")
    particles: frozenset[str] = frozenset()
    # no direct object ("police *withdrew* from the square", not "soldiers withdrew money from the bank")
    intransitive: bool = False
    # only an act still to come, on a condition or not: "China *would retaliate*", "is preparing to *hit
    # back*" (a retaliation told as done is the act itself, coded by its own words)
    future: bool = False

    @property
    def argument_constrained(self) -> bool:
        """Constrained by what it governs or who does it, besides its particles and transitivity."""
        return bool(self.preps) or self.objects is not None or self.xcomp or self.bare or self.actor_object \
            or self.joint or bool(self.subjects) or bool(self.complements) or bool(self.heads) or self.conditional \
            or self.future

    @property
    def constrained(self) -> bool:
        return self.argument_constrained or bool(self.particles) or self.intransitive


@dataclass(frozen=True)
class Lexicon:
    """Everything the events step reads from ``plover.yaml``."""

    verbs: dict[str, tuple[TriggerEntry, ...]]
    nouns: dict[str, tuple[TriggerEntry, ...]]
    modes: dict[str, tuple[str, ...]]
    adjectives: dict[str, tuple[TriggerEntry, ...]] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    refusal_modes: dict[str, str] = field(default_factory=dict)
    mode_cues: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)

    def w(self, name: str) -> frozenset[str]:
        """A word list by dotted name, e.g. ``negation.words``."""
        return self.words[name]


_WORD_LISTS = (
    "light_verbs", "noun_target_preps", "verb_target_preps", "object_control",
    "negation.words", "negation.failure_verbs", "negation.cancel_verbs", "negation.refusal_verbs",
    "negation.non_event_complements", "negation.threat_verbs", "hypothetical.modals", "hypothetical.future_modals",
    "hypothetical.governors", "hypothetical.future_governors", "hypothetical.marks",
    "hypothetical.noun_modifiers", "reporting.speech_verbs", "reporting.report_nouns",
    "reporting.drop_modifiers", "place_nouns", "actor_nouns", "boilerplate_governors", "plural_references", "person_nouns",
    "movement_verbs", "commentators", "intent_types", "threat_types", "threat_modals", "legal_action_verbs", "refused_when_negated",
    "realised_only", "context_target_types", "intended_types", "statement_types",
    "considering_verbs", "preparing_verbs", "occurrence_predicates", "sided_from_context", "passive_sided_from_context",
    "evaluative.words", "evaluative.when_negated", "deontic.modals", "deontic.verbs", "deontic.told_verbs", "protest_types", "participant_nominals", "time_anchor_preps", "hopes", "one_sided_types", "considered_hostile", "considered_cooperative",
    "receiving_light_verbs", "threat_marks", "vow_words", "vowed_hostile", "vowed_acts", "vowed_objects", "evaluative.naming_verbs", "evaluative.naming_negative", "evaluative.naming_positive", "warning_verbs", "threat_words", "threat_paid", "carrying_verbs",
    "attendance_verbs", "uncoded_when_negated", "non_agents", "stance_verbs", "hedge_verbs",
    "done_to_people", "amount_nouns", "refused_acceptances", "projectiles", "press_nouns", "sourcing_passives", "market_nouns",
    "event_measures", "scheduling_words", "occurring_unsided", "crowd_nouns", "patient_nominals", "representative_nouns", "owning_verbs",
)
_ENTRY_KEYS = {"lemma", "mode", "preps", "objects", "xcomp", "swap", "forms", "confidence", "bare",
               "actor_object", "oprd", "intent", "joint", "subjects",
               "complements", "heads", "places", "conditional", "particles", "intransitive", "future"}


def _err(path: str, where: str, what: str) -> KnowledgeError:
    return KnowledgeError(f"{path}: {where}: {what}; fix the entry (see the comments at the top of the file)")


def _entry(raw: Any, type_: str, pos: str, modes: tuple[str, ...], path: str, i: int) -> TriggerEntry:
    where = f"types.{type_}.{pos}[{i}]"
    if isinstance(raw, str):
        raw = {"lemma": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("lemma"), str) or not raw["lemma"].strip():
        raise _err(path, where, "an entry must be a lemma or a mapping with a 'lemma'")
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise _err(path, where, f"unknown key(s) {', '.join(sorted(unknown))}")
    mode = raw.get("mode")
    if mode is not None and mode not in modes:
        raise _err(path, where, f"mode {mode!r} is not one of {type_}'s modes {list(modes)}")
    conf = float(raw.get("confidence", 0.8 if pos == "verb" else 0.7))
    if not 0.0 < conf <= 1.0:
        raise _err(path, where, f"confidence {conf} must be in (0, 1]")
    objects = raw.get("objects")

    def words(key: str) -> frozenset[str]:
        value = raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _err(path, where, f"{key!r} must be a list of words")
        return frozenset(v.lower() for v in value)

    return TriggerEntry(
        type=type_,
        lemma=raw["lemma"].strip().lower(),
        pos=pos,
        mode=mode,
        preps=words("preps"),
        objects=None if objects is None else words("objects"),
        xcomp=bool(raw.get("xcomp", False)),
        swap=bool(raw.get("swap", False)),
        forms=words("forms"),
        confidence=conf,
        bare=bool(raw.get("bare", False)),
        actor_object=bool(raw.get("actor_object", False)),
        oprd=bool(raw.get("oprd", False)),
        intent=bool(raw.get("intent", False)),
        joint=bool(raw.get("joint", False)),
        subjects=words("subjects"),
        complements=words("complements"),
        heads=words("heads"),
        places=bool(raw.get("places", False)),
        conditional=bool(raw.get("conditional", False)),
        particles=words("particles"),
        intransitive=bool(raw.get("intransitive", False)),
        future=bool(raw.get("future", False)),
    )


def _lookup(data: dict[str, Any], dotted: str) -> Any:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def parse_lexicon(data: Any, path: str = DEFAULT_PATH) -> Lexicon:
    """Validate the parsed YAML and build the :class:`Lexicon`."""
    if not isinstance(data, dict) or not isinstance(data.get("types"), dict):
        raise _err(path, "top level", "expected a mapping with 'types'")
    verbs: dict[str, list[TriggerEntry]] = {}
    nouns: dict[str, list[TriggerEntry]] = {}
    adjs: dict[str, list[TriggerEntry]] = {}
    modes: dict[str, tuple[str, ...]] = {}
    for type_, spec in data["types"].items():
        if type_ not in PLOVER_TYPES:
            raise _err(path, f"types.{type_}", f"not a PLOVER type (one of {', '.join(PLOVER_TYPES)})")
        if not isinstance(spec, dict):
            raise _err(path, f"types.{type_}", "expected a mapping with 'modes', 'verbs', 'nouns'")
        modes[type_] = tuple(spec.get("modes") or ())
        for pos, key, index in (("verb", "verbs", verbs), ("noun", "nouns", nouns), ("adj", "adjectives", adjs)):
            for i, raw in enumerate(spec.get(key) or []):
                e = _entry(raw, type_, pos, modes[type_], path, i)
                index.setdefault(e.lemma, []).append(e)
    words: dict[str, frozenset[str]] = {}
    for name in _WORD_LISTS:
        value = _lookup(data, name)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _err(path, name, "expected a list of words")
        words[name] = frozenset(v if v.isupper() else v.lower() for v in value)
    refusal = _lookup(data, "negation.refusal_modes") or {}
    if not isinstance(refusal, dict):
        raise _err(path, "negation.refusal_modes", "expected a mapping TYPE: mode")

    cues: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    for type_, table in (data.get("mode_cues") or {}).items():
        if type_ not in modes or not isinstance(table, dict):
            raise _err(path, f"mode_cues.{type_}", "expected a known type mapping mode: [words]")
        for mode, cue_words in table.items():
            if mode not in modes[type_] or not isinstance(cue_words, list):
                raise _err(path, f"mode_cues.{type_}.{mode}", f"mode must be one of {list(modes[type_])}")
        cues[type_] = tuple((m, frozenset(str(w).lower() for w in ws)) for m, ws in table.items())

    def ordered(index: dict[str, list[TriggerEntry]]) -> dict[str, tuple[TriggerEntry, ...]]:
        # Constrained entries first, so "withdraw troops" is tried before plain "withdraw"; among them,
        # those naming their objects first, so "traded *fire* with" (ASSAULT) beats "traded with" (COOPERATE);
        # then those naming their doers ("a *rescue team* arrived in Yangon" is aid before it is a visit);
        # an act still to come before the same words told as done ("would *hit back*" is a threat, "hit
        # back at the accusations" a retort).
        return {k: tuple(sorted(v, key=lambda e: (not e.constrained, not e.future, not e.objects, not e.subjects)))
                for k, v in index.items()}

    return Lexicon(
        ordered(verbs), ordered(nouns), modes, ordered(adjs), words,
        {str(k): str(v) for k, v in refusal.items()}, cues,
    )


@functools.lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The lexicon from ``path`` or the packaged ``knowledge/plover.yaml`` (loaded once)."""
    if path is None:
        text = resources.files("storyline.knowledge").joinpath(DEFAULT_PATH).read_text(encoding="utf-8")
        shown = f"knowledge/{DEFAULT_PATH}"
    else:
        text = Path(path).read_text(encoding="utf-8")
        shown = path
    try:
        data = safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{shown}: not valid YAML ({exc}); fix the syntax") from exc
    return parse_lexicon(data, shown)
