"""The store: SQLite with a versioned schema, FTS5 search, WAL mode and one writer."""

from storyline.store.db import Store

__all__ = ["Store"]
