"""The Python API: what the CLI, the REST routes and the web pages all call.

    >>> from storyline.api import Storyline
    >>> sl = Storyline("storyline.db")
    >>> report = sl.ingest(["examples/"])
    >>> sl.quotes(speaker="Bolton")["items"][0]["text"]

None of the interfaces touches SQL or spaCy directly; they go through this module.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from storyline import engine as engines
from storyline.errors import BadParameter, MissingDependency, NotFound, StorylineError
from storyline.ingest.readers import DEFAULT_MAX_BYTES, ReadOptions, read_inputs
from storyline.models import PLOVER_TYPES, Analysis, RawDocument, Rejection
from storyline.nlp.pipeline import Options
from storyline.store import Store, queries
from storyline.store.db import Outcome

Page = dict[str, Any]
MAX_LIMIT = 1000


def check_date(value: str | None, name: str = "date") -> str | None:
    """``YYYY-MM-DD`` (or ``YYYY-MM``/``YYYY``) or None; anything else is a BadParameter."""
    if value is None or value == "":
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise BadParameter(f"{name} must be a date like 2018-12-08 (got {value!r})")
    try:
        parts = [int(p) for p in value.split("-")]
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise BadParameter(f"{name} is not a real date: {value!r} ({exc})") from exc
    return value


def check_paging(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise BadParameter(f"limit must be between 1 and {MAX_LIMIT} (got {limit})")
    if offset < 0:
        raise BadParameter(f"offset must be 0 or more (got {offset})")


def raw_sha(raw: RawDocument) -> str:
    """Hash of everything about an input record that could change its article."""
    blob = json.dumps(dataclasses.asdict(raw), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass
class IngestReport:
    """What an ingest run did, for the summary line and for scripts."""

    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: int = 0
    unchanged: int = 0
    non_english: dict[str, int] = field(default_factory=dict)
    articles: list[str] = field(default_factory=list)
    quotes: int = 0
    events: int = 0
    actors: int = 0
    words: int = 0

    def add(self, outcome: Outcome, result: Analysis | Rejection) -> None:
        if outcome.status == "rejected":
            self.rejected += 1
            return
        if outcome.status == "duplicate":
            self.duplicates += 1
            return
        assert isinstance(result, Analysis)
        if outcome.status == "near-duplicate":
            self.near_duplicates += 1
        else:
            self.ingested += 1
        self.articles.append(result.article.id)
        self.quotes += len(result.quotes)
        self.events += len(result.events)
        self.actors += len(result.actors)
        self.words += len(result.article.text.split())
        if result.article.language != "en":
            lang = result.article.language
            self.non_english[lang] = self.non_english.get(lang, 0) + 1

    def summary(self) -> str:
        lines = [
            f"{self.ingested} ingested, {self.duplicates + self.near_duplicates} duplicates, "
            f"{self.rejected} rejected (see storyline rejected)"
        ]
        if self.ingested or self.near_duplicates:
            lines.append(
                f"found {self.actors} actors, {self.quotes} quotes and {self.events} events in {self.words:,} words"
            )
        if self.near_duplicates:
            lines.append(f"{self.near_duplicates} near-duplicate(s) stored and linked to their first copy (duplicate_of)")
        if self.duplicates:
            lines.append(f"{self.duplicates} exact duplicate(s) of stored articles not stored again")
        if self.non_english:
            langs = ", ".join(f"{n} {lang}" for lang, n in sorted(self.non_english.items()))
            lines.append(f"non-English articles stored but skipped by English-only steps: {langs}")
        if self.unchanged:
            lines.append(f"{self.unchanged} input(s) already ingested and unchanged, skipped")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["summary"] = self.summary()
        return d


ProgressFn = Callable[[str, Analysis | Rejection | None], None]


class Storyline:
    """A storyline store and everything one can ask of it."""

    def __init__(self, db: str | Path = "storyline.db", *, readonly: bool = False) -> None:
        self.db = str(db)
        self.readonly = readonly
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.db, readonly=self.readonly)
        return self._store

    @property
    def conn(self):  # type: ignore[no-untyped-def]
        return self.store.conn

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # -- ingest ----------------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[str],
        *,
        published: str | None = None,
        outlet: str | None = None,
        engine: str = "local",
        workers: int = 1,
        batch_size: int = 16,
        max_bytes: int = DEFAULT_MAX_BYTES,
        actor_files: tuple[str, ...] = (),
        progress: ProgressFn | None = None,
    ) -> IngestReport:
        """Read, analyse and store everything in ``paths``; idempotent and resumable."""
        published = check_date(published, "--published")
        options = Options(actor_files=actor_files, batch_size=batch_size)
        report = IngestReport()
        store = self.store
        pending_rejections: list[Rejection] = []
        shas: dict[str, str] = {}

        def todo() -> Iterator[RawDocument]:
            for item in read_inputs(paths, ReadOptions(max_bytes=max_bytes)):
                if isinstance(item, Rejection):
                    pending_rejections.append(item)
                    continue
                raw = dataclasses.replace(
                    item, published=published or item.published, outlet=outlet or item.outlet
                )
                sha = raw_sha(raw)
                if store.input_seen(raw.input_key, sha):
                    report.unchanged += 1
                    if progress:
                        progress(raw.input_key, None)
                    continue
                shas[raw.input_key] = sha
                yield raw

        batch: list[tuple[str, str, Analysis | Rejection]] = []

        def flush() -> None:
            rejections = [(f"{r.source}#{r.locator}", "rejected", r) for r in pending_rejections]
            pending_rejections.clear()
            items = rejections + batch
            for (_, _, result), outcome in zip(items, store.write_batch(items), strict=True):
                report.add(outcome, result)
            batch.clear()

        for result in engines.run(todo(), engine=engine, workers=workers, options=options):
            key = result.article.source if isinstance(result, Analysis) else f"{result.source}#{result.locator}" if result.locator else result.source
            key = key or ""
            batch.append((key, shas.pop(key, "analysed"), result))
            if progress:
                progress(key, result)
            if len(batch) + len(pending_rejections) >= batch_size:
                flush()
        flush()
        if report.ingested or report.near_duplicates:
            store.refresh()  # entity figures and planner statistics
        return report

    # -- reading ---------------------------------------------------------------------------
    def articles(self, *, limit: int = 50, offset: int = 0, q: str | None = None) -> Page:
        check_paging(limit, offset)
        items, total = queries.list_articles(self.conn, limit=limit, offset=offset, q=q)
        return {"items": items, "total": total}

    def article(self, article_id: str) -> dict[str, Any]:
        found = queries.get_article(self.conn, article_id)
        if found is None:
            raise NotFound(f"no article with id {article_id!r}: list them with `storyline articles`")
        return found

    def quotes(
        self,
        *,
        speaker: str | None = None,
        anonymous: bool | None = None,
        q: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        article_id: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        check_paging(limit, offset)
        items, total = queries.list_quotes(
            self.conn, speaker=speaker, anonymous=anonymous, q=q, outlet=outlet, article_id=article_id,
            since=check_date(since, "since"), until=check_date(until, "until"), limit=limit, offset=offset,
        )
        return {"items": items, "total": total}

    def actors(self, *, q: str | None = None, kind: str | None = None, limit: int = 50, offset: int = 0) -> Page:
        check_paging(limit, offset)
        items, total = queries.list_actors(self.conn, q=q, kind=kind, limit=limit, offset=offset)
        return {"items": items, "total": total}

    def actor(self, name_or_key: str) -> dict[str, Any]:
        if not name_or_key.strip():
            raise BadParameter("name an actor, e.g. `storyline actor Pompeo` (list them with `storyline actors`)")
        found = queries.get_actor(self.conn, name_or_key)
        if found is None:
            raise NotFound(f"no actor matching {name_or_key!r}: list them with `storyline actors`")
        return found

    def events(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        check_paging(limit, offset)
        if type and type.upper() not in PLOVER_TYPES:
            raise BadParameter(f"unknown event type {type!r}: choose one of {', '.join(PLOVER_TYPES)}")
        items, total = queries.list_events(
            self.conn, actor=actor, type=type, since=check_date(since, "since"), until=check_date(until, "until"),
            limit=limit, offset=offset,
        )
        return {"items": items, "total": total}

    def rejected(self, *, limit: int = 1000, offset: int = 0) -> Page:
        items, total = queries.list_rejections(self.conn, limit=limit, offset=offset)
        return {"items": items, "total": total}

    def search(self, q: str, *, limit: int = 50, offset: int = 0) -> Page:
        check_paging(limit, offset)
        if not q or not q.strip():
            raise BadParameter("search needs some text: ?q=denuclearization")
        items, total = queries.search(self.conn, q, limit=limit, offset=offset)
        return {"items": items, "total": total}

    def stats(self, q: str | None = None) -> dict[str, Any]:
        """Corpus figures; with ``q``, for the story made of the articles matching it."""
        return queries.stats(self.conn, q=q or None)

    # -- export ----------------------------------------------------------------------------
    def export(self, fmt: str, out: str | Path) -> list[Path]:
        """Every table, flat: ``OUT/<table>.jsonl|csv|parquet``. Returns the files written."""
        if fmt not in ("jsonl", "csv", "parquet"):
            raise BadParameter(f"unknown export format {fmt!r}: choose jsonl, csv or parquet")
        outdir = Path(out)
        if outdir.exists() and not outdir.is_dir():
            raise StorylineError(f"{outdir} exists and is not a folder: give a folder name for the export")
        outdir.mkdir(parents=True, exist_ok=True)
        written = []
        for table, sql in queries.EXPORT_TABLES.items():
            cur = self.conn.execute(sql)
            cols = [d[0] for d in cur.description]
            rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
            path = outdir / f"{table}.{fmt}"
            if fmt == "jsonl":
                with open(path, "w", encoding="utf-8") as fh:
                    for row in rows:
                        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            elif fmt == "csv":
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    w = csv.DictWriter(fh, fieldnames=cols)
                    w.writeheader()
                    w.writerows(rows)
            else:
                try:
                    import pyarrow as pa
                    import pyarrow.parquet as pq
                except ImportError as exc:  # pragma: no cover
                    raise MissingDependency("parquet export needs pyarrow: pip install pyarrow") from exc
                table_obj = pa.Table.from_pylist(rows) if rows else pa.table({c: pa.array([], pa.string()) for c in cols})
                pq.write_table(table_obj, path)
            written.append(path)
        return written
