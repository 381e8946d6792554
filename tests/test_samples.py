"""The bundled sample edition: present, in the exact syndication layout, typeset, and checked.

The layout test reads the files line by line, as a user's scraper writes them, so a sample
that drifts from the real format (a missing blank line, a trailing newline) fails here.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from reader.samples import sample_paths

CORPUS = Path(__file__).parent / "corpus"
COPYRIGHT = "Copyright for syndicated content belongs to the linked Source."
EXIT_LINES = {"Quitter la version mobile", "Exit mobile version"}
ATOM = "{http://www.w3.org/2005/Atom}"


def syndication_samples() -> list[Path]:
    return [path for path in sample_paths() if path.suffix == ".txt"]


def test_sample_paths_lists_existing_files() -> None:
    paths = sample_paths()
    assert len(paths) >= 6
    assert all(path.is_file() and path.stat().st_size > 500 for path in paths)
    assert len(syndication_samples()) >= 5
    assert [path.name for path in paths if path.suffix == ".xml"] == ["sample-feed.xml"]


@pytest.mark.parametrize("path", syndication_samples(), ids=lambda p: p.name)
def test_syndication_sample_layout(path: Path) -> None:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
    assert not raw.endswith(b"\n"), "the scraper writes no final newline"
    lines = raw.decode("utf-8").split("\n")
    assert len(lines) == 23
    outlet, b1, title, b2, caption, *four, body, b3, b4, b5 = lines[:13]
    assert outlet and title and caption and body
    assert [b1, b2, *four, b3, b4, b5] == [""] * 9
    assert len(body) > 300, "the whole article is glued on one line"
    assert re.fullmatch(r"Source link : https://example\.(com|org|net)/\S+", lines[13])
    assert lines[14] == ""
    assert re.fullmatch(r"Author :\S.*", lines[15])
    assert lines[16] == ""
    date = lines[17].removeprefix("Publish date : ")
    assert datetime.strptime(date, "%Y-%m-%d %H:%M:%S").strftime("%Y-%m") == "2026-11"
    assert lines[18:20] == ["", COPYRIGHT]
    assert lines[20] == ""
    assert re.fullmatch(r"Tags :\S.*", lines[21])
    assert lines[22] in EXIT_LINES


@pytest.mark.parametrize("path", syndication_samples(), ids=lambda p: p.name)
def test_sample_matches_its_corpus_copy(path: Path) -> None:
    """Each sample has an expected parse in the corpus, built from the same source."""
    assert (CORPUS / path.name).read_bytes() == path.read_bytes()
    expected = json.loads((CORPUS / path.name).with_suffix(".json").read_text("utf-8"))
    lines = path.read_text("utf-8").split("\n")
    assert expected["outlet"] == lines[0] and expected["title"] == lines[2]
    glued = "".join(expected["lead"])
    assert lines[9].startswith(glued)


def test_sample_kinds() -> None:
    """At least three live blogs (two French, one English) and two plain articles."""
    kinds: list[tuple[str, bool]] = []
    for path in syndication_samples():
        expected = json.loads((CORPUS / path.name).with_suffix(".json").read_text("utf-8"))
        kinds.append((path.name.split("-")[1], expected["live"]))
        if expected["live"]:
            assert 5 <= len(expected["sections"]) <= 8
            assert expected["key_points"]["items"]
    assert kinds.count(("fr", True)) >= 2
    assert kinds.count(("en", True)) >= 1
    assert sum(not live for _, live in kinds) >= 2


def test_french_samples_use_no_break_spaces() -> None:
    french = [p for p in syndication_samples() if p.name.startswith("sample-fr-")]
    assert len(french) >= 3
    for path in french:
        # The article itself: the metadata lines (`Author :`) are the scraper's, not French.
        text = "\n".join(path.read_text("utf-8").split("\n")[:10])
        assert "\u00a0:" in text or "\u00a0»" in text, path.name
        # No ordinary space before high punctuation or inside guillemets.
        assert not re.search(r" [:;?!»]|« ", text), path.name


def test_sample_feed_is_atom_with_a_live_blog() -> None:
    feed = next(p for p in sample_paths() if p.name == "sample-feed.xml")
    root = ET.parse(feed).getroot()
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}title") == "Sample Gazette"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 4
    contents = [entry.find(f"{ATOM}content") for entry in entries]
    assert all(c is not None and c.get("type") == "html" and c.text for c in contents)
    live = [c.text for c in contents if c is not None and c.text and "<h2>" in c.text]
    assert len(live) == 1 and live[0].count("<time") >= 3
    for entry in entries:
        assert (entry.findtext(f"{ATOM}published") or "").startswith("2026-11-")
