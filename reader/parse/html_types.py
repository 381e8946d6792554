"""The blocks an HTML walk produces, and the containers that held them (`html_blocks`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Block:
    """One paragraph-like run of text, with what the structure pass needs to know."""

    kind: str
    """`p`, `li`, `h`, `quote`, `pre`, `caption` (a table's), `figcaption`, `img`, or `time`
    (a block that is only a time)."""
    text: str
    """The whole text, time and link marks included (what a plain paragraph shows); one
    line, except for `pre` whose line breaks and indentation are kept."""
    heading: str
    """The text without its `<time>` parts and link marks (what a section heading shows)."""
    time: str | None = None
    level: int = 0
    """Heading level (1-6), 0 for other blocks."""
    list_id: int = 0
    """Which list an `li` belongs to (consecutive items of one list share it)."""
    box: int = 0
    """Which key-points box (by class name) the block is inside, 0 for none."""
    strong: bool = False
    """All of the text is bold: a candidate title for a key-points box."""
    ordinal: int = 0
    """The number of an ordered list's item (on the item's first block), else 0."""
    link_chars: int = 0
    """Characters of the text inside links away from the page (relative ones too)."""
    update: int = 0
    """Which live-blog update wrapper the block is in (see `html_updates`), 0 for none."""
    dropped: bool = False
    """Furniture found by the passes after the walk (see `html_boxes`)."""
    lead_bold: str = ""
    """The bold run opening the block (`<p><strong>16:58</strong> text`), else empty."""


@dataclass(frozen=True, slots=True)
class Span:
    """A container element of the walk and the blocks it holds: `blocks[start:end]`."""

    tag: str
    parent: int
    """Index of the nearest container around it in the span list, -1 at the top."""
    start: int
    end: int
    list_id: int = 0
    """For an `li`: the list it belongs to."""
