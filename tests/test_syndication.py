"""The syndication text format end to end: bytes -> ParsedDocument -> JSON shape / text."""

from __future__ import annotations

import json
from datetime import datetime
from hashlib import sha256
from pathlib import Path

import pytest

from reader.model import Article, FeedInfo, KeyPoints, ParsedDocument, Section
from reader.parse import ParseError, parse_bytes, parse_path
from reader.parse.serialize import article_to_dict, article_to_text, document_to_dict
from reader.parse.syndication import parse_syndication

DATA = Path(__file__).parent / "data" / "syndication"
FIXTURES = sorted(DATA.glob("*.txt"))
NBSP = "\u00a0"


def _file(body: str, *, caption: str | None = "Une photo du port", link: str = "https://x.example/a",
          author: str = "", date: str = "2025-02-03 08:09:10", tags: str = "L’Hebdo",
          newline: str = "\n") -> bytes:
    lines = ["L’Hebdo", "", f"Un titre{NBSP}: la suite", ""]
    lines += [caption, "", "", "", ""] if caption is not None else ["", "", ""]
    lines += [body, "", "", "", f"Source link : {link}", "", f"Author :{author}", "",
              f"Publish date : {date}", "",
              "Copyright for syndicated content belongs to the linked Source.", "",
              f"Tags :{tags}", "Quitter la version mobile"]
    return newline.join(lines).encode()


