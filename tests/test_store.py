"""The library on a real SQLite file: migrations, refusals, upserts, paging, search, samples."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.model import (
    Article,
    ArticleQuery,
    BlockKind,
    FeedInfo,
    KeyPoints,
    Section,
    SourceKind,
)
from reader.store import (
    Library,
    LibraryMovedAside,
    StoreError,
    codec,
    db,
    default_library_path,
    schema,
)

BASE = datetime(2025, 3, 14, 8, 0)


def article(n: int, **changes: object) -> Article:
    fields: dict[str, object] = {
        "title": f"Titre numéro {n}",
        "outlet": "Le Quotidien du Lac",
        "published": BASE + timedelta(minutes=n),
        "lead": (f"Le conseil municipal a voté le budget {n}.", "Une deuxième phrase."),
        "guid": f"urn:test:{n}",
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.sqlite")
    yield library
    library.close()


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


# -- opening -------------------------------------------------------------------------------


def test_new_file_is_migrated_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "lib.sqlite"
    with Library.open(path) as library:
        feed = library.add_feed("file:///news", SourceKind.FILES, "News")
        library.store_articles(feed, [article(1)])
    conn = raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    strict = conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'articles'").fetchone()[0]
    assert strict.rstrip().endswith("STRICT")
    conn.close()
    with Library.open(path) as again:
        assert again.count_articles() == 1
        assert [f.title for f in again.feeds()] == ["News"]


def test_migrations_run_in_one_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    good = schema.SCHEMA_VERSION

    def add_table(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE later_table (article_id INTEGER, section INTEGER) STRICT")

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")

    released = schema.MIGRATIONS
    monkeypatch.setattr(schema, "MIGRATIONS", (*released, add_table, broken))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", good + 2)
    with pytest.raises(StoreError):
        Library.open(path)
    conn = raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == good
    assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'later_table'"
                        ).fetchone()[0] == 0
    conn.close()
    monkeypatch.setattr(schema, "MIGRATIONS", (*released, add_table, lambda conn: None))
    Library.open(path).close()
    conn = raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == good + 2
    assert conn.execute("SELECT count(*) FROM later_table").fetchone()[0] == 0
    conn.close()


def test_empty_file_becomes_a_library(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    path.touch()
    with Library.open(path) as library:
        assert library.is_empty()


def test_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = raw(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a reader library"):
        Library.open(path)
    assert path.read_bytes() == before


def test_foreign_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = raw(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.close()
    with pytest.raises(StoreError, match="not a reader library"):
        Library.open(path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    conn = raw(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Library.open(path)


def test_garbage_file_is_moved_aside_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    garbage = b"these are not the pages you are looking for\n" * 200
    path.write_bytes(garbage)
    with pytest.raises(LibraryMovedAside) as caught:
        Library.open(path)
    moved = caught.value.moved_to
    assert moved.name.startswith("lib.sqlite.damaged-")
    assert moved.read_bytes() == garbage
    assert not path.exists()
    assert str(moved) in str(caught.value)
    with Library.open(path) as fresh:  # the next open starts afresh
        assert fresh.is_empty()


def test_library_with_damaged_schema_page_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        library.store_articles(library.add_feed("file:///a", SourceKind.FILES), [article(1)])
    conn = raw(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    data[100:1500] = b"\xa5" * 1400  # the schema table's page header and cells
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryMovedAside):
        Library.open(path)
    assert not path.exists()


def test_a_folder_in_the_way_is_reported(tmp_path: Path) -> None:
    (tmp_path / "lib.sqlite").mkdir()
    with pytest.raises(StoreError, match="not a file"):
        Library.open(tmp_path / "lib.sqlite")


def test_closed_library_says_so(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib.sqlite")
    library.close()
    with pytest.raises(StoreError, match="closed"):
        library.count_articles()


def test_default_path_follows_reader_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_HOME", str(tmp_path / "home"))
    assert default_library_path() == tmp_path / "home" / "library.sqlite"
    monkeypatch.delenv("READER_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_library_path() == tmp_path / "xdg" / "reader" / "library.sqlite"


# -- writing -------------------------------------------------------------------------------


def test_upsert_counts_and_keeps_flags(lib: Library) -> None:
    feed = lib.add_feed("file:///news", SourceKind.FILES, "News")
    assert lib.store_articles(feed, [article(1), article(2)]).new == 2
    first = lib.article_rows(ArticleQuery(), 0, 10)[-1]
    lib.set_read(first.id)
    lib.set_starred(first.id, True)
    added = lib.get_article(first.id).added  # type: ignore[union-attr]

    live = article(1, sections=(Section("Le vote est ouvert", "10h02", ("On vote.",)),))
    counts = lib.store_articles(feed, [live, article(2)])
    assert (counts.new, counts.updated, counts.unchanged) == (0, 1, 1)
    stored = lib.get_article(first.id)
    assert stored is not None
    assert stored.read and stored.starred and stored.added == added
    assert stored.article == live
    assert lib.article_rows(ArticleQuery(), 0, 10)[-1].section_count == 1
    assert lib.store_articles(feed, [live]).unchanged == 1
    assert lib.count_articles() == 2


def test_article_round_trips(lib: Library) -> None:
    feed = lib.add_feed("https://example.test/feed", SourceKind.HTTP, "Ex", "https://example.test/")
    # An HTTP feed's times are UTC: stored with their zone, read back aware.
    original = article(
        5, published=datetime(2025, 3, 14, 8, 5, tzinfo=UTC), caption="Une photo du lac",
        author="Léa Martin", source_link="https://example.test/a",
        tags=("Politique", "Région"), key_points=KeyPoints("Les infos à retenir", ("Un", "Deux")),
        sections=(Section("Premier titre", None, ("a", "b")), Section("Second", "Il y a 2 heures")),
    )
    lib.store_articles(feed, [original])
    stored = lib.get_article(lib.article_rows(ArticleQuery(), 0, 1)[0].id)
    assert stored is not None
    assert stored.article == original
    assert stored.feed.title == "Ex" and stored.feed.link == "https://example.test/"
    assert stored.feed.kind is SourceKind.HTTP and stored.feed.article_count == 1


def test_article_without_guid_gets_a_stable_identity(lib: Library) -> None:
    feed = lib.add_feed("file:///n", SourceKind.FILES)
    loose = article(1, guid=None)
    assert lib.store_articles(feed, [loose]).new == 1
    assert lib.store_articles(feed, [loose]).unchanged == 1


def test_add_feed_gets_or_creates(lib: Library) -> None:
    first = lib.add_feed("file:///f", SourceKind.FILES, "Old")
    assert lib.add_feed("file:///f", SourceKind.FILES) == first
    assert lib.feeds()[0].title == "Old"
    assert lib.add_feed("file:///f", SourceKind.FILES, "New", "https://n.test/") == first
    assert (lib.feeds()[0].title, lib.feeds()[0].link) == ("New", "https://n.test/")


def test_unknown_feed_is_a_store_error(lib: Library) -> None:
    with pytest.raises(StoreError, match="no feed"):
        lib.store_articles(999, [article(1)])


def test_remove_feed_removes_its_articles_and_their_search_entries(lib: Library) -> None:
    keep = lib.add_feed("file:///keep", SourceKind.FILES, "Keep")
    drop = lib.add_feed("file:///drop", SourceKind.FILES, "Drop")
    lib.store_articles(keep, [article(1)])
    lib.store_articles(drop, [article(2, title="Marmotte géante"), article(3)])
    assert lib.remove_feed(drop) == 2
    assert [f.title for f in lib.feeds()] == ["Keep"]
    assert lib.count_articles(ArticleQuery(text="marmotte")) == 0
    assert lib.count_articles() == 1


def test_feed_settings_go_with_the_feed(lib: Library) -> None:
    feed = lib.add_feed("https://port.test/rss", SourceKind.HTTP, "Port")
    lib.set_feed_tags(feed, ["Mer", "Port", "Mer"])
    lib.set_retention(feed, keep_count=5, keep_days=30)
    state = lib.feed_state(feed)
    assert state is not None
    assert (state.tags, state.keep_count, state.keep_days) == (("Mer", "Port"), 5, 30)
    with pytest.raises(StoreError):
        lib.set_retention(feed, keep_count=-1)
    lib.remove_feed(feed)
    again = lib.add_feed("https://quai.test/rss", SourceKind.HTTP, "Quai")
    assert again == feed  # SQLite reuses the id: nothing of the old feed may follow it
    state = lib.feed_state(again)
    assert state is not None
    assert (state.tags, state.keep_count, state.keep_days, state.failures) == ((), None, None, 0)


# -- reading -------------------------------------------------------------------------------


def test_pages_are_newest_first_with_undated_last(lib: Library) -> None:
    feed = lib.add_feed("file:///a", SourceKind.FILES, "A")
    other = lib.add_feed("file:///b", SourceKind.FILES, "B")
    lib.store_articles(feed, [article(n) for n in range(30)])
    lib.store_articles(feed, [article(100, published=None), article(101, published=None)])
    lib.store_articles(other, [article(n, guid=f"b{n}") for n in (5, 40)])
    titles = [r.title for off in range(0, 40, 7) for r in lib.article_rows(ArticleQuery(), off, 7)]
    expected = (["Titre numéro 40"] + [f"Titre numéro {n}" for n in range(29, 5, -1)]
                + ["Titre numéro 5", "Titre numéro 5"]
                + [f"Titre numéro {n}" for n in range(4, -1, -1)]
                + ["Titre numéro 101", "Titre numéro 100"])
    assert titles == expected
    assert lib.count_articles() == 34
    assert lib.article_rows(ArticleQuery(), 34, 10) == []
    rows = lib.article_rows(ArticleQuery(feed_id=other), 0, 10)
    assert [(r.feed_title, r.outlet) for r in rows] == [("B", "Le Quotidien du Lac")] * 2
    assert rows[0].published == BASE + timedelta(minutes=40)


def test_filters_count_and_page_alike(lib: Library) -> None:
    feed = lib.add_feed("file:///a", SourceKind.FILES, "A")
    other = lib.add_feed("file:///b", SourceKind.FILES, "B")
    lib.store_articles(feed, [article(n) for n in range(10)])
    lib.store_articles(other, [article(n) for n in range(10, 14)])
    rows = lib.article_rows(ArticleQuery(), 0, 100)
    for row in rows[:5]:
        lib.set_read(row.id)
    for row in rows[3:7]:
        lib.set_starred(row.id, True)
    lib.set_read(rows[0].id, False)
    cases = {
        ArticleQuery(unread_only=True): 10,
        ArticleQuery(starred_only=True): 4,
        ArticleQuery(unread_only=True, starred_only=True): 2,
        ArticleQuery(feed_id=other): 4,
        ArticleQuery(feed_id=other, unread_only=True): 1,
    }
    for query, expected in cases.items():
        assert lib.count_articles(query) == expected, query
        assert len(lib.article_rows(query, 0, 100)) == expected, query
    assert {f.title: (f.article_count, f.unread_count) for f in lib.feeds()} == {
        "A": (10, 9), "B": (4, 1),
    }


@pytest.fixture
def searchable(lib: Library) -> Library:
    feed = lib.add_feed("file:///s", SourceKind.FILES, "S")
    lib.store_articles(feed, [
        article(1, title="Été caniculaire à Genève", tags=("Météo",)),
        article(2, title="Le marché", author="Zoé Dubois", lead=("Les cerises sont arrivées.",)),
        article(3, title="Élection", key_points=KeyPoints("Les infos", ("Participation record",)),
                sections=(Section("Résultats du premier tour", "20h00", ("Dépouillement",)),)),
        article(4, title="Le prix du pain", caption="Un boulanger devant son four"),
    ])
    return lib


@pytest.mark.parametrize(("text", "titles"), [
    ("ete", {"Été caniculaire à Genève"}),
    ("ÉTÉ genève", {"Été caniculaire à Genève"}),
    ("meteo", {"Été caniculaire à Genève"}),
    ("zoe", {"Le marché"}),
    ("cerise", {"Le marché"}),  # prefix match on the last word
    ("participation", {"Élection"}),
    ("depouillement résultats", {"Élection"}),
    ("boulanger", {"Le prix du pain"}),
    ("quotidien", {"Été caniculaire à Genève", "Le marché", "Élection", "Le prix du pain"}),
    ("cerises genève", set()),
])
def test_full_text_search(searchable: Library, text: str, titles: set[str]) -> None:
    assert searchable.full_text_search
    rows = searchable.article_rows(ArticleQuery(text=text), 0, 10)
    assert {r.title for r in rows} == titles
    assert searchable.count_articles(ArticleQuery(text=text)) == len(titles)


@pytest.mark.parametrize("text", [
    '"a [/] b', "NEAR(", "NEAR(a b)", "title:pain", '"', "*", "AND", "-", "pain OR",
    "^pain", "pain)", "{title}: x", "'; DROP TABLE articles; --", "%", "_",
])
def test_search_text_is_never_query_syntax(searchable: Library, text: str) -> None:
    count = searchable.count_articles(ArticleQuery(text=text))
    assert count == len(searchable.article_rows(ArticleQuery(text=text), 0, 50))
    assert searchable.count_articles() == 4


def test_search_follows_updates(searchable: Library) -> None:
    feed = searchable.feeds()[0].id
    searchable.store_articles(feed, [article(4, title="Le prix du beurre")])
    assert searchable.count_articles(ArticleQuery(text="boulanger")) == 0
    assert searchable.count_articles(ArticleQuery(text="beurre")) == 1


def test_substring_search_without_fts5_then_index_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        feed = library.add_feed("file:///a", SourceKind.FILES)
        library.store_articles(feed, [article(1, title="Avant")])
    monkeypatch.setattr(schema, "fts5_available", lambda: False)
    with Library.open(path) as library:
        assert not library.full_text_search
        library.store_articles(feed, [article(2, title="Pendant la panne")])
        assert library.count_articles(ArticleQuery(text="panne")) == 1
        assert library.count_articles(ArticleQuery(text="100%")) == 0
    monkeypatch.undo()
    with Library.open(path) as library:
        assert library.full_text_search
        assert library.count_articles(ArticleQuery(text="panne")) == 1
        assert library.count_articles(ArticleQuery(text="avant")) == 1


# -- samples -------------------------------------------------------------------------------


def test_samples_are_seeded_once_and_never_after_removal(lib: Library) -> None:
    calls: list[int] = []

    def load() -> Sequence[tuple[FeedInfo | None, str, Sequence[Article]]]:
        calls.append(1)
        return [
            (None, "sample:articles", [article(1), article(2)]),
            (FeedInfo("Sample feed", "https://feed.test/"), "sample:feed", [article(3)]),
        ]

    assert lib.seed_samples(load) is True
    assert lib.has_samples()
    kinds = {f.title: f.kind for f in lib.feeds()}
    assert kinds == {"Le Quotidien du Lac": SourceKind.SAMPLE, "Sample feed": SourceKind.SAMPLE}
    assert lib.seed_samples(load) is False
    assert lib.remove_samples() == 3
    assert not lib.has_samples() and lib.is_empty()
    assert lib.seed_samples(load) is False
    assert calls == [1]


def test_removing_samples_keeps_other_feeds(lib: Library) -> None:
    mine = lib.add_feed("file:///mine", SourceKind.FILES, "Mine")
    lib.store_articles(mine, [article(9)])
    lib.seed_samples(lambda: [(None, "sample:a", [article(1)])])
    assert lib.remove_samples() == 1
    assert [f.title for f in lib.feeds()] == ["Mine"]


# -- concurrency ---------------------------------------------------------------------------


def test_two_libraries_on_one_file(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as one, Library.open(path) as two:
        feed = one.add_feed("file:///a", SourceKind.FILES)
        two.store_articles(feed, [article(1)])
        assert one.count_articles() == 1
        one.set_read(one.article_rows(ArticleQuery(), 0, 1)[0].id)
        assert two.count_articles(ArticleQuery(unread_only=True)) == 0


def test_lock_held_elsewhere_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        feed = library.add_feed("file:///a", SourceKind.FILES)
        other = raw(path)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="locked by another reader"):
                library.store_articles(feed, [article(1)])
            assert library.count_articles() == 0  # reading still works (WAL)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert library.store_articles(feed, [article(1)]).new == 1


def test_ui_thread_reads_while_a_worker_writes(lib: Library) -> None:
    feed = lib.add_feed("file:///a", SourceKind.FILES)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for start in range(0, 600, 50):
                lib.store_articles(feed, [article(n) for n in range(start, start + 50)])
        except BaseException as exc:  # reported below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    seen = []
    for _ in range(200):
        seen.append(lib.count_articles())
        lib.article_rows(ArticleQuery(), 0, 20)
        if not worker.is_alive():
            break
    worker.join()
    assert not errors
    assert seen == sorted(seen)
    assert lib.count_articles() == 600


# -- paragraph kinds and links (schema 3) ---------------------------------------------------

RICH = article(
    9, lead=("Intro [1].", "Step one", "def f():\n    return 1"),
    lead_kinds=(BlockKind.PARAGRAPH, BlockKind.ITEM, BlockKind.CODE),
    key_points=KeyPoints("Key points", ("See [2]",)),
    sections=(
        Section("Plain", "10:00", ("a", "b")),
        Section("Rich", "09:00", ("Quoted", "A photo", "List [1]"),
                (BlockKind.QUOTE, BlockKind.IMAGE, BlockKind.ITEM)),
        Section("Plain again", None, ("c",)),
    ),
    links=("https://example.test/one", "https://example.test/two?x=1&y=ü"),
)


def test_kinds_and_links_round_trip_exactly(lib: Library) -> None:
    feed = lib.add_feed("https://example.test/feed", SourceKind.HTTP, "Ex")
    lib.store_articles(feed, [RICH, article(1)])
    stored = {r.title: lib.get_article(r.id) for r in lib.article_rows(ArticleQuery(), 0, 5)}
    rich, plain = stored[RICH.title], stored[article(1).title]
    assert rich is not None and plain is not None
    # Exactly, but for the zone: an HTTP feed's naive times are UTC and come back aware.
    assert RICH.published is not None
    assert rich.article == replace(RICH, published=RICH.published.replace(tzinfo=UTC))
    assert rich.article.sections[1].kind_of(1) is BlockKind.IMAGE
    assert rich.article.lead[2] == "def f():\n    return 1"
    assert plain.article.lead_kinds == () and plain.article.links == ()
    assert lib.count_articles(ArticleQuery(text="Quoted")) == 1


@pytest.mark.parametrize("change", [
    {"lead_kinds": ()},
    {"links": ("https://example.test/one", "https://example.test/other")},
    {"sections": (*RICH.sections[:1], Section("Rich", "09:00", RICH.sections[1].paragraphs),
                  *RICH.sections[2:])},
])
def test_kinds_and_links_are_part_of_the_content_hash(
    lib: Library, change: dict[str, object],
) -> None:
    feed = lib.add_feed("file:///rich", SourceKind.FILES)
    lib.store_articles(feed, [RICH])
    changed = replace(RICH, **change)  # type: ignore[arg-type]
    assert lib.store_articles(feed, [changed]).updated == 1
    stored = lib.get_article(lib.article_rows(ArticleQuery(), 0, 1)[0].id)
    assert stored is not None and stored.article == changed
    assert lib.store_articles(feed, [changed]).unchanged == 1


def test_unknown_stored_kinds_and_bad_extras_read_as_plain(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        feed = library.add_feed("file:///x", SourceKind.FILES)
        library.store_articles(feed, [RICH, article(2)])
    conn = raw(path)
    conn.execute("""UPDATE articles SET extras = '{"lead_kinds": ["p", "table", 3],
                 "section_kinds": "no", "links": ["https://a.example/", 7]}'
                 WHERE guid = ?""", (RICH.guid,))
    conn.execute("UPDATE articles SET extras = 'not json' WHERE guid = 'urn:test:2'")
    conn.close()
    with Library.open(path) as library:
        found = {r.title: library.get_article(r.id) for r in library.article_rows(
            ArticleQuery(), 0, 5)}
    rich, plain = found[RICH.title], found[article(2).title]
    assert rich is not None and plain is not None
    assert rich.article.lead_kinds == (BlockKind.PARAGRAPH,) * 3
    assert all(s.kinds == () for s in rich.article.sections)
    assert rich.article.links == ("https://a.example/",)
    assert plain.article == article(2)


def make_version_2(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A library file as schema 2 left it: one live blog, read and starred, stored with the
    content hash schema 2 computed."""
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
        patch.setattr(schema, "SCHEMA_VERSION", 2)
        Library.open(path).close()
    old = article(3, sections=(Section("La digue tient", "9h00", ("Ouf.",)),))
    columns = codec.content_columns(old)
    del columns["extras"]  # schema 2 had no such column
    digest = hashlib.sha256(json.dumps(columns, ensure_ascii=False, separators=(",", ":"))
                            .encode()).hexdigest()
    conn = raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.execute("INSERT INTO feeds (id, url, kind, title, added) VALUES "
                 "(1, 'file:///inbox', 'files', 'Inbox', '2026-01-01T00:00:00')")
    names = ", ".join(columns)
    conn.execute(
        f"INSERT INTO articles (id, feed_id, guid, added, sort_key, content_hash, read, starred,"
        f" {names}) VALUES (20, 1, ?, '2026-01-01T00:00:00', ?, ?, 1, 1,"
        f" {', '.join('?' for _ in columns)})",
        (old.guid, codec.sort_key(columns["published"], "x"), digest, *columns.values()))
    conn.close()


