"""The local engine: in-process, or a process pool with one model per worker."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from storyline.models import Analysis, RawDocument, Rejection
from storyline.nlp.pipeline import Options, Pipeline

_worker_pipeline: Pipeline | None = None


def _init_worker(options: Options) -> None:
    """Load the model once per worker process, not once per batch."""
    global _worker_pipeline
    from storyline.nlp.model import load_nlp

    load_nlp()
    _worker_pipeline = Pipeline(options=options)


def _work(batch: list[RawDocument]) -> list[Analysis | Rejection]:
    assert _worker_pipeline is not None
    return _worker_pipeline.run_batch(batch)


def _chunks(raws: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    it = iter(raws)
    while chunk := list(islice(it, size)):
        yield chunk


def run_local(raws: Iterable[RawDocument], *, workers: int = 1, options: Options) -> Iterator[Analysis | Rejection]:
    if workers <= 1:
        yield from Pipeline(options=options).run(raws)
        return
    workers = min(workers, os.cpu_count() or 1) or 1
    window = workers * 2  # batches in flight: bounded, so a huge corpus never sits in memory
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(options,)) as pool:
        pending: deque[Future[list[Analysis | Rejection]]] = deque()
        for chunk in _chunks(raws, options.batch_size):
            pending.append(pool.submit(_work, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
