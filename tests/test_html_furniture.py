"""Saved pages: the article is found and site furniture stays out of it (invented pages)."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from reader.model import Article, BlockKind, KeyPoints, Section
from reader.parse.html import parse_html_page
from reader.parse.html_blocks import Block
from reader.parse.html_furniture import is_chrome_line, is_noise_name, names_of
from reader.parse.html_links import CLOSE, OPEN

DATA = Path(__file__).parent / "data" / "html"


def page(name: str) -> Article:
    doc = parse_html_page((DATA / name).read_bytes(), "https://saved.example.net/p.html")
    assert len(doc.articles) == 1
    return doc.articles[0]


def article_of(html: str) -> Article:
    return parse_html_page(html.encode()).articles[0]


def every_text(article: Article) -> list[str]:
    texts = [*article.lead]
    if article.key_points:
        texts += [article.key_points.title, *article.key_points.items]
    for section in article.sections:
        texts += [section.heading, *section.paragraphs]
    return texts


# --- the content region of a page without <main> or a single <article> ---------------------


def test_page_without_main_keeps_only_the_story() -> None:
    article = page("furniture_no_main.html")
    assert article.lead == ("Crews on the island ferries walked out again at dawn. No sailings "
                            "are planned before Thursday.",)
    assert article.key_points == KeyPoints("Key points", (
        "All island sailings cancelled until Thursday",
        "Talks resume at the harbour office at 3pm"))
    assert article.sections == (
        Section("Talks adjourned without a deal", "16:40", (
            "Both sides left the harbour office after two hours. They will meet again tomorrow.",)),
        Section("Shuttle buses for island pupils", "12:05", (
            "The council has hired four coaches to take pupils to the mainland college by the "
            "causeway.",)),
        Section("Picket line at the slipway", "06:15", (
            "About forty crew members gathered at the slipway before the first sailing.",)),
    )
    shown = " ".join(every_text(article))
    for furniture in ("cookies", "Accept", "Log in", "Transport", "Most read", "Lighthouse",
                      "1 pound", "Morning Tide", "newsletter", "Privacy"):
        assert furniture not in shown
    assert article.links == ()  # every link was furniture


def test_a_wrapper_named_like_furniture_is_still_the_page() -> None:
    body = "".join(f"<p>Paragraph {i} of the harbour story, long enough to count.</p>"
                   for i in range(6))
    for wrapper in ('<div class="page has-sidebar">', '<div id="sidebar-layout">',
                    '<div class="share-enabled">', '<div class="content-with-ads">'):
        article = article_of(f"<html><body>{wrapper}<h1>Harbour</h1>{body}</div></body></html>")
        assert len(article.lead) == 6, wrapper


def test_a_teaser_card_article_is_not_taken_for_the_story() -> None:
    html = (
        "<body><div class='story'><h1>Tide mill reopens</h1>"
        + "".join(f"<p>The restored tide mill ground its first flour on day {i}.</p>"
                  for i in range(5))
        + "</div><div class='more'><article><h3><a href='/x'>Other story</a></h3>"
          "<p>Teaser.</p></article></div></body>")
    article = article_of(html)
    assert article.lead[:5] == tuple(
        f"The restored tide mill ground its first flour on day {i}." for i in range(5))


def test_key_points_in_a_complementary_box_survive() -> None:
    html = (
        "<body><div class='col'><h1>Regatta live</h1><p>Lead of the regatta.</p>"
        "<aside role='complementary'><h2>Key events</h2><ul><li>Start delayed</li>"
        "<li>Wind at 18 knots</li></ul></aside>"
        "<h2><time>14:00</time> Race two starts</h2><p>The fleet is away.</p>"
        "<h2><time>12:00</time> Race one won</h2><p>A local crew won.</p></div></body>")
    article = article_of(html)
    assert article.key_points == KeyPoints("Key events", ("Start delayed", "Wind at 18 knots"))
    assert [s.heading for s in article.sections] == ["Race two starts", "Race one won"]


def test_update_headers_are_not_the_site_header() -> None:
    post = ("<div class='post'><header><time>{t}</time><h2>{h}</h2></header>"
            "<p>{p}</p></div>")
    html = ("<body><header><a href='/'>Gazette</a></header><div class='live'><p>Lead.</p>"
            + post.format(t="09:30", h="Bridge shut", p="The bridge is shut.")
            + post.format(t="08:10", h="Fog warning", p="Fog over the estuary.")
            + "</div></body>")
    article = article_of(html)
    assert article.lead == ("Lead.",)
    assert article.sections == (Section("Bridge shut", "09:30", ("The bridge is shut.",)),
                                Section("Fog warning", "08:10", ("Fog over the estuary.",)))


def test_a_site_header_with_the_site_name_in_an_h1_stays_out() -> None:
    html = ("<head><meta property='og:title' content='Quarry pond reopens'></head><body>"
            "<header><h1>The Dale Gazette</h1><p>Since 1888</p></header><div class='content'>"
            "<h2>Quarry pond reopens</h2><p>Swimmers are back at the quarry pond.</p></div></body>")
    article = article_of(html)
    assert article.title == "Quarry pond reopens"
    assert article.lead == ("Swimmers are back at the quarry pond.",)


def test_a_page_wrapped_in_a_form_keeps_its_text_but_not_its_small_forms() -> None:
    # Forms do not nest: the sign-up box is a form of its own beside the page's.
    html = ("<body><form class='signup'><label>Your email</label><input></form>"
            "<form id='pageForm'><div class='content'><h1>Ferry timetable</h1>"
            "<p>The winter timetable starts on Monday.</p>"
            "<p>Sailings leave every two hours.</p></div></form></body>")
    assert article_of(html).lead == ("The winter timetable starts on Monday.",
                                     "Sailings leave every two hours.")


# --- chrome inside the article -------------------------------------------------------------


def test_chrome_inside_the_article_is_dropped_and_the_byline_gives_the_author() -> None:
    article = page("furniture_in_article.html")
    assert article.author == "Ned Ashworth"
    assert article.lead == (
        "The parish council turned down a plan to turn the mill into flats.",
        "Councillors voted seven to two on Thursday night to keep the old cider mill in "
        "community hands.",
        "Shareholders of the mill cooperative will share the upkeep, and a newsletter will keep "
        "members informed.",
        "What happens next",
        "Volunteers will open the mill to visitors on the first Sunday of each month.",
    )
    assert article.links == ()


def test_metadata_author_beats_the_byline() -> None:
    html = ("<head><meta name='author' content='Meta Name'></head><body><article><header>"
            "<h1>T</h1><p class='byline'>By Other Name</p></header><p>Body.</p></article></body>")
    article = article_of(html)
    assert article.author == "Meta Name" and article.lead == ("Body.",)


def test_a_byline_line_without_a_class_in_the_header() -> None:
    html = ("<body><article><header><h1>T</h1><p>Par Jeanne Morel</p>"
            "<p><time>12 mars 2031</time></p></header><p>Texte.</p></article></body>")
    article = article_of(html)
    assert article.author == "Jeanne Morel" and article.lead == ("Texte.",)


def test_a_plain_article_keeps_everything() -> None:
    html = """<html><body><main><article>
    <h1>Seed library opens</h1>
    <p>The seed library will share its stock with every allotment in town.</p>
    <p>Sign-ups for the newsletter opened last week; 300 people subscribed on the first day.</p>
    <h2>How it works</h2>
    <ul><li>Borrow a packet</li><li>Grow the plants</li><li>Return seeds in autumn</li></ul>
    <ol><li>First step</li></ol>
    <blockquote><p>“Sharing seeds is sharing stories,” said the librarian.</p>
      <footer>— Mara Quill, librarian</footer></blockquote>
    <h3>Related history</h3>
    <p>Share prices of the old seed company fell in 1998; the social club bought its stock.</p>
    <pre>Opening hours: 9-5</pre>
    <p>Read more about it at the library desk, the organisers said.</p>
    </article></main></body></html>"""
    article = article_of(html)
    assert article.lead == (
        "The seed library will share its stock with every allotment in town.",
        "Sign-ups for the newsletter opened last week; 300 people subscribed on the first day.",
        "How it works", "Borrow a packet", "Grow the plants", "Return seeds in autumn",
        "1. First step",
        "“Sharing seeds is sharing stories,” said the librarian.", "— Mara Quill, librarian",
        "Related history",
        "Share prices of the old seed company fell in 1998; the social club bought its stock.",
        "Opening hours: 9-5",
        "Read more about it at the library desk, the organisers said.",
    )
    kinds = BlockKind
    assert article.lead_kinds == (
        kinds.PARAGRAPH, kinds.PARAGRAPH, kinds.HEADING, kinds.ITEM, kinds.ITEM, kinds.ITEM,
        kinds.ITEM, kinds.QUOTE, kinds.QUOTE, kinds.HEADING, kinds.PARAGRAPH, kinds.CODE,
        kinds.PARAGRAPH)


def test_paywalled_paragraphs_stay_and_the_prompt_goes() -> None:
    rest = " ".join(["The second half of the report sets out every cost of the new pier."] * 10)
    html = (f"<body><article><h1>Pier</h1><p>The open part.</p><div class='paywall'><p>{rest}</p>"
            "</div><div class='paywall-prompt'><p>You have reached your limit.</p>"
            "<a href='/subscribe'>See offers</a></div></article></body>")
    assert article_of(html).lead == ("The open part.", rest)


def test_the_byline_inside_a_header_meta_line_gives_the_author() -> None:
    html = ("<body><article><header><h1>T</h1><div class='article-meta'><span class='author-name'>"
            "Lena Voss</span> · <time>3. Mai 2031</time></div></header><p>Text.</p></article>"
            "</body>")
    article = article_of(html)
    assert article.author == "Lena Voss" and article.lead == ("Text.",)


def test_a_time_in_an_update_byline_still_goes_to_its_heading() -> None:
    post = ("<div class='post'><p class='byline'><time>{t}</time> Marta</p><h2>{h}</h2>"
            "<p>x</p></div>")
    html = ("<body><main><p>Lead.</p>" + post.format(t="10:45", h="A")
            + post.format(t="10:40", h="B") + "</main></body>")
    article = article_of(html)
    assert [(s.time, s.heading, s.paragraphs) for s in article.sections] == [
        ("10:45", "A", ("x",)), ("10:40", "B", ("x",))]


@pytest.mark.parametrize("line", [
    "Share this article", "Share on X", "Partager sur X Partager sur Facebook", "Teilen",
    "Topics: Economy, Rates", "Il vous reste 80 % de cet article à lire.", "Je m’abonne",
    "Subscribe to read", "Already a subscriber? Log in", "Sign up for our newsletter.",
    "Free daily newsletter: sign up for the morning briefing.", "Jetzt abonnieren",
])
def test_chrome_lines(line: str) -> None:
    assert is_chrome_line(Block("p", line, line))


@pytest.mark.parametrize("line", [
    "Share prices fell 3% on Monday.",
    "The newsletter, which 40,000 readers subscribe to, is free.",
    "Subscribers will pay more from May.", "Topics of the debate ranged from buses to bins, "
    "housing, schools, the library, the new pool and the old pier, as ever.",
    "Related to this, the minister said nothing.", "Share of the vote",
    "Il vous reste deux jours pour voter.", "Abbonati in calo del 5% quest’anno.",
])
def test_sentences_that_only_mention_chrome_words(line: str) -> None:
    assert not is_chrome_line(Block("p", line, line))


def test_read_also_needs_a_link() -> None:
    linked = f"Lire aussi : Les vergers{OPEN}0{CLOSE}"
    assert is_chrome_line(Block("p", linked, "Lire aussi : Les vergers"))
    assert not is_chrome_line(Block("p", "Lire aussi : les vergers", "Lire aussi : les vergers"))


@pytest.mark.parametrize(("attributes", "noise"), [
    ('class="cookie-banner"', True), ('id="consent-layer"', True), ('class="shareBar"', True),
    ('class="ad-slot"', True), ('class="most-read"', True), ('class="lire-aussi"', True),
    ('class="paywall-teaser"', True), ('role="navigation"', True), ('aria-label="Share"', True),
    ('class="newsletter-signup"', True), ('class="article-footer"', True),
    ('class="site-header"', True), ('id="masthead"', True),
    ('class="header-image"', False), ('class="entry-header"', False),
    ('class="shadow loading"', False), ('class="social-embed"', False),
    ('class="article-body paywall"', False), ('class="has-sidebar"', False),
    ('class="share-enabled"', False), ('class="key-events sidebar"', False),
    ('class="download thread"', False), ('class="teaser"', False), ('', False),
])
def test_furniture_names(attributes: str, noise: bool) -> None:
    node = LexborHTMLParser(f"<div {attributes}>x</div>").css_first("div")
    assert node is not None and is_noise_name(names_of(node)) is noise


# --- JSON-LD updates beside the page's own sections ----------------------------------------

_LD = """<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Count",
 "liveBlogUpdate": [%s]}</script>"""


def test_json_ld_update_without_headline_takes_the_page_heading_and_times() -> None:
    ld = _LD % (
        '{"datePublished": "2031-06-09T00:20:00+02:00", "articleBody": "Turnout is 54%."},'
        '{"headline": "Polls close", "datePublished": "2031-06-08T23:00:00+02:00",'
        ' "articleBody": "Counting starts."}')
    html = (f"<head>{ld}</head><body><main><h1>Count</h1><p>Lead.</p>"
            "<div><time>0.20am</time><h3>Final turnout at 54%</h3><p>Turnout is 54%.</p></div>"
            "<div><time>11pm</time><h3>Polls close</h3><p>Counting starts.</p>"
            "<p>The first boxes are on their way.</p></div></main></body>")
    article = article_of(html)
    assert article.lead == ("Lead.",)
    assert article.sections == (
        Section("Final turnout at 54%", "0.20am", ("Turnout is 54%.",)),
        # The page holds all of the update's text and more: the page's paragraphs.
        Section("Polls close", "11pm", ("Counting starts.", "The first boxes are on their way.")),
    )


def test_page_showing_more_updates_than_its_json_ld_keeps_them_all() -> None:
    ld = _LD % '{"headline": "Late", "datePublished": "2031-06-09T01:00:00Z", "articleBody": "L."}'
    html = (f"<head>{ld}</head><body><main><p>Lead.</p>"
            "<h2><time>01:00</time> Late</h2><p>L.</p><h2><time>00:00</time> Early</h2><p>E.</p>"
            "</main></body>")
    assert article_of(html).sections == (Section("Late", "01:00", ("L.",)),
                                         Section("Early", "00:00", ("E.",)))


def test_unmatched_json_ld_updates_replace_the_markup_sections() -> None:
    ld = _LD % '{"headline": "Only in JSON", "datePublished": "2031-06-09T01:00:00Z",' \
                ' "articleBody": "J."}'
    html = (f"<head>{ld}</head><body><main><p>Lead.</p><h2><time>9:00</time> Other</h2>"
            "<p>O.</p></main></body>")
    assert article_of(html).sections == (Section("Only in JSON", "01:00", ("J.",)),)


def test_a_large_page_with_chrome_in_every_update() -> None:
    posts = "".join(
        f"<div class='post'><h2><time>{i % 24:02d}:{i % 60:02d}</time> Update {i}</h2>"
        f"<p>Body {i}.</p><div class='share'><a href='https://s.example/{i}'>Share</a></div>"
        "</div>" for i in range(2000))
    html = (f"<body><div class='cookie-notice'><p>Cookies.</p></div><div id='live'>"
            f"<p>Lead.</p>{posts}</div></body>")
    article = article_of(html)
    assert article.lead == ("Lead.",) and len(article.sections) == 2000
    assert article.sections[1999] == Section("Update 1999", "07:19", ("Body 1999.",))
    assert article.links == ()
