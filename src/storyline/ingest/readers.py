"""Readers: one per input format, each yielding RawDocument or Rejection, never raising.

``read_inputs(paths)`` walks files and folders (recursively, in sorted order so runs are
reproducible) and dispatches on the extension; ``-`` reads stdin and sniffs the format.
A reader that cannot read a record yields a :class:`Rejection` naming the input, the
record (JSONL line, WARC record) and the reason, and carries on with the next record.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from storyline.errors import RejectedInput
from storyline.ingest.clean import BYLINE, calendar_day
from storyline.ingest.decode import decode_bytes, describe_binary
from storyline.models import RawDocument, Rejection

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # per file (txt/html) or per record (JSONL/WARC)
TEXT_EXTS = (".txt", ".text")
# Documentation files that live beside a corpus are not articles; folder walks skip them.
_NOT_ARTICLES = re.compile(r"^(README|LICENSE|LICENCE|CHANGELOG|NOTICE)(\.\w+)?$", re.I)
HTML_EXTS = (".html", ".htm", ".xhtml")
JSONL_EXTS = (".jsonl", ".ndjson", ".json")
WARC_EXTS = (".warc", ".warc.gz", ".arc", ".arc.gz")

Item = RawDocument | Rejection

# JSONL keys accepted for each field, in order of preference.
_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "heading", "name"),
    "text": ("text", "body", "content", "article", "maintext", "story", "full_text"),
    "html": ("html", "raw_html", "page", "body_html", "content_html"),
    "url": ("url", "link", "uri", "canonical_url", "source_url"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate", "date_publish", "datetime", "time"),
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "sitename", "domain", "source_domain", "media"),
    "id": ("id", "doc_id", "article_id", "uid", "guid", "_id"),
}
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES


def normalize_date(value: Any) -> str | None:
    """``2018-12-07T09:00:00Z`` → ``2018-12-07``; anything that is no real calendar day of a
    plausible publication year (``2019-02-30``, ``0001-01-01``, "yesterday") → None."""
    if value is None:
        return None
    m = _DATE.search(str(value))
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    return calendar_day(year, month, day)


# What may follow a headline on the very next line: a byline ("By Ivana Sekularac", "By A and
# B"), a dateline ("BAMAKO (AFP) -", "WARSAW/KYIV (Reuters) -"), or a paragraph too long to
# be one line of hard-wrapped text.
_DATELINE_START = re.compile(r"^[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+){0,4}(?:,[^()\n]{0,40})?(?:\s*\([^)]{1,40}\))?\s*[—–-]{1,2}\s")
_UNWRAPPED = 200


def split_headline(text: str) -> tuple[str | None, str]:
    """A plain-text article's first line is its headline when it looks like one.

    A headline is short and does not end like a sentence of prose. It is followed by a blank
    line, or directly by a byline, a dateline or a paragraph too long to be hard-wrapped
    text; otherwise the text has no headline and is returned whole.
    """
    stripped = text.lstrip("\ufeff").lstrip()
    first, sep, rest = stripped.partition("\n")
    line = first.strip()
    if not sep or not rest.strip():
        return None, text
    words = line.split()
    if not (2 <= len(words) <= 25 and len(line) <= 200):
        return None, text
    if line[0] in "•·▪●|" or line.endswith((".", ",", ";", ":")):
        return None, text
    if not rest.startswith("\n") and not rest.lstrip(" \t").startswith("\n"):
        following = rest.split("\n", 1)[0].strip()
        if not (BYLINE.match(following) or _DATELINE_START.match(following) or len(following) > _UNWRAPPED):
            return None, text
    return line, rest


# ---------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------


_FALLBACK_WORDS = 30  # words of <p> text a page needs to count as an article without trafilatura


class _ParagraphParser(HTMLParser):
    """The text of a page's ``<p>`` elements and its ``<title>``, by the standard library's
    parser, which has no nesting limit (libxml2 stops at a depth of 256)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title: str | None = None
        self._open: list[str] | None = None
        self._in_title = False
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "noscript"):
            self._skip += 1
        elif tag == "p":
            self._close()
            self._open = []
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript"):
            self._skip = max(0, self._skip - 1)
        elif tag == "p":
            self._close()
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title = ((self.title or "") + data).strip() or None
        elif self._open is not None:
            self._open.append(data)

    def close(self) -> None:
        super().close()
        self._close()  # a last <p> the page never closes

    def _close(self) -> None:
        if self._open is not None:
            text = " ".join("".join(self._open).split())
            if text:
                self.paragraphs.append(text)
        self._open = None


