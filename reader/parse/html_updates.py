"""Live-blog updates found by the page's shape: sibling elements that each open with a
time, a heading or both (`<article class="update"><time>16h05</time><h2>…</h2><p>…`).

The wrapper is the best evidence of an update. Sites mark them up in many ways
(`<div class="entry">`, `<section class="post">`, `<li class="post">`, a time in a
`<span>`, a `<p class="meta">`, a `<header>`, inside the heading or just after it), so
class names are not read here at all: a group of sibling elements of one tag qualifies
when at least two of its members open with a time of day and two thirds of those that
open with a time or a heading have one. A plain article's `<section><h2>…</h2><p>…</section>`
chapters have no times and stay chapters. Each member then is one update, with or
without a heading; the head (time, meta line, heading, a short label) is taken out of its
text. Everything reads a few blocks per element, so the cost stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.parse.html_blocks import Block, Span
from reader.parse.timestamps import STRICT_TIME, is_loose, leading_time, trailing_time

_UPDATE_TAGS = frozenset({"div", "section", "article", "li"})
_META_WORDS = 6  # a time with a byline beside it (`Posted at 22:54 by Marta Quiroga`)
_LABEL_WORDS = 3  # `Pinned post`, `Breaking`: a label over an update's time or heading
_UNTITLED_GROUP = 3  # timed members a group needs when none has a heading
_SEPARATORS = re.compile(r"^[\s\-–—:|•·]+|[\s\-–—:|•·]+$")
# A clock opening a byline in lower case (`14:52 von Jana Pölking`, `18h52 · partager`),
# which `leading_time` (reading headings) does not take.
_META_CLOCK = re.compile(rf"({STRICT_TIME})(?=[ \u00a0·•|–—-])")


@dataclass(slots=True)
class Head:
    """What opens one update: its heading and time, and the blocks that showed them."""

    heading: str = ""
    time: str | None = None
    titled: bool = False
    linked: bool = False
    """The heading is all link text (a teaser card's, when every heading of a group is)."""
    shown: set[int] = field(default_factory=set)
    """`id()` of the blocks the head consumed (time lines, meta lines, labels, heading)."""
    body: bool = False
    """Whether any block is left for the update's paragraphs."""


def all_links(block: Block) -> bool:
    """Whether the block's words are (mostly) a link away from the page."""
    return block.link_chars * 10 >= len(block.heading or block.text) * 6


def clock_only(block: Block, *, bare: bool = False) -> str | None:
    """The time when the block shows nothing but a time of day (`14:32`, `2:32pm`,
    `Updated 14:32`); with `bare`, only a clock written alone in a paragraph."""
    if block.kind == "time":
        return block.time
    if block.kind in ("h", "img", "pre") or len(block.heading) > 40 or (
            bare and (block.kind != "p" or not block.heading[:1].isdigit())):
        return None
    found = leading_time(block.heading)
    if found is not None and found[1] >= len(block.heading.rstrip()):
        return found[0]
    return None


def meta_time(block: Block) -> str | None:
    """A short line holding a time and a few words (a byline: `<time>22:54</time> Marta
    Quiroga`, `11:52 Ruth Penhallow`): its time."""
    if block.kind in ("h", "img", "pre"):
        return None
    if block.time:
        return block.time if len(block.heading.split()) <= _META_WORDS else None
    found = leading_time(block.heading)
    if found is None:
        loose = _META_CLOCK.match(block.heading)
        found = (loose.group(1), loose.end()) if loose else None
    if found is not None and len(block.heading[found[1]:].split()) <= _META_WORDS:
        return found[0]
    return None


def heading_time(block: Block, *, trailing: bool = False, strict: bool = False,
                 ) -> tuple[str, str | None]:
    """A heading's text and time: a `<time>` inside it, else a time of day opening it
    (`<span>14h32</span> Titre`), else with `trailing` one closing it (`Titre (14h32)`).
    The separator between them goes too (`21.10 – Si parte` is `Si parte` at 21.10).
    With `strict`, words that could be a number (`10.50 Euro für…`) are no time."""
    if block.time:
        return _SEPARATORS.sub("", block.heading) or block.heading, block.time
    found = leading_time(block.heading)
    if found is not None and not (strict and is_loose(found[0])):
        rest = _SEPARATORS.sub("", block.heading[found[1]:])
        if rest:
            return rest, found[0]
    if trailing:
        ending = trailing_time(block.heading)
        if ending is not None and not (strict and is_loose(ending[1])):
            rest = _SEPARATORS.sub("", ending[0])
            if rest:
                return rest, ending[1]
    return block.heading, None


def _is_label(block: Block) -> bool:
    words = block.heading.split()
    return block.kind not in ("h", "img") and 0 < len(words) <= _LABEL_WORDS and not (
        block.heading.endswith((".", "!", "?", ":")))


def read_head(blocks: list[Block], start: int, end: int) -> Head:
    """The head of the update made of `blocks[start:end]` (dropped blocks skipped)."""
    head = Head()
    label: Block | None = None
    i = start
    while i < end:
        block = blocks[i]
        i += 1
        if block.dropped:
            continue
        if block.kind == "h":
            head.heading, time = heading_time(block, trailing=True, strict=True)
            head.time = head.time or time
            head.titled = True
            head.linked = all_links(block)
            head.shown.add(id(block))
            while i < end and blocks[i].dropped:
                i += 1
            after = clock_only(blocks[i]) if i < end and head.time is None else None
            if after is not None:
                head.time = after
                head.shown.add(id(blocks[i]))
                i += 1
            break
        time = clock_only(block) or meta_time(block)
        if time is not None and head.time is None:
            head.time = time
            head.shown.add(id(block))
            continue
        if label is None and head.time is None and _is_label(block):
            label = block
            continue
        i -= 1  # the first paragraph of the body
        break
    if label is not None:
        if head.time is None and not head.titled:
            i = start  # no head after all: the label is the update's first line
        else:
            head.shown.add(id(label))
    last = end - 1
    while last >= i and blocks[last].dropped:
        last -= 1
    if head.time is None and last >= i and blocks[last].time and (
            blocks[last].kind == "time" or meta_time(blocks[last]) is not None):
        # A `<time>` closing the update (`<footer><time>18h52</time> · Partager</footer>`)
        head.time = blocks[last].time
        head.shown.add(id(blocks[last]))
    head.body = any(not blocks[j].dropped and id(blocks[j]) not in head.shown
                    for j in range(i, last + 1))
    return head


def _group_heads(blocks: list[Block], spans: list[Span], group: list[int],
                 ) -> list[tuple[int, Head]]:
    """The group's updates, or [] when the group is no list of updates."""
    heads = []
    for index in group:
        span = spans[index]
        head = read_head(blocks, span.start, span.end)
        if (head.time or head.titled) and (head.titled or head.body):
            heads.append((index, head))
    timed = sum(1 for _i, head in heads if head.time)
    if timed < 2 or 3 * timed < 2 * len(heads):
        return []  # (chapters of a story, one of them with a time in its title)
    titled = [head for _i, head in heads if head.titled]
    if not titled and (spans[group[0]].tag == "li" or timed < _UNTITLED_GROUP):
        return []  # a list of times with text (a programme, two comments) is no live blog
    if titled and all(head.linked for head in titled):
        return []  # teaser cards of other stories, each titled by its link
    return heads


def _ancestors(spans: list[Span], index: int) -> list[int]:
    chain, parent = [], spans[index].parent
    while parent >= 0:
        chain.append(parent)
        parent = spans[parent].parent
    return chain


def _pinned(blocks: list[Block], spans: list[Span], groups: list[list[int]],
            chosen: dict[int, Head]) -> dict[int, tuple[Head, int, int]]:
    """Updates alone in a container of their own before the timeline (a pinned post), by
    span: the head and the blocks it covers. One needs the tag of the timeline's updates,
    a time and a heading; the short labels around it in its container (`Pinned post`) go
    with it."""
    first = min(spans[i].start for i in chosen)
    tags = {spans[i].tag for i in chosen}
    found: dict[int, tuple[Head, int, int]] = {}
    for group in groups:
        index = group[0]
        span = spans[index]
        if len(group) != 1 or span.tag not in tags or span.end > first:
            continue
        chain = _ancestors(spans, index)
        if any(up in chosen for up in chain):
            continue
        head = read_head(blocks, span.start, span.end)
        if not (head.time and head.titled and head.body):
            continue
        start, end = span.start, span.end
        for up in chain:  # the containers holding nothing else but labels
            outer = spans[up]
            if outer.end > first or not all(
                    blocks[j].dropped or _is_label(blocks[j])
                    for j in (*range(outer.start, start), *range(end, outer.end))):
                break
            head.shown.update(id(blocks[j]) for j in range(outer.start, start))
            head.shown.update(id(blocks[j]) for j in range(end, outer.end))
            start, end = outer.start, outer.end
        found[index] = (head, start, end)
    return found


def mark_updates(blocks: list[Block], spans: list[Span]) -> dict[int, Head]:
    """Number each block by the update wrapper it is in (`Block.update`) and return each
    update's head by its number. When updates nest in larger ones that also look like
    updates (pages of posts), the innermost win."""
    groups: dict[tuple[int, str], list[int]] = {}
    for index, span in enumerate(spans):
        if span.tag in _UPDATE_TAGS and span.end > span.start:
            groups.setdefault((span.parent, span.tag), []).append(index)
    chosen: dict[int, Head] = {}
    for group in groups.values():
        if len(group) >= 2:
            chosen.update(_group_heads(blocks, spans, group))
    if not chosen:
        return {}
    pinned = _pinned(blocks, spans, list(groups.values()), chosen)
    chosen.update((index, head) for index, (head, _s, _e) in pinned.items())
    # The nearest chosen ancestor of each span (parents come before their children).
    above = [-1] * len(spans)
    for index, span in enumerate(spans):
        parent = span.parent
        if parent >= 0:
            above[index] = parent if parent in chosen else above[parent]
    outer = {above[index] for index in chosen if above[index] >= 0}
    heads: dict[int, Head] = {}
    for index in sorted(chosen):
        if index in outer:
            continue
        number = len(heads) + 1
        heads[number] = chosen[index]
        span = spans[index]
        _head, start, end = pinned.get(index, (None, span.start, span.end))
        for block in blocks[start:end]:
            block.update = number
            if span.tag == "li" and block.kind == "li" and block.list_id == span.list_id:
                block.kind, block.ordinal = "p", 0  # the wrapper's list is no list of items
    return heads
