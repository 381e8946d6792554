"""Feeds in the app: `R` / `r` refresh, the add dialog, feed health, quitting mid-fetch.

A real loopback HTTP server (tests/httpserver.py), a real library file and the real feed
service (`reader.cli.feed_service.LiveFeedService`), the app driven by Pilot. Waits are
bounded loops; nothing here asserts how long anything took.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from reader.cli.feed_service import LiveFeedService
from reader.fetch.http_types import FetchPolicy
from reader.model import ArticleQuery, SourceKind
from reader.services.refresh import RefreshPolicy
from reader.store import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.add_feed import AddFeedScreen
from reader.ui.screens.main import MainScreen
from reader.ui.services import AddResult, ProgressCallback, RefreshSummary
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.refresh_bar import RefreshBar
from tests.httpserver import LoopbackServer, Request, Responder
from tests.ui_fixtures import fixed_clock, plain_articles

FETCH = FetchPolicy(total_timeout=3.0, connect_timeout=1.0, read_timeout=2.0, trust_env=False)
POLICY = RefreshPolicy(fetch=FETCH, process_after=0)
RSS = {"Content-Type": "application/rss+xml"}


def rss(title: str, items: list[tuple[str, str]]) -> bytes:
    """An RSS 2.0 document of invented items (guid, headline), newest first."""
    day = datetime(2024, 11, 10, 12, 0, tzinfo=UTC)
    entries = "".join(
        f"<item><guid>{escape(guid)}</guid><title>{escape(head)}</title>"
        f"<link>https://news.test/{escape(guid)}</link>"
        f"<pubDate>{format_datetime(day - timedelta(hours=n), usegmt=True)}</pubDate>"
        f"<description>&lt;p&gt;{escape(head)}, reports our desk.&lt;/p&gt;</description></item>"
        for n, (guid, head) in enumerate(items)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>https://news.test/</link>{entries}"
            f"</channel></rss>").encode()


COURIER_ITEMS = [("tram", "Council votes on the Lakeside tram"),
                 ("regatta", "Rowing club wins the autumn regatta"),
                 ("bakery", "A bakery cooperative opens on Mill Street")]
COURIER = rss("The Lakeside Courier", COURIER_ITEMS)
GAZETTE = rss("Hillside Gazette", [("bridge", "Footbridge over the Aske reopens"),
                                   ("choir", "Village choir records its first album"),
                                   ("orchard", "Community orchard plants forty trees")])


class RecordingService(LiveFeedService):
    """The real service, which also says when each refresh has returned."""

    def __init__(self, library: Library, policy: RefreshPolicy = POLICY) -> None:
        super().__init__(library, policy)
        self.returned = threading.Event()
        self.adds_returned: list[AddResult] = []

    def refresh(self, feed_ids: list[int] | None, on_progress: ProgressCallback,  # type: ignore[override]
                stop: threading.Event) -> RefreshSummary:
        try:
            return super().refresh(feed_ids, on_progress, stop)
        finally:
            self.returned.set()

    def add(self, url: str, stop: threading.Event) -> AddResult:
        result = super().add(url, stop)
        self.adds_returned.append(result)
        return result


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "library.sqlite")
    files = library.add_feed("file:///imports", SourceKind.FILES, title="Imported files")
    library.store_articles(files, [plain_articles()[3]])  # the 2022 archive piece
    yield library
    library.close()


def make_app(library: Library, service: LiveFeedService | None) -> ReaderApp:
    return ReaderApp(library, feeds=service, open_url=lambda url: None, clock=fixed_clock)


async def until(pilot: Pilot[None], condition: Callable[[], bool], tries: int = 200) -> bool:
    """Let the app run until `condition` holds (at most `tries` short pauses)."""
    for _ in range(tries):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


def titles(app: ReaderApp) -> list[str]:
    shown = app.screen.query_one(ArticleList)
    return [row.title for i in range(shown.count) if (row := shown.row_at(i)) is not None]


def messages(app: ReaderApp) -> list[str]:
    return [n.message for n in app._notifications]


def text_of(app: ReaderApp, selector: str) -> str:
    """The widget's text with its wrapping undone (one space between words)."""
    return " ".join(str(app.screen.query_one(selector, Static).render()).split())


def feed_rows(library: Library, title_start: str) -> int:
    rows = library.article_rows(ArticleQuery(), 0, 100)
    return next(i for i, row in enumerate(rows) if row.title.startswith(title_start))


