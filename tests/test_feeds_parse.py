"""Feed files (RSS 0.91/1.0/2.0, Atom, JSON Feed) into articles: invented fixtures only."""

from __future__ import annotations

import tracemalloc
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.cli import main
from reader.model import Article, BlockKind, ParsedDocument, Section
from reader.parse.feeds import NotAFeed, parse_feed

DATA = Path(__file__).parent / "data" / "feeds"
BASE = "https://mirror.example.org/feeds/latest.xml"


def load(name: str, base_url: str | None = BASE) -> ParsedDocument:
    return parse_feed((DATA / name).read_bytes(), base_url)


def strings(doc: ParsedDocument) -> Iterator[str]:
    """Every string a widget could show from this document."""
    if doc.feed:
        yield doc.feed.title
        yield doc.feed.link or ""
    for article in doc.articles:
        yield from articles_strings(article)


def articles_strings(article: Article) -> Iterator[str]:
    yield from (article.title, article.outlet, article.caption or "", article.author or "")
    yield from (article.source_link or "", article.guid or "")
    yield from article.tags
    yield from article.links
    yield from paragraph_lines(article.lead, article.lead_kind)
    if article.key_points:
        yield article.key_points.title
        yield from article.key_points.items
    for section in article.sections:
        yield section.heading
        yield section.time or ""
        yield from paragraph_lines(section.paragraphs, section.kind_of)


def paragraph_lines(paragraphs: tuple[str, ...], kind_of: Callable[[int], BlockKind],
                    ) -> Iterator[str]:
    """Each paragraph, a code block line by line (only code holds line breaks)."""
    for i, paragraph in enumerate(paragraphs):
        if kind_of(i) is BlockKind.CODE:
            assert paragraph == paragraph.strip("\n")
            yield from (line.strip(" ") for line in paragraph.split("\n"))
        else:
            yield paragraph


def by_title(doc: ParsedDocument, start: str) -> Article:
    return next(a for a in doc.articles if a.title.startswith(start))


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir() if p.suffix != ".html"))
def test_every_string_is_a_clean_line(name: str) -> None:
    for text in strings(load(name)):
        assert all(unicodedata.category(c) != "Cc" for c in text), repr(text)
        assert "\u202e" not in text and text == text.strip(" ")


def test_atom_feed_info_keeps_nbsp_and_reports_format() -> None:
    doc = load("atom_live.xml")
    assert doc.feed is not None
    assert doc.feed.format == "atom10"
    assert doc.feed.title == "Le Courrier du Val\u00a0: monde"
    assert doc.feed.link == "https://news.example.org/world/"
    assert doc.warnings == ()
    assert [a.outlet for a in doc.articles] == [doc.feed.title] * 3


def test_atom_links_resolve_against_xml_base() -> None:
    doc = load("atom_live.xml")
    assert doc.articles[0].source_link == "https://news.example.org/world/live/crue-lanterne.html"
    # Entry-level xml:base overrides the feed's, then `..` climbs out of it.
    assert by_title(doc, "Rugby").source_link == "https://news.example.org/sport/match-42.html"


def test_relative_xml_base_resolves_against_the_document_url() -> None:
    feed = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="world/"><title>T</title><id>urn:t</id>
