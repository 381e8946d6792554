"""One pass over an HTML tree that flattens it into text blocks.

A block is what a reader sees as one paragraph: a `<p>`, a list item, a heading, a quote,
a caption, a preformatted block, an image (as its alternative text). The walk is
iterative (no recursion limit on deeply nested junk) and touches every node once, so its
cost is linear in the document. The walk also lists the containers it went through with
the range of blocks each held (`Span`), so the passes after it can read the page's shape
(update wrappers in `html_updates`, furniture boxes and pull quotes in `html_boxes`)
without walking the tree again. What the blocks *mean* (lead, key points, live-blog
sections) is decided in `html_structure`; links are left as marks after their words and
numbered at the very end (`html_links`).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from reader.parse.html_links import (
    CLOSE,
    OPEN,
    resolve_href,
    shows_url,
    strip_marks,
    without_marks,
)
from reader.parse.html_names import named_key_points, named_noise
from reader.parse.html_types import Block, Span
from reader.text import clean, clean_line

__all__ = ["SKIPPED", "Block", "Span", "walk_blocks", "walk_tree"]

# Whole subtrees that hold no article text (or only chrome around it).
SKIPPED = frozenset({
    "script", "style", "noscript", "template", "nav", "iframe", "object", "embed",
    "button", "input", "select", "textarea", "svg", "math", "head", "title", "meta", "link",
    "canvas", "audio", "video", "dialog", "-comment", "-doctype",
})
# A form in a feed's content is a sign-up or search box. A saved page may wrap its whole
# body in one (ASP.NET pages do): there `html_region` weighs each form instead.
# Elements that are one paragraph each; the value is their block kind.
_PARAGRAPHS = {
    "p": "p", "li": "li", "blockquote": "quote", "pre": "pre", "figcaption": "figcaption",
    "dt": "p", "dd": "p", "td": "p", "th": "p", "caption": "caption", "summary": "p",
    "address": "p", "h1": "h", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h",
}
# Weak paragraph elements take the kind of a paragraph element around them (`li > p`).
_WEAK = frozenset({"p", "dt", "dd", "td", "th", "summary", "address"})
# Elements that end the paragraph before them but are not paragraphs themselves.
_CONTAINERS = frozenset({
    "div", "section", "article", "main", "header", "footer", "ul", "ol", "dl", "figure",
    "table", "thead", "tbody", "tfoot", "tr", "body", "html", "details", "hgroup", "center",
    "aside", "hr", "menu", "fieldset", "picture",
})
_LISTS = frozenset({"ul", "ol", "menu", "dl"})
_ORDERED_START_DIGITS = 6
_STRONG = frozenset({"strong", "b"})
_LINE_BREAKS = re.compile(r"\n[ \t\r\f]*\n")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.M)
# Width/height of tracking pixels and spacers, which are no picture at all.
_TINY = frozenset({"0", "1", "0px", "1px"})
# An inline image this short is an emoji or a symbol: its text reads as part of the line.
_SYMBOL_ALT = 2


class _Walker:
    """The mutable state of one walk: the current paragraph and its context stacks."""

    def __init__(self, base: str | None, targets: list[str]) -> None:
        self.base = base
        self.targets = targets
        """Resolved link targets, shared by every walk of one article (see html_links)."""
        self.anchors: list[tuple[str, int, int, int, int]] = []
        """Open links: (target, serial, chars, first segment, first block) at their start."""
        self.serial = 0
        """Counts flushes, so a link knows whether its words stayed in one paragraph."""
        self.ordinals: list[int] = []
        """Next item number of each open list (0 for an unordered one)."""
        self.pending_ordinal = 0
        self.blocks: list[Block] = []
        self.segments: list[str] = []
        self.time_parts: list[str] = []
        self.time_value: str | None = None
        self.chars = 0
        self.strong_chars = 0
        self.kinds: list[tuple[str, int]] = []
        self.lists: list[int] = []
        self.boxes: list[int] = []
        self.strong_depth = 0
        self.lead_bold: list[str] = []  # the paragraph's opening bold run, while it lasts
        self.lead_bold_open = False
        self.counter = 0
        self.link_depth = 0
        self.link_chars = 0
        self.spans: list[list[int]] = []
        """Open and closed containers: [tag index, parent, start, end, list id]."""
        self.span_tags: list[str] = []
        self.open_spans: list[int] = []

    def add_text(self, text: str) -> None:
        text = without_marks(text)
        self.segments.append(text)
        weight = len(text.strip())
        if weight and not self.chars:
            self.lead_bold_open = self.strong_depth > 0
        if self.lead_bold_open and weight:
            self.lead_bold_open = self.strong_depth > 0
            self.lead_bold += [text] if self.lead_bold_open else []
        self.chars += weight
        if self.strong_depth:
            self.strong_chars += weight
        if self.link_depth:
            self.link_chars += weight

    def add_time(self, node: LexborNode) -> None:
        shown = clean_line(without_marks(node.text(deep=True)))
        value = shown or clean_line(without_marks(node.attributes.get("datetime") or ""))
        if not value:
            return
        if self.time_value is None:
            self.time_value = value
        if shown:
            self.segments.append(" " + shown + " ")
            self.time_parts.append(shown)
            self.chars += len(shown)

    def add_image(self, node: LexborNode) -> None:
        """An image as its alternative text: a block of its own, or a word of the line it
        stands in. `alt=""` marks a decorative image, a 1x1 one is a tracking pixel."""
        attributes = node.attributes
        alt = clean_line(without_marks(attributes.get("alt") or ""))
        if (not alt and "alt" in attributes) or _is_tiny(attributes):
            return
        context = self.kinds[-1][0] if self.kinds else "p"
        if context == "h":
            return  # headings keep their words only
        if self.chars:
            if alt:
                self.segments.append(alt if len(alt) <= _SYMBOL_ALT else f" [image: {alt}] ")
                self.chars += len(alt)
            return
        self.flush()
        text = alt or "image"
        self.blocks.append(Block("img", text, text, box=self.boxes[-1] if self.boxes else 0))

    def open_anchor(self, node: LexborNode) -> bool:
        target = resolve_href(node.attributes.get("href"), self.base)
        if target is None:
            return False
        self.anchors.append(
            (target, self.serial, self.chars, len(self.segments), len(self.blocks)))
        return True

    def close_anchor(self) -> None:
        """Leave a mark after the link's words, unless it had none or they are its URL."""
        target, serial, chars, first_segment, first_block = self.anchors.pop()
        if serial == self.serial:
            if self.chars <= chars:
                return
            words = "".join(self.segments[first_segment:])
        elif self.chars:
            words = "".join(self.segments)  # the paragraph began inside the link
        else:
            # A link around whole blocks (a teaser card): the mark goes after the last one.
            last = next((b for b in reversed(self.blocks[first_block:]) if b.kind != "img"),
                        None)
            if last is not None and not shows_url(strip_marks(last.text), target):
                last.text += self._mark(target)
            return
        if not shows_url(clean_line(strip_marks(words)), target):
            self.segments.append(self._mark(target))

    def _mark(self, target: str) -> str:
        self.targets.append(target)
        return f"{OPEN}{len(self.targets) - 1}{CLOSE}"

    def flush(self) -> None:
        self.serial += 1
        if not self.chars:
            # Only whitespace between two blocks: nothing to keep (and no regex to run).
            self.segments, self.time_parts, self.time_value = [], [], None
            self.strong_chars = self.link_chars = 0
            self.lead_bold, self.lead_bold_open = [], False
            return
        raw = "".join(self.segments)
        time_value, time_parts, strong = self.time_value, self.time_parts, (
            self.chars > 0 and self.strong_chars * 10 >= self.chars * 9
        )
        link_chars = self.link_chars
        lead_bold = clean_line(without_marks("".join(self.lead_bold)))
        self.lead_bold, self.lead_bold_open = [], False
        self.segments, self.time_parts, self.time_value = [], [], None
        self.chars = self.strong_chars = self.link_chars = 0
        kind, level = self.kinds[-1] if self.kinds else ("p", 0)
        list_id = self.lists[-1] if self.lists and kind == "li" else 0
        box = self.boxes[-1] if self.boxes else 0
        ordinal = 0
        if kind == "li":
            ordinal, self.pending_ordinal = self.pending_ordinal, 0
        if kind == "pre":
            text = _preformatted(raw)
            if text:
                self.blocks.append(Block(kind, text, clean_line(strip_marks(text)), None, level,
                                         list_id, box, strong))
            return
        for chunk in _LINE_BREAKS.split(raw) if "\n" in raw else (raw,):
            text = clean_line(chunk)
            if not text:
                continue
            heading = strip_marks(text)
            for part in time_parts:
                heading = heading.replace(part, " ", 1)
            heading = clean_line(heading)
            block_kind = "time" if time_value and not heading else kind
            self.blocks.append(Block(
                block_kind, text, heading, time_value, level, list_id, box, strong, ordinal,
                min(link_chars, len(text)), lead_bold=lead_bold,
            ))
            time_value, time_parts, ordinal, lead_bold = None, [], 0, ""

    def open_span(self, tag: str) -> None:
        parent = self.open_spans[-1] if self.open_spans else -1
        list_id = self.lists[-1] if tag == "li" and self.lists else 0
        self.open_spans.append(len(self.spans))
        self.spans.append([len(self.span_tags), parent, len(self.blocks), -1, list_id])
        self.span_tags.append(tag)

    def close_span(self) -> None:
        self.spans[self.open_spans.pop()][3] = len(self.blocks)

    def finished_spans(self) -> list[Span]:
        return [Span(self.span_tags[tag], parent, start, end if end >= 0 else len(self.blocks),
                     list_id) for tag, parent, start, end, list_id in self.spans]


