"""HTML into the reader's plain structure: paragraphs and their kinds, a key-points box,
live-blog sections, numbered links.

Nothing from the markup survives but text, each paragraph's kind (heading, list item,
quote, code, image) and the targets of its links (`[n]` after the words, the n-th entry of
`links`); every string goes through `reader.text.clean_line` (`clean` for code) after the
HTML parser decoded its entities. This module is also where the HTML sanitising happens
for feeds (feedparser's own sanitiser is switched off).
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from reader.parse.html_common import flatten_deep_markup
from reader.parse.html_page import parse_html_page, read_parts
from reader.parse.html_structure import HtmlParts, number_links
from reader.text import clean

__all__ = ["HtmlParts", "html_to_parts", "node_to_parts", "parse_html_page"]


def node_to_parts(
    node: LexborNode, base_url: str | None = None, *, live: bool | None = None,
) -> HtmlParts:
    """`html_to_parts` for an already parsed element."""
    targets: list[str] = []
    return number_links(read_parts(node, base_url, targets, live=live), targets)


def html_to_parts(
    html: str, base_url: str | None = None, *, live: bool | None = None,
) -> HtmlParts:
    """Split an HTML fragment or page into lead, key points, sections and links.

    Relative links resolve against `base_url`; only http(s) targets get a number. `live`
    forces (True) or forbids (False) reading headings as live-blog updates; None decides
    from the markup.
    """
    if not html or not html.strip():
        return HtmlParts()
    parser = LexborHTMLParser(flatten_deep_markup(clean(html)))
    root = parser.body or parser.root
    if root is None:
        return HtmlParts()
    return node_to_parts(root, base_url, live=live)
