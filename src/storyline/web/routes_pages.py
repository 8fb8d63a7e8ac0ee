"""The HTML pages. Each one calls the Python API and hands plain data to a template.

Templates autoescape everything; article text reaches them only as pieces of plain text
(:func:`storyline.web.views.marked_text`), and the records behind the marks travel as JSON
that Jinja's ``tojson`` escapes for HTML.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from storyline.api import MAX_LIMIT, Storyline
from storyline.web import views
from storyline.web.templating import get_storyline, templates

router = APIRouter(include_in_schema=False)

SL = Annotated[Storyline, Depends(get_storyline)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0)]
PAGE_SIZE = 50


def render(request: Request, name: str, **context: Any) -> Response:
    return templates.TemplateResponse(request, name, context)


def paging(total: int, limit: int, offset: int) -> dict[str, Any]:
    return {
        "total": total, "limit": limit, "offset": offset, "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
        "prev": max(0, offset - limit) if offset > 0 else None,
        "next": offset + limit if offset + limit < total else None,
    }


@router.get("/", response_class=HTMLResponse)
def home(request: Request, sl: SL, q: str | None = None, offset: Offset = 0) -> Response:
    q = views.blank(q)
    results = sl.search(q, limit=PAGE_SIZE, offset=offset) if q else None
    hits = [{**r, "parts": views.snippet_parts(r.get("snippet"))} for r in results["items"]] if results else []
    return render(
        request, "home.html", stats=sl.stats(), q=q or "", hits=hits,
        page=paging(results["total"], PAGE_SIZE, offset) if results else None,
        recent=sl.articles(limit=15)["items"],
    )


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, sl: SL, q: str | None = None, limit: Limit = PAGE_SIZE, offset: Offset = 0) -> Response:
    found = sl.articles(limit=limit, offset=offset, q=views.blank(q))
    return render(request, "articles.html", items=found["items"], page=paging(found["total"], limit, offset),
                  params={"q": views.blank(q) or "", "limit": limit if limit != PAGE_SIZE else None})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, sl: SL, article_id: str) -> Response:
    art = sl.article(article_id)
    actors = {a["id"]: a for a in art["actors"]}
    return render(
        request, "article.html", article=art, pieces=views.marked_text(art), records=views.article_records(art),
        actors=actors,
    )


@router.get("/quotes", response_class=HTMLResponse)
def quotes(
    request: Request, sl: SL, speaker: str | None = None, anonymous: str | None = None, q: str | None = None,
    outlet: str | None = None, since: str | None = None, until: str | None = None,
    limit: Limit = PAGE_SIZE, offset: Offset = 0,
) -> Response:
    params = {"speaker": views.blank(speaker), "anonymous": views.blank(anonymous), "q": views.blank(q),
              "outlet": views.blank(outlet), "since": views.blank(since), "until": views.blank(until)}
    found = sl.quotes(
        speaker=params["speaker"], anonymous=views.parse_flag(anonymous, "anonymous"), q=params["q"],
        outlet=params["outlet"], since=params["since"], until=params["until"], limit=limit, offset=offset,
    )
    return render(request, "quotes.html", items=found["items"], page=paging(found["total"], limit, offset),
                  params=params)


@router.get("/actors", response_class=HTMLResponse)
def actors(
    request: Request, sl: SL, q: str | None = None, kind: str | None = None, limit: Limit = PAGE_SIZE, offset: Offset = 0
) -> Response:
    params = {"q": views.blank(q), "kind": views.check_kind(views.blank(kind))}
    found = sl.actors(q=params["q"], kind=params["kind"], limit=limit, offset=offset)
    return render(request, "actors.html", items=found["items"], page=paging(found["total"], limit, offset),
                  params=params, kinds=views.ACTOR_KINDS)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, sl: SL, actor_id: str) -> Response:
    found = sl.actor(actor_id)
    as_source = [e for e in found["events"] if (e.get("source") or {}).get("entity") == found["key"]]
    as_target = [e for e in found["events"] if (e.get("target") or {}).get("entity") == found["key"]]
    return render(request, "actor.html", actor=found, as_source=as_source, as_target=as_target)


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request, sl: SL, actor: str | None = None, type: str | None = None, since: str | None = None,
    until: str | None = None, limit: Limit = PAGE_SIZE, offset: Offset = 0,
) -> Response:
    params = {"actor": views.blank(actor), "type": views.blank(type), "since": views.blank(since),
              "until": views.blank(until)}
    found = sl.events(**params, limit=limit, offset=offset)
    return render(request, "events.html", items=found["items"], page=paging(found["total"], limit, offset),
                  params=params)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, actor: str | None = None, type: str | None = None, since: str | None = None,
             until: str | None = None) -> Response:
    params = {"actor": views.blank(actor), "type": views.blank(type), "since": views.blank(since),
              "until": views.blank(until)}
    return render(request, "timeline.html", params=params)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, actor: str | None = None, type: str | None = None, since: str | None = None,
            until: str | None = None) -> Response:
    params = {"actor": views.blank(actor), "type": views.blank(type), "since": views.blank(since),
              "until": views.blank(until)}
    return render(request, "network.html", params=params)