def _preformatted(raw: str) -> str:
    """A `<pre>` block's text with its line breaks and indentation, blank edges trimmed."""
    text = _TRAILING_SPACE.sub("", clean(raw).expandtabs(8))
    return text.strip("\n")


def _is_tiny(attributes: dict[str, str | None]) -> bool:
    width = (attributes.get("width") or "").strip().casefold()
    height = (attributes.get("height") or "").strip().casefold()
    return width in _TINY or height in _TINY


def _list_start(node: LexborNode) -> int:
    start = (node.attributes.get("start") or "").strip()
    if start.isdigit() and len(start) <= _ORDERED_START_DIGITS:
        return int(start)
    return 1


def walk_blocks(
    root: LexborNode, base: str | None = None, targets: list[str] | None = None,
    *, by_name: bool = True,
) -> list[Block]:
    """Every paragraph-like block under `root`, in document order.

    Links are resolved against `base` and appended to `targets` (one list per article, so
    several walks can feed one numbering); their marks index into it. `by_name` skips
    forms and elements whose class names them ads or related-links asides; a saved page
    turns it off, having removed its furniture already with more care (`html_region`)."""
    return walk_tree(root, base, targets, by_name=by_name)[0]


def walk_tree(
    root: LexborNode, base: str | None = None, targets: list[str] | None = None,
    *, by_name: bool = True,
) -> tuple[list[Block], list[Span]]:
    """`walk_blocks`, with the container elements that held the blocks (in the order they
    opened), for the passes that read the page's shape (updates, boxes, quotes)."""
    walker = _Walker(base, targets if targets is not None else [])
    # Stack entries: a node to enter, or an int telling what to undo on leaving one.
    stack: list[LexborNode | tuple[int, str]] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            _leave(walker, item)
            continue
        tag = item.tag or ""
        if tag == "-text":
            text = item.text_content
            if text:
                walker.add_text(text)
            continue
        if tag in SKIPPED or (by_name and (tag == "form" or named_noise(tag, item))):
            continue
        if tag == "br":
            walker.segments.append("\n")
            continue
        if tag == "img":
            walker.add_image(item)
            continue
        if tag == "time":
            walker.add_time(item)
            continue
        undo = _enter(walker, tag, item)
        if undo:
            stack.append((undo, tag))
        children = list(item.iter(include_text=True))
        children.reverse()
        stack.extend(children)
    walker.flush()
    return walker.blocks, walker.finished_spans()


