"""The refresh line under the article list: `Refreshing 12/40 · 3 new` and a bar.

It owns the refresh worker: a thread (the service blocks) that reports each feed as it
lands by posting messages, which bubble up to the screen so the list can grow while the
user keeps reading. The stop event is set when the widget goes away, so quitting during a
stalled fetch ends the worker within the service's promise (a fraction of a second).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, ProgressBar

from reader.ui.feed_text import progress_line
from reader.ui.services import FeedService, RefreshProgress, RefreshSummary


class RefreshBar(Horizontal):
    """Hidden while idle; shows the running refresh's progress."""

    class Progress(Message):
        """One more feed landed (or, first, how many are due)."""

        def __init__(self, progress: RefreshProgress) -> None:
            super().__init__()
            self.progress = progress

    class Finished(Message):
        """The refresh ended: `summary`, or `error` if the service itself failed."""

        def __init__(self, summary: RefreshSummary | None, error: str | None = None) -> None:
            super().__init__()
            self.summary = summary
            self.error = error

    def __init__(self, feeds: FeedService | None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.feeds = feeds
        self._stop = threading.Event()
        self._busy = False
        self._new = 0

    def compose(self) -> ComposeResult:
        yield Label(Content("Refreshing…"), id="refresh-label")
        yield ProgressBar(total=None, show_percentage=False, show_eta=False,
                          id="refresh-progress")

    def on_mount(self) -> None:
        self.display = False

    @property
    def running(self) -> bool:
        return self._busy

    def start(self, feed_ids: Sequence[int] | None) -> bool:
        """Refresh `feed_ids` (None: every web feed); False if one is already running."""
        if self._busy or self.feeds is None:
            return False
        self._busy = True
        self._new = 0
        self._stop = threading.Event()
        self.query_one("#refresh-label", Label).update(Content(progress_line(0, 0, 0)))
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.display = True
        self._refresh(self.feeds, None if feed_ids is None else list(feed_ids), self._stop)
        return True

    def stop(self) -> None:
        self._stop.set()

    @work(thread=True, exclusive=True, exit_on_error=False, group="refresh")
    def _refresh(self, feeds: FeedService, feed_ids: list[int] | None,
                 stop: threading.Event) -> None:
        try:
            summary = feeds.refresh(feed_ids, lambda p: self._post(self.Progress(p)), stop)
        except Exception as error:  # the app stays up; the user is told why
            self._post(self.Finished(None, f"{type(error).__name__}: {error}"))
        else:
            self._post(self.Finished(summary))

    def _post(self, message: Message) -> None:
        """Post from the worker thread; after the app has closed there is no one to tell."""
        with contextlib.suppress(RuntimeError):
            self.post_message(message)

    def on_refresh_bar_progress(self, message: RefreshBar.Progress) -> None:
        progress = message.progress
        if progress.landed is not None:
            self._new += progress.landed.new
        self.query_one("#refresh-label", Label).update(
            Content(progress_line(progress.done, progress.total, self._new)))
        self.query_one(ProgressBar).update(total=progress.total or None,
                                           progress=progress.done)

    def on_refresh_bar_finished(self, _message: RefreshBar.Finished) -> None:
        self._busy = False
        self.display = False

    def on_unmount(self) -> None:
        self.stop()
