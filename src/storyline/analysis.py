"""Analysing documents without storing them (``storyline analyze``, the Python API)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from storyline.models import Analysis, RawDocument, Rejection
from storyline.nlp.pipeline import Options, Pipeline


@functools.lru_cache(maxsize=4)
def default_pipeline(options: Options = Options()) -> Pipeline:  # noqa: B008 - frozen, hashable
    return Pipeline(options=options)


def analyze_text(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    source: str = "<text>",
) -> Analysis:
    """Run the whole pipeline on one text: ``analyze_text("Pompeo met Kang on Thursday.")``."""
    raw = RawDocument(source=source, text=text, published=published, title=title, outlet=outlet, url=url)
    return default_pipeline().analyze(raw)


def analyze_raw(raws: Iterable[RawDocument], options: Options | None = None) -> Iterator[Analysis | Rejection]:
    """Run the pipeline over raw documents, yielding results in input order."""
    return default_pipeline(options or Options()).run(raws)
