"""The feed commands of `reader`: add, feeds, remove, refresh, export, retention.

Exit codes (on top of `reader.cli`'s 0 / 1 / 2 / 3):
  0  done (for `refresh`: every feed fetched answered, 304 included)
  1  nothing could be done: the library cannot be opened, `add` found no feed, `remove`
     or `retention` names no known feed
  4  `refresh` finished, but some feeds failed: each is listed with its reason
  130 interrupted (Ctrl-C)

Everything printed comes from feeds or files, so it is passed through `reader.text.clean`
and printed as plain text; the progress bar (stderr, only on a terminal) shows counts only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from reader.text import clean, plural

if TYPE_CHECKING:
    from reader.services.refresh import RefreshPolicy, RefreshReport
    from reader.store import FeedState, Library

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_FEEDS_FAILED = 4
SUMMARY_FAILURES = 20
"""Failed feeds listed by `refresh` before the rest is left to `reader feeds`."""

OpenLibrary = Callable[[argparse.Namespace], "Library | None"]
Handler = Callable[[argparse.Namespace], int]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = commands.add_parser(
        "add", help="subscribe to a feed (or to the feed a web page names)",
        description="Subscribe to the feed at URL and store its articles. Given a web page, "
        "subscribe to the first feed it names in <link rel=alternate>.")
    add.add_argument("url", metavar="URL")
    add.add_argument("--tag", action="append", default=[], metavar="TAG",
                     help="tag the feed (repeatable)")
    add.add_argument("--all-found", action="store_true",
                     help="subscribe to every feed the page names, not only the first")

    commands.add_parser("feeds", help="list feeds with unread counts, last success and error")

    remove = commands.add_parser("remove", help="unsubscribe from feeds and delete their articles")
    remove.add_argument("feeds", nargs="+", metavar="URL|ID")

    refresh = commands.add_parser(
        "refresh", help="fetch the feeds that are due (all with --all)",
        description="Fetch every feed that is due (each feed waits 30 min after a success and "
        "backs off after failures). Exit code 4 when some feeds failed.")
    refresh.add_argument("feeds", nargs="*", metavar="URL|ID",
                         help="only these feeds, due or not")
    refresh.add_argument("--all", action="store_true", help="ignore the schedule")
    refresh.add_argument("--quiet", action="store_true", help="no progress bar")

    commands.add_parser("export", help="print the subscriptions as OPML 2.0")

    keep = commands.add_parser(
        "retention", help="show or set how many articles a feed keeps",
        description="Old articles beyond these limits are deleted after each refresh; "
        "starred articles are never deleted. Without options, show the settings.")
    keep.add_argument("feed", metavar="URL|ID")
    keep.add_argument("--count", type=int, metavar="N", help="keep the N newest articles")
    keep.add_argument("--days", type=int, metavar="D", help="keep articles of the last D days")
    keep.add_argument("--keep-all", action="store_true", help="remove both limits")


def handlers(open_library: OpenLibrary) -> dict[str | None, Handler]:
    """The handler of each command `register` added, given how the CLI opens the library."""

    def with_library(run: Callable[[argparse.Namespace, Library], int]) -> Handler:
        def handler(args: argparse.Namespace) -> int:
            from reader.store import StoreError

            library = open_library(args)
            if library is None:
                return EXIT_FAILED
            try:
                return run(args, library)
            except StoreError as error:
                _error(str(error))
                return EXIT_FAILED
            finally:
                library.close()

        return handler

    return {
        "add": with_library(_add), "feeds": with_library(_feeds),
        "remove": with_library(_remove), "refresh": with_library(_refresh),
        "export": with_library(_export), "retention": with_library(_retention),
    }


def _error(message: str) -> None:
    print(f"reader: {clean(message)}", file=sys.stderr)


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "never"
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _find(library: Library, ref: str) -> FeedState | None:
    feed = library.find_feed(ref.strip())
    if feed is None:
        _error(f"no feed {ref!r} in the library (see `reader feeds`)")
    return feed


def _add(args: argparse.Namespace, library: Library) -> int:
    from reader.services.subscriptions import AddError, add_url

    try:
        report = add_url(library, args.url, args.tag, all_found=args.all_found)
    except AddError as error:
        _error(str(error))
        return EXIT_FAILED
    for outcome in report.added:
        state = f"failed: {outcome.reason}" if outcome.reason else f"{outcome.new} articles"
        print(clean(f"subscribed to {outcome.title} ({outcome.moved_to or outcome.url}): {state}"))
    for url in report.existing:
        print(clean(f"already subscribed: {url}"))
    for url, title in report.also_found:
        print(clean(f"the page also names {title or 'a feed'}: {url} (reader add {url})"))
    return EXIT_OK


def _feeds(_args: argparse.Namespace, library: Library) -> int:
    for feed in library.feed_states():
        print(clean(f"[{feed.id}] {feed.title or feed.url}: {feed.unread_count} unread of "
                    f"{feed.article_count} ({feed.kind.value})"))
        print(clean(f"    {feed.url}"))
        if feed.tags:
            print(clean("    tags: " + ", ".join(feed.tags)))
        if feed.kind.value != "http":
            continue
        line = f"    last success: {_when(feed.last_success)}"
        if feed.gone:
            line += f"; gone ({feed.last_error}): not fetched again until added anew"
        elif feed.last_error:
            line += (f"; last error: {feed.last_error} ({feed.failures} in a row,"
                     f" next try {_when(feed.next_fetch)})")
        print(clean(line))
    return EXIT_OK


def _remove(args: argparse.Namespace, library: Library) -> int:
    status = EXIT_OK
    for ref in args.feeds:
        feed = _find(library, ref)
        if feed is None:
            status = EXIT_FAILED
            continue
        removed = library.remove_feed(feed.id)
        print(clean(f"removed {feed.title or feed.url} and its {removed} article(s)"))
    return status


def _export(_args: argparse.Namespace, library: Library) -> int:
    from reader.services.subscriptions import export_opml

    sys.stdout.buffer.write(export_opml(library))
    sys.stdout.flush()
    return EXIT_OK


def _retention(args: argparse.Namespace, library: Library) -> int:
    feed = _find(library, args.feed)
    if feed is None:
        return EXIT_FAILED
    if args.keep_all or args.count is not None or args.days is not None:
        if (args.count is not None and args.count < 0) or (args.days is not None and args.days < 1):
            _error("--count must be 0 or more and --days 1 or more")
            return EXIT_FAILED
        removed = library.set_retention(feed.id, None if args.keep_all else args.count,
                                        None if args.keep_all else args.days)
        print(f"{removed} article(s) removed now")
        feed = library.feed_state(feed.id) or feed
    count = "all" if feed.keep_count is None else f"the newest {feed.keep_count}"
    days = "" if feed.keep_days is None else f", none older than {feed.keep_days} days"
    print(clean(f"{feed.title or feed.url}: keeps {count} articles{days} (starred: always)"))
    return EXIT_OK


def _refresh(args: argparse.Namespace, library: Library) -> int:
    from reader.services.refresh import RefreshPolicy, refresh

    ids: list[int] | None = None
    if args.feeds:
        found = [_find(library, ref) for ref in args.feeds]
        if any(f is None for f in found):
            return EXIT_FAILED
        ids = [f.id for f in found if f is not None]
    policy = RefreshPolicy(force=args.all)
    if args.quiet or not sys.stderr.isatty():
        report = refresh(library, ids, policy)
    else:
        report = _refresh_with_progress(library, ids, policy)
    _summary(report)
    return EXIT_FEEDS_FAILED if report.failed else EXIT_OK


def _refresh_with_progress(library: Library, ids: list[int] | None,
                           policy: RefreshPolicy) -> RefreshReport:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from reader.services.refresh import refresh

    columns = (TextColumn("refreshing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("refresh", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        return refresh(library, ids, policy, on_progress=advance)


def _summary(report: RefreshReport) -> None:
    from reader.services.refresh import Result

    fetched = len(report.outcomes)
    head = f"refreshed {plural(fetched, 'feed')} in {report.elapsed:.1f} s"
    if report.cancelled:
        head += " (stopped before the end)"
    lines = [head]
    if fetched:
        lines.append(f"  new        {plural(report.count(Result.NEW), 'feed')}, "
                     f"{plural(report.new_articles, 'new article')}")
        lines.append(f"  updated    {plural(report.count(Result.UPDATED), 'feed')}, "
                     f"{plural(report.updated_articles, 'article')} changed")
        unchanged = report.count(Result.UNCHANGED, Result.NOT_MODIFIED)
        lines.append(f"  unchanged  {plural(unchanged, 'feed')}"
                     f" ({report.count(Result.NOT_MODIFIED)} not modified)")
        lines.append(f"  failed     {plural(len(report.failed), 'feed')}")
    for outcome in report.failed[:SUMMARY_FAILURES]:
        lines.append(f"    {outcome.title} <{outcome.url}>: {outcome.reason}"
                     + ("; it will not be fetched again" if outcome.gone else ""))
    if len(report.failed) > SUMMARY_FAILURES:
        lines.append(f"    ... and {len(report.failed) - SUMMARY_FAILURES} more "
                     "(`reader feeds` lists every error)")
    lines.extend(f"  moved      {o.url} -> {o.moved_to}" for o in report.outcomes if o.moved_to)
    removed = sum(o.removed for o in report.outcomes)
    if removed:
        lines.append(f"  retention  {plural(removed, 'old article')} deleted")
    if report.not_due:
        lines.append(f"  not due    {plural(report.not_due, 'feed')}"
                     " (--all fetches those not gone or asked to wait)")
    print(clean("\n".join(lines)))
