"""The real `reader` command, run as a subprocess on temporary files and libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.model import ArticleQuery
from reader.store import Library

READER = Path(sys.executable).with_name("reader")

NBSP = "\u00a0"
LIVE_BLOG = "\r\n".join(
    [
        "\ufeffLa Gazette des Hauts",
        "",
        f"Crue de la Sorne{NBSP}: les digues tiennent, la ville respire",
        "",
        "Des bénévoles empilent des sacs de sable le long du quai Vauban",
        "", "", "", "",
        "La décrue a commencé dans la nuit, a annoncé la préfecture vers 6 heures. "
        "Les pompiers restent mobilisés.Les écoles resteront fermées jusqu’à lundi, "
        "a précisé le maire.Les infos à retenir⇒ La décrue a commencé dans la nuit"
        "⇒ Les écoles fermées jusqu’à lundi⇒ Une cellule d’aide ouvre à la mairie"
        "La décrue a commencé dans la nuitLe niveau de la Sorne a baissé de 40 centimètres "
        "depuis minuit. Les digues n’ont pas cédé.Les écoles fermées jusqu’à lundiLe rectorat "
        "a confirmé la fermeture de douze établissements. Les cours reprendront à distance."
        "Une cellule d’aide ouvre à la mairieLes sinistrés peuvent y déposer leur dossier "
        "dès 9 heures. Des psychologues seront présents.",
        "", "", "",
        "Source link : https://example.org/crue-sorne-direct",
        "",
        "Author :",
        "",
        "Publish date : 2026-11-20 07:15:00",
        "",
        "Copyright for syndicated content belongs to the linked Source.",
        "",
        "Tags :La Gazette des Hauts, Inondations",
        "Quitter la version mobile",
    ]
)


def run(
    *args: str | os.PathLike[str], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(READER), *map(str, args)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )


@pytest.fixture
def live_blog(tmp_path: Path) -> Path:
    path = tmp_path / "articles" / "crue.txt"
    path.parent.mkdir()
    path.write_bytes(LIVE_BLOG.encode("utf-8"))
    return path


def test_parse_json_prints_the_split_live_blog(live_blog: Path) -> None:
    result = run("parse", live_blog, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["outlet"] == "La Gazette des Hauts"
    assert data["title"] == f"Crue de la Sorne{NBSP}: les digues tiennent, la ville respire"
    assert data["author"] is None
    assert data["published"] == "2026-11-20T07:15:00"
    assert data["tags"] == ["La Gazette des Hauts", "Inondations"]
    assert data["live"] is True
    assert len(data["lead"]) == 2
    assert data["key_points"]["title"] == "Les infos à retenir"
    assert len(data["key_points"]["items"]) == 3
    assert [s["heading"] for s in data["sections"]] == [
        "La décrue a commencé dans la nuit",
        "Les écoles fermées jusqu’à lundi",
        "Une cellule d’aide ouvre à la mairie",
    ]


def test_parse_text_is_readable(live_blog: Path) -> None:
    result = run("parse", live_blog)
    assert result.returncode == 0, result.stderr
    assert "Les infos à retenir" in result.stdout
    assert "Une cellule d’aide ouvre à la mairie" in result.stdout


def test_parse_refuses_a_binary_file_with_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02\xff" * 100)
    result = run("parse", junk)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "junk.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_import_reports_skips_and_is_idempotent(tmp_path: Path, live_blog: Path) -> None:
    (live_blog.parent / "empty.txt").write_bytes(b"")
    library = tmp_path / "lib.sqlite"

    first = run("--library", library, "import", live_blog.parent)
    assert first.returncode == 3, first.stderr
    assert "1 new" in first.stdout
    assert "empty.txt" in first.stderr

    second = run("--library", library, "import", live_blog.parent)
    assert "0 new" in second.stdout and "1 unchanged" in second.stdout

    opened = Library.open(library)
    try:
        assert opened.count_articles(ArticleQuery()) == 1
    finally:
        opened.close()


def test_library_location_follows_reader_home(tmp_path: Path) -> None:
    env = {**os.environ, "READER_HOME": str(tmp_path / "elsewhere")}
    assert run("path", env=env).stdout.strip() == str(tmp_path / "elsewhere" / "library.sqlite")
    explicit = run("--library", tmp_path, "path", env=env)
    assert explicit.stdout.strip() == str(tmp_path / "library.sqlite")


def test_samples_remove_keeps_them_away(tmp_path: Path) -> None:
    from reader.services.importer import seed_samples

    path = tmp_path / "lib.sqlite"
    library = Library.open(path)
    try:
        assert seed_samples(library)
        assert library.count_articles(ArticleQuery()) >= 8
    finally:
        library.close()

    result = run("--library", path, "samples", "remove")
    assert result.returncode == 0, result.stderr

    library = Library.open(path)
    try:
        assert library.count_articles(ArticleQuery()) == 0
        assert not seed_samples(library)
        assert library.is_empty()
    finally:
        library.close()


def test_output_cut_short_by_the_reader_is_not_a_crash(live_blog: Path) -> None:
    """`reader parse x | head -1` must not end in a BrokenPipeError traceback."""
    proc = subprocess.Popen(
        [str(READER), "parse", str(live_blog), "--format", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # nobody will read: every write now fails with EPIPE
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in stderr
