"""`LiveFeedService`: the app's `FeedService`, made of `reader.services.refresh` and
`reader.services.subscriptions`.

The UI may not import the fetcher or the parsers; the command line builds this adapter
and injects it into `ReaderApp`. It only translates: refresh outcomes become the UI's
plain `FeedLanded` records, and `add_url` runs on a daemon thread of its own so that a
stalled server never holds up quitting (`add_url` has no stop signal of its own).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace

from reader.services.refresh import FeedOutcome, RefreshPolicy, refresh
from reader.services.subscriptions import AddError, AddReport, add_url
from reader.store import Library, StoreError
from reader.text import clean_line, plural
from reader.ui.services import (
    AddResult,
    FeedLanded,
    ProgressCallback,
    RefreshProgress,
    RefreshSummary,
)

__all__ = ["LiveFeedService", "landed"]

STOP_POLL = 0.05
"""Seconds between looks at the stop event while an add is under way."""


def landed(outcome: FeedOutcome) -> FeedLanded:
    return FeedLanded(outcome.feed_id, clean_line(outcome.title), outcome.result.value,
                      outcome.new, outcome.updated,
                      clean_line(outcome.reason) if outcome.reason else None)


def add_message(report: AddReport) -> str:
    """`Subscribed to “Title”: 3 new articles.` and what else the page names."""
    parts = [f"Subscribed to “{o.title}”: {plural(o.new, 'new article')}."
             for o in report.added]
    parts += [f"Already subscribed to {url}." for url in report.existing]
    if report.also_found:
        parts.append(f"The page names {plural(len(report.also_found), 'other feed')}: "
                     + ", ".join(url for url, _title in report.also_found[:3]))
    return clean_line(" ".join(parts)) or "Nothing to subscribe to."


class LiveFeedService:
    """Refreshes and subscribes through the real fetcher, into `library`."""

    def __init__(self, library: Library, policy: RefreshPolicy | None = None) -> None:
        self.library = library
        self.policy = policy or RefreshPolicy()

    def refresh(self, feed_ids: Sequence[int] | None, on_progress: ProgressCallback,
                stop: threading.Event) -> RefreshSummary:
        done = 0
        total = 0

        def started(finished: int, count: int) -> None:
            nonlocal total
            total = count
            if finished == 0:
                on_progress(RefreshProgress(0, count))

        def feed_done(outcome: FeedOutcome) -> None:
            nonlocal done
            done += 1
            on_progress(RefreshProgress(done, max(total, done), landed(outcome)))

        # The user asked for all of them: due or not (never a gone one, nor one under a
        # Retry-After; conditional requests keep it cheap for the servers).
        policy = self.policy if feed_ids is not None else replace(self.policy, force=True)
        report = refresh(self.library, feed_ids, policy, on_progress=started,
                         on_feed_done=feed_done, stop=stop)
        return RefreshSummary(tuple(landed(o) for o in report.outcomes), report.not_due,
                              report.cancelled)

    def _add(self, url: str) -> AddResult:
        try:
            report = add_url(self.library, url, policy=self.policy)
        except (AddError, StoreError) as error:
            return AddResult(clean_line(str(error)), error=True)
        ids = tuple(o.feed_id for o in report.added)
        ids += tuple(f.id for u in report.existing if (f := self.library.find_feed(u)))
        return AddResult(add_message(report), feed_ids=ids)

    def add(self, url: str, stop: threading.Event) -> AddResult:
        box: list[AddResult] = []
        finished = threading.Event()

        def run() -> None:
            try:
                box.append(self._add(url))
            except Exception as error:  # reported in the dialog, never a crash
                box.append(AddResult(f"unexpected error: {type(error).__name__}", error=True))
            finally:
                finished.set()

        threading.Thread(target=run, name="reader-add", daemon=True).start()
        while not finished.wait(STOP_POLL):
            if stop.is_set():
                return AddResult("cancelled", error=True)
        return box[0]
