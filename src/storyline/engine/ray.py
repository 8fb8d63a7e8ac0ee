"""The Ray engine: the same ``Pipeline.run_batch`` mapped over Ray Data batches.

Install with ``pip install 'storyline[ray]'``. On one machine Ray starts a local cluster;
set ``RAY_ADDRESS`` to use an existing one. Results come back in input order
(``preserve_order``) so the single writer stores them exactly as the local engine does.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from storyline.errors import MissingDependency
from storyline.models import Analysis, RawDocument, Rejection
from storyline.nlp.pipeline import Options, Pipeline


class _Analyzer:
    """A Ray actor class: one pipeline (and one spaCy model) per Ray worker."""

    def __init__(self, options: Options) -> None:
        self.pipeline = Pipeline(options=options)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        raws = [RawDocument(**r) for r in batch["raw"]]
        return {"result": list(self.pipeline.run_batch(raws))}


def run_ray(raws: Iterable[RawDocument], *, workers: int = 1, options: Options) -> Iterator[Analysis | Rejection]:
    try:
        import ray
    except ImportError as exc:
        raise MissingDependency("the ray engine needs Ray: pip install 'storyline[ray]' (or use --engine local)") from exc
    items = [{"raw": dataclasses.asdict(r)} for r in raws]
    if not items:
        return
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.WARNING)
    if not ray.is_initialized():
        ray.init(
            num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False, ignore_reinit_error=True,
            logging_level=logging.WARNING,
        )
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    ds = ray.data.from_items(items).map_batches(
        _Analyzer,
        fn_constructor_args=(options,),
        batch_size=options.batch_size,
        batch_format="default",
        concurrency=max(1, workers),
    )
    for row in ds.iter_rows():
        yield row["result"]
