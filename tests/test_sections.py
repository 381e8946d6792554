"""Live-blog sections the user has read, on a real SQLite file: marks, counts, migration."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from reader.model import Article, ArticleQuery, Section, SectionMark, SourceKind
from reader.services.importer import import_paths
from reader.store import FetchRecord, Library, schema

DATA = Path(__file__).parent / "data" / "syndication"
NEW, SEEN, CHANGED = SectionMark.NEW, SectionMark.SEEN, SectionMark.CHANGED


def section(n: int, time: str | None = None, text: str | None = None) -> Section:
    return Section(f"Point de situation numéro {n} sur la digue", time or f"{8 + n}h00",
                   (text or f"Les pompiers ont consolidé la digue, tronçon {n}.",
                    "La préfecture fera un point à midi."))


def blog(*sections: Section, **changes: object) -> Article:
    """A newest-first live blog: callers list the newest section first."""
    base = Article(title="Crue de la Sorne : la digue tient", outlet="Le Jura du Soir",
                   published=datetime(2026, 2, 3, 9, 0), lead=("La nuit a été longue.",),
                   sections=sections, guid="https://jura-soir.example/crue-sorne")
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.sqlite")
    yield library
    library.close()


def stored(lib: Library, article: Article) -> tuple[int, int]:
    feed = lib.add_feed("file:///jura", SourceKind.FILES, "Jura")
    lib.store_articles(feed, [article])
    return feed, lib.article_rows(ArticleQuery(), 0, 1)[0].id


def marks(lib: Library, article_id: int) -> tuple[SectionMark, ...]:
    found = lib.get_article(article_id)
    assert found is not None
    return found.section_marks


def new_count(lib: Library, article_id: int) -> int:
    rows = [r for r in lib.article_rows(ArticleQuery(), 0, 100) if r.id == article_id]
    return rows[0].new_sections


def test_prepended_updates_are_new_and_the_rest_seen(lib: Library) -> None:
    old = (section(3), section(2), section(1))
    feed, art = stored(lib, blog(*old))
    assert marks(lib, art) == () and new_count(lib, art) == 0  # never opened: nothing new
    lib.mark_sections_seen(art)
    lib.set_read(art)
    lib.set_starred(art, True)
    assert marks(lib, art) == (SEEN, SEEN, SEEN)

    grown = blog(section(6), section(5), section(4), *old)
    assert lib.store_articles(feed, [grown]).updated == 1
    row = lib.article_rows(ArticleQuery(), 0, 1)[0]
    assert (row.new_sections, row.section_count, row.read, row.starred) == (3, 6, True, True)
    assert marks(lib, art) == (NEW, NEW, NEW, SEEN, SEEN, SEEN)
    assert marks(lib, art) == (NEW, NEW, NEW, SEEN, SEEN, SEEN)  # looking changes nothing

    lib.mark_sections_seen(art)
    assert new_count(lib, art) == 0
    assert marks(lib, art) == (SEEN,) * 6


def test_edited_paragraph_is_changed_not_new(lib: Library) -> None:
    feed, art = stored(lib, blog(section(2), section(1)))
    lib.mark_sections_seen(art)
    edited = blog(section(2), section(1, text="La digue a cédé sur vingt mètres."))
    lib.store_articles(feed, [edited])
    assert marks(lib, art) == (SEEN, CHANGED)
    assert new_count(lib, art) == 0
    lib.mark_sections_seen(art)
    assert marks(lib, art) == (SEEN, SEEN)


def test_keys_ignore_case_spacing_and_relative_times(lib: Library) -> None:
    first = Section("Le pont  de Delle rouvert", "Il y a 2 heures", ("Circulation rétablie.",))
    feed, art = stored(lib, blog(first, section(1)))
    lib.mark_sections_seen(art)
    later = Section("le pont de delle ROUVERT", "Il y a 3 heures", ("Circulation  rétablie.",))
    lib.store_articles(feed, [blog(later, section(1))])
    assert marks(lib, art) == (SEEN, SEEN)
    # A clock time is part of the key: the same heading at another hour is another update.
    lib.store_articles(feed, [blog(section(1, time="16h00"), later, section(1))])
    assert marks(lib, art) == (NEW, SEEN, SEEN)
    assert new_count(lib, art) == 1


def test_duplicate_headings_keep_their_identity_when_updates_are_prepended(
    lib: Library,
) -> None:
    def update(text: str) -> Section:
        return Section("Mise à jour", None, (text,))

    feed, art = stored(lib, blog(update("Deuxième relevé."), update("Premier relevé.")))
    lib.mark_sections_seen(art)
    lib.store_articles(feed, [blog(update("Troisième relevé."), update("Deuxième relevé."),
                                   update("Premier relevé."))])
    assert marks(lib, art) == (NEW, SEEN, SEEN)
    assert new_count(lib, art) == 1


def test_sections_arriving_after_a_plain_opening_are_new(lib: Library) -> None:
    feed, art = stored(lib, blog())
    lib.mark_sections_seen(art)
    assert marks(lib, art) == ()
    lib.store_articles(feed, [blog(section(2), section(1))])
    assert marks(lib, art) == (NEW, NEW)
    assert new_count(lib, art) == 2


def test_update_shown_while_reading_stays_new(lib: Library) -> None:
    feed, art = stored(lib, blog(section(1)))
    shown = lib.get_article(art)
    assert shown is not None
    lib.store_articles(feed, [blog(section(2), section(1))])  # a refresh lands meanwhile
    lib.mark_sections_seen(art, shown.article.sections)
    assert marks(lib, art) == (NEW, SEEN)
    assert new_count(lib, art) == 1
    lib.mark_sections_seen(999_999)  # gone (retention): nothing to do, no error


def test_refresh_path_counts_new_sections(lib: Library) -> None:
    feed = lib.add_feed("https://jura-soir.example/feed", SourceKind.HTTP, "Jura")
    when = datetime(2026, 2, 3, 10, 0)
    lib.record_fetch(feed, FetchRecord(when, 200), [blog(section(1))])
    art = lib.article_rows(ArticleQuery(), 0, 1)[0].id
    lib.mark_sections_seen(art)
    counts, _moved, _removed = lib.record_fetch(
        feed, FetchRecord(when, 200), [blog(section(3), section(2), section(1))])
    assert counts.updated == 1
    assert new_count(lib, art) == 2
    assert marks(lib, art) == (NEW, NEW, SEEN)


def test_reads_go_with_the_article(lib: Library, tmp_path: Path) -> None:
    feed, art = stored(lib, blog(section(1)))
    lib.mark_sections_seen(art)
    lib.remove_feed(feed)
    conn = sqlite3.connect(tmp_path / "lib.sqlite")
    assert conn.execute("SELECT count(*) FROM section_reads").fetchone()[0] == 0
    conn.close()


def test_reimport_of_an_identical_file_changes_nothing(lib: Library, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(DATA / "fr_live_crue.txt", folder / "crue.txt")
    assert import_paths(lib, [folder]).new == 1
    row = lib.article_rows(ArticleQuery(), 0, 1)[0]
    assert row.section_count >= 2
    lib.mark_sections_seen(row.id)
    before = marks(lib, row.id)
    report = import_paths(lib, [folder])
    assert (report.new, report.updated, report.unchanged) == (0, 0, 1)
    assert marks(lib, row.id) == before == (SEEN,) * row.section_count
    assert new_count(lib, row.id) == 0


def test_reimport_of_a_grown_file_counts_the_new_update(lib: Library, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    original = (DATA / "fr_live_crue.txt").read_text(encoding="utf-8-sig")
    (folder / "crue.txt").write_text(original, encoding="utf-8")
    import_paths(lib, [folder])
    art = lib.article_rows(ArticleQuery(), 0, 1)[0]
    lib.mark_sections_seen(art.id)
    lib.set_read(art.id)
    anchor = "14h32 Un pic de crue attendu mercredi soir"
    assert anchor in original
    fresh = "15h47 Les pompiers de l’Ain arrivent en renfortTrois cents sapeurs sont attendus."
    (folder / "crue.txt").write_text(original.replace(anchor, fresh + anchor), encoding="utf-8")
    assert import_paths(lib, [folder]).updated == 1
    row = lib.article_rows(ArticleQuery(), 0, 1)[0]
    assert (row.id, row.read, row.section_count) == (art.id, True, art.section_count + 1)
    assert row.new_sections == 1
    found = marks(lib, art.id)
    assert found.count(NEW) == 1 and found.count(CHANGED) == 0


# -- migration from schema 1 ---------------------------------------------------------------


def make_version_1(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A library file as reader's schema 1 left it, with feeds, flags and feed settings."""
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        patch.setattr(schema, "SCHEMA_VERSION", 1)
        Library.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.executescript("""
        INSERT INTO feeds (id, url, kind, title, added, etag, last_status, last_fetch)
        VALUES (1, 'https://jura-soir.example/feed', 'http', 'Jura', '2026-01-01T00:00:00',
                '"v7"', 500, '2026-02-03T09:00:00'),
               (2, 'file:///inbox', 'files', 'Inbox', '2026-01-01T00:00:00', NULL, NULL, NULL);
        INSERT INTO articles (id, feed_id, guid, title, added, sort_key, sections,
                              section_count, content_hash, read, starred)
        VALUES (10, 1, 'g10', 'Crue de la Sorne', '2026-02-03T09:00:00', '0x',
                '[{"heading":"La digue tient","time":"9h00","paragraphs":["Ouf."]}]', 1,
                'h10', 1, 1),
               (11, 2, 'g11', 'Le marché aux truffes', '2026-02-03T09:00:00', '0y', '[]', 0,
                'h11', 0, 0);
        INSERT INTO meta (key, value) VALUES
            ('feed:1', '{"failures": 3, "keep_count": 50, "last_success": "2026-02-02T08:00:00",
                         "tags": ["Météo", "Jura", "Météo", 4]}'),
            ('feed:2', 'not json'),
            ('feed:77', '{"tags": ["orphan"]}'),
            ('samples_seeded', '2026-01-01T00:00:00');
    """)
    conn.close()


