"""Engines: drivers that run the same pipeline steps over many documents.

``local`` runs in this process or in a process pool (one spaCy model per worker);
``ray`` hands batches to Ray Data. Both call :meth:`Pipeline.run_batch` unchanged, and
both yield results in input order so the single writer can store them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from storyline.errors import BadParameter
from storyline.models import Analysis, RawDocument, Rejection
from storyline.nlp.pipeline import Options

Result = Analysis | Rejection
ENGINES = ("local", "ray")


def run(
    raws: Iterable[RawDocument], *, engine: str = "local", workers: int = 1, options: Options | None = None
) -> Iterator[Result]:
    """Analyse ``raws`` with the chosen engine; yields one result per input, in order."""
    options = options or Options()
    if engine == "local":
        from storyline.engine.local import run_local

        return run_local(raws, workers=workers, options=options)
    if engine == "ray":
        from storyline.engine.ray import run_ray

        return run_ray(raws, workers=workers, options=options)
    raise BadParameter(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
