"""What the app asks of the outside world beyond the library: fetching feeds.

The UI never imports the fetcher or the parsers (see tests/test_architecture.py); the
command line builds a `FeedService` (`reader.cli.feed_service.LiveFeedService`) and hands it
to `ReaderApp`. The types here are plain data, free of Textual, so the adapter that fills
them loads no UI code.

Both methods block and are called from a worker thread. Each takes a `stop` event: once
it is set, the method must return promptly (within a fraction of a second), so quitting
the app during a stalled fetch gives the terminal back at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

FAILED = "failed"
NOT_MODIFIED = "not modified"


@dataclass(frozen=True, slots=True)
class FeedLanded:
    """One feed's refresh, finished (stored, or failed with a reason)."""

    feed_id: int
    title: str
    result: str
    """`new`, `updated`, `unchanged`, `not modified` or `failed`."""
    new: int = 0
    updated: int = 0
    reason: str | None = None
    """Why it failed (one clean line)."""


@dataclass(frozen=True, slots=True)
class RefreshProgress:
    """`done` of `total` feeds are finished; `landed` is the one that just finished
    (None for the first report, which only says how many feeds are due)."""

    done: int
    total: int
    landed: FeedLanded | None = None


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    """What a whole refresh did, counted by feed outcome."""

    outcomes: tuple[FeedLanded, ...] = ()
    not_due: int = 0
    """Feeds left alone: not due yet, gone (410) or asked to wait (Retry-After)."""
    cancelled: bool = False

    def count(self, result: str) -> int:
        return sum(1 for o in self.outcomes if o.result == result)

    @property
    def new_articles(self) -> int:
        return sum(o.new for o in self.outcomes)

    @property
    def updated_articles(self) -> int:
        return sum(o.updated for o in self.outcomes)

    @property
    def failed(self) -> list[FeedLanded]:
        return [o for o in self.outcomes if o.result == FAILED]


@dataclass(frozen=True, slots=True)
class AddResult:
    """The outcome of subscribing to a URL (`error` False: it worked)."""

    message: str
    """One line for the user: what was added, or why not."""
    error: bool = False
    feed_ids: tuple[int, ...] = field(default=())
    """The feeds subscribed (or already subscribed) by this URL."""


ProgressCallback = Callable[[RefreshProgress], None]


class FeedService(Protocol):
    """Fetching feeds for the app (see the module doc)."""

    def refresh(self, feed_ids: Sequence[int] | None, on_progress: ProgressCallback,
                stop: threading.Event) -> RefreshSummary:
        """Refresh the web feeds `feed_ids`, or all of them (None), due or not."""
        ...

    def add(self, url: str, stop: threading.Event) -> AddResult:
        """Subscribe to the feed at `url` (or the feed its page names) and fetch it."""
        ...
