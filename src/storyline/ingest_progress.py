"""Progress for long ingests: a rich bar on a terminal, plain lines when piped."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

from storyline.models import Analysis, Rejection


class ProgressReporter:
    """Counts inputs as they finish; rejections are reported as they happen."""

    def __init__(self, stream: Any = None, every: int = 50) -> None:
        self.stream = stream or sys.stderr
        self.every = every
        self.done = 0
        self.words = 0
        self.started = time.monotonic()
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> ProgressReporter:
        if self.stream.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(), TextColumn("ingest"), BarColumn(), TextColumn("{task.completed} inputs"),
                TextColumn("{task.fields[wps]} words/s"), TimeElapsedColumn(), TextColumn("{task.description}"),
                console=Console(file=self.stream), transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("", total=None, wps="-")
        return self

    def update(self, key: str, result: Analysis | Rejection | None) -> None:
        self.done += 1
        if isinstance(result, Analysis):
            self.words += len(result.article.text.split())
        elapsed = max(time.monotonic() - self.started, 1e-6)
        if self._progress is not None:
            self._progress.update(self._task, advance=1, description=key[-50:], wps=f"{self.words / elapsed:,.0f}")
            if isinstance(result, Rejection):
                self._progress.console.print(f"rejected {key}: {result.reason}")
            return
        if isinstance(result, Rejection):
            print(f"rejected {key}: {result.reason}", file=self.stream)
        if self.done % self.every == 0:
            print(f"ingest: {self.done} inputs, {self.words / elapsed:,.0f} words/s", file=self.stream)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()