<entry><title>A</title><id>urn:a</id><link href="story.html"/></entry></feed>"""
    doc = parse_feed(feed, "https://relative.example.com/news/feed.atom")
    assert doc.articles[0].source_link == "https://relative.example.com/news/world/story.html"
    # Without a base the link stays as written (relative) rather than being invented.
    assert parse_feed(feed).articles[0].source_link == "world/story.html"


def test_atom_live_blog_entry_gets_lead_key_points_and_timed_sections() -> None:
    live = load("atom_live.xml").articles[0]
    assert live.title == "En direct\u00a0: la crue de la Lanterne, heure par heure"
    assert live.author == "Odile Marchetti"
    assert live.published == datetime(2031, 5, 14, 4, 30, tzinfo=UTC)  # +02:00 moved to UTC
    assert live.published.tzinfo is UTC
    assert live.tags == ("Météo", "Val de Lanterne")
    assert live.guid == "urn:example:courrier:live-1"
    assert live.lead == (
        "La Lanterne a dépassé sa cote d’alerte dans la nuit.",
        "Les secours sont mobilisés dans trois communes.",
    )
    assert live.key_points is not None
    assert live.key_points.title == "Les infos à retenir"
    assert live.key_points.items == ("La décrue est attendue jeudi", "Deux écoles restent fermées")
    assert [(s.time, s.heading) for s in live.sections] == [
        ("17h40", "La préfète annonce un point presse"),
        ("15h05", "Le pont de la Scierie rouvert"),
        ("11h20", "Évacuation terminée à Pradelles"),  # the <time> stood just before the <h2>
    ]
    assert live.sections[1].paragraphs == (
        "Les véhicules légers peuvent de nouveau passer.", "Les poids lourds attendront.",
    )
    # The script inside the last update is dropped, not shown as text.
    assert live.sections[2].paragraphs == ("Quarante habitants ont été relogés.",)


def test_plain_entry_with_two_subheadings_is_not_a_live_blog() -> None:
    plain = by_title(load("atom_live.xml"), "Le marché couvert")
    assert plain.sections == () and not plain.live
    assert plain.lead == (
        "Les commerçants ont retrouvé leurs étals mardi.",
        "Une charpente refaite",
        "Le bois vient des forêts voisines.",
        "Des loyers inchangés",
        "La mairie a tenu sa promesse.",
    )


def test_html_title_loses_its_tags_and_text_summary_keeps_paragraphs() -> None:
    rugby = by_title(load("atom_live.xml"), "Rugby")
    assert rugby.title == "Rugby\u00a0: victoire à l’arraché"
    assert rugby.published is None and rugby.warnings == ()
    assert rugby.lead == ("Score final 21-20.", "Le buteur a réussi sa dernière tentative.")


def test_rss20_escape_entity_is_dropped_and_feed_kept_with_warning() -> None:
    doc = load("rss20_tricky.xml")
    assert doc.feed is not None and doc.feed.format == "rss20"
    assert any("not well-formed" in w for w in doc.warnings)
    ferry = doc.articles[0]
    assert "\x1b" not in ferry.title
    assert ferry.title == "Ferry strike [2J ends after talks"
    assert ferry.published == datetime(2031, 5, 13, 7, 15, tzinfo=UTC)
    assert ferry.author == "Priya Calloway"
    assert ferry.tags == ("Transport", "Harbour")
    # content:encoded wins over the short description.
    assert ferry.lead == ("Crews return on Thursday.", "Fares stay frozen until autumn.")
    assert ferry.guid == "gazette-1001"


def test_markup_looking_titles_stay_literal_text() -> None:
    article = by_title(load("rss20_tricky.xml"), "[link=")
    assert article.title == "[link=https://evil.example/]Click me[/link] and [bold]markup[/bold]"
    assert article.lead == ("Square brackets are just text.",)


def test_out_of_range_and_garbage_dates_become_none_with_warning() -> None:
    doc = load("rss20_tricky.xml")
    year0 = by_title(doc, "[link=")
    year10000 = by_title(doc, "Lighthouse keeper retires")
    garbage = by_title(doc, "Fish market")
    for article in (year0, year10000, garbage):
        assert article.published is None
        assert any("unreadable date" in w for w in article.warnings)
    assert "sometime next week" in garbage.warnings[0]


def test_duplicate_guids_keep_the_first_entry() -> None:
    doc = load("rss20_tricky.xml")
    lighthouse = [a for a in doc.articles if a.guid == "gazette-1003"]
    assert [a.title for a in lighthouse] == ["Lighthouse keeper retires"]
    assert "1 entry repeated the id of an earlier one and was skipped" in doc.warnings
    assert len({a.guid for a in doc.articles}) == len(doc.articles) == 4


def test_entry_without_id_or_link_gets_a_stable_content_hash() -> None:
    first = by_title(load("rss20_tricky.xml"), "Fish market")
    again = by_title(load("rss20_tricky.xml", base_url=None), "Fish market")
    assert first.source_link is None
    assert first.guid is not None and first.guid.startswith("sha256:")
    assert first.guid == again.guid


def test_rss10_and_rss091() -> None:
    rdf = load("rss10.rdf")
    assert rdf.feed is not None and rdf.feed.format == "rss10"
    snow = rdf.articles[0]
    assert snow.author == "Anselm Wirth" and snow.tags == ("Weather",)
    assert snow.published == datetime(2031, 4, 2, 5, 0, tzinfo=UTC)
    assert snow.guid == "https://almanac.example.com/snow-report"
    old = load("rss091.xml")
    assert old.feed is not None and old.feed.format == "rss091u"
    assert old.feed.title == "Village Crier"
    assert old.articles[0].lead == ("The rye loaf impressed the judges.",)


def test_undeclared_cp1252_feed_is_read_as_cp1252() -> None:
    doc = load("cp1252_undeclared.xml")
    assert doc.feed is not None
    assert doc.feed.title == "Café du Port – actualités"
    article = doc.articles[0]
    assert article.title == "L’été arrive\u00a0: terrasse ouverte"
    assert article.lead == ("Menu à 12\u00a0€.",)
    assert article.guid == "cafe-1"  # an RSS guid is kept as written, not resolved
    assert doc.warnings  # the encoding guess is reported


def test_billion_laughs_is_not_expanded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = (DATA / "billion_laughs.xml").read_bytes()
    # The fixture's external entity names this relative file: it must never be read.
    (tmp_path / "laughs-secret.txt").write_text("SECRET-MARKER-7731")
    monkeypatch.chdir(tmp_path)
    tracemalloc.start()
    try:
        doc = parse_feed(data, BASE)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 30_000_000
    texts = list(strings(doc))
    assert sum(len(t) for t in texts) < 2_000
    assert not any("lollollol" in t for t in texts)
    assert not any("SECRET-MARKER" in t for t in texts)


def test_html_page_is_not_a_feed() -> None:
    with pytest.raises(NotAFeed) as caught:
        load("not_a_feed.html")
    message = str(caught.value)
    assert "HTML page" in message and "\n" not in message
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("data", [
    b"", b"   \n", b"just some words", b"<note><to>x</to></note>",
    b'{"hello": "world"}', b"{ not json", b'["https://jsonfeed.org/version/1.1"]',
])
def test_other_documents_are_not_feeds(data: bytes) -> None:
    with pytest.raises(NotAFeed) as caught:
        parse_feed(data)
    assert str(caught.value).startswith("not a feed")


def test_bytes_naming_a_local_file_are_not_read_as_that_file(tmp_path: Path) -> None:
    # feedparser treats a bare bytes argument as a file name first; parse_feed must not.
    target = tmp_path / "feed.xml"
    target.write_bytes((DATA / "rss091.xml").read_bytes())
    with pytest.raises(NotAFeed):
        parse_feed(str(target).encode())


def test_json_feed_11() -> None:
    doc = load("jsonfeed11.json")
    assert doc.feed is not None
    assert doc.feed.format == "json11"
    assert doc.feed.title == "Orchard\u00a0Weekly"
    assert doc.feed.link == "https://orchard.example.com/"
    frost, cider, bees = doc.articles
    assert frost.title == "Frost warning for the [31mvalley[0m"  # ESC removed, text kept
    assert frost.source_link == "https://mirror.example.org/2031/frost-warning"
    assert frost.author == "Mina Okafor, Jules Brandt"
    assert frost.published == datetime(2031, 4, 9, 9, 30, tzinfo=UTC)
    assert frost.tags == ("weather", "apples")
    assert frost.lead == ("Growers lit candles among the rows.", "Damage looks limited.")
    assert cider.guid == "78"
    assert cider.title == "Cider fair returns."  # no title: the start of the text
    assert cider.author == "The Orchard Desk"  # the feed's authors as fallback
    assert cider.lead == ("Cider fair returns.", "Tickets go on sale Monday.")
    assert cider.published is None and bees.published is None  # years 0 and 10000
    assert bees.lead == ("Hives counted.",)
    assert "1 entry repeated the id of an earlier one and was skipped" in doc.warnings


def test_json_feed_10() -> None:
    doc = load("jsonfeed10.json", base_url=None)
    assert doc.feed is not None and doc.feed.format == "json10"
    lock = doc.articles[0]
    assert lock.author == "Ola Nyberg"
    assert lock.published == datetime(2031, 3, 2, 10, 5, tzinfo=UTC)
    assert lock.sections == ()  # one heading without <time> is not a live blog


def test_json_feed_with_bom_and_live_html() -> None:
    updates = "".join(
        f"<h2><time>{h}:00</time> Update {h}</h2><p>Text {h}.</p>" for h in (12, 11, 10))
    body = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "Live", "items": '
        '[{"id": "x", "title": "Blog", "content_html": "<p>Lead.</p>' + updates + '"}]}'
    )
    doc = parse_feed(b"\xef\xbb\xbf" + body.encode())
    blog = doc.articles[0]
    assert blog.lead == ("Lead.",)
    assert [(s.time, s.heading, s.paragraphs) for s in blog.sections] == [
        ("12:00", "Update 12", ("Text 12.",)),
        ("11:00", "Update 11", ("Text 11.",)),
        ("10:00", "Update 10", ("Text 10.",)),
    ]


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-8-sig"])
def test_json_feed_with_any_unicode_byte_order_mark(codec: str) -> None:
    text = (DATA / "jsonfeed10.json").read_text(encoding="utf-8")
    doc = parse_feed(text.encode(codec))
    assert doc.feed is not None and doc.feed.title == "Canal Notes"
    assert [a.title for a in doc.articles] == ["Lock 7 repaired"]


def test_json_feed_with_broken_utf8_is_read_with_a_warning() -> None:
    data = (DATA / "jsonfeed10.json").read_bytes().replace(b"Canal Notes", b"Canal \xff Notes")
    doc = parse_feed(data)
    assert doc.feed is not None and doc.feed.title == "Canal \ufffd Notes"
    assert any("not valid UTF-8" in w for w in doc.warnings)


# -- HTML content: kinds and numbered links ------------------------------------------------


RICH_BASE = "https://mirror.example.org/feeds/rich.xml"


def test_live_blog_entry_sections_hold_lists_quotes_code_images_and_links() -> None:
    doc = load("atom_rich.xml", RICH_BASE)
    live, plain = doc.articles
    assert live.lead == (
        "Forty sailing ships leave the harbour today, our guide [1] lists them all.",)
    assert live.lead_kinds == ()
    assert live.key_points is not None
    assert live.key_points.items == ("The parade starts at 10:00", "Roads closed [2] on the quay")
    p, li, q, code, img = (BlockKind.PARAGRAPH, BlockKind.ITEM, BlockKind.QUOTE,
                           BlockKind.CODE, BlockKind.IMAGE)
    assert live.sections == (
        # The heading's link pointed inside the page: text only, as every section heading.
        Section("The last ship is out", "16:40", (
            "The brig Morwenna cleared the breakwater, see the photos [3].",
            "1. Morwenna", "2. Saltwick Lass"), (p, li, li)),
        Section("Crowds on the cliffs", "12:15", (
            "I have never seen so many sails at once.",
            "Volunteers handed out water, donate here or read the guide [1] again.",
            "People on the cliff path", "The cliff path at noon."), (q, p, img, p)),
        Section("Tide table", "09:05", (
            "High water  09:52\n  Low water 16:07",
            "Timetable: https://tides.example.org/saltwick"), (code, p)),
    )
    # Relative links resolve against the content's xml:base; javascript: is dropped.
    assert live.links == (
        "https://gazette.example.org/harbour/guide.html",
        "https://gazette.example.org/roads.html",
        "https://photos.example.net/morwenna",
    )
    assert plain.lead_kinds == () and plain.links == () and plain.sections == ()


def test_rss_links_resolve_against_the_item_link() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A</title><link>https://port.example/news/a.html</link>
<description>&lt;p&gt;See &lt;a href="b.html"&gt;b&lt;/a&gt;&lt;/p&gt;</description></item>
</channel></rss>"""
    article = parse_feed(rss, "https://mirror.example.org/rss.xml").articles[0]
    assert article.lead == ("See b [1]",)
    assert article.links == ("https://port.example/news/b.html",)


