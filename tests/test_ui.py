"""The real app driven by Pilot on a real temporary library (only the browser is replaced)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reader.model import ArticleQuery
from reader.store import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.main import MainScreen
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.reader_pane import ReaderPane
from reader.ui.widgets.sidebar import Sidebar
from tests.ui_fixtures import fixed_clock, make_library

# List order (newest first) of the fixture library.
SEEDS, ORLA, BUDGET, HOSTILE, GALETTE, ARCHIVE = range(6)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    library = make_library(tmp_path / "library.sqlite")
    yield library
    library.close()


@pytest.fixture
def opened() -> list[str]:
    return []


@pytest.fixture
def app(library: Library, opened: list[str]) -> ReaderApp:
    return ReaderApp(library, open_url=opened.append, clock=fixed_clock)


def main(app: ReaderApp) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


def list_text(app: ReaderApp) -> list[str]:
    articles = app.screen.query_one(ArticleList)
    height = articles.scrollable_content_region.height
    return [articles.render_line(y).text for y in range(height)]


async def test_rows_are_newest_first_with_badges_and_dates(app: ReaderApp) -> None:
    async with app.run_test(size=(160, 40)):
        lines = list_text(app)
        assert "Town library lends" in lines[SEEDS] and "5 min" in lines[SEEDS]
        assert " LIVE 6 " in lines[ORLA] and "29 min" in lines[ORLA]
        assert " LIVE 3 " in lines[BUDGET] and "3 h" in lines[BUDGET]
        assert lines[GALETTE].endswith(" 12 Mar ") and lines[ARCHIVE].endswith("   2022 ")
        assert all(line.startswith(" ● ") for line in lines[:6])
        assert app.sub_title == "" and main(app).sub_title == "6 articles · 6 unread"


async def test_j_k_and_jumps_move_the_cursor(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        articles = app.screen.query_one(ArticleList)
        assert articles.has_focus and articles.cursor == 0
        await pilot.press("j", "j", "down")
        assert articles.cursor == 3
        await pilot.press("k", "up")
        assert articles.cursor == 1
        await pilot.press("G")
        assert articles.cursor == ARCHIVE
        await pilot.press("j")
        assert articles.cursor == ARCHIVE
        await pilot.press("g")
        assert articles.cursor == 0
        await pilot.press("end", "home", "k")
        assert articles.cursor == 0


async def test_enter_opens_and_marks_read(app: ReaderApp, library: Library) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j", "enter")
        reader = app.screen.query_one(ReaderPane)
        assert reader.article is not None
        assert reader.article.article.title.startswith("Tempête Orla")
        text = "\n".join(strip.text for strip in reader.lines)
        assert "Les infos à retenir" in text and "17h52  Le port de Vesterhavn" in text
        stored = library.get_article(reader.article.id)
        assert stored is not None and stored.read
        assert library.count_articles(ArticleQuery(unread_only=True)) == 5
        assert not list_text(app)[ORLA].startswith(" ● ")
        assert main(app).sub_title == "6 articles · 5 unread"


async def test_m_toggles_read(app: ReaderApp, library: Library) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        articles = app.screen.query_one(ArticleList)
        await pilot.press("m")
        row = articles.current
        assert row is not None and row.read
        assert library.count_articles(ArticleQuery(unread_only=True)) == 5
        await pilot.press("m")
        assert library.count_articles(ArticleQuery(unread_only=True)) == 6


async def test_section_keys_scroll_to_each_section(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("j", "enter")
        reader = app.screen.query_one(ReaderPane)
        lines = reader.section_lines
        assert len(lines) == 6 and reader.scroll_y == 0
        await pilot.press("right_square_bracket")
        assert reader.scroll_y == lines[0]
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert reader.scroll_y == lines[2]
        assert reader.current_section == 2
        await pilot.press("left_square_bracket")
        assert reader.scroll_y == lines[1]
        for _ in range(8):
            await pilot.press("right_square_bracket")
        assert reader.scroll_y == lines[-1]
        for _ in range(8):
            await pilot.press("left_square_bracket")
        assert reader.scroll_y == 0


async def test_toc_selection_scrolls_the_reader(app: ReaderApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j", "enter")
        toc = app.screen.query_one("#toc", OptionList)
        assert toc.option_count == 6
        toc.focus()
        await pilot.pause()
        toc.highlighted = 3
        await pilot.press("enter")
        reader = app.screen.query_one(ReaderPane)
        assert reader.scroll_y == reader.section_lines[3]


async def test_toc_headings_keep_no_break_spaces_together(app: ReaderApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j", "enter")
        toc = app.screen.query_one("#toc", OptionList)
        prompts = [str(toc.get_option_at_index(i).prompt) for i in range(toc.option_count)]
        assert any("électricité\u00a0:" in prompt and "12\u00a0000" in prompt
                   for prompt in prompts)
        lines = [line.strip() for p in prompts for line in p.splitlines()]
        assert all(not line.startswith((":", "!", "000")) for line in lines)


async def test_o_opens_exactly_the_source_link(app: ReaderApp, opened: list[str]) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("o")  # nothing opened yet: the article under the cursor
        assert opened == ["https://courier.example/seed-library"]
        await pilot.press("j", "enter", "o")
        assert opened == [
            "https://courier.example/seed-library",
            "https://littoral.example/direct/tempete-orla",
        ]


async def test_o_refuses_a_javascript_link(app: ReaderApp, opened: list[str]) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("j", "j", "j", "enter", "o")
        await pilot.pause()
        assert opened == []
        messages = [n.message for n in app._notifications]
        assert any("javascript" in m and "only http(s)" in m for m in messages), messages


async def test_tab_cycles_the_panes(app: ReaderApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j", "enter")
        screen = app.screen
        assert isinstance(app.focused, ArticleList)
        await pilot.press("tab")
        assert isinstance(app.focused, ReaderPane)
        await pilot.press("tab")
        assert app.focused is screen.query_one("#toc")
        await pilot.press("tab")
        assert isinstance(app.focused, ArticleList)
        await pilot.press("shift+tab")
        assert app.focused is screen.query_one("#toc")


async def test_reader_pane_scrolls_with_its_own_keys(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("j", "enter", "tab", "j", "j")
        reader = app.screen.query_one(ReaderPane)
        assert reader.scroll_y == 2
        await pilot.press("space")
        assert reader.scroll_y > 10


async def test_hostile_title_is_shown_literally(app: ReaderApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        row = list_text(app)[HOSTILE]
        assert "[@click=app.quit]x [/]" in row and "\x1b" not in row
        await pilot.click(ArticleList, offset=(10, HOSTILE + 1))
        await pilot.click(ArticleList, offset=(10, HOSTILE + 1))
        reader = app.screen.query_one(ReaderPane)
        assert reader.article is not None and reader.article.article.guid == "hostile"
        assert app.is_running and app.return_code is None


async def test_click_selects_then_opens(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        articles = app.screen.query_one(ArticleList)
        reader = app.screen.query_one(ReaderPane)
        await pilot.click(ArticleList, offset=(10, BUDGET + 1))
        assert articles.cursor == BUDGET and reader.article is None
        await pilot.click(ArticleList, offset=(10, BUDGET + 1))
        assert reader.article is not None and reader.article.article.guid == "en-live-budget"


async def test_narrow_terminal_folds_the_sidebar(app: ReaderApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        sidebar = app.screen.query_one(Sidebar)
        assert not sidebar.display
        await pilot.press("s")
        assert sidebar.display
        await pilot.press("s")
        assert not sidebar.display
        await pilot.resize_terminal(140, 30)
        await pilot.pause()
        assert sidebar.display


async def test_resize_rewraps_the_article(app: ReaderApp) -> None:
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("j", "enter", "tab")
        reader = app.screen.query_one(ReaderPane)
        wide = reader.section_lines
        await pilot.resize_terminal(60, 24)
        await pilot.pause()
        narrow = reader.section_lines
        assert narrow[0] > wide[0]
        width = reader.scrollable_content_region.width
        assert all(strip.cell_length == width for strip in reader.lines)


async def test_help_screen_lists_the_keys(app: ReaderApp) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-keys").render())
        for expected in (
            "]", "Next section of a live blog", "Open the source link in the browser",
            "Mark read / unread", "Quit reader", "Show / hide the sidebar", "j ↓",
        ):
            assert expected in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_q_quits(app: ReaderApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("q")
        assert not app.is_running


async def test_empty_library_shows_a_hint(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "empty.sqlite")
    app = ReaderApp(library, open_url=lambda url: None, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        text = "\n".join(list_text(app))
        assert "Your library is empty." in text
        await pilot.press("enter", "j", "o", "m", "right_square_bracket")
        assert app.is_running
    library.close()


def _many(library: Library, count: int) -> None:
    from datetime import datetime, timedelta

    from reader.model import Article, SourceKind

    feed = library.add_feed("https://many.example/rss", SourceKind.HTTP, title="Many")
    start = datetime(2024, 1, 1)
    library.store_articles(feed, [
        Article(title=f"Numbered article {n}", outlet="Many", lead=("text",), guid=f"n{n}",
                published=start + timedelta(hours=n))
        for n in range(count)
    ])


async def test_list_reads_the_library_page_by_page(tmp_path: Path) -> None:
    library = make_library(tmp_path / "many.sqlite", fill=lambda lib: _many(lib, 250))
    app = ReaderApp(library, open_url=lambda url: None, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        articles = app.screen.query_one(ArticleList)
        assert articles.count == 250 and articles.virtual_size.height == 250
        assert set(articles._pages) == {0}
        assert "Numbered article 249" in list_text(app)[0]
        await pilot.press("G")
        assert articles.cursor == 249 and articles.scroll_y > 200
        assert "Numbered article 0" in list_text(app)[-1]
        assert 2 in articles._pages
        await pilot.press("pageup")
        assert articles.cursor < 249
        await pilot.press("enter")
        reader = app.screen.query_one(ReaderPane)
        assert reader.article is not None
        assert reader.article.article.title == f"Numbered article {249 - articles.cursor}"
    library.close()
