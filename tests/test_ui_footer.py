"""The footer shows whole key hints only, `? Help` always among them, at any width."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from reader.store import Library
from reader.ui.app import ReaderApp
from reader.ui.widgets.key_footer import KeyFooter, fitting
from tests.ui_fixtures import fill_rich, fixed_clock, make_library

# Every hint the main screen can show, as the footer writes it.
HINTS = ("⏎ Open", "/ Search", "] Section", "o Browser", "l Links", "s Sidebar", "r Refresh",
         "q Quit", "q Back", "? Help")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    library = make_library(tmp_path / "library.sqlite", fill_rich)
    yield library
    library.close()


def footer_text(app: ReaderApp) -> str:
    """The footer's row exactly as the terminal shows it."""
    footer = app.screen.query_one(Footer)
    return app.screen._compositor.render_strips()[footer.region.y].text


def shown_hints(app: ReaderApp) -> list[str]:
    """What each visible hint (not the palette's) says: `key description`."""
    return [f"{key.key_display} {key.description}" for key in app.screen.query(FooterKey)
            if key.display and not key.has_class("-command-palette")]


def assert_whole(app: ReaderApp) -> str:
    text = footer_text(app)
    hints = shown_hints(app)
    assert "? Help" in hints
    for hint in hints:
        assert hint in text, f"{hint!r} is cut in {text!r}"
    assert text.rstrip().endswith("^p palette")
    # Nothing but whole hints: what is left once they are taken out is only spacing.
    rest = text.rsplit("▏", 1)[0]
    for hint in hints:
        rest = rest.replace(hint, "", 1)
    assert not rest.strip(), f"a cut hint remains in {text!r}"
    return text


@pytest.mark.parametrize("width", [60, 80, 100, 120, 160])
async def test_every_width_shows_whole_hints_and_help(library: Library, width: int) -> None:
    app = ReaderApp(library, open_url=lambda _url: None, clock=fixed_clock)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        assert_whole(app)
        await pilot.press("enter")  # the rich article: it has links, so `l Links` too
        await pilot.pause()
        assert_whole(app)


async def test_80_columns_keep_all_but_the_sidebar_hint(library: Library) -> None:
    app = ReaderApp(library, open_url=lambda _url: None, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = assert_whole(app)
        assert "? Help" in text and "q Quit" in text
        assert shown_hints(app) == ["⏎ Open", "/ Search", "] Section", "o Browser",
                                    "r Refresh", "q Quit", "? Help"]


async def test_resizing_brings_hints_back(library: Library) -> None:
    app = ReaderApp(library, open_url=lambda _url: None, clock=fixed_clock)
    async with app.run_test(size=(160, 24)) as pilot:
        await pilot.pause()
        assert "s Sidebar" in footer_text(app)
        await pilot.resize_terminal(70, 24)
        await pilot.pause()
        assert "s Sidebar" not in shown_hints(app)
        assert_whole(app)
        await pilot.resize_terminal(160, 24)
        await pilot.pause()
        assert "s Sidebar" in footer_text(app)
        assert_whole(app)


async def test_help_stays_when_nothing_else_fits(library: Library) -> None:
    app = ReaderApp(library, open_url=lambda _url: None, clock=fixed_clock)
    async with app.run_test(size=(30, 24)) as pilot:
        await pilot.pause()
        assert shown_hints(app) == ["q Quit", "? Help"]
        await pilot.resize_terminal(24, 24)
        await pilot.pause()
        assert shown_hints(app) == ["? Help"]
        assert "? Help" in footer_text(app)


async def test_drop_order_is_followed(library: Library) -> None:
    app = ReaderApp(library, open_url=lambda _url: None, clock=fixed_clock)
    async with app.run_test(size=(160, 24)) as pilot:
        await pilot.pause()
        keys = [k for k in app.screen.query(FooterKey) if not k.has_class("-command-palette")]
        order = {k.action: k for k in keys}
        # Room for all but `Open` (8 cells): `search` goes before it in this order.
        room = sum(len(k.key_display) + len(k.description) + 3 for k in keys) - 1
        kept = fitting(keys, room, drop_order=("search", "open"), keep=("help",))
        assert order["search"] not in kept and order["open"] in kept
        # Unnamed actions go from the right, and a kept one never does.
        kept = fitting(keys, 8 + 8, drop_order=(), keep=("help",))
        assert [k.action for k in kept] == ["open", "help"]
        kept = fitting(keys, 10, drop_order=(), keep=("help",))
        assert [k.action for k in kept] == ["help"]
        assert isinstance(app.screen.query_one(Footer), KeyFooter)
