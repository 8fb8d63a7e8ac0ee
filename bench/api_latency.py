"""REST API latency over a store of 100,000 quotes (a benchmark, not a test).

    .venv/bin/python bench/api_latency.py                 # builds /tmp/storyline-bench.db once
    .venv/bin/python bench/api_latency.py --quotes 20000 --rebuild --runs 50

The store is written through the real writer (``Store.write_batch``) from synthetic
``Analysis`` records: articles of random sentences over a fixed vocabulary, each with named
and anonymous quotes, actor mentions and events between known actors. The routes are then
called in-process with FastAPI's TestClient (so the figures include routing, validation and
JSON encoding, not the network) with varied filters and offsets; the table gives p50 and
p95 per route. Target: p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from fastapi.testclient import TestClient

from storyline.models import (
    PLOVER_TYPES,
    Actor,
    Analysis,
    Article,
    Event,
    EventActor,
    Mention,
    Offsets,
    Quote,
    Span,
    Speaker,
)
from storyline.store.db import Store
from storyline.web.app import create_app

QUOTES_PER_ARTICLE = 20
EVENTS_PER_ARTICLE = 5
ACTORS_PER_ARTICLE = 8
WORDS = ["talks", "summit", "nuclear", "missile", "sanctions", "envoy", "minister", "president", "council", "treaty", "border", "trade", "weapons", "program", "inspection", "agreement", "negotiations", "region", "security", "alliance", "troops", "exercise", "statement", "reporters", "officials", "government", "economy", "deal", "progress", "pressure", "commitment", "regime", "leaders", "meeting", "visit", "week", "month", "relief", "verification", "launch", "test", "site", "facility", "plan", "proposal", "offer", "response", "demand", "warning", "threat", "cooperation", "support", "aid", "food", "energy", "oil", "shipping", "ports", "banks", "assets", "freeze", "review", "policy", "strategy", "denuclearization", "peninsula", "capital", "embassy", "delegation", "conference", "briefing", "interview", "television", "network"]
FIRST = ["Mike", "John", "Kim", "Moon", "Sue", "Jenny", "Stephen", "Andy", "Sarah", "Ed", "Jung", "Xi", "Shinzo", "Donald", "Kang", "Choe", "Ri", "Harry", "Nancy", "Jean"]
LAST = ["Pompeo", "Bolton", "Jong", "Jae", "Terry", "Town", "Biegun", "Kim", "Sanders", "Markey", "Pak", "Jinping", "Abe", "Trump", "Kyung", "Son", "Yong", "Harris", "Pelosi", "Lee", "Smith", "Park", "Chen", "Novak", "Ito"]
COUNTRIES = ["USA", "PRK", "KOR", "CHN", "JPN", "RUS", "VNM", "GBR"]
SECTORS = ["GOV", "MIL", "LEG", "MED", "BUS"]
CUES = ["said", "told", "added", "warned", "noted", "argued"]


def people(n: int) -> list[tuple[str, str, str]]:
    """``n`` distinct (name, country, sector) speakers."""
    rng = random.Random(7)
    out, seen = [], set()
    while len(out) < n:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}" + (f" {rng.choice(LAST)}" if len(seen) > 400 else "")
        if name not in seen:
            seen.add(name)
            out.append((name, rng.choice(COUNTRIES), rng.choice(SECTORS)))
    return out


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize()


def synthetic_analysis(i: int, rng: random.Random, cast: list[tuple[str, str, str]]) -> Analysis:
    """One article: a named actor list, quotes (about 1 in 5 anonymous), events between its actors."""
    chosen = rng.sample(cast, ACTORS_PER_ARTICLE)
    parts: list[str] = []
    pos = 0

    def add(piece: str) -> tuple[int, int]:
        nonlocal pos
        start = pos
        parts.append(piece)
        pos += len(piece)
        return start, pos

    mentions: dict[int, list[Mention]] = {k: [] for k in range(ACTORS_PER_ARTICLE)}
    quotes: list[Quote] = []
    events: list[Event] = []
    for k in range(QUOTES_PER_ARTICLE):
        who = rng.randrange(ACTORS_PER_ARTICLE)
        sent_start = pos
        add("\u201c")
        qs, qe = add(sentence(rng, rng.randint(8, 20)))
        add(",\u201d ")
        anonymous = rng.random() < 0.2
        if anonymous:
            add("a person familiar with the matter")
            speaker = Speaker(None, None, "anonymous", "a person familiar with the matter", 1)
        else:
            ms, me = add(chosen[who][0])
            mentions[who].append(Mention(ms, me, chosen[who][0], f"a{who + 1}"))
            speaker = Speaker(f"a{who + 1}", chosen[who][0], "person")
        cue = rng.choice(CUES)
        add(f" {cue}. ")
        quote_text = "".join(parts)[qs:qe]
        quotes.append(Quote(quote_text, qs, qe, "direct", speaker, Offsets(sent_start, pos - 1), cue=cue,
                            confidence=round(rng.uniform(0.6, 0.99), 2)))
        if k < EVENTS_PER_ARTICLE:
            a, b = rng.sample(range(ACTORS_PER_ARTICLE), 2)
            sent_start = pos
            s1, e1 = add(chosen[a][0])
            add(" ")
            ts, te = add("met")
            add(" ")
            s2, e2 = add(chosen[b][0])
            add(f" to discuss {rng.choice(WORDS)} {rng.choice(WORDS)}.\n\n")
            mentions[a].append(Mention(s1, e1, chosen[a][0], f"a{a + 1}"))
            mentions[b].append(Mention(s2, e2, chosen[b][0], f"a{b + 1}"))
            day = rng.randint(1, 28)
            events.append(Event(
                rng.choice(PLOVER_TYPES), Span(ts, te, "met"), Offsets(sent_start, pos - 2),
                EventActor(f"a{a + 1}", chosen[a][0], chosen[a][1], chosen[a][2]),
                EventActor(f"a{b + 1}", chosen[b][0], chosen[b][1], chosen[b][2]),
                date=f"2019-{rng.randint(1, 12):02d}-{day:02d}" if rng.random() < 0.7 else None,
                date_precision="day", confidence=0.8,
            ))
    text = "".join(parts)
    published = f"20{rng.randint(17, 19)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    article = Article(
        id=hashlib.sha256(text.encode()).hexdigest()[:16], text=text, title=f"Synthetic article {i}: {sentence(rng, 6)}",
        outlet=rng.choice(["Bloomberg", "CNN", "Pacific Wire", "Harbor Times", "Seoul Morning Post"]),
        published=published,
    )
    actors = tuple(
        Actor(f"a{k + 1}", name, "person", country, sector, mentions=tuple(mentions[k]))
        for k, (name, country, sector) in enumerate(chosen)
    )
    return Analysis(article, actors, tuple(quotes), tuple(events))


def build(db: Path, n_quotes: int) -> None:
    rng = random.Random(20181208)
    cast = people(600)
    n_articles = max(1, n_quotes // QUOTES_PER_ARTICLE)
    store = Store(db)
    t0 = time.perf_counter()

    def batches() -> Iterator[list[tuple[str, str, Analysis]]]:
        batch = []
        for i in range(n_articles):
            batch.append((f"bench#{i}", f"sha{i}", synthetic_analysis(i, rng, cast)))
            if len(batch) == 200:
                yield batch
                batch = []
        if batch:
            yield batch

    for batch in batches():
        store.write_batch(batch)
    store.refresh()  # as `storyline ingest` does at the end of a run
    store.close()
    print(f"built {db}: {n_articles:,} articles, {n_articles * QUOTES_PER_ARTICLE:,} quotes, "
          f"{n_articles * EVENTS_PER_ARTICLE:,} events in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def measure(client: TestClient, paths: Callable[[int], str], runs: int) -> tuple[float, float, int]:
    client.get(paths(0))  # warm up
    times = []
    total = 0
    for i in range(runs):
        path = paths(i)
        t0 = time.perf_counter()
        r = client.get(path)
        times.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, (path, r.status_code, r.text[:200])
        total = r.json().get("total", 0)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="/tmp/storyline-bench.db")
    ap.add_argument("--quotes", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    db = Path(args.db)
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    if not db.exists():
        build(db, args.quotes)
    Store(db).close()  # bring an older bench store up to the current schema (the app opens it read-only)
    client = TestClient(create_app(str(db)))
    speakers = [name for name, _, _ in people(600)]
    words = ["nuclear", "summit talks", "sanctions relief", "denuclearization", "envoy", "trade deal", "missile test"]
    routes: list[tuple[str, Callable[[int], str]]] = [
        ("/api/quotes", lambda i: f"/api/quotes?offset={i * 50}"),
        ("/api/quotes?speaker=…", lambda i: f"/api/quotes?speaker={speakers[i * 13 % len(speakers)].split()[-1]}"),
        ("/api/quotes?q=…", lambda i: f"/api/quotes?q={words[i % len(words)]}"),
        ("/api/quotes?anonymous=true", lambda i: f"/api/quotes?anonymous=true&offset={i * 50}"),
        ("/api/search?q=…", lambda i: f"/api/search?q={words[i % len(words)]}"),
        ("/api/articles", lambda i: f"/api/articles?offset={i * 50}"),
        ("/api/events", lambda i: f"/api/events?offset={i * 50}"),
        ("/api/events?actor=…", lambda i: f"/api/events?actor={speakers[i * 7 % len(speakers)].split()[-1]}"),
        ("/api/events?type=…&since=…", lambda i: f"/api/events?type={PLOVER_TYPES[i % 16]}&since=2019-06-01"),
        ("/api/actors", lambda i: f"/api/actors?offset={i * 10}"),
        ("/api/stats", lambda i: "/api/stats"),
    ]
    print(f"{args.runs} requests per route, in-process TestClient, store {db} "
          f"({db.stat().st_size / 1e6:.0f} MB)\n")
    print("| route | p50 ms | p95 ms | total matching |")
    print("| --- | ---: | ---: | ---: |")
    slow = []
    for label, paths in routes:
        p50, p95, total = measure(client, paths, args.runs)
        print(f"| `{label}` | {p50:.1f} | {p95:.1f} | {total:,} |", flush=True)
        if p95 >= 100:
            slow.append(label)
    if slow:
        print(f"\nover the 100 ms p95 target: {', '.join(slow)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
