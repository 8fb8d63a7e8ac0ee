"""Knowledge as data: YAML/CSV files a user can read and extend.

This package holds the data files (countries, organisations, role words, known actors,
given names — and the other steps' cue-verb and event-pattern files) and small helpers to
read them with errors that name the file and line. The actor knowledge is assembled by
:func:`storyline.knowledge.loader.load_actor_knowledge`.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from storyline.errors import KnowledgeError

KNOWLEDGE_DIR = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    """The path of a bundled knowledge file (``countries.csv``)."""
    return KNOWLEDGE_DIR / name


# libyaml's parser when PyYAML was built with it (the PyPI wheels are): world.yaml alone is
# a thousand entries, and the pure-Python parser made loading the knowledge take seconds
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` with libyaml's parser when there is one (the same result, ~8× faster)."""
    return yaml.load(text, Loader=_SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[valid-type,misc]
    """Safe loading with dates left as strings, so a bad date is reported by the validator
    (with the entry it belongs to) rather than crashing the YAML parser."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: str | Path) -> Any:
    """Parse a YAML file; syntax errors become :class:`KnowledgeError` naming file and line."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError(f"cannot read knowledge file {p}: {exc.strerror or exc}; check the path") from exc
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{p}:{mark.line + 1}" if mark is not None else str(p)
        raise KnowledgeError(f"{where}: invalid YAML ({exc.problem}); fix the syntax there") from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{p}: invalid YAML ({exc}); fix the syntax") from exc


def word_set(data: dict[str, Any], key: str, path: str) -> frozenset[str]:
    """The list of words under ``key``, lower-cased; anything else is a KnowledgeError."""
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(f"{path}: '{key}' must be a list of words; fix the file or restore it from git")
    return frozenset(v.strip().lower() for v in value)


@functools.lru_cache(maxsize=32)
def _composed(path: str) -> yaml.Node | None:
    """The node tree of a file, composed once however many keys ask for line numbers."""
    try:
        return yaml.compose(Path(path).read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError):
        return None


def entry_lines(path: str | Path, key: str) -> list[int]:
    """1-based line numbers of the items of the top-level list ``key`` (for error messages)."""
    root = _composed(str(path))
    if not isinstance(root, yaml.MappingNode):
        return []
    for k, v in root.value:
        if getattr(k, "value", None) == key and isinstance(v, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in v.value]
    return []
