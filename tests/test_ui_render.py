"""The article layout (pure: no app) and the date helpers."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from reader.model import Article, Feed, Section, SourceKind, StoredArticle
from reader.ui.dates import absolute_date, reading_minutes, relative_date
from reader.ui.render import MEASURE, ArticleTheme, meta_line, render_article
from tests.ui_fixtures import HOSTILE_TITLE, NOW, english_live, french_live, plain_articles

FEED = Feed(id=1, url="https://littoral.example/rss", title="Le Journal du Littoral",
            kind=SourceKind.HTTP)


def stored(article: Article) -> StoredArticle:
    return StoredArticle(id=1, feed=FEED, article=article, read=False, starred=False,
                         added=NOW)


def texts(article: Article, width: int) -> list[str]:
    return [strip.text for strip in render_article(stored(article), width, ArticleTheme()).lines]


@pytest.mark.parametrize("width", [20, 47, 80, 120, 200])
def test_every_line_has_the_pane_width(width: int) -> None:
    rendered = render_article(stored(french_live()), width, ArticleTheme())
    assert rendered.width == width
    assert all(strip.cell_length == width for strip in rendered.lines)


def test_parts_appear_in_order() -> None:
    lines = texts(french_live(), 100)
    joined = "\n".join(line.strip() for line in lines)
    order = [
        "Tempête Orla", "Les vagues franchissent", "Le Journal du Littoral\u00a0· Camille Ferrand",
        "La tempête Orla continue", "╭─ Les infos à retenir", "• Le port de Vesterhavn",
        "17h52  Le port de Vesterhavn", "Les ferries reprendront", "09h47  Alerte rouge",
    ]
    positions = [joined.index(part) for part in order]
    assert positions == sorted(positions)


def test_section_lines_point_at_each_section() -> None:
    article = french_live()
    rendered = render_article(stored(article), 100, ArticleTheme())
    assert len(rendered.section_lines) == len(article.sections)
    for line, section in zip(rendered.section_lines, article.sections, strict=True):
        assert set(rendered.lines[line].text.strip()) == {"─"}
        assert rendered.lines[line + 1].text.strip().startswith(f"{section.time}  ")


def test_measure_caps_the_text_width_and_centres_it() -> None:
    lines = texts(french_live(), 200)
    used = [line for line in lines if line.strip()]
    left = min(len(line) - len(line.lstrip(" ")) for line in used)
    right = max(len(line.rstrip(" ")) for line in used)
    assert right - left <= MEASURE
    assert left == (200 - MEASURE) // 2


def test_nbsp_never_wrapped_in_the_pane() -> None:
    article = french_live()
    # From 30 columns every no-break group fits on a line, even after a time prefix.
    for width in range(30, 70):
        for line in texts(article, width):
            assert not line.strip().startswith((":", "!", "?", "»")), (width, line)


def test_markup_in_text_is_shown_literally() -> None:
    article = replace(plain_articles()[1], lead=("[bold red]not bold[/] and [link=x]y[/link]",))
    rendered = render_article(stored(article), 100, ArticleTheme())
    joined = "\n".join(strip.text for strip in rendered.lines)
    assert "[@click=app.quit]x [/]" in joined
    assert "[bold red]not bold[/] and [link=x]y[/link]" in joined
    assert "\x1b" not in joined
    assert all(not segment.style or not segment.style.link
               for strip in rendered.lines for segment in strip)
    assert HOSTILE_TITLE.startswith("[@click=app.quit]x [/]")


def test_key_points_box_is_closed_and_aligned() -> None:
    lines = [line.strip() for line in texts(english_live(), 60)]
    top = next(i for i, line in enumerate(lines) if line.startswith("╭─ Key points"))
    bottom = next(i for i, line in enumerate(lines) if line.startswith("╰"))
    box = lines[top:bottom + 1]
    assert len({len(line) for line in box}) == 1
    assert all(line.startswith("│") and line.endswith("│") for line in box[1:-1])
    first = "│ • Vote due this afternoon"
    assert box[1] == first + " " * (len(box[0]) - len(first) - 2) + " │"


def test_sections_without_time_and_empty_articles() -> None:
    article = Article(title="Untimed", sections=(Section(heading="A heading"),))
    lines = [line.strip() for line in texts(article, 50)]
    assert "A heading" in lines
    empty = [line.strip() for line in texts(Article(title=""), 50)]
    assert "(untitled)" in empty
    assert any("no text" in line for line in empty)


def test_meta_line() -> None:
    # Each short part is held together by no-break spaces: `1 min` never ends a line.
    assert meta_line(stored(french_live())).replace("\u00a0", "_") == (
        "Le Journal du Littoral · Camille Ferrand · 10_Nov_2024_18:01 · 1_min_read"
        " · live,_6_updates"
    )
    assert meta_line(stored(Article(title="x"))) == "Le Journal du Littoral"


def test_relative_dates() -> None:
    assert relative_date(None, NOW) == ""
    assert relative_date(datetime(2024, 11, 10, 18, 29, 30), NOW) == "now"
    assert relative_date(datetime(2024, 11, 10, 19, 0), NOW) == "now"  # future
    assert relative_date(datetime(2024, 11, 10, 18, 25), NOW) == "5 min"
    assert relative_date(datetime(2024, 11, 10, 15, 12), NOW) == "3 h"
    assert relative_date(datetime(2024, 11, 8, 9, 0), NOW) == "2 d"
    assert relative_date(datetime(2024, 3, 12, 7, 30), NOW) == "12 Mar"
    assert relative_date(datetime(2022, 6, 1), NOW) == "2022"


def test_absolute_date_and_reading_time() -> None:
    assert absolute_date(datetime(2024, 11, 10, 14, 1)) == "10 Nov 2024 14:01"
    assert absolute_date(None) == ""
    assert reading_minutes(0) == 0
    assert reading_minutes(10) == 1
    assert reading_minutes(2300) == 10

