"""HTML fragments and saved pages into lead / key points / sections: invented fixtures only."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.model import Article, KeyPoints, ParsedDocument, Section
from reader.parse.html import html_to_parts, parse_html_page

DATA = Path(__file__).parent / "data" / "html"


def page(
    name: str, base_url: str | None = "https://saved.example.net/pages/x.html",
) -> tuple[ParsedDocument, Article]:
    doc = parse_html_page((DATA / name).read_bytes(), base_url)
    assert doc.feed is None and len(doc.articles) == 1
    return doc, doc.articles[0]


def updates(*items: tuple[str | None, str, str]) -> str:
    out = []
    for time, heading, text in items:
        stamp = f"<time>{time}</time> " if time else ""
        out.append(f"<h2>{stamp}{heading}</h2><p>{text}</p>")
    return "".join(out)


# --- html_to_parts -------------------------------------------------------------------------


def test_plain_paragraphs_and_inline_markup() -> None:
    lead, key_points, sections = html_to_parts(
        "<p>One <b>bold</b> and <a href='https://x.example'>a link</a>.</p>"
        "<p>Deux&nbsp;: suite «\u202fguillemets\u202f».</p>"
    )
    assert lead == ("One bold and a link.", "Deux\u00a0: suite «\u202fguillemets\u202f».")
    assert key_points is None and sections == ()


def test_two_subheadings_stay_in_the_lead() -> None:
    lead, key_points, sections = html_to_parts(
        "<p>Intro.</p>" + updates((None, "First part", "a"), (None, "Second part", "b")))
    assert sections == () and key_points is None
    assert lead == ("Intro.", "First part", "a", "Second part", "b")


def test_three_untimed_headings_make_sections() -> None:
    _lead, _kp, sections = html_to_parts(
        updates((None, "A", "a"), (None, "B", "b"), (None, "C", "c")))
    assert [s.heading for s in sections] == ["A", "B", "C"]
    assert all(s.time is None for s in sections)


def test_timed_headings_make_sections_even_when_few() -> None:
    lead, _kp, sections = html_to_parts(
        "<p>Lead.</p>" + updates(("10:45", "Later", "two"), ("09:10", "Earlier", "one")))
    assert lead == ("Lead.",)
    assert sections == (
        Section("Later", "10:45", ("two",)),
        Section("Earlier", "09:10", ("one",)),
    )


def test_time_from_datetime_attribute_and_just_before_the_heading() -> None:
    html = (
        '<div class="post"><h3><time datetime="2031-06-01T08:00Z"></time>Dawn</h3><p>x</p></div>'
        '<div class="post"><p><time>07h55</time></p><h3>Night</h3><p>y</p></div>'
    )
    _lead, _kp, sections = html_to_parts(html)
    assert [(s.time, s.heading, s.paragraphs) for s in sections] == [
        ("2031-06-01T08:00Z", "Dawn", ("x",)),
        ("07h55", "Night", ("y",)),
    ]


def test_live_can_be_forced_either_way() -> None:
    html = updates((None, "Only heading", "text"))
    assert html_to_parts(html, live=True)[2] == (Section("Only heading", None, ("text",)),)
    timed = updates(("10:00", "A", "a"), ("09:00", "B", "b"), ("08:00", "C", "c"))
    lead, _kp, sections = html_to_parts(timed, live=False)
    assert sections == () and lead[0] == "10:00 A"


@pytest.mark.parametrize("title", [
    "Key points", "Les infos à retenir", "L’essentiel", "L'essentiel :", "Das Wichtigste",
    "Lo más importante", "Punti chiave",
])
@pytest.mark.parametrize("wrapper", ["<h3>{}</h3>", "<p><strong>{}</strong></p>"])
def test_key_points_box_by_title(title: str, wrapper: str) -> None:
    html = "<p>Lead.</p>" + wrapper.format(title) + "<ul><li>One</li><li>Two</li></ul><p>After.</p>"
    lead, key_points, _sections = html_to_parts(html)
    assert key_points == KeyPoints(title, ("One", "Two"))
    assert lead == ("Lead.", "After.")


def test_an_ordinary_list_is_not_a_key_points_box() -> None:
    lead, key_points, _ = html_to_parts("<h3>Ingredients</h3><ul><li>Flour</li><li>Salt</li></ul>")
    assert key_points is None
    assert lead == ("Ingredients", "• Flour", "• Salt")


def test_key_points_box_by_class() -> None:
    html = (
        "<p>Lead.</p><div class='live-key-points'><h4>Ce qu’il faut savoir</h4>"
        "<ul><li><p>Un</p></li><li>Deux</li></ul></div>"
        + updates(("12:00", "A", "a"))
    )
    lead, key_points, sections = html_to_parts(html)
    assert lead == ("Lead.",)
    assert key_points == KeyPoints("Ce qu’il faut savoir", ("Un", "Deux"))
    assert sections == (Section("A", "12:00", ("a",)),)


def test_summary_class_without_a_list_stays_in_the_lead() -> None:
    lead, key_points, _ = html_to_parts("<p class='summary'>A standfirst.</p><p>Body.</p>")
    assert key_points is None and lead == ("A standfirst.", "Body.")


def test_noise_is_dropped_and_images_become_text() -> None:
    html = (
        "<nav><a>Home</a></nav><script>var x = '<p>no</p>';</script><style>p{}</style>"
        "<aside class='ad ad-top'><p>Buy!</p></aside><div id='promo-box'>Promo</div>"
        "<figure><img src='a.jpg' alt='A heron on the weir'><figcaption>The weir.</figcaption>"
        "</figure><img src='spacer.gif'><p>Text.</p><aside><p>Kept aside note.</p></aside>"
    )
    lead, _kp, _ = html_to_parts(html)
    assert lead == ("[image: A heron on the weir]", "The weir.", "Text.", "Kept aside note.")


def test_controls_and_markup_like_text_come_out_plain() -> None:
    lead, _kp, _ = html_to_parts(
        "<p>Bell&#7; esc&#27;[2J &lt;b&gt;[link=x]y[/link]\u202eevil</p>")
    assert lead == ("Bell esc[2J <b>[link=x]y[/link]evil",)


def test_line_breaks_quotes_and_preformatted() -> None:
    lead, _kp, _ = html_to_parts(
        "<p>First<br><br>Second<br>same</p><blockquote>Quoted</blockquote>"
        "<pre>code   block</pre>")
    assert lead == ("First", "Second same", "Quoted", "code block")


@pytest.mark.parametrize("html", ["", "   ", "<!-- only a comment -->", "<script>x</script>"])
def test_empty_input(html: str) -> None:
    assert html_to_parts(html) == ((), None, ())


def test_deep_nesting_does_not_recurse() -> None:
    html = "<div>" * 3000 + "<p>deep</p>" + "</div>" * 3000
    assert html_to_parts(html)[0] == ("deep",)


def test_large_live_blog_keeps_every_update() -> None:
    html = "<p>Lead.</p>" + "".join(
        f"<article><h2><time>{i % 24:02d}:{i % 60:02d}</time> Update {i}</h2>"
        f"<p>Body {i} <em>x</em>.</p><p>More.</p></article>" for i in range(2000))
    lead, _kp, sections = html_to_parts(html)
    assert lead == ("Lead.",) and len(sections) == 2000
    assert sections[1999] == Section("Update 1999", "07:19", ("Body 1999 x.", "More."))


@given(st.lists(st.sampled_from(
    [*"<>/ab=\"' &;#xp\n\t\x1b\u202e\u00a0", "<p>", "<h2>", "<li>", "<time>", "</p>"]),
    max_size=120).map("".join))
def test_any_input_gives_clean_lines(html: str) -> None:
    lead, key_points, sections = html_to_parts(html)
    texts = [*lead, *(key_points.items if key_points else ())]
    for section in sections:
        texts.extend((section.heading, *section.paragraphs))
    for text in texts:
        assert text and text == text.strip(" ")
        assert not any(unicodedata.category(c) == "Cc" for c in text)
        assert "\u202e" not in text


# --- parse_html_page -----------------------------------------------------------------------


def test_page_with_live_blog_json_ld() -> None:
    doc, article = page("liveblog_jsonld.html")
    assert doc.warnings == ()
    assert article.title == "Liveticker: Sturm „Ilse“ über Nordhafen"
    assert article.outlet == "Nordhafener Bote"
    assert article.source_link == "https://bote.example.de/live/sturm-ilse"
    assert article.guid == article.source_link
    assert article.author == "Greta Lindqvist"
    assert article.published == datetime(2031, 11, 3, 5, 0)
    assert article.tags == ("Sturm", "Nordhafen", "Wetter", "Küste")
    assert article.lead == ("Seit der Nacht zieht ein Orkantief über die Küste.",)
    assert article.key_points == KeyPoints(
        "Das Wichtigste", ("Alle Fähren gestrichen", "Deichstraße gesperrt"))
    assert article.sections == (
        Section("Fähren bleiben im Hafen", "14:20", (
            "Die Reederei hat alle Abfahrten gestrichen.", "Ein Ersatzbus fährt ab 16 Uhr.")),
        Section("Bäume auf der Deichstraße", "11:05", (
            "Die Feuerwehr räumt seit dem Vormittag.", "Die Straße bleibt gesperrt.")),
        Section("Warnstufe erhöht", "07:45", ("Der Wetterdienst rechnet mit Böen bis 110 km/h.",)),
    )


def test_json_ld_updates_without_html_sections_replace_the_markup() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@type": ["LiveBlogPosting"], "headline": "Derby live", "description": "Minute by minute.",
     "liveBlogUpdate": {"@type": "BlogPosting", "headline": "Kick-off",
                        "datePublished": "2031-08-01T20:00:00+02:00", "articleBody": "Go."}}
    </script></head><body><p>Kick-off</p><p>Go.</p></body></html>"""
    article = parse_html_page(html.encode()).articles[0]
    assert article.title == "Derby live"
    assert article.lead == ("Minute by minute.",)
    assert article.sections == (Section("Kick-off", "20:00", ("Go.",)),)
    assert article.source_link is None and article.guid and article.guid.startswith("sha256:")


