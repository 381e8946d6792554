"""The `l` dialog of the real app: an article's numbered links, opened only when http(s)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reader.store import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.links import LinksScreen
from reader.ui.screens.main import MainScreen
from reader.ui.widgets.reader_pane import ReaderPane
from tests.ui_fixtures import RICH_LINKS, fill_rich, fixed_clock, make_library

# List order (newest first): the rich article, then the usual library.
RICH, SEEDS = 0, 1


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    library = make_library(tmp_path / "library.sqlite", fill_rich)
    yield library
    library.close()


@pytest.fixture
def opened() -> list[str]:
    return []


@pytest.fixture
def app(library: Library, opened: list[str]) -> ReaderApp:
    return ReaderApp(library, open_url=opened.append, clock=fixed_clock)


def messages(app: ReaderApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_l_then_a_number_opens_exactly_that_link(app: ReaderApp,
                                                       opened: list[str]) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("enter", "l")
        assert isinstance(app.screen, LinksScreen)
        options = app.screen.query_one(OptionList)
        assert options.option_count == len(RICH_LINKS)
        assert str(options.get_option_at_index(1).prompt) == f"[2] {RICH_LINKS[1]}"
        await pilot.press("2")
        await pilot.pause()
        assert opened == [RICH_LINKS[1]]
        assert isinstance(app.screen, MainScreen)


async def test_l_then_enter_opens_the_highlighted_link(app: ReaderApp,
                                                       opened: list[str]) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("enter", "l", "down", "enter")
        await pilot.pause()
        assert opened == [RICH_LINKS[1]]
        assert isinstance(app.screen, MainScreen)
        await pilot.press("l", "down", "down", "down", "enter")
        await pilot.pause()
        assert opened == [RICH_LINKS[1], RICH_LINKS[3]]


async def test_a_javascript_link_is_refused_and_the_dialog_stays(app: ReaderApp,
                                                                 opened: list[str]) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("enter", "l", "3")
        await pilot.pause()
        assert opened == []
        assert any("javascript" in m and "only http(s)" in m for m in messages(app))
        assert isinstance(app.screen, LinksScreen)
        await pilot.press("enter")  # the third again (highlighted by `3`), by enter
        await pilot.pause()
        assert opened == [] and isinstance(app.screen, LinksScreen)
        await pilot.press("9")  # no ninth link: nothing happens
        assert opened == [] and isinstance(app.screen, LinksScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen) and opened == []


async def test_l_is_offered_only_for_an_article_with_links(app: ReaderApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        screen = app.screen
        assert "l" not in screen.active_bindings  # nothing opened yet
        await pilot.press("l")
        assert app.screen is screen
        await pilot.press("j", "enter")  # a plain article without links
        assert screen.query_one(ReaderPane).article is not None
        assert "l" not in screen.active_bindings
        await pilot.press("l")
        assert app.screen is screen
        await pilot.press("k", "enter")
        assert "l" in screen.active_bindings
        await pilot.press("l")
        assert isinstance(app.screen, LinksScreen)
        await pilot.press("l")  # l closes it again
        assert app.screen is screen


async def test_help_lists_the_links_key(app: ReaderApp) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-keys").render())
        assert "List the article's links, open one" in text
