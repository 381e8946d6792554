"""Live blogs that grew since they were read: `+3` in the list, NEW / EDITED in the pane
and the table of contents, and opening lands on the first new section. A real library
file, the real app driven by Pilot."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reader.model import SectionMark, SourceKind
from reader.store import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.main import MainScreen
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.reader_pane import ReaderPane
from tests.ui_fixtures import (
    CHANGED_PARAGRAPH,
    fixed_clock,
    french_live,
    grown_french_live,
    make_library,
    read_live_blog,
)

ORLA = 1
"""The live blog's place in the list (newest first)."""


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    library = make_library(tmp_path / "library.sqlite")
    yield library
    library.close()


def make_app(library: Library) -> ReaderApp:
    return ReaderApp(library, open_url=lambda url: None, clock=fixed_clock)


def grow(library: Library) -> None:
    """The refresh stores an evening's updates (as `reader refresh` would)."""
    feed = library.add_feed("https://littoral.example/rss", SourceKind.HTTP)
    library.store_articles(feed, [grown_french_live()])



def row_text(app: ReaderApp, index: int) -> str:
    return app.screen.query_one(ArticleList).render_line(index).text


def pane_text(reader: ReaderPane) -> list[str]:
    return [strip.text for strip in reader.lines]


def toc_prompts(app: ReaderApp) -> list[str]:
    toc = app.screen.query_one("#toc", OptionList)
    return [str(toc.get_option_at_index(i).prompt) for i in range(toc.option_count)]


def heading_line(reader: ReaderPane, index: int) -> str:
    return pane_text(reader)[reader.section_lines[index] + 1]


async def test_a_grown_live_blog_is_marked_then_seen(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("j", "enter")  # the first reading: nothing is "new" yet
        reader = screen.query_one(ReaderPane)
        assert reader.scroll_y == 0
        assert not any(" NEW " in line for line in pane_text(reader))

        grow(library)
        screen.refresh_articles()
        await pilot.pause()
        assert " LIVE 9 +3 " in row_text(app, ORLA)
        assert screen.query_one(ArticleList).cursor == ORLA

        await pilot.press("enter")
        await pilot.pause()
        marks = reader.article.section_marks if reader.article else ()
        assert marks[:3] == (SectionMark.NEW,) * 3 and marks[5] is SectionMark.CHANGED
        # Lands on the first new section (the newest, on top), not on the title.
        assert reader.section_lines[0] > 0 and reader.scroll_y == reader.section_lines[0]
        for index in range(3):
            assert " NEW " in heading_line(reader, index)
        assert " EDITED " in heading_line(reader, 5)
        assert not any(tag in heading_line(reader, i) for i in (3, 4, 6, 7, 8)
                       for tag in (" NEW ", " EDITED "))
        assert CHANGED_PARAGRAPH[:40] in "\n".join(pane_text(reader))
        # The bar in the margin runs beside every line of a new section.
        start, end = reader.section_lines[0], reader.section_lines[1] - 1
        assert all(line.lstrip().startswith("▎") for line in pane_text(reader)[start:end])
        prompts = toc_prompts(app)
        assert [("NEW" in p, "EDITED" in p) for p in prompts] == [
            (True, False)] * 3 + [(False, False)] * 2 + [(False, True)] + [(False, False)] * 3
        assert str(screen.query_one("#toc-title").render()) == "Sections (9 · 3 new)"
        assert "live, 9 updates · 3 new · 1 edited" in "".join(pane_text(reader)[:8]).replace(
            "\u00a0", " ")
        assert " LIVE 9 +3 " not in row_text(app, ORLA)  # seen now

        await pilot.press("enter")  # opened again: nothing is new or edited any more
        await pilot.pause()
        assert reader.scroll_y == 0
        assert not any(" NEW " in line or " EDITED " in line for line in pane_text(reader))
        assert not any("NEW" in p or "EDITED" in p for p in toc_prompts(app))
        assert row_text(app, ORLA).count("+") == 0


async def test_the_list_shows_the_count_from_the_library(tmp_path: Path) -> None:
    from tests.ui_fixtures import fill_grown

    library = make_library(tmp_path / "grown.sqlite", fill_grown)
    try:
        app = make_app(library)
        async with app.run_test(size=(160, 40)) as pilot:
            assert " LIVE 9 +3 " in row_text(app, ORLA)
            await pilot.resize_terminal(40, 20)  # a narrow list: the compact badge
            await pilot.pause()
            assert "L9+3" in row_text(app, ORLA)
    finally:
        library.close()


async def test_narrow_screen_lands_once_the_reader_shows(library: Library) -> None:
    read_live_blog(library)
    grow(library)
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "enter")
        await pilot.pause()
        reader = app.screen.query_one(ReaderPane)
        assert reader.display and reader.has_focus
        assert reader.scroll_y == reader.section_lines[0] > 0


async def test_an_edit_alone_lands_on_the_edited_section(library: Library) -> None:
    read_live_blog(library)
    edited = french_live()
    sections = list(edited.sections)
    sections[3] = replace(sections[3], paragraphs=("Finalement, seules deux écoles ferment.",))
    feed = library.add_feed("https://littoral.example/rss", SourceKind.HTTP)
    library.store_articles(feed, [replace(edited, sections=tuple(sections))])
    app = make_app(library)
    async with app.run_test(size=(160, 48)) as pilot:
        assert "+" not in row_text(app, ORLA)  # an edit is not a new update
        await pilot.press("j", "enter")
        await pilot.pause()
        reader = app.screen.query_one(ReaderPane)
        assert reader.scroll_y == reader.section_lines[3]
        assert " EDITED " in heading_line(reader, 3)
