"""A pipeline of named, ordered steps, in the manner of spaCy's components.

One document flows one way: ``clean → nlp → actors → quotes → events``. Each step takes
the :class:`DocState` and adds its layer; none removes what an earlier step made. Steps
are registered by name with :func:`register`, so a user can switch one off
(``Pipeline(disable=["events"])``) or replace it (``Pipeline(replace={"quotes": fn})``).

The same :meth:`Pipeline.run` is what the local process pool and the Ray driver call, so
there is one code path for one document whatever runs it.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storyline.errors import KnowledgeError, RejectedInput, StorylineError
from storyline.knowledge.loader import knowledge_in_force
from storyline.models import Actor, Analysis, Article, Event, Quote, RawDocument, Rejection

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

DEFAULT_STEPS: tuple[str, ...] = ("clean", "nlp", "actors", "quotes", "events")
# Modules whose import registers the built-in steps.
_BUILTIN_MODULES = (
    "storyline.nlp.steps",
    "storyline.nlp.actors",
    "storyline.nlp.quotes",
    "storyline.nlp.events",
)


@dataclass(frozen=True)
class Options:
    """Per-run settings every step can read."""

    actor_files: tuple[str, ...] = ()
    batch_size: int = 16


@dataclass
class DocState:
    """One document on its way through the pipeline. Steps add layers to it."""

    raw: RawDocument
    options: Options = field(default_factory=Options)
    article: Article | None = None
    doc: Doc | None = None
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    # Working data shared between steps (e.g. the coreference resolver the actors step
    # builds and the quotes and events steps reuse). Never stored.
    scratch: dict[str, Any] = field(default_factory=dict)

    @property
    def is_english(self) -> bool:
        return self.article is not None and self.article.language == "en"

    def to_analysis(self) -> Analysis:
        if self.article is None:  # pragma: no cover - guarded by Pipeline.run
            raise StorylineError("document was not cleaned")
        return Analysis(
            article=self.article,
            actors=tuple(self.actors),
            quotes=tuple(self.quotes),
            events=tuple(self.events),
            skipped_steps=tuple(self.skipped),
        )


StepFunc = Callable[[DocState], None]
BatchFunc = Callable[[list[DocState]], None]


@dataclass(frozen=True)
class Step:
    """A registered step. ``english_only`` steps are skipped for other languages."""

    name: str
    func: StepFunc
    english_only: bool = True
    batch: BatchFunc | None = None

    def run_batch(self, states: list[DocState]) -> None:
        todo = [s for s in states if s.is_english or not self.english_only]
        for s in states:
            if s not in todo:
                s.skipped.append(self.name)
        if self.batch is not None and todo:
            try:
                self.batch(todo)
                return
            except KnowledgeError:
                raise
            except Exception:  # fall back to one document at a time
                log.warning("step %s failed on a batch; retrying document by document", self.name)
        for s in todo:
            try:
                self.func(s)
            except (RejectedInput, KnowledgeError):
                raise  # a rejected input, or a broken knowledge file the user must fix
            except Exception as exc:  # one bad document must not stop a run
                # one line (the document keeps the failure in skipped_steps); the traceback
                # only when debugging (``storyline --debug``)
                log.warning("step %s failed on %s: %s: %s", self.name, s.raw.input_key, type(exc).__name__, exc,
                            exc_info=log.isEnabledFor(logging.DEBUG))
                s.skipped.append(f"{self.name}: {type(exc).__name__}: {exc}")


REGISTRY: dict[str, Step] = {}


def register(
    name: str, *, english_only: bool = True, batch: BatchFunc | None = None
) -> Callable[[StepFunc], StepFunc]:
    """Register ``func`` as the step called ``name`` (later registrations replace earlier)."""

    def decorate(func: StepFunc) -> StepFunc:
        REGISTRY[name] = Step(name, func, english_only=english_only, batch=batch)
        return func

    return decorate


def load_builtin_steps() -> None:
    for module in _BUILTIN_MODULES:
        importlib.import_module(module)


class Pipeline:
    """The ordered steps, ready to run over raw documents."""

    def __init__(
        self,
        steps: Sequence[str] = DEFAULT_STEPS,
        *,
        disable: Iterable[str] = (),
        replace: dict[str, StepFunc] | None = None,
        options: Options | None = None,
    ) -> None:
        load_builtin_steps()
        disabled = set(disable)
        unknown = (disabled | set(steps) | set(replace or {})) - set(REGISTRY)
        if unknown:
            raise StorylineError(
                f"unknown pipeline step(s): {', '.join(sorted(unknown))}; "
                f"known steps are {', '.join(REGISTRY)}"
            )
        if "clean" in disabled:
            raise StorylineError("the 'clean' step cannot be disabled: every article is cleaned text")
        self.options = options or Options()
        self.steps: list[Step] = []
        for name in steps:
            if name in disabled:
                continue
            step = REGISTRY[name]
            if replace and name in replace:
                step = Step(name, replace[name], english_only=step.english_only)
            self.steps.append(step)

    @property
    def step_names(self) -> list[str]:
        return [s.name for s in self.steps]

    def run(
        self, raws: Iterable[RawDocument], batch_size: int | None = None
    ) -> Iterator[Analysis | Rejection]:
        """Analyse documents in batches; yields one Analysis or Rejection per input, in order."""
        size = batch_size or self.options.batch_size
        batch: list[RawDocument] = []
        for raw in raws:
            batch.append(raw)
            if len(batch) >= size:
                yield from self.run_batch(batch)
                batch = []
        if batch:
            yield from self.run_batch(batch)

    def run_batch(self, raws: Sequence[RawDocument]) -> list[Analysis | Rejection]:
        """The unit of work both engines call: a list of raw documents in, results out.
        The run's ``--actors`` files are in force for every step (see knowledge_in_force)."""
        with knowledge_in_force(self.options.actor_files):
            return self._run_batch(raws)

    def _run_batch(self, raws: Sequence[RawDocument]) -> list[Analysis | Rejection]:
        results: list[Analysis | Rejection | None] = [None] * len(raws)
        states: list[tuple[int, DocState]] = []
        for i, raw in enumerate(raws):
            states.append((i, DocState(raw=raw, options=self.options)))
        for step in self.steps:
            alive = []
            for i, state in states:
                try:
                    if step.name == "clean":
                        step.func(state)
                    alive.append((i, state))
                except RejectedInput as exc:
                    results[i] = Rejection(source=raw_source(state.raw), locator=state.raw.locator, reason=exc.reason)
            states = alive
            if step.name != "clean":
                step.run_batch([s for _, s in states])
        for i, state in states:
            results[i] = state.to_analysis()
        return [r for r in results if r is not None]

    def analyze(self, raw: RawDocument) -> Analysis:
        """Analyse one document; raises :class:`RejectedInput` when it cannot be read."""
        (result,) = self.run_batch([raw])
        if isinstance(result, Rejection):
            raise RejectedInput(result.reason)
        return result


def raw_source(raw: RawDocument) -> str:
    return raw.source