def test_json_feed_html_links_resolve_against_the_item_url() -> None:
    body = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "J", '
        '"home_page_url": "https://j.example/", "items": [{"id": "1", '
        '"url": "https://j.example/2031/story.html", "content_html": '
        '"<p>Read <a href=\'notes.html\'>notes</a></p><ul><li>x</li></ul>"}]}'
    )
    article = parse_feed(body.encode()).articles[0]
    assert article.lead == ("Read notes [1]", "x")
    assert article.lead_kinds == (BlockKind.PARAGRAPH, BlockKind.ITEM)
    assert article.links == ("https://j.example/2031/notes.html",)


def test_reader_parse_text_shows_kinds_and_the_links_list(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["parse", str(DATA / "atom_rich.xml")]) == 0
    out = capsys.readouterr().out
    assert "\n1. Morwenna\n2. Saltwick Lass\n" in out
    assert "\n│ I have never seen so many sails at once.\n" in out
    assert "\n    High water  09:52\n      Low water 16:07\n" in out
    assert "\n[Image: People on the cliff path]\n" in out
    # Without a document URL, the feed's absolute xml:base still resolves the links.
    links = ("\nLinks:\n[1] https://gazette.example.org/harbour/guide.html\n"
             "[2] https://gazette.example.org/roads.html\n"
             "[3] https://photos.example.net/morwenna\n")
    assert out.count("Links:") == 1 and links in out
    assert out.index(links) < out.index("Ferry timetable changes")
