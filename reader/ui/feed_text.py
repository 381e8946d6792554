"""Words for feed work: the refresh progress line, its summary, and a feed's health.

Pure functions over plain data (the service's records, the store's `FeedState`); feed
titles and failure reasons are outside text, so callers show the results as plain text.
"""

from __future__ import annotations

from datetime import UTC, datetime

from reader.model import SourceKind
from reader.store import FeedState
from reader.text import plural
from reader.ui.dates import absolute_date
from reader.ui.render import one_line
from reader.ui.services import FAILED, NOT_MODIFIED, FeedLanded, RefreshSummary

FAILURES_SHOWN = 3
"""The summary names the first few failed feeds with their reasons, not all of them."""


def progress_line(done: int, total: int, new: int) -> str:
    """`Refreshing 12/40 · 3 new`."""
    line = f"Refreshing {done}/{total}" if total else "Refreshing…"
    return f"{line} · {new} new" if new else line


def summary(report: RefreshSummary) -> tuple[str, bool]:
    """The notification after a refresh, and whether it reports a failure."""
    if not report.outcomes:
        if report.cancelled:
            return "Refresh stopped.", False
        if report.not_due:
            return (f"Nothing to fetch: {plural(report.not_due, 'feed')} asked to wait"
                    " (gone, or a Retry-After).", False)
        return "No web feed to refresh yet: a adds one.", False
    counts = [plural(len(report.outcomes), "feed") + ":",
              f"{plural(report.new_articles, 'new article')},",
              f"{report.updated_articles} updated,",
              f"{report.count('unchanged') + report.count(NOT_MODIFIED)} unchanged,",
              f"{len(report.failed)} failed"]
    lines = [" ".join(counts) + (" (stopped)" if report.cancelled else "")]
    for failed in report.failed[:FAILURES_SHOWN]:
        lines.append(f"{one_line(failed.title)}: {one_line(failed.reason or 'failed')}")
    if len(report.failed) > FAILURES_SHOWN:
        lines.append(f"… and {len(report.failed) - FAILURES_SHOWN} more")
    return "\n".join(lines), bool(report.failed)


def _local(moment: datetime | None) -> str:
    """A naive-UTC store time as the user's local date and time."""
    if moment is None:
        return ""
    return absolute_date(moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


def outcome_text(state: FeedState, landed: FeedLanded | None) -> str:
    """The last fetch's outcome: this session's own word if it fetched, else the store's."""
    if landed is not None and landed.result != FAILED:
        if landed.result == "new":
            return plural(landed.new, "new article")
        if landed.result == "updated":
            return f"{landed.updated} updated"
        if landed.result == NOT_MODIFIED:
            return "not modified (304)"
        return "nothing new"
    if state.last_error:
        return f"error: {one_line(state.last_error)}"
    if state.last_status == 304:
        return "not modified (304)"
    if state.last_status is not None:
        return f"ok (HTTP {state.last_status})"
    return "ok"


def health(state: FeedState, landed: FeedLanded | None = None) -> list[tuple[str, str]]:
    """(label, value) lines of a feed's health for the sidebar."""
    held = plural(state.article_count, "article")
    if state.kind is SourceKind.FILES:
        return [("Source", "imported files"), ("Holds", held)]
    if state.kind is SourceKind.SAMPLE:
        return [("Source", "sample edition (the palette removes it)"), ("Holds", held)]
    if state.last_fetch is None:
        return [("Last fetch", "never (r fetches it)"), ("Holds", held)]
    lines = [("Last fetch", f"{_local(state.last_fetch)} · {outcome_text(state, landed)}")]
    if state.failures > 1:
        lines.append(("Failures", f"{state.failures} in a row"))
    if state.gone:
        lines.append(("Next fetch", "never: the feed is gone (410)"))
    elif state.retry_after is not None and (state.next_fetch is None
                                            or state.retry_after > state.next_fetch):
        lines.append(("Next fetch", f"{_local(state.retry_after)} (asked to wait)"))
    elif state.next_fetch is not None:
        lines.append(("Next fetch", _local(state.next_fetch)))
    lines.append(("Holds", held))
    return lines
