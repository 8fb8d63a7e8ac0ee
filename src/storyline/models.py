"""The records storyline produces.

Every record is a frozen dataclass: plain, typed, immutable and cheap to pickle, so the
same objects travel between the local process pool, Ray workers and the store. Every
extracted record carries its provenance: character offsets into ``Article.text`` (the
cleaned text, half-open ``[start, end)``), the pipeline ``step`` that produced it and a
``confidence`` in ``[0, 1]``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "organization", "country", "group"]
SpeakerKind = Literal["person", "organization", "anonymous", "unknown"]
QuoteKind = Literal["direct", "mixed", "indirect"]
MentionKind = Literal["name", "title", "role", "pronoun", "metonym", "nickname", "other"]
DatePrecision = Literal["day", "week", "month", "year"]

# The 16 PLOVER event types, in PLOVER's order (cooperative first, then conflictual).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
COOPERATIVE_TYPES = frozenset(PLOVER_TYPES[:7])
CONFLICTUAL_TYPES = frozenset(PLOVER_TYPES[7:])


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of ``Article.text`` and its text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Offsets:
    """A character range without its text (used for sentences, which can be long)."""

    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Repair:
    """One debris repair made by the cleaner: what was there and what replaced it."""

    kind: str
    before: str
    after: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "before": self.before, "after": self.after}


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input record as a reader found it, before cleaning.

    ``source`` names the input (a path, ``-`` for stdin) and ``locator`` the record inside
    it (a JSONL line number, a WARC record offset) so a rejection or an article can always
    be traced back to where it came from.
    """

    source: str
    locator: str = ""
    text: str = ""
    html: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    source_id: str | None = None
    format: str = "txt"

    @property
    def input_key(self) -> str:
        return f"{self.source}#{self.locator}" if self.locator else self.source


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. ``id`` is the first 16 hex digits of sha256(text)."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str = "en"
    url: str | None = None
    source: str | None = None
    source_id: str | None = None
    repairs: tuple[Repair, ...] = ()
    duplicate_of: str | None = None
    dateline: str | None = None  # "SEOUL — ..." → "Seoul"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "language": self.language,
            "url": self.url,
            "source_id": self.source_id,
            "dateline": self.dateline,
            "text": self.text,
            "repairs": [r.to_dict() for r in self.repairs],
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where an actor is named or referred to."""

    start: int
    end: int
    text: str
    actor_id: str
    kind: MentionKind = "name"
    step: str = "actors"
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, country or group, resolved within one article.

    ``id`` is local to the article (``a1``, ``a2``…); ``key`` is the cross-article identity
    the store uses to join the same actor across articles.
    """

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    key: str | None = None
    step: str = "actors"
    confidence: float = 1.0
    evidence: Offsets | None = None  # sentence an appositive role was learned from

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "roles": list(self.roles),
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to. ``kind='anonymous'`` keeps the describing words."""

    actor_id: str | None
    name: str | None
    kind: SpeakerKind
    description: str | None = None
    count: int | None = None
    span: Span | None = None  # where the speaker is named in the text

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor_id": self.actor_id,
            "name": self.name,
            "kind": self.kind,
            "description": self.description,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """Reported speech: the words attributed to a speaker, without quotation marks."""

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Speaker
    sentence: Offsets
    cue: str | None = None
    channel: str | None = None
    confidence: float = 1.0
    step: str = "quotes"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speaker": self.speaker.to_dict(),
            "cue": self.cue,
            "channel": self.channel,
            "sentence": self.sentence.to_dict(),
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class EventActor:
    """The source or target of an event, with its codes copied from the actor."""

    actor_id: str | None
    name: str | None
    country: str | None = None
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"actor_id": self.actor_id, "name": self.name, "country": self.country, "sector": self.sector}


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER-coded event: source → type → target, with when, where and how sure."""

    type: str
    trigger: Span
    sentence: Offsets
    source: EventActor | None = None
    target: EventActor | None = None
    mode: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    location: str | None = None
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    confidence: float = 1.0
    step: str = "events"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "mode": self.mode,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "reported_by": self.reported_by,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be ingested, and why. Nothing is dropped silently."""

    source: str
    reason: str
    locator: str = ""
    time: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.source, "locator": self.locator, "reason": self.reason, "time": self.time}


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the pipeline found in one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    skipped_steps: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }


def replace(record: Any, **changes: Any) -> Any:
    """``dataclasses.replace`` re-exported: records are immutable, so steps build new ones."""
    return dataclasses.replace(record, **changes)
