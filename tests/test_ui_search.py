"""Search, filters, stars, the command palette and the narrow layout, driven by Pilot on a
real temporary library (only the browser is replaced)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.content import Content
from textual.widget import Widget
from textual.widgets import OptionList

from reader.model import ArticleQuery
from reader.store import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.main import MainScreen
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.reader_pane import ReaderPane
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.sidebar import Sidebar
from tests.ui_fixtures import HOSTILE_TITLE, fill_library, fixed_clock

SEEDS, ORLA, BUDGET, HOSTILE, GALETTE, ARCHIVE = range(6)


class CountingLibrary(Library):
    """The real library, which also remembers every query the list counted."""

    counted: list[ArticleQuery]

    def count_articles(self, query: ArticleQuery = ArticleQuery()) -> int:  # noqa: B008
        self.counted.append(query)
        return super().count_articles(query)

    def searches(self) -> list[str]:
        return [query.text for query in self.counted if query.text]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[CountingLibrary]:
    library = CountingLibrary.open(tmp_path / "library.sqlite")
    library.counted = []
    fill_library(library)
    yield library
    library.close()


@pytest.fixture
def app(library: Library) -> ReaderApp:
    return ReaderApp(library, open_url=lambda url: None, clock=fixed_clock)


def articles(app: ReaderApp) -> ArticleList:
    return app.screen.query_one(ArticleList)


def titles(app: ReaderApp) -> list[str]:
    shown = articles(app)
    return [row.title for i in range(shown.count) if (row := shown.row_at(i)) is not None]


def plain(widget: Widget, part: str = "title") -> str:
    """The border text a user sees. (The public `border_title` reads back as markup, whose
    escaping does not survive a round trip for every string, so read the Content kept.)"""
    content = getattr(widget, f"_border_{part}")
    return content.plain if isinstance(content, Content) else ""


def border(widget: ArticleList) -> tuple[str, str]:
    return plain(widget), plain(widget, "subtitle")


async def test_slash_searches_and_enter_keeps_the_filter(
        app: ReaderApp, library: CountingLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    # A debounce longer than any test: typing alone must not query the library at all.
    monkeypatch.setattr(SearchBar, "DEBOUNCE", 60.0)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("slash")
        bar = app.screen.query_one(SearchBar)
        assert bar.display and bar.has_focus
        await pilot.press(*"vesterhavn")
        assert bar.value == "vesterhavn" and library.searches() == []
        await pilot.press("enter")
        assert library.searches() == ["vesterhavn"]  # one query for the whole burst
        assert len(titles(app)) == 1 and titles(app)[0].startswith("Tempête Orla")
        assert articles(app).has_focus and not bar.display
        assert border(articles(app)) == ("Search: vesterhavn", "1 of 6")


async def test_typing_filters_live_after_a_pause(app: ReaderApp, library: CountingLibrary) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("slash", *"courier")
        for _ in range(100):  # bounded wait for the debounce timer, no timing asserted
            if articles(app).count != 6:
                break
            await pilot.pause(0.05)
        assert len(titles(app)) == 2 and all("Courier" not in t for t in titles(app))
        assert app.screen.query_one(SearchBar).has_focus  # still typing: focus stays
        assert library.searches()[-1] == "courier"
        assert len(library.searches()) < len("courier")


async def test_escape_clears_the_search(app: ReaderApp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SearchBar, "DEBOUNCE", 60.0)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("slash", *"budget", "enter")
        assert articles(app).count == 1
        await pilot.press("slash")
        assert app.screen.query_one(SearchBar).value == "budget"  # shown again to edit
        await pilot.press("escape")
        assert articles(app).count == 6 and articles(app).has_focus
        assert border(articles(app)) == ("Articles", "6 unread")


async def test_search_text_is_plain_text_in_the_border(app: ReaderApp,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SearchBar, "DEBOUNCE", 60.0)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("slash", *"[b]x[/b] [@click=app.quit]", "enter")
        assert app.is_running
        title, _subtitle = border(articles(app))
        assert title.startswith("Search: [b]x[/b]")
        text = "\n".join(articles(app).render_line(y).text for y in range(20))
        assert "No article matches." in text


async def test_u_and_F_filter_and_keep_the_cursor(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("m", "j", "j", "j", "j")  # SEEDS read; cursor on GALETTE
        assert articles(app).current.title.startswith("Les pâtissiers")  # type: ignore[union-attr]
        await pilot.press("u")
        assert articles(app).count == 5
        assert articles(app).current.title.startswith("Les pâtissiers")  # type: ignore[union-attr]
        assert articles(app).cursor == GALETTE - 1
        assert border(articles(app))[1] == "unread · 5 of 6"
        await pilot.press("F")
        assert articles(app).count == 0
        assert border(articles(app))[1] == "unread · ★ starred · 0 of 6"
        await pilot.press("u", "F")
        assert articles(app).count == 6 and border(articles(app)) == ("Articles", "5 unread")


async def test_f_stars_the_row_and_the_open_article(app: ReaderApp, library: Library) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j", "j", "f")  # the row under the cursor
        line = articles(app).render_line(BUDGET).text
        assert line.startswith("★● ") and "Budget day" in line
        await pilot.press("k", "enter", "tab", "asterisk")  # the article being read
        reader = app.screen.query_one(ReaderPane)
        assert reader.article is not None and reader.article.starred
        assert articles(app).render_line(ORLA).text.startswith("★  ")
        assert "★ Starred" in str(app.screen.query_one("#details").render())
        assert "★" in plain(reader)
        assert library.count_articles(ArticleQuery(starred_only=True)) == 2
        await pilot.press("shift+tab", "F")
        assert articles(app).count == 2
        await pilot.press("tab", "f")  # unstar what is being read
        assert library.count_articles(ArticleQuery(starred_only=True)) == 1
        assert "★ Starred" not in str(app.screen.query_one("#details").render())


async def test_narrow_screen_gives_the_reader_the_room(app: ReaderApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        column = app.screen.query_one("#list-column")
        reader = app.screen.query_one(ReaderPane)
        assert column.display and not reader.display and column.outer_size.width == 80
        await pilot.press("j", "enter")
        await pilot.pause()
        assert not column.display and reader.display and reader.has_focus
        assert reader.outer_size.width == 80
        for back in ("escape", "h", "left", "q"):
            await pilot.press(back)
            assert column.display and not reader.display and articles(app).has_focus, back
            assert app.is_running
            await pilot.press("enter")
            await pilot.pause()
            assert reader.has_focus
        await pilot.press("q", "q")  # back to the list, then quit from it
        assert not app.is_running


async def test_q_goes_back_before_it_quits_on_a_wide_screen(app: ReaderApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("enter", "tab")
        assert isinstance(app.focused, ReaderPane)
        await pilot.press("q")
        assert app.is_running and isinstance(app.focused, ArticleList)
        await pilot.press("q")
        assert not app.is_running


async def test_toc_lines_are_indented_under_the_heading(app: ReaderApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j", "enter")
        toc = app.screen.query_one("#toc", OptionList)
        lines = str(toc.get_option_at_index(0).prompt).splitlines()
        assert lines[0].startswith("17h52  Le port") and len(lines) > 1
        assert all(line.startswith(" " * 7) and line[7] != " " for line in lines[1:])
        assert app.screen.query_one(Sidebar).display


@pytest.mark.parametrize("key", ["escape", "q", "question_mark"])
async def test_help_closes_with_each_key(app: ReaderApp, key: str) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-keys").render())
        for expected in ("Search the articles", "Show unread only", "Show starred only",
                         "Star / unstar", "Back to the list"):
            assert expected in text
        await pilot.press(key)
        assert isinstance(app.screen, MainScreen) and app.is_running


async def test_palette_runs_the_app_commands(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"unread only")
        for _ in range(100):  # bounded wait for the palette's search worker
            await pilot.pause(0.02)
            if app.screen.query("CommandList") and app.screen.query_one(
                    "CommandList", OptionList).option_count:
                break
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert articles(app).query_spec.unread_only


async def test_palette_lists_the_theme_switcher_and_our_commands(app: ReaderApp) -> None:
    from reader.ui.commands import ReaderCommands

    async with app.run_test(size=(120, 30)):
        screen = app.screen
        assert isinstance(screen, MainScreen) and ReaderCommands in screen.COMMANDS
        names = [name for name, _help, _run in screen.palette_commands()]
        assert "Search articles" in names and "Show unread only" in names
        assert any(name == "Theme" for name, *_ in app.get_system_commands(screen))


async def test_hostile_text_in_titles_stays_literal_when_starred(app: ReaderApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        for _ in range(HOSTILE):
            await pilot.press("j")
        await pilot.press("f", "F")
        assert titles(app) == [HOSTILE_TITLE]
        assert app.is_running
