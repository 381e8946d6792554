"""The evaluation corpus: well-formed expectations, enough variety, and a scorer that runs.

The parser's scores are not asserted here (the lead sets the bar from the printed figures);
these tests only guard the corpus itself and the scoring script.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SCORER = ROOT / "benchmarks" / "score_corpus.py"
LANGUAGES = ("fr", "en", "de", "es", "it")
KEYS = {
    "outlet",
    "title",
    "caption",
    "source_link",
    "author",
    "published",
    "tags",
    "live",
    "lead",
    "key_points",
    "sections",
}


def expectations() -> list[Path]:
    return sorted(CORPUS.glob("*.json"))


def language(path: Path) -> str:
    parts = path.stem.split("-")
    return parts[1] if parts[0] == "sample" else parts[0]


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def clean_text(value: object) -> bool:
    """NFC, no breaking whitespace run or edge, no control character (NBSP allowed)."""
    if not isinstance(value, str) or not value:
        return False
    return (
        unicodedata.normalize("NFC", value) == value
        and value == value.strip(" ")
        and not re.search(r"[\t\n\r]|  |[\x00-\x1f\x7f-\x9f]", value)
    )


@pytest.mark.parametrize("path", expectations(), ids=lambda p: p.stem)
def test_expected_parse_has_the_shape(path: Path) -> None:
    data = load(path)
    assert set(data) == KEYS
    for key in ("outlet", "title"):
        assert clean_text(data[key]), key
    for key in ("caption", "source_link", "author"):
        assert data[key] is None or clean_text(data[key]), key
    assert data["published"] is None or re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", data["published"]
    )
    assert isinstance(data["tags"], list) and all(clean_text(t) for t in data["tags"])
    assert all(clean_text(p) for p in data["lead"])
    kp = data["key_points"]
    if kp is not None:
        assert set(kp) == {"title", "items"} and clean_text(kp["title"])
        assert kp["items"] and all(clean_text(i) for i in kp["items"])
    assert data["live"] is bool(data["sections"])
    for section in data["sections"]:
        assert set(section) == {"heading", "time", "paragraphs"}
        assert clean_text(section["heading"]) and not section["heading"][0].islower()
        assert section["time"] is None or clean_text(section["time"])
        assert section["paragraphs"] and all(clean_text(p) for p in section["paragraphs"])
    assert data["lead"] or data["sections"]


def test_every_text_has_its_expectation_and_back() -> None:
    texts = {p.stem for p in CORPUS.glob("*.txt")}
    jsons = {p.stem for p in expectations()}
    assert texts == jsons
    assert len(texts) >= 60


def test_corpus_variety() -> None:
    data = {path: load(path) for path in expectations()}
    per_language = Counter(language(path) for path in data)
    assert set(per_language) == set(LANGUAGES)
    assert min(per_language.values()) >= 8, per_language
    plain = [d for d in data.values() if not d["live"]]
    live = [d for d in data.values() if d["live"]]
    assert len(plain) >= 15
    counts = [len(d["sections"]) for d in live]
    assert min(counts) == 3 and max(counts) >= 40
    titles = {d["key_points"]["title"] for d in live if d["key_points"]}
    for title in (
        "Les infos à retenir",
        "L’essentiel",
        "Key points",
        "Das Wichtigste",
        "Lo más importante",
        "Punti chiave",
    ):
        assert title in titles
    times = {s["time"] for d in live for s in d["sections"]}
    for example in ("14h32", "10:45", "Il y a 20 minutes", "2 hours ago"):
        assert example in times
    assert any(t and t.endswith("Uhr") for t in times)
    # Live blogs whose key points repeat a heading word for word, and some that do not.
    repeats = [
        d
        for d in live
        if d["key_points"] and set(d["key_points"]["items"]) & {s["heading"] for s in d["sections"]}
    ]
    assert 5 <= len(repeats) < len([d for d in live if d["key_points"]])
    assert any(not d["key_points"] for d in live)
    assert any(d["author"] is None for d in data.values())
    assert any(d["caption"] is None for d in data.values())
    assert any(not d["tags"] for d in data.values())
    assert any(d["published"] is None for d in data.values())


def test_file_level_traps_are_present() -> None:
    raws = {p.name: p.read_bytes() for p in CORPUS.glob("*.txt")}
    assert sum(raw.startswith(b"\xef\xbb\xbf") for raw in raws.values()) >= 2
    assert sum(b"\r\n" in raw for raw in raws.values()) >= 2
    assert not any(raw.endswith(b"\n") for raw in raws.values())
    assert sum(b"\nTags :" not in raw for raw in raws.values()) >= 2
    bodies = " ".join(raw.decode("utf-8-sig") for raw in raws.values())
    for trap in (
        "McDonald",
        "iPhone",
        "PlayStation",
        "DiCaprio",
        "M. ",
        "U.S.",
        "z.B.",
        "etc.",
        "Dr. ",
        "3.5",
        "1.000",
        "https://",
        "…",
        "...",
        ".»",
        ".\u00a0»",
    ):
        assert trap in bodies, trap


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_text_is_the_glued_expectation(path: Path) -> None:
    """The body line is exactly the expected blocks glued together (up to heading times)."""
    data = load(path.with_suffix(".json"))
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    lines = text.split("\n")
    body = max(lines, key=len)
    assert body.startswith("".join(data["lead"]))
    position = 0
    for block in _blocks(data):
        found = body.find(block, position)
        assert found >= 0, block
        position = found + len(block)
    assert lines[0] == data["outlet"] and lines[2] == data["title"]


def _blocks(data: dict[str, Any]) -> list[str]:
    blocks = list(data["lead"])
    if data["key_points"]:
        blocks.append(data["key_points"]["title"])
        blocks.extend(data["key_points"]["items"])
    for section in data["sections"]:
        blocks.append(section["heading"])
        blocks.extend(section["paragraphs"])
    return blocks


def test_build_script_reproduces_the_corpus() -> None:
    """Rebuilding from the story sources changes nothing (the corpus is not hand-edited)."""
    result = subprocess.run(
        [sys.executable, str(CORPUS / "build.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _parser_ready() -> bool:
    try:
        return importlib.util.find_spec("reader.parse.serialize") is not None and hasattr(
            importlib.import_module("reader.parse"), "parse_path"
        )
    except ImportError:
        return False


@pytest.mark.skipif(not _parser_ready(), reason="reader.parse.parse_path not written yet")
def test_scorer_runs_and_reports_numbers() -> None:
    result = subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout[result.stdout.index("{") :])
    assert summary["files"] == len(expectations())
    for name in ("sections", "paragraphs", "key_points"):
        assert 0.0 <= summary[name]["f1"] <= 1.0
        assert summary[name]["expected"] > 0
    assert 0.0 <= summary["metadata_accuracy"] <= 1.0
    assert summary["metadata_fields"] == 7 * len(expectations())
    assert summary["false_sections"] >= 0


HOLDOUT = ROOT / "tests" / "holdout"


def test_holdout_is_rebuilt_from_its_sources_and_scored() -> None:
    """The held-out corpus: 380 articles from their own sources, every text with its parse,
    and the scorer reads it like the main corpus."""
    built = subprocess.run(
        [sys.executable, str(HOLDOUT / "build.py"), "--check"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    texts = {p.stem for p in HOLDOUT.glob("*.txt")}
    assert texts == {p.stem for p in HOLDOUT.glob("*.json")} and len(texts) == 380
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(HOLDOUT), "--json"],
        capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
    )
    assert scored.returncode == 0, scored.stderr
    summary = json.loads(scored.stdout[scored.stdout.index("{"):])
    assert summary["files"] == 380 and summary["sections"]["expected"] > 200
