"""Shapes the pages and charts need, built only from :class:`storyline.api.Storyline` calls.

``marked_text`` splits an article at every offset of its quotes, actor mentions and event
triggers; each piece is plain text that the template escapes, with the ids of the records
covering it. No piece of article text is ever turned into markup.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from storyline.api import MAX_LIMIT, Storyline
from storyline.errors import BadParameter
from storyline.models import COOPERATIVE_TYPES

# The most events a timeline or network draws; beyond that the filters narrow it down.
CHART_LIMIT = 2000
TRUE_WORDS = {"true", "1", "yes", "on", "anonymous"}
FALSE_WORDS = {"false", "0", "no", "off", "named"}
ACTOR_KINDS = ("person", "organization", "country", "group")


def parse_flag(value: str | None, name: str) -> bool | None:
    """``true/false`` (also 1/0, yes/no, anonymous/named) or empty for either; else 422."""
    if value is None or value.strip() == "":
        return None
    low = value.strip().lower()
    if low in TRUE_WORDS:
        return True
    if low in FALSE_WORDS:
        return False
    raise BadParameter(f"{name} must be true or false (got {value!r})")


def check_kind(kind: str | None) -> str | None:
    if not kind:
        return None
    if kind not in ACTOR_KINDS:
        raise BadParameter(f"unknown actor kind {kind!r}: choose one of {', '.join(ACTOR_KINDS)}")
    return kind


def blank(value: str | None) -> str | None:
    """Form fields arrive as empty strings; the API wants None for 'no filter'."""
    return value.strip() if value and value.strip() else None


# -- marked article text --------------------------------------------------------------------
@dataclass
class Piece:
    """A run of article text covered by the same set of marks."""

    text: str
    start: int
    quotes: list[int] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    events: list[int] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)  # quote ids that start here (#q<id>)

    @property
    def classes(self) -> str:
        names = []
        if self.quotes:
            names.append("mk mk-quote")
        if self.mentions:
            names.append("mk mk-actor")
        if self.events:
            names.append("mk mk-event")
        return " ".join(names)

    @property
    def refs(self) -> str:
        """Record ids for the click handler: q12 m:a1:0 e4 (plain ASCII, never article text)."""
        return " ".join([f"q{i}" for i in self.quotes] + [f"m:{m}" for m in self.mentions] + [f"e{i}" for i in self.events])


def marked_text(article: dict[str, Any]) -> list[Piece]:
    """The article text cut at every mark boundary, each piece knowing which marks cover it."""
    text: str = article["text"]
    n = len(text)
    marks: list[tuple[int, int, str, Any]] = []
    for q in article.get("quotes", []):
        marks.append((q["start"], q["end"], "q", q["id"]))
    for a in article.get("actors", []):
        for i, m in enumerate(a.get("mentions", [])):
            marks.append((m["start"], m["end"], "m", f"{a['id']}:{i}"))
    for e in article.get("events", []):
        marks.append((e["trigger"]["start"], e["trigger"]["end"], "e", e["id"]))
    marks = [(max(0, s), min(n, t), k, i) for s, t, k, i in marks if 0 <= s < t <= n]
    cuts = sorted({0, n, *(s for s, _, _, _ in marks), *(t for _, t, _, _ in marks)})
    pieces: list[Piece] = []
    for a, b in itertools.pairwise(cuts):
        piece = Piece(text=text[a:b], start=a)
        for s, t, kind, ident in marks:
            if s <= a and b <= t:
                if kind == "q":
                    piece.quotes.append(ident)
                    if s == a:
                        piece.anchors.append(ident)
                elif kind == "m":
                    piece.mentions.append(ident)
                else:
                    piece.events.append(ident)
        pieces.append(piece)
    return pieces


def article_records(article: dict[str, Any]) -> dict[str, Any]:
    """The records behind the marks, keyed as in :attr:`Piece.refs`, for the detail panel."""
    records: dict[str, Any] = {}
    for q in article.get("quotes", []):
        records[f"q{q['id']}"] = {"layer": "quote", **{k: v for k, v in q.items() if k != "article"}}
    for a in article.get("actors", []):
        actor = {k: v for k, v in a.items() if k != "mentions"}
        for i, m in enumerate(a.get("mentions", [])):
            records[f"m:{a['id']}:{i}"] = {"layer": "actor", "mention": m, "actor": actor}
    for e in article.get("events", []):
        records[f"e{e['id']}"] = {
            "layer": "event", "polarity": "cooperative" if e["type"] in COOPERATIVE_TYPES else "conflictual",
            **{k: v for k, v in e.items() if k != "article"},
        }
    return records


# -- snippets from search -------------------------------------------------------------------
def snippet_parts(snippet: str | None) -> list[tuple[str, bool]]:
    """FTS snippets mark hits with [ and ]: split them into (text, is_hit) for the template."""
    parts: list[tuple[str, bool]] = []
    for m in re.finditer(r"\[([^\[\]]*)\]|[^\[]+|\[", snippet or ""):
        if m.group(1) is not None:
            parts.append((m.group(1), True))
        else:
            parts.append((m.group(0), False))
    return parts


# -- timeline and network -------------------------------------------------------------------
def chart_events(
    sl: Storyline, *, actor: str | None, type: str | None, since: str | None, until: str | None, limit: int
) -> tuple[list[dict[str, Any]], int]:
    """Up to ``limit`` events (newest first) through the paged API, and how many match."""
    items: list[dict[str, Any]] = []
    total = 0
    offset = 0
    while len(items) < limit:
        page = sl.events(actor=actor, type=type, since=since, until=until,
                         limit=min(MAX_LIMIT, limit - len(items)), offset=offset)
        total = page["total"]
        items.extend(page["items"])
        offset += len(page["items"])
        if not page["items"] or offset >= total:
            break
    return items, total


def _label(side: dict[str, Any] | None) -> str:
    return (side or {}).get("name") or "?"


def timeline(sl: Storyline, **filters: Any) -> dict[str, Any]:
    """Events placed at their resolved date (events without one are counted, not drawn)."""
    events, total = chart_events(sl, **filters)
    items = []
    undated = 0
    for e in events:
        if not e.get("date"):
            undated += 1
            continue
        items.append({
            "id": e["id"], "date": e["date"], "date_precision": e["date_precision"], "type": e["type"],
            "polarity": "cooperative" if e["type"] in COOPERATIVE_TYPES else "conflictual",
            "label": f"{_label(e['source'])} {e['type']} {_label(e['target'])}",
            "trigger": e["trigger"]["text"], "article_id": e["article_id"],
            "title": e["article"]["title"], "negated": e["negated"], "hypothetical": e["hypothetical"],
        })
    return {"items": items, "total": len(items), "undated": undated, "matching": total}


def network(sl: Storyline, **filters: Any) -> dict[str, Any]:
    """Actors as nodes, events between two known actors as edges (one per pair and type)."""
    events, total = chart_events(sl, **filters)
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for e in events:
        src, tgt = e.get("source"), e.get("target")
        if not src or not tgt:
            continue
        skey = src.get("entity") or f"name:{src.get('name')}"
        tkey = tgt.get("entity") or f"name:{tgt.get('name')}"
        if skey == tkey:
            continue
        for key, side in ((skey, src), (tkey, tgt)):
            node = nodes.setdefault(key, {
                "id": key, "name": side.get("name") or key, "country": side.get("country"),
                "sector": side.get("sector"), "events": 0, "page": bool(side.get("entity")),
            })
            node["events"] += 1
        edge = edges.setdefault((skey, tkey, e["type"]), {
            "id": f"{skey}|{tkey}|{e['type']}", "source": skey, "target": tkey, "type": e["type"],
            "polarity": "cooperative" if e["type"] in COOPERATIVE_TYPES else "conflictual", "count": 0, "events": [],
        })
        edge["count"] += 1
        if len(edge["events"]) < 20:
            edge["events"].append({"id": e["id"], "article_id": e["article_id"], "trigger": e["trigger"]["text"],
                                   "date": e["date"]})
    return {"nodes": list(nodes.values()), "edges": list(edges.values()), "events": len(events), "matching": total}
