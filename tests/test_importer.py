"""`import_paths` with real files, the real parser and a real library file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.model import ArticleQuery, SourceKind
from reader.services import importer
from reader.services.importer import import_paths, seed_samples
from reader.store import Library


def syndication(title: str, body: str, link: str, outlet: str = "Le Petit Lac",
                date: str = "2026-11-02 10:30:00") -> bytes:
    """A syndication text file as the scraper writes it (CRLF, BOM, no final newline)."""
    lines = [outlet, "", title, "", "Le port au petit matin.", "", "", "", "", body, "", "", "",
             f"Source link : {link}", "", "Author :", "", f"Publish date : {date}", "",
             "Copyright for syndicated content belongs to the linked Source.", "",
             f"Tags :{outlet}", "Quitter la version mobile"]
    return "\ufeff".encode() + "\r\n".join(lines).encode("utf-8")


RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>La Gazette des Quais</title>
<link>https://gazette.example/</link>
<item><title>Le ferry reprend du service</title><guid>gazette-1</guid>
<link>https://gazette.example/ferry</link>
<description>Le ferry a repris ses rotations ce matin.</description>
<pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Un nouveau phare</title><guid>gazette-2</guid>
<link>https://gazette.example/phare</link>
<description>Le chantier du phare commence en mars.</description>
<pubDate>Mon, 02 Nov 2026 11:00:00 GMT</pubDate></item>
</channel></rss>"""


def write_story(folder: Path, n: int, body: str | None = None) -> Path:
    path = folder / f"story-{n:03d}.txt"
    text = body or f"Le conseil a voté la mesure {n} à l’unanimité.Elle entre en vigueur lundi."
    path.write_bytes(syndication(f"Mesure numéro {n} adoptée", text,
                                 f"https://lac.example/mesure-{n}"))
    return path


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.sqlite")
    yield library
    library.close()


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(3):
        write_story(folder, n)
    return folder


def test_folder_becomes_one_feed_and_reimport_changes_nothing(lib: Library, news: Path) -> None:
    report = import_paths(lib, [news])
    assert (report.imported, report.new, report.updated, report.unchanged) == (3, 3, 0, 0)
    assert report.problems == []
    [feed] = lib.feeds()
    assert (feed.title, feed.kind, feed.url) == ("news", SourceKind.FILES, news.resolve().as_uri())
    assert feed.article_count == 3
    titles = {r.title for r in lib.article_rows(ArticleQuery(), 0, 10)}
    assert titles == {f"Mesure numéro {n} adoptée" for n in range(3)}

    again = import_paths(lib, [news])
    assert (again.imported, again.new, again.updated, again.unchanged) == (3, 0, 0, 3)
    assert len(lib.feeds()) == 1 and lib.count_articles() == 3
    # The same files named one by one land in the same feed.
    by_file = import_paths(lib, sorted(news.iterdir()))
    assert by_file.unchanged == 3 and len(lib.feeds()) == 1


def test_changed_file_updates_and_keeps_flags(lib: Library, news: Path) -> None:
    import_paths(lib, [news])
    row = next(r for r in lib.article_rows(ArticleQuery(), 0, 10) if "numéro 1 " in r.title)
    lib.set_read(row.id)
    lib.set_starred(row.id, True)
    write_story(news, 1, "Le conseil a voté la mesure 1.Un recours a été déposé mardi soir.")
    report = import_paths(lib, [news])
    assert (report.new, report.updated, report.unchanged) == (0, 1, 2)
    stored = lib.get_article(row.id)
    assert stored is not None and stored.read and stored.starred
    assert "recours" in " ".join(stored.article.lead)


def test_feed_file_is_its_own_feed(lib: Library, news: Path) -> None:
    feed_file = news / "gazette.xml"
    feed_file.write_bytes(RSS)
    report = import_paths(lib, [news])
    assert (report.imported, report.new) == (4, 5)
    feeds = {f.title: f for f in lib.feeds()}
    gazette = feeds["La Gazette des Quais"]
    assert gazette.url == feed_file.resolve().as_uri()
    assert gazette.link == "https://gazette.example/"
    assert gazette.article_count == 2 and feeds["news"].article_count == 3
    assert import_paths(lib, [feed_file]).unchanged == 2


def test_each_folder_gets_its_feed(lib: Library, tmp_path: Path) -> None:
    for name in ("monde", "sport"):
        (tmp_path / "in" / name).mkdir(parents=True)
        write_story(tmp_path / "in" / name, 1 if name == "monde" else 2)
    import_paths(lib, [tmp_path / "in"])
    assert sorted(f.title for f in lib.feeds()) == ["monde", "sport"]


def test_bad_files_are_listed_and_never_stop_the_others(lib: Library, news: Path) -> None:
    (news / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (news / "empty.txt").write_bytes(b"")
    os.mkfifo(news / "pipe.txt")
    (news / "zz-outside.txt").symlink_to("/etc/hostname")
    report = import_paths(lib, [news, news.parent / "missing"])
    assert report.imported == 3 and report.new == 3
    problems = dict(report.problems)
    assert set(problems) == {str(news / n) for n in
                             ("photo.txt", "empty.txt", "pipe.txt", "zz-outside.txt")} | {
                                 str(news.parent / "missing")}
    assert all(reason and "\n" not in reason for reason in problems.values())
    assert "named pipe" in problems[str(news / "pipe.txt")]


def test_progress_and_batches(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH", 7)
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        write_story(folder, n)
    calls: list[tuple[int, int | None]] = []
    report = import_paths(lib, [folder], progress=lambda done, total: calls.append((done, total)))
    assert report.new == 40 and lib.count_articles() == 40
    assert calls == [(n, 40) for n in range(41)]
    assert len(lib.feeds()) == 1


def test_samples_are_seeded_once(lib: Library) -> None:
    assert seed_samples(lib) is True
    assert lib.has_samples()
    kinds = {f.kind for f in lib.feeds()}
    assert kinds == {SourceKind.SAMPLE}
    assert lib.count_articles() >= 5
    assert seed_samples(lib) is False
    lib.remove_samples()
    assert seed_samples(lib) is False and lib.is_empty()


@pytest.mark.parametrize("newest_first", [True, False])
def test_snapshots_of_one_article_keep_the_most_complete(
    lib: Library, tmp_path: Path, newest_first: bool
) -> None:
    folder = tmp_path / "snapshots"
    folder.mkdir()
    link = "https://lac.example/direct-crue"
    old, new = ("b", "a") if newest_first else ("a", "b")
    (folder / f"{old}.txt").write_bytes(syndication(
        "Crue du lac : la situation", "L’eau monte lentement.", link, date="2026-11-02 08:00:00"))
    (folder / f"{new}.txt").write_bytes(syndication(
        "Crue du lac : la situation", "L’eau redescend enfin.", link, date="2026-11-02 18:00:00"))
    for _ in range(2):
        report = import_paths(lib, [folder])
        assert report.imported == 2 and report.updated == 0
        assert [w[0] for w in report.warnings] == [str(folder / f"{old}.txt")]
        [row] = lib.article_rows(ArticleQuery(), 0, 10)
        stored = lib.get_article(row.id)
        assert stored is not None and "redescend" in " ".join(stored.article.lead)
