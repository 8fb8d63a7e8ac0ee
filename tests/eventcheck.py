"""Helpers the event tests share: the events of one text, one of them by type and trigger, an
actor's name, an event's date (each round's test file used to carry its own copy)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.models import Analysis, Event

Analyze = Callable[..., Analysis]


def actor_name(actor: Any) -> str:
    """An event actor's name, lower case ("" for none)."""
    return (actor.name or "").lower() if actor is not None else ""


def events_of(analyze: Analyze, text: str, published: str | None) -> list[Event]:
    return list(analyze(text, published=published).events)


def find_event(events: list[Event], type_: str, trigger: str | None = None) -> Event:
    """The first event of ``type_`` (on ``trigger``, when given); fails listing what there is."""
    found = [e for e in events if e.type == type_ and (trigger is None or e.trigger.text == trigger)]
    assert found, f"no {type_} among {[(e.type, e.trigger.text, actor_name(e.source), actor_name(e.target)) for e in events]}"
    return found[0]


def date_of(analyze: Analyze, text: str, published: str | None, type_: str, trigger: str) -> str | None:
    """The date of the first event of ``type_`` ("*" for any) whose trigger starts with ``trigger``."""
    events = events_of(analyze, text, published)
    found = [e for e in events if type_ in (e.type, "*") and e.trigger.text.lower().startswith(trigger.lower())]
    assert found, [(e.type, e.trigger.text, e.date) for e in events]
    return found[0].date
