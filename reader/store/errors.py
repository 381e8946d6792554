"""What the store reports to the user: one clear line, never a raw sqlite3 traceback."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

# Primary result codes (the low byte of an extended code).
SQLITE_READONLY = 8
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

LOCKED_MESSAGE = "the library is locked by another reader; try again"


class StoreError(Exception):
    """A library problem, with a message fit to show the user as is."""


class LibraryMovedAside(StoreError):
    """The library file was damaged and has been renamed; opening again starts afresh."""

    def __init__(self, message: str, moved_to: Path) -> None:
        super().__init__(message)
        self.moved_to = moved_to


def primary_code(exc: sqlite3.Error) -> int:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else -1


def is_damage(exc: sqlite3.Error) -> bool:
    return primary_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def translate(exc: sqlite3.Error, path: Path) -> StoreError:
    """The user-facing StoreError for a sqlite3 error on the library at `path`."""
    code = primary_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreError(LOCKED_MESSAGE)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return StoreError(f"the library file {path} is damaged ({exc}); "
                          "move it away to start a new library")
    if code == SQLITE_FULL:
        return StoreError(f"the disk holding {path} is full; free some space and try again")
    if code == SQLITE_READONLY:
        return StoreError(f"the library file {path} is read-only")
    if code == SQLITE_CANTOPEN:
        return StoreError(f"cannot open the library file {path}")
    if code == SQLITE_IOERR:
        return StoreError(f"cannot read or write the library file {path} ({exc})")
    return StoreError(f"library error on {path}: {exc}")


P = ParamSpec("P")
R = TypeVar("R")


def guarded(method: Callable[P, R]) -> Callable[P, R]:
    """Turn any sqlite3.Error escaping a Library method into a StoreError."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            owner = args[0] if args else None
            path = getattr(owner, "path", Path("library"))
            raise translate(exc, path) from exc

    return wrapper
