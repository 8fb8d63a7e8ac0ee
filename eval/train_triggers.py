"""Train the learned trigger proposer (storyline.nlp.events.learned) on the development gold.

    .venv/bin/python eval/train_triggers.py [--cv 5] [--C 0.5] [--out PATH] [--no-write]

What it learns: for every candidate word the lexicon rules left alone, which PLOVER type (or
none) the annotators coded on it. Examples come from the **story and extra** gold only; the
held-out split is never read. Steps:

1. run the pipeline once over the training documents with the rules alone, keeping every
   candidate word and its features (``extract_events(collect=...)``);
2. label a candidate with a gold event's type when that event is one the rules missed and
   the word is its trigger (for "held talks" the noun, as the lexicon codes it); words of gold
   events the rules did find are left out, every other candidate is ``NONE``;
3. ``--cv K``: K document folds — train on K−1, run the events step with that model on the
   held-back fold, score it against the gold like ``storyline eval events`` — for each
   threshold in the grid, and print the table next to the rules alone;
4. train on every document, take the threshold with the best cross-validated macro-F1 (ties:
   micro-F1) and write the model to ``src/storyline/knowledge/event_triggers.json``.

Needs scikit-learn (a development dependency); the model it writes is plain JSON that the
events step reads without it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from storyline.evaluation.corpus import analyse_documents, in_split, load_gold
from storyline.evaluation.events import evaluate, match_document, normalise
from storyline.models import Analysis
from storyline.nlp.events import extract_events
from storyline.nlp.events.knowledge import load_lexicon
from storyline.nlp.events.learned import NONE, TriggerModel
from storyline.nlp.pipeline import DocState, Pipeline

OUT = Path(__file__).resolve().parent.parent / "src" / "storyline" / "knowledge" / "event_triggers.json"
TRAIN_SPLITS = ("story", "extra")
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
MIN_COUNT = 2
MIN_WEIGHT = 0.02

Example = tuple[list[str], list[float], str]
DENSE = False


def collect() -> tuple[dict[str, list[dict[str, Any]]], dict[str, DocState], list[dict[str, Any]]]:
    """Rules-only run over the training documents: candidates per doc, the states, the gold."""
    gold = [g for g in load_gold("events") if any(in_split(g["doc"], s) for s in TRAIN_SPLITS)]
    cands: dict[str, list[dict[str, Any]]] = {}
    states: dict[str, DocState] = {}

    def step(state: DocState) -> None:
        key = state.raw.source_id or ""
        states[key] = state
        state.events.extend(extract_events(state, model=None, collect=cands.setdefault(key, [])))

    analyse_documents({g["doc"] for g in gold}, Pipeline(replace={"events": step}))
    return cands, states, gold


def _trigger_word(matches: list[dict[str, Any]], light_verbs: frozenset[str]) -> dict[str, Any]:
    """The candidate that is the gold trigger: a verb, unless it is the light verb of a noun."""
    verbs = [c for c in matches if c["pos"] == "VERB" and c["lemma"] not in light_verbs]
    return (verbs or [c for c in matches if c["pos"] != "VERB"] or matches)[0]


def label(doc: str, text: str, cands: list[dict[str, Any]], gold: list[dict[str, Any]],
          analysis: Analysis) -> list[Example]:
    """(features, label) for every candidate of one document."""
    pairs, _ = match_document(gold, analysis)
    found = {id(g) for g, _ in pairs}
    light_verbs = load_lexicon().w("light_verbs")
    labels: dict[int, str] = {}
    ignored: set[int] = set()
    sentences = {c["sentence"]: normalise(text[c["sentence"][0]:c["sentence"][1]]) for c in cands}
    for g in gold:
        needle = normalise(g.get("sentence") or "")
        words = set(normalise(g.get("trigger") or "").replace("-", " ").split())
        if not needle or not words:
            continue
        matches = [c for c in cands if needle in sentences[c["sentence"]]
                   and normalise(text[c["start"]:c["end"]]) in words]
        if not matches:
            continue
        if id(g) in found:
            ignored.update(id(c) for c in matches)
            continue
        chosen = _trigger_word(matches, light_verbs)
        labels.setdefault(id(chosen), g["type"])
        ignored.update(id(c) for c in matches if c is not chosen)
    return [(c["features"], c["vector"], labels.get(id(c), NONE)) for c in cands
            if id(c) in labels or id(c) not in ignored]


def train(examples: list[Example], c: float, threshold: float, trained_on: str) -> TriggerModel:
    """A multinomial logistic regression over the features seen at least MIN_COUNT times."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from scipy.sparse import hstack

    counts = Counter(f for feats, _, _ in examples for f in set(feats))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    classes = sorted({y for _, _, y in examples} | {NONE})
    rows, cols = [], []
    for r, (feats, _, _) in enumerate(examples):
        idx = sorted({vocab[f] for f in feats if f in vocab})
        rows.extend([r] * len(idx))
        cols.extend(idx)
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(vocab)))
    dims = len(examples[0][1]) if DENSE and examples and examples[0][1] else 0
    if dims:
        x = hstack([x, csr_matrix(np.array([v for _, v, _ in examples]))]).tocsr()
    y = np.array([classes.index(lab) for _, _, lab in examples])
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(x, y)
    learned = [classes[i] for i in clf.classes_]
    coef = clf.coef_
    inverse = {i: f for f, i in vocab.items()}
    weights: dict[str, tuple[tuple[int, float], ...]] = {}
    for j in range(len(vocab)):
        ws = tuple((ci, float(coef[ci, j])) for ci in range(coef.shape[0]) if abs(coef[ci, j]) >= MIN_WEIGHT)
        if ws:
            weights[inverse[j]] = ws
    dense = tuple(tuple(float(w) for w in coef[ci, len(vocab):]) for ci in range(coef.shape[0])) if dims else ()
    return TriggerModel(tuple(learned), tuple(float(b) for b in clf.intercept_), weights, threshold, trained_on,
                        dense)


