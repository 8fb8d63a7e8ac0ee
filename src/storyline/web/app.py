"""The web application: the REST API under ``/api/`` and the HTML pages, in one FastAPI app.

Article text is untrusted input (scraped pages, JSONL dumps), so the app is built to never
let it run: Jinja2 autoescapes every template, pages carry no inline script or style, and
every response has a strict Content-Security-Policy. The store is opened read-only, one
:class:`~storyline.api.Storyline` per request (SQLite connections belong to one thread).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline.errors import BadParameter, NotFound, StoreError, StorylineError
from storyline.web import routes_api, routes_pages
from storyline.web.templating import templates

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"

# No inline scripts or styles anywhere; the vendored libraries style their elements
# through the CSSOM (element.style), which style-src 'self' allows.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(db_path: str) -> FastAPI:
    """The app serving the store at ``db_path`` (opened read-only on each request)."""
    app = FastAPI(
        title="storyline",
        summary="Who said what, who did what to whom, and when — traced to the sentence.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.db_path = str(db_path)
    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/api/docs", include_in_schema=False)
    def swagger_docs() -> Response:
        page = get_swagger_ui_html(
            openapi_url="/api/openapi.json",
            title="storyline API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
        )
        # FastAPI's page starts Swagger UI with one inline script: allow exactly that
        # script by its hash instead of loosening the policy for the whole app.
        body = bytes(page.body).decode("utf-8")
        hashes = " ".join(
            f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
            for s in re.findall(r"<script>(.*?)</script>", body, re.S)
        )
        page.headers["Content-Security-Policy"] = CSP.replace("script-src 'self'", f"script-src 'self' {hashes}")
        return page

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def error(request: Request, status: int, detail: object) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": detail}, status_code=status)
        message = detail if isinstance(detail, str) else "; ".join(
            f"{'.'.join(str(p) for p in d.get('loc', [])[1:])}: {d.get('msg')}" for d in detail  # type: ignore[attr-defined]
        )
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message}, status_code=status
        )

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter) -> Response:
        return error(request, 422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [{k: v for k, v in d.items() if k in ("loc", "msg", "type")} for d in exc.errors()]
        return error(request, 422, details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = error(request, exc.status_code, exc.detail)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return error(request, 503, str(exc))

    @app.exception_handler(StorylineError)
    async def storyline_error(request: Request, exc: StorylineError) -> Response:
        return error(request, 400, str(exc))

    return app
