"""The library's schema: numbered migrations and the optional full-text index.

`PRAGMA user_version` is the number of migrations applied. `migrate` runs the missing
ones, in order, inside ONE transaction, so a crash never leaves a half-migrated file. To
change the schema, append a function to `MIGRATIONS`; never edit a released one.

The full-text index (FTS5) is kept apart from the numbered migrations because it depends
on the SQLite build, not on the file: it is created when FTS5 is there, and its triggers
are dropped (and the index marked stale) when a build without FTS5 opens the file, so
writes keep working and the next FTS5-capable open rebuilds it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from reader.store import codec

APPLICATION_ID = 0x52445231  # "RDR1": marks a file as a reader library.


def _search_body(p: str) -> str:
    """SQL for the searchable text of the article row aliased `p` (caption, lead, key
    points, section headings and paragraphs), read from its JSON columns."""
    def texts(column: str, tree: bool) -> str:
        source = f"json_tree({p}.{column}) WHERE type = 'text'" if tree \
            else f"json_each({p}.{column})"
        return f"coalesce((SELECT group_concat(value, char(10)) FROM {source}), '')"

    return " || char(10) || ".join((
        f"coalesce({p}.caption, '')",
        texts("lead", tree=False),
        texts("key_points", tree=True),
        texts("sections", tree=True),
    ))


def _search_tags(p: str) -> str:
    return f"coalesce((SELECT group_concat(value, ' ') FROM json_each({p}.tags)), '')"


def _search_values(p: str) -> str:
    return f"{p}.title, {p}.outlet, coalesce({p}.author, ''), {_search_tags(p)}, {_search_body(p)}"


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction (`executescript` would
    COMMIT first, breaking the one-transaction migration)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                conn.execute(pending)
            pending = ""


def _m1_initial(conn: sqlite3.Connection) -> None:
    run_script(conn, f"""
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('http', 'files', 'sample')),
            title TEXT NOT NULL DEFAULT '',
            link TEXT,
            added TEXT NOT NULL,
            -- HTTP state, used by the fetcher (conditional requests, back-off):
            etag TEXT,
            last_modified TEXT,
            last_fetch TEXT,
            last_status INTEGER,
            last_error TEXT,
            next_fetch TEXT,
            retry_after TEXT
        ) STRICT;

        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
            guid TEXT NOT NULL,
            title TEXT NOT NULL,
            outlet TEXT NOT NULL DEFAULT '',
            caption TEXT,
            source_link TEXT,
            author TEXT,
            published TEXT,                        -- ISO 8601 (+00:00: UTC), or NULL
            added TEXT NOT NULL,                   -- naive UTC ISO 8601
            sort_key TEXT NOT NULL,                -- see codec.sort_key
            tags TEXT NOT NULL DEFAULT '[]',       -- JSON list of str
            lead TEXT NOT NULL DEFAULT '[]',       -- JSON list of paragraphs
            key_points TEXT,                       -- JSON object (title, items) or NULL
            sections TEXT NOT NULL DEFAULT '[]',   -- JSON list of (heading, time, paragraphs)
            section_count INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL,
            read INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
            starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
            UNIQUE (feed_id, guid)
        ) STRICT;

        -- One index per list the UI pages through, so OFFSET walks an index only.
        -- The flags ride along so that filters are checked in the index itself; the
        -- partial indexes keep "unread" and "starred" fast when they are few.
        CREATE INDEX articles_order ON articles (sort_key DESC, id DESC, read, starred);
        CREATE INDEX articles_feed_order ON articles
            (feed_id, sort_key DESC, id DESC, read, starred);
        CREATE INDEX articles_unread_order ON articles (sort_key DESC, id DESC, read, starred)
            WHERE read = 0;
        CREATE INDEX articles_starred_order ON articles (sort_key DESC, id DESC, read, starred)
            WHERE starred = 1;
        CREATE INDEX articles_feed_read ON articles (feed_id, read);

        -- What the full-text index holds, one row per article (used to refill it).
        CREATE VIEW article_search (id, title, outlet, author, tags, body) AS
            SELECT a.id, {_search_values("a")} FROM articles AS a;
    """)


def _v1_count(item: object, minimum: int) -> int | None:
    """A count from schema 1's JSON feed settings, None when it was not a valid one."""
    ok = isinstance(item, int) and not isinstance(item, bool) and item >= minimum
    return item if ok and isinstance(item, int) else None


