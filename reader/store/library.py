"""`Library`: the one door to the SQLite file for the UI, the CLI and the importer."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.model import (
    Article,
    ArticleQuery,
    ArticleRow,
    Feed,
    FeedInfo,
    Section,
    SourceKind,
    StoredArticle,
)
from reader.store import codec, feed_state, queries, sections
from reader.store.articles import StoreCounts, upsert
from reader.store.db import Connections, open_database
from reader.store.errors import StoreError, guarded, translate
from reader.store.feed_state import FeedState, FetchRecord

# Long feeds are written in chunks, so another writer (a second window, an import in
# another process) never waits on one huge transaction for long.
WRITE_CHUNK = 200

_SAMPLES_SEEDED = "samples_seeded"
ALL_ARTICLES = ArticleQuery()

_FEED_COLUMNS = """
    f.id, f.url, f.title, f.kind, f.link,
    (SELECT count(*) FROM articles AS a WHERE a.feed_id = f.id) AS article_count,
    (SELECT count(*) FROM articles AS a WHERE a.feed_id = f.id AND a.read = 0) AS unread_count
"""

SampleGroups = Sequence[tuple[FeedInfo | None, str, Sequence[Article]]]


def _feed(row: Any) -> Feed:
    return Feed(
        id=row["id"], url=row["url"], title=row["title"], kind=SourceKind(row["kind"]),
        link=row["link"], article_count=row["article_count"],
        unread_count=row["unread_count"],
    )


class Library:
    """A reader library file. Methods raise StoreError (one line for the user), never
    sqlite3 errors. Safe to share between threads (see `reader.store.db`)."""

    def __init__(self, path: Path, connections: Connections, fts: bool) -> None:
        self.path = path
        self._db = connections
        self._fts = fts
        self._batch = threading.local()

    @classmethod
    def open(cls, path: Path) -> Library:
        path = Path(path).expanduser().absolute()
        connections, fts = open_database(path)
        return cls(path, connections, fts)

    def close(self) -> None:
        self._db.close_all()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def full_text_search(self) -> bool:
        """True when searches use the FTS5 index (else a slower substring search)."""
        return self._fts

    # -- reading (UI thread) -------------------------------------------------------------

    @guarded
    def count_articles(self, query: ArticleQuery = ALL_ARTICLES) -> int:
        sql, params = queries.count_sql(query, self._fts)
        return int(self._db.get().execute(sql, params).fetchone()[0])

    @guarded
    def article_rows(self, query: ArticleQuery, offset: int, limit: int) -> list[ArticleRow]:
        sql, params = queries.page_sql(query, self._fts, offset, limit)
        return [
            ArticleRow(
                id=r["id"], title=r["title"], outlet=r["outlet"], feed_title=r["feed_title"],
                published=codec.parse_iso(r["published"]), read=bool(r["read"]),
                starred=bool(r["starred"]), section_count=r["section_count"],
                new_sections=r["new_sections"],
            )
            for r in self._db.get().execute(sql, params)
        ]

    @guarded
    def get_article(self, article_id: int) -> StoredArticle | None:
        conn = self._db.get()
        row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        feed_row = conn.execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds AS f WHERE f.id = ?", (row["feed_id"],)
        ).fetchone()
        article = codec.row_to_article(row)
        marks = (sections.marks(article.sections, sections.stored_reads(conn, article_id))
                 if row["sections_seen_at"] is not None else ())
        return StoredArticle(
            id=row["id"], feed=_feed(feed_row), article=article,
            read=bool(row["read"]), starred=bool(row["starred"]),
            added=codec.parse_iso(row["added"]) or datetime.min, section_marks=marks,
        )

    @guarded
    def feeds(self) -> list[Feed]:
        rows = self._db.get().execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds AS f ORDER BY f.title COLLATE NOCASE, f.id"
        )
        return [_feed(r) for r in rows]

    @guarded
    def is_empty(self) -> bool:
        return self._db.get().execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None

    # -- reading state -------------------------------------------------------------------

    @guarded
    def set_read(self, article_id: int, read: bool = True) -> None:
        with self._db.write() as conn:
            conn.execute("UPDATE articles SET read = ? WHERE id = ? AND read != ?",
                         (int(read), article_id, int(read)))

    @guarded
    def mark_sections_seen(self, article_id: int,
                           shown: Sequence[Section] | None = None) -> None:
        """Remember the article's sections as read and zero its new-section count.

        Call it when the article is opened, AFTER `get_article` (whose marks say what was
        new before this opening). `shown`: the sections the user was shown, when they
        may differ from the stored ones (a refresh stored a newer version meanwhile:
        its extra sections stay new); by default, the stored sections. Unknown ids are
        ignored (the article may have just been removed by retention).
        """
        with self._db.write() as conn:
            row = conn.execute("SELECT sections FROM articles WHERE id = ?",
                               (article_id,)).fetchone()
            if row is None:
                return
            current = codec.sections_of(row["sections"])
            sections.record_seen(conn, article_id, current if shown is None else shown,
                                 current, codec.now_iso())

    @guarded
    def set_starred(self, article_id: int, starred: bool) -> None:
        with self._db.write() as conn:
            conn.execute("UPDATE articles SET starred = ? WHERE id = ? AND starred != ?",
                         (int(starred), article_id, int(starred)))

    # -- feeds and articles --------------------------------------------------------------

    @staticmethod
    def _add_feed(conn: sqlite3.Connection, url: str, kind: SourceKind, title: str,
                  link: str | None) -> int:
        row = conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
        if row is None:
            cursor = conn.execute(
                "INSERT INTO feeds (url, kind, title, link, added) VALUES (?, ?, ?, ?, ?)",
                (url, SourceKind(kind).value, title, link, codec.now_iso()),
            )
            return int(cursor.lastrowid or 0)
        if title:
            conn.execute("UPDATE feeds SET title = ? WHERE id = ?", (title, row["id"]))
        if link:
            conn.execute("UPDATE feeds SET link = ? WHERE id = ?", (link, row["id"]))
        return int(row["id"])

    @guarded
    def add_feed(self, url: str, kind: SourceKind, title: str = "",
                 link: str | None = None) -> int:
        """Get or create the feed with this url; a non-empty title/link replaces the old."""
        with self._db.write() as conn:
            return self._add_feed(conn, url, kind, title, link)

    @guarded
    def store_articles(self, feed_id: int, articles: Sequence[Article]) -> StoreCounts:
        total = StoreCounts(0, 0, 0)
        for start in range(0, len(articles), WRITE_CHUNK):
            with self._db.write() as conn:
                if conn.execute("SELECT 1 FROM feeds WHERE id = ?", (feed_id,)).fetchone() is None:
                    raise StoreError(f"no feed with id {feed_id} in the library")
                total += upsert(conn, feed_id, articles[start:start + WRITE_CHUNK])
        return total

    @guarded
    def remove_feed(self, feed_id: int) -> int:
        """Remove a feed and its articles; return how many articles went."""
        with self._db.write() as conn:
            removed = conn.execute(
                "SELECT count(*) FROM articles WHERE feed_id = ?", (feed_id,)
            ).fetchone()[0]
            # The feed's tags, articles and their section reads go with it (ON DELETE CASCADE).
            conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
            return int(removed)

    # -- fetch state (the refresher; see `reader.store.feed_state`) ----------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """`record_fetch` calls made inside, on this thread, share ONE transaction, each
        in a savepoint of its own (one that fails is undone alone).

        Committing a dozen small feeds at once instead of one by one saves the refresher
        the per-commit work (the WAL append, the full-text index's segment flush and
        merges). Raises StoreError when the transaction as a whole failed: then nothing
        of it was kept, and the caller records the feeds again one by one.
        """
        try:
            with self._db.write():
                self._batch.open = True
                try:
                    yield
                finally:
                    self._batch.open = False
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, or a savepoint of the batch open on this thread."""
        if not getattr(self._batch, "open", False):
            with self._db.write() as conn:
                yield conn
            return
        conn = self._db.get()
        if not conn.in_transaction:
            # SQLite ended the batch's transaction itself (disk full, I/O error): a
            # savepoint now would commit on its own, outside the batch.
            raise StoreError("the library write was interrupted; try again")
        conn.execute("SAVEPOINT record_fetch")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO record_fetch")
                conn.execute("RELEASE record_fetch")
            raise
        conn.execute("RELEASE record_fetch")

    @guarded
    def feed_states(self, feed_ids: Sequence[int] | None = None,
                    kind: SourceKind | None = None) -> list[FeedState]:
        """Feeds with their fetch state, settings and counts, ordered by title."""
        return feed_state.select_states(self._db.get(), feed_ids, kind)

    def feed_state(self, feed_id: int) -> FeedState | None:
        found = self.feed_states([feed_id])
        return found[0] if found else None

    @guarded
    def find_feed(self, ref: str) -> FeedState | None:
        """The feed whose URL is `ref`, else whose id is `ref` (digits)."""
        row = self._db.get().execute("SELECT id FROM feeds WHERE url = ?", (ref,)).fetchone()
        if row is None and ref.strip().isdigit() and len(ref.strip()) < 19:
            row = self._db.get().execute(
                "SELECT id FROM feeds WHERE id = ?", (int(ref.strip()),)).fetchone()
        return self.feed_state(int(row["id"])) if row is not None else None

    @guarded
    def record_fetch(self, feed_id: int, record: FetchRecord,
                     articles: Sequence[Article] | None = None,
                     now: datetime | None = None) -> tuple[StoreCounts, bool, int]:
        """Store one fetch attempt: its articles (if any), the feed's new state, then
        the feed's retention. Returns (counts, whether the URL moved, articles removed).

        A feed of up to WRITE_CHUNK articles is ONE short transaction; a longer one is
        written in chunks, the state going with the last, so an interrupted write never
        records a success whose articles are missing.
        """
        items = list(articles or ())
        total = StoreCounts(0, 0, 0)
        moved, removed = False, 0
        chunks = [items[i:i + WRITE_CHUNK] for i in range(0, len(items), WRITE_CHUNK)] or [[]]
        for number, chunk in enumerate(chunks, start=1):
            with self._write() as conn:
                if conn.execute("SELECT 1 FROM feeds WHERE id = ?", (feed_id,)).fetchone() is None:
                    raise StoreError(f"no feed with id {feed_id} in the library")
                total += upsert(conn, feed_id, chunk)
                if number < len(chunks):
                    continue
                moved = feed_state.write_record(conn, feed_id, record)
                if articles is not None:
                    keep_count, keep_days = conn.execute(
                        "SELECT keep_count, keep_days FROM feeds WHERE id = ?", (feed_id,)
                    ).fetchone()
                    if keep_count is not None or keep_days is not None:
                        removed = feed_state.retain(
                            conn, feed_id, keep_count, keep_days, now or record.when,
                            [codec.article_guid(a) for a in items])
        return total, moved, removed

    @guarded
    def reset_fetch_state(self, feed_id: int) -> None:
        """Forget validators, errors, back-off and a 410: fetch afresh next time."""
        with self._db.write() as conn:
            feed_state.reset(conn, feed_id)

    @guarded
    def set_feed_tags(self, feed_id: int, tags: Sequence[str]) -> None:
        with self._db.write() as conn:
            feed_state.set_tags(conn, feed_id, tags)

    @guarded
    def set_retention(self, feed_id: int, keep_count: int | None = None,
                      keep_days: int | None = None) -> int:
        """Keep at most `keep_count` newest articles / none older than `keep_days`
        (None: no limit; the default keeps everything). Starred articles are always kept.
        Applied at once and after each refresh; returns how many articles went now."""
        if (keep_count is not None and keep_count < 0) or (keep_days is not None and keep_days < 0):
            raise StoreError("a feed keeps 0 or more articles, for 0 or more days")
        with self._db.write() as conn:
            feed_state.set_retention(conn, feed_id, keep_count, keep_days)
            return feed_state.retain(conn, feed_id, keep_count, keep_days, datetime.now(UTC))

    # -- bundled samples -----------------------------------------------------------------

    def _samples_seeded(self, conn: sqlite3.Connection) -> bool:
        row = conn.execute("SELECT 1 FROM meta WHERE key = ?", (_SAMPLES_SEEDED,)).fetchone()
        return row is not None

    @guarded
    def seed_samples(self, load: Callable[[], SampleGroups]) -> bool:
        """Add the sample edition once in the library's life; True when it did.

        `load` is only called when seeding is due (parsing the samples costs time), and
        outside any transaction. After `remove_samples`, the flag stays: never again.
        """
        if self._samples_seeded(self._db.get()):
            return False
        groups = load()
        with self._db.write() as conn:
            if self._samples_seeded(conn):  # another instance was quicker
                return False
            seeded = False
            for info, url, articles in groups:
                title = info.title if info and info.title else (
                    articles[0].outlet if articles and articles[0].outlet else "Samples")
                feed_id = self._add_feed(conn, url, SourceKind.SAMPLE, title,
                                         info.link if info else None)
                counts = upsert(conn, feed_id, articles)
                seeded = seeded or counts.new > 0
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         (_SAMPLES_SEEDED, codec.now_iso()))
            return seeded

    @guarded
    def remove_samples(self) -> int:
        """Remove every sample feed; return how many articles went."""
        with self._db.write() as conn:
            removed = conn.execute(
                "SELECT count(*) FROM articles WHERE feed_id IN "
                "(SELECT id FROM feeds WHERE kind = 'sample')"
            ).fetchone()[0]
            conn.execute("DELETE FROM feeds WHERE kind = 'sample'")
            return int(removed)

    @guarded
    def has_samples(self) -> bool:
        row = self._db.get().execute("SELECT 1 FROM feeds WHERE kind = 'sample' LIMIT 1")
        return row.fetchone() is not None
