"""What the refresher remembers about each feed, and how old articles are let go.

The columns of `feeds` hold the fetch state (etag, last_modified, last_fetch, last_status,
last_error, next_fetch, retry_after), the failures in a row and the last success, and the
retention settings (keep_count, keep_days); `feed_tags` holds the feed's tags from an OPML
folder, a newsboat `urls` line or `reader add --tag`, in order. (Schema 1 kept all but
the HTTP columns as JSON in `meta`; migration 2 moved them.) Both go with the feed when it
is removed, so a reused feed id never inherits another feed's settings.

A feed is *gone* when its last answer was 410: the refresher never asks for it again
until the user adds it anew (`reset_fetch_state`).

Nothing here opens a transaction: the caller (`Library`) holds it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from reader.model import FeedInfo, SourceKind
from reader.store import codec

GONE_STATUS = 410

_COLUMNS = """
    f.id, f.url, f.title, f.kind, f.link, f.etag, f.last_modified, f.last_fetch,
    f.last_status, f.last_error, f.next_fetch, f.retry_after, f.failures, f.last_success,
    f.keep_count, f.keep_days,
    (SELECT count(*) FROM articles AS a WHERE a.feed_id = f.id) AS article_count,
    (SELECT count(*) FROM articles AS a WHERE a.feed_id = f.id AND a.read = 0) AS unread_count
"""


@dataclass(frozen=True, slots=True)
class FeedState:
    """A feed with everything the refresher and `reader feeds` need."""

    id: int
    url: str
    title: str
    kind: SourceKind
    link: str | None = None
    tags: tuple[str, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    last_fetch: datetime | None = None
    """Naive UTC: the last attempt, whatever its outcome."""
    last_success: datetime | None = None
    last_status: int | None = None
    last_error: str | None = None
    """The reason the last attempt failed; None after a success."""
    next_fetch: datetime | None = None
    """Naive UTC: when the feed is due again; None means due now (never fetched)."""
    retry_after: datetime | None = None
    """Naive UTC: the server asked us not to come back before this (429/503)."""
    failures: int = 0
    """Failed attempts in a row (drives the back-off)."""
    keep_count: int | None = None
    keep_days: int | None = None
    article_count: int = 0
    unread_count: int = 0

    @property
    def gone(self) -> bool:
        return self.last_status == GONE_STATUS


@dataclass(frozen=True, slots=True)
class FetchRecord:
    """What one fetch attempt leaves behind. `error` None means it succeeded."""

    when: datetime
    status: int | None
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    next_fetch: datetime | None = None
    retry_after: datetime | None = None
    moved_to: str | None = None
    """A permanent redirect's target, to become the feed's URL."""
    info: FeedInfo | None = None
    """The feed's own title and link, from a fetched document."""


def row_to_state(row: Any, tags: tuple[str, ...] = ()) -> FeedState:
    return FeedState(
        id=row["id"], url=row["url"], title=row["title"], kind=SourceKind(row["kind"]),
        link=row["link"], tags=tags,
        etag=row["etag"], last_modified=row["last_modified"],
        last_fetch=codec.parse_iso(row["last_fetch"]),
        last_success=codec.parse_iso(row["last_success"]),
        last_status=row["last_status"], last_error=row["last_error"],
        next_fetch=codec.parse_iso(row["next_fetch"]),
        retry_after=codec.parse_iso(row["retry_after"]),
        failures=row["failures"], keep_count=row["keep_count"], keep_days=row["keep_days"],
        article_count=row["article_count"], unread_count=row["unread_count"],
    )


def _tags(conn: sqlite3.Connection, ids: str | None) -> dict[int, list[str]]:
    """Tags by feed, in order: one query for all the feeds asked (`ids`: JSON list)."""
    where = "WHERE feed_id IN (SELECT value FROM json_each(?))" if ids is not None else ""
    found: dict[int, list[str]] = {}
    rows = conn.execute(f"SELECT feed_id, tag FROM feed_tags {where} ORDER BY feed_id, position",
                        [ids] if ids is not None else [])
    for feed_id, tag in rows:
        found.setdefault(feed_id, []).append(tag)
    return found


def select_states(conn: sqlite3.Connection, feed_ids: Iterable[int] | None = None,
                  kind: SourceKind | None = None) -> list[FeedState]:
    clauses: list[str] = []
    params: list[Any] = []
    ids = json.dumps(list(feed_ids)) if feed_ids is not None else None
    if ids is not None:
        clauses.append("f.id IN (SELECT value FROM json_each(?))")
        params.append(ids)
    if kind is not None:
        clauses.append("f.kind = ?")
        params.append(kind.value)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = f"SELECT {_COLUMNS} FROM feeds AS f {where} ORDER BY f.title COLLATE NOCASE, f.id"
    rows = conn.execute(sql, params).fetchall()
    tags = _tags(conn, ids) if rows else {}
    return [row_to_state(r, tuple(tags.get(r["id"], ()))) for r in rows]


