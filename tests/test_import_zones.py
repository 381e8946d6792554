"""Feed and HTML parsers give aware UTC times; syndication files stay naive (local).

Before, feed FILES and HTML pages came out of the parsers as naive UTC, were stored as
local times (a FILES feed cannot say what its naive times are) and were shown off by the
user's UTC offset. Now the value itself says which kind it is, through every layer:
parser, `import_paths`, the library, and `reader parse --format json` (unchanged: UTC
digits with no zone).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.cli import main
from reader.model import ArticleQuery
from reader.parse import parse_bytes
from reader.parse.feeds import _parse_with_feedparser, parse_feed
from reader.services.importer import import_paths
from reader.store import Library

TWO_PM_UTC = datetime(2031, 6, 3, 14, 0, tzinfo=UTC)

# 16:00 at +02:00 is 14:00 UTC: the item is meant to be read back as 14:00 UTC.
RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le Courrier des Marais</title>
<link>https://courrier-marais.example/</link>
<item><title>La passerelle des saulniers rouvre</title><guid>marais-1</guid>
<link>https://courrier-marais.example/passerelle</link>
<description>Les promeneurs retrouvent le chemin des salines.</description>
<pubDate>Tue, 03 Jun 2031 16:00:00 +0200</pubDate></item>
</channel></rss>"""

ATOM_NO_ZONE = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Bulletin des Dunes</title>
<id>urn:dunes</id><updated>2031-06-03T14:00:00</updated>
<entry><title>Les sternes sont de retour</title><id>urn:dunes:1</id>
<link href="https://dunes.example/sternes"/>
<updated>2031-06-03T14:00:00</updated><summary>Trois couples nichent sur la plage.</summary>
</entry></feed>"""

JSON_FEED = json.dumps({
    "version": "https://jsonfeed.org/version/1.1", "title": "Gazette du Bocage",
    "items": [
        {"id": "b1", "url": "https://bocage.example/haies", "content_text": "Les haies replantées.",
         "date_published": "2031-06-03T16:00:00+02:00"},
        {"id": "b2", "url": "https://bocage.example/mare", "content_text": "La mare restaurée.",
         "date_published": "2031-06-03T14:00:00"},
    ],
}).encode()


def page(published: str, link: str = "https://saline.example/recolte") -> bytes:
    return (
        "<html><head><title>La récolte du sel commence</title>"
        f'<meta property="article:published_time" content="{published}">'
        f'<link rel="canonical" href="{link}"></head>'
        "<body><article><h1>La récolte du sel commence</h1>"
        "<p>Les paludiers ont ouvert les œillets ce matin.</p></article></body></html>"
    ).encode()


def syndication(title: str, link: str, date: str, body: str) -> bytes:
    lines = ["L’Écho des Salines", "", title, "", "", "", "", "", body, "", "", "",
             f"Source link : {link}", "", "Author :", "", f"Publish date : {date}", "",
             "Copyright for syndicated content belongs to the linked Source.", "",
             "Tags :L’Écho des Salines", "Quitter la version mobile"]
    return "\r\n".join(lines).encode("utf-8")


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.sqlite")
    yield library
    library.close()


def read_back(library: Library) -> dict[str, datetime | None]:
    """Each stored article's time as the library gives it (list rows and full article)."""
    out: dict[str, datetime | None] = {}
    for row in library.article_rows(ArticleQuery(), 0, 50):
        stored = library.get_article(row.id)
        assert stored is not None
        # An aware time never equals a naive one: equal means of the same kind too.
        assert stored.article.published == row.published
        out[row.title] = row.published
    return out


# -- the parsers -----------------------------------------------------------------------


def test_feed_times_are_aware_utc_on_both_feed_paths() -> None:
    for data in (RSS, ATOM_NO_ZONE):
        fast, slow = parse_feed(data), _parse_with_feedparser(data, None)
        assert fast == slow
        for doc in (fast, slow):
            [article] = doc.articles
            assert article.published == TWO_PM_UTC and article.published.tzinfo is UTC


def test_json_feed_times_are_aware_utc_zone_or_not() -> None:
    doc = parse_feed(JSON_FEED)
    assert [a.published for a in doc.articles] == [TWO_PM_UTC, TWO_PM_UTC]
    assert all(a.published is not None and a.published.tzinfo is UTC for a in doc.articles)


