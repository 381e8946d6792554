"""Writing articles: the upsert by (feed, guid) that makes re-imports idempotent."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from reader.model import Article
from reader.store import codec, sections

_CONTENT = ("title", "outlet", "caption", "source_link", "author", "published", "tags",
            "lead", "key_points", "sections", "section_count", "extras")

_INSERT = (
    "INSERT INTO articles (feed_id, guid, added, sort_key, content_hash, "
    + ", ".join(_CONTENT) + ") VALUES (?, ?, ?, ?, ?, " + ", ".join("?" for _ in _CONTENT) + ")"
)
_UPDATE = (
    "UPDATE articles SET sort_key = ?, content_hash = ?, "
    + ", ".join(f"{c} = ?" for c in _CONTENT) + " WHERE id = ?"
)


@dataclass(frozen=True)
class StoreCounts:
    """What `Library.store_articles` did with the articles it was given."""

    new: int
    updated: int
    unchanged: int

    def __add__(self, other: StoreCounts) -> StoreCounts:
        return StoreCounts(self.new + other.new, self.updated + other.updated,
                           self.unchanged + other.unchanged)


def upsert(conn: sqlite3.Connection, feed_id: int, articles: Sequence[Article]) -> StoreCounts:
    """Insert or update `articles` of one feed; the caller holds the write transaction.

    A changed article keeps its id, `added` time and read/starred flags, so a live blog
    that gained sections is the same row, updated.

    A live blog that grew since the user opened it stays READ: "read" means the user has
    dealt with the story, and flipping it back on every new update would refill the
    unread list with the same few live blogs all day. What arrived is counted instead
    (`new_sections`, shown as "+3" in the list, and NEW marks in the reader pane).
    """
    new = updated = unchanged = 0
    added = codec.now_iso()
    feed = conn.execute("SELECT kind, url FROM feeds WHERE id = ?", (feed_id,)).fetchone()
    naive_utc = feed is not None and codec.naive_dates_are_utc(feed[0], feed[1])
    prepared = [(article, codec.content_columns(article, naive_utc), codec.article_guid(article))
                for article in articles]
    # What the feed already holds of these guids, in ONE query rather than one per article.
    known: dict[str, tuple[int, str, str, str | None]] = {
        row[0]: (row[1], row[2], row[3], row[4])
        for row in conn.execute(
            "SELECT guid, id, content_hash, added, sections_seen_at FROM articles"
            " WHERE feed_id = ? AND guid IN (SELECT value FROM json_each(?))",
            (feed_id, json.dumps([guid for _, _, guid in prepared])),
        )
    }
    for article, columns, guid in prepared:
        digest = codec.content_hash(columns)
        values = [columns[c] for c in _CONTENT]
        row = known.get(guid)
        if row is None:
            key = codec.sort_key(columns["published"], added)
            cursor = conn.execute(_INSERT, (feed_id, guid, added, key, digest, *values))
            # The same guid again later in `articles` updates this row, as it always did.
            known[guid] = (int(cursor.lastrowid or 0), digest, added, None)
            new += 1
        elif row[1] != digest:
            row_id, _old, row_added, seen_at = row
            key = codec.sort_key(columns["published"], row_added)
            conn.execute(_UPDATE, (key, digest, *values, row_id))
            if seen_at is not None:
                sections.recount(conn, row_id, article.sections)
            known[guid] = (row_id, digest, row_added, seen_at)
            updated += 1
        else:
            unchanged += 1
    return StoreCounts(new, updated, unchanged)
