"""When a feed is due: the normal interval, exponential back-off, Retry-After and 410.

Pure functions on naive UTC datetimes, so the rules can be read (and tested) apart from
the network and the library.

- After a success (200 or 304) a feed is due again after `interval`.
- After the n-th failure in a row it waits `interval * 2**n`, capped at `max_backoff`
  (30 min interval: 1 h, 2 h, 4 h, 8 h, 16 h, then 24 h).
- A 429/503 Retry-After is a floor: the feed is not asked again before it, even by
  `reader refresh --all`.
- A 410 feed is gone: never due again until the user adds it anew.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from reader.model import SourceKind
from reader.store import FeedState


def next_after_success(now: datetime, interval: timedelta) -> datetime:
    return now + interval


def next_after_failure(
    now: datetime,
    failures: int,
    interval: timedelta,
    max_backoff: timedelta,
    retry_after: float | None = None,
) -> tuple[datetime, datetime | None]:
    """(next fetch, Retry-After deadline) after the `failures`-th failure in a row."""
    # Exponent clamped: 2**60 intervals overflow timedelta, and the cap is hit long before.
    delay = min(max_backoff, interval * 2 ** min(max(failures, 1), 30))
    wait = _ceil_second(now + timedelta(seconds=retry_after)) if retry_after is not None else None
    due = now + delay
    return (max(due, wait) if wait is not None else due), wait


def _ceil_second(moment: datetime) -> datetime:
    """Rounded up: the library keeps whole seconds, and early would be impolite."""
    if moment.microsecond:
        return moment.replace(microsecond=0) + timedelta(seconds=1)
    return moment


def is_due(feed: FeedState, now: datetime, force: bool = False) -> bool:
    """True when the refresher should fetch `feed` now (`force` ignores the schedule
    but never a 410 or the server's Retry-After)."""
    if feed.kind is not SourceKind.HTTP or feed.gone:
        return False
    if feed.retry_after is not None and feed.retry_after > now:
        return False
    return force or feed.next_fetch is None or feed.next_fetch <= now
