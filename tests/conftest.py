"""Shared fixtures: the seeds, a temporary store, and the CLI run in-process or as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from storyline.models import Analysis, RawDocument, replace
from storyline.nlp.pipeline import REGISTRY, DocState, load_builtin_steps

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS_DIR = EXAMPLES / "seeds" if (EXAMPLES / "seeds").is_dir() else ROOT.parent / "shared" / "seeds"
SEED_CNN = SEEDS_DIR / "000_dc9a0929a95000c4.txt"
SEED_BLOOMBERG = SEEDS_DIR / "002_c63ea23ff0e24138.txt"
STORYLINE = [sys.executable, "-m", "storyline.cli"]


@pytest.fixture(scope="session")
def analyze() -> Callable[..., Analysis]:
    """The whole pipeline on one text (``analyze(text, published=...)``); the model loads once."""
    from storyline.analysis import analyze_text
    from storyline.nlp.model import load_nlp

    load_nlp()
    return analyze_text


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "t.db")


def run_cli(*args: str, input: bytes | None = None, cwd: str | Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run ``storyline ARGS`` as a real process, as a user would."""
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    return subprocess.run(
        [*STORYLINE, *args], input=input.decode() if input else None, capture_output=True, text=True,
        timeout=timeout, cwd=cwd, env=env,
    )


def run_steps(text: str, steps: tuple[str, ...], published: str | None = None) -> DocState:
    """Clean ``text`` and run the named steps on it, exactly as the pipeline would.

    One-sentence examples are too short for language detection, so they are taken as
    English here; everything else is the registered step functions, unchanged.
    """
    load_builtin_steps()
    state = DocState(raw=RawDocument(source="<test>", text=text, published=published))
    REGISTRY["clean"].func(state)
    assert state.article is not None
    state.article = replace(state.article, language="en")
    for name in steps:
        REGISTRY[name].func(state)
    return state
