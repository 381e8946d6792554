"""A ticker with no headings and no update wrappers: paragraphs that each open with a
bold time of day (`<p><strong>16:58</strong> text…</p>`, `<p><b>16:52</b> – Title</p>`).

Each such paragraph opens an update. A separator after the time and a short line without
a final full stop make the rest a heading (the paragraphs after it are the update's);
otherwise the update has no heading and the rest is its first paragraph. A bold lead-in
that is not a clock time (`Leia também:`, `Monday:`, a year) opens nothing, and a page
needs at least three timed paragraphs before any of them counts: a plain article with
one bold time in it stays plain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.parse.html_types import Block
from reader.parse.timestamps import is_loose, leading_time

_MIN_TIMED = 3
_CLOCK = re.compile(r"\d{1,2}[ \u00a0]?[:hH.][ \u00a0]?\d{2}")
_SEPARATOR = re.compile(r"^[ \u00a0]*[-–—|:•·][ \u00a0]*")
_HEADING_CHARS = 120


@dataclass(frozen=True, slots=True)
class TickerLine:
    """One paragraph opening an update: its time, heading ("" for none) and the rest of
    its text when that is the update's first paragraph."""

    time: str
    heading: str
    first: str


def _split(block: Block) -> TickerLine | None:
    bold = block.lead_bold
    if block.kind != "p" or not bold or len(bold) > 30:
        return None
    found = leading_time(bold)
    if found is None or found[1] < len(bold.rstrip()) or is_loose(found[0]) or \
            not _CLOCK.search(found[0]):
        return None  # a bold lead-in, a date, a number: no update
    text = block.text if block.text.startswith(bold) else block.heading
    if not text.startswith(bold):
        return None
    rest = text[len(bold):]
    separated = _SEPARATOR.match(rest)
    rest = rest[separated.end():] if separated else rest.lstrip()
    if not rest:
        return None
    if separated and len(rest) <= _HEADING_CHARS and not rest.rstrip().endswith("."):
        return TickerLine(found[0], rest.strip(), "")
    return TickerLine(found[0], "", rest.strip())


def ticker_lines(blocks: list[Block], used: set[int]) -> dict[int, TickerLine]:
    """The paragraphs opening updates by index, or {} when the page is no such ticker."""
    lines = {}
    for i, block in enumerate(blocks):
        if i not in used and block.lead_bold:
            line = _split(block)
            if line is not None:
                lines[i] = line
    return lines if len(lines) >= _MIN_TIMED else {}
