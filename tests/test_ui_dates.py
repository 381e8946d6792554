"""Dates on screen in the user's zone: a feed entry's UTC time moves, a file's local time not.

The zone is set with TZ for the test (and restored after), so these run the same on any
machine; the app, the library and the screen are the real ones.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.model import Article, SourceKind
from reader.store import Library
from reader.ui.app import ReaderApp
from reader.ui.dates import absolute_date, relative_date
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.reader_pane import ReaderPane

NOW = datetime(2026, 11, 10, 16, 0)
"""The app's clock: naive local time, as `datetime.now()` gives it."""
FEED_TIME = datetime(2026, 11, 10, 14, 40, tzinfo=UTC)  # 15:40 in Paris (UTC+1 in November)
FILE_TIME = datetime(2026, 11, 10, 14, 32)  # the outlet's local time, no zone


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as patch:
        patch.setenv("TZ", "Europe/Paris")
        time.tzset()
        yield
    time.tzset()


def test_paris_is_really_set(paris: None) -> None:
    # Without zone data the other tests would prove nothing.
    assert FEED_TIME.astimezone().utcoffset() is not None
    assert FEED_TIME.astimezone().hour == 15


def test_date_functions_show_aware_times_in_the_local_zone(paris: None) -> None:
    assert absolute_date(FEED_TIME) == "10 Nov 2026 15:40"
    assert absolute_date(FILE_TIME) == "10 Nov 2026 14:32"
    assert relative_date(FEED_TIME, NOW) == "20 min"
    assert relative_date(FILE_TIME, NOW) == "1 h"
    # 23:30 UTC on 31 Dec is already the next day and year in Paris.
    new_year = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    assert absolute_date(new_year) == "1 Jan 2027 00:30"
    assert relative_date(new_year, datetime(2027, 3, 1, 12)) == "1 Jan"


def fill(library: Library, feed_time: datetime) -> None:
    feed = library.add_feed("https://vigie.example/rss", SourceKind.HTTP, "La Vigie du Ponant")
    files = library.add_feed("file:///imports", SourceKind.FILES, "Imports")
    library.store_articles(feed, [Article(
        title="Le phare de Kerbriant rallumé", outlet="La Vigie du Ponant",
        published=feed_time, lead=("La lanterne brille de nouveau.",), guid="urn:vigie:1")])
    library.store_articles(files, [Article(
        title="Les goélands reviennent au port", outlet="Le Courrier des Îles",
        published=FILE_TIME, lead=("Une colonie s’installe sur la jetée.",), guid="urn:ile:1")])


def screen_text(app: ReaderApp) -> str:
    """The whole screen as text, as the terminal shows it."""
    # (the reader pane keeps a date's parts together with no-break spaces)
    text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
    return text.replace("\u00a0", " ")


@pytest.mark.parametrize("naive_feed_time", [False, True], ids=["aware", "naive-utc"])
async def test_list_reader_and_sidebar_show_local_times(
    paris: None, tmp_path: Path, naive_feed_time: bool,
) -> None:
    library = Library.open(tmp_path / "lib.sqlite")
    # Naive UTC is what the feed parsers hand over today, stored into an HTTP feed.
    fill(library, FEED_TIME.replace(tzinfo=None) if naive_feed_time else FEED_TIME)
    app = ReaderApp(library, open_url=lambda _url: None, clock=lambda: NOW)
    try:
        async with app.run_test(size=(160, 40)) as pilot:
            await pilot.pause()
            articles = app.screen.query_one(ArticleList)
            rows = [articles.render_line(y).text for y in range(2)]
            # Newest first: the feed entry (15:40 local) before the file (14:32 local).
            assert "Le phare de Kerbriant" in rows[0] and rows[0].rstrip().endswith("20 min")
            assert "Les goélands" in rows[1] and rows[1].rstrip().endswith("1 h")

            await pilot.press("enter")
            await pilot.pause()
            reader = app.screen.query_one(ReaderPane)
            assert any("10\u00a0Nov\u00a02026\u00a015:40" in line.text for line in reader.lines)
            # The reader pane's header and the sidebar's "Published", and nowhere UTC.
            assert screen_text(app).count("10 Nov 2026 15:40") == 2
            assert "14:40" not in screen_text(app)

            await pilot.press("j", "enter")
            await pilot.pause()
            assert any("10\u00a0Nov\u00a02026\u00a014:32" in line.text for line in reader.lines)
            assert screen_text(app).count("10 Nov 2026 14:32") == 2  # header and sidebar
    finally:
        library.close()
