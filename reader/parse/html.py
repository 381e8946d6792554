"""HTML into the reader's plain structure: paragraphs, a key-points box, live-blog sections.

Nothing from the markup survives but text: tags, attributes and links are dropped and
every string goes through `reader.text.clean_line` after the HTML parser decoded its
entities. This module is also where the HTML sanitising happens for feeds (feedparser's
own sanitiser is switched off).
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from reader.model import KeyPoints, Section
from reader.parse.html_blocks import walk_blocks
from reader.parse.html_page import parse_html_page
from reader.parse.html_structure import build_parts
from reader.text import clean

__all__ = ["html_to_parts", "node_to_parts", "parse_html_page"]


def node_to_parts(
    node: LexborNode, *, live: bool | None = None,
) -> tuple[tuple[str, ...], KeyPoints | None, tuple[Section, ...]]:
    """`html_to_parts` for an already parsed element."""
    return build_parts(walk_blocks(node), live)


def html_to_parts(
    html: str, base_url: str | None = None, *, live: bool | None = None,
) -> tuple[tuple[str, ...], KeyPoints | None, tuple[Section, ...]]:
    """Split an HTML fragment or page into (lead paragraphs, key points, sections).

    `base_url` is accepted for symmetry with the other parsers; no link survives into the
    output, so nothing needs resolving. `live` forces (True) or forbids (False) reading
    headings as live-blog updates; None decides from the markup.
    """
    del base_url
    if not html or not html.strip():
        return (), None, ()
    parser = LexborHTMLParser(clean(html))
    root = parser.body or parser.root
    if root is None:
        return (), None, ()
    return node_to_parts(root, live=live)
