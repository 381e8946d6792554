"""From flat text blocks to what an article holds: lead, key-points box, live-blog sections.

The rules keep a plain article plain: subheadings (`intertitres`) do not make a live blog.
Updates need a `<time>` on every heading of their level, or at least three headings of one
level with some evidence beside them (a key-points box, or a time on one of them), or the
caller's word (a page that declares itself a `LiveBlogPosting`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from reader.model import BlockKind, KeyPoints, Section
from reader.parse.html_blocks import Block
from reader.parse.html_links import LinkNumbers, strip_marks
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
_DEFAULT_BOX_TITLE = "Key points"
_SECTION_LEVELS = (2, 3)
_MAX_TITLE_CHARS = 80
_META_WORDS = 4  # a time with a byline beside it (`22:54 Marta Quiroga`)

_KINDS = {
    "li": BlockKind.ITEM, "h": BlockKind.HEADING, "quote": BlockKind.QUOTE,
    "pre": BlockKind.CODE, "img": BlockKind.IMAGE,
}


@dataclass(frozen=True, slots=True)
class HtmlParts:
    """What HTML content holds, ready for an `Article` (same meanings as its fields)."""

    lead: tuple[str, ...] = ()
    lead_kinds: tuple[BlockKind, ...] = ()
    key_points: KeyPoints | None = None
    sections: tuple[Section, ...] = ()
    links: tuple[str, ...] = ()


def compact_kinds(kinds: list[BlockKind]) -> tuple[BlockKind, ...]:
    """The kinds as stored in the model: empty when every paragraph is a plain one."""
    if all(kind is BlockKind.PARAGRAPH for kind in kinds):
        return ()
    return tuple(kinds)


def block_kind(block: Block) -> BlockKind:
    return _KINDS.get(block.kind, BlockKind.PARAGRAPH)


def is_key_points_title(text: str) -> bool:
    if len(text) > _MAX_TITLE_CHARS:
        return False
    norm = unicodedata.normalize("NFC", text).replace("’", "'").replace("\u00a0", " ")
    return _TITLE_NOISE.sub("", norm).strip().casefold() in _KEY_POINT_TITLES


def paragraph_text(block: Block) -> str:
    """The text a block shows as a paragraph (an ordered list's item led by its number)."""
    return f"{block.ordinal}. {block.text}" if block.ordinal else block.text


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


def _attach_times(blocks: list[Block], used: set[int]) -> dict[int, int]:
    """Give a heading the time block just before it; returns heading index -> time index.

    The block may also be a short meta line holding the time (`<div class="meta"><time>22:54
    </time> <span>Marta Q.</span></div>`): its time goes to the heading, the line with it."""
    borrowed: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if block.kind != "h" or block.time or i in used or i == 0:
            continue
        prev = blocks[i - 1]
        meta_line = prev.kind == "p" and bool(prev.time) and len(
            prev.heading.split()) <= _META_WORDS
        if (prev.kind == "time" or meta_line) and i - 1 not in used:
            block.time = prev.time
            borrowed[i] = i - 1
    return borrowed


def _section_level(blocks: list[Block], used: set[int], forced: bool | None,
                   boxed: bool) -> int:
    """The heading level that carries updates, or 0 when this is not a live blog."""
    if forced is False:
        return 0
    best, best_count = 0, 0
    for level in _SECTION_LEVELS:
        heads = [b for i, b in enumerate(blocks) if b.kind == "h" and b.level == level
                 and i not in used]
        timed = sum(1 for b in heads if b.time)
        qualifies = (bool(heads) and timed == len(heads)) or (
            len(heads) >= 3 and (boxed or timed > 0))
        if (qualifies or forced) and len(heads) > best_count:
            best, best_count = level, len(heads)
    return best


def build_parts(blocks: list[Block], live: bool | None = None) -> HtmlParts:
    """Split blocks into lead, key points and sections; `live` forces the live-blog decision.

    The texts still hold link marks and `links` is empty: `number_links` finishes them."""
    key_points, used = find_key_points(blocks)
    borrowed = _attach_times(blocks, used)
    level = _section_level(blocks, used, live, key_points is not None)
    if level:
        used = used | {t for h, t in borrowed.items() if blocks[h].level == level}
    lead: list[str] = []
    lead_kinds: list[BlockKind] = []
    sections: list[Section] = []
    heading: Block | None = None
    paragraphs: list[str] = []
    kinds: list[BlockKind] = []
    for i, block in enumerate(blocks):
        if i in used:
            continue
        if level and block.kind == "h" and block.level == level:
            if heading is not None:
                sections.append(Section(heading.heading, heading.time, tuple(paragraphs),
                                        compact_kinds(kinds)))
            heading, paragraphs, kinds = block, [], []
            continue
        if heading is not None:
            paragraphs.append(paragraph_text(block))
            kinds.append(block_kind(block))
        else:
            lead.append(paragraph_text(block))
            lead_kinds.append(block_kind(block))
    if heading is not None:
        sections.append(Section(heading.heading, heading.time, tuple(paragraphs),
                                compact_kinds(kinds)))
    return HtmlParts(tuple(lead), compact_kinds(lead_kinds), key_points, tuple(sections))


def number_links(parts: HtmlParts, targets: list[str]) -> HtmlParts:
    """Turn the link marks into `[n]` in reading order (lead, key points, sections) and
    list the targets; `targets` is the list the walks appended to."""
    if not targets:
        return parts
    numbers = LinkNumbers(targets)
    lead = numbers.texts(parts.lead)
    key_points = parts.key_points
    if key_points is not None:
        key_points = KeyPoints(strip_marks(key_points.title), numbers.texts(key_points.items))
    sections = tuple(replace(s, paragraphs=numbers.texts(s.paragraphs)) for s in parts.sections)
    return HtmlParts(lead, parts.lead_kinds, key_points, sections, tuple(numbers.links))
