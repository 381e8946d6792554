"""Refreshing feeds: fetch -> parse -> store, one feed at a time as each lands.

    report = refresh(library)                       # the due feeds, blocking
    report = refresh(library, [feed_id])            # this feed now (still not a 410 one)
    report = refresh(library, policy=RefreshPolicy(force=True), stop=event)

`refresh` runs its own event loop (`asyncio.run`), so the CLI calls it directly and the
app calls it from a `@work(thread=True)` worker; `refresh_async` is the same for a caller
that already has a loop. Setting `stop` (a `threading.Event`) ends the refresh within
about 50 ms: fetches in flight are cancelled and their sockets closed, queued parses are
dropped, a store already under way completes (it is one short transaction), and the
report says `cancelled`. The callbacks run on the thread that called `refresh`.

How the work is laid out, and why:
- Conditional GET with the stored ETag / Last-Modified; all fetching in `reader.fetch.http`
  (concurrency and per-host limits in `FetchPolicy`).
- Each body is parsed off the event loop (`reader.services.refresh_parse`), then stored by one
  writer thread: each feed's articles, fetch state and retention together in one
  savepoint, the feeds that landed together (up to BATCH) in ONE short transaction
  (`_Writer`). No transaction is ever open while the network is awaited.
- A feed that fails keeps every article it stored before; its failure is recorded with
  the reason and it backs off (`reader.services.refresh_schedule`). One feed's trouble (network,
  parser, even the store) never stops the others.
- 301/308 chains move the stored URL; a 410 marks the feed gone; 429/503 Retry-After
  holds the feed back at least that long.
- Articles are matched by guid/link/hash (the parser sets `Article.guid`): a changed
  article is updated in place, keeping read/starred.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from reader.fetch.http_types import (
    Fetched,
    FetchFailed,
    FetchPolicy,
    FetchRequest,
    FetchResult,
    NotModified,
)
from reader.model import ParsedDocument, SourceKind
from reader.services.refresh_parse import PROCESS_AFTER, Parsers
from reader.services.refresh_schedule import is_due, next_after_failure, next_after_success
from reader.store import FeedState, FetchRecord, Library, StoreError
from reader.store.library import WRITE_CHUNK

__all__ = [
    "FeedOutcome", "RefreshPolicy", "RefreshReport", "Result", "record_result", "refresh",
    "refresh_async", "utc_now",
]

DEFAULT_INTERVAL = timedelta(minutes=30)
MAX_BACKOFF = timedelta(hours=24)
STOP_POLL = 0.05


@dataclass(frozen=True)
class RefreshPolicy:
    fetch: FetchPolicy = field(default_factory=FetchPolicy)
    interval: timedelta = DEFAULT_INTERVAL
    """How long a feed that answered stays fresh."""
    max_backoff: timedelta = MAX_BACKOFF
    force: bool = False
    """Fetch every feed, due or not (still never a 410 one or one under Retry-After)."""
    process_after: int = PROCESS_AFTER
    """Bodies parsed on a thread before two parser processes start (0: threads only)."""


class Result(StrEnum):
    NEW = "new"
    """Stored at least one new article."""
    UPDATED = "updated"
    """No new article, but some changed (a live blog that grew)."""
    UNCHANGED = "unchanged"
    """Fetched and parsed; nothing new or changed."""
    NOT_MODIFIED = "not modified"
    """The server answered 304 to our validators."""
    FAILED = "failed"


@dataclass(frozen=True)
class FeedOutcome:
    feed_id: int
    url: str
    title: str
    result: Result
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    reason: str | None = None
    """Why it failed (one clean line)."""
    moved_to: str | None = None
    """The feed's new URL after a permanent redirect."""
    gone: bool = False
    removed: int = 0
    """Articles let go by the feed's retention settings."""
    warnings: tuple[str, ...] = ()


@dataclass
class RefreshReport:
    outcomes: list[FeedOutcome] = field(default_factory=list)
    """One per feed fetched, in the order they were stored."""
    not_due: int = 0
    """Feeds left alone: not due yet, gone (410) or under a Retry-After."""
    cancelled: bool = False
    elapsed: float = 0.0
    used_processes: bool = False

    def count(self, *results: Result) -> int:
        return sum(1 for o in self.outcomes if o.result in results)

    @property
    def failed(self) -> list[FeedOutcome]:
        return [o for o in self.outcomes if o.result is Result.FAILED]

    @property
    def new_articles(self) -> int:
        return sum(o.new for o in self.outcomes)

    @property
    def updated_articles(self) -> int:
        return sum(o.updated for o in self.outcomes)