def _m2_feed_columns_and_section_reads(conn: sqlite3.Connection) -> None:
    """Schema 2: the per-feed settings leave the JSON rows `meta['feed:<id>']` for real
    columns and a tag table; articles remember which live-blog sections were read."""
    run_script(conn, """
        ALTER TABLE feeds ADD COLUMN failures INTEGER NOT NULL DEFAULT 0
            CHECK (failures >= 0);                 -- failed attempts in a row
        ALTER TABLE feeds ADD COLUMN last_success TEXT;
        ALTER TABLE feeds ADD COLUMN keep_count INTEGER CHECK (keep_count >= 0);
        ALTER TABLE feeds ADD COLUMN keep_days INTEGER CHECK (keep_days >= 0);

        CREATE TABLE feed_tags (
            feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            position INTEGER NOT NULL,             -- the order the user gave
            PRIMARY KEY (feed_id, tag)
        ) STRICT, WITHOUT ROWID;

        -- Sections the user has seen, by key (heading + time) and paragraph hash: see
        -- `reader.store.sections`. new_sections caches the count of unseen keys so the
        -- article list reads one integer per row; sections_seen_at is NULL until the
        -- article is first opened.
        ALTER TABLE articles ADD COLUMN new_sections INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN sections_seen_at TEXT;
        CREATE TABLE section_reads (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            PRIMARY KEY (article_id, key)
        ) STRICT, WITHOUT ROWID;
    """)
    # The old JSON settings, checked as the old reader checked them (bad values were
    # ignored there, so they are dropped here); rows of deleted feeds go too.
    rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE 'feed:%'").fetchall()
    for key, value in rows:
        feed_id = key[len("feed:"):]
        try:
            data = json.loads(value)
        except ValueError:
            continue
        if not feed_id.isdigit() or not isinstance(data, dict):
            continue
        success = data.get("last_success")
        conn.execute(
            "UPDATE feeds SET failures = ?, last_success = ?, keep_count = ?, keep_days = ?"
            " WHERE id = ?",
            (_v1_count(data.get("failures"), 1) or 0,
             success if isinstance(success, str) else None,
             _v1_count(data.get("keep_count"), 0), _v1_count(data.get("keep_days"), 0),
             int(feed_id)),
        )
        tags = data.get("tags")
        if isinstance(tags, list):
            unique = dict.fromkeys(t for t in tags if isinstance(t, str))
            conn.executemany(
                "INSERT INTO feed_tags (feed_id, tag, position) SELECT id, ?, ? FROM feeds"
                " WHERE id = ?",
                [(tag, position, int(feed_id)) for position, tag in enumerate(unique)],
            )
    conn.execute("DELETE FROM meta WHERE key LIKE 'feed:%'")


def _m3_article_extras(conn: sqlite3.Connection) -> None:
    """Schema 3: what HTML content adds to an article (paragraph kinds, numbered links'
    targets) in one JSON column, NULL when there is none; older rows read as plain text.
    Not part of the search index: kinds are no words, and a link's words are in the text."""
    conn.execute("ALTER TABLE articles ADD COLUMN extras TEXT")


_HASHED = ("title", "outlet", "caption", "source_link", "author", "published", "tags",
           "lead", "key_points", "sections", "section_count", "extras")
"""The columns `codec.content_hash` digests, in `codec.content_columns` order."""