async def test_R_refreshes_every_feed_while_the_list_keeps_responding(
        server: LoopbackServer, library: Library) -> None:
    gate = threading.Event()
    server.add("/courier.xml", COURIER, headers=RSS)

    @server.route("/gazette.xml")
    def gazette(request: Request, out: Responder) -> None:
        while not gate.wait(0.05):  # held back until the test has looked at the progress
            if out.peer_closed(0):
                return
        out.send(200, GAZETTE, RSS)

    library.add_feed(server.url("/courier.xml"), SourceKind.HTTP)
    library.add_feed(server.url("/gazette.xml"), SourceKind.HTTP)
    app = make_app(library, RecordingService(library))
    try:
        async with app.run_test(size=(140, 30)) as pilot:
            bar = app.screen.query_one(RefreshBar)
            await pilot.press("R")
            # The courier has landed, the gazette has not: its articles are listed already.
            assert await until(pilot, lambda: len(titles(app)) == 4)
            assert bar.display and bar.running
            assert text_of(app, "#refresh-label") == "Refreshing 1/2 · 3 new"
            cursor_list = app.screen.query_one(ArticleList)
            # The cursor stayed on its article (the archive piece), below the new ones.
            assert cursor_list.current is not None
            assert cursor_list.current.title.startswith("Archive:") and cursor_list.cursor == 3
            await pilot.press("g", "j")  # the list answers keys during the refresh
            assert cursor_list.cursor == 1
            kept = cursor_list.current
            gate.set()
            await app.workers.wait_for_complete()
            assert await until(pilot, lambda: not bar.running)
            assert sorted(titles(app)) == sorted(
                [head for _guid, head in COURIER_ITEMS]
                + ["Footbridge over the Aske reopens", "Village choir records its first album",
                   "Community orchard plants forty trees",
                   "Archive: the ferry timetable of the old harbour line"])
            assert kept is not None and cursor_list.current is not None
            assert cursor_list.current.id == kept.id  # the cursor stayed on its article
            assert not bar.display
            assert await until(pilot, lambda: any(
                m.startswith("2 feeds: 6 new articles, 0 updated, 0 unchanged, 0 failed")
                for m in messages(app))), messages(app)
            screen = app.screen
            assert isinstance(screen, MainScreen)
            assert screen.sub_title == "7 articles · 7 unread"
    finally:
        gate.set()


async def test_r_refreshes_only_the_selected_articles_feed(
        server: LoopbackServer, library: Library) -> None:
    server.add("/courier.xml", COURIER, headers=RSS)
    server.add("/gazette.xml", GAZETTE, headers=RSS)
    library.add_feed(server.url("/courier.xml"), SourceKind.HTTP)
    library.add_feed(server.url("/gazette.xml"), SourceKind.HTTP)
    service = RecordingService(library)
    # The refresh runs its own event loop: off the test's loop, as the app does.
    await asyncio.to_thread(service.refresh, None, lambda progress: None, threading.Event())
    before = len(server.requests)
    server.add("/courier.xml", rss("The Lakeside Courier", [
        ("ferry", "Night ferry returns for the winter"), *COURIER_ITEMS]), headers=RSS)
    app = make_app(library, service)
    async with app.run_test(size=(140, 30)) as pilot:
        for _ in range(feed_rows(library, "Rowing club")):
            await pilot.press("j")
        await pilot.press("r")
        await app.workers.wait_for_complete()
        assert await until(pilot, lambda: "Night ferry returns for the winter" in titles(app))
        assert server.paths()[before:] == ["/courier.xml"]
        assert await until(pilot, lambda: any(m.startswith("1 feed: 1 new article,")
                                              for m in messages(app))), messages(app)
        # An imported article has no feed to fetch: `r` says so and fetches nothing.
        await pilot.press("G", "r")
        await pilot.pause()
        assert any("not a web feed" in m for m in messages(app))
        assert server.paths()[before:] == ["/courier.xml"]


async def test_the_add_dialog_subscribes_and_shows_errors_in_place(
        server: LoopbackServer, library: Library) -> None:
    server.add("/courier.xml", COURIER, headers=RSS)
    app = make_app(library, RecordingService(library))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("a")
        assert isinstance(app.screen, AddFeedScreen)
        await pilot.press(*server.url("/missing.xml"), "enter")
        await app.workers.wait_for_complete()
        assert await until(pilot, lambda: "404" in text_of(app, "#add-status"))
        assert isinstance(app.screen, AddFeedScreen)
        assert app.screen.query_one("#add-status").has_class("-error")
        url = app.screen.query_one("#add-url", Input)
        url.value = server.url("/courier.xml")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        assert await until(pilot, lambda: isinstance(app.screen, MainScreen))
        assert any(m == "Subscribed to “The Lakeside Courier”: 3 new articles."
                   for m in messages(app)), messages(app)
        assert await until(pilot, lambda: len(titles(app)) == 4)
        assert "Council votes on the Lakeside tram" in titles(app)


