"""The `reader` command: opens the app, or runs one task for scripts.

Exit codes (also in the README):
  0  everything asked for was done
  1  nothing could be done (unreadable library, bad file, ...): one line on stderr says why
  2  wrong usage (argparse)
  3  done, but some files or lines were skipped: each is listed on stderr with its reason
  4  `reader refresh` finished but some feeds failed: each is listed with its reason

Heavy modules (Textual, feedparser) are imported inside the commands that need them, so
`reader parse` and `reader import` start quickly and never load the UI.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__
from reader.cli import feeds as cli_feeds
from reader.text import clean

if TYPE_CHECKING:
    from reader.services.importer import ImportReport
    from reader.store import Library

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_PARTIAL = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="A terminal news reader that understands live blogs. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument(
        "--library",
        metavar="PATH",
        type=Path,
        help="library file to use (default: $READER_HOME/library.sqlite, "
        "else the platform's user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser(
        "import",
        help="import article files, feed files or folders of them into the library",
        description="Import syndication text files, RSS/Atom/JSON Feed files and HTML pages. "
        "Folders are walked; every skipped file is listed with its reason.",
    )
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument("--quiet", action="store_true", help="no progress bar")

    parse = commands.add_parser(
        "parse",
        help="print one file's parsed article(s) without touching the library",
    )
    parse.add_argument("file", type=Path, metavar="FILE")
    parse.add_argument("--format", choices=("json", "text"), default="text")

    samples = commands.add_parser("samples", help="manage the bundled sample edition")
    samples.add_argument("action", choices=("remove",), help="remove the sample articles for good")

    commands.add_parser("path", help="print the library file's location")
    cli_feeds.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {
        None: _run_app,
        "import": _run_import,
        "parse": _run_parse,
        "samples": _run_samples,
        "path": _run_path,
        **cli_feeds.handlers(_open_library),
    }
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        # `reader feeds | head`: the reader of our output left; that is not an error.
        # Point stdout at devnull so the interpreter's final flush stays quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _library_path(args: argparse.Namespace) -> Path:
    from reader.store import default_library_path

    path: Path | None = args.library
    if path is None:
        return default_library_path()
    path = path.expanduser()
    return path / "library.sqlite" if path.is_dir() else path


def _open_library(args: argparse.Namespace) -> Library | None:
    """Open the library, or say in one line why not.

    A damaged file has already been moved aside (and named) by the store: say so, then
    carry on with a fresh library rather than leaving the user with nothing.
    """
    from reader.store import Library, LibraryMovedAside, StoreError

    path = _library_path(args)
    try:
        return Library.open(path)
    except LibraryMovedAside as error:
        _error(str(error))
        try:
            return Library.open(path)
        except StoreError as again:
            _error(str(again))
            return None
    except StoreError as error:
        _error(str(error))
        return None


def _run_app(args: argparse.Namespace) -> int:
    library = _open_library(args)
    if library is None:
        return EXIT_FAILED
    try:
        from reader.cli.feed_service import LiveFeedService
        from reader.services.importer import seed_samples
        from reader.ui.app import ReaderApp

        if library.is_empty():
            seed_samples(library)
        ReaderApp(library, feeds=LiveFeedService(library)).run()
    finally:
        library.close()
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    from reader.services.importer import import_paths
    from reader.store import StoreError

    library = _open_library(args)
    if library is None:
        return EXIT_FAILED
    try:
        report: ImportReport
        if args.quiet or not sys.stderr.isatty():
            report = import_paths(library, args.paths)
        else:
            report = _import_with_progress(library, args.paths)
    except StoreError as error:
        _error(f"import stopped: {error}")
        return EXIT_FAILED
    finally:
        library.close()
    summary = (
        f"imported {report.imported} file(s): {report.new} new, {report.updated} updated, "
        f"{report.unchanged} unchanged; {len(report.problems)} skipped"
    )
    if report.subscribed or report.already_subscribed:
        summary += (
            f"; subscribed to {report.subscribed} feed(s)"
            f" ({report.already_subscribed} already subscribed)"
        )
    print(summary)
    for shown, warning in report.warnings:
        _error(f"warning: {clean(shown)}: {clean(warning)}")
    for shown, reason in report.problems:
        _error(f"skipped {clean(shown)}: {clean(reason)}")
    return EXIT_PARTIAL if report.problems else EXIT_OK


def _import_with_progress(library: Library, paths: Sequence[Path]) -> ImportReport:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from reader.services.importer import import_paths

    columns = (TextColumn("importing"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("import", total=None)

        def advance(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        return import_paths(library, paths, progress=advance)


def _run_parse(args: argparse.Namespace) -> int:
    from reader.parse import ParseError, parse_path
    from reader.parse.serialize import article_to_text, document_to_dict

    try:
        document = parse_path(args.file)
    except ParseError as error:
        _error(f"{clean(os.fsdecode(args.file))}: {error}")
        return EXIT_FAILED
    except OSError as error:
        _error(f"{clean(os.fsdecode(args.file))}: {clean(error.strerror or str(error))}")
        return EXIT_FAILED
    for warning in document.warnings:
        _error(f"warning: {warning}")
    if args.format == "json":
        json.dump(document_to_dict(document), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n\n".join(article_to_text(a) for a in document.articles) + "\n")
    return EXIT_OK


def _run_samples(args: argparse.Namespace) -> int:
    library = _open_library(args)
    if library is None:
        return EXIT_FAILED
    try:
        removed = library.remove_samples()
    finally:
        library.close()
    print(f"removed {removed} sample article(s); they will not come back")
    return EXIT_OK


def _run_path(args: argparse.Namespace) -> int:
    print(_library_path(args))
    return EXIT_OK


def _error(message: str) -> None:
    print(f"reader: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
