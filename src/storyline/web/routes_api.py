"""The REST API under ``/api/``: a thin skin over :class:`storyline.api.Storyline`.

Every route calls the Python API (never SQL). Lists return ``{"items": [...], "total": N}``;
an unknown id is a 404 ``{"detail": ...}`` and a malformed parameter a 422 (the app's
exception handlers turn :class:`NotFound` and :class:`BadParameter` into those).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from storyline.api import MAX_LIMIT, Storyline
from storyline.web import views
from storyline.web.templating import get_storyline

router = APIRouter(prefix="/api", tags=["storyline"])

SL = Annotated[Storyline, Depends(get_storyline)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size (1-1000).")]
Offset = Annotated[int, Query(ge=0, description="Records to skip.")]
DateParam = Annotated[str | None, Query(description="A date: YYYY-MM-DD, YYYY-MM or YYYY.", examples=["2018-12-01"])]
Page = dict[str, Any]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No record with that id", "content": {"application/json": {"example": {"detail": "no article with id 'x'"}}}}}


@router.get("/articles", summary="Articles, newest first (paged)")
def list_articles(
    sl: SL, limit: Limit = 50, offset: Offset = 0,
    q: Annotated[str | None, Query(description="Full-text filter over title and text.")] = None,
) -> Page:
    return sl.articles(limit=limit, offset=offset, q=views.blank(q))


@router.get("/articles/{article_id}", summary="One article with its text, quotes, actors and events", responses=NOT_FOUND)
def get_article(sl: SL, article_id: str) -> dict[str, Any]:
    return sl.article(article_id)


@router.get("/quotes", summary="Who said what: quotes with speaker and provenance")
def list_quotes(
    sl: SL,
    speaker: Annotated[str | None, Query(description="Part of a speaker's name, or an entity key.")] = None,
    anonymous: Annotated[str | None, Query(description="true: unnamed sources only; false: named only.")] = None,
    q: Annotated[str | None, Query(description="Full-text search in the quoted words.")] = None,
    outlet: Annotated[str | None, Query(description="Part of the outlet's name.")] = None,
    since: DateParam = None,
    until: DateParam = None,
    article: Annotated[str | None, Query(description="Only quotes from this article id.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page:
    return sl.quotes(
        speaker=views.blank(speaker), anonymous=views.parse_flag(anonymous, "anonymous"), q=views.blank(q),
        outlet=views.blank(outlet), since=views.blank(since), until=views.blank(until),
        article_id=views.blank(article), limit=limit, offset=offset,
    )


@router.get("/actors", summary="Actors across articles, most mentioned first")
def list_actors(
    sl: SL,
    q: Annotated[str | None, Query(description="Part of a name or alias.")] = None,
    kind: Annotated[str | None, Query(description="person, organization, country or group.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page:
    return sl.actors(q=views.blank(q), kind=views.check_kind(views.blank(kind)), limit=limit, offset=offset)


@router.get("/actors/{actor_id}", summary="One actor: aliases, roles, quotes, events, linked actors", responses=NOT_FOUND)
def get_actor(sl: SL, actor_id: str) -> dict[str, Any]:
    return sl.actor(actor_id)


@router.get("/events", summary="PLOVER-coded events, newest first")
def list_events(
    sl: SL,
    actor: Annotated[str | None, Query(description="Source or target: part of a name, or an entity key.")] = None,
    type: Annotated[str | None, Query(description="A PLOVER type such as CONSULT or ACCUSE.")] = None,
    since: DateParam = None,
    until: DateParam = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page:
    return sl.events(
        actor=views.blank(actor), type=views.blank(type), since=views.blank(since), until=views.blank(until),
        limit=limit, offset=offset,
    )


@router.get("/search", summary="Full-text search over articles and quotes, best first")
def search(
    sl: SL, q: Annotated[str, Query(min_length=1, description="Words to find.")], limit: Limit = 50, offset: Offset = 0
) -> Page:
    return sl.search(q, limit=limit, offset=offset)


@router.get("/stats", summary="Corpus figures: articles, actors, quotes, anonymous share, events")
def stats(sl: SL) -> dict[str, Any]:
    return sl.stats()


@router.get("/rejected", summary="Inputs that could not be ingested, with the reason")
def rejected(sl: SL, limit: Limit = 1000, offset: Offset = 0) -> Page:
    return sl.rejected(limit=limit, offset=offset)


ChartFilters = dict[str, Any]


def chart_filters(
    actor: Annotated[str | None, Query(description="Source or target actor.")] = None,
    type: Annotated[str | None, Query(description="A PLOVER type.")] = None,
    since: DateParam = None,
    until: DateParam = None,
    limit: Annotated[int, Query(ge=1, le=views.CHART_LIMIT, description="Most events to draw.")] = views.CHART_LIMIT,
) -> ChartFilters:
    return {"actor": views.blank(actor), "type": views.blank(type), "since": views.blank(since),
            "until": views.blank(until), "limit": limit}


@router.get("/timeline", summary="Dated events for the timeline (items at their resolved date)")
def timeline(sl: SL, filters: Annotated[ChartFilters, Depends(chart_filters)]) -> dict[str, Any]:
    return views.timeline(sl, **filters)


@router.get("/network", summary="Actor network: actors as nodes, events as edges (cooperative or conflictual)")
def network(sl: SL, filters: Annotated[ChartFilters, Depends(chart_filters)]) -> dict[str, Any]:
    return views.network(sl, **filters)
