"""Parsing fetched bodies off the event loop: a thread for a few, processes for many.

Measured with benchmarks/refresh.py: a feed of a dozen HTML entries costs 2-4 ms of CPU
to parse (RSS/Atom on `reader.parse.fastfeed`'s path, 5-10 ms through feedparser). A
handful of bodies parse fine on one thread beside the event loop; for a cold refresh of
hundreds, the GIL would make the loop (HTTP, decompression), the store and the parser
take turns, so the work moves to a pool of `WORKERS` processes: after `PROCESS_AFTER`
bodies, or at once when the refresh knows that many feeds were never fetched (their
start, ~0.3 s, then overlaps the first round trips). A warm refresh (mostly 304s) never
pays for it.

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
WORKERS = max(1, min(2, (os.cpu_count() or 1) - 1))
"""Parser processes: the refreshing process itself (event loop and store) keeps one core
busy, so on two cores a second parser would only take turns with it, and cost another
interpreter start (~0.3 s of CPU) for nothing."""


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
    import reader.parse.fastfeed  # feedparser with it (~60 ms)
    import reader.parse.feeds  # noqa: F401


class Parsers:
    """Where bodies are parsed during one refresh; `close` before returning."""

    def __init__(self, process_after: int = PROCESS_AFTER, expected: int = 0) -> None:
        """`expected`: bodies the caller is sure to get (feeds never fetched before).
        When they are more than `process_after`, the pool starts at once, so its start
        overlaps the network wait instead of delaying the parses."""
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="reader-parse")
        self._processes: ProcessPoolExecutor | None = None
        self._process_after = process_after
        self._count = 0
        self._on_thread = self._in_processes = 0
        self._processes_ready = False
        self.used_processes = False
        if expected > process_after:
            self._start_processes()

    def _start_processes(self) -> None:
        if (os.cpu_count() or 1) < 2 or self._process_after <= 0:
            return
        self._processes = ProcessPoolExecutor(
            WORKERS, mp_context=multiprocessing.get_context("spawn"))
        for _ in range(WORKERS):
            self._processes.submit(warm_up)
        self.used_processes = True

    def _executor(self) -> Executor:
        self._count += 1
        if self._processes is None and self._count > self._process_after:
            self._start_processes()
        if self._processes is None:
            return self._thread
        # While the processes start (0.3 s, more on a busy machine), the idle thread
        # takes a body now and then. Not after: this process has the event loop and the
        # store to run, which weigh as much as the parsing once hundreds of feeds land.
        if not self._processes_ready and self._on_thread == 0 and self._in_processes >= WORKERS:
            return self._thread
        return self._processes

    async def parse(self, body: bytes, url: str) -> ParsedDocument | str:
        loop = asyncio.get_running_loop()
        executor = self._executor()
        on_thread = executor is self._thread
        if on_thread:
            self._on_thread += 1
        else:
            self._in_processes += 1
        try:
            parsed = await loop.run_in_executor(executor, parse_body, body, url)
            self._processes_ready = self._processes_ready or not on_thread
            return parsed
        except BrokenProcessPool:
            return "the parser process ended unexpectedly"
        finally:
            if on_thread:
                self._on_thread -= 1
            else:
                self._in_processes -= 1

    def close(self) -> None:
        """Drop queued work; wait for what runs (a parse is short, a process is not
        left behind)."""
        self._thread.shutdown(wait=True, cancel_futures=True)
        if self._processes is not None:
            self._processes.shutdown(wait=True, cancel_futures=True)
