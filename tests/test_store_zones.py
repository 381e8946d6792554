"""Publication times keep their kind in the library: UTC (feed entries) or local (files).

A feed entry's time is UTC; a syndication file's `Publish date` is the outlet's local
time with no zone. Stored alike (naive), the UI showed feed times off by the user's UTC
offset. Schema 4 stores a UTC time with `+00:00` and reads it back aware.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from reader.model import Article, ArticleQuery, SourceKind
from reader.store import Library, codec, schema

PARIS_SUMMER = timezone(timedelta(hours=2))


def article(n: int, published: datetime | None, **changes: object) -> Article:
    fields: dict[str, object] = {
        "title": f"Le phare de Kerbriant rallumé, épisode {n}",
        "outlet": "La Vigie du Ponant",
        "published": published,
        "lead": (f"Les gardiens ont relancé la lanterne pour la {n}e nuit.",),
        "guid": f"urn:vigie:{n}",
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def stored_published(path: Path) -> dict[str, str | None]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT guid, published FROM articles").fetchall())
    finally:
        conn.close()


def test_published_forms() -> None:
    aware = datetime(2026, 11, 10, 16, 0, tzinfo=PARIS_SUMMER)
    assert codec.published_iso(aware) == "2026-11-10T14:00:00+00:00"
    naive = datetime(2026, 11, 10, 14, 32)
    assert codec.published_iso(naive) == "2026-11-10T14:32:00"
    assert codec.published_iso(naive, naive_is_utc=True) == "2026-11-10T14:32:00+00:00"
    assert codec.published_iso(None) is None
    # Out of range once moved to UTC: no date rather than an error.
    assert codec.published_iso(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1)))) is None
    assert codec.parse_iso("2026-11-10T14:00:00+00:00") == datetime(2026, 11, 10, 14, tzinfo=UTC)
    assert codec.parse_iso("2026-11-10T14:00:00") == datetime(2026, 11, 10, 14)
    # The list sorts by the digits: a zone suffix does not put a time after a later one.
    assert codec.sort_key("2026-11-10T14:00:00+00:00", "x") < codec.sort_key(
        "2026-11-10T14:00:01", "x")


def test_kinds_are_stored_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    aware = datetime(2026, 11, 10, 14, 0, tzinfo=UTC)
    local = datetime(2026, 11, 10, 14, 32)
    with Library.open(path) as library:
        http = library.add_feed("https://vigie.example/rss", SourceKind.HTTP, "Vigie")
        files = library.add_feed("file:///imports", SourceKind.FILES, "Imports")
        library.store_articles(http, [article(1, aware), article(2, datetime(2026, 11, 10, 9))])
        library.store_articles(files, [article(3, local), article(4, aware), article(5, None)])
        got = {library.get_article(r.id).article.guid: r.published  # type: ignore[union-attr]
               for r in library.article_rows(ArticleQuery(), 0, 10)}
    assert got == {
        "urn:vigie:1": aware,
        # A naive time from an HTTP feed is a feed entry's: UTC (the model says so).
        "urn:vigie:2": datetime(2026, 11, 10, 9, tzinfo=UTC),
        "urn:vigie:3": local,  # syndication text: local, stays naive
        "urn:vigie:4": aware,  # an aware time is UTC whatever the feed
        "urn:vigie:5": None,
    }
    assert stored_published(path) == {
        "urn:vigie:1": "2026-11-10T14:00:00+00:00", "urn:vigie:2": "2026-11-10T09:00:00+00:00",
        "urn:vigie:3": "2026-11-10T14:32:00", "urn:vigie:4": "2026-11-10T14:00:00+00:00",
        "urn:vigie:5": None,
    }


def test_sample_feed_files_are_utc_and_sample_articles_local(tmp_path: Path) -> None:
    naive = datetime(2026, 11, 19, 13, 30)
    with Library.open(tmp_path / "lib.sqlite") as library:
        library.seed_samples(lambda: [
            (None, "sample:articles", [article(1, naive)]),
            (None, "sample:sample-feed.xml", [article(2, naive)]),
        ])
        got = {r.title[-1]: r.published for r in library.article_rows(ArticleQuery(), 0, 5)}
    assert got == {"1": naive, "2": naive.replace(tzinfo=UTC)}


def test_list_order_mixes_kinds_by_their_digits(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as library:
        http = library.add_feed("https://vigie.example/rss", SourceKind.HTTP, "Vigie")
        files = library.add_feed("file:///imports", SourceKind.FILES, "Imports")
        base = datetime(2026, 11, 10, 12, 0)
        library.store_articles(http, [article(n, (base + timedelta(hours=n)).replace(tzinfo=UTC))
                                      for n in (0, 2, 4)])
        library.store_articles(files, [article(n, base + timedelta(hours=n)) for n in (1, 3)])
        library.store_articles(files, [article(9, None)])
        titles = [r.title[-1] for r in library.article_rows(ArticleQuery(), 0, 10)]
    assert titles == ["4", "3", "2", "1", "0", "9"]


# -- migration from schema 3 -------------------------------------------------------------


def make_version_3(path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Article]:
    """A library as schema 3 left it: every publication time naive, hashed that way, in an
    HTTP feed, a FILES feed and the two kinds of sample feed."""
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        patch.setattr(schema, "SCHEMA_VERSION", 3)
        Library.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    feeds = [(1, "https://vigie.example/rss", "http"), (2, "file:///imports", "files"),
             (3, "sample:articles", "sample"), (4, "sample:sample-feed.xml", "sample")]
    conn.executemany("INSERT INTO feeds (id, url, kind, title, added) VALUES "
                     "(?, ?, ?, 'F', '2026-01-01T00:00:00')", feeds)
    at = datetime(2026, 11, 10, 14, 0)
    old = {
        "http": article(1, at), "http-undated": article(2, None),
        "files": article(3, at), "sample-articles": article(4, at), "sample-feed": article(5, at),
    }
    feed_of = {"http": 1, "http-undated": 1, "files": 2, "sample-articles": 3, "sample-feed": 4}
    for n, (name, item) in enumerate(old.items()):
        columns = codec.content_columns(item)
        assert columns["published"] in (None, "2026-11-10T14:00:00")  # schema 3's naive form
        digest = hashlib.sha256(json.dumps(
            {k: v for k, v in columns.items() if k != "extras"},
            ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
        conn.execute(
            f"INSERT INTO articles (id, feed_id, guid, added, sort_key, content_hash, read,"
            f" {', '.join(columns)}) VALUES (?, ?, ?, '2026-01-01T00:00:00', ?, ?, 1,"
            f" {', '.join('?' for _ in columns)})",
            (10 + n, feed_of[name], item.guid,
             codec.sort_key(columns["published"], "2026-01-01T00:00:00"), digest,
             *columns.values()))
    conn.close()
    return old


def test_migration_marks_feed_entries_utc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v3.sqlite"
    old = make_version_3(path, monkeypatch)
    conn = sqlite3.connect(path)
    keys_before = dict(conn.execute("SELECT id, sort_key FROM articles").fetchall())
    conn.close()
    with Library.open(path) as library:
        rows = {library.get_article(r.id).article.guid: r  # type: ignore[union-attr]
                for r in library.article_rows(ArticleQuery(), 0, 10)}
        utc = datetime(2026, 11, 10, 14, 0, tzinfo=UTC)
        local = datetime(2026, 11, 10, 14, 0)
        assert {guid: row.published for guid, row in rows.items()} == {
            "urn:vigie:1": utc, "urn:vigie:2": None, "urn:vigie:3": local,
            "urn:vigie:4": local, "urn:vigie:5": utc,
        }
        assert all(row.read for row in rows.values())
        # The same articles again are no update: the hashes were recomputed.
        for feed_id, names in ((1, ("http", "http-undated")), (2, ("files",)),
                               (3, ("sample-articles",)), (4, ("sample-feed",))):
            counts = library.store_articles(feed_id, [old[n] for n in names])
            assert (counts.new, counts.updated, counts.unchanged) == (0, 0, len(names))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 4
    assert dict(conn.execute("SELECT id, sort_key FROM articles").fetchall()) == keys_before
    conn.close()
