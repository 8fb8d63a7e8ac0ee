"""The store: idempotent ingest, duplicates, near-duplicates, rejections, migrations, crash safety."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.api import Storyline
from storyline.errors import BadParameter, NotFound, StoreError
from storyline.store.schema import SCHEMA_VERSION

from .conftest import ROOT, SEED_BLOOMBERG, SEED_CNN

BODY = (
    "The envoy met officials in Seoul on Friday to discuss the stalled talks, officials said. "
    "The meeting lasted two hours and covered sanctions relief and family reunions. "
    "Both sides agreed to meet again in January, a ministry spokeswoman said after the session."
)


def test_seeds_twice_leave_two_articles(db: str) -> None:
    sl = Storyline(db)
    first = sl.ingest([str(SEED_CNN), str(SEED_BLOOMBERG)])
    second = sl.ingest([str(SEED_CNN), str(SEED_BLOOMBERG)])
    assert (first.ingested, second.ingested, second.unchanged) == (2, 0, 2)
    assert sl.articles()["total"] == 2
    art = sl.article(first.articles[1])
    assert art["outlet"] == "Bloomberg" and "subscribing" not in art["text"]
    assert [r["kind"] for r in art["repairs"]] == ["footer"]


def test_exact_copy_under_another_name_is_a_duplicate(db: str, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Talks in Seoul\n\n" + BODY, encoding="utf-8")
    b.write_text("Talks in Seoul\n\n" + BODY, encoding="utf-8")
    report = Storyline(db).ingest([str(a), str(b)])
    assert (report.ingested, report.duplicates) == (1, 1)
    assert "1 ingested, 1 duplicates, 0 rejected (see storyline rejected)" in report.summary()


def test_near_duplicate_is_stored_and_linked(db: str, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = SEED_BLOOMBERG.read_text(encoding="utf-8")
    (inbox / "a.txt").write_text(text, encoding="utf-8")
    (inbox / "b.txt").write_text(text.replace("on Thursday", "on Friday").replace("Ford Motor Co.", "Ford"), encoding="utf-8")
    sl = Storyline(db)
    report = sl.ingest([str(inbox)])
    assert (report.ingested, report.near_duplicates) == (1, 1)
    items = sl.articles()["items"]
    dup = [a for a in items if a["duplicate_of"]]
    assert len(items) == 2 and len(dup) == 1
    assert sl.article(dup[0]["duplicate_of"])["near_duplicates"] == [dup[0]["id"]]


def test_rejections_are_recorded_once_with_reason(db: str, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "dump.jsonl").write_text('{"text": "' + BODY + '"}\n{bad\n', encoding="utf-8")
    sl = Storyline(db)
    for _ in range(2):
        report = sl.ingest([str(inbox)])
    rej = sl.rejected()["items"]
    assert sorted((Path(r["input"]).name, r["locator"]) for r in rej) == [("dump.jsonl", "line 2"), ("empty.txt", "")]
    assert all(r["reason"] for r in rej)
    assert sl.articles()["total"] == 1 and report.unchanged == 1


def test_non_english_is_stored_and_skipped(db: str, tmp_path: Path) -> None:
    p = tmp_path / "fr.txt"
    p.write_text("Le ministre rencontre son homologue\n\nLe ministre des Affaires étrangères a rencontré son homologue "
                 "mardi à Genève pour discuter de l'échange de prisonniers, ont indiqué des responsables.", encoding="utf-8")
    sl = Storyline(db)
    report = sl.ingest([str(p)])
    assert report.non_english == {"fr": 1}
    assert "non-English" in report.summary()
    art = sl.article(report.articles[0])
    assert art["language"] == "fr" and "nlp" in art["skipped_steps"]


def test_search_and_filters(db: str) -> None:
    sl = Storyline(db)
    sl.ingest([str(SEED_BLOOMBERG)])
    assert sl.search("denuclearization")["total"] >= 1
    assert sl.articles(q="Biegun")["total"] == 1
    assert sl.articles(q="zzzunknownword")["total"] == 0
    with pytest.raises(BadParameter):
        sl.events(since="not-a-date")
    with pytest.raises(BadParameter):
        sl.events(type="DANCE")
    with pytest.raises(NotFound):
        sl.article("does-not-exist")
    with pytest.raises(BadParameter):
        sl.articles(limit=0)


def test_export_every_format(db: str, tmp_path: Path) -> None:
    sl = Storyline(db)
    sl.ingest([str(SEED_BLOOMBERG)])
    for fmt in ("jsonl", "csv", "parquet"):
        files = sl.export(fmt, tmp_path / fmt)
        assert {f.stem for f in files} >= {"articles", "quotes", "events", "actors", "mentions", "rejections"}
    line = (tmp_path / "jsonl" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert json.loads(line)["outlet"] == "Bloomberg"
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "parquet" / "articles.parquet").num_rows == 1


def test_schema_version_and_foreign_files(db: str, tmp_path: Path) -> None:
    sl = Storyline(db)
    assert sl.store.schema_version == SCHEMA_VERSION
    sl.close()
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    with pytest.raises(StoreError, match="newer storyline"):
        Storyline(db).store  # noqa: B018
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a storyline store"):
        Storyline(str(junk)).store  # noqa: B018
    with pytest.raises(StoreError, match="ingest articles first"):
        Storyline(str(tmp_path / "none.db"), readonly=True).store  # noqa: B018


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_stores_everything_once(tmp_path: Path) -> None:
    """Kill a real ingest process with SIGKILL after its first commits; the rerun completes it."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    n = 120
    for i in range(n):
        words = " ".join(f"w{i}x{j}" for j in range(300))
        (inbox / f"{i:03d}.txt").write_text(f"Story number {i}\n\nOfficials met on day {i}. {words}.", encoding="utf-8")
    db = str(tmp_path / "kill.db")
    cmd = [sys.executable, "-m", "storyline.cli", "ingest", str(inbox), "--db", db, "--batch-size", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 4:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < stored < n, f"kill came too late to test anything ({stored} stored)"
    rerun = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == n
        assert conn.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == n
        assert conn.execute("SELECT count(*) FROM inputs").fetchone()[0] == n
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == n


def test_anonymous_share_per_article_and_per_story(db: str) -> None:
    sl = Storyline(db)
    sl.ingest([str(SEED_CNN), str(SEED_BLOOMBERG)])
    items = sl.articles()["items"]
    for a in items:
        assert a["anonymous_quotes"] <= a["quotes"]
        assert a["anonymous_share"] == (round(a["anonymous_quotes"] / a["quotes"], 3) if a["quotes"] else None)
    everything, story = sl.stats(), sl.stats(q="Biegun")
    assert everything["articles"] == 2 and story["articles"] == 1 and story["story"]
    bloomberg = next(a for a in items if a["outlet"] == "Bloomberg")
    assert story["quotes"] == bloomberg["quotes"] and story["anonymous_quotes"] == bloomberg["anonymous_quotes"]
    assert 0 < everything["anonymous_share"] < 1


def test_migration_from_schema_1_keeps_articles(tmp_path: Path) -> None:
    """A store made by schema 1 opens under the current schema with its articles intact."""
    from storyline.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(MIGRATIONS[0] + ";PRAGMA user_version=1;")
        conn.execute(
            "INSERT INTO articles(id, language, text, word_count, ingested_at) VALUES ('abc', 'en', 'Old text.', 2, 'now')"
        )
    sl = Storyline(str(path))
    assert sl.store.schema_version == SCHEMA_VERSION
    art = sl.article("abc")
    assert art["text"] == "Old text." and art["dateline"] is None


def test_dateline_is_kept(db: str, tmp_path: Path) -> None:
    p = tmp_path / "d.txt"
    p.write_text("Envoy in Seoul\n\nSEOUL — The special envoy met South Korean officials on Friday, officials said.", encoding="utf-8")
    sl = Storyline(db)
    report = sl.ingest([str(p)])
    assert sl.article(report.articles[0])["dateline"] == "Seoul"


def test_entity_figures_match_a_recount(db: str) -> None:
    """The writer's running per-entity counts equal a recount from the layer tables."""
    sl = Storyline(db)
    sl.ingest([str(SEED_CNN), str(SEED_BLOOMBERG)])
    conn = sl.conn
    for row in conn.execute("SELECT key, articles, mentions, quotes, events FROM entities"):
        key = row["key"]
        assert row["articles"] == conn.execute("SELECT count(DISTINCT article_id) FROM actors WHERE entity_key = ?", (key,)).fetchone()[0]
        assert row["mentions"] == conn.execute(
            "SELECT count(*) FROM mentions m JOIN actors a ON a.article_id = m.article_id AND a.local_id = m.actor_id "
            "WHERE a.entity_key = ?", (key,)).fetchone()[0]
        assert row["quotes"] == conn.execute("SELECT count(*) FROM quotes WHERE speaker_entity = ?", (key,)).fetchone()[0]
        assert row["events"] == conn.execute(
            "SELECT (SELECT count(*) FROM events WHERE source_entity = ?) + (SELECT count(*) FROM events WHERE target_entity = ?)",
            (key, key)).fetchone()[0]
    top = sl.actors(limit=1)["items"][0]
    assert top["mentions"] == max(r[0] for r in conn.execute("SELECT mentions FROM entities"))
