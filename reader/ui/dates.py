"""Dates as the list and the sidebar show them, independent of the system locale."""

from __future__ import annotations

from datetime import datetime

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _naive(moment: datetime) -> datetime:
    """Aware times (feed entries, stored in UTC) become naive times in the user's zone;
    naive ones are already local (syndication files), so they are shown as written."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def relative_date(published: datetime | None, now: datetime) -> str:
    """`now`, `5 min`, `3 h`, `2 d`, then `12 Mar` (same year) or `2023`: at most 6 cells."""
    if published is None:
        return ""
    published, now = _naive(published), _naive(now)
    seconds = (now - published).total_seconds()
    if seconds < 60:
        # Also a date in the future: feeds lie about time zones, "now" is the kind answer.
        return "now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h"
    if seconds < 7 * 86400:
        return f"{int(seconds // 86400)} d"
    month = _MONTHS[published.month - 1]
    if published.year == now.year:
        return f"{published.day} {month}"
    return str(published.year)


def absolute_date(published: datetime | None) -> str:
    """`10 Nov 2024 14:01` in the user's zone, or an empty string for an undated article."""
    if published is None:
        return ""
    published = _naive(published)
    month = _MONTHS[published.month - 1]
    return f"{published.day} {month} {published.year} {published.hour:02d}:{published.minute:02d}"


def reading_minutes(word_count: int, words_per_minute: int = 230) -> int:
    """Whole minutes to read `word_count` words, at least 1 for any text."""
    if word_count <= 0:
        return 0
    return max(1, round(word_count / words_per_minute))