def test_page_with_h2_time_updates_in_declared_cp1252() -> None:
    doc, article = page("liveblog_h2_time.html")
    assert doc.warnings == ()
    assert article.title == "Direct\u00a0: la fête des Lumières à Valbrune"
    assert article.outlet == "L’Écho de Valbrune"
    assert article.caption == "Les quais illuminés, lundi soir. (Photo\u00a0: J. Roux)"
    assert article.source_link == "https://saved.example.net/direct/fete-des-lumieres"
    assert article.published == datetime(2031, 12, 8, 16, 0)
    assert article.tags == ("Valbrune", "Fête des Lumières")
    assert article.lead == (
        "Plus de 40\u00a0000 visiteurs sont attendus ce soir.",
        "Les transports sont renforcés jusqu’à minuit.",
    )
    assert article.key_points == KeyPoints(
        "L’essentiel",
        ("Tramway gratuit après 20\u00a0heures", "Place du Marché fermée à la circulation"),
    )
    assert [(s.time, s.heading) for s in article.sections] == [
        ("21h10", "Affluence record sur les quais"), ("19h30", "Les premières illuminations")]
    assert article.sections[1].paragraphs == (
        "Le maire a lancé le spectacle.", "Les enfants ont applaudi.")


def test_plain_page_metadata_and_body() -> None:
    doc, article = page("plain_article.html")
    assert doc.warnings == ()
    assert article.title == "Riverton tram line to reach the old brickworks"
    assert article.outlet == "Riverton Post"
    assert article.author == "Ines Varga"  # the article:author URL is not a name
    assert article.published == datetime(2031, 2, 17, 9, 30)
    assert article.tags == ("transport", "trams")
    assert article.source_link == "https://post.example.com/news/tram-brickworks"
    assert article.sections == () and article.key_points is None and article.caption is None
    assert article.lead == (
        "Work starts in April, the council says.",
        "The 2.3\u00a0km extension adds four stops.",
        "A long-awaited link",
        "Residents have campaigned since 2024.",
        "“We waited long enough,” said one.",
        "Costs",
        "The budget is £48\u00a0million.",
    )


