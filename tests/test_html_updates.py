"""Live-blog updates in HTML by their shape (wrappers, times before, in or after the
heading, updates without a heading) and furniture inside feed HTML: invented fragments."""

from __future__ import annotations

import pytest

from reader.model import BlockKind, KeyPoints, Section
from reader.parse.html import html_to_parts
from reader.parse.html_blocks import Block
from reader.parse.html_furniture import is_chrome_line


def sections_of(html: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    return [(s.time, s.heading, s.paragraphs) for s in html_to_parts(html).sections]


# --- wrappers -------------------------------------------------------------------------------

_WRAPPED = {
    "span before h3": "<div class='u'><span class='t'>{t}</span><h3>{h}</h3><p>{p}</p></div>",
    "p.meta before h2": "<div class='e'><p class='meta'>{t}</p><h2>{h}</h2><p>{p}</p></div>",
    "time in a head div": "<article><div class='m'><time>{t}</time></div><h2>{h}</h2>"
                          "<div class='b'><p>{p}</p></div></article>",
    "header time and h2": "<article><header><time>{t}</time><h2>{h}</h2></header><p>{p}</p>"
                          "</article>",
    "time in the heading": "<section class='p'><h3><span>{t}</span> {h}</h3><p>{p}</p></section>",
    "time after the heading": "<div class='x'><h4>{h}</h4><p class='when'>{t}</p><p>{p}</p></div>",
    "time with a byline": "<div class='x'><p><b>{t}</b> Ana Ruiz</p><h3>{h}</h3><p>{p}</p></div>",
    "posted at, by": "<div class='x'><p>Posted at <time>{t}</time> by Jo Park</p><h2>{h}</h2>"
                     "<p>{p}</p></div>",
    "trailing time": "<div class='x'><h3>{h} ({t})</h3><p>{p}</p></div>",
}


@pytest.mark.parametrize("shape", sorted(_WRAPPED))
def test_each_wrapper_is_an_update_whatever_holds_its_time(shape: str) -> None:
    post = _WRAPPED[shape]
    html = "<p>Lead of the day.</p>" + "".join(post.format(t=t, h=h, p=p) for t, h, p in (
        ("18:20", "Pier reopens", "The pier reopened to walkers at six."),
        ("17:05", "Wind drops", "Gusts fell below forty miles an hour."),
        ("15:40", "Ferries held", "All crossings were held in port."),
    ))
    parts = html_to_parts(html)
    assert parts.lead == ("Lead of the day.",)
    assert [(s.time, s.heading, s.paragraphs) for s in parts.sections] == [
        ("18:20", "Pier reopens", ("The pier reopened to walkers at six.",)),
        ("17:05", "Wind drops", ("Gusts fell below forty miles an hour.",)),
        ("15:40", "Ferries held", ("All crossings were held in port.",)),
    ]


def test_an_update_without_a_heading_is_its_own_section() -> None:
    html = (
        "<p>Lead.</p><div class='feed'>"
        "<div class='item'><span>21:15</span><h3>Count finished</h3><p>All boxes are in.</p></div>"
        "<div class='item'><span>20:48</span><p>Turnout was 58 per cent in the east ward.</p>"
        "<p>That is up four points.</p></div>"
        "<div class='item'><span>20:02</span><h3>Polls close</h3><p>Counting starts.</p></div>"
        "</div>")
    assert sections_of(html) == [
        ("21:15", "Count finished", ("All boxes are in.",)),
        ("20:48", "", ("Turnout was 58 per cent in the east ward.", "That is up four points.")),
        ("20:02", "Polls close", ("Counting starts.",)),
    ]


def test_untitled_updates_with_relative_times() -> None:
    html = "<p>Lead.</p>" + "".join(
        f"<article><span>{t}</span><p>{p}</p></article>" for t, p in (
            ("Il y a 5 min", "Les pompiers sont sur place depuis une heure."),
            ("Il y a 20 min", "La route est coupée dans les deux sens."),
            ("Il y a 1 heure", "Un incendie s’est déclaré dans un entrepôt.")))
    assert [(t, h) for t, h, _p in sections_of(html)] == [
        ("Il y a 5 min", ""), ("Il y a 20 min", ""), ("Il y a 1 heure", "")]


def test_a_pinned_post_in_a_container_of_its_own() -> None:
    post = "<section class='entry'>{label}<time>{t}</time><h2>{h}</h2><p>{h} text.</p></section>"
    html = ("<p>Lead.</p><div class='pinned'>"
            + post.format(label="<p>Pinned</p>", t="08:00", h="Welcome") + "</div><div>"
            + "".join(post.format(label="", t=t, h=h) for t, h in (("12:00", "Noon"),
                                                                  ("11:00", "Eleven")))
            + "</div>")
    assert sections_of(html) == [("08:00", "Welcome", ("Welcome text.",)),
                                 ("12:00", "Noon", ("Noon text.",)),
                                 ("11:00", "Eleven", ("Eleven text.",))]


def test_ordered_list_of_posts_loses_its_item_numbers() -> None:
    html = (
        "<p>Lead.</p><ol class='stream'>"
        "<li><p class='ora'>08.15</p><h3>Strade riaperte</h3><p>La tangenziale è di nuovo "
        "aperta.</p><ul><li>Uscita nord</li><li>Uscita sud</li></ul></li>"
        "<li><p class='ora'>07.40</p><h3>Autobus in ritardo</h3><p>Venti minuti su ogni "
        "linea.</p></li></ol>")
    parts = html_to_parts(html)
    assert parts.sections == (
        Section("Strade riaperte", "08.15", (
            "La tangenziale è di nuovo aperta.", "Uscita nord", "Uscita sud"),
            (BlockKind.PARAGRAPH, BlockKind.ITEM, BlockKind.ITEM)),
        Section("Autobus in ritardo", "07.40", ("Venti minuti su ogni linea.",)),
    )


def test_a_label_over_the_time_and_a_closing_time() -> None:
    html = (
        "<article class='post'><p>Pinned</p><time>09:00</time><h2>Welcome</h2>"
        "<p>We follow the regatta all day.</p></article>"
        "<article class='post'><h2>Race one won</h2><p>A local crew won by a length.</p>"
        "<footer><time>11:30</time></footer></article>"
        "<article class='post'><h2>Start delayed</h2><p>Too little wind at the line.</p>"
        "<footer><time>10:10</time></footer></article>")
    assert sections_of(html) == [
        ("09:00", "Welcome", ("We follow the regatta all day.",)),
        ("11:30", "Race one won", ("A local crew won by a length.",)),
        ("10:10", "Start delayed", ("Too little wind at the line.",)),
    ]


def test_what_stands_between_updates_stays_with_the_one_before() -> None:
    html = (
        "<div class='u'><time>12:00</time><h2>Noon</h2><p>A.</p></div>"
        "<p>A note between two posts, kept with the first.</p>"
        "<div class='u'><time>11:00</time><h2>Eleven</h2><p>B.</p></div>")
    assert sections_of(html) == [
        ("12:00", "Noon", ("A.", "A note between two posts, kept with the first.")),
        ("11:00", "Eleven", ("B.",)),
    ]


def test_innermost_wrappers_win_over_pages_of_posts() -> None:
    post = "<div class='post'><time>{t}</time><h3>{h}</h3><p>Text {h}.</p></div>"
    page = "<div class='page'>{}</div>"
    html = (page.format(post.format(t="10:00", h="D") + post.format(t="09:00", h="C"))
            + page.format(post.format(t="08:00", h="B") + post.format(t="07:00", h="A")))
    assert [(t, h) for t, h, _p in sections_of(html)] == [
        ("10:00", "D"), ("09:00", "C"), ("08:00", "B"), ("07:00", "A")]


# --- no updates where there are none ------------------------------------------------------


def test_chapters_and_programmes_are_no_live_blog() -> None:
    chapters = "".join(
        f"<section><h2>{h}</h2><p>Text of the chapter about {h.lower()}.</p></section>"
        for h in ("The old mill", "10.50 euros a sack", "What comes next"))
    programme = ("<ul>" + "".join(f"<li><p>{t}</p><p>Stalls and music on the quay for "
                                  "everyone in town.</p></li>" for t in ("10:00", "12:30"))
                 + "</ul>")
    table = "<table><tr><td>Line 4</td><td>9:12</td></tr><tr><td>Line 7</td><td>9:40</td></tr>"
    parts = html_to_parts(chapters + programme + table + "</table>")
    assert parts.sections == () and parts.lead[0] == "The old mill"
    assert "10.50 euros a sack" in parts.lead and "9:40" in parts.lead


def test_two_timed_comments_and_teaser_cards_are_no_updates() -> None:
    comments = "".join(
        f"<div class='c'><span>{t}</span><p>{p}</p></div>" for t, p in (
            ("14:32", "Great piece, thanks for writing it up so clearly."),
            ("14:40", "I disagree with most of it, to be honest.")))
    cards = "".join(
        f"<div class='card'><time>{t}</time><h3><a href='https://x.example/{n}'>Story {n}</a>"
        f"</h3><p>Teaser {n}.</p></div>" for n, t in ((1, "13:10"), (2, "12:05")))
    for html in (comments, cards):
        parts = html_to_parts("<p>The story itself.</p>" + html)
        assert parts.sections == (), html


def test_permalink_headings_are_still_updates() -> None:
    post = ("<div class='post'><time>{t}</time><h2><a href='https://live.example/b#{n}'>{h}"
            "</a></h2><p>Text.</p></div>")
    html = post.format(t="10:00", n="p2", h="Second") + post.format(t="09:00", n="p1", h="First")
    assert [(t, h) for t, h, _p in sections_of(html)] == [("10:00", "Second"), ("09:00", "First")]


# --- flat updates (no wrappers) -------------------------------------------------------------


def test_time_after_each_heading() -> None:
    html = (
        "<p>Le conseil examine le budget.</p>"
        "<h3>Budget adopté</h3><p class='heure'><time>21h05</time></p><p>Par 20 voix.</p>"
        "<h3>Ouverture</h3><p class='heure'><time>19h30</time></p><p>La séance s’ouvre.</p>"
        "<p>Salle comble.</p>")
    parts = html_to_parts(html)
    assert parts.lead == ("Le conseil examine le budget.",)
    assert [(s.time, s.heading, s.paragraphs) for s in parts.sections] == [
        ("21h05", "Budget adopté", ("Par 20 voix.",)),
        ("19h30", "Ouverture", ("La séance s’ouvre.", "Salle comble.")),
    ]


@pytest.mark.parametrize(("heading", "time", "title"), [
    ("<b>17h05</b> – Fin du match", "17h05", "Fin du match"),
    ("<time>21.10</time> – Si parte", "21.10", "Si parte"),
    ("Final whistle — <time>21:50</time>", "21:50", "Final whistle"),
    ("<span>9:05 am</span>: Doors open", "9:05 am", "Doors open"),
])
def test_time_and_separator_taken_out_of_the_heading(heading: str, time: str, title: str) -> None:
    html = f"<h2>{heading}</h2><p>One.</p><h2><time>08:00</time> Earlier</h2><p>Two.</p>"
    assert sections_of(html)[0] == (time, title, ("One.",))


def test_a_time_alone_between_flat_updates_opens_an_untitled_one() -> None:
    html = (
        "<p>Lead.</p><p>21:05</p><h2>Results are in</h2><p>The count is done.</p>"
        "<p>20:40</p><p>Turnout reached 61 per cent.</p>"
        "<p>20:10</p><h2>Polls close</h2><p>Counting begins.</p>")
    assert sections_of(html) == [
        ("21:05", "Results are in", ("The count is done.",)),
        ("20:40", "", ("Turnout reached 61 per cent.",)),
        ("20:10", "Polls close", ("Counting begins.",)),
    ]


def test_numbers_opening_subheadings_are_no_times() -> None:
    html = ("<p>Intro.</p><h2>2024: a year of records</h2><p>a</p>"
            "<h2>10.50 euros for a ticket</h2><p>b</p><h2>9:30 am, the verdict</h2><p>c</p>"
            "<h2>What comes next</h2><p>d</p>")
    parts = html_to_parts(html)
    assert parts.sections == ()
    assert parts.lead[3] == "10.50 euros for a ticket"


# --- furniture in feed HTML -------------------------------------------------------------------


def test_feed_html_furniture_goes_and_new_quotes_stay() -> None:
    html = (
        "<p>The mayor said the new bridge would be ready by the summer of next year at the "
        "latest.</p>"
        "<blockquote><p>“Ready by the summer of next year”</p></blockquote>"
        "<p><em>Lire aussi :</em> <a href='https://x.example/a'>Le pont de 1931</a></p>"
        "<p>Others doubt it.</p>"
        "<blockquote><p>“We have heard that before,” a resident said.</p></blockquote>"
        "<figure><img src='x.jpg' alt=''><figcaption>The old bridge.</figcaption></figure>"
        "<p>Advertisement</p><p><a href='https://x.example/more'>Load more</a></p>"
        "<h3>Related</h3><ul><li><a href='https://x.example/1'>Bridges of the valley</a></li>"
        "<li><a href='https://x.example/2'>The ferry years</a></li></ul>"
        "<div><h4>About the author</h4><p>Ivo Marsh covers the valley.</p></div>")
    parts = html_to_parts(html)
    assert parts.lead == (
        "The mayor said the new bridge would be ready by the summer of next year at the latest.",
        "Others doubt it.", "“We have heard that before,” a resident said.")
    assert parts.links == ()


def test_a_captioned_image_keeps_its_caption_in_feed_html() -> None:
    parts = html_to_parts("<figure><img src='a.jpg' alt='The quay'><figcaption>At dawn."
                          "</figcaption></figure><p>Text.</p>")
    assert parts.lead == ("The quay", "At dawn.", "Text.")


def test_a_small_key_points_aside_is_no_pull_quote() -> None:
    html = ("<p>All ferries are cancelled until Thursday, the harbour office said today.</p>"
            "<aside class='key-points'><h3>Key points</h3><ul><li>All ferries are cancelled "
            "until Thursday</li></ul></aside>"
            "<h2><time>10:00</time> Update</h2><p>x</p>")
    parts = html_to_parts(html)
    assert parts.key_points == KeyPoints("Key points", (
        "All ferries are cancelled until Thursday",))


def test_many_wrapped_updates_stay_linear() -> None:
    html = "<p>Lead.</p>" + "".join(
        f"<div class='u'><span>{i % 24:02d}:{i % 60:02d}</span>"
        + (f"<h3>Update {i}</h3>" if i % 3 else "")
        + f"<p>Body {i}.</p><blockquote><p>Quote {i} with four words.</p></blockquote></div>"
        for i in range(3000))
    parts = html_to_parts(html)
    assert len(parts.sections) == 3000
    assert parts.sections[2997] == Section("", "21:57", (
        "Body 2997.", "Quote 2997 with four words."), (BlockKind.PARAGRAPH, BlockKind.QUOTE))
    assert parts.sections[2999].heading == "Update 2999"


@pytest.mark.parametrize(("line", "linked", "chrome"), [
    ("Advertisement", 0, True), ("Anzeige", 0, True), ("Publicidad", 0, True),
    ("Load earlier updates", 0, True), ("Afficher plus", 0, True), ("Carica altri post", 0, True),
    ("FacebookXWhatsApp", 0, True), ("Facebook | X | E-mail", 0, True), ("Messenger", 8, True),
    ("Foto: Tagblatt/Ludwig Brenner", 0, True), ("LEGGI ANCHE: Dieci anni fa", 18, True),
    ("Te puede interesarAsí fue el incendio", 19, True), ("Lee también El comercio", 11, True),
    ("Messenger", 0, False), ("Advertisement revenue fell by a third last year.", 0, False),
    ("Load shedding continued all evening in the east.", 0, False),
    ("Te puede interesar saber que el museo abre el lunes.", 0, False),
    ("Photo: the minister at the harbour, taken on Monday by our own reporter there", 0, False),
])
def test_chrome_lines_of_many_kinds(line: str, linked: int, chrome: bool) -> None:
    assert is_chrome_line(Block("p", line, line, link_chars=linked)) is chrome
