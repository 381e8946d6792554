"""The reader pane's layout of HTML-shaped content: each paragraph kind and the links."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rich.color import Color
from rich.style import Style
from textual.strip import Strip

from reader.model import Article, BlockKind, Feed, Section, SectionMark, SourceKind, StoredArticle
from reader.ui.blocks import link_spans
from reader.ui.render import MEASURE, ArticleTheme, render_article
from reader.ui.wrap import cut
from tests.ui_fixtures import NBSP, NOW, RICH_CODE, RICH_LINKS, rich_article

FEED = Feed(id=1, url="https://gazette.example/feed.atom", title="Fernbridge Gazette",
            kind=SourceKind.HTTP)
# Distinct colours, so a test can tell which part styled a segment.
THEME = ArticleTheme(
    link_mark=Style(color="magenta"), quote_bar=Style(color="blue"),
    quote=Style(italic=True), code=Style(bgcolor="grey19"), image=Style(italic=True, dim=True),
    subheading=Style(bold=True, color="red"), item_bullet=Style(color="green"),
    link_url=Style(color="yellow"),
)


def stored(article: Article, marks: tuple[SectionMark, ...] = ()) -> StoredArticle:
    return StoredArticle(id=1, feed=FEED, article=article, read=False, starred=False,
                         added=NOW, section_marks=marks)


def strips(article: Article, width: int = 100) -> list[Strip]:
    return render_article(stored(article), width, THEME).lines


def texts(article: Article, width: int = 100) -> list[str]:
    """The lines without the page margin (the measure is centred)."""
    lines = [strip.text for strip in strips(article, width)]
    margin = (width - min(MEASURE, width - 4)) // 2
    return [line[margin:].rstrip() for line in lines]


def segments_with(lines: list[Strip], text: str) -> list[Style]:
    return [seg.style or Style() for strip in lines for seg in strip if seg.text == text]


def index_of(lines: list[str], start: str) -> int:
    return next(i for i, line in enumerate(lines) if line.startswith(start))


@pytest.mark.parametrize("width", [5, 12, 30, 61, 100, 200])
def test_every_line_has_the_pane_width(width: int) -> None:
    assert all(strip.cell_length == width for strip in strips(rich_article(), width))


def test_list_items_have_bullets_a_hanging_indent_and_no_blank_between() -> None:
    lines = texts(rich_article(), 60)
    first = index_of(lines, "• stops")
    second = index_of(lines, "• timetables")
    third = index_of(lines, "• live departures")
    assert second == first + 1 or lines[first + 1].startswith("  ")
    assert all(line.startswith("  ") and line[2] != " " for line in lines[second + 1:third])
    assert third > second + 1  # the long item wrapped, under its text, not its bullet
    assert lines[first - 1] == "" and lines[third + 1] == ""
    bullets = segments_with(strips(rich_article(), 60), "• ")
    assert bullets and all(style.color == Color.parse("green") for style in bullets)


def test_ordered_items_keep_their_number_instead_of_a_bullet() -> None:
    lines = texts(rich_article(), 30)
    one = index_of(lines, "1. Ask the portal")
    two = index_of(lines, "2. Keep the ones")
    assert all(line.startswith("   ") and line[3] != " " for line in lines[one + 1:two])
    assert two > one + 1
    assert not any(line.startswith("• 1.") or line.startswith("• 2.") for line in lines)


def test_quote_has_a_bar_on_every_wrapped_line_and_is_italic() -> None:
    article = rich_article()
    lines = texts(article, 50)
    top = index_of(lines, "│ We kept hearing")
    bottom = index_of(lines, "│ Open data is cheaper")
    block = lines[top:bottom + 2]
    assert len(block) > 4  # wrapped over several lines
    assert all(line.startswith("│") for line in block)
    assert lines[top - 1] == "" and lines[bottom + 2] == ""
    rendered = strips(article, 50)
    assert all(style.color == Color.parse("blue") for style in segments_with(rendered, "│ "))
    words = [seg for strip in rendered[top:bottom] for seg in strip if "timetable" in seg.text]
    assert words and all(seg.style and seg.style.italic for seg in words)


def test_subheadings_are_bold_after_a_blank_line() -> None:
    lines = texts(rich_article())
    for heading in ("What is in the data", "How to try it"):
        at = lines.index(heading)
        assert lines[at - 1] == ""
        style = segments_with(strips(rich_article()), heading)[0]
        assert style.bold and style.color == Color.parse("red")


def test_code_keeps_its_lines_and_indentation_and_is_not_rewrapped() -> None:
    lines = texts(rich_article(), 100)
    curl = index_of(lines, ' curl -s "https://transit.example/api/v1/stops?near=quayside" \\')
    assert lines[curl + 1] == "     | jq '.stops[] | {name, next_departure}'"
    assert lines[curl + 2] == ""  # the blank line inside the code is kept
    rendered = strips(rich_article(), 100)
    code = [seg for strip in rendered[curl:curl + 5] for seg in strip if seg.text.strip()]
    assert code and all(seg.style and seg.style.bgcolor == Color.parse("grey19") for seg in code)
    # The long JSON line is cut at the measure with a mark, never wrapped at its spaces.
    json = index_of(lines, ' {"name": "Quayside"')
    assert lines[json].endswith("↩")
    long_line = RICH_CODE.split("\n")[-1]
    assert (lines[json][1:-1].rstrip() + lines[json + 1][1:]).replace(" ", "") == \
        long_line.replace(" ", "")
    assert len(lines[json]) == MEASURE - 1


def test_narrow_code_is_cut_piece_by_piece() -> None:
    lines = texts(rich_article(), 30)
    start = index_of(lines, ' curl -s "https')
    pieces = []
    for line in lines[start:]:
        pieces.append(line[1:].rstrip("↩ ") if line.endswith("↩") else line[1:])
        if not line.endswith("↩"):
            break
    assert "".join(pieces) == RICH_CODE.split("\n")[0]
    assert all(len(line) <= 26 for line in lines[start:start + len(pieces)])


def test_code_is_literal_text() -> None:
    code = "if x:\n\tprint('[bold]no[/bold]')\x1b[31m\n"
    article = Article(title="Code", lead=(code,), lead_kinds=(BlockKind.CODE,))
    lines = texts(article)
    assert "     print('[bold]no[/bold]')[31m" in lines  # tab as 4, ESC dropped
    assert not any("\x1b" in line for line in lines)


def test_image_shows_its_alternative_text() -> None:
    line = "[image: A number 7 bus waiting at the Quayside stop in the rain]"
    assert line in texts(rich_article())
    style = segments_with(strips(rich_article()), line)[0]
    assert style.italic and style.dim


def test_link_markers_are_styled_only_for_existing_links() -> None:
    rendered = strips(rich_article())
    for number in range(1, 5):
        styles = segments_with(rendered, f"[{number}]")
        assert styles and all(style.color == Color.parse("magenta") for style in styles)
    assert "[7]" in "".join(strip.text for strip in rendered)
    assert segments_with(rendered, "[7]") == []


def test_a_link_marker_never_starts_a_line() -> None:
    for width in range(20, 100):
        lines = texts(rich_article(), width)
        for line in lines[:lines.index("Links")]:
            stripped = line.lstrip("│• ")
            assert not stripped.startswith(("[1]", "[2]", "[3]", "[4]")), (width, line)


def test_link_spans_glue_markers_to_their_word() -> None:
    text, spans = link_spans("a portal [1] and [9] or [2]", 2, Style())
    assert text == f"a portal{NBSP}[1] and [9] or{NBSP}[2]"
    assert [text[s:e] for s, e, _style in spans] == ["[1]", "[2]"]
    assert link_spans("no [1] links", 0, Style()) == ("no [1] links", [])


def test_links_block_lists_every_link_after_the_text() -> None:
    lines = texts(rich_article(), 100)
    title = lines.index("Links")
    assert title > index_of(lines, "The vote on the open-data")
    entries = lines[title + 1:]
    for number, url in enumerate(RICH_LINKS[:3], 1):
        assert f"[{number}] {url}" in entries
    fourth = index_of(entries, "[4] https://council.example/minutes/")
    # The long address is cut over two lines under its number, nothing lost at this width.
    assert entries[fourth + 1].startswith("    ") and entries[fourth + 2] == ""
    assert entries[fourth][4:] + entries[fourth + 1][4:] == RICH_LINKS[3]
    styles = segments_with(strips(rich_article()), RICH_LINKS[0])
    assert styles[0].color == Color.parse("yellow")


def test_long_links_are_ellipsised_and_no_links_no_block() -> None:
    article = replace(rich_article(), links=("https://x.example/" + "a" * 500,))
    lines = texts(article, 60)
    entry = index_of(lines, "[1] https://x.example/")
    assert lines[entry + 1].endswith("…") and lines[entry + 2] == ""
    plain = replace(rich_article(), links=())
    assert "Links" not in texts(plain)
    assert segments_with(strips(plain), "[1]") == []


def test_kinds_inside_live_sections_keep_the_new_bar() -> None:
    section = Section(heading="Update", time="10:00",
                      paragraphs=("Intro", "one", "two", "x = 1\ny = 2"),
                      kinds=(BlockKind.PARAGRAPH, BlockKind.ITEM, BlockKind.ITEM,
                             BlockKind.CODE))
    article = Article(title="Live", sections=(section,))
    lines = [strip.text for strip in render_article(stored(article, (SectionMark.NEW,)), 100,
                                                    THEME).lines]
    first = next(i for i, line in enumerate(lines) if "• one" in line)
    assert "• two" in lines[first + 1]
    assert " x = 1" in lines[first + 3] and " y = 2" in lines[first + 4]
    assert all("▎" in line for line in lines[first - 1:first + 5])


def test_cut_by_cells() -> None:
    assert cut("", 3) == []
    assert cut("abcdefg", 3) == ["abc", "def", "g"]
    assert cut("日本語", 4) == ["日本", "語"]
    assert cut("日", 1) == ["日"]
