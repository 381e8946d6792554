"""HTML fragments and saved pages into lead / key points / sections: invented fixtures only."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.model import Article, BlockKind, KeyPoints, ParsedDocument, Section
from reader.parse.html import html_to_parts, parse_html_page

DATA = Path(__file__).parent / "data" / "html"


def page(
    name: str, base_url: str | None = "https://saved.example.net/pages/x.html",
) -> tuple[ParsedDocument, Article]:
    doc = parse_html_page((DATA / name).read_bytes(), base_url)
    assert doc.feed is None and len(doc.articles) == 1
    return doc, doc.articles[0]


def split(
    html: str, base_url: str | None = None, *, live: bool | None = None,
) -> tuple[tuple[str, ...], KeyPoints | None, tuple[Section, ...]]:
    """The three parts the older tests look at."""
    parts = html_to_parts(html, base_url, live=live)
    return parts.lead, parts.key_points, parts.sections


def updates(*items: tuple[str | None, str, str]) -> str:
    out = []
    for time, heading, text in items:
        stamp = f"<time>{time}</time> " if time else ""
        out.append(f"<h2>{stamp}{heading}</h2><p>{text}</p>")
    return "".join(out)


# --- html_to_parts -------------------------------------------------------------------------


def test_plain_paragraphs_and_inline_markup() -> None:
    lead, key_points, sections = split(
        "<p>One <b>bold</b> and <a href='https://x.example'>a link</a>.</p>"
        "<p>Deux&nbsp;: suite «\u202fguillemets\u202f».</p>"
    )
    assert lead == ("One bold and a link [1].", "Deux\u00a0: suite «\u202fguillemets\u202f».")
    assert key_points is None and sections == ()


def test_two_subheadings_stay_in_the_lead() -> None:
    lead, key_points, sections = split(
        "<p>Intro.</p>" + updates((None, "First part", "a"), (None, "Second part", "b")))
    assert sections == () and key_points is None
    assert lead == ("Intro.", "First part", "a", "Second part", "b")


def test_untimed_headings_make_sections_only_beside_a_key_points_box() -> None:
    # A plain article's subheadings (intertitres) are no updates, however many.
    lead, kp, sections = split(
        "<p>Intro.</p>" + updates((None, "A", "a"), (None, "B", "b"), (None, "C", "c"),
                                  (None, "D", "d")))
    assert sections == () and kp is None
    assert lead == ("Intro.", "A", "a", "B", "b", "C", "c", "D", "d")
    # With a key-points box above them they are a live blog's updates.
    _lead, kp, sections = split(
        "<p>Intro.</p><h2>Lo que sabemos</h2><ul><li>Uno.</li><li>Dos.</li></ul>"
        + updates((None, "A", "a"), (None, "B", "b"), (None, "C", "c")))
    assert kp is not None and kp.title == "Lo que sabemos" and kp.items == ("Uno.", "Dos.")
    assert [s.heading for s in sections] == ["A", "B", "C"]
    assert all(s.time is None for s in sections)


def test_time_in_a_meta_line_goes_to_the_heading_after_it() -> None:
    post = (
        '<div class="post"><div class="meta"><time>{t}</time> <span>{by}</span></div>'
        "<h2>{h}</h2><p>{p}</p></div>"
    )
    lead, _kp, sections = split("<p>Lead.</p>" + "".join(
        post.format(t=t, by=by, h=h, p=p) for t, by, h, p in (
            ("22:54", "Marta Quiroga", "Final en La Vega", "Tablas."),
            ("22:29", "Luis Rivas", "Gol del Almendral", "Uno a dos."))))
    assert lead == ("Lead.",)
    assert sections == (Section("Final en La Vega", "22:54", ("Tablas.",)),
                        Section("Gol del Almendral", "22:29", ("Uno a dos.",)))


def test_timed_headings_make_sections_even_when_few() -> None:
    lead, _kp, sections = split(
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
    _lead, _kp, sections = split(html)
    assert [(s.time, s.heading, s.paragraphs) for s in sections] == [
        ("2031-06-01T08:00Z", "Dawn", ("x",)),
        ("07h55", "Night", ("y",)),
    ]


def test_live_can_be_forced_either_way() -> None:
    html = updates((None, "Only heading", "text"))
    assert split(html, live=True)[2] == (Section("Only heading", None, ("text",)),)
    timed = updates(("10:00", "A", "a"), ("09:00", "B", "b"), ("08:00", "C", "c"))
    lead, _kp, sections = split(timed, live=False)
    assert sections == () and lead[0] == "10:00 A"


@pytest.mark.parametrize("title", [
    "Key points", "Les infos à retenir", "L’essentiel", "L'essentiel :", "Das Wichtigste",
    "Lo más importante", "Punti chiave",
])
@pytest.mark.parametrize("wrapper", ["<h3>{}</h3>", "<p><strong>{}</strong></p>"])
def test_key_points_box_by_title(title: str, wrapper: str) -> None:
    html = "<p>Lead.</p>" + wrapper.format(title) + "<ul><li>One</li><li>Two</li></ul><p>After.</p>"
    lead, key_points, _sections = split(html)
    assert key_points == KeyPoints(title, ("One", "Two"))
    assert lead == ("Lead.", "After.")


def test_an_ordinary_list_is_not_a_key_points_box() -> None:
    lead, key_points, _ = split("<h3>Ingredients</h3><ul><li>Flour</li><li>Salt</li></ul>")
    assert key_points is None
    assert lead == ("Ingredients", "Flour", "Salt")


def test_key_points_box_by_class() -> None:
    html = (
        "<p>Lead.</p><div class='live-key-points'><h4>Ce qu’il faut savoir</h4>"
        "<ul><li><p>Un</p></li><li>Deux</li></ul></div>"
        + updates(("12:00", "A", "a"))
    )
    lead, key_points, sections = split(html)
    assert lead == ("Lead.",)
    assert key_points == KeyPoints("Ce qu’il faut savoir", ("Un", "Deux"))
    assert sections == (Section("A", "12:00", ("a",)),)


def test_summary_class_without_a_list_stays_in_the_lead() -> None:
    lead, key_points, _ = split("<p class='summary'>A standfirst.</p><p>Body.</p>")
    assert key_points is None and lead == ("A standfirst.", "Body.")


def test_noise_is_dropped_and_images_become_text() -> None:
    html = (
        "<nav><a>Home</a></nav><script>var x = '<p>no</p>';</script><style>p{}</style>"
        "<aside class='ad ad-top'><p>Buy!</p></aside><div id='promo-box'>Promo</div>"
        "<figure><img src='a.jpg' alt='A heron on the weir'><figcaption>The weir.</figcaption>"
        "</figure><img src='spacer.gif' width='1' height='1'><img src='deco.png' alt=''>"
        "<p>Text.</p><aside><p>Kept aside note.</p></aside>"
    )
    lead, _kp, _ = split(html)
    assert lead == ("A heron on the weir", "The weir.", "Text.", "Kept aside note.")


def test_controls_and_markup_like_text_come_out_plain() -> None:
    lead, _kp, _ = split(
        "<p>Bell&#7; esc&#27;[2J &lt;b&gt;[link=x]y[/link]\u202eevil</p>")
    assert lead == ("Bell esc[2J <b>[link=x]y[/link]evil",)


def test_line_breaks_quotes_and_preformatted() -> None:
    lead, _kp, _ = split(
        "<p>First<br><br>Second<br>same</p><blockquote>Quoted</blockquote>"
        "<pre>code   block</pre>")
    assert lead == ("First", "Second same", "Quoted", "code   block")


@pytest.mark.parametrize("html", ["", "   ", "<!-- only a comment -->", "<script>x</script>"])
def test_empty_input(html: str) -> None:
    assert split(html) == ((), None, ())


def test_deep_nesting_does_not_recurse() -> None:
    html = "<div>" * 3000 + "<p>deep</p>" + "</div>" * 3000
    assert split(html)[0] == ("deep",)


def test_large_live_blog_keeps_every_update() -> None:
    html = "<p>Lead.</p>" + "".join(
        f"<article><h2><time>{i % 24:02d}:{i % 60:02d}</time> Update {i}</h2>"
        f"<p>Body {i} <em>x</em>.</p><p>More.</p></article>" for i in range(2000))
    lead, _kp, sections = split(html)
    assert lead == ("Lead.",) and len(sections) == 2000
    assert sections[1999] == Section("Update 1999", "07:19", ("Body 1999 x.", "More."))


@given(st.lists(st.sampled_from(
    [*"<>/ab=\"' &;#xp\n\t\x1b\u202e\u00a0", "<p>", "<h2>", "<li>", "<time>", "</p>"]),
    max_size=120).map("".join))
def test_any_input_gives_clean_lines(html: str) -> None:
    lead, key_points, sections = split(html)
    texts = [*lead, *(key_points.items if key_points else ())]
    for section in sections:
        texts.extend((section.heading, *section.paragraphs))
    for text in texts:
        assert text and text == text.strip(" ")
        assert not any(unicodedata.category(c) == "Cc" for c in text)
        assert "\u202e" not in text


# --- kinds and links ------------------------------------------------------------------------

P, H, LI, Q, CODE, IMG = (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.ITEM,
                          BlockKind.QUOTE, BlockKind.CODE, BlockKind.IMAGE)


def test_plain_paragraphs_have_no_kinds_and_no_links() -> None:
    parts = html_to_parts("<p>One.</p><p>Two <b>bold</b>.</p>")
    assert parts.lead == ("One.", "Two bold.")
    assert parts.lead_kinds == () and parts.links == ()


def test_lists_nested_and_ordered() -> None:
    parts = html_to_parts(
        "<p>Menu:</p><ul><li>Soup<ul><li>Leek</li><li><p>Fish</p></li></ul></li>"
        "<li>Bread</li></ul><ol start='4'><li>Fourth</li><li><p>Fifth</p><p>more</p></li></ol>"
        "<ol><li></li></ol><ul><li>Not numbered</li></ul>")
    assert parts.lead == ("Menu:", "Soup", "Leek", "Fish", "Bread", "4. Fourth", "5. Fifth",
                          "more", "Not numbered")
    assert parts.lead_kinds == (P, LI, LI, LI, LI, LI, LI, LI, LI)


def test_quote_code_and_heading_kinds() -> None:
    parts = html_to_parts(
        "<h3>How to</h3><blockquote><p>First said.</p><p>Then  said.</p></blockquote>"
        "<pre>\n<code>def tide(hour):\n    if hour &gt; 6:\n\treturn 'high'   \n\n\n</code></pre>"
        "<p>After.</p>")
    assert parts.lead == (
        "How to", "First said.", "Then said.",
        "def tide(hour):\n    if hour > 6:\n        return 'high'", "After.")
    assert parts.lead_kinds == (H, Q, Q, CODE, P)


def test_code_keeps_text_but_not_controls() -> None:
    parts = html_to_parts("<pre>a\x1b[2J\u202e  b\r\n  c</pre>")
    assert parts.lead == ("a[2J  b\n  c",) and parts.lead_kinds == (CODE,)


def test_images_as_their_alt_text() -> None:
    parts = html_to_parts(
        "<figure><img src='a.jpg' alt='Gulls over the pier'><figcaption>At dawn.</figcaption>"
        "</figure><p><img src='b.jpg'> Text after a bare image.</p>"
        "<p>Sunny <img src='sun.png' alt='☀'> day, <img src='m.png' alt='a small map'> here.</p>"
        "<img src='pixel.gif' width='1' height='1'><img src='rule.png' alt=''>"
        "<h2><img src='icon.png' alt='live'>Heading</h2>")
    assert parts.lead == ("Gulls over the pier", "At dawn.", "image", "Text after a bare image.",
                          "Sunny ☀ day, [image: a small map] here.", "Heading")
    assert parts.lead_kinds == (IMG, P, IMG, P, P, H)


def test_links_numbered_deduplicated_resolved_and_unsafe_ones_dropped() -> None:
    parts = html_to_parts(
        "<p>Read <a href='../report.html'>the report</a>, "
        "<a href='javascript:alert(1)'>click</a>, <a href='data:text/html,x'>data</a>, "
        "<a href='file:///etc/passwd'>file</a>, <a href='mailto:desk@example.org'>mail</a>.</p>"
        "<p>Again <a href=' /docs/../report.html\n'>the same report</a> and "
        "<a href='https://other.example.com/a b'>another</a>.</p>"
        "<p><a href='#top'>Top</a> <a href='page.html#comments'>Comments</a> "
        "<a href='https://x.example/'></a><a href='http://[broken'>broken</a></p>",
        "https://news.example.org/world/page.html")
    assert parts.lead == (
        "Read the report [1], click, data, file, mail.",
        "Again the same report [1] and another [2].",
        "Top Comments broken",
    )
    assert parts.links == ("https://news.example.org/report.html",
                           "https://other.example.com/a%20b")


def test_relative_links_need_a_base() -> None:
    parts = html_to_parts("<p><a href='/a'>relative</a> <a href='https://x.example/b'>abs</a></p>")
    assert parts.lead == ("relative abs [1]",) and parts.links == ("https://x.example/b",)


def test_a_link_showing_its_own_address_is_not_numbered() -> None:
    parts = html_to_parts(
        "<p>See <a href='https://www.tides.example/table/'>https://www.tides.example/table/</a>,"
        " <a href='https://tides.example/table'>tides.example/table</a>, "
        "<a href='https://tides.example/table/2031/september'>tides.example/table/20…</a> and "
        "<a href='https://tides.example/x'>tides</a>.</p>")
    assert parts.lead == (
        "See https://www.tides.example/table/, tides.example/table, tides.example/table/20… "
        "and tides [1].",)
    assert parts.links == ("https://tides.example/x",)


def test_a_link_around_blocks_is_numbered_after_their_last_words() -> None:
    parts = html_to_parts(
        "<a href='https://x.example/story'><div><h4>Card title</h4><p>Teaser.</p></div></a>"
        "<a href='https://x.example/photo'><img src='p.jpg' alt='Photo'></a>"
        "<p>Lead <a href='https://x.example/p'>in <b>bold</b><br><br>and on</a> two lines.</p>")
    assert parts.lead == (
        "Card title", "Teaser. [1]", "Photo", "Lead in bold", "and on [2] two lines.")
    assert parts.lead_kinds == (H, P, IMG, P, P)
    assert parts.links == ("https://x.example/story", "https://x.example/p")


def test_input_cannot_fake_a_link_mark() -> None:
    fake = "\ue0000\ue001"
    parts = html_to_parts(
        f"<p>Fake{fake} mark <a href='https://x.example/'>real</a></p><pre>{fake}x</pre>"
        f"<p><img alt='{fake}alt'></p>")
    assert parts.lead == ("Fake0 mark real [1]", "0x", "0alt")
    assert parts.links == ("https://x.example/",)


def test_live_blog_sections_with_lists_and_links_numbered_in_reading_order() -> None:
    html = (
        "<p>Lead with <a href='/lead'>a link</a>.</p>"
        "<h3>Key points</h3><ul><li><a href='/box'>Boxed</a> point</li><li>Plain</li></ul>"
        "<h2><time>11:00</time> <a href='/head'>Linked heading</a></h2>"
        "<p>See <a href='/s1'>one</a>.</p><ul><li>Item <a href='/lead'>again</a></li></ul>"
        "<h2><time>10:00</time> Second</h2><blockquote>Quote <a href='/s2'>two</a></blockquote>"
    )
    parts = html_to_parts(html, "https://live.example/blog/")
    assert parts.lead == ("Lead with a link [1].",)
    assert parts.key_points == KeyPoints("Key points", ("Boxed [2] point", "Plain"))
    assert parts.sections == (
        Section("Linked heading", "11:00", ("See one [3].", "Item again [1]"), (P, LI)),
        Section("Second", "10:00", ("Quote two [4]",), (Q,)),
    )
    assert parts.links == tuple(
        f"https://live.example/{p}" for p in ("lead", "box", "s1", "s2"))
    assert parts.sections[0].kind_of(5) is P


def test_five_thousand_sections_with_lists_and_links() -> None:
    html = "".join(
        f"<h2><time>{i % 24:02d}:{i % 60:02d}</time> Update {i}</h2>"
        f"<p>Body <a href='https://x.example/{i % 50}'>link</a>.</p><ul><li>a</li><li>b</li></ul>"
        for i in range(5000))
    parts = html_to_parts(html)
    assert len(parts.sections) == 5000 and len(parts.links) == 50
    assert parts.sections[4999] == Section(
        "Update 4999", "07:19", ("Body link [50].", "a", "b"), (P, LI, LI))


# --- parse_html_page -----------------------------------------------------------------------


def test_page_with_live_blog_json_ld() -> None:
    doc, article = page("liveblog_jsonld.html")
    assert doc.warnings == ()
    assert article.title == "Liveticker: Sturm „Ilse“ über Nordhafen"
    assert article.outlet == "Nordhafener Bote"
    assert article.source_link == "https://bote.example.de/live/sturm-ilse"
    assert article.guid == article.source_link
    assert article.author == "Greta Lindqvist"
    assert article.published == datetime(2031, 11, 3, 5, 0, tzinfo=UTC)
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
    assert article.published == datetime(2031, 12, 8, 16, 0, tzinfo=UTC)
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
    assert article.published == datetime(2031, 2, 17, 9, 30, tzinfo=UTC)
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


def test_page_links_resolve_against_base_tag_and_json_ld_updates_number_in_order() -> None:
    html = """<html><head><base href="/desk/">
    <script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Regatta live",
     "liveBlogUpdate": [
      {"headline": "Finish", "datePublished": "2031-07-05T15:30:00Z",
       "articleBody": "<p>Winner: <a href='results.html'>results</a></p><ul><li>Crew A</li></ul>"},
      {"headline": "Start", "datePublished": "2031-07-05T11:00:00Z",
       "articleBody": "<p>Off they go, <a href='/course'>course map</a>.</p>"}]}
    </script></head><body>
    <p>Follow <a href="course.html">the course</a>.</p>
    <h2><time>15:30</time> Finish</h2><p>Markup copy <a href="/only-in-markup">lost</a>.</p>
    <h2><time>11:00</time> Start</h2><p>Off.</p></body></html>"""
    article = parse_html_page(html.encode(), "https://sail.example/2031/regatta.html").articles[0]
    assert article.lead == ("Follow the course [1].",)
    assert article.sections == (
        Section("Finish", "15:30", ("Winner: results [2]", "Crew A"), (BlockKind.PARAGRAPH,
                                                                     BlockKind.ITEM)),
        Section("Start", "11:00", ("Off they go, course map [3].",)),
    )
    # The markup's own sections were replaced: their link is not listed.
    assert article.links == ("https://sail.example/desk/course.html",
                             "https://sail.example/desk/results.html",
                             "https://sail.example/course")


def test_saved_page_without_base_url_resolves_against_its_canonical_link() -> None:
    html = (b'<link rel="canonical" href="https://post.example.com/news/a.html">'
            b'<h1>T</h1><p>See <a href="b.html">b</a>.</p>')
    article = parse_html_page(html).articles[0]
    assert article.lead == ("See b [1].",)
    assert article.links == ("https://post.example.com/news/b.html",)