ProgressCallback = Callable[[int, int], None]
FeedCallback = Callable[[FeedOutcome], None]


def utc_now() -> datetime:
    """Naive UTC, as the library stores times."""
    return datetime.now(UTC).replace(tzinfo=None)


def _failed(feed: FeedState, reason: str, **extra: object) -> FeedOutcome:
    return FeedOutcome(feed.id, feed.url, feed.title or feed.url, Result.FAILED,
                       reason=reason, **extra)  # type: ignore[arg-type]


def record_result(library: Library, feed: FeedState, result: FetchResult,
                  parsed: ParsedDocument | str | None, policy: RefreshPolicy) -> FeedOutcome:
    """Store what one fetch (and its parse) gave; never raises for the feed's sake."""
    now = utc_now()
    title = feed.title or feed.url
    try:
        if isinstance(result, NotModified):
            record = FetchRecord(now, 304, None, result.etag, result.last_modified,
                                 next_after_success(now, policy.interval))
            library.record_fetch(feed.id, record)
            return FeedOutcome(feed.id, feed.url, title, Result.NOT_MODIFIED)
        if isinstance(result, FetchFailed) or not isinstance(parsed, ParsedDocument):
            reason = result.reason if isinstance(result, FetchFailed) else str(parsed or "empty")
            status = result.status
            gone = isinstance(result, FetchFailed) and result.gone
            wait = result.retry_after if isinstance(result, FetchFailed) else None
            moved = result.permanent_redirect if isinstance(result, Fetched) else None
            next_fetch, until = next_after_failure(
                now, feed.failures + 1, policy.interval, policy.max_backoff, wait)
            record = FetchRecord(now, status, reason, next_fetch=None if gone else next_fetch,
                                 retry_after=until, moved_to=moved)
            _counts, did_move, _ = library.record_fetch(feed.id, record)
            return _failed(feed, reason, gone=gone, moved_to=moved if did_move else None)
        record = FetchRecord(now, result.status, None, result.etag, result.last_modified,
                             next_after_success(now, policy.interval),
                             moved_to=result.permanent_redirect, info=parsed.feed)
        counts, did_move, removed = library.record_fetch(feed.id, record, parsed.articles)
    except StoreError as error:
        return _failed(feed, f"library error: {error}")
    kind = (Result.NEW if counts.new else Result.UPDATED if counts.updated
            else Result.UNCHANGED)
    warnings = tuple(dict.fromkeys(
        [*parsed.warnings, *(w for a in parsed.articles for w in a.warnings)]))
    return FeedOutcome(
        feed.id, feed.url, title if feed.title else (parsed.feed.title if parsed.feed else title),
        kind, counts.new, counts.updated, counts.unchanged,
        moved_to=result.permanent_redirect if did_move else None, removed=removed,
        warnings=warnings,
    )


BATCH = 16
"""Feeds stored in one transaction at most (see `_Writer`)."""
_Item = tuple[FeedState, FetchResult, ParsedDocument | str | None]


def _store_batch(library: Library, items: list[_Item], policy: RefreshPolicy,
                 ) -> list[FeedOutcome]:
    if len(items) > 1:
        try:
            with library.batch():
                return [record_result(library, *item, policy) for item in items]
        except StoreError:
            pass  # nothing of the batch was kept: one transaction per feed, as below
    return [record_result(library, *item, policy) for item in items]


def _articles(item: _Item) -> int:
    parsed = item[2]
    return len(parsed.articles) if isinstance(parsed, ParsedDocument) else 0


class _Writer:
    """The store's side of a refresh, on its one writer thread.

    Each landed feed queues its item and submits one job; jobs run in order, and the
    first to run takes every item queued by then (up to BATCH) and stores them in ONE
    transaction, each feed in its own savepoint; the later jobs find their outcome
    ready. Feeds arriving together (a cold refresh lands dozens per round trip) then
    share a commit, and a lone feed is stored at once as before. A feed long enough to
    be written in chunks is stored alone.
    """

    def __init__(self, library: Library, policy: RefreshPolicy) -> None:
        self._library = library
        self._policy = policy
        self._queue: deque[tuple[int, _Item]] = deque()
        self._done: dict[int, FeedOutcome] = {}
        self._lock = threading.Lock()
        self._next = 0

    def submit(self, item: _Item) -> int:
        with self._lock:
            self._next += 1
            self._queue.append((self._next, item))
            return self._next

    def run(self, key: int) -> FeedOutcome:
        """Runs on the writer thread."""
        if key not in self._done:
            batch: list[tuple[int, _Item]] = []
            with self._lock:
                while self._queue and len(batch) < BATCH:
                    if batch and _articles(self._queue[0][1]) > WRITE_CHUNK:
                        break
                    batch.append(self._queue.popleft())
                    if _articles(batch[-1][1]) > WRITE_CHUNK:
                        break
            items = [item for _, item in batch]
            try:
                outcomes = _store_batch(self._library, items, self._policy)
            except Exception as error:  # every feed of the batch learns it, not just one
                outcomes = [_failed(item[0], f"unexpected error: {type(error).__name__}")
                            for item in items]
            self._done.update(zip((k for k, _ in batch), outcomes, strict=True))
        return self._done.pop(key)


