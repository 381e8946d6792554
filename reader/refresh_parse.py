"""Parsing fetched bodies off the event loop: a thread for a few, two processes for many.

Measured with benchmarks/refresh.py: a feed of a dozen HTML entries costs 10-40 ms of
CPU to parse. A handful of bodies parse fine on one thread beside the event loop; for a
cold refresh of hundreds, the GIL would make the loop (TLS, HTTP, decompression) and the
parser take turns, so after `PROCESS_AFTER` bodies the work moves to a pool of two
processes. The pool is started only then: a warm refresh (mostly 304s) never pays the
half-second it takes two fresh interpreters to import the parser.

Processes are spawned, never forked: the caller may be a Textual worker thread, and
forking a threaded process can copy a held lock into the child.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from reader.model import ParsedDocument

PROCESS_AFTER = 24
"""Bodies parsed on the thread before a process pool is started (0: never start one)."""
WORKERS = 2


def parse_body(body: bytes, url: str) -> ParsedDocument | str:
    """The parsed feed, or one line saying why it is not one (runs in a worker)."""
    from reader.parse import ParseError
    from reader.parse.feeds import parse_feed

    try:
        return parse_feed(body, url)
    except ParseError as error:
        return str(error) or "not a feed"
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError,
            ArithmeticError, MemoryError) as error:
        # A parser bug on one feed must end as that feed's reason, not the whole refresh.
        return f"could not parse this feed ({type(error).__name__})"


def warm_up() -> None:
    """Import the parser in a fresh worker before the first body arrives."""
    import reader.parse.feeds  # noqa: F401


class Parsers:
    """Where bodies are parsed during one refresh; `close` before returning."""

    def __init__(self, process_after: int = PROCESS_AFTER) -> None:
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="reader-parse")
        self._processes: ProcessPoolExecutor | None = None
        self._process_after = process_after
        self._count = 0
        self.used_processes = False

    def _executor(self) -> Executor:
        self._count += 1
        can_fork = (os.cpu_count() or 1) > 1 and self._process_after > 0
        if self._processes is None and can_fork and self._count > self._process_after:
            self._processes = ProcessPoolExecutor(
                WORKERS, mp_context=multiprocessing.get_context("spawn"))
            for _ in range(WORKERS):
                self._processes.submit(warm_up)
            self.used_processes = True
        return self._processes or self._thread

    async def parse(self, body: bytes, url: str) -> ParsedDocument | str:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor(), parse_body, body, url)
        except BrokenProcessPool:
            return "the parser process ended unexpectedly"

    def close(self) -> None:
        """Drop queued work; wait for what runs (a parse is short, a process is not
        left behind)."""
        self._thread.shutdown(wait=True, cancel_futures=True)
        if self._processes is not None:
            self._processes.shutdown(wait=True, cancel_futures=True)