def _paragraphs(html: str) -> tuple[list[str], str | None]:
    parser = _ParagraphParser()
    parser.feed(html)
    parser.close()
    return parser.paragraphs, parser.title


def extract_html(html: str, *, source: str, locator: str = "", url: str | None = None) -> RawDocument:
    """Article body and metadata from an HTML page (trafilatura), boilerplate removed."""
    import trafilatura

    if not html.strip():
        raise RejectedInput("empty HTML page")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:
        raise RejectedInput(f"malformed HTML: {type(exc).__name__}: {exc}") from exc
    if doc is None:
        # trafilatura (lxml) gives up on some pages ("HTML nested 300 <div>s deep"): the text of
        # their paragraphs is still the article when there is enough of it
        paragraphs, page_title = _paragraphs(html)
        if sum(len(p.split()) for p in paragraphs) < _FALLBACK_WORDS:
            raise RejectedInput("HTML has no article body (only navigation or boilerplate)")
        return RawDocument(source=source, locator=locator, text="\n\n".join(paragraphs), title=page_title,
                           url=url, format="html")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)  # type: ignore[call-overload]
    text = str(meta.get("text") or "")
    title = meta.get("title") or None
    lines = [ln.strip() for ln in text.split("\n")]
    if title and lines and lines[0] == str(title).strip():
        lines = lines[1:]
    body = "\n\n".join(ln for ln in lines if ln)
    if len(body.split()) < 5:
        raise RejectedInput("HTML has no article body (fewer than 5 words of text)")
    return RawDocument(
        source=source,
        locator=locator,
        text=body,
        html=None,
        title=str(title) if title else None,
        outlet=meta.get("sitename") or None,
        published=normalize_date(meta.get("date")),
        url=meta.get("url") or url,
        format="html",
    )


# ---------------------------------------------------------------------------------------
# Readers per format
# ---------------------------------------------------------------------------------------


def _too_big(size: int, opts: ReadOptions) -> str | None:
    if size > opts.max_bytes:
        return f"too large: {size:,} bytes over the limit of {opts.max_bytes:,} (raise it with --max-bytes)"
    return None


def read_text_bytes(data: bytes, source: str, opts: ReadOptions) -> Iterator[Item]:
    try:
        if what := describe_binary(data[:4096]):
            raise RejectedInput(f"not text: looks like {what}")
        if reason := _too_big(len(data), opts):
            raise RejectedInput(reason)
        text, _ = decode_bytes(data)
    except RejectedInput as exc:
        yield Rejection(source=source, reason=exc.reason)
        return
    title, body = split_headline(text)
    yield RawDocument(source=source, text=body, title=title, format="txt")


def read_html_bytes(data: bytes, source: str, opts: ReadOptions) -> Iterator[Item]:
    try:
        if reason := _too_big(len(data), opts):
            raise RejectedInput(reason)
        html, _ = decode_bytes(data)
        yield extract_html(html, source=source)
    except RejectedInput as exc:
        yield Rejection(source=source, reason=exc.reason)


def _pick(record: dict[str, Any], field: str) -> Any:
    for key in _KEYS[field]:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def record_to_raw(record: Any, source: str, locator: str, opts: ReadOptions) -> RawDocument:
    """One JSON object (from JSONL or a JSON file) → RawDocument, with flexible keys."""
    if not isinstance(record, dict):
        raise RejectedInput(f"not a JSON object but a {type(record).__name__}")
    rid = _pick(record, "id")
    url = _pick(record, "url")
    text = _pick(record, "text")
    html = _pick(record, "html")
    outlet = _pick(record, "outlet")
    if isinstance(outlet, dict):
        outlet = outlet.get("name") or outlet.get("title")
    if text is not None and not isinstance(text, str):
        raise RejectedInput(f"field 'text' is a {type(text).__name__}, not a string")
    if isinstance(text, str) and text.lstrip().startswith("<") and html is None and re.search(r"</p>|<div|<html", text[:5000], re.I):
        html, text = text, None
    if text:
        if reason := _too_big(len(text.encode("utf-8", "replace")), opts):
            raise RejectedInput(reason)
        raw = RawDocument(source=source, locator=locator, text=text, format="jsonl")
    elif isinstance(html, str) and html.strip():
        if reason := _too_big(len(html.encode("utf-8", "replace")), opts):
            raise RejectedInput(reason)
        raw = extract_html(html, source=source, locator=locator, url=url)
    else:
        keys = ", ".join(sorted(record)) or "none"
        raise RejectedInput(f"no article text: expected one of text/body/content/html (keys: {keys})")
    title = _pick(record, "title")
    return RawDocument(
        source=source,
        locator=locator,
        text=raw.text,
        title=str(title) if title else raw.title,
        outlet=str(outlet) if outlet else raw.outlet,
        published=normalize_date(_pick(record, "published")) or raw.published,
        url=str(url) if url else raw.url,
        source_id=str(rid) if rid is not None else None,
        format=raw.format,
    )


