"""A live blog's key-points box in walked HTML blocks: an element named like one
(`key-points`, `essentiel`) holding a list, or a short title written like one (`Key
points`, `L'essentiel`, `Das Wichtigste`) with a list right after it."""

from __future__ import annotations

import re
import unicodedata

from reader.model import KeyPoints
from reader.parse.html_blocks import Block
from reader.parse.lexicon import KEY_POINTS_TITLES

# Titles of summary boxes as outlets write them, casefolded, apostrophes made straight
# (the syndication splitter's list as well: `Lo que sabemos`, `Cosa sappiamo`…).
_KEY_POINT_TITLES = frozenset(
    title.casefold().replace("’", "'") for title in KEY_POINTS_TITLES
) | frozenset({
    "key points", "the key points", "key events", "key facts", "what we know",
    "what you need to know", "at a glance", "summary", "in brief", "highlights",
    "les infos à retenir", "infos à retenir", "à retenir", "ce qu'il faut retenir",
    "l'essentiel", "essentiel", "les points clés", "points clés", "en bref", "ce qu'il faut savoir",
    "das wichtigste", "das wichtigste in kürze", "auf einen blick", "in kürze",
    "lo más importante", "lo esencial", "claves", "las claves", "puntos clave",
    "punti chiave", "i punti chiave", "in sintesi", "l'essenziale", "da sapere",
})
_TITLE_NOISE = re.compile(r"[\s:.\-–—!]+$")
# A known title narrowed to the day (`Claves de la jornada`, `Key points so far`).
_QUALIFIER = re.compile(
    r"\s+(?:of the day|so far|today|du jour|de la journée|de la jornada|del día|de hoy|"
    r"des tages|von heute|della giornata|di oggi|do dia)$")
_DEFAULT_BOX_TITLE = "Key points"
_MAX_TITLE_CHARS = 80


def is_key_points_title(text: str) -> bool:
    if len(text) > _MAX_TITLE_CHARS:
        return False
    norm = unicodedata.normalize("NFC", text).replace("’", "'").replace("\u00a0", " ")
    title = _TITLE_NOISE.sub("", norm).strip().casefold()
    return title in _KEY_POINT_TITLES or _QUALIFIER.sub("", title) in _KEY_POINT_TITLES


def _box_by_class(blocks: list[Block]) -> tuple[KeyPoints, set[int]] | None:
    """The first element whose class names it a key-points box, if it holds a list."""
    first = next((b.box for b in blocks if b.box), 0)
    if not first:
        return None
    members = [i for i, b in enumerate(blocks) if b.box == first]
    items = [blocks[i].text for i in members if blocks[i].kind == "li"]
    if not items:
        # A `summary` paragraph without a list is a standfirst, not a box: leave it in the lead.
        return None
    title = next(
        (blocks[i].heading for i in members if blocks[i].kind != "li" and (
            blocks[i].kind == "h" or blocks[i].strong or is_key_points_title(blocks[i].text))),
        _DEFAULT_BOX_TITLE,
    )
    return KeyPoints(title, tuple(items)), set(members)


def _box_by_title(blocks: list[Block]) -> tuple[int, KeyPoints, set[int]] | None:
    """A short heading or bold line titled like a summary box, then a list right after it."""
    for i in range(len(blocks) - 1):
        block, nxt = blocks[i], blocks[i + 1]
        if nxt.kind != "li" or block.kind == "li":
            continue
        if not is_key_points_title(block.heading or block.text):
            continue
        end = i + 1
        while end < len(blocks) and blocks[end].kind == "li" and blocks[end].list_id == nxt.list_id:
            end += 1
        items = tuple(blocks[j].text for j in range(i + 1, end))
        return i, KeyPoints(block.heading or block.text, items), set(range(i, end))
    return None


def find_key_points(blocks: list[Block]) -> tuple[KeyPoints | None, set[int]]:
    by_class = _box_by_class(blocks)
    by_title = _box_by_title(blocks)
    if by_class and by_title:
        # Both found: keep the one that comes first in the page.
        if min(by_class[1]) <= by_title[0]:
            return by_class
        return by_title[1], by_title[2]
    if by_class:
        return by_class
    if by_title:
        return by_title[1], by_title[2]
    return None, set()
