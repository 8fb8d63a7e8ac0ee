"""The HTML pages: each renders, links where it should, escapes article text, and loads
nothing from outside (no CDN, no inline script or style, a strict CSP on every response)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.api import Storyline
from storyline.store.db import Store
from storyline.web import views
from storyline.web.app import create_app
from tests.conftest import SEED_BLOOMBERG, SEED_CNN
from tests.test_api_routes import XSS, analysis_one, analysis_two, hostile_jsonl

PAGES = ["/", "/?q=denuclearization", "/articles", "/quotes", "/actors", "/events", "/timeline", "/network"]
STATIC = Path(__file__).resolve().parent.parent / "src" / "storyline" / "web" / "static"


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    folder = tmp_path_factory.mktemp("pages")
    db = folder / "pages.db"
    sl = Storyline(db)
    sl.ingest([str(SEED_CNN), str(SEED_BLOOMBERG), str(hostile_jsonl(folder))])
    sl.close()
    return TestClient(create_app(str(db)))


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("pages-syn") / "syn.db"
    store = Store(db)
    store.write_batch([(f"mem#{i}", f"sha{i}", an) for i, an in enumerate((analysis_one(), analysis_two()))])
    store.close()
    return TestClient(create_app(str(db)))


def page(client: TestClient, path: str, status: int = 200) -> str:
    r = client.get(path)
    assert r.status_code == status, (path, r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    return r.text


class Tags(HTMLParser):
    """Collects every start tag with its attributes, and the text of <script> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None


def parse(text: str) -> Tags:
    tags = Tags()
    tags.feed(text)
    return tags


def all_pages(client: TestClient) -> list[str]:
    ids = [a["id"] for a in client.get("/api/articles").json()["items"]]
    actors = [a["key"] for a in client.get("/api/actors?limit=5").json()["items"]]
    return PAGES + [f"/articles/{i}" for i in ids] + [f"/actors/{k}" for k in actors]


# -- every page renders -------------------------------------------------------------------------
@pytest.mark.parametrize("path", PAGES)
def test_pages_render(real: TestClient, path: str) -> None:
    text = page(real, path)
    assert "<nav>" in text and "/static/app.css" in text


def test_every_page_is_self_contained_and_strict(real: TestClient) -> None:
    for path in all_pages(real):
        r = real.get(path)
        assert r.status_code == 200, path
        assert r.headers["x-content-type-options"] == "nosniff"
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        tags = parse(r.text)
        for tag, attrs in tags.tags:
            assert "style" not in attrs, (path, tag, attrs)  # no inline styles
            assert not any(k.startswith("on") for k in attrs), (path, tag, attrs)  # no inline handlers
            ref = attrs.get("src") or attrs.get("href")
            if tag in ("script", "link", "img") and ref:
                assert ref.startswith("/") and not ref.startswith("//"), (path, tag, ref)  # same origin only
        for attrs, body in tags.scripts:
            assert attrs.get("src") or attrs.get("type") == "application/json", (path, "inline script", body[:80])
        low = r.text.lower()
        assert "cdn." not in low and "unpkg.com" not in low and "jsdelivr" not in low


def test_static_assets_referenced_by_pages_exist(real: TestClient) -> None:
    seen: set[str] = set()
    for path in all_pages(real):
        for tag, attrs in parse(real.get(path).text).tags:
            ref = attrs.get("src") if tag == "script" else attrs.get("href") if tag == "link" else None
            if ref and ref.startswith("/static/") and ref not in seen:
                seen.add(ref)
                assert real.get(ref).status_code == 200, ref
    assert {"/static/app.js", "/static/vendor/cytoscape/cytoscape.min.js",
            "/static/vendor/vis-timeline/vis-timeline-graph2d.min.js"} <= seen


def test_vendored_versions_match_the_npm_manifest() -> None:
    import json

    manifest = json.loads((STATIC.parent.parent.parent.parent / "web" / "package.json").read_text())["dependencies"]
    vendored = json.loads((STATIC / "vendor" / "VERSIONS.json").read_text())
    for name, version in vendored.items():
        assert manifest[name] == version, name


