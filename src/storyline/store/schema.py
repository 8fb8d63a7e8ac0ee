"""The schema as an ordered list of migrations; ``PRAGMA user_version`` is the version.

A migration is appended, never edited: a store made by an older storyline is brought up
to date on open, inside one transaction per step.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: inputs, articles, rejections and the layers (actors, mentions, quotes, events).
    """
    CREATE TABLE inputs (
        key TEXT PRIMARY KEY,          -- path#locator of the input record
        sha TEXT NOT NULL,             -- sha256 of the raw record, to notice changed inputs
        status TEXT NOT NULL,          -- ingested | duplicate | near-duplicate | rejected
        article_id TEXT,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT, outlet TEXT, published TEXT, language TEXT NOT NULL, url TEXT,
        source TEXT, source_id TEXT, text TEXT NOT NULL, repairs TEXT NOT NULL DEFAULT '[]',
        duplicate_of TEXT, skipped_steps TEXT NOT NULL DEFAULT '[]', word_count INTEGER NOT NULL,
        minhash BLOB, ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
    CREATE TABLE minhash_bands (
        bucket TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (bucket, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE rejections (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL, locator TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL, time TEXT NOT NULL,
        UNIQUE (source, locator, reason)
    );
    CREATE TABLE entities (
        key TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, sector TEXT
    );
    CREATE TABLE actors (
        article_id TEXT NOT NULL, local_id TEXT NOT NULL, entity_key TEXT NOT NULL,
        name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, sector TEXT,
        roles TEXT NOT NULL DEFAULT '[]', aliases TEXT NOT NULL DEFAULT '[]',
        confidence REAL NOT NULL, step TEXT NOT NULL, evidence_start INTEGER, evidence_end INTEGER,
        PRIMARY KEY (article_id, local_id)
    );
    CREATE INDEX actors_entity ON actors(entity_key);
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, actor_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
        step TEXT NOT NULL, confidence REAL NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id, actor_id);
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, kind TEXT NOT NULL,
        speaker_actor_id TEXT, speaker_entity TEXT, speaker_name TEXT, speaker_kind TEXT NOT NULL,
        speaker_description TEXT, speaker_count INTEGER,
        cue TEXT, channel TEXT, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
        confidence REAL NOT NULL, step TEXT NOT NULL
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker ON quotes(speaker_entity);
    CREATE INDEX quotes_kind ON quotes(speaker_kind);
    CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, speaker_description, content='quotes', content_rowid='id');
    CREATE TABLE events (
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT,
        source_actor_id TEXT, source_entity TEXT, source_name TEXT, source_country TEXT, source_sector TEXT,
        target_actor_id TEXT, target_entity TEXT, target_name TEXT, target_country TEXT, target_sector TEXT,
        date TEXT, date_precision TEXT, location TEXT, negated INTEGER NOT NULL, hypothetical INTEGER NOT NULL,
        reported_by TEXT, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
        sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, confidence REAL NOT NULL, step TEXT NOT NULL
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_source ON events(source_entity);
    CREATE INDEX events_target ON events(target_entity);
    """,
    # 2: the dateline city an article opens with ("SEOUL — ...").
    """
    ALTER TABLE articles ADD COLUMN dateline TEXT;
    """,
    # 3: indexes for the read paths measured by bench/api_latency.py on 100,000 quotes.
    # quotes(article_id, speaker_kind) serves the per-article anonymous count of list_articles
    # (without it SQLite scanned every anonymous quote once per article: 36 s, now 7 ms);
    # the expression index lets the newest-first quote and article lists read in order
    # instead of sorting every row (quotes page 97 ms -> 1 ms).
    """
    CREATE INDEX IF NOT EXISTS quotes_article_kind ON quotes(article_id, speaker_kind);
    CREATE INDEX IF NOT EXISTS articles_published_order ON articles(coalesce(published, '') DESC, id);
    """,
    # 4: each article actor's mention count kept beside it, so listing actors across the
    # corpus sums a column instead of joining every mention; events by entity.
    """
    ALTER TABLE actors ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
    UPDATE actors SET mention_count = (
        SELECT count(*) FROM mentions m WHERE m.article_id = actors.article_id AND m.actor_id = actors.local_id
    );
    CREATE INDEX IF NOT EXISTS quotes_speaker_entity ON quotes(speaker_entity) WHERE speaker_entity IS NOT NULL;
    """,
    # 5: corpus figures per entity, kept current by the writer as layers are stored, so
    # listing actors by mentions reads an index instead of grouping every table per request.
    """
    ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE entities ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE entities ADD COLUMN events INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX IF NOT EXISTS entities_by_mentions ON entities(mentions DESC, name);
    UPDATE entities SET (articles, mentions) = (
        SELECT count(DISTINCT article_id), coalesce(sum(mention_count), 0) FROM actors
         WHERE actors.entity_key = entities.key);
    UPDATE entities SET quotes = (SELECT count(*) FROM quotes WHERE speaker_entity = entities.key);
    UPDATE entities SET events = (SELECT count(*) FROM events WHERE source_entity = entities.key)
                               + (SELECT count(*) FROM events WHERE target_entity = entities.key);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
