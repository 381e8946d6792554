"""The real app in a real pseudo-terminal, over a library built from the hostile fixtures.

`python -m reader` runs in a pty (100x30, TERM=xterm-256color); the test presses keys to
walk the list and open articles (never `o`: nothing may reach a browser), reads every raw
byte the app writes, and checks that none of the payloads' escape sequences got through.
Textual's own sequences are fine: the markers are the payloads' distinctive parts (the
OSC 52 clipboard write, `ESC ]0;PWNED`, DSR `ESC [6n`, the 8-bit CSI, the DCS request, the
OSC 8 file link, bidi overrides). Every wait is bounded; the child is killed at the end.
"""

from __future__ import annotations

import errno
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

import pytest
from hostile.payloads import TERMINAL_MARKERS

from reader.model import ArticleQuery
from reader.services.importer import import_paths
from reader.store import Library

HOSTILE = Path(__file__).parent / "hostile"
DEADLINE = 40.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")


class Child:
    """The app on the other side of a pty: keys in, raw bytes out, all bounded."""

    def __init__(self, library: Path, home: Path) -> None:
        self.output = bytearray()
        self.exit_code: int | None = None
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the app (never returns)
            env = {
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "xterm-256color",
                "COLUMNS": "100", "LINES": "30", "HOME": str(home), "LANG": "C.UTF-8",
                "READER_HOME": str(home / "reader"), "XDG_DATA_HOME": str(home / "data"),
                "XDG_CONFIG_HOME": str(home / "config"), "NO_COLOR": "",
                "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
            }
            env = {k: v for k, v in env.items() if v}
            os.execve(sys.executable, [sys.executable, "-m", "reader", "--library", str(library)],
                      env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))

    def pump(self, seconds: float) -> None:
        """Read whatever the app writes for `seconds` (less if the deadline is near)."""
        end = min(time.monotonic() + seconds, self.started + DEADLINE)
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.fd], [], [], min(left, 0.05))
            if not ready:
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError as error:  # EIO: the child closed the pty
                if error.errno == errno.EIO:
                    return
                raise
            if not chunk:
                return
            self.output.extend(chunk)

    def settle(self, quiet: float = 0.3, limit: float = 6.0) -> None:
        """Read until the app has been quiet for `quiet` seconds (at most `limit`)."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            before = len(self.output)
            self.pump(quiet)
            if len(self.output) == before:
                return

    def wait_for_output(self, size: int, limit: float) -> None:
        """Read until at least `size` bytes came (the app has started drawing)."""
        end = time.monotonic() + limit
        while len(self.output) < size and time.monotonic() < end and self.alive():
            self.pump(0.1)

    def press(self, keys: str, wait: float = 0.08) -> None:
        for key in keys:
            os.write(self.fd, key.encode())
            self.pump(wait)

    def alive(self) -> bool:
        """True while the app runs (its exit status is kept once it has ended)."""
        if self.exit_code is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.exit_code = os.waitstatus_to_exitcode(status)
        return self.exit_code is None

    def close(self) -> int | None:
        """Wait briefly for a clean exit, then kill; the exit status if it exited itself."""
        end = time.monotonic() + 5
        while self.alive() and time.monotonic() < end:
            self.pump(0.1)
        self.pump(0.1)
        if self.alive():
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            os.close(self.fd)
            return None
        os.close(self.fd)
        return self.exit_code


@pytest.fixture
def hostile_library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        report = import_paths(library, [HOSTILE / "articles", HOSTILE / "feeds"])
        assert report.imported >= 60
        # Something to see at the top of the list: the markup title that must not quit.
        rows = library.article_rows(ArticleQuery(), 0, 2000)
        assert any("[@click=app.quit]" in r.title for r in rows)
        assert len(rows) > 100
    return path


def test_app_in_a_pty_never_forwards_a_payload(hostile_library: Path, tmp_path: Path) -> None:
    child = Child(hostile_library, tmp_path / "home")
    try:
        child.wait_for_output(1000, 15.0)
        child.settle(quiet=0.5, limit=8.0)
        assert child.alive(), bytes(child.output[-2000:])
        assert len(child.output) > 1000  # the app really drew something
        child.press("s")  # the sidebar lists every feed title
        child.settle()
        for _round in range(12):
            child.press("j\r")  # next article, open it
            child.settle(0.15, 2.0)
            child.press("]]jj")  # next sections, scroll
            child.press("h")  # back to the list
        child.press("G\r")  # the last article too
        child.settle(0.2, 2.0)
        child.press("h?")  # and the help screen, whose rows come from the bindings
        child.settle(0.2, 2.0)
        # `[@click=app.quit]` in titles and tags was shown as text: the app still runs.
        assert child.alive(), bytes(child.output[-2000:])
        child.press("\x1b", wait=0.3)
        for _ in range(4):
            if not child.alive():
                break
            child.press("q", wait=0.4)
    finally:
        code = child.close()
    raw = bytes(child.output)
    found = [marker for marker in TERMINAL_MARKERS if marker in raw]
    assert found == [], [raw[max(0, raw.find(m) - 80): raw.find(m) + 40] for m in found]
    if os.environ.get("HOSTILE_PTY_DUMP"):
        Path(os.environ["HOSTILE_PTY_DUMP"]).write_bytes(raw)
    # The payloads' printable remains were drawn as inert text, so articles carrying them
    # really were on screen (a test that never showed them would prove nothing).
    assert b"]0;PWNED-TITLE" in raw and b"]52;c;UFdORUQ" in raw
    assert b"[@click=app.quit]" in raw
    assert code == 0