async def _watch(stop: threading.Event) -> None:
    while not stop.is_set():
        await asyncio.sleep(STOP_POLL)


async def refresh_async(
    library: Library,
    feed_ids: Sequence[int] | None = None,
    policy: RefreshPolicy | None = None,
    on_progress: ProgressCallback | None = None,
    on_feed_done: FeedCallback | None = None,
    stop: threading.Event | None = None,
) -> RefreshReport:
    """Refresh the due HTTP feeds (or `feed_ids`, due or not); see the module doc."""
    from reader.fetch.http import fetch_all  # httpx2 loads only when a refresh runs

    policy = policy or RefreshPolicy()
    started = time.monotonic()
    now = utc_now()
    feeds = library.feed_states(feed_ids, kind=SourceKind.HTTP)
    force = policy.force or feed_ids is not None
    due = [f for f in feeds if is_due(f, now, force)]
    report = RefreshReport(not_due=len(feeds) - len(due))
    if not due or (stop is not None and stop.is_set()):
        report.cancelled = bool(due)
        return report
    if on_progress:
        on_progress(0, len(due))
    loop = asyncio.get_running_loop()
    # Feeds never fetched (no validators) will answer with a body to parse.
    parsers = Parsers(policy.process_after,
                      expected=sum(1 for f in due if not f.etag and not f.last_modified))
    writer = ThreadPoolExecutor(1, thread_name_prefix="reader-store")
    store = _Writer(library, policy)
    by_url = {f.url: f for f in due}
    settling: set[asyncio.Task[None]] = set()

    async def settle(feed: FeedState, result: FetchResult) -> None:
        try:
            parsed = (await parsers.parse(result.body, result.final_url)
                      if isinstance(result, Fetched) else None)
            key = store.submit((feed, result, parsed))
            outcome = await loop.run_in_executor(writer, store.run, key)
        except Exception as error:  # one feed's surprise must not end the refresh
            outcome = _failed(feed, f"unexpected error: {type(error).__name__}")
        report.outcomes.append(outcome)
        if on_feed_done:
            on_feed_done(outcome)
        if on_progress:
            on_progress(len(report.outcomes), len(due))

    def landed(result: FetchResult) -> None:
        task = asyncio.create_task(settle(by_url[result.url], result))
        settling.add(task)
        task.add_done_callback(settling.discard)

    async def work() -> None:
        requests = [FetchRequest(f.url, f.etag, f.last_modified) for f in due]
        await fetch_all(requests, policy.fetch, on_result=landed)
        while settling:
            await asyncio.gather(*settling)

    worker = asyncio.create_task(work())
    watcher = asyncio.create_task(_watch(stop)) if stop is not None else None
    try:
        await asyncio.wait({worker, *([watcher] if watcher else [])},
                           return_when=asyncio.FIRST_COMPLETED)
        if not worker.done():
            report.cancelled = True
            worker.cancel()
        for task in list(settling):
            task.cancel()
        await asyncio.gather(worker, *settling, return_exceptions=report.cancelled)
    finally:
        if watcher is not None:
            watcher.cancel()
        worker.cancel()
        parsers.close()
        writer.shutdown(wait=True, cancel_futures=True)
        report.used_processes = parsers.used_processes
        report.elapsed = time.monotonic() - started
    return report


def refresh(
    library: Library,
    feed_ids: Sequence[int] | None = None,
    policy: RefreshPolicy | None = None,
    on_progress: ProgressCallback | None = None,
    on_feed_done: FeedCallback | None = None,
    stop: threading.Event | None = None,
) -> RefreshReport:
    """`refresh_async` on a loop of its own: for the CLI and for worker threads."""
    return asyncio.run(refresh_async(library, feed_ids, policy, on_progress, on_feed_done, stop))