def test_undeclared_cp1252_page_and_missing_title() -> None:
    data = "<p>Caf\u00e9 cr\u00e8me \u2013 2\u00a0\u20ac la tasse, vraiment pas cher du tout, " \
           "et m\u00eame moins le matin avant huit heures quand le port s\u2019\u00e9veille.</p>"
    doc = parse_html_page(data.encode("cp1252"))
    article = doc.articles[0]
    assert article.lead == (data[3:-4],)
    assert article.title.endswith("…") and article.lead[0].startswith(article.title[:-1])
    assert any("cp1252" in w for w in doc.warnings)
    assert "the page has no title" in doc.warnings


def test_bom_beats_meta_charset_and_title_tag_is_the_last_fallback() -> None:
    data = b"\xef\xbb\xbf<meta charset='iso-8859-1'><title>Ni\xc3\xb1os &amp; co</title><p>x</p>"
    article = parse_html_page(data).articles[0]
    assert article.title == "Niños & co"
    assert article.lead == ("x",)


def test_bad_date_and_broken_json_ld_are_warnings_not_errors() -> None:
    html = (b'<meta property="article:published_time" content="31/02/2031">'
            b'<script type="application/ld+json">{"@type": </script><h1>T</h1><p>Body</p>')
    doc = parse_html_page(html)
    article = doc.articles[0]
    assert article.title == "T" and article.lead == ("Body",) and article.published is None
    assert any("unreadable publication date" in w for w in doc.warnings)


def test_json_ld_update_times_need_a_time_of_day() -> None:
    html = """<script type="application/ld+json">{"@type": "LiveBlogPosting", "liveBlogUpdate": [
      {"headline": "Dated only", "datePublished": "2031-08-01", "articleBody": "a"},
      {"headline": "Garbage", "datePublished": "soon", "articleBody": "b"},
      {"headline": "UTC", "datePublished": "2031-08-01T07:05:00Z", "articleBody": "c"},
      {"articleBody": "No headline"}, "not an object", {"headline": "Empty"}]}</script>"""
    sections = parse_html_page(html.encode()).articles[0].sections
    assert [(s.heading, s.time, s.paragraphs) for s in sections] == [
        ("Dated only", None, ("a",)), ("Garbage", None, ("b",)), ("UTC", "07:05", ("c",)),
        ("", None, ("No headline",)), ("Empty", None, ()),
    ]
