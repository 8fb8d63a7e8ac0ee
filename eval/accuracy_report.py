"""Rewrite the measured tables of docs/accuracy.md from one scoring run (``make accuracy``).

    .venv/bin/python eval/accuracy_report.py [--check]

Every gold document is analysed once with the whole pipeline; quotes (beside textacy),
actors and events are then scored per split, and each table between its
``<!-- NAME:start -->`` / ``<!-- NAME:end -->`` markers in docs/accuracy.md is replaced, so
the document says what the code does today. ``--check`` only reports whether the file is up
to date (exit 1 when a table would change).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from storyline.evaluation import actors as actor_eval
from storyline.evaluation import events as event_eval
from storyline.evaluation import quotes as quote_eval
from storyline.evaluation.corpus import analyse_documents, in_split, load_gold, repo_root
from storyline.models import Analysis

SPLIT_ORDER = ("all", "dev", "story", "extra", "heldout")
NOTES = {"extra": "development", "heldout": "held out"}


def _label(split: str, what: str) -> str:
    note = NOTES.get(split)
    return f"{split} ({what}{', ' + note if note else ''})"


def _subset(records: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    return [r for r in records if in_split(r["doc"], split)]


def quotes_tables(gold: list[dict[str, Any]], analyses: dict[str, Analysis]) -> tuple[str, str]:
    rows = ["| split | overall F1 | direct F1 | mixed F1 | indirect F1 | direct+mixed F1 | speaker accuracy | anonymous recall |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    side = ["| split | system | overall F1 | direct F1 | mixed F1 | indirect F1 | speaker accuracy | anonymous recall |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    try:
        baseline: dict[str, list[dict[str, Any]]] | None = quote_eval.textacy_quotes(
            {k: a.article.text for k, a in analyses.items()})
    except ImportError:
        baseline = None
    for split in SPLIT_ORDER:
        sub = _subset(gold, split)
        if not sub:
            continue
        r = quote_eval.evaluate(sub, analyses)
        rows.append(f"| {_label(split, f'{len(sub)} quotes')} | {r['overall']['f1']:.3f} | {r['direct']['f1']:.3f} | "
                    f"{r['mixed']['f1']:.3f} | {r['indirect']['f1']:.3f} | {r['quoted']['f1']:.3f} | "
                    f"{r['speaker_accuracy']:.3f} | {r['anonymous_recall']:.3f} |")
        if split in ("all", "heldout"):
            systems: list[tuple[str, Any]] = [("storyline", analyses)]
            if baseline is not None:
                systems.append(("textacy", baseline))
            for name, preds in systems:
                b = quote_eval.evaluate(sub, preds)
                side.append(f"| {split} | {name} | {b['overall']['f1']:.3f} | {b['direct']['f1']:.3f} | {b['mixed']['f1']:.3f} | "
                            f"{b['indirect']['f1']:.3f} | {b['speaker_accuracy']:.3f} | {b['anonymous_recall']:.3f} |")
    return "\n".join(rows), "\n".join(side)


def _prf(s: dict[str, Any]) -> str:
    return f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}"


def actors_table(gold: list[dict[str, Any]], analyses: dict[str, Analysis]) -> str:
    rows = ["| split | B³ P | B³ R | B³ F1 | MUC F1 | country accuracy | sector accuracy | cross-article links P / R / F1 |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for split in SPLIT_ORDER:
        sub = _subset(gold, split)
        if not sub:
            continue
        s = actor_eval.evaluate(sub, analyses)
        what = f"{s['documents']} docs, {s['actors']} actors, {s['mentions']} mentions"
        rows.append(f"| {_label(split, what)} | {s['b3']['precision']:.3f} | {s['b3']['recall']:.3f} | {s['b3']['f1']:.3f} | "
                    f"{s['muc']['f1']:.3f} | {s['country_accuracy']:.3f} | {s['sector_accuracy']:.3f} | {_prf(s['cross_article']['links'])} |")
    return "\n".join(rows)


def events_table(gold: list[dict[str, Any]], analyses: dict[str, Analysis]) -> str:
    rows = ["| split | type macro-F1 | type micro P / R / F1 | src/tgt country F1 | src/tgt sector F1 | date accuracy | date agreement | negation |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    per_type = ""
    for split in SPLIT_ORDER:
        sub = _subset(gold, split)
        if not sub:
            continue
        s = event_eval.evaluate(sub, analyses)
        m = s["type_micro"]
        what = f"{s['gold_events']} events, {s['documents']} docs"
        rows.append(f"| {_label(split, what)} | {s['type_macro_f1']:.3f} | {m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f} | "
                    f"{s['country']['f1']:.3f} | {s['sector']['f1']:.3f} | {s['date_accuracy']:.3f} ({s['dated']} dated) | "
                    f"{s['date_agreement']:.3f} | {s['negation_accuracy']:.3f} |")
        if split == "dev":
            per_type = ", ".join(f"{t} {v['f1']:.3f}" for t, v in s["per_type"].items())
    return "\n".join(rows) + f"\n\nPer type on the dev split (F1): {per_type}."


def render(doc: str, tables: dict[str, str]) -> str:
    for name, body in tables.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(\n<!-- {name}:end -->)", re.S)
        if not pattern.search(doc):
            raise SystemExit(f"docs/accuracy.md has no <!-- {name}:start --> ... <!-- {name}:end --> markers")
        doc = pattern.sub(lambda m, b=body: m.group(1) + b + m.group(2), doc)  # type: ignore[misc]
    return doc


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 when docs/accuracy.md is out of date")
    args = parser.parse_args(argv)
    layers = {layer: load_gold(layer) for layer in ("quotes", "actors", "events")}
    analyses = analyse_documents({r["doc"] for records in layers.values() for r in records})
    quotes, textacy = quotes_tables(layers["quotes"], analyses)
    builders: dict[str, Callable[[], str]] = {
        "quotes": lambda: quotes,
        "textacy": lambda: textacy,
        "actors": lambda: actors_table(layers["actors"], analyses),
        "events": lambda: events_table(layers["events"], analyses),
    }
    path = repo_root() / "docs" / "accuracy.md"
    old = path.read_text(encoding="utf-8")
    new = render(old, {name: build() for name, build in builders.items()})
    if args.check:
        print("docs/accuracy.md is up to date" if new == old else "docs/accuracy.md is out of date: run make accuracy")
        return 0 if new == old else 1
    path.write_text(new, encoding="utf-8")
    print(f"rewrote the tables of {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
