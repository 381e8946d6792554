"""How long `q` takes to give the terminal back while a refresh is stuck.

    uv run python benchmarks/quit_latency.py [--rounds 5]

Serves feeds on 127.0.0.1 that never answer (the server holds each request open), starts
the real `reader` in a 100x30 pseudo-terminal on a library subscribed to them, presses
`R`, waits until the server has the requests, presses `q`, and times until the process
has exited. The target is under 2 s.
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from httpserver import LoopbackServer, Request, Responder

from reader.model import SourceKind
from reader.store import Library


def drain(fd: int, seconds: float) -> None:
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        if select.select([fd], [], [], min(left, 0.05))[0]:
            try:
                os.read(fd, 65536)
            except OSError:
                return


def one_round(library: Path, server: LoopbackServer, feeds: int) -> float:
    env = {**os.environ, "TERM": "xterm-256color"}
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(sys.executable, [sys.executable, "-m", "reader", "--library", str(library)], env)
    try:
        drain(fd, 2.0)  # the first screen
        seen = len(server.requests)
        os.write(fd, b"R")
        deadline = time.monotonic() + 20
        # All on one host: the per-host limit lets 4 of them be in flight at once.
        expected = seen + min(feeds, 4)
        while len(server.requests) < expected and time.monotonic() < deadline:
            drain(fd, 0.05)
        if len(server.requests) < expected:
            raise RuntimeError("the refresh never reached the stuck feeds")
        drain(fd, 0.3)  # the refresh is now waiting on the network
        started = time.monotonic()
        os.write(fd, b"q")
        while time.monotonic() - started < 30:
            drain(fd, 0.02)
            waited, _status = os.waitpid(pid, os.WNOHANG)
            if waited:
                return time.monotonic() - started
        raise RuntimeError("reader did not exit within 30 s")
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--feeds", type=int, default=8)
    args = parser.parse_args()
    with LoopbackServer() as server, tempfile.TemporaryDirectory() as tmp:

        def stuck(request: Request, out: Responder) -> None:
            out.sleep(600)  # ends early when the client leaves or the server stops

        path = Path(tmp) / "library.sqlite"
        library = Library.open(path)
        for n in range(args.feeds):
            server.route(f"/stuck-{n}.xml")(stuck)
            library.add_feed(server.url(f"/stuck-{n}.xml"), SourceKind.HTTP, f"Stuck {n}")
        library.close()
        times = [one_round(path, server, args.feeds) for _ in range(args.rounds)]
    median = statistics.median(times)
    print(
        f"quit during a stuck refresh of {args.feeds} feeds: median {median:.2f} s"
        f" (min {min(times):.2f}, max {max(times):.2f}) over {args.rounds} rounds; target < 2 s"
    )


if __name__ == "__main__":
    main()