def test_migration_from_version_2_keeps_rows_and_their_hashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "v2.sqlite"
    make_version_2(path, monkeypatch)
    old = article(3, sections=(Section("La digue tient", "9h00", ("Ouf.",)),))
    with Library.open(path) as library:
        stored = library.get_article(20)
        assert stored is not None and stored.read and stored.starred
        assert stored.article == old
        assert stored.article.lead_kinds == () and stored.article.links == ()
        # The same article again is no update: the hash did not change with the schema.
        assert library.store_articles(stored.feed.id, [old]).unchanged == 1
        richer = replace(old, lead_kinds=(BlockKind.HEADING, BlockKind.PARAGRAPH),
                         links=("https://example.test/",))
        assert library.store_articles(stored.feed.id, [richer]).updated == 1
        assert library.get_article(20).article == richer  # type: ignore[union-attr]
        assert library.count_articles(ArticleQuery(text="digue")) == 1
    conn = raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 4
    conn.close()


def test_a_batch_commits_its_feeds_together_and_undoes_a_failing_one_alone(
    lib: Library,
) -> None:
    from reader.store import FetchRecord

    first = lib.add_feed("https://one.example/feed", SourceKind.HTTP, "One")
    second = lib.add_feed("https://two.example/feed", SourceKind.HTTP, "Two")
    with lib.batch():
        lib.record_fetch(first, FetchRecord(BASE, 200), [article(1), article(2)])
        with pytest.raises(StoreError):
            lib.record_fetch(10_000, FetchRecord(BASE, 200), [article(3)])
        lib.record_fetch(second, FetchRecord(BASE, 200), [article(4)])
    assert lib.count_articles(ArticleQuery(feed_id=first)) == 2
    assert lib.count_articles(ArticleQuery(feed_id=second)) == 1
    assert lib.count_articles() == 3


def test_a_batch_that_fails_as_a_whole_keeps_nothing(lib: Library) -> None:
    from reader.store import FetchRecord

    feed = lib.add_feed("https://one.example/feed", SourceKind.HTTP, "One")
    with pytest.raises(RuntimeError), lib.batch():
        lib.record_fetch(feed, FetchRecord(BASE, 200), [article(1)])
        raise RuntimeError("the refresher fell over mid-batch")
    assert lib.count_articles() == 0
    assert lib.feed_state(feed).last_fetch is None  # type: ignore[union-attr]