# Undo flags, so leaving an element only pops what entering it pushed.
_FLUSH, _KIND, _LIST, _BOX, _BOLD, _LINK, _SPAN, _LINKED = 1, 2, 4, 8, 16, 32, 64, 128
# Containers whose blocks the shape passes look at (table parts never hold an update).
_SPANNED = (_CONTAINERS - {"table", "thead", "tbody", "tfoot", "tr", "hr", "picture"}) | {
    "li", "blockquote"}


def _enter(walker: _Walker, tag: str, node: LexborNode) -> int:
    undo = 0
    kind = _PARAGRAPHS.get(tag)
    if kind is not None or tag in _CONTAINERS:
        walker.flush()
        undo |= _FLUSH
    if kind is not None:
        level = int(tag[1]) if kind == "h" else 0
        if tag in _WEAK and walker.kinds:
            walker.kinds.append(walker.kinds[-1])
        else:
            walker.kinds.append((kind, level))
        undo |= _KIND
    if tag in _LISTS:
        walker.counter += 1
        walker.lists.append(walker.counter)
        walker.ordinals.append(_list_start(node) if tag == "ol" else 0)
        undo |= _LIST
    elif tag == "li":
        walker.pending_ordinal = walker.ordinals[-1] if walker.ordinals else 0
        if walker.pending_ordinal:
            walker.ordinals[-1] += 1
    elif tag == "a":
        if walker.open_anchor(node):
            undo |= _LINK
        href = (node.attributes.get("href") or "").strip()
        if href and "#" not in href and not href[:11].casefold().startswith("javascript:"):
            walker.link_depth += 1  # a link away from the page (not a permalink, a button)
            undo |= _LINKED
    if tag in _SPANNED:
        walker.open_span(tag)
        undo |= _SPAN
    if named_key_points(tag, node) and not walker.boxes:
        walker.counter += 1
        walker.boxes.append(walker.counter)
        undo |= _BOX
    if tag in _STRONG:
        walker.strong_depth += 1
        undo |= _BOLD
    return undo


def _leave(walker: _Walker, item: tuple[int, str]) -> None:
    undo, _tag = item
    if undo & _FLUSH:
        walker.flush()
    if undo & _SPAN:
        walker.close_span()
    if undo & _LINKED:
        walker.link_depth -= 1
    if undo & _KIND:
        walker.kinds.pop()
    if undo & _LIST:
        walker.lists.pop()
        walker.ordinals.pop()
    if undo & _BOX:
        walker.boxes.pop()
    if undo & _BOLD:
        walker.strong_depth -= 1
    if undo & _LINK:
        walker.close_anchor()
