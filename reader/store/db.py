"""Connections to the library file, and the checks made when it is opened.

Threads: one connection PER THREAD (not one shared connection behind a lock). The file is
in WAL mode, so the UI thread's reads run on their own snapshot while a worker thread
holds a write transaction: a page of the article list never waits for an import batch.
Writers are serialised by SQLite itself (BEGIN IMMEDIATE + busy_timeout), which also
covers a second process on the same file. Connections of threads that have ended are
closed the next time a thread opens one, so short-lived worker threads leak nothing.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from reader.store import schema
from reader.store.errors import LibraryMovedAside, StoreError, is_damage, translate

BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> sqlite3.Connection:
    # check_same_thread=False only so close_all() may close a connection from another
    # thread; in use, each connection stays with the thread that made it.
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # NORMAL is durable across application crashes in WAL mode, and much faster.
        conn.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        conn.close()
        raise
    return conn


class Connections:
    """The per-thread connections of one Library."""

    def __init__(self, path: Path, first: sqlite3.Connection) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._local = threading.local()
        self._all: list[tuple[weakref.ref[threading.Thread], sqlite3.Connection]] = []
        self._closed = False
        self._adopt(first)

    def _adopt(self, conn: sqlite3.Connection) -> None:
        self._local.conn = conn
        self._all.append((weakref.ref(threading.current_thread()), conn))

    def get(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and not self._closed:
            return conn
        with self._lock:
            if self._closed:
                raise StoreError("the library is closed")
            self._reap()
            conn = connect(self._path)
            self._adopt(conn)
            return conn

    def _reap(self) -> None:
        alive = []
        for thread_ref, conn in self._all:
            thread = thread_ref()
            if thread is None or not thread.is_alive():
                conn.close()
            else:
                alive.append((thread_ref, conn))
        self._all = alive

    def close_all(self) -> None:
        with self._lock:
            self._closed = True
            for _thread, conn in self._all:
                conn.close()
            self._all = []

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction; rolled back on any error."""
        conn = self.get()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _move_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    os.replace(path, target)
    # The journal files belong to the damaged file: keep them with it, never replay them
    # into a new library.
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    return target


def _check_and_migrate(conn: sqlite3.Connection, path: Path, fts5: bool) -> bool:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    if app_id != schema.APPLICATION_ID and (app_id != 0 or tables or version):
        raise StoreError(f"{path} is not a reader library (it is another program's "
                         "SQLite file); choose another library path")
    if version > schema.SCHEMA_VERSION:
        raise StoreError(f"the library {path} was written by a newer version of reader "
                         f"(schema {version}, this one knows {schema.SCHEMA_VERSION})")
    conn.execute("PRAGMA journal_mode = WAL")
    if version < schema.SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current < schema.SCHEMA_VERSION:
                schema.migrate(conn, current)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    if schema.needs_search_setup(conn, fts5):
        conn.execute("BEGIN IMMEDIATE")
        try:
            searchable = schema.ensure_search(conn, fts5)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return searchable
    return fts5


def open_database(path: Path) -> tuple[Connections, bool]:
    """Open (creating if needed) and migrate the library; return its connections and
    whether FTS5 search is available. A damaged file is renamed, never overwritten."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for the library {path}: "
                         f"{exc.strerror or exc}") from exc
    if path.exists() and not path.is_file():
        raise StoreError(f"the library path {path} is not a file")
    fts5 = schema.fts5_available()
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path)
        searchable = _check_and_migrate(conn, path, fts5)
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        if not is_damage(exc):
            raise translate(exc, path) from exc
        try:
            moved = _move_aside(path)
        except OSError as move_error:
            raise StoreError(f"the library file {path} is damaged ({exc}) and could not be "
                             f"moved aside: {move_error.strerror or move_error}") from exc
        raise LibraryMovedAside(
            f"the library file {path} was damaged ({exc}); it was moved to {moved}, "
            "and a new library will be started next time", moved,
        ) from exc
    except BaseException:
        if conn is not None:
            conn.close()
        raise
    return Connections(path, conn), searchable
