"""Walk the files and folders a user asks to import, touching only regular files.

`iter_files` decides from `lstat` alone, so it never opens, follows or reads what it
refuses: named pipes (opening one would block), sockets, device files, links leading out
of the folder being imported, files over the size cap (a sparse 2 GB file is refused by
its size, never read), and names that are not valid in the file system's encoding.
`read_file` then opens without following links and without blocking, and checks again
that what it opened is a regular file, so a swap between the walk and the read is caught.

Inside a folder, names starting with a dot (`.git`, `.DS_Store`) are skipped silently:
they are never articles, and a version-control folder would bury real problems.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.text import clean

DEFAULT_MAX_BYTES = 64 * 2**20

_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def shown(path: Path | str) -> str:
    """A path as the user may see it: decoded, undecodable bytes and controls dropped."""
    return clean(os.fsdecode(path))


@dataclass(frozen=True, slots=True)
class FileEntry:
    """A regular file to read."""

    path: Path
    """What to open: the file itself, or the target of a link that stays in the folder."""
    shown: str
    """The path as the user gave or walked it (the link's own path for a link)."""
    folder: Path
    """The absolute, resolved folder the file was found in (the link's folder for a link)."""
    size: int


@dataclass(frozen=True, slots=True)
class FileProblem:
    """Something given or found that will not be read, and why."""

    path: Path
    reason: str

    @property
    def shown(self) -> str:
        return shown(self.path)


class UnreadableFile(Exception):
    """`read_file` could not read a file; the message is one line for the user."""


def size_text(size: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def _kind_problem(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO), not a regular file: not read"
    if stat.S_ISSOCK(mode):
        return "socket, not a regular file: not read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device file, not a regular file: not read"
    return "not a regular file: not read"


def _name_problem(path: Path) -> str | None:
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        return "file name is not valid UTF-8: not read"
    return None


def _file(
    path: Path, st: os.stat_result, folder: Path, max_bytes: int, link: Path | None = None
) -> FileEntry | FileProblem:
    where = link if link is not None else path
    problem = _kind_problem(st.st_mode)
    if problem:
        return FileProblem(where, problem)
    if st.st_size > max_bytes:
        return FileProblem(
            where, f"file too large ({size_text(st.st_size)}; the limit is {size_text(max_bytes)})"
        )
    if not os.access(path, os.R_OK):
        return FileProblem(where, "permission denied")
    return FileEntry(path=path, shown=shown(where), folder=folder, size=st.st_size)


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _walk(
    root: Path, max_bytes: int, seen: set[tuple[int, int]]
) -> Iterator[FileEntry | FileProblem]:
    """Depth-first, names in byte order, so two runs list the same files the same way."""
    real_root = os.path.realpath(root)
    stack: list[Path] = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                children = sorted(it, key=lambda e: os.fsencode(e.name))
        except OSError as exc:
            yield FileProblem(folder, f"cannot list this folder: {exc.strerror or exc}")
            continue
        resolved_folder = Path(os.path.realpath(folder))
        subfolders: list[Path] = []
        for child in children:
            if child.name.startswith("."):
                continue
            path = Path(child.path)
            bad_name = _name_problem(path)
            if bad_name:
                yield FileProblem(path, bad_name)
                continue
            try:
                st = child.stat(follow_symlinks=False)
            except OSError as exc:
                yield FileProblem(path, f"cannot read: {exc.strerror or exc}")
                continue
            if stat.S_ISLNK(st.st_mode):
                target = os.path.realpath(path)
                if not _inside(target, real_root):
                    yield FileProblem(path, "link pointing outside the folder: not followed")
                    continue
                try:
                    target_st = os.stat(target, follow_symlinks=False)
                except OSError:
                    yield FileProblem(path, "broken link: not followed")
                    continue
                if stat.S_ISDIR(target_st.st_mode):
                    yield FileProblem(path, "link to a folder: not followed")
                    continue
                item = _file(Path(target), target_st, resolved_folder, max_bytes, link=path)
                st = target_st
            elif stat.S_ISDIR(st.st_mode):
                if (st.st_dev, st.st_ino) not in seen:  # a bind mount looping back
                    seen.add((st.st_dev, st.st_ino))
                    subfolders.append(path)
                continue
            else:
                item = _file(path, st, resolved_folder, max_bytes)
            if isinstance(item, FileEntry):
                if (st.st_dev, st.st_ino) in seen:  # reached twice (through a link)
                    continue
                seen.add((st.st_dev, st.st_ino))
            yield item
        stack.extend(reversed(subfolders))


def iter_files(
    paths: Sequence[Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[FileEntry | FileProblem]:
    """Every regular file under `paths` (in the order given, folders walked sorted), and a
    FileProblem for everything refused. A path given directly may be a link: the user
    chose it; links found inside a folder must stay inside that folder."""
    seen: set[tuple[int, int]] = set()
    for given in paths:
        given = Path(given)
        bad_name = _name_problem(given)
        if bad_name:
            yield FileProblem(given, bad_name)
            continue
        try:
            st = os.stat(given)  # follows a link the user named on purpose
        except FileNotFoundError:
            yield FileProblem(given, "no such file or folder")
            continue
        except OSError as exc:
            yield FileProblem(given, f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(st.st_mode):
            seen.add((st.st_dev, st.st_ino))
            yield from _walk(given, max_bytes, seen)
            continue
        real = Path(os.path.realpath(given))
        item = _file(real, st, real.parent, max_bytes, link=given)
        if isinstance(item, FileEntry):
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
        yield item


def read_file(entry: FileEntry, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a walked file, at most `max_bytes` (UnreadableFile beyond)."""
    try:
        fd = os.open(entry.path, _READ_FLAGS)
    except OSError as exc:
        raise UnreadableFile(f"cannot open: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        problem = _kind_problem(st.st_mode)
        if problem:
            raise UnreadableFile(problem)
        if st.st_size > max_bytes:
            raise UnreadableFile(
                f"file too large ({size_text(st.st_size)}; the limit is {size_text(max_bytes)})"
            )
        chunks: list[bytes] = []
        remaining = max_bytes + 1  # one byte more tells a file that grew past the cap
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise UnreadableFile(f"file too large (over {size_text(max_bytes)})")
    return data