async def test_a_failing_feed_shows_its_reason_in_the_sidebar(
        server: LoopbackServer, library: Library) -> None:
    answers = [200]

    @server.route("/courier.xml")
    def courier(request: Request, out: Responder) -> None:
        if answers[-1] == 200:
            out.send(200, COURIER, RSS)
        else:
            out.send(500, b"oops", {"Content-Type": "text/plain"})

    library.add_feed(server.url("/courier.xml"), SourceKind.HTTP)
    service = RecordingService(library)
    # The refresh runs its own event loop: off the test's loop, as the app does.
    await asyncio.to_thread(service.refresh, None, lambda progress: None, threading.Event())
    answers.append(500)
    app = make_app(library, service)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("enter")  # the newest courier article
        health = text_of(app, "#health")
        assert "Feed health" in health and "ok (HTTP 200)" in health
        assert "Next fetch" in health and "3 articles" in health
        await pilot.press("r")
        await app.workers.wait_for_complete()
        assert await until(pilot, lambda: "error:" in text_of(app, "#health"))
        health = text_of(app, "#health")
        assert "500" in health and "3 articles" in health
        assert await until(pilot, lambda: any(
            "0 new articles" in m and "1 failed" in m and "500" in m
            for m in messages(app))), messages(app)


async def test_quitting_during_a_stalled_fetch_returns(
        server: LoopbackServer, library: Library) -> None:
    @server.route("/stalled.xml")
    def stalled(request: Request, out: Responder) -> None:
        out.sleep(120)  # ends when the client goes away (or the server stops)

    library.add_feed(server.url("/stalled.xml"), SourceKind.HTTP)
    # Timeouts far longer than the test: only the stop signal can end this fetch.
    slow = FetchPolicy(total_timeout=120, connect_timeout=60, read_timeout=120,
                       trust_env=False)
    service = RecordingService(library, RefreshPolicy(fetch=slow, process_after=0))
    app = make_app(library, service)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("R")
        assert await until(pilot, lambda: "/stalled.xml" in server.paths())
        assert app.screen.query_one(RefreshBar).running
        await pilot.press("q")
    assert not app.is_running
    assert service.returned.wait(20)  # bounded: the refresh thread has ended


async def test_escape_cancels_a_stalled_add(server: LoopbackServer, library: Library) -> None:
    @server.route("/stalled.xml")
    def stalled(request: Request, out: Responder) -> None:
        out.sleep(120)

    slow = FetchPolicy(total_timeout=120, connect_timeout=60, read_timeout=120,
                       trust_env=False)
    service = RecordingService(library, RefreshPolicy(fetch=slow, process_after=0))
    app = make_app(library, service)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("a")
        app.screen.query_one("#add-url", Input).value = server.url("/stalled.xml")
        await pilot.press("enter")
        assert await until(pilot, lambda: "/stalled.xml" in server.paths())
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await app.workers.wait_for_complete()
        assert [r.message for r in service.adds_returned] == ["cancelled"]
        assert app.is_running


async def test_without_a_feed_service_the_keys_say_so(library: Library) -> None:
    app = make_app(library, None)
    async with app.run_test(size=(120, 30)) as pilot:
        for key in ("r", "R", "a"):
            await pilot.press(key)
        await pilot.pause()
        assert sum("Refresh is not available" in m for m in messages(app)) == 3
        assert isinstance(app.screen, MainScreen)


async def test_palette_removes_the_samples(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "samples.sqlite")
    try:
        sample = library.add_feed("sample:edition", SourceKind.SAMPLE, title="Samples")
        library.store_articles(sample, [plain_articles()[0]])
        app = make_app(library, None)
        async with app.run_test(size=(160, 40)) as pilot:
            screen = app.screen
            assert isinstance(screen, MainScreen)
            assert screen.sub_title == "1 article · 1 unread"
            await pilot.press("enter")
            assert "sample edition" in text_of(app, "#health")
            commands = {name: run for name, _help, run in screen.palette_commands()}
            commands["Remove the sample articles"]()
            await pilot.pause()
            assert not library.has_samples() and titles(app) == []
            assert screen.sub_title == "empty library"
            assert screen.reader.article is None
            assert "Remove the sample articles" not in {
                name for name, _help, _run in screen.palette_commands()}
            assert any("Removed 1 sample article;" in m for m in messages(app))
    finally:
        library.close()
