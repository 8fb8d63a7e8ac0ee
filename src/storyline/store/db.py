"""Opening the store and writing analyses into it (the single writer).

Ingest writes a batch of results in one transaction, keyed by the article's content hash
and the input's key: a rerun adds nothing twice, and a run killed mid-batch loses only
that uncommitted batch, which the next run redoes.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from storyline.errors import StoreError
from storyline.ingest import dedup
from storyline.models import Actor, Analysis, Rejection
from storyline.store.schema import MIGRATIONS, SCHEMA_VERSION


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unnamed"


def entity_key(actor: Actor) -> str:
    """The cross-article identity of an actor: its own ``key`` or kind + slug of its name."""
    return actor.key or f"{actor.kind}:{slug(actor.name)}"


@dataclass
class Outcome:
    """What happened to one input record in the store."""

    status: str  # ingested | near-duplicate | duplicate | unchanged | rejected
    article_id: str | None = None
    duplicate_of: str | None = None
    language: str | None = None


class Store:
    """An embedded SQLite store. One instance per thread; one writing process at a time."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise StoreError(
                        f"no store at {self.path}: ingest articles first (storyline ingest PATH --db {self.path})"
                    )
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            else:
                parent = Path(self.path).parent
                if not parent.exists():
                    raise StoreError(f"cannot create the store {self.path}: folder {parent} does not exist")
                self.conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            if not readonly:
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate(readonly)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a storyline store (or is corrupt): {exc}") from exc

    # -- schema ----------------------------------------------------------------------------
    def _migrate(self, readonly: bool) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was made by a newer storyline (schema {version} > {SCHEMA_VERSION}); upgrade storyline"
            )
        if version == SCHEMA_VERSION:
            return
        if readonly:
            raise StoreError(f"{self.path} needs a schema upgrade: run any writing command (storyline ingest) first")
        for number in range(version, SCHEMA_VERSION):
            with self.conn:
                self.conn.executescript("BEGIN;" + MIGRATIONS[number] + f";PRAGMA user_version={number + 1};COMMIT;")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    # -- ingest bookkeeping ----------------------------------------------------------------
    def input_seen(self, key: str, sha: str) -> bool:
        """True when this exact input record was already handled (so a rerun skips it)."""
        row = self.conn.execute("SELECT sha FROM inputs WHERE key = ?", (key,)).fetchone()
        return row is not None and row["sha"] == sha

    def write_batch(self, items: Iterable[tuple[str, str, Analysis | Rejection]]) -> list[Outcome]:
        """Store a batch of results in one transaction. ``items``: (input key, sha, result)."""
        outcomes: list[Outcome] = []
        try:
            with self.conn:
                for key, sha, result in items:
                    if isinstance(result, Rejection):
                        self._write_rejection(result)
                        outcome = Outcome("rejected")
                    else:
                        outcome = self._write_analysis(result)
                    self.conn.execute(
                        "INSERT INTO inputs(key, sha, status, article_id, ingested_at) VALUES (?,?,?,?,?) "
                        "ON CONFLICT(key) DO UPDATE SET sha=excluded.sha, status=excluded.status, "
                        "article_id=excluded.article_id, ingested_at=excluded.ingested_at",
                        (key, sha, outcome.status, outcome.article_id, now()),
                    )
                    outcomes.append(outcome)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        return outcomes

    def _count_entities(self, an: Analysis, keys: dict[str, str]) -> None:
        """Keep each entity's corpus figures current as an article's layers are written."""
        articles: dict[str, int] = {}
        mentions: dict[str, int] = {}
        for actor in an.actors:
            articles[keys[actor.id]] = 1
            mentions[keys[actor.id]] = mentions.get(keys[actor.id], 0) + len(actor.mentions)
        quotes: dict[str, int] = {}
        for q in an.quotes:
            if (speaker := keys.get(q.speaker.actor_id or "")) is not None:
                quotes[speaker] = quotes.get(speaker, 0) + 1
        events: dict[str, int] = {}
        for e in an.events:
            for side in (e.source, e.target):
                if side is not None and (party := keys.get(side.actor_id or "")) is not None:
                    events[party] = events.get(party, 0) + 1
        self.conn.executemany(
            "UPDATE entities SET articles = articles + ?, mentions = mentions + ?, quotes = quotes + ?, "
            "events = events + ? WHERE key = ?",
            [(articles.get(k, 0), mentions.get(k, 0), quotes.get(k, 0), events.get(k, 0), k)
             for k in set(articles) | set(quotes) | set(events)],
        )

    def refresh(self) -> None:
        """After an ingest: refresh the query planner's statistics (``ANALYZE``)."""
        with self.conn:
            self.conn.execute("ANALYZE")

    def record_rejection(self, rejection: Rejection) -> None:
        with self.conn:
            self._write_rejection(rejection)

    def _write_rejection(self, r: Rejection) -> None:
        self.conn.execute(
            "INSERT INTO rejections(source, locator, reason, time) VALUES (?,?,?,?) "
            "ON CONFLICT(source, locator, reason) DO UPDATE SET time=excluded.time",
            (r.source, r.locator, r.reason, r.time or now()),
        )

    def _near_duplicate(self, sig_bands: list[str], sig: object) -> str | None:
        marks = ",".join("?" * len(sig_bands))
        rows = self.conn.execute(
            f"SELECT DISTINCT a.id, a.minhash FROM minhash_bands b JOIN articles a ON a.id = b.article_id "
            f"WHERE b.bucket IN ({marks}) AND a.duplicate_of IS NULL ORDER BY a.rowid",
            sig_bands,
        ).fetchall()
        for row in rows:
            if row["minhash"] and dedup.similarity(dedup.from_blob(row["minhash"]), sig) >= dedup.THRESHOLD:  # type: ignore[arg-type]
                return str(row["id"])
        return None

    def _write_analysis(self, an: Analysis) -> Outcome:
        art = an.article
        if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (art.id,)).fetchone():
            return Outcome("duplicate", article_id=art.id, duplicate_of=art.id, language=art.language)
        sig = dedup.signature(art.text)
        sig_bands = dedup.bands(sig)
        dup_of = self._near_duplicate(sig_bands, sig)
        cur = self.conn.execute(
            "INSERT INTO articles(id, title, outlet, published, language, url, source, source_id, text, repairs, "
            "duplicate_of, skipped_steps, word_count, minhash, ingested_at, dateline) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                art.id, art.title, art.outlet, art.published, art.language, art.url, art.source, art.source_id,
                art.text, json.dumps([r.to_dict() for r in art.repairs], ensure_ascii=False), dup_of,
                json.dumps(list(an.skipped_steps)), len(art.text.split()), dedup.to_blob(sig), now(), art.dateline,
            ),
        )
        self.conn.execute(
            "INSERT INTO articles_fts(rowid, title, text) VALUES (?,?,?)", (cur.lastrowid, art.title or "", art.text)
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO minhash_bands(bucket, article_id) VALUES (?,?)", [(b, art.id) for b in sig_bands]
        )
        self._write_layers(an)
        return Outcome("near-duplicate" if dup_of else "ingested", article_id=art.id, duplicate_of=dup_of, language=art.language)

    def _write_layers(self, an: Analysis) -> None:
        aid = an.article.id
        keys: dict[str, str] = {}
        for actor in an.actors:
            key = entity_key(actor)
            keys[actor.id] = key
            self.conn.execute(
                "INSERT INTO entities(key, name, kind, country, sector) VALUES (?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET "
                "name = CASE WHEN length(excluded.name) > length(entities.name) THEN excluded.name ELSE entities.name END, "
                "country = coalesce(entities.country, excluded.country), sector = coalesce(entities.sector, excluded.sector)",
                (key, actor.name, actor.kind, actor.country, actor.sector),
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO actors(article_id, local_id, entity_key, name, kind, country, sector, roles, aliases, "
                "confidence, step, evidence_start, evidence_end, mention_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    aid, actor.id, key, actor.name, actor.kind, actor.country, actor.sector,
                    json.dumps(list(actor.roles), ensure_ascii=False), json.dumps(list(actor.aliases), ensure_ascii=False),
                    actor.confidence, actor.step,
                    actor.evidence.start if actor.evidence else None, actor.evidence.end if actor.evidence else None,
                    len(actor.mentions),
                ),
            )
            self.conn.executemany(
                'INSERT INTO mentions(article_id, actor_id, start, "end", text, kind, step, confidence) VALUES (?,?,?,?,?,?,?,?)',
                [(aid, actor.id, m.start, m.end, m.text, m.kind, m.step, m.confidence) for m in actor.mentions],
            )
        self._count_entities(an, keys)
        for q in an.quotes:
            sp = q.speaker
            cur = self.conn.execute(
                'INSERT INTO quotes(article_id, start, "end", text, kind, speaker_actor_id, speaker_entity, speaker_name, '
                "speaker_kind, speaker_description, speaker_count, cue, channel, sentence_start, sentence_end, confidence, step) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    aid, q.start, q.end, q.text, q.kind, sp.actor_id, keys.get(sp.actor_id or ""), sp.name, sp.kind,
                    sp.description, sp.count, q.cue, q.channel, q.sentence.start, q.sentence.end, q.confidence, q.step,
                ),
            )
            self.conn.execute(
                "INSERT INTO quotes_fts(rowid, text, speaker_name, speaker_description) VALUES (?,?,?,?)",
                (cur.lastrowid, q.text, sp.name or "", sp.description or ""),
            )
        for e in an.events:
            src, tgt = e.source, e.target
            self.conn.execute(
                "INSERT INTO events(article_id, type, mode, source_actor_id, source_entity, source_name, source_country, "
                "source_sector, target_actor_id, target_entity, target_name, target_country, target_sector, date, "
                "date_precision, location, negated, hypothetical, reported_by, trigger_start, trigger_end, trigger_text, "
                "sentence_start, sentence_end, confidence, step) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    aid, e.type, e.mode,
                    src.actor_id if src else None, keys.get(src.actor_id or "") if src else None, src.name if src else None,
                    src.country if src else None, src.sector if src else None,
                    tgt.actor_id if tgt else None, keys.get(tgt.actor_id or "") if tgt else None, tgt.name if tgt else None,
                    tgt.country if tgt else None, tgt.sector if tgt else None,
                    e.date, e.date_precision, e.location, int(e.negated), int(e.hypothetical), e.reported_by,
                    e.trigger.start, e.trigger.end, e.trigger.text, e.sentence.start, e.sentence.end, e.confidence, e.step,
                ),
            )
