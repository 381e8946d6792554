"""Time from launch to the first painted article list, beside a bare Textual app.

    uv run python benchmarks/startup.py [--articles 100000] [--rounds 5]

Builds a library of N invented articles (once, cached in a temp folder by size), then
launches the real `reader` command and a bare Textual app in a pseudo-terminal, each as a
whole process, and times how long each takes until its first screen is written: for
`reader`, until the newest article's title appears in the bytes sent to the terminal.
Peak memory is the child's maximum RSS (`wait4`). Prints the median and range of each
and the ratio; the target is reader <= 2x the bare app at any library size.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from datetime import datetime, timedelta
from pathlib import Path

from reader.model import Article, KeyPoints, Section, SourceKind
from reader.store import Library

MARKER = "Newest benchmark headline"
BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("Newest benchmark headline")
        yield Footer()

Bare().run()
"""


def build_library(path: Path, count: int) -> None:
    """Fill a library with `count` articles in 20 feeds; one in ten is a live blog."""
    library = Library.open(path)
    try:
        start = datetime(2026, 1, 1)
        feeds = [
            library.add_feed(f"https://feeds{n}.example.net/rss", SourceKind.HTTP, f"Feed {n}")
            for n in range(20)
        ]
        batch: list[Article] = []
        for i in range(count):
            live = i % 10 == 0
            title = MARKER if i == count - 1 else f"Article {i:06d} about the harbour works"
            batch.append(
                Article(
                    title=title,
                    outlet=f"Outlet {i % 20}",
                    published=start + timedelta(minutes=i),
                    source_link=f"https://example.net/a/{i}",
                    guid=f"bench-{i}",
                    lead=("The council met again tonight to discuss the harbour works.",) * 2,
                    key_points=KeyPoints("Key points", ("One", "Two")) if live else None,
                    sections=tuple(
                        Section(f"Update {s}", f"{10 + s}:00", ("Crews worked overnight.",))
                        for s in range(8)
                    ) if live else (),
                )
            )
            if len(batch) == 2000 or i == count - 1:
                library.store_articles(feeds[i % 20], batch)
                batch = []
    finally:
        library.close()


def run_in_pty(
    argv: list[str], marker: bytes, env: dict[str, str], timeout: float = 60.0
) -> tuple[float, int]:
    """Launch argv in a 100x30 pty; return (seconds until marker is written, peak RSS in KiB)."""
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # child
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    seen = b""
    elapsed = float("nan")
    deadline = started + timeout
    try:
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen = (seen + chunk)[-200_000:]
            if marker in seen:
                elapsed = time.perf_counter() - started
                break
    finally:
        os.kill(pid, signal.SIGTERM)
        # Keep draining so the child never blocks on a full pty while it exits.
        while True:
            try:
                waited, _status, usage = os.wait4(pid, os.WNOHANG)
            except ChildProcessError:
                usage = None
                break
            if waited:
                break
            if select.select([fd], [], [], 0.05)[0]:
                with contextlib.suppress(OSError):
                    os.read(fd, 65536)
        os.close(fd)
    return elapsed, usage.ru_maxrss if usage else 0


def summarise(name: str, runs: list[tuple[float, int]]) -> float:
    times = [t for t, _ in runs]
    peak = max(m for _, m in runs) / 1024
    print(
        f"{name:<28} first paint median {statistics.median(times):6.3f} s "
        f"(min {min(times):.3f}, max {max(times):.3f})   peak RSS {peak:6.1f} MiB"
    )
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    cache = Path(tempfile.gettempdir()) / "reader-bench"
    cache.mkdir(exist_ok=True)
    library = cache / f"startup-{args.articles}.sqlite"
    if not library.exists():
        t0 = time.perf_counter()
        build_library(library, args.articles)
        print(f"built a library of {args.articles:,} articles in {time.perf_counter() - t0:.1f} s")
    bare_script = cache / "bare_app.py"
    bare_script.write_text(BARE_APP, encoding="utf-8")

    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    env.pop("TEXTUAL", None)
    marker = MARKER.encode()
    bare_runs, reader_runs = [], []
    for _ in range(args.rounds):  # interleaved so machine noise hits both alike
        bare_runs.append(run_in_pty([sys.executable, str(bare_script)], marker, env))
        reader_runs.append(
            run_in_pty([sys.executable, "-m", "reader", "--library", str(library)], marker, env)
        )
    print(f"library: {args.articles:,} articles, {library.stat().st_size / 2**20:.1f} MiB on disk")
    bare = summarise("bare Textual app", bare_runs)
    ours = summarise(f"reader ({args.articles:,} articles)", reader_runs)
    print(f"ratio reader / bare app: {ours / bare:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
