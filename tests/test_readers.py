"""Readers for every format, and every kind of bad input: a rejection with a reason, never a crash."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from storyline.errors import RejectedInput
from storyline.ingest.readers import ReadOptions, extract_html, read_inputs, sniff_format, split_headline
from storyline.models import RawDocument, Rejection

HTML = """<!doctype html><html><head><title>Envoy meets allies in Seoul | Daily Wire</title>
<meta property="og:site_name" content="Daily Wire"><meta property="article:published_time" content="2018-12-07T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/subscribe">Subscribe now</a></nav>
<div id="cookie-banner">We use cookies. Cookie settings. Accept all.</div>
<article><h1>Envoy meets allies in Seoul</h1><p>SEOUL — The special envoy met South Korean officials on Friday to discuss the stalled talks,
officials said. The meeting lasted two hours and covered sanctions relief.</p>
<p>&ldquo;We are patient, but patience has limits,&rdquo; the envoy told reporters.</p></article>
<footer>Copyright 2018 Daily Wire. All rights reserved. Privacy policy.</footer></body></html>"""


def warc(html: str, uri: str = "https://example.org/a") -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
    return buf.getvalue()


def read(path: Path, **kw: int) -> list[RawDocument | Rejection]:
    return list(read_inputs([str(path)], ReadOptions(**kw)))


def only(items: list[RawDocument | Rejection], kind: type) -> list:  # type: ignore[type-arg]
    return [i for i in items if isinstance(i, kind)]


def test_txt_headline_and_body(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Pompeo seeks progress in North Korea\n\n\nTwo US officials say the trip matters.\n", encoding="utf-8")
    (doc,) = read(p)
    assert isinstance(doc, RawDocument)
    assert doc.title == "Pompeo seeks progress in North Korea"
    assert doc.text.strip() == "Two US officials say the trip matters."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("• Bloomberg\n\n\nMore than three months after ...", None),
        ("A single paragraph of prose that ends like a sentence.\n\nAnother one.", None),
        ("Only one line", None),
        ("Talks resume in Hanoi\n\nBody.", "Talks resume in Hanoi"),
        # a headline straight above its byline, dateline or a long first paragraph
        ("Port lockout ends\nBy Anne Roy and Luc Gagnon\n\nMONTREAL - Dockworkers returned.", "Port lockout ends"),
        ("Mali orders out miner's managers\nBAMAKO (AFP) - Mali's military authorities on Tuesday ordered ...", "Mali orders out miner's managers"),
        ("Ottawa orders end to port lockout\n" + "The federal government on Tuesday ordered the employers to end the lockout " * 4, "Ottawa orders end to port lockout"),
        # hard-wrapped prose: a short first line running on into the next is no headline
        ("The federal government on Tuesday ordered the\nemployers to end the lockout of the port.", None),
        ("Ministers met on Tuesday in Oslo to discuss\nFishing quotas for the coming year.", None),
    ],
)
def test_split_headline(text: str, title: str | None) -> None:
    assert split_headline(text)[0] == title


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-sig", "utf-16"])
def test_txt_encodings(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "enc.txt"
    body = "Café talks in Genève\n\nThe foreign minister met his counterpart at a café near the lake in Genève on Tuesday, officials said."
    p.write_bytes(body.encode(encoding))
    (doc,) = read(p)
    assert isinstance(doc, RawDocument)
    assert "Genève" in doc.text and doc.title == "Café talks in Genève"


def test_html_body_and_metadata_without_boilerplate(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    (doc,) = read(p)
    assert isinstance(doc, RawDocument)
    assert doc.title == "Envoy meets allies in Seoul"
    assert doc.outlet == "Daily Wire" and doc.published == "2018-12-07"
    assert "patience has limits" in doc.text
    for junk in ("Subscribe now", "Cookie settings", "All rights reserved", "Home"):
        assert junk not in doc.text


def test_jsonl_flexible_keys_and_bad_line(tmp_path: Path) -> None:
    p = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"headline": "One", "body": "First article body with enough words.", "date": "2019-02-25T10:00:00Z", "source": "Wire", "id": "x1"}),
        "{not json",
        json.dumps({"title": "Two", "html": HTML, "link": "https://e.org/2"}),
        json.dumps(["a", "list"]),
        json.dumps({"title": "No text"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(p)
    docs, rejections = only(items, RawDocument), only(items, Rejection)
    assert [(d.title, d.source_id, d.published, d.outlet) for d in docs] == [
        ("One", "x1", "2019-02-25", "Wire"),
        ("Two", None, "2018-12-07", "Daily Wire"),
    ]
    assert docs[1].url == "https://e.org/2"
    assert [(r.locator, r.reason.split(":")[0]) for r in rejections] == [
        ("line 2", "malformed JSON"),
        ("line 4", "not a JSON object but a list"),
        ("line 5", "no article text"),
    ]


def test_warc_and_truncated_warc(tmp_path: Path) -> None:
    good = tmp_path / "crawl.warc.gz"
    good.write_bytes(warc(HTML))
    (doc,) = read(good)
    assert isinstance(doc, RawDocument) and doc.url == "https://example.org/a" and "patience" in doc.text
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(warc(HTML)[:300])
    items = read(broken)
    assert len(items) == 1 and isinstance(items[0], Rejection)
    assert "WARC" in items[0].reason
    data = warc(HTML)
    half = tmp_path / "half.warc.gz"
    half.write_bytes(data[: len(data) * 3 // 4])
    items = read(half)
    assert [type(i) for i in items] == [Rejection] and "truncated WARC" in items[0].reason


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "PNG"),
        ("nul.txt", b"abc\x00def" * 100, "binary"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type"),
        ("empty.html", b"<html><body><nav>Home</nav></body></html>", "no article body"),
        ("bad.gz", b"\x1f\x8b\x08\x00garbage", "gzip"),
        ("big.txt", b"word " * 400, "too large"),
    ],
)
def test_bad_inputs_become_rejections(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    items = read(p, max_bytes=1000)
    assert len(items) == 1 and isinstance(items[0], Rejection), items
    assert reason.lower() in items[0].reason.lower()
    assert items[0].source == str(p)


def test_folder_is_recursive_sorted_and_skips_readme(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story\n\nBody two of the article.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("First story\n\nBody one of the article.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    titles = [d.title for d in read(tmp_path) if isinstance(d, RawDocument)]
    assert titles == ["First story", "Second story"]


def test_missing_path_is_a_rejection() -> None:
    (r,) = list(read_inputs(["/nonexistent/file.txt"]))
    assert isinstance(r, Rejection) and "no such file" in r.reason


@pytest.mark.parametrize(
    ("data", "fmt"),
    [(b"WARC/1.0\r\n", "warc"), (b'{"text": "x"}\n', "jsonl"), (b"<!doctype html><html>", "html"),
     (b"Plain words", "txt"), (gzip.compress(b"WARC/1.0\r\n"), "warc")],
)
def test_sniff_format(data: bytes, fmt: str) -> None:
    assert sniff_format(data) == fmt


def test_stdin(tmp_path: Path) -> None:
    items = list(read_inputs(["-"], stdin=io.BytesIO(b"Talks end\n\nThe talks ended on Friday.")))
    assert len(items) == 1 and isinstance(items[0], RawDocument) and items[0].source == "-"


def test_news_please_records(tmp_path: Path) -> None:
    """news-please, the common crawler of news sites, writes maintext / date_publish / source_domain."""
    p = tmp_path / "newsplease.jsonl"
    record = {"title": "Port reopens", "maintext": "The port reopened on Monday after a two-week lockout.",
              "date_publish": "2024-11-18 09:30:00", "date_download": "2024-11-20 00:00:00",
              "source_domain": "www.example-gazette.ca", "url": "https://www.example-gazette.ca/port"}
    p.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = only(read(p), RawDocument)
    assert (doc.title, doc.published, doc.outlet, doc.url) == (
        "Port reopens", "2024-11-18", "www.example-gazette.ca", "https://www.example-gazette.ca/port")


def test_a_page_too_deep_for_lxml_still_gives_its_paragraphs() -> None:
    # libxml2 stops at a nesting depth of 256, so trafilatura sees no body in such a page
    deep = "<div>" * 300 + "{}" + "</div>" * 300
    body = ("<p>Police arrested 20 protesters in Nairobi on Tuesday, officials said, after a day of clashes "
            "near parliament over the finance bill.</p><p>The minister said they had burned a police station "
            "&amp; a car.</p><script>var p = '<p>menu</p>';</script>")
    raw = extract_html(f"<html><head><title>Police arrest 20</title></head><body>{deep.format(body)}</body></html>",
                       source="deep.html")
    assert raw.title == "Police arrest 20"
    assert raw.text.split("\n\n") == [
        "Police arrested 20 protesters in Nairobi on Tuesday, officials said, after a day of clashes near "
        "parliament over the finance bill.",
        "The minister said they had burned a police station & a car.",
    ]
    with pytest.raises(RejectedInput, match="no article body"):
        extract_html(f"<html><body>{deep.format('<p>Menu</p><p>Home</p>')}</body></html>", source="menu.html")
