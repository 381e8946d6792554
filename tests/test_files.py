"""The file walker on a real folder: what it lists, what it refuses without reading."""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence
from pathlib import Path

import pytest

from reader.fetch.files import (
    FileEntry,
    FileProblem,
    UnreadableFile,
    iter_files,
    read_file,
)


def walk(paths: Sequence[Path], **kw: int) -> tuple[list[FileEntry], list[FileProblem]]:
    items = list(iter_files(paths, **kw))
    return ([i for i in items if isinstance(i, FileEntry)],
            [i for i in items if isinstance(i, FileProblem)])


def reasons(problems: list[FileProblem]) -> dict[str, str]:
    return {p.path.name: p.reason for p in problems}


def test_walk_is_sorted_and_deterministic(tmp_path: Path) -> None:
    for rel in ("b.txt", "a.txt", "sub/z.txt", "sub/inner/y.txt", "A.txt", "c/x.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref")
    (tmp_path / ".hidden.txt").write_text("x")
    entries, problems = walk([tmp_path])
    rels = [e.path.relative_to(tmp_path).as_posix() for e in entries]
    assert rels == ["A.txt", "a.txt", "b.txt", "c/x.txt", "sub/z.txt", "sub/inner/y.txt"]
    assert problems == []
    assert [e.path for e in walk([tmp_path])[0]] == [e.path for e in entries]
    assert entries[3].folder == (tmp_path / "c").resolve()
    assert entries[0].size == 1


def test_given_files_come_in_the_given_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    entries, _ = walk([tmp_path / "b.txt", tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [e.path.name for e in entries] == ["b.txt", "a.txt"]  # and no file twice


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    _, problems = walk([tmp_path / "nope.txt"])
    assert reasons(problems) == {"nope.txt": "no such file or folder"}


def test_special_files_are_refused_unopened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would block forever
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(tmp_path / "sock.txt"))
        (tmp_path / "ok.txt").write_text("fine")
        entries, problems = walk([tmp_path])
    finally:
        server.close()
    assert [e.path.name for e in entries] == ["ok.txt"]
    found = reasons(problems)
    assert "named pipe" in found["pipe.txt"]
    assert "socket" in found["sock.txt"]


def test_device_file_is_refused() -> None:
    _, problems = walk([Path("/dev/null")])
    assert "device file" in problems[0].reason


def test_links_must_stay_inside_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("not yours")
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "real.txt").write_text("article")
    (news / "escape.txt").symlink_to(outside / "secret.txt")
    (news / "relative.txt").symlink_to("../outside/secret.txt")
    (news / "etc.txt").symlink_to("/etc/hostname")
    (news / "alias.txt").symlink_to(news / "real.txt")
    (news / "sub" / "up.txt").symlink_to("../real.txt")
    (news / "loop").symlink_to(news)
    (news / "broken.txt").symlink_to(news / "gone.txt")
    entries, problems = walk([news])
    assert [e.shown for e in entries] == [str(news / "alias.txt")]  # real.txt: same file
    assert entries[0].path == (news / "real.txt").resolve()
    found = reasons(problems)
    for name in ("escape.txt", "relative.txt", "etc.txt"):
        assert found[name] == "link pointing outside the folder: not followed"
    assert "folder" in found["loop"]
    assert "broken" in found["broken.txt"]
    assert "secret.txt" not in found and "up.txt" not in found


def test_a_link_given_by_name_is_followed(tmp_path: Path) -> None:
    (tmp_path / "target.txt").write_text("hello")
    (tmp_path / "given.txt").symlink_to(tmp_path / "target.txt")
    entries, _ = walk([tmp_path / "given.txt"])
    assert entries[0].shown == str(tmp_path / "given.txt")
    assert read_file(entries[0]) == b"hello"


def test_sparse_huge_file_is_refused_by_size(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb"):
        pass
    os.truncate(huge, 2 * 10**9)  # sparse: no space used, never read
    (tmp_path / "small.txt").write_text("x" * 10)
    entries, problems = walk([tmp_path])
    assert [e.path.name for e in entries] == ["small.txt"]
    assert problems[0].reason.startswith("file too large (2.0 GB")
    _, capped = walk([tmp_path / "small.txt"], max_bytes=5)
    assert "too large" in capped[0].reason
    with pytest.raises(UnreadableFile, match="too large"):
        read_file(FileEntry(huge, "huge.txt", tmp_path, 0))


def test_undecodable_and_control_names(tmp_path: Path) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(raw, "wb") as handle:
        handle.write(b"x")
    (tmp_path / "evil\x1b[31mred\u202e.txt").write_text("x")
    entries, problems = walk([tmp_path])
    assert problems[0].reason == "file name is not valid UTF-8: not read"
    assert problems[0].shown.endswith("caf.txt")
    problems[0].shown.encode("utf-8")  # no lone surrogate left
    assert entries[0].shown.endswith("evil[31mred.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("x")
    locked.chmod(0)
    _, problems = walk([tmp_path])
    assert reasons(problems) == {"locked.txt": "permission denied"}


def test_read_file_rechecks_what_it_opens(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"0123456789")
    entry = walk([tmp_path])[0][0]
    assert read_file(entry) == b"0123456789"
    with pytest.raises(UnreadableFile, match="too large"):
        read_file(entry, max_bytes=9)
    path.unlink()
    os.mkfifo(path)  # swapped after the walk: must not block
    with pytest.raises(UnreadableFile, match="named pipe"):
        read_file(entry)
    path.unlink()
    path.symlink_to(tmp_path / "elsewhere.txt")
    (tmp_path / "elsewhere.txt").write_text("no")
    with pytest.raises(UnreadableFile, match="cannot open"):
        read_file(entry)
    path.unlink()
    with pytest.raises(UnreadableFile, match="cannot open"):
        read_file(entry)