def _m4_published_zones(conn: sqlite3.Connection) -> None:
    """Schema 4: a publication time known in UTC says so (`2026-11-10T14:00:00+00:00`)
    and reads back aware, so the UI can show it in the user's zone; a naive one is the
    outlet's local time (syndication files) and stays as it was.

    Before, both were stored naive and shown as local, so feed entries (naive UTC) were
    off by the user's UTC offset. The feeds whose entries those are: HTTP feeds and the
    bundled sample feed files (the rule of `codec.naive_dates_are_utc`, written out here
    so that this migration never changes with it). FILES feeds cannot be told apart (a
    folder of syndication files or a feed file): they stay local. The date digits stay,
    so `sort_key` does too; the content hash is recomputed, or the next refresh would
    report every such article as updated."""
    rows = conn.execute(f"""
        SELECT a.id, {", ".join(f"a.{c}" for c in _HASHED)} FROM articles AS a
        JOIN feeds AS f ON f.id = a.feed_id
        WHERE (f.kind = 'http' OR (f.kind = 'sample' AND f.url != 'sample:articles'))
          AND a.published IS NOT NULL
    """).fetchall()
    changes = []
    for row in rows:
        columns = dict(zip(_HASHED, tuple(row)[1:], strict=True))
        moment = codec.parse_iso(columns["published"])
        if moment is None or moment.tzinfo is not None:
            continue  # unreadable (shown as no date anyway) or already zoned
        columns["published"] = codec.published_iso(moment, naive_is_utc=True)
        changes.append((columns["published"], codec.content_hash(columns), row[0]))
    conn.executemany("UPDATE articles SET published = ?, content_hash = ? WHERE id = ?",
                     changes)


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _m1_initial, _m2_feed_columns_and_section_reads, _m3_article_extras, _m4_published_zones,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply the missing migrations; the caller holds the write transaction."""
    for number in range(from_version, SCHEMA_VERSION):
        MIGRATIONS[number](conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def fts5_available() -> bool:
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE temp.probe USING fts5(x)")
        return True
    except sqlite3.Error:
        return False
    finally:
        probe.close()


_FTS_TRIGGERS = ("article_fts_insert", "article_fts_delete", "article_fts_update")


def _create_fts(conn: sqlite3.Connection) -> None:
    run_script(conn, f"""
        CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(
            title, outlet, author, tags, body,
            content = '',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER IF NOT EXISTS article_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO article_fts (rowid, title, outlet, author, tags, body)
            VALUES (new.id, {_search_values("new")});
        END;
        CREATE TRIGGER IF NOT EXISTS article_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO article_fts (article_fts, rowid, title, outlet, author, tags, body)
            VALUES ('delete', old.id, {_search_values("old")});
        END;
        -- Only content changes touch the index; read/starred flips do not.
        CREATE TRIGGER IF NOT EXISTS article_fts_update AFTER UPDATE OF
            title, outlet, author, tags, caption, lead, key_points, sections ON articles
        BEGIN
            INSERT INTO article_fts (article_fts, rowid, title, outlet, author, tags, body)
            VALUES ('delete', old.id, {_search_values("old")});
            INSERT INTO article_fts (rowid, title, outlet, author, tags, body)
            VALUES (new.id, {_search_values("new")});
        END;
    """)


def _has(conn: sqlite3.Connection, kind: str, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = ? AND name = ?", (kind, name)
    ).fetchone()
    return row is not None


def ensure_search(conn: sqlite3.Connection, fts5: bool) -> bool:
    """Bring the full-text index in line with this build; the caller holds the write
    transaction. Returns True when FTS5 search can be used."""
    stale = conn.execute("SELECT 1 FROM meta WHERE key = 'fts_stale'").fetchone() is not None
    if not fts5:
        if any(_has(conn, "trigger", t) for t in _FTS_TRIGGERS):
            for trigger in _FTS_TRIGGERS:
                conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('fts_stale', '1')")
        return False
    missing = not _has(conn, "table", "article_fts") or not all(
        _has(conn, "trigger", t) for t in _FTS_TRIGGERS
    )
    if missing or stale:
        _create_fts(conn)
        # 'rebuild' cannot be used: FTS5 would read the view from inside its own update,
        # where the view's JSON table functions fail. Refill from the view instead.
        conn.execute("INSERT INTO article_fts (article_fts) VALUES ('delete-all')")
        conn.execute("INSERT INTO article_fts (rowid, title, outlet, author, tags, body) "
                     "SELECT id, title, outlet, author, tags, body FROM article_search")
        conn.execute("DELETE FROM meta WHERE key = 'fts_stale'")
    return True


def needs_search_setup(conn: sqlite3.Connection, fts5: bool) -> bool:
    """Cheap read-only check, so a normal open takes no write lock."""
    has_triggers = all(_has(conn, "trigger", t) for t in _FTS_TRIGGERS)
    if not fts5:
        return any(_has(conn, "trigger", t) for t in _FTS_TRIGGERS)
    stale = conn.execute("SELECT 1 FROM meta WHERE key = 'fts_stale'").fetchone() is not None
    return stale or not has_triggers or not _has(conn, "table", "article_fts")