def test_html_page_time_is_utc_with_a_zone_and_local_without() -> None:
    [zoned] = parse_bytes(page("2031-06-03T16:00:00+02:00"), name="p.html").articles
    assert zoned.published == TWO_PM_UTC and zoned.published.tzinfo is UTC
    [local] = parse_bytes(page("2031-06-03T14:00:00"), name="p.html").articles
    assert local.published == datetime(2031, 6, 3, 14, 0) and local.published.tzinfo is None


def test_syndication_time_stays_naive() -> None:
    data = syndication("Les salines ouvertes", "https://saline.example/ouvertes",
                       "2031-06-03 14:00:00", "Le public est accueilli tout l’été.")
    [article] = parse_bytes(data, name="s.txt").articles
    assert article.published == datetime(2031, 6, 3, 14, 0) and article.published.tzinfo is None


def test_reader_parse_json_keeps_utc_digits_without_a_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "marais.xml"
    path.write_bytes(RSS)
    assert main(["parse", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"][0]["published"] == "2031-06-03T14:00:00"
    assert main(["parse", str(path)]) == 0
    assert " · 2031-06-03 14:00\n" in capsys.readouterr().out


# -- through the importer and the library ---------------------------------------------


def test_feed_file_time_reads_back_aware_and_syndication_naive(
    lib: Library, tmp_path: Path,
) -> None:
    folder = tmp_path / "import"
    folder.mkdir()
    (folder / "marais.xml").write_bytes(RSS)
    (folder / "dunes.atom").write_bytes(ATOM_NO_ZONE)
    (folder / "bocage.json").write_bytes(JSON_FEED)
    (folder / "salines.txt").write_bytes(syndication(
        "Les salines ouvertes", "https://saline.example/ouvertes", "2031-06-03 14:00:00",
        "Le public est accueilli tout l’été."))
    (folder / "recolte.html").write_bytes(page("2031-06-03T16:00:00+02:00"))
    report = import_paths(lib, [folder])
    assert report.problems == [] and report.new == 6
    got = read_back(lib)
    local = datetime(2031, 6, 3, 14, 0)
    assert got == {
        "La passerelle des saulniers rouvre": TWO_PM_UTC,
        "Les sternes sont de retour": TWO_PM_UTC,
        "Les haies replantées.": TWO_PM_UTC,
        "La mare restaurée.": TWO_PM_UTC,
        "La récolte du sel commence": TWO_PM_UTC,
        "Les salines ouvertes": local,
    }
    aware = {title for title, moment in got.items() if moment and moment.tzinfo is not None}
    assert aware == set(got) - {"Les salines ouvertes"}
    conn = sqlite3.connect(tmp_path / "lib.sqlite")
    try:
        stored = dict(conn.execute("SELECT title, published FROM articles").fetchall())
    finally:
        conn.close()
    assert stored["La passerelle des saulniers rouvre"] == "2031-06-03T14:00:00+00:00"
    assert stored["Les salines ouvertes"] == "2031-06-03T14:00:00"

    again = import_paths(lib, [folder])
    assert (again.new, again.updated, again.unchanged) == (0, 0, 6)
    assert read_back(lib) == got


def test_copies_with_aware_and_naive_times_are_ranked_without_error(
    lib: Library, tmp_path: Path,
) -> None:
    """A saved page (aware, 12:00 UTC) and a syndication copy (naive, 10:30 local) of the
    same article in one folder: the later one is kept, whichever file comes first."""
    link = "https://saline.example/recolte"
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / "a.txt").write_bytes(syndication(
        "La récolte du sel commence", link, "2031-06-03 10:30:00",
        "Les paludiers ont ouvert les œillets ce matin."))
    (folder / "b.html").write_bytes(page("2031-06-03T12:00:00Z", link))
    for _ in range(2):
        report = import_paths(lib, [folder])
        assert report.problems == [] and report.imported == 2 and report.updated == 0
        assert [w[0] for w in report.warnings] == [str(folder / "a.txt")]
        assert read_back(lib) == {
            "La récolte du sel commence": datetime(2031, 6, 3, 12, 0, tzinfo=UTC)}
