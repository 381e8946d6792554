"""The article's own header in a saved page: what stands around its title heading.

A story page opens with a kicker or badge (`LIVE`, `Stadtentwicklung`), the title, a
standfirst, a byline, a dateline and share buttons; then comes the body. None of that is
the body's text. The header is found by shape, not by name: the title's `<h1>` and the
small elements around it, up to the element holding the body (a container of
paragraphs). The standfirst is kept aside for the article's caption line.

It is only cut when the shape is unambiguous: the body must sit in a container of its own
after the header, the header must hold at most one line of prose (the standfirst), and
when the title stands bare among the story's paragraphs the standfirst must be followed
by a byline or a date. An `<article>` whose paragraphs follow its `<h1>` directly keeps
its first paragraph, whatever its class says.
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from reader.parse.html_furniture import (
    KEY_BOX_NAME,
    byline_author,
    byline_kind,
    names_of,
    starts_like_byline,
)
from reader.parse.html_keypoints import is_key_points_title
from reader.parse.html_region import node_line, resembles_title

_BODY_TAGS = frozenset({"div", "section", "article", "main"})
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "ul", "ol", "dl", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "figure", "table", "pre", "header", "footer", "aside",
})
_HEADER_CHARS = 400  # text beside the title in its header, standfirst and byline included
_PIECE_CHARS = 300  # one kicker, standfirst or byline
_PROSE_WORDS = 5
_MAX_BEFORE = 12  # elements before the title: crumbs, badges, a kicker


@dataclass(slots=True)
class Header:
    """What the header said besides the title."""

    standfirst: str | None = None
    byline: str | None = None


def _elements(node: LexborNode) -> list[LexborNode]:
    return [child for child in node.iter() if child.tag and not child.tag.startswith("-")]


def _is_container(node: LexborNode) -> bool:
    return any(child.tag in _BLOCK_TAGS for child in _elements(node))


def _is_box(node: LexborNode) -> bool:
    if KEY_BOX_NAME.search(node.attributes.get("class") or ""):
        return True
    return any(is_key_points_title(node_line(n)) for n in node.css("h2, h3, h4, strong, b"))


def _kept(node: LexborNode) -> bool:
    """A lead image (its caption is read elsewhere) or a key-points box stays."""
    return (node.tag == "figure" or node.css_first("img, picture, figure") is not None
            or _is_box(node))


def _is_meta(node: LexborNode) -> bool:
    """A byline or a dateline: `By …`, a line holding a `<time>`, or named like one."""
    return (starts_like_byline(node_line(node)) or node.css_first("time") is not None
            or byline_kind(names_of(node), in_header=True) is not None)


def _is_prose(node: LexborNode) -> bool:
    return len(node_line(node).split()) >= _PROSE_WORDS and not _is_meta(node)


def _title_heading(root: LexborNode, title: str) -> LexborNode | None:
    for heading in root.css("h1"):
        text = node_line(heading)
        if text and (text == title or resembles_title(text, title)):
            return heading
    return None


def _path(root: LexborNode, heading: LexborNode) -> list[LexborNode]:
    """The heading and its ancestors below `root`, innermost first."""
    path = [heading]
    node = heading.parent
    while node is not None and node.mem_id != root.mem_id:
        path.append(node)
        node = node.parent
    return path if node is not None else []


def _siblings(node: LexborNode, *, after: bool) -> list[LexborNode]:
    out = []
    sibling = node.next if after else node.prev
    while sibling is not None:
        if sibling.tag and not sibling.tag.startswith("-"):
            out.append(sibling)
        sibling = sibling.next if after else sibling.prev
    return out


def _top(path: list[LexborNode]) -> int:
    """How far up the title's header reaches: the ancestors whose other text is short."""
    top = 0
    while top + 1 < len(path):
        parent, child = path[top + 1], path[top]
        if len(node_line(parent)) - len(node_line(child)) > _HEADER_CHARS or any(
                _is_box(n) for n in _siblings(child, after=True)):
            break
        top += 1
    return top


def _after_top(top: LexborNode) -> tuple[list[LexborNode], bool]:
    """The small elements after the header, and whether the body container follows them."""
    pieces: list[LexborNode] = []
    for node in _siblings(top, after=True):
        if node.tag == "figure":
            continue
        if (node.tag in _BODY_TAGS and _is_container(node)) or _kept(node):
            return pieces, True
        if _is_container(node) or len(node_line(node)) > _PIECE_CHARS:
            return pieces, False
        pieces.append(node)
    return pieces, False


def cut_header(root: LexborNode, title: str) -> Header:
    """Remove the title's kicker, standfirst, byline and dateline from `root` (see the
    module doc) and tell what the standfirst and byline said. The title stays."""
    heading = _title_heading(root, title) if title else None
    path = _path(root, heading) if heading is not None else []
    if not path:
        return Header()
    header = Header()
    before = [n for node in path for n in _siblings(node, after=False)]
    if len(before) <= _MAX_BEFORE:
        for node in before:
            if not _kept(node) and len(node_line(node)) <= _PIECE_CHARS:
                node.decompose()
    top = _top(path)
    inside = [n for node in path[:top] for n in _siblings(node, after=True)]
    after, bodied = _after_top(path[top])
    pieces = [n for n in inside + after if not _kept(n)]
    prose = [n for n in pieces if _is_prose(n)]
    if not bodied or len(prose) > 1:
        return header
    if top == 0 and prose and not any(_is_meta(n) for n in pieces[pieces.index(prose[0]):]):
        return header  # a first paragraph beside the title, not a standfirst over a byline
    header.standfirst = node_line(prose[0]) if prose else None
    for node in pieces:
        if header.byline is None and starts_like_byline(node_line(node)):
            header.byline = byline_author(node)
        if node in prose or _is_meta(node):
            node.decompose()  # a short line of another kind may be the story's first
    return header
