"""Saved pages: the article's header (kicker, standfirst, byline), live blogs wrapped in
their own markup, plain articles with chapters, JSON-LD-only live blogs (invented pages)."""

from __future__ import annotations

from pathlib import Path

from reader.model import Article, BlockKind, KeyPoints, Section
from reader.parse.html import parse_html_page

DATA = Path(__file__).parent / "data" / "html"


def page(name: str) -> Article:
    return parse_html_page((DATA / name).read_bytes()).articles[0]


def article_of(html: str) -> Article:
    return parse_html_page(html.encode()).articles[0]


def every_text(article: Article) -> str:
    texts = [*article.lead]
    if article.key_points:
        texts += [article.key_points.title, *article.key_points.items]
    for section in article.sections:
        texts += [section.heading, *section.paragraphs]
    return "\n".join(texts)


def test_live_page_with_entry_wrappers() -> None:
    article = page("live_entries_page.html")
    assert article.caption == ("Engineers raise the new tidal gates for the first time, "
                               "watched by residents on the sea wall.")
    assert article.author == "Ruth Penhallow"
    assert article.lead == (
        "The four steel gates of the Saltmere barrier are being closed today in a full test, "
        "two years after building work began.",
        "The quay road is shut while the test runs.")
    assert article.key_points == KeyPoints("Key events", (
        "All four gates closed at 11.40am", "The quay road reopens at 2pm"))
    assert article.sections == (
        Section("Gates fully raised", "11:52", (
            "The last of the four gates locked into place at 11.40am, the harbour authority "
            "says.", "Water levels behind the barrier will be checked every ten minutes.")),
        Section("", "11:20", (
            "A reader sends word that the ferry to Oxholm has been held at the pier until the "
            "test ends.",)),
        Section("Crowd gathers on the sea wall", "10:47", (
            "Several hundred people are watching from the sea wall, some with flasks and "
            "folding chairs.",
            "“My grandfather lost his shop in the 1978 surge, so I had to see this,” said Ada "
            "Trewin, 71.",
            "Onlookers on the sea wall"), (BlockKind.PARAGRAPH, BlockKind.QUOTE,
                                           BlockKind.IMAGE)),
        Section("Test window confirmed", "10:05", (
            "The test will run until 2pm, when the tide turns.",)),
    )
    shown = every_text(article)
    for furniture in ("Live", "Home", "Advertisement", "Load more", "Read more", "Related",
                      "Pol Garrow", "Updated", "Saltmere's surge"):
        assert furniture not in shown


def test_plain_article_with_chapters_stays_plain() -> None:
    article = page("plain_chapters.html")
    assert article.sections == () and article.key_points is None
    assert article.caption == ("Händler und Stadtrat feiern am Samstag – ein Streit ums "
                               "Parken bleibt.")
    assert article.author == "Ilka Hallgren"
    assert article.lead == (
        "Ein Dach für vierzig Stände",
        "Die Markthalle am Brennecker Hafen öffnet am Samstag wieder, nachdem das Dach aus dem "
        "Jahr 1908 vollständig erneuert wurde.",
        "Vierzig Stände haben einen Mietvertrag unterschrieben, darunter zwölf neue.",
        "10.50 Euro für den Stellplatz",
        "Marktmeisterin Doris Ahlgrim sagt: „Wir haben zwei Jahre auf diesen Tag gewartet, und "
        "jetzt wird gefeiert.“",
        "Ein Stellplatz im Parkhaus kostet künftig 10.50 Euro am Tag, was viele Händler ärgert.",
        "„Unsere Kundschaft kommt mit dem Auto, ob es dem Rathaus passt oder nicht.“",
        "Käsehändler Bent Molzahn",
        "Das Programm am Samstag",
        "10:00 Eröffnung durch die Bürgermeisterin", "12:30 Blaskapelle Hafenklang",
        "15:00 Kinderflohmarkt im Innenhof",
        "Linie 4", "9:12", "Linie 7", "9:40",
    )
    shown = every_text(article)
    for furniture in ("Stadtleben", "Lesen Sie auch", "Über die Autorin", "seit 2019"):
        assert furniture not in shown


def test_header_kicker_standfirst_and_byline_around_a_bare_title() -> None:
    html = ("<body><main><nav class='x'><a href='/'>Home</a></nav><article>"
            "<p class='kicker'>LIVE</p><h1>Dam repairs</h1>"
            "<p class='sub'>Work on the spillway begins a month early.</p>"
            "<p>di <a href='/a/rossi'>Anna Rossi</a> — 4 marzo</p>"
            "<div class='text'><p>The spillway will be closed for six weeks.</p>"
            "<p>Walkers must use the upper path.</p></div></article></main></body>")
    article = article_of(html)
    assert article.lead == ("The spillway will be closed for six weeks.",
                            "Walkers must use the upper path.")
    assert article.caption == "Work on the spillway begins a month early."
    assert article.author == "Anna Rossi"


def test_a_first_paragraph_beside_the_title_is_no_standfirst() -> None:
    # No byline after it: the short paragraph opens the story, whatever its class.
    html = ("<body><article><h1>Dam repairs</h1><p class='intro'>Work on the spillway begins "
            "a month early.</p><div class='text'><p>It will be closed for six weeks.</p>"
            "<p>Walkers must use the upper path.</p></div></article></body>")
    article = article_of(html)
    assert article.lead[0] == "Work on the spillway begins a month early."
    assert article.caption is None


def test_a_header_with_two_paragraphs_is_the_story() -> None:
    html = ("<body><article><div class='top'><h1>Dam repairs</h1>"
            "<p>Work on the spillway begins a month early, the water board said.</p>"
            "<p>It will be closed for six weeks from Monday morning.</p></div>"
            "<div class='more'><p>Walkers must use the upper path.</p><p>Dogs on leads.</p>"
            "</div></article></body>")
    assert len(article_of(html).lead) == 4


def test_a_photo_inside_an_update_is_not_the_article_caption() -> None:
    post = ("<div class='post'><time>{t}</time><h2>{h}</h2><p>Text {h}.</p>{extra}</div>")
    figure = ("<figure><img src='a.jpg' alt='Sandbags'><figcaption>Sandbags on Mill Lane. "
              "Photo: K. Lund</figcaption></figure>")
    html = ("<body><main><h1>Floods live</h1><p>Lead.</p>"
            + post.format(t="10:00", h="B", extra=figure)
            + post.format(t="09:00", h="A", extra="") + "</main></body>")
    article = article_of(html)
    assert article.caption is None
    assert article.sections[0] == Section("B", "10:00", ("Text B.", "Sandbags"),
                                          (BlockKind.PARAGRAPH, BlockKind.IMAGE))


def test_json_ld_only_live_blog_keeps_the_page_lead() -> None:
    ld = """<script type="application/ld+json">{"@type": "LiveBlogPosting",
      "headline": "Count live", "description": "Updates from the count.",
      "liveBlogUpdate": [{"headline": "Result", "datePublished": "2032-05-03T02:18:00+01:00",
                          "articleBody": "Ward won by 212 votes.\\n\\nTurnout 31%."}]}</script>"""
    html = (f"<html><head>{ld}</head><body><article><h1>Count live</h1>"
            "<p>Counting is under way at the civic hall.</p><p>Five candidates stand.</p>"
            "<div id='live-root'></div></article></body></html>")
    article = article_of(html)
    assert article.lead == ("Counting is under way at the civic hall.", "Five candidates stand.")
    assert article.sections == (
        Section("Result", "02:18", ("Ward won by 212 votes.", "Turnout 31%.")),)
