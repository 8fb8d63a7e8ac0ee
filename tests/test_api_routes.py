"""The REST API under /api/: every route, its paging bounds, 404 and 422, and an empty store.

Two stores: ``real`` is built by ingesting the two seed articles and a hostile JSONL record
through the whole pipeline (what a user does); ``synthetic`` is written through the store's
own writer from hand-made records, so filters can be checked against exact expectations
whatever the extraction steps find.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from storyline.api import Storyline
from storyline.models import (
    Actor,
    Analysis,
    Article,
    Event,
    EventActor,
    Mention,
    Offsets,
    Quote,
    Repair,
    Span,
    Speaker,
)
from storyline.store.db import Store
from storyline.web.app import create_app
from tests.conftest import SEED_BLOOMBERG, SEED_CNN

XSS = '<script>alert("pwned")</script>'


def hostile_jsonl(folder: Path) -> Path:
    path = folder / "hostile.jsonl"
    path.write_text(json.dumps({
        "title": "Minister " + XSS + " visits", "outlet": "Test Wire", "published": "2018-12-01",
        "text": "The minister met the envoy on Friday. \u201cWe will never accept " + XSS + ",\u201d the minister said.",
    }) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    folder = tmp_path_factory.mktemp("real")
    db = folder / "real.db"
    sl = Storyline(db)
    report = sl.ingest([str(SEED_CNN), str(SEED_BLOOMBERG), str(hostile_jsonl(folder))])
    sl.close()
    assert report.ingested == 3, report.summary()
    return TestClient(create_app(str(db)))


# -- a synthetic store with known records ----------------------------------------------------
def article_of(text: str, **kw: Any) -> Article:
    return Article(id=hashlib.sha256(text.encode()).hexdigest()[:16], text=text, **kw)


def span(text: str, part: str, start_at: int = 0) -> tuple[int, int]:
    i = text.index(part, start_at)
    return i, i + len(part)


def analysis_one() -> Analysis:
    text = ("Mike Pompeo met Kang Kyung-wha in Seoul on Thursday. \u201cProgress has been good,\u201d Pompeo said. "
            "A person familiar with the talks said North Korea rejected the offer.")
    art = article_of(text, title="Pompeo in Seoul", outlet="Bloomberg", published="2018-12-08",
                     repairs=(Repair("html-entity", "& # 39;", "'"),))
    ps, pe = span(text, "Mike Pompeo")
    p2s, p2e = span(text, "Pompeo", pe)
    ks, ke = span(text, "Kang Kyung-wha")
    ns, ne = span(text, "North Korea")
    pompeo = Actor("a1", "Mike Pompeo", "person", "USA", "GOV", ("Secretary of State",), ("Pompeo",),
                   (Mention(ps, pe, "Mike Pompeo", "a1"), Mention(p2s, p2e, "Pompeo", "a1")), key="person:mike-pompeo")
    kang = Actor("a2", "Kang Kyung-wha", "person", "KOR", "GOV", mentions=(Mention(ks, ke, "Kang Kyung-wha", "a2"),))
    nk = Actor("a3", "North Korea", "country", "PRK", "GOV", mentions=(Mention(ns, ne, "North Korea", "a3"),),
               key="country:prk")
    qs, qe = span(text, "Progress has been good")
    s1e = text.index(".") + 1
    s2s, s2e = s1e + 1, text.index("said.") + 5
    quote = Quote("Progress has been good", qs, qe, "direct", Speaker("a1", "Mike Pompeo", "person"),
                  Offsets(s2s, s2e), cue="said", confidence=0.93)
    as_, ae = span(text, "North Korea rejected the offer")
    anon = Quote("North Korea rejected the offer", as_, ae, "indirect",
                 Speaker(None, None, "anonymous", "A person familiar with the talks", 1),
                 Offsets(s2e + 1, len(text)), cue="said", confidence=0.8)
    ms, me = span(text, "met")
    rs, re_ = span(text, "rejected")
    met = Event("CONSULT", Span(ms, me, "met"), Offsets(0, s1e), EventActor("a1", "Mike Pompeo", "USA", "GOV"),
                EventActor("a2", "Kang Kyung-wha", "KOR", "GOV"), mode="meeting", date="2018-12-06",
                date_precision="day", location="Seoul", confidence=0.8)
    rej = Event("REJECT", Span(rs, re_, "rejected"), Offsets(s2e + 1, len(text)),
                EventActor("a3", "North Korea", "PRK", "GOV"), EventActor("a1", "Mike Pompeo", "USA", "GOV"),
                confidence=0.6)
    return Analysis(art, (pompeo, kang, nk), (quote, anon), (met, rej))


def analysis_two() -> Analysis:
    text = "John Bolton said North Korea has not lived up to its commitments. Bolton spoke in Washington."
    art = article_of(text, title="Bolton speaks", outlet="CNN", published="2018-12-04")
    bs, be = span(text, "John Bolton")
    ns, ne = span(text, "North Korea")
    bolton = Actor("a1", "John Bolton", "person", "USA", "GOV", ("national security adviser",),
                   mentions=(Mention(bs, be, "John Bolton", "a1"),), key="person:john-bolton")
    nk = Actor("a2", "North Korea", "country", "PRK", "GOV", mentions=(Mention(ns, ne, "North Korea", "a2"),),
               key="country:prk")
    qs, qe = span(text, "North Korea has not lived up to its commitments")
    quote = Quote(text[qs:qe], qs, qe, "indirect", Speaker("a1", "John Bolton", "person"),
                  Offsets(0, text.index(".") + 1), cue="said", channel="a Wall Street Journal conference")
    ls, le = span(text, "lived up")
    ev = Event("ACCUSE", Span(ls, le, "lived up"), Offsets(0, text.index(".") + 1),
               EventActor("a1", "John Bolton", "USA", "GOV"), EventActor("a2", "North Korea", "PRK", "GOV"),
               date=None, negated=True)
    return Analysis(art, (bolton, nk), (quote,), (ev,))


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("synthetic") / "syn.db"
    store = Store(db)
    items = [(f"mem#{i}", f"sha{i}", an) for i, an in enumerate((analysis_one(), analysis_two()))]
    assert [o.status for o in store.write_batch(items)] == ["ingested", "ingested"]
    store.close()
    return TestClient(create_app(str(db)))


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("empty") / "empty.db"
    Store(db).close()
    return TestClient(create_app(str(db)))


def ok(client: TestClient, path: str) -> Any:
    r = client.get(path)
    assert r.status_code == 200, (path, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


# -- articles --------------------------------------------------------------------------------
def test_articles_lists_the_three_ingested(real: TestClient) -> None:
    page = ok(real, "/api/articles")
    assert page["total"] == 3 and len(page["items"]) == 3
    assert {a["outlet"] for a in page["items"]} >= {"Test Wire", "Bloomberg"}


@pytest.mark.parametrize(("query", "count"), [
    ("limit=1", 1), ("limit=2&offset=1", 2), ("limit=2&offset=2", 1), ("offset=3", 0), ("offset=500", 0),
    ("limit=1000", 3),
])
def test_articles_paging(real: TestClient, query: str, count: int) -> None:
    page = ok(real, f"/api/articles?{query}")
    assert page["total"] == 3
    assert len(page["items"]) == count


def test_paging_walks_every_article_once(real: TestClient) -> None:
    ids = [ok(real, f"/api/articles?limit=1&offset={i}")["items"][0]["id"] for i in range(3)]
    assert sorted(ids) == sorted(a["id"] for a in ok(real, "/api/articles")["items"])


@pytest.mark.parametrize("query", ["limit=0", "limit=1001", "limit=-5", "offset=-1", "limit=abc", "offset=x"])
@pytest.mark.parametrize("route", ["/api/articles", "/api/quotes", "/api/actors", "/api/events", "/api/search?q=a&"])
def test_paging_out_of_range_is_422(real: TestClient, route: str, query: str) -> None:
    sep = "" if route.endswith("&") else "?"
    r = real.get(f"{route}{sep}{query}")
    assert r.status_code == 422, (route, query, r.text)
    assert "detail" in r.json()


def test_article_has_text_quotes_actors_events_with_true_offsets(real: TestClient) -> None:
    for item in ok(real, "/api/articles")["items"]:
        art = ok(real, f"/api/articles/{item['id']}")
        text = art["text"]
        assert art["id"] == item["id"] and {"quotes", "actors", "events", "repairs"} <= set(art)
        for a in art["actors"]:
            for m in a["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]
        for e in art["events"]:
            assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
        for q in art["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(text)


def test_bloomberg_article_finds_pompeo(real: TestClient) -> None:
    bloomberg = next(a for a in ok(real, "/api/articles")["items"] if a["outlet"] == "Bloomberg")
    art = ok(real, f"/api/articles/{bloomberg['id']}")
    assert "Mike Pompeo" in {a["name"] for a in art["actors"]}


@pytest.mark.parametrize("path", ["/api/articles/does-not-exist", "/api/articles/0000000000000000",
                                  "/api/actors/person:nobody-at-all", "/api/actors/Zzyzx%20Qwerty"])
def test_unknown_ids_are_404_json(real: TestClient, path: str) -> None:
    r = real.get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]


def test_unknown_api_route_is_404(real: TestClient) -> None:
    assert real.get("/api/nothing-here").status_code == 404


# -- quotes ----------------------------------------------------------------------------------
def test_quotes_by_speaker(synthetic: TestClient) -> None:
    page = ok(synthetic, "/api/quotes?speaker=Bolton")
    assert page["total"] == 1
    q = page["items"][0]
    assert q["speaker"]["name"] == "John Bolton" and q["speaker"]["entity"] == "person:john-bolton"
    assert q["channel"] == "a Wall Street Journal conference" and q["cue"] == "said" and q["step"] == "quotes"
    assert q["article"]["outlet"] == "CNN"


@pytest.mark.parametrize(("flag", "names"), [
    ("true", {None}), ("1", {None}), ("false", {"Mike Pompeo", "John Bolton"}), ("0", {"Mike Pompeo", "John Bolton"}),
    ("", {None, "Mike Pompeo", "John Bolton"}),
])
def test_quotes_anonymous_filter(synthetic: TestClient, flag: str, names: set[str | None]) -> None:
    items = ok(synthetic, f"/api/quotes?anonymous={flag}")["items"]
    assert {q["speaker"]["name"] for q in items} == names
    if flag in ("true", "1"):
        assert items[0]["speaker"]["description"] == "A person familiar with the talks"


@pytest.mark.parametrize(("query", "texts"), [
    ("q=progress", {"Progress has been good"}),
    ("q=commitments", {"North Korea has not lived up to its commitments"}),
    ("outlet=bloomberg", {"Progress has been good", "North Korea rejected the offer"}),
    ("since=2018-12-05", {"Progress has been good", "North Korea rejected the offer"}),
    ("until=2018-12-05", {"North Korea has not lived up to its commitments"}),
    ("since=2018-12&until=2018-12-31&speaker=pompeo", {"Progress has been good"}),
    ("speaker=person:mike-pompeo", {"Progress has been good"}),
    ("q=nothingmatcheshere", set()),
])
def test_quotes_filters(synthetic: TestClient, query: str, texts: set[str]) -> None:
    page = ok(synthetic, f"/api/quotes?{query}")
    assert {q["text"] for q in page["items"]} == texts
    assert page["total"] == len(texts)


@pytest.mark.parametrize("query", ["anonymous=maybe", "since=yesterday", "until=2018-13-01", "since=2018-02-30"])
def test_quotes_bad_parameters_are_422(synthetic: TestClient, query: str) -> None:
    r = synthetic.get(f"/api/quotes?{query}")
    assert r.status_code == 422
    assert r.json()["detail"]


def test_real_hostile_quote_is_found(real: TestClient) -> None:
    page = ok(real, "/api/quotes?outlet=Test%20Wire")
    assert any("We will never accept" in q["text"] for q in page["items"])
    assert all(q["article"]["outlet"] == "Test Wire" for q in page["items"])


# -- actors ----------------------------------------------------------------------------------
def test_actors_list_and_kind_filter(synthetic: TestClient) -> None:
    page = ok(synthetic, "/api/actors")
    keys = {a["key"] for a in page["items"]}
    assert {"person:mike-pompeo", "person:john-bolton", "country:prk"} <= keys
    assert page["total"] == len(page["items"]) == 4
    countries = ok(synthetic, "/api/actors?kind=country")["items"]
    assert [a["key"] for a in countries] == ["country:prk"]
    assert ok(synthetic, "/api/actors?q=bolt")["items"][0]["name"] == "John Bolton"


def test_actors_unknown_kind_is_422(synthetic: TestClient) -> None:
    assert synthetic.get("/api/actors?kind=alien").status_code == 422


@pytest.mark.parametrize("ident", ["person:mike-pompeo", "Mike Pompeo", "Pompeo"])
def test_actor_by_key_or_name(synthetic: TestClient, ident: str) -> None:
    actor = ok(synthetic, f"/api/actors/{ident}")
    assert actor["key"] == "person:mike-pompeo"
    assert actor["roles"] == ["Secretary of State"] and "Pompeo" in actor["aliases"]
    assert [q["text"] for q in actor["quotes"]] == ["Progress has been good"]
    assert {e["type"] for e in actor["events"]} == {"CONSULT", "REJECT"}
    assert "country:prk" in {linked["key"] for linked in actor["linked"]}


def test_real_actors_include_pompeo(real: TestClient) -> None:
    assert "Pompeo" in json.dumps(ok(real, "/api/actors?limit=1000"))
    assert ok(real, "/api/actors/Pompeo")["country"] == "USA"


# -- events ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("query", "types"), [
    ("", {"CONSULT", "REJECT", "ACCUSE"}),
    ("type=CONSULT", {"CONSULT"}),
    ("type=accuse", {"ACCUSE"}),
    ("actor=Kang", {"CONSULT"}),
    ("actor=country:prk", {"REJECT", "ACCUSE"}),
    ("since=2018-12-06", {"CONSULT", "REJECT"}),
    ("until=2018-12-05", {"ACCUSE"}),
])
def test_events_filters(synthetic: TestClient, query: str, types: set[str]) -> None:
    page = ok(synthetic, f"/api/events?{query}")
    assert {e["type"] for e in page["items"]} == types
    assert page["total"] == len(page["items"])


@pytest.mark.parametrize("query", ["type=FIGHT", "since=not-a-date", "until=12/08/2018"])
def test_events_bad_parameters_are_422(synthetic: TestClient, query: str) -> None:
    r = synthetic.get(f"/api/events?{query}")
    assert r.status_code == 422 and r.json()["detail"]


def test_event_record_shape(synthetic: TestClient) -> None:
    e = next(x for x in ok(synthetic, "/api/events?type=CONSULT")["items"])
    assert e["source"]["name"] == "Mike Pompeo" and e["target"]["country"] == "KOR"
    assert e["date"] == "2018-12-06" and e["date_precision"] == "day" and e["location"] == "Seoul"
    assert e["trigger"]["text"] == "met" and e["negated"] is False


# -- search, stats, rejected -----------------------------------------------------------------
def test_search_articles_and_quotes(synthetic: TestClient) -> None:
    page = ok(synthetic, "/api/search?q=progress")
    assert {h["type"] for h in page["items"]} == {"article", "quote"}
    assert page["total"] == 2


def test_search_real_denuclearization(real: TestClient) -> None:
    assert ok(real, "/api/search?q=denuclearization")["total"] >= 1


@pytest.mark.parametrize("query", ["", "?q=", "?q=%20%20"])
def test_search_without_words_is_422(real: TestClient, query: str) -> None:
    assert real.get(f"/api/search{query}").status_code == 422


def test_search_survives_fts_syntax(real: TestClient) -> None:
    for q in ['"', "AND OR NOT", "pompeo*", "(", "NEAR(", "-"]:
        r = real.get("/api/search", params={"q": q})
        assert r.status_code in (200, 422), (q, r.text)


def test_stats(synthetic: TestClient) -> None:
    s = ok(synthetic, "/api/stats")
    assert (s["articles"], s["quotes"], s["anonymous_quotes"], s["events"], s["actors"]) == (2, 3, 1, 3, 4)
    assert s["anonymous_share"] == pytest.approx(1 / 3, abs=0.001)


def test_rejected(real: TestClient) -> None:
    page = ok(real, "/api/rejected")
    assert page == {"items": [], "total": 0}


# -- timeline and network ----------------------------------------------------------------------
def test_timeline_places_dated_events_only(synthetic: TestClient) -> None:
    t = ok(synthetic, "/api/timeline")
    assert [(i["type"], i["date"], i["polarity"]) for i in t["items"]] == [("CONSULT", "2018-12-06", "cooperative")]
    assert t["undated"] == 2 and t["matching"] == 3
    assert t["items"][0]["label"] == "Mike Pompeo CONSULT Kang Kyung-wha"


def test_network_edges_are_coloured_by_polarity(synthetic: TestClient) -> None:
    net = ok(synthetic, "/api/network")
    polarity = {(e["source"], e["target"], e["type"]): e["polarity"] for e in net["edges"]}
    assert polarity[("person:mike-pompeo", "person:kang-kyung-wha", "CONSULT")] == "cooperative"
    assert polarity[("country:prk", "person:mike-pompeo", "REJECT")] == "conflictual"
    assert polarity[("person:john-bolton", "country:prk", "ACCUSE")] == "conflictual"
    nodes = {n["id"]: n for n in net["nodes"]}
    assert nodes["person:mike-pompeo"]["page"] is True and nodes["person:mike-pompeo"]["events"] == 2


def test_chart_filters_and_bounds(synthetic: TestClient) -> None:
    assert {e["type"] for e in ok(synthetic, "/api/network?type=REJECT")["edges"]} == {"REJECT"}
    assert ok(synthetic, "/api/network?limit=1")["events"] == 1
    assert synthetic.get("/api/timeline?limit=0").status_code == 422
    assert synthetic.get("/api/network?since=soon").status_code == 422


# -- the empty store ---------------------------------------------------------------------------
@pytest.mark.parametrize("route", ["/api/articles", "/api/quotes", "/api/actors", "/api/events", "/api/search?q=pompeo",
                                   "/api/rejected", "/api/timeline"])
def test_empty_store_lists_nothing(empty: TestClient, route: str) -> None:
    page = ok(empty, route)
    assert page["items"] == [] and page["total"] == 0


def test_empty_store_stats_and_404(empty: TestClient) -> None:
    assert ok(empty, "/api/stats")["articles"] == 0
    assert ok(empty, "/api/network")["nodes"] == []
    assert empty.get("/api/articles/abc").status_code == 404
    assert empty.get("/api/actors/Pompeo").status_code == 404


def test_missing_store_says_what_to_do(tmp_path: Path) -> None:
    client = TestClient(create_app(str(tmp_path / "nothing.db")))
    r = client.get("/api/articles")
    assert r.status_code == 503
    assert "ingest" in r.json()["detail"]
    assert not (tmp_path / "nothing.db").exists()  # read-only: never creates a store


# -- OpenAPI and docs --------------------------------------------------------------------------
def test_openapi_lists_every_route(real: TestClient) -> None:
    paths = set(ok(real, "/api/openapi.json")["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/quotes", "/api/actors", "/api/actors/{actor_id}",
            "/api/events", "/api/search", "/api/stats", "/api/timeline", "/api/network"} <= paths
    assert not any(not p.startswith("/api/") for p in paths)  # pages stay out of the schema


def test_docs_are_served_offline_with_a_hashed_inline_script(real: TestClient) -> None:
    r = real.get("/api/docs")
    assert r.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in r.text
    assert "cdn" not in r.text.lower() and "jsdelivr" not in r.text
    csp = r.headers["content-security-policy"]
    assert "'sha256-" in csp and "unsafe-inline" not in csp
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert real.get(f"/static/vendor/swagger-ui/{asset}").status_code == 200
    assert real.get("/docs").status_code == 404 and real.get("/openapi.json").status_code == 404


def test_api_is_read_only(real: TestClient) -> None:
    for method in ("post", "put", "delete", "patch"):
        assert getattr(real, method)("/api/articles").status_code == 405


def test_security_headers_on_api(real: TestClient) -> None:
    r = real.get("/api/articles")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in r.headers["content-security-policy"]
