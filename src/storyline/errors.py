"""The errors a user can meet. Every message says what went wrong and what to do next.

The CLI prints them as one line ``storyline: error: ...`` and exits 1; the REST API turns
:class:`NotFound` into 404 and :class:`BadParameter` into 422.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base class: a user error with a message that says what to do."""


class InputError(StorylineError):
    """An input could not be read (missing, unreadable, unsupported, malformed)."""


class RejectedInput(InputError):
    """One input record was rejected; ``reason`` is stored in the rejection ledger."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class KnowledgeError(StorylineError):
    """A knowledge file (actors, cue verbs, event patterns) failed validation."""


class StoreError(StorylineError):
    """The database could not be opened, migrated or written."""


class NotFound(StorylineError):
    """No record with that id or name."""


class BadParameter(StorylineError):
    """A parameter has the wrong form (a date that is not YYYY-MM-DD, an unknown type)."""


class MissingDependency(StorylineError):
    """An optional dependency (Ray, pyarrow) is needed for what was asked."""
