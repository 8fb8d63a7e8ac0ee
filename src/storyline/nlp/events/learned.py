"""A learned trigger proposer: the events the hand-written lexicon does not fire on.

The rules of :mod:`.triggers` are precise but miss words and constructions nobody listed
(recall on text nobody tuned on is about 0.6). This module adds a linear classifier over
parse and lexicon features of every candidate word the rules left alone — "what PLOVER type,
if any, does this word tell?" — trained on the annotated gold (``eval/train_triggers.py``,
``make model``; the held-out split is never used). A word it is confident about becomes a
:class:`~.triggers.Trigger` like any other, so its source, target, date, place and modality
come from the same code as a lexicon trigger's, and the same filters drop it when no
participant can be found.

The model is data (``knowledge/event_triggers.json``: classes, a threshold and the weights
of the features that carry any), read once; it needs no machine-learning library at run time.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from storyline.errors import KnowledgeError
from storyline.nlp.events.knowledge import Lexicon, TriggerEntry
from storyline.nlp.events.triggers import Trigger, light_verb, verb_lemmas
from storyline.nlp.lookup import span_tokens

MODEL_PATH = "event_triggers.json"
NONE = "NONE"
_CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL",
                        "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "WORK_OF_ART", "LAW", "LANGUAGE"})
_CHILD_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "agent", "dative", "xcomp", "ccomp", "neg",
                         "aux", "auxpass", "prt", "compound", "amod", "poss", "acomp", "advmod", "acl", "relcl"})
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True)
class TriggerModel:
    """A multinomial logistic regression over string features, with a proposal threshold."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]  # feature → (class index, weight), non-zero only
    threshold: float
    trained_on: str = ""
    # weights of the word's contextual vector (spaCy's tok2vec output, ``doc.tensor``), one row
    # per class; empty when the model uses the string features alone
    dense: tuple[tuple[float, ...], ...] = ()

    def probabilities(self, features: Iterable[str], vector: Sequence[float] = ()) -> dict[str, float]:
        scores = list(self.bias)
        for f in features:
            for ci, w in self.weights.get(f, ()):
                scores[ci] += w
        if self.dense and len(vector):
            for ci, row in enumerate(self.dense):
                scores[ci] += sum(w * v for w, v in zip(row, vector, strict=True))
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def best(self, features: Iterable[str], vector: Sequence[float] = ()) -> tuple[str, float]:
        probs = self.probabilities(features, vector)
        label = max((c for c in self.classes if c != NONE), key=probs.__getitem__)
        return label, probs[label]

    def to_json(self) -> dict[str, Any]:
        return {"classes": list(self.classes), "bias": list(self.bias), "threshold": self.threshold,
                "trained_on": self.trained_on, "dense": [[round(w, 5) for w in row] for row in self.dense],
                "weights": {f: [[ci, round(w, 5)] for ci, w in ws] for f, ws in sorted(self.weights.items())}}


def parse_model(data: Any, shown: str) -> TriggerModel:
    """A model from its JSON form; a clear error naming the file when it is malformed."""
    try:
        classes = tuple(str(c) for c in data["classes"])
        bias = tuple(float(b) for b in data["bias"])
        threshold = float(data["threshold"])
        weights = {str(f): tuple((int(ci), float(w)) for ci, w in ws) for f, ws in data["weights"].items()}
        dense = tuple(tuple(float(w) for w in row) for row in data.get("dense", ()))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise KnowledgeError(f"{shown}: not a trigger model ({exc!r}); rebuild it with `make model`") from exc
    if NONE not in classes or len(bias) != len(classes) or not 0.0 < threshold <= 1.0:
        raise KnowledgeError(f"{shown}: needs a {NONE} class, one bias per class and a threshold in (0, 1]")
    if any(not 0 <= ci < len(classes) for ws in weights.values() for ci, _ in ws):
        raise KnowledgeError(f"{shown}: a weight names a class index out of range")
    if dense and (len(dense) != len(classes) or len({len(row) for row in dense}) != 1):
        raise KnowledgeError(f"{shown}: the dense weights need one row per class, all of one length")
    return TriggerModel(classes, bias, weights, threshold, str(data.get("trained_on", "")), dense)


@functools.lru_cache(maxsize=4)
def load_model(path: str | None = None) -> TriggerModel | None:
    """The packaged model (or the one at ``path``); None when the package ships none."""
    if path is None:
        resource = resources.files("storyline.knowledge").joinpath(MODEL_PATH)
        if not resource.is_file():
            return None
        text, shown = resource.read_text(encoding="utf-8"), f"knowledge/{MODEL_PATH}"
    else:
        text, shown = Path(path).read_text(encoding="utf-8"), path
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnowledgeError(f"{shown}: not valid JSON ({exc}); rebuild it with `make model`") from exc
    return parse_model(data, shown)


def is_candidate(tok: Token, lex: Lexicon) -> bool:
    """A content word that could tell an event: a verb, a common noun, or a listed adjective or name."""
    if tok.pos_ not in _CANDIDATE_POS or tok.is_stop or not tok.is_alpha or len(tok.text) < 3:
        return False
    if tok.ent_type_ in _NAME_ENTS:
        return False
    if tok.pos_ == "ADJ":
        return tok.lemma_.lower() in lex.adjectives
    if tok.pos_ == "PROPN":
        return tok.lemma_.lower() in lex.nouns
    return True