def test_own_javascript_never_uses_innerhtml() -> None:
    for js in STATIC.glob("*.js"):
        assert not re.search(r"\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write", js.read_text()), js


# -- hostile article text -----------------------------------------------------------------------
def test_hostile_article_is_escaped_everywhere(real: TestClient) -> None:
    hostile = next(a for a in real.get("/api/articles").json()["items"] if a["outlet"] == "Test Wire")
    paths = [f"/articles/{hostile['id']}", "/", "/articles", "/quotes", "/quotes?outlet=Test+Wire", "/?q=minister",
             "/?q=accept", "/events"]
    for path in paths:
        text = page(real, path)
        assert XSS not in text and "<script>alert" not in text, path
    article_page = page(real, f"/articles/{hostile['id']}")
    assert "&lt;script&gt;" in article_page
    assert "pwned" in article_page
    # The records behind the marks travel as JSON with <, > and & escaped for HTML.
    (data,) = [body for attrs, body in parse(article_page).scripts if attrs.get("id") == "records"]
    assert "<" not in data and "\\u003cscript\\u003e" in data


def test_hostile_search_query_is_escaped(real: TestClient) -> None:
    text = page(real, "/?q=" + XSS.replace(" ", "+"))
    assert XSS not in text and "&lt;script&gt;" in text


# -- the article page ---------------------------------------------------------------------------
def test_article_marks_cover_quotes_mentions_and_triggers(synthetic: TestClient) -> None:
    art = synthetic.get("/api/articles").json()["items"]
    pompeo = next(a for a in art if a["title"] == "Pompeo in Seoul")
    full = synthetic.get(f"/api/articles/{pompeo['id']}").json()
    text = page(synthetic, f"/articles/{pompeo['id']}")
    for q in full["quotes"]:
        assert f'id="q{q["id"]}"' in text  # anchor for /articles/ID#q<id>
    marks = re.findall(r'<span class="([^"]+)" data-refs="([^"]+)" tabindex="0">([^<]*)</span>', text)
    by_text = {html.unescape(t): (cls, refs) for cls, refs, t in marks}
    assert "mk-actor" in by_text["Mike Pompeo"][0]
    assert "mk-event" in by_text["met"][0]
    assert by_text["Progress has been good"][0] == "mk mk-quote"
    assert "layer-quote" in text and "layer-actor" in text and "layer-event" in text
    assert "html-entity" in text  # repairs listed


def test_marked_text_rebuilds_the_article_exactly() -> None:
    an = analysis_one()
    quotes = [{**q.to_dict(), "id": i} for i, q in enumerate(an.quotes, 1)]
    actors = [{"id": a.id, "mentions": [m.to_dict() for m in a.mentions]} for a in an.actors]
    events = [{**e.to_dict(), "id": i} for i, e in enumerate(an.events, 1)]
    art = {"text": an.article.text, "quotes": quotes, "actors": actors, "events": events}
    pieces = views.marked_text(art)
    assert "".join(p.text for p in pieces) == an.article.text
    for p in pieces:
        assert an.article.text[p.start:p.start + len(p.text)] == p.text
    for q in quotes:
        covered = "".join(p.text for p in pieces if q["id"] in p.quotes)
        assert covered == an.article.text[q["start"]:q["end"]] == q["text"]
        assert sum(q["id"] in p.anchors for p in pieces) == 1
    # A mention inside a quote ("Pompeo" inside none here; "North Korea" inside the anonymous quote).
    nk = next(p for p in pieces if p.text == "North Korea" and p.quotes)
    assert nk.mentions == ["a3:0"] and "mk-quote" in nk.classes and "mk-actor" in nk.classes


@pytest.mark.parametrize(("snippet", "parts"), [
    ("the [denuclearization] talks", [("the ", False), ("denuclearization", True), (" talks", False)]),
    ("[a] and [b]", [("a", True), (" and ", False), ("b", True)]),
    ("unclosed [bracket", [("unclosed ", False), ("[", False), ("bracket", False)]),
    (None, []),
])
def test_snippet_parts(snippet: str | None, parts: list[tuple[str, bool]]) -> None:
    assert views.snippet_parts(snippet) == parts


