"""`reader import`: local files and folders into the library, and the sample edition.

Single-article files (syndication text, saved HTML pages) are grouped into one FILES feed
per folder (`file:///abs/folder`, titled with the folder's name); a feed file (RSS, Atom,
JSON Feed) is a FILES feed of its own (`file:///abs/feed.xml`, titled by the feed).
Importing again is idempotent: the store upserts by (feed, guid), so an unchanged file
changes nothing and a live blog that grew keeps its read/starred state.

Subscription lists (OPML, newsboat `urls` files) are handed to `reader.services.subscriptions`:
their feeds are subscribed (fetched by the next `reader refresh`), and every line not
imported is a problem listed with its line number and reason.

One bad file never stops the others: each is listed in `ImportReport.problems` with its
reason. Only a library failure (`StoreError`: disk full, locked) ends the import.

The parser is imported inside the functions: `import reader.services.importer` stays light.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reader.fetch.files import FileEntry, UnreadableFile, iter_files, read_file
from reader.model import Article, FeedInfo, ParsedDocument, SourceKind
from reader.store import Library, StoreCounts
from reader.text import clean_line

if TYPE_CHECKING:
    from reader.parse.opml import SubscriptionList

BATCH = 200
"""Articles per write: few transactions for 10,000 small files, short ones for others."""

Progress = Callable[[int, int | None], None]


@dataclass
class ImportReport:
    imported: int = 0
    """Files read and stored (whatever their articles' fate)."""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)
    """(shown path, reason) for every file skipped."""
    warnings: list[tuple[str, str]] = field(default_factory=list)
    """(shown path, warning) for files imported with something the parser recovered from."""
    subscribed: int = 0
    """Feeds added from OPML / newsboat `urls` files."""
    already_subscribed: int = 0

    def add(self, counts: StoreCounts) -> None:
        self.new += counts.new
        self.updated += counts.updated
        self.unchanged += counts.unchanged


def _folder_title(folder: Path) -> str:
    return clean_line(os.fsdecode(folder.name)) or str(folder)


def _wall_clock(published: datetime | None) -> datetime:
    """A naive time to rank copies by: an aware one (an HTML page with a zone) in UTC, a
    naive one (syndication text, the outlet's clock) as is. Copies of one article may be
    of both kinds, and Python refuses to order aware against naive; off by the UTC offset
    at most, which is enough to tell an older snapshot from a newer one."""
    if published is None:
        return datetime.min
    if published.tzinfo is not None:
        try:
            return published.astimezone(UTC).replace(tzinfo=None)
        except OverflowError:
            return datetime.min
    return published


def _completeness(article: Article) -> tuple[int, datetime, int]:
    return (len(article.sections), _wall_clock(article.published), article.word_count)


class _Batcher:
    """Single articles waiting for their folder's feed, written BATCH at a time.

    A scraper saves a live blog again and again under the same link (its guid): of the
    copies met in one import, the most complete (most sections, then latest, then
    longest) is stored, so re-importing the folder never flips between snapshots.
    """

    def __init__(self, library: Library, report: ImportReport) -> None:
        self._library = library
        self._report = report
        self._feeds: dict[Path, int] = {}
        self._pending: dict[Path, list[Article]] = {}
        self._count = 0
        self._best: dict[tuple[Path, str], tuple[tuple[int, datetime, int], str]] = {}
        self._pending_at: dict[tuple[Path, str], int] = {}

    def add(self, folder: Path, articles: Sequence[Article], shown: str) -> None:
        pending = self._pending.setdefault(folder, [])
        for article in articles:
            key = (folder, article.guid) if article.guid else None
            if key is not None:
                rank = _completeness(article)
                best = self._best.get(key)
                if best is not None and rank <= best[0]:
                    self._skip(shown, best[1])
                    continue
                if best is not None and key in self._pending_at:
                    self._skip(best[1], shown)
                    pending[self._pending_at[key]] = article
                    self._best[key] = (rank, shown)
                    continue
                self._best[key] = (rank, shown)
                self._pending_at[key] = len(pending)
            pending.append(article)
            self._count += 1
        if self._count >= BATCH:
            self.flush()

    def _skip(self, dropped: str, kept: str) -> None:
        self._report.unchanged += 1
        self._report.warnings.append(
            (dropped, f"another copy of the same article was kept: {kept}"))

    def flush(self) -> None:
        for folder, articles in self._pending.items():
            feed_id = self._feeds.get(folder)
            if feed_id is None:
                feed_id = self._library.add_feed(
                    folder.as_uri(), SourceKind.FILES, _folder_title(folder))
                self._feeds[folder] = feed_id
            self._report.add(self._library.store_articles(feed_id, articles))
        self._pending.clear()
        self._pending_at.clear()
        self._count = 0


def _store_feed_file(library: Library, entry: FileEntry, info: FeedInfo,
                     articles: Sequence[Article], report: ImportReport) -> None:
    file_path = Path(os.path.realpath(entry.path))
    title = info.title or clean_line(os.fsdecode(file_path.name))
    feed_id = library.add_feed(file_path.as_uri(), SourceKind.FILES, title, info.link)
    report.add(library.store_articles(feed_id, articles))


def _parse(entry: FileEntry) -> ParsedDocument | SubscriptionList | str:
    """The parsed file, or the reason it cannot be imported."""
    from reader.parse import ParseError, parse_bytes
    from reader.parse.opml import looks_like_opml, looks_like_urls, parse_opml, parse_urls

    try:
        data = read_file(entry)
        name = os.fsdecode(entry.path.name)
        if looks_like_opml(data):
            return parse_opml(data)
        if looks_like_urls(data, name):
            return parse_urls(data)
        return parse_bytes(data, name=name)
    except (UnreadableFile, ParseError) as error:
        return str(error) or type(error).__name__


def import_paths(library: Library, paths: Sequence[Path],
                 progress: Progress | None = None) -> ImportReport:
    """Import every file under `paths`; `progress(done, total)` after each file."""
    report = ImportReport()
    walked = list(iter_files(paths))  # paths and sizes only: cheap even for 10,000 files
    entries = [item for item in walked if isinstance(item, FileEntry)]
    report.problems.extend((p.shown, p.reason) for p in walked if not isinstance(p, FileEntry))
    total = len(entries)
    if progress:
        progress(0, total)
    batcher = _Batcher(library, report)
    for done, entry in enumerate(entries, start=1):
        parsed = _parse(entry)
        if isinstance(parsed, str):
            report.problems.append((entry.shown, parsed))
        elif not isinstance(parsed, ParsedDocument):
            _subscribe(library, entry.shown, parsed, report)
            report.imported += 1
        elif parsed.feed is None and not parsed.articles:
            report.problems.append((entry.shown, "no article found in this file"))
        else:
            warnings = [*parsed.warnings, *(w for a in parsed.articles for w in a.warnings)]
            report.warnings.extend((entry.shown, w) for w in dict.fromkeys(warnings))
            if parsed.feed is None:
                batcher.add(entry.folder, parsed.articles, entry.shown)
            else:
                _store_feed_file(library, entry, parsed.feed, parsed.articles, report)
            report.imported += 1
        if progress:
            progress(done, total)
    batcher.flush()
    return report


def _subscribe(library: Library, shown: str, subscriptions: SubscriptionList,
               report: ImportReport) -> None:
    from reader.services.subscriptions import import_subscriptions

    done = import_subscriptions(library, subscriptions)
    report.subscribed += done.added
    report.already_subscribed += done.existing
    report.problems.extend((f"{shown} {s.where}", s.reason) for s in done.skipped)


SAMPLE_URL = "sample:"
"""Sample feeds' urls: `sample:articles` for the single articles, `sample:<file>` for feeds."""


def load_samples() -> list[tuple[FeedInfo | None, str, Sequence[Article]]]:
    """The bundled sample edition as `Library.seed_samples` wants it. A sample that fails
    to parse is left out: it must never keep the app from starting."""
    from reader.parse import ParseError, parse_path
    from reader.samples import sample_paths

    singles: list[Article] = []
    groups: list[tuple[FeedInfo | None, str, Sequence[Article]]] = []
    for path in sample_paths():
        try:
            parsed = parse_path(path)
        except (ParseError, OSError):
            continue
        if parsed.feed is None:
            singles.extend(parsed.articles)
        else:
            groups.append((parsed.feed, SAMPLE_URL + path.name, parsed.articles))
    if singles:
        info = FeedInfo(title="Sample articles", format="syndication")
        groups.insert(0, (info, SAMPLE_URL + "articles", singles))
    return groups


def seed_samples(library: Library) -> bool:
    """Add the sample edition unless this library ever had it; True when it did."""
    return library.seed_samples(load_samples)
