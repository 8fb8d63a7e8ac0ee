"""``storyline analyze``: the contract's JSON for documents, without storing them."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import click

from storyline.analysis import default_pipeline
from storyline.api import check_date
from storyline.errors import InputError, RejectedInput
from storyline.ingest.readers import ReadOptions, read_inputs
from storyline.models import Analysis, RawDocument, Rejection


def _source_id(raw: RawDocument, path: str, many_in_file: bool) -> str:
    if raw.source_id:
        return raw.source_id
    if many_in_file and raw.locator:
        return f"{path}#{raw.locator}"
    return path


def run_analyze(
    files: tuple[str, ...], *, published: str | None, title: str | None, url: str | None, outlet: str | None, as_json: bool
) -> int:
    """Analyse every document in ``files``; returns the exit status."""
    published = check_date(published, "--published")
    lines_mode = len(files) > 1
    failures = 0
    outputs = 0
    pipeline = default_pipeline()
    for path in files:
        if path != "-" and not Path(path).is_file():
            reason = "no such file" if not Path(path).exists() else "not a file (analyze takes files; use ingest for folders)"
            if not lines_mode:
                raise InputError(f"cannot analyze {path}: {reason}")
            click.echo(json.dumps({"error": reason, "source_id": path}))
            failures += 1
            continue
        items = list(read_inputs([path], ReadOptions()))
        many = len(items) > 1 or path.lower().endswith((".jsonl", ".ndjson"))
        lines_mode = lines_mode or many
        for item in items:
            if isinstance(item, Rejection):
                sid = f"{path}#{item.locator}" if item.locator else path
                if not lines_mode:
                    raise RejectedInput(f"cannot analyze {path}: {item.reason}")
                click.echo(json.dumps({"error": item.reason, "source_id": sid}))
                failures += 1
                continue
            raw = dataclasses.replace(
                item,
                published=published or item.published,
                title=title or item.title,
                url=url or item.url,
                outlet=outlet or item.outlet,
                source_id=_source_id(item, path, many),
            )
            try:
                result = pipeline.analyze(raw)
            except RejectedInput as exc:
                if not lines_mode:
                    raise RejectedInput(f"cannot analyze {path}: {exc.reason}") from exc
                click.echo(json.dumps({"error": exc.reason, "source_id": raw.source_id}))
                failures += 1
                continue
            outputs += 1
            _print(result, as_json=as_json, lines=lines_mode)
    if failures:
        print(f"storyline: error: {failures} input(s) could not be analysed (see the error lines)", file=sys.stderr)
        return 1
    return 0


def _print(result: Analysis, *, as_json: bool, lines: bool) -> None:
    data = result.to_dict()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False) if lines else json.dumps(data, ensure_ascii=False, indent=2))
        return
    from storyline.render import render_analysis

    render_analysis(data)