def set_tags(conn: sqlite3.Connection, feed_id: int, tags: Sequence[str]) -> None:
    """Replace the feed's tags (duplicates dropped, first place kept)."""
    conn.execute("DELETE FROM feed_tags WHERE feed_id = ?", (feed_id,))
    conn.executemany(
        "INSERT INTO feed_tags (feed_id, tag, position) SELECT id, ?, ? FROM feeds WHERE id = ?",
        [(tag, n, feed_id) for n, tag in enumerate(dict.fromkeys(tags))],
    )


def set_retention(conn: sqlite3.Connection, feed_id: int, keep_count: int | None,
                  keep_days: int | None) -> None:
    conn.execute("UPDATE feeds SET keep_count = ?, keep_days = ? WHERE id = ?",
                 (keep_count, keep_days, feed_id))


def write_record(conn: sqlite3.Connection, feed_id: int, record: FetchRecord) -> bool:
    """Store one attempt's outcome; True when the feed's URL was moved to `moved_to`."""
    moved = False
    if record.moved_to:
        taken = conn.execute("SELECT 1 FROM feeds WHERE url = ? AND id != ?",
                             (record.moved_to, feed_id)).fetchone()
        # Another subscription already has the new URL: keep both rather than merge
        # two feeds' articles behind the user's back.
        if taken is None:
            conn.execute("UPDATE feeds SET url = ? WHERE id = ?", (record.moved_to, feed_id))
            moved = True
    when = codec.iso(record.when)
    conn.execute(
        "UPDATE feeds SET last_fetch = ?, last_status = ?, last_error = ?, next_fetch = ?,"
        " retry_after = ? WHERE id = ?",
        (when, record.status, record.error, codec.iso(record.next_fetch),
         codec.iso(record.retry_after), feed_id),
    )
    if record.error is None:
        # A 304 without validators keeps the ones we sent; a 200 without drops them.
        conn.execute("UPDATE feeds SET etag = ?, last_modified = ? WHERE id = ?",
                     (record.etag, record.last_modified, feed_id))
        conn.execute("UPDATE feeds SET failures = 0, last_success = ? WHERE id = ?",
                     (when, feed_id))
    else:
        conn.execute("UPDATE feeds SET failures = failures + 1 WHERE id = ?", (feed_id,))
    if record.info is not None:
        if record.info.title:
            # The user's own title (from OPML or `reader add`) is not overwritten by an
            # empty one; the feed's title wins only when the feed still has none.
            conn.execute("UPDATE feeds SET title = ? WHERE id = ? AND title = ''",
                         (record.info.title, feed_id))
        if record.info.link:
            conn.execute("UPDATE feeds SET link = ? WHERE id = ?", (record.info.link, feed_id))
    return moved


def reset(conn: sqlite3.Connection, feed_id: int) -> None:
    """Forget validators, errors and schedule: the feed is fetched afresh next time."""
    conn.execute(
        "UPDATE feeds SET etag = NULL, last_modified = NULL, last_status = NULL,"
        " last_error = NULL, next_fetch = NULL, retry_after = NULL, failures = 0 WHERE id = ?",
        (feed_id,))


def retain(conn: sqlite3.Connection, feed_id: int, keep_count: int | None,
           keep_days: int | None, now: datetime, protect: Sequence[str] = ()) -> int:
    """Delete the feed's articles beyond `keep_count` newest or older than `keep_days`.

    Starred articles are never deleted and do not count against `keep_count`. Articles
    whose guid is in `protect` (still in the feed's current document) are kept too: deleted,
    they would come back as new and unread on the next refresh.
    """
    if keep_count is None and keep_days is None:
        return 0
    guard = "starred = 0 AND guid NOT IN (SELECT value FROM json_each(?))"
    protected = json.dumps(list(protect))
    removed = 0
    if keep_count is not None:
        removed += conn.execute(
            f"DELETE FROM articles WHERE id IN (SELECT id FROM articles WHERE feed_id = ?"
            f" AND starred = 0 ORDER BY sort_key DESC, id DESC LIMIT -1 OFFSET ?) AND {guard}",
            (feed_id, max(0, keep_count), protected),
        ).rowcount
    if keep_days is not None:
        cutoff = codec.iso(now - timedelta(days=keep_days))
        removed += conn.execute(
            f"DELETE FROM articles WHERE feed_id = ? AND coalesce(published, added) < ?"
            f" AND {guard}",
            (feed_id, cutoff, protected),
        ).rowcount
    return removed
