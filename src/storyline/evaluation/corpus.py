"""Loading the gold sets and the documents they annotate (see eval/FORMAT.md).

A doc key is a path relative to the repository root, with ``#ID`` for one record of a
JSONL file and ``#N`` for the N-th article of a WARC (1-based). ``seeds/NAME`` resolves to
``examples/seeds/NAME``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError
from storyline.ingest.readers import ReadOptions, read_inputs
from storyline.models import Analysis, RawDocument
from storyline.nlp.pipeline import Pipeline

LAYERS = ("docs", "quotes", "events", "actors")
SPLITS = ("all", "dev", "story", "extra", "heldout")
EXTRA_PREFIX = "eval/extra/"
HELDOUT_PREFIX = "eval/heldout/"
# Splits whose errors the analysis scripts print only as counts, never line by line.
HIDDEN_SPLITS = frozenset({"heldout"})


def split_of(doc: str) -> str:
    """``story``: the seeds and the Korea story the rules were developed on; ``extra``: the
    varied-domain development docs under ``eval/extra/`` (other domains, another annotator;
    read line by line since round 6); ``heldout``: varied-domain docs under ``eval/heldout/``
    annotated by a third annotator and never read line by line by whoever changes the rules,
    so their figures stay a fair test of text nobody tuned on."""
    if doc.startswith(HELDOUT_PREFIX):
        return "heldout"
    return "extra" if doc.startswith(EXTRA_PREFIX) else "story"


def in_split(doc: str, split: str) -> bool:
    """Whether ``doc`` belongs to ``split`` (``all``: every gold doc; ``dev``: story and extra,
    the docs whose errors are read)."""
    if split == "dev":
        return split_of(doc) != "heldout"
    return split == "all" or split_of(doc) == split


def repo_root() -> Path:
    """The checkout holding ``eval/gold`` (``STORYLINE_ROOT`` or found from here / the cwd)."""
    env = os.environ.get("STORYLINE_ROOT")
    candidates = [Path(env)] if env else []
    candidates += [Path.cwd(), *Path.cwd().parents, *Path(__file__).resolve().parents]
    for c in candidates:
        if (c / "eval" / "gold").is_dir():
            return c
    raise StorylineError("cannot find eval/gold: run `storyline eval` from the storyline checkout or set STORYLINE_ROOT")


def load_gold(layer: str, root: Path | None = None) -> list[dict[str, Any]]:
    """Every record of one gold layer, in file order, each with ``_file`` and ``_line``."""
    if layer not in LAYERS:
        raise StorylineError(f"unknown gold layer {layer!r}: choose one of {', '.join(LAYERS)}")
    folder = (root or repo_root()) / "eval" / "gold" / layer
    records = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise StorylineError(f"{path}:{n}: malformed gold line: {exc.msg}") from exc
            rec["_file"], rec["_line"] = str(path), n
            records.append(rec)
    return records


def _doc_path(root: Path, key: str) -> tuple[Path, str | None]:
    path_part, _, record = key.partition("#")
    if path_part.startswith("seeds/"):
        path_part = "examples/" + path_part
    return root / path_part, (record or None)


@functools.lru_cache(maxsize=256)
def _read_file(path: str) -> tuple[RawDocument, ...]:
    items = read_inputs([path], ReadOptions())
    return tuple(i for i in items if isinstance(i, RawDocument))


def load_document(key: str, published: str | None, root: Path | None = None) -> RawDocument:
    root = root or repo_root()
    path, record = _doc_path(root, key)
    if not path.exists():
        raise StorylineError(f"gold document {key} not found at {path}")
    docs = _read_file(str(path))
    if record is None:
        if not docs:
            raise StorylineError(f"gold document {key} could not be read")
        doc = docs[0]
    elif record.isdigit() and not any(d.source_id == record for d in docs):
        doc = docs[int(record) - 1]
    else:
        matches = [d for d in docs if d.source_id == record]
        if not matches:
            raise StorylineError(f"gold document {key}: no record with id {record!r} in {path}")
        doc = matches[0]
    return dataclasses.replace(doc, published=published or doc.published, source_id=key)


def gold_documents(root: Path | None = None) -> list[tuple[str, RawDocument]]:
    """(doc key, raw document with the gold publication date) for every gold doc."""
    root = root or repo_root()
    out = []
    for rec in load_gold("docs", root):
        out.append((rec["doc"], load_document(rec["doc"], rec.get("published"), root)))
    return out


def analyse_documents(keys: Iterable[str] | None = None, pipeline: Pipeline | None = None) -> dict[str, Analysis]:
    """Run the pipeline over gold documents (all, or those in ``keys``): doc key → Analysis."""
    wanted = set(keys) if keys is not None else None
    docs = [(k, raw) for k, raw in gold_documents() if wanted is None or k in wanted]
    pipeline = pipeline or Pipeline()
    out: dict[str, Analysis] = {}
    for (key, _), result in zip(docs, pipeline.run(raw for _, raw in docs), strict=True):
        if isinstance(result, Analysis):
            out[key] = result
    return out