def read_jsonl_stream(stream: IO[bytes], source: str, opts: ReadOptions) -> Iterator[Item]:
    """JSON Lines: each good line is a document; a bad line is a rejection, the rest go on."""
    seen_any = False
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        seen_any = True
        locator = f"line {lineno}"
        try:
            if len(line) > opts.max_bytes:
                raise RejectedInput(_too_big(len(line), opts) or "too large")
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                text, _ = decode_bytes(line)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise RejectedInput(f"malformed JSON: {exc.msg} (column {exc.colno})") from exc
            yield record_to_raw(record, source, locator, opts)
        except RejectedInput as exc:
            yield Rejection(source=source, locator=locator, reason=exc.reason)
    if not seen_any:
        yield Rejection(source=source, reason="empty input (no JSON lines)")


def read_json_bytes(data: bytes, source: str, opts: ReadOptions) -> Iterator[Item]:
    """A ``.json`` file: one object, a list of objects, or JSON Lines under a .json name."""
    try:
        text, _ = decode_bytes(data)
    except RejectedInput as exc:
        yield Rejection(source=source, reason=exc.reason)
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl_stream(io.BytesIO(text.encode("utf-8")), source, opts)
        return
    records = value if isinstance(value, list) else [value]
    for i, record in enumerate(records, start=1):
        locator = f"item {i}" if isinstance(value, list) else ""
        try:
            yield record_to_raw(record, source, locator, opts)
        except RejectedInput as exc:
            yield Rejection(source=source, locator=locator, reason=exc.reason)


def read_warc_stream(stream: IO[bytes], source: str, opts: ReadOptions) -> Iterator[Item]:
    """WARC/ARC (optionally gzipped): every ``response`` record holding HTML is a document.

    A truncated or corrupt archive yields the records read so far and one rejection that
    says where reading stopped.
    """
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    responses = 0
    try:
        iterator = ArchiveIterator(stream)
        for record in iterator:
            count += 1
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            locator = f"record {count}" + (f" {uri}" if uri else "")
            ctype = ""
            if record.http_headers is not None:
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                status = record.http_headers.get_statuscode()
                if status and not str(status).startswith("2"):
                    yield Rejection(source=source, locator=locator, reason=f"HTTP status {status}, not a page")
                    continue
            else:
                ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
            if ctype and "html" not in ctype and "text/plain" not in ctype:
                continue  # images, scripts and stylesheets in a crawl are not articles
            responses += 1
            data = record.content_stream().read(opts.max_bytes + 1)
            try:
                if reason := _too_big(len(data), opts):
                    raise RejectedInput(reason)
                missing = getattr(record.raw_stream, "limit", 0)
                if missing:
                    # warcio stops quietly at the end of a cut-off gzip member; the record's
                    # Content-Length tells us bytes are missing.
                    raise RejectedInput(
                        f"truncated WARC record: {missing:,} of {record.length:,} bytes missing"
                    )
                if "text/plain" in ctype:
                    text, _ = decode_bytes(data)
                    yield RawDocument(source=source, locator=locator, text=text, url=uri, format="warc")
                else:
                    html, _ = decode_bytes(data)
                    doc = extract_html(html, source=source, locator=locator, url=uri)
                    date = normalize_date(record.rec_headers.get_header("WARC-Date"))
                    yield RawDocument(
                        source=source, locator=locator, text=doc.text, title=doc.title, outlet=doc.outlet,
                        published=doc.published or date, url=doc.url or uri, format="warc",
                    )
            except RejectedInput as exc:
                yield Rejection(source=source, locator=locator, reason=exc.reason)
    except (EOFError, OSError, zlib.error, ValueError, IndexError, KeyError) as exc:
        yield Rejection(
            source=source,
            locator=f"after record {count}",
            reason=f"truncated or corrupt WARC: {type(exc).__name__}: {exc or 'unexpected end of data'}",
        )
        return
    except Exception as exc:
        yield Rejection(source=source, locator=f"after record {count}", reason=f"unreadable WARC: {type(exc).__name__}: {exc}")
        return
    if count == 0:
        yield Rejection(source=source, reason="not a WARC archive or empty: no records found")
    elif responses == 0:
        yield Rejection(source=source, reason=f"WARC has {count} records but no HTML response records")