def _fold(doc: str, k: int) -> int:
    return int(hashlib.sha1(doc.encode()).hexdigest(), 16) % k


def _with_threshold(model: TriggerModel, threshold: float) -> TriggerModel:
    return TriggerModel(model.classes, model.bias, model.weights, threshold, model.trained_on, model.dense)


def rescored(states: dict[str, DocState], docs: list[str], model: TriggerModel | None) -> dict[str, Analysis]:
    """Analyses of ``docs`` with the events step re-run under ``model`` (None: rules alone)."""
    out = {}
    for doc in docs:
        state = states[doc]
        state.events = extract_events(state, model=model)
        out[doc] = state.to_analysis()
    return out


def _row(name: str, s: dict[str, Any]) -> str:
    m = s["type_micro"]
    return (f"{name:<10} macro {s['type_macro_f1']:.3f}  micro P {m['precision']:.3f} R {m['recall']:.3f} "
            f"F1 {m['f1']:.3f}  country {s['country']['f1']:.3f}  date {s['date_accuracy']:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, default=5, help="document folds for choosing the threshold (0: none)")
    parser.add_argument("--C", type=float, default=0.5, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, help="use this threshold instead of the cross-validated one")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-write", action="store_true", help="report only; leave the packaged model alone")
    args = parser.parse_args(argv)

    print("collecting candidates (rules-only run over story + extra gold) ...", file=sys.stderr)
    cands, states, gold = collect()
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        by_doc[g["doc"]].append(g)
    docs = sorted(d for d in by_doc if d in states)
    base = rescored(states, docs, None)
    examples = {d: label(d, states[d].article.text if states[d].article else "", cands[d], by_doc[d], base[d])
                for d in docs}
    n_pos = sum(y != NONE for ex in examples.values() for _, _, y in ex)
    print(f"{len(docs)} documents, {sum(map(len, examples.values()))} candidates, {n_pos} labelled with a type "
          f"the rules missed")
    print(_row("rules", evaluate(gold, base)))

    threshold = args.threshold
    if args.cv:
        per_threshold: dict[float, dict[str, Analysis]] = {t: {} for t in THRESHOLDS}
        for k in range(args.cv):
            held = [d for d in docs if _fold(d, args.cv) == k]
            train_ex = [e for d in docs if _fold(d, args.cv) != k for e in examples[d]]
            model = train(train_ex, args.C, THRESHOLDS[0], f"fold {k}")
            for t in THRESHOLDS:
                per_threshold[t].update(rescored(states, held, _with_threshold(model, t)))
        scores = {t: evaluate(gold, a) for t, a in per_threshold.items()}
        for t, s in scores.items():
            print(_row(f"cv@{t:.2f}", s))
        if threshold is None:
            threshold = max(THRESHOLDS, key=lambda t: (round(scores[t]["type_macro_f1"], 4),
                                                       scores[t]["type_micro"]["f1"]))
    threshold = threshold if threshold is not None else 0.55
    model = train([e for d in docs for e in examples[d]], args.C, threshold,
                  f"{len(docs)} story+extra gold documents, C={args.C}")
    print(f"final model: threshold {threshold:.2f}, {len(model.weights)} features")
    if not args.no_write:
        args.out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