def _lexicon_types(tok: Token, lex: Lexicon) -> set[str]:
    """What the lexicon lists the word as, whatever its constraints say (a prior)."""
    out: set[str] = set()
    for lemma in verb_lemmas(tok) if tok.pos_ == "VERB" else (tok.lemma_.lower(),):
        for table, tag in ((lex.verbs, "v"), (lex.nouns, "n"), (lex.adjectives, "a")):
            for e in table.get(lemma, ()):
                out.add(f"{tag}:{e.type}")
                out.add(f"x:{e.type}")
                if e.mode:
                    out.add(f"xm:{e.type}:{e.mode}")
    return out


def features(tok: Token, lex: Lexicon, covered: dict[int, str]) -> list[str]:
    """The word's features: itself, its place in the parse, its neighbours and the lexicon's prior.

    ``covered`` maps token indices the rules already made (part of) a trigger to the type."""
    lemma = tok.lemma_.lower()
    head = tok.head
    hl = head.lemma_.lower()
    out = ["bias", f"l={lemma}", f"p={tok.pos_}", f"t={tok.tag_}", f"d={tok.dep_}", f"ld={lemma}|{tok.dep_}",
           f"lp={lemma}|{tok.pos_}", f"hl={hl}", f"hd={tok.dep_}>{hl}", f"hp={tok.dep_}>{head.pos_}",
           f"suf={tok.lower_[-3:]}"]
    if head.i != tok.i and head.i in covered:
        out.append(f"gov={covered[head.i]}")
        out.append(f"govd={covered[head.i]}|{tok.dep_}")
    if head.ent_type_ in _ACTOR_ENTS:
        out.append(f"he={tok.dep_}>{head.ent_type_}")
    out.extend(f"lex={t}" for t in _lexicon_types(tok, lex))
    if head.i != tok.i:
        out.extend(f"hlex={t}" for t in _lexicon_types(head, lex) if t.startswith("x:"))
    for c in tok.children:
        dep = c.dep_
        if dep in _CHILD_DEPS:
            out.append(f"c={dep}")
            out.append(f"cl={dep}={c.lemma_.lower()}")
            if c.ent_type_:
                out.append(f"ce={dep}={c.ent_type_}")
            if c.i in covered:
                out.append(f"cgov={dep}={covered[c.i]}")
        elif dep == "prep":
            out.append(f"pr={c.lower_}")
            out.append(f"lpr={lemma}|{c.lower_}")
            for o in c.children:
                if o.dep_ == "pobj":
                    out.append(f"po={c.lower_}={o.lemma_.lower()}")
                    if o.ent_type_:
                        out.append(f"pe={c.lower_}={o.ent_type_}")
    doc = tok.doc
    if tok.i > 0:
        out.append(f"w-1={doc[tok.i - 1].lower_}")
    if tok.i + 1 < len(doc):
        out.append(f"w+1={doc[tok.i + 1].lower_}")
    if tok.pos_ in ("NOUN", "PROPN"):
        light = light_verb(tok, lex)
        if light is not None:
            out.append(f"lv={light.lemma_.lower()}")
    return out


def vector(tok: Token) -> Sequence[float]:
    """The word's contextual vector from the pipeline's tok2vec (empty when the doc has none)."""
    tensor = tok.doc.tensor
    return tensor[tok.i].tolist() if tensor is not None and len(tensor) > tok.i else ()


def covered_tokens(found: Iterable[Trigger]) -> dict[int, str]:
    """Token index → type for every word the rules' triggers use: the trigger, its light verb
    and the triggers it absorbed."""
    out: dict[int, str] = {}
    stack = list(found)
    while stack:
        trig = stack.pop()
        out.setdefault(trig.token.i, trig.type)
        if trig.light is not None:
            out.setdefault(trig.light.i, trig.type)
        stack.extend(trig.absorbed)
    return out


def _entry(tok: Token, etype: str, p: float) -> TriggerEntry:
    pos = "noun" if tok.pos_ in ("NOUN", "PROPN") else "adj" if tok.pos_ == "ADJ" else "verb"
    return TriggerEntry(type=etype, lemma=tok.lemma_.lower(), pos=pos, confidence=round(min(p, 0.8), 3))


def candidates(sent: Span, found: list[Trigger], lex: Lexicon) -> list[tuple[Token, list[str]]]:
    """Every candidate word of the sentence the rules left alone, with its features."""
    covered = covered_tokens(found)
    return [(tok, features(tok, lex, covered)) for tok in span_tokens(sent)
            if tok.i not in covered and is_candidate(tok, lex)]


def propose(sent: Span, found: list[Trigger], lex: Lexicon, model: TriggerModel) -> list[Trigger]:
    """Triggers for the words the model is confident tell an event the rules did not find."""
    out = []
    for tok, feats in candidates(sent, found, lex):
        etype, p = model.best(feats, vector(tok) if model.dense else ())
        if p >= model.threshold:
            entry = _entry(tok, etype, p)
            out.append(Trigger(tok, entry, light=light_verb(tok, lex) if entry.pos == "noun" else None))
    return out
