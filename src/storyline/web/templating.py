"""Jinja2 templates with autoescape always on, and the per-request store dependency."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from storyline.api import Storyline
from storyline.models import COOPERATIVE_TYPES, PLOVER_TYPES

HERE = Path(__file__).resolve().parent


def query(params: dict[str, Any], **changes: Any) -> str:
    """``?a=1&b=2`` from the current filters with some changed; empty values are dropped."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "", False)}
    return "?" + urlencode(kept) if kept else "?"


def polarity(event_type: str | None) -> str:
    return "cooperative" if (event_type or "").upper() in COOPERATIVE_TYPES else "conflictual"


# autoescape=True for every template, whatever its name: article text is untrusted.
_env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined)
_env.globals.update(query=query, polarity=polarity, PLOVER_TYPES=PLOVER_TYPES)
templates = Jinja2Templates(env=_env)


def get_storyline(request: Request) -> Iterator[Storyline]:
    """A read-only Storyline for one request, closed afterwards (connections are per thread)."""
    sl = Storyline(request.app.state.db_path, readonly=True)
    try:
        yield sl
    finally:
        sl.close()
