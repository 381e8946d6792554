"""From flat text blocks to what an article holds: lead, key-points box, live-blog sections.

Updates found by their wrappers (`html_updates`) are the sections when there are any.
Otherwise the headings decide, and the rules keep a plain article plain: subheadings
(`intertitres`) do not make a live blog. Updates then need a time on every heading of
their level (a `<time>` in it, a time line just before or just after it, or two headings
opening with a time in their words), or at least three headings of one level with some
evidence beside them (a key-points box, or a time on one of them), or the caller's word
(a page that declares itself a `LiveBlogPosting`). Inside such a live blog, a time alone
on its line opens an update without a heading.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.model import BlockKind, KeyPoints, Section
from reader.parse.html_blocks import Block
from reader.parse.html_keypoints import find_key_points, is_key_points_title
from reader.parse.html_links import LinkNumbers, strip_marks
from reader.parse.html_ticker import TickerLine, ticker_lines
from reader.parse.html_updates import Head, all_links, clock_only, heading_time, meta_time
from reader.parse.timestamps import is_loose

__all__ = ["HtmlParts", "block_kind", "build_parts", "compact_kinds", "is_key_points_title",
           "number_links", "paragraph_text"]

_SECTION_LEVELS = (2, 3)

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


def paragraph_text(block: Block) -> str:
    """The text a block shows as a paragraph (an ordered list's item led by its number)."""
    return f"{block.ordinal}. {block.text}" if block.ordinal else block.text


def _time_line(block: Block) -> str | None:
    """The time a block stands for when it sits beside a heading: a line that is only a
    time, or a short meta line holding a `<time>` and a byline."""
    return None if block.kind == "h" else clock_only(block) or meta_time(block)


def _attach_times(blocks: list[Block], used: set[int]) -> dict[int, int]:
    """Give each untimed heading the time line next to it; returns heading index -> time
    index. A page puts its times either just before its headings (`<p>14h32</p><h3>…`) or
    just after them (`<h3>…</h3><p>14h32</p>`): the side holding more of them wins."""
    before: dict[int, int] = {}
    after: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if block.kind != "h" or block.time or i in used:
            continue
        if i > 0 and i - 1 not in used and _time_line(blocks[i - 1]) is not None:
            before[i] = i - 1
        if (i + 1 < len(blocks) and i + 1 not in used and blocks[i + 1].kind != "h"
                and clock_only(blocks[i + 1]) is not None):
            after[i] = i + 1
    borrowed = after if len(after) > len(before) else before
    for heading, line in borrowed.items():
        blocks[heading].time = _time_line(blocks[line])
    return borrowed


def _split_heading_times(blocks: list[Block], used: set[int]) -> set[int]:
    """Times written in a heading's text (`<span>14h32</span> Titre`) taken out of it, and
    the separator after a `<time>` (`21.10 – Si parte`); returns the headings whose time
    came from their words. A loose one (`16.20`) counts only beside another."""
    found: dict[int, tuple[str, str]] = {}
    for i, block in enumerate(blocks):
        if block.kind != "h" or i in used:
            continue
        heading, time = heading_time(block)
        if block.time:
            block.heading = heading
        elif time is not None:
            found[i] = (heading, time)
    strict = [i for i, (_h, time) in found.items() if not is_loose(time)]
    taken = found.keys() if len(found) >= 2 else strict
    for i in taken:
        blocks[i].heading, blocks[i].time = found[i]
    return set(taken)


def _section_level(blocks: list[Block], used: set[int], forced: bool | None,
                   boxed: bool, worded: set[int]) -> int:
    """The heading level that carries updates, or 0 when this is not a live blog. A time
    read from a heading's words (`worded`) needs a second one to make a live blog."""
    if forced is False:
        return 0
    best, best_count = 0, 0
    for level in _SECTION_LEVELS:
        heads = [i for i, b in enumerate(blocks) if b.kind == "h" and b.level == level
                 and i not in used]
        timed = sum(1 for i in heads if blocks[i].time)
        marked = sum(1 for i in heads if blocks[i].time and i not in worded)
        evidence = marked > 0 or timed >= 2
        qualifies = (bool(heads) and timed == len(heads) and evidence) or (
            len(heads) >= 3 and (boxed or evidence))
        if qualifies and not forced and all(all_links(blocks[i]) for i in heads):
            continue  # teaser cards of other stories, each titled by its link
        if (qualifies or forced) and len(heads) > best_count:
            best, best_count = level, len(heads)
    return best


def _opens_update(blocks: list[Block], used: set[int], i: int, level: int) -> bool:
    """A time alone on its line inside a live blog, with a paragraph after it (not a
    section's heading): an update without a heading."""
    if clock_only(blocks[i], bare=True) is None:
        return False
    j = i + 1
    while j in used:
        j += 1
    if j >= len(blocks):
        return False
    following = blocks[j]
    return clock_only(following) is None and not (
        following.kind == "h" and following.level == level)


class _Sections:
    """Sections as they are read, block by block."""

    def __init__(self) -> None:
        self.lead: list[str] = []
        self.lead_kinds: list[BlockKind] = []
        self.sections: list[Section] = []
        self.open: tuple[str, str | None] | None = None
        self.paragraphs: list[str] = []
        self.kinds: list[BlockKind] = []

    def start(self, heading: str, time: str | None) -> None:
        self.close()
        self.open, self.paragraphs, self.kinds = (heading, time), [], []

    def add(self, block: Block, text: str | None = None) -> None:
        target, kinds = (self.paragraphs, self.kinds) if self.open else (
            self.lead, self.lead_kinds)
        target.append(paragraph_text(block) if text is None else text)
        kinds.append(block_kind(block))

    def close(self) -> None:
        if self.open is not None:
            self.sections.append(Section(self.open[0], self.open[1], tuple(self.paragraphs),
                                         compact_kinds(self.kinds)))
            self.open = None

    def parts(self, key_points: KeyPoints | None) -> HtmlParts:
        self.close()
        return HtmlParts(tuple(self.lead), compact_kinds(self.lead_kinds), key_points,
                         tuple(self.sections))


def _wrapped_parts(blocks: list[Block], used: set[int], key_points: KeyPoints | None,
                   heads: dict[int, Head]) -> HtmlParts:
    """One section per update wrapper (see `html_updates`); what stands between two
    updates stays with the one before it."""
    out = _Sections()
    current = 0
    shown: set[int] = set()
    for i, block in enumerate(blocks):
        if i in used:
            continue
        if block.update and block.update != current and block.update in heads:
            current = block.update
            head = heads[current]
            shown = head.shown
            out.start(head.heading, head.time)
        if id(block) in shown:
            continue
        out.add(block)
    return out.parts(key_points)


def _ticker_parts(blocks: list[Block], used: set[int], key_points: KeyPoints | None,
                  ticker: dict[int, TickerLine]) -> HtmlParts:
    """One section per timed paragraph (see `html_ticker`)."""
    out = _Sections()
    for i, block in enumerate(blocks):
        if i in used:
            continue
        line = ticker.get(i)
        if line is None:
            out.add(block)
            continue
        out.start(line.heading, line.time)
        if line.first:
            out.add(block, line.first)
    return out.parts(key_points)


def build_parts(blocks: list[Block], live: bool | None = None,
                heads: dict[int, Head] | None = None) -> HtmlParts:
    """Split blocks into lead, key points and sections; `live` forces the live-blog decision.
    `heads` are the updates found by their wrappers (`html_updates.mark_updates`).

    The texts still hold link marks and `links` is empty: `number_links` finishes them."""
    key_points, used = find_key_points(blocks)
    if heads and live is not False:
        return _wrapped_parts(blocks, used, key_points, heads)
    worded = _split_heading_times(blocks, used)
    borrowed = _attach_times(blocks, used)
    # A time line without a `<time>` element is words too (`<p>14:32</p>`).
    worded |= {h for h, line in borrowed.items() if not blocks[line].time}
    level = _section_level(blocks, used, live, key_points is not None, worded)
    ticker = ticker_lines(blocks, used) if not level and live is not False else {}
    if ticker:
        return _ticker_parts(blocks, used, key_points, ticker)
    if level:
        used = used | {t for h, t in borrowed.items() if blocks[h].level == level}
    out = _Sections()
    for i, block in enumerate(blocks):
        if i in used:
            continue
        if level and block.kind == "h" and block.level == level:
            out.start(block.heading, block.time)
            continue
        if level and out.open is not None and _opens_update(blocks, used, i, level):
            out.start("", clock_only(block, bare=True))  # an update without a heading
            continue
        out.add(block)
    return out.parts(key_points)


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
