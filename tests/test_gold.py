"""The gold sets stay well-formed: every line parses and points at text that exists."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_gold_validates() -> None:
    p = subprocess.run([sys.executable, str(ROOT / "eval" / "validate_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
    assert " 0 problem" in p.stdout