def test_migration_from_version_1_keeps_articles_flags_and_feed_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    make_version_1(path, monkeypatch)
    with Library.open(path) as library:
        jura = library.feed_state(1)
        assert jura is not None
        assert (jura.tags, jura.failures, jura.keep_count, jura.keep_days) == (
            ("Météo", "Jura"), 3, 50, None)
        assert jura.last_success == datetime(2026, 2, 2, 8, 0)
        assert (jura.etag, jura.last_status, jura.article_count) == ('"v7"', 500, 1)
        inbox = library.feed_state(2)
        assert inbox is not None and (inbox.tags, inbox.failures) == ((), 0)
        rows = {r.id: r for r in library.article_rows(ArticleQuery(), 0, 10)}
        assert {i: (r.read, r.starred, r.new_sections) for i, r in rows.items()} == {
            10: (True, True, 0), 11: (False, False, 0)}
        assert library.count_articles(ArticleQuery(text="truffes")) == 1
        assert marks(library, 10) == ()
        library.mark_sections_seen(10)
        assert marks(library, 10) == (SEEN,)
        library.set_feed_tags(1, ["Jura"])
        assert library.feed_state(1).tags == ("Jura",)  # type: ignore[union-attr]
        assert library.seed_samples(lambda: []) is False  # other meta rows stay
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'feed:%'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM feed_tags WHERE feed_id = 77").fetchone()[0] == 0
    conn.close()
