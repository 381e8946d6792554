"""`kill -9` at random moments during `reader import` and `reader refresh`, and a second
process opening the library while another writes.

After every kill: `PRAGMA integrity_check` is ok, nothing stored before is lost, and the
read/starred flags set beforehand are unchanged. The delays are random but seeded and
bounded, so a failure reproduces and the whole file stays well under 30 s.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from httpserver import LoopbackServer, Request, Responder, loopback_server

from reader.model import ArticleQuery, SourceKind
from reader.services.importer import import_paths
from reader.store import Library

__all__ = ["loopback_server"]

SEED = 20310517
IMPORT_KILLS = 14
REFRESH_KILLS = 6


def article_file(n: int) -> str:
    body = " ".join(f"Le conseil du quartier {n} a voté la phrase {k}." for k in range(30))
    return "\n".join([
        "Le Courrier des Berges", "", f"Le marché numéro {n} rouvre ses portes", "",
        "Des étals au petit matin", "", "", "", "", body, "", "", "",
        f"Source link : https://berges.example/marche-{n}", "", "Author :", "",
        f"Publish date : 2031-04-{1 + n % 28:02d} 08:{n % 60:02d}:00", "",
        "Copyright for syndicated content belongs to the linked Source.", "",
        "Tags :Le Courrier des Berges", "Quitter la version mobile",
    ])


def write_folder(folder: Path, start: int, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(start, start + count):
        (folder / f"article-{n:05d}.txt").write_text(article_file(n), encoding="utf-8")


def reader_cmd(library: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "reader", "--library", str(library), *args]


def snapshot(library_path: Path) -> dict[str, tuple[bool, bool]]:
    """Every stored article (row id and title) -> (read, starred), read through Library."""
    with Library.open(library_path) as library:
        rows = library.article_rows(ArticleQuery(), 0, 100_000)
        return {f"{r.id}|{r.title}": (r.read, r.starred) for r in rows}


def integrity(library_path: Path) -> str:
    conn = sqlite3.connect(library_path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def kill_after(command: list[str], delay: float, env: dict[str, str]) -> int | None:
    """Start `command`, SIGKILL it after `delay` s (unless it ended); its exit code or None."""
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env=env)
    try:
        child.wait(timeout=delay)
        return child.returncode
    except subprocess.TimeoutExpired:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        return None
    finally:
        if child.stderr is not None:
            child.stderr.close()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "READER_HOME": str(tmp_path / "home")}


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[tuple[Path, dict[str, tuple[bool, bool]]]]:
    """A library holding 40 articles, some read, some starred, some both."""
    path = tmp_path / "library.sqlite"
    write_folder(tmp_path / "first", 0, 40)
    with Library.open(path) as library:
        import_paths(library, [tmp_path / "first"])
        rows = library.article_rows(ArticleQuery(), 0, 100)
        for index, row in enumerate(rows):
            if index % 3 == 0:
                library.set_read(row.id, True)
            if index % 4 == 0:
                library.set_starred(row.id, True)
    before = snapshot(path)
    assert len(before) == 40 and any(r for r, _ in before.values())
    yield path, before


Flags = dict[str, tuple[bool, bool]]


def check_after_kill(path: Path, before: Flags) -> Flags:
    assert integrity(path) == "ok"
    after = snapshot(path)
    lost = [key for key in before if key not in after]
    assert lost == []
    changed = [key for key, flags in before.items() if after[key] != flags]
    assert changed == []
    return after


def test_kill_9_during_import(seeded: tuple[Path, dict[str, tuple[bool, bool]]],
                              tmp_path: Path, env: dict[str, str]) -> None:
    path, before = seeded
    write_folder(tmp_path / "big", 1000, 900)
    # Kill moments are drawn within the time one whole import takes on this machine, so
    # the kills land mid-way whether the machine is fast or busy (fixed delays let a quick
    # machine finish every run before its kill).
    started = time.monotonic()
    probe = subprocess.run(reader_cmd(tmp_path / "probe.sqlite", "import", "--quiet",
                                      str(tmp_path / "big")),
                           env=env, capture_output=True, timeout=300, check=False)
    whole = time.monotonic() - started
    assert probe.returncode == 0, probe.stderr
    rng = random.Random(SEED)
    finished = 0
    seen = dict(before)
    for _ in range(IMPORT_KILLS):
        code = kill_after(reader_cmd(path, "import", "--quiet", str(tmp_path / "big")),
                          rng.uniform(0.2, 0.9) * whole, env)
        finished += code is not None
        # Everything stored so far (the first 40 and whatever earlier runs committed) stays.
        seen = check_after_kill(path, seen) | seen
    assert finished < IMPORT_KILLS  # most runs really were killed mid-way
    # A final import completes what the kills cut short; flags are still as set.
    with Library.open(path) as library:
        import_paths(library, [tmp_path / "big"])
    final = check_after_kill(path, before)
    assert len(final) == 940


def test_kill_9_during_refresh(seeded: tuple[Path, dict[str, tuple[bool, bool]]],
                               loopback_server: LoopbackServer, env: dict[str, str]) -> None:
    path, before = seeded
    items = "".join(
        f"<item><guid>tide-{n}</guid><title>Tide report {n}</title>"
        f"<description>&lt;p&gt;{'High water at dawn. ' * 40}&lt;/p&gt;</description></item>"
        for n in range(300))

    def feed(request: Request, out: Responder) -> None:
        name = request.path.strip("/")
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>'
                f"{items.replace('tide-', name + '-')}</channel></rss>").encode()
        out.sleep(0.02)
        out.send(200, body, {"Content-Type": "application/rss+xml"})

    with Library.open(path) as library:
        for n in range(12):
            loopback_server.routes[f"/harbour{n}.xml"] = feed
            library.add_feed(loopback_server.url(f"/harbour{n}.xml"), SourceKind.HTTP)
    rng = random.Random(SEED + 1)
    seen = dict(before)
    for _ in range(REFRESH_KILLS):
        kill_after(reader_cmd(path, "refresh", "--all", "--quiet"), rng.uniform(0.5, 2.0), env)
        seen = check_after_kill(path, seen) | seen


def test_second_process_while_another_writes(
    seeded: tuple[Path, dict[str, tuple[bool, bool]]], tmp_path: Path, env: dict[str, str],
) -> None:
    path, _before = seeded
    write_folder(tmp_path / "big", 5000, 900)
    writer = subprocess.Popen(reader_cmd(path, "import", "--quiet", str(tmp_path / "big")),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        time.sleep(0.6)
        for command in (["feeds"], ["import", "--quiet", str(tmp_path / "first")]):
            other = subprocess.run(reader_cmd(path, *command), capture_output=True, text=True,
                                   timeout=30, env=env)
            assert "Traceback" not in other.stderr, other.stderr
            assert other.returncode in (0, 1), other.stderr
            if other.returncode == 1:
                assert "locked" in other.stderr
    finally:
        _out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0 and b"Traceback" not in err
    assert integrity(path) == "ok"