# ---------------------------------------------------------------------------------------
# Dispatch
# ---------------------------------------------------------------------------------------


def sniff_format(data: bytes) -> str:
    """Guess the format of stdin or an extension-less file from its first bytes."""
    head = data[:2048]
    if head.startswith(b"\x1f\x8b"):
        try:
            head = gzip.decompress(data[:65536])[:2048] if len(data) < 65536 else gzip.GzipFile(fileobj=io.BytesIO(data)).read(2048)
        except (OSError, EOFError):
            return "warc"
        return "warc" if head.startswith(b"WARC/") else "gz"
    if head.startswith(b"WARC/"):
        return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"{", b"[")):
        return "jsonl"
    if stripped[:1] == b"<" and re.search(rb"<(html|body|p|div|article|!doctype)", stripped[:2048], re.I):
        return "html"
    return "txt"


def format_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_EXTS):
        return "warc"
    if name.endswith(".gz"):
        return "gz"
    suffix = path.suffix.lower()
    if suffix in TEXT_EXTS:
        return "txt"
    if suffix in HTML_EXTS:
        return "html"
    if suffix == ".json":
        return "json"
    if suffix in JSONL_EXTS:
        return "jsonl"
    if suffix == "":
        return "sniff"
    return None


def read_bytes(data: bytes, fmt: str, source: str, opts: ReadOptions) -> Iterator[Item]:
    if fmt == "sniff":
        fmt = sniff_format(data)
    if fmt == "gz":
        try:
            inner = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            yield Rejection(source=source, reason=f"truncated or corrupt gzip: {exc}")
            return
        yield from read_bytes(inner, sniff_format(inner), source, opts)
        return
    if fmt == "warc":
        yield from read_warc_stream(io.BytesIO(data), source, opts)
    elif fmt == "jsonl":
        yield from read_jsonl_stream(io.BytesIO(data), source, opts)
    elif fmt == "json":
        yield from read_json_bytes(data, source, opts)
    elif fmt == "html":
        yield from read_html_bytes(data, source, opts)
    else:
        yield from read_text_bytes(data, source, opts)


def read_file(path: Path, opts: ReadOptions) -> Iterator[Item]:
    source = str(path)
    fmt = format_of(path)
    if fmt is None:
        yield Rejection(source=source, reason=f"unsupported file type {path.suffix!r}: expected .txt, .html, .jsonl, .json or .warc(.gz)")
        return
    try:
        size = path.stat().st_size
        if fmt in ("warc", "jsonl"):
            # Streamed formats: read record by record, not the whole file into memory.
            with open(path, "rb") as fh:
                reader = read_warc_stream if fmt == "warc" else read_jsonl_stream
                yield from reader(fh, source, opts)
            return
        if size == 0:
            yield Rejection(source=source, reason="empty file (0 bytes)")
            return
        if fmt in ("txt", "html", "sniff"):
            with open(path, "rb") as fh:
                if what := describe_binary(fh.read(4096)):
                    yield Rejection(source=source, reason=f"not text: looks like {what}")
                    return
        if fmt != "gz" and (reason := _too_big(size, opts)):
            yield Rejection(source=source, reason=reason)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(source=source, reason=f"cannot read file: {exc.strerror or exc}")
        return
    yield from read_bytes(data, fmt, source, opts)


def iter_files(root: Path) -> Iterator[Path]:
    """Files under ``root`` in sorted order, skipping hidden files and READMEs/licences."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and not _NOT_ARTICLES.match(name):
                yield Path(dirpath) / name


def read_inputs(paths: Iterable[str], opts: ReadOptions | None = None, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every document and rejection in ``paths`` (files, folders, ``-`` for stdin)."""
    opts = opts or ReadOptions()
    for p in paths:
        if p == "-":
            data = (stdin or sys.stdin.buffer).read()
            if not data.strip():
                yield Rejection(source="-", reason="empty input on stdin")
                continue
            yield from read_bytes(data, sniff_format(data), "-", opts)
            continue
        path = Path(p)
        if path.is_dir():
            for f in iter_files(path):
                yield from read_file(f, opts)
        elif path.exists():
            yield from read_file(path, opts)
        else:
            yield Rejection(source=p, reason="no such file or folder")