def test_fixtures_are_present() -> None:
    assert len(FIXTURES) >= 6


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture_structure_is_recovered_exactly(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert document_to_dict(parse_path(path)) == expected


def test_header_and_footer_fields() -> None:
    doc = parse_bytes(_file("Le port rouvre.Les bateaux sortent.", author=" Anne Roy",
                            tags="L’Hebdo, Mer , ,mer"))
    assert doc.feed is None and len(doc.articles) == 1
    article = doc.articles[0]
    assert article.outlet == "L’Hebdo"
    assert article.title == f"Un titre{NBSP}: la suite"
    assert article.caption == "Une photo du port"
    assert article.author == "Anne Roy"
    assert article.published == datetime(2025, 2, 3, 8, 9, 10)
    assert article.tags == ("L’Hebdo", "Mer")
    assert article.lead == ("Le port rouvre.", "Les bateaux sortent.")
    assert article.guid == "https://x.example/a"
    assert not article.live and article.warnings == ()


def test_crlf_bom_and_no_caption() -> None:
    data = b"\xef\xbb\xbf" + _file("Un seul paragraphe ici.", caption=None, newline="\r\n")
    article = parse_bytes(data).articles[0]
    assert article.outlet == "L’Hebdo"
    assert article.caption is None
    assert article.lead == ("Un seul paragraphe ici.",)


def test_empty_author_and_tags_become_absent() -> None:
    article = parse_bytes(_file("Texte.", tags="")).articles[0]
    assert article.author is None and article.tags == ()
    as_dict = article_to_dict(article)
    assert as_dict["author"] is None and as_dict["tags"] == []


@pytest.mark.parametrize("date", ["10/11/2024 14:01", "2024-13-45 10:00:00", "demain"])
def test_unreadable_date_is_a_warning_not_an_error(date: str) -> None:
    article = parse_bytes(_file("Texte.", date=date)).articles[0]
    assert article.published is None
    assert any("publish date" in w for w in article.warnings)


@pytest.mark.parametrize("date, expected", [
    ("2024-11-10T14:01:43", datetime(2024, 11, 10, 14, 1, 43)),
    ("2024-11-10 14:01", datetime(2024, 11, 10, 14, 1)),
    ("2024-11-10", datetime(2024, 11, 10)),
])
def test_date_variants(date: str, expected: datetime) -> None:
    assert parse_bytes(_file("Texte.", date=date)).articles[0].published == expected


def test_guid_without_link_is_a_hash_of_outlet_and_title() -> None:
    text = _file("Texte.", link="").decode()
    article = parse_syndication(text)
    assert article.source_link is None
    assert article.guid == sha256(f"L’Hebdo\nUn titre{NBSP}: la suite".encode()).hexdigest()


def test_tolerant_labels() -> None:
    text = ("Le Journal\n\nTitre\n\nCorps du texte.\n\n\n"
            "SOURCE LINK: https://j.example/1\nauthor:Marc\npublish date :2020-01-02 03:04:05\n"
            "Tags:a,b\nExit mobile version")
    article = parse_syndication(text)
    assert (article.source_link, article.author, article.tags) == ("https://j.example/1", "Marc",
                                                                    ("a", "b"))
    assert article.published == datetime(2020, 1, 2, 3, 4, 5)
    assert article.lead == ("Corps du texte.",)


def test_mobile_theme_line_is_dropped_even_when_glued_to_tags() -> None:
    article = parse_syndication(_file("Texte.", tags="A, BQuitter la version mobile").decode())
    assert article.tags == ("A", "B")
    for leftover in ("Exit Mobile Version ", "Mobile-Version verlassen",
                     "SALIR DE LA VERSIÓN MÓVIL", "salir de la version movil",
                     "Esci dalla versione mobile\t"):
        article = parse_syndication(_file("Texte.", tags=f"A, B{leftover}").decode())
        assert article.tags == ("A", "B"), leftover
    assert parse_syndication(_file("Texte.", tags="Version, Mobile").decode()).tags == (
        "Version", "Mobile")


def test_control_characters_and_bidi_are_removed() -> None:
    article = parse_bytes(_file("Un\x1b[31m texte\u202e piégé.")).articles[0]
    assert article.lead == ("Un[31m texte piégé.",)


def test_cp1252_fallback_warns() -> None:
    data = _file("Le café est prêt.").decode().replace("’", "'").encode("cp1252")
    doc = parse_bytes(data)
    assert doc.articles[0].lead == ("Le café est prêt.",)
    assert any("Windows-1252" in w for w in doc.warnings)


def test_utf16_with_bom() -> None:
    doc = parse_bytes(b"\xff\xfe" + _file("Texte seize.").decode().encode("utf-16-le"))
    assert doc.articles[0].lead == ("Texte seize.",)


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b" \n\r\n ", "empty file"),
    (b"abc\x00def", "binary data, not text"),
    (b"%PDF-1.7\n...", "binary data, not text (looks like a PDF document)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary data, not text (looks like a PNG image)"),
    (b"Just a note\n\nwith two lines", "not a syndication article: no 'Source link :' footer"),
])
def test_bad_input_is_a_one_line_parse_error(data: bytes, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_bytes(data)
    assert str(caught.value) == message


def test_parse_path_refuses_large_and_missing_files(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(_file("x" * 5000))
    with pytest.raises(ParseError, match="too large"):
        parse_path(big, max_bytes=1000)
    assert parse_path(big, max_bytes=10_000).articles[0].outlet == "L’Hebdo"
    with pytest.raises(ParseError, match="cannot read"):
        parse_path(tmp_path / "missing.txt")
    with pytest.raises(ParseError, match="cannot read"):
        parse_path(tmp_path)


def test_article_dict_shape_and_text_form() -> None:
    article = Article(
        title="Titre  avec\tespaces", outlet="Out", caption="", author="",
        published=datetime(2024, 1, 2, 3, 4, 5), tags=("t",), lead=("Intro.",),
        key_points=KeyPoints("À retenir", ("Un", "Deux")),
        sections=(Section("Tête", "14h32", ("P1.", "P2.")), Section("Autre", None, ("P3.",))),
        source_link="https://o.example/x", guid="g1",
    )
    as_dict = article_to_dict(article)
    assert list(as_dict) == ["outlet", "title", "caption", "source_link", "author", "published",
                             "tags", "live", "lead", "key_points", "sections"]
    assert as_dict["title"] == "Titre avec espaces"
    assert as_dict["caption"] is None and as_dict["author"] is None
    assert as_dict["published"] == "2024-01-02T03:04:05"
    assert as_dict["live"] is True
    assert as_dict["key_points"] == {"title": "À retenir", "items": ["Un", "Deux"]}
    assert as_dict["sections"][0] == {"heading": "Tête", "time": "14h32",
                                      "paragraphs": ["P1.", "P2."]}
    json.dumps(as_dict)
    text = article_to_text(article)
    for piece in ("Titre avec espaces", "Intro.", "À retenir", "• Deux", "14h32 — Tête", "P3."):
        assert piece in text
    assert text.index("Intro.") < text.index("À retenir") < text.index("Tête") < text.index("P3.")


def test_document_dict_for_a_feed() -> None:
    doc = ParsedDocument(
        feed=FeedInfo("Le fil", "https://f.example/", "rss20"),
        articles=(Article(title="A", guid="id-1", source_link="https://f.example/a"),),
    )
    as_dict = document_to_dict(doc)
    assert as_dict["feed"] == {"title": "Le fil", "link": "https://f.example/", "format": "rss20"}
    [entry] = as_dict["articles"]
    assert entry["id"] == "id-1" and entry["link"] == "https://f.example/a"
    assert entry["title"] == "A" and entry["sections"] == []


def test_single_article_document_is_the_article_dict() -> None:
    doc = parse_bytes(_file("Texte."))
    assert document_to_dict(doc) == article_to_dict(doc.articles[0])