def test_unknown_article_and_actor_pages_are_404_html(real: TestClient) -> None:
    assert "Not found" in page(real, "/articles/nope", 404)
    assert "Not found" in page(real, "/actors/person:nobody-at-all", 404)


# -- the other pages ----------------------------------------------------------------------------
def test_home_shows_figures_and_recent_articles(synthetic: TestClient) -> None:
    text = page(synthetic, "/")
    assert re.search(r'id="fig-articles">2<', text) and re.search(r'id="fig-quotes">3<', text)
    assert re.search(r'id="fig-anonymous">33%<', text)
    assert "Pompeo in Seoul" in text and "Bolton speaks" in text


def test_home_search_marks_hits_and_links_quotes(synthetic: TestClient) -> None:
    text = page(synthetic, "/?q=progress")
    assert "<mark>Progress</mark>" in text
    assert re.search(r'href="/articles/[0-9a-f]{16}#q\d+"', text)


def test_quote_explorer_filters_and_links(synthetic: TestClient) -> None:
    text = page(synthetic, "/quotes?anonymous=true")
    assert "North Korea rejected the offer" in text and "Progress has been good" not in text
    assert "A person familiar with the talks" in text
    text = page(synthetic, "/quotes?speaker=Bolton&anonymous=&since=&until=&q=&outlet=")
    assert "lived up to its commitments" in text and "a Wall Street Journal conference" in text
    assert re.search(r'href="/articles/[0-9a-f]{16}#q\d+"', text)
    assert 'href="/actors/person%3Ajohn-bolton"' in text or 'href="/actors/person:john-bolton"' in text


def test_quote_explorer_paging(synthetic: TestClient) -> None:
    text = page(synthetic, "/quotes?limit=1")
    assert "1–1 of 3" in text and 'rel="next"' in text and 'rel="prev"' not in text
    text = page(synthetic, "/quotes?limit=1&offset=2")
    assert "3–3 of 3" in text and 'rel="prev"' in text and 'rel="next"' not in text


@pytest.mark.parametrize(("path", "status"), [
    ("/quotes?since=nope", 422), ("/events?type=FIGHT", 422), ("/quotes?anonymous=perhaps", 422),
    ("/quotes?limit=0", 422), ("/actors?kind=alien", 422), ("/articles?offset=-1", 422),
])
def test_bad_page_parameters_explain_themselves(synthetic: TestClient, path: str, status: int) -> None:
    text = page(synthetic, path, status)
    assert "Bad parameter" in text


def test_actor_page(synthetic: TestClient) -> None:
    text = page(synthetic, "/actors/person:mike-pompeo")
    assert "<h1 id=\"actor-name\">Mike Pompeo</h1>" in text
    assert "Secretary of State" in text and "USA" in text and "GOV" in text
    assert "Progress has been good" in text
    source, target = text.split("as source")[1].split("as target")
    assert "CONSULT" in source and "REJECT" in target
    assert "North Korea" in text.split("Linked actors")[1]


def test_events_page_filters(synthetic: TestClient) -> None:
    text = page(synthetic, "/events?type=CONSULT")
    assert "Kang Kyung-wha" in text and "ACCUSE" not in text.split("<tbody>")[1]
    assert 'class="etype cooperative">CONSULT' in text


@pytest.mark.parametrize(("path", "src"), [("/timeline?type=CONSULT", "/api/timeline?type=CONSULT"),
                                           ("/network", "/api/network?")])
def test_chart_pages_point_at_their_data(synthetic: TestClient, path: str, src: str) -> None:
    assert f'data-src="{src}"' in page(synthetic, path)


def test_empty_store_pages(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    Store(db).close()
    client = TestClient(create_app(str(db)))
    assert "The store is empty" in page(client, "/")
    for path in PAGES[1:]:
        page(client, path)
