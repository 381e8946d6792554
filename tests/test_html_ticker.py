"""Live blogs the update wrappers do not show: bold-time tickers, footer times, `<h4>`
updates with a byline meta line, a pinned post above the timeline, an ordered key-points
list, and the clutter inside them. Invented fragments and pages."""

from __future__ import annotations

from reader.model import Article, KeyPoints
from reader.parse.html import html_to_parts, parse_html_page


def sections_of(html: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    return [(s.time, s.heading, s.paragraphs) for s in html_to_parts(html).sections]


def article_of(html: str) -> Article:
    return parse_html_page(html.encode()).articles[0]


_TICKER = (
    "<div><p>A ferry ran aground off Brindle Point this morning.</p>"
    "<p>Follow the rescue here.</p>"
    "<p><strong>11:40</strong> All forty passengers are now ashore.</p>"
    "<p><strong>10:55</strong> A second lifeboat has reached the ferry.</p>"
    "<p class='rel'><strong>Leia também:</strong> <a href='https://x.test/a'>Older wrecks</a></p>"
    "<p><strong>10:12</strong> The coastguard confirms the ferry is stuck on a sandbank.</p>"
    "</div>")


def test_bold_time_paragraphs_are_untitled_updates() -> None:
    parts = html_to_parts(_TICKER)
    assert parts.lead == ("A ferry ran aground off Brindle Point this morning.",
                          "Follow the rescue here.")
    assert [(s.time, s.heading, s.paragraphs) for s in parts.sections] == [
        ("11:40", "", ("All forty passengers are now ashore.",)),
        ("10:55", "", ("A second lifeboat has reached the ferry.",)),
        ("10:12", "", ("The coastguard confirms the ferry is stuck on a sandbank.",)),
    ]


def test_bold_time_dash_heading_lines_head_the_paragraphs_after_them() -> None:
    html = ("<p>The final is under way.</p>"
            "<p><b>17:05</b> – Harbour FC lift the shield</p><p>It ends 3-2.</p>"
            "<p>The captain thanks the fans.</p>"
            "<p><b>16:20</b> – Second half</p><p>Both sides unchanged.</p>"
            "<p><b>15:30</b> — Kick-off</p><p>The match starts in light rain.</p>")
    assert sections_of(html) == [
        ("17:05", "Harbour FC lift the shield", ("It ends 3-2.", "The captain thanks the fans.")),
        ("16:20", "Second half", ("Both sides unchanged.",)),
        ("15:30", "Kick-off", ("The match starts in light rain.",)),
    ]


def test_two_bold_times_or_bold_lead_ins_or_dates_make_no_ticker() -> None:
    two = ("<p>Plain lead.</p><p><strong>09:00</strong> Doors open.</p>"
           "<p><strong>10:00</strong> Talks begin.</p><p>More text.</p>")
    lead_ins = "".join(f"<p><b>{w}:</b> The {w.lower()} plan was approved.</p>"
                       for w in ("Monday", "Tuesday", "Wednesday", "Thursday"))
    dates = "".join(f"<p><strong>{d}</strong> – Something happened that year.</p>"
                    for d in ("1998", "2004", "12 March 2011", "2019"))
    for html in (two, lead_ins, dates):
        parts = html_to_parts(html)
        assert parts.sections == ()
        assert len(parts.lead) >= 4


def test_section_updates_with_h4_and_a_byline_meta_line() -> None:
    post = ("<section class='e'><div class='k'><span>{t}</span> <span class='a'>von Ole Brandt"
            "</span></div>{h}<p>{p}</p></section>")
    html = "<p>Einleitung.</p><div>" + "".join(post.format(t=t, h=h, p=p) for t, h, p in (
        ("14:10", "<h4>Straße wieder frei</h4>", "Die Sperrung ist aufgehoben."),
        ("13:05", "", "Der Kran ist eingetroffen."),
        ("12:00", "<h4>Lkw umgekippt</h4>", "Auf der B12 liegt ein Lkw."),
    )) + "</div>"
    assert sections_of(html) == [
        ("14:10", "Straße wieder frei", ("Die Sperrung ist aufgehoben.",)),
        ("13:05", "", ("Der Kran ist eingetroffen.",)),
        ("12:00", "Lkw umgekippt", ("Auf der B12 liegt ein Lkw.",)),
    ]


def test_time_only_in_a_footer_after_the_update_text() -> None:
    item = ("<div class='item'>{h}<div class='txt'><p>{p}</p></div>"
            "<footer class='meta'><time datetime='2025-02-01T{t}'>{t}</time> · "
            "<a href='#'>Partager</a></footer></div>")
    html = ("<html><head><title>Crue de la Lisonne</title></head><body><main><article>"
            "<h1>Crue de la Lisonne</h1><p>La rivière est sortie de son lit.</p><div>"
            + "".join(item.format(h=h, p=p, t=t) for h, p, t in (
                ("<h2>La décrue commence</h2>", "Le niveau baisse depuis midi.", "14h20"),
                ("", "Les pompiers évacuent une ferme.", "12h05"),
                ("<h2>Alerte orange</h2>", "La préfecture relève la vigilance.", "09h40"),
            )) + "</div></article></main><footer><p>© Le Courrier</p></footer></body></html>")
    article = article_of(html)
    assert article.lead == ("La rivière est sortie de son lit.",)
    assert [(s.time, s.heading, s.paragraphs) for s in article.sections] == [
        ("14h20", "La décrue commence", ("Le niveau baisse depuis midi.",)),
        ("12h05", "", ("Les pompiers évacuent une ferme.",)),
        ("09h40", "Alerte orange", ("La préfecture relève la vigilance.",)),
    ]


def test_pinned_post_in_its_own_list_above_the_timeline() -> None:
    card = ("<li class='card'><div class='meta'>{badge}<time>{t}</time></div>"
            "<h2>{h}</h2><div class='body'><p>{h} today.</p></div></li>")
    html = ("<p>The bridge opens.</p><section class='pin'><p>Pinned post</p><ol>"
            + card.format(badge="<span>Pinned</span> ", t="07:30", h="Road closures")
            + "</ol></section><ol>"
            + "".join(card.format(badge="", t=t, h=h) for t, h in (
                ("12:00", "Ribbon cut"), ("10:30", "Crowds gather")))
            + "</ol>")
    parts = html_to_parts(html)
    assert parts.lead == ("The bridge opens.",)
    assert [(s.time, s.heading, s.paragraphs) for s in parts.sections] == [
        ("07:30", "Road closures", ("Road closures today.",)),
        ("12:00", "Ribbon cut", ("Ribbon cut today.",)),
        ("10:30", "Crowds gather", ("Crowds gather today.",)),
    ]


def test_a_lone_titled_card_without_a_time_is_no_pinned_post() -> None:
    card = "<li class='c'><time>{t}</time><h2>{h}</h2><p>{h} now.</p></li>"
    html = ("<p>Lead.</p><ol><li class='c'><h2>About us</h2><p>We are a paper.</p></li></ol>"
            "<ol>" + "".join(card.format(t=t, h=h) for t, h in (("12:00", "A"), ("11:00", "B")))
            + "</ol>")
    parts = html_to_parts(html)
    assert [s.heading for s in parts.sections] == ["A", "B"]
    assert "About us" in parts.lead  # its own list, untimed: part of the lead


def test_ordered_key_points_under_a_qualified_title() -> None:
    html = ("<p>Hoy se vota.</p><h2>Claves de la jornada</h2><ol><li>Abren las urnas.</li>"
            "<li>Hay dos candidatas.</li></ol>"
            + "".join(f"<article><time>{t}</time><h3>{h}</h3><p>{h}.</p></article>"
                      for t, h in (("12:00", "Participación alta"), ("10:00", "Colas"))))
    parts = html_to_parts(html)
    assert parts.key_points == KeyPoints("Claves de la jornada",
                                         ("Abren las urnas.", "Hay dos candidatas."))
    assert parts.lead == ("Hoy se vota.",)


def test_clutter_inside_and_after_updates_is_dropped() -> None:
    html = ("<p>Lead.</p>"
            "<article><time>12:00</time><h3>Vote counted</h3><p>The count is over.</p>"
            "<p>Más información: <a href='https://x.test/c'>Cómo se vota</a></p></article>"
            "<article><time>11:00</time><h3>Polls close</h3><p>Polls closed at eleven.</p>"
            "<p><a href='https://x.test/s'>Share</a> <a href='https://x.test/k'>Comment</a></p>"
            "</article><p>This live blog has now ended.</p>"
            "<h2>More on the election</h2><ul><li><a href='https://x.test/1'>Results map</a></li>"
            "<li><a href='https://x.test/2'>Who won where</a></li></ul>")
    assert sections_of(html) == [("12:00", "Vote counted", ("The count is over.",)),
                                 ("11:00", "Polls close", ("Polls closed at eleven.",))]
