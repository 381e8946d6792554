"""Screenshots of the real app compared with approved SVGs in tests/__snapshots__/.

Fixed clock, fixed invented data. After a deliberate change of look, regenerate with
`uv run pytest tests/test_snapshots.py --snapshot-update` and look at the report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.store import Library
from reader.ui.app import ReaderApp
from tests.ui_fixtures import fill_grown, fill_rich, fixed_clock, make_library

SnapCompare = Callable[..., bool]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    library = make_library(tmp_path / "library.sqlite")
    yield library
    library.close()


def make_app(library: Library) -> ReaderApp:
    return ReaderApp(library, open_url=lambda url: None, clock=fixed_clock)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_article_list(snap_compare: SnapCompare, library: Library, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(library), terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_open_live_blog(snap_compare: SnapCompare, library: Library, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(library), press=["j", "enter"], terminal_size=size)


def test_second_section(snap_compare: SnapCompare, library: Library) -> None:
    press = ["j", "enter", "right_square_bracket", "right_square_bracket"]
    assert snap_compare(make_app(library), press=press, terminal_size=(160, 48))


def test_sidebar_unfolded_when_narrow(snap_compare: SnapCompare, library: Library) -> None:
    assert snap_compare(make_app(library), press=["j", "enter", "s"], terminal_size=(80, 24))


def test_hostile_title_opened(snap_compare: SnapCompare, library: Library) -> None:
    press = ["j", "j", "j", "enter"]
    assert snap_compare(make_app(library), press=press, terminal_size=(120, 30))


def test_help_screen(snap_compare: SnapCompare, library: Library) -> None:
    assert snap_compare(make_app(library), press=["question_mark"], terminal_size=(80, 24))


def test_empty_library(snap_compare: SnapCompare, tmp_path: Path) -> None:
    library = Library.open(tmp_path / "empty.sqlite")
    try:
        assert snap_compare(make_app(library), terminal_size=(80, 24))
    finally:
        library.close()


def test_search_results(snap_compare: SnapCompare, library: Library) -> None:
    press = ["slash", *"tempête", "enter"]
    assert snap_compare(make_app(library), press=press, terminal_size=(80, 24))


def test_starred_and_filtered(snap_compare: SnapCompare, library: Library) -> None:
    press = ["f", "j", "j", "f", "u", "F"]
    assert snap_compare(make_app(library), press=press, terminal_size=(120, 30))


def test_back_to_the_list_when_narrow(snap_compare: SnapCompare, library: Library) -> None:
    assert snap_compare(make_app(library), press=["j", "enter", "h"], terminal_size=(80, 24))


def test_grown_live_blog_in_the_list(snap_compare: SnapCompare, tmp_path: Path) -> None:
    library = make_library(tmp_path / "grown.sqlite", fill_grown)
    try:
        assert snap_compare(make_app(library), terminal_size=(100, 24))
    finally:
        library.close()


def test_grown_live_blog_opened(snap_compare: SnapCompare, tmp_path: Path) -> None:
    library = make_library(tmp_path / "grown.sqlite", fill_grown)
    try:
        assert snap_compare(make_app(library), press=["j", "enter"], terminal_size=(160, 48))
    finally:
        library.close()


def test_add_feed_dialog(snap_compare: SnapCompare, library: Library) -> None:
    from reader.cli.feed_service import LiveFeedService

    app = ReaderApp(library, feeds=LiveFeedService(library), open_url=lambda url: None,
                    clock=fixed_clock)
    assert snap_compare(app, press=["a", *"https://news.test/feed"], terminal_size=(100, 24))


@pytest.fixture
def rich_library(tmp_path: Path) -> Iterator[Library]:
    library = make_library(tmp_path / "rich.sqlite", fill_rich)
    yield library
    library.close()


def test_rich_feed_article(snap_compare: SnapCompare, rich_library: Library) -> None:
    """Subheadings, a list, a quote, code, an image and numbered links (HTML content)."""
    assert snap_compare(make_app(rich_library), press=["enter"], terminal_size=(100, 40))


def test_rich_feed_article_links_block(snap_compare: SnapCompare, rich_library: Library) -> None:
    assert snap_compare(make_app(rich_library), press=["enter", "end"], terminal_size=(100, 40))


def test_links_dialog(snap_compare: SnapCompare, rich_library: Library) -> None:
    assert snap_compare(make_app(rich_library), press=["enter", "l"], terminal_size=(100, 40))
