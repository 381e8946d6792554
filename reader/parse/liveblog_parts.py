"""The blocks a glued body is cut into, and how they become lead, key points and sections.

`liveblog.split_body` cuts a body into `Block`s and marks those that open a section. Here
are the block, the passes that need a block's neighbours (a heading standing alone before
its timed paragraph, a question before its answer) and the assembly into a `Body`, which
also weighs whether there is enough evidence of a live blog at all.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from reader.model import KeyPoints, Section
from reader.parse.boundaries import sentence_end, word_count
from reader.parse.timestamps import is_loose, leading_time, trailing_time

MIN_WORDS, MAX_WORDS = 3, 25
HEAD_END = "?!»”“\"′’"  # how a heading may end when it is a whole block
_MAX_QUESTION_WORDS = 20
_QUOTE_OR_DASH = "«»„“”\"‘’'—–-"
BULLET, STRONG, WEAK = 3, 2, 1


@dataclass(frozen=True, slots=True)
class Body:
    """What `split_body` found, ready to go into an `Article`."""

    lead: tuple[str, ...] = ()
    key_points: KeyPoints | None = None
    sections: tuple[Section, ...] = ()


@dataclass(slots=True)
class Block:
    """One glued-apart block; `heading` set when it may open a live-blog section."""

    text: str
    heading: str | None = None
    time: str | None = None
    strength: int = 0
    rest: str = ""
    # The time may be a number (`16.20`, `9 h`; `1605` even more so): kept only when other
    # updates are timed too (for `1605`, timed that same way).
    loose: bool = False
    four_digits: bool = False
    # `leading_time(text)` when the break scan already read it (`opened`).
    opened: bool = False
    opening: tuple[str, int] | None = None
    # How much of `text` a heading before it took (`…Auenburg21.52 UhrWiesner…`: the time).
    skip: int = 0


def times_after_headings(blocks: list[Block], start: int) -> None:
    """A heading that is a block of its own, its time opening the next block: `…Gelb-Rot
    für Auenburg21.52 UhrWiesner sieht Gelb-Rot.`, `…win the Cup! 21:40It is over.`.

    Only where the time block found no heading itself and the block before it reads as one
    (a few words, no sentence end): the time then belongs to that heading. A time that could
    be a number (`17.45`: Italian clocks) counts only when two headings or more have one.
    """
    found: list[tuple[Block, Block, tuple[str, int]]] = []
    loose = 0
    for before, block in itertools.pairwise(blocks[start:]):
        if block.heading is not None or before.skip:
            continue
        if before.heading is not None and before.strength > WEAK and (
                before.time is not None or before.rest or before.heading != before.text):
            continue  # (a heading found alone, a bullet repeated, may still take the time;
            # a weak untimed one is a guess that a time after the whole block overrules)
        opening = block.opening if block.opened else leading_time(block.text)
        if opening is None or opening[1] >= len(block.text):
            continue
        head = before.text
        if not (word_count(head) <= MAX_WORDS
                and (head[-1] in HEAD_END or head[-1].isalnum() or head[-1] in "%)")
                and sentence_end(head, 0, len(head) - 1, exclaim=False) >= len(head) - 1):
            continue
        found.append((before, block, opening))
        loose += is_loose(opening[0])
    for before, block, (time, end) in found:
        if len(found) >= 2 or not loose:
            set_heading(before, before.text, time, STRONG, "")
            block.skip = end


def set_heading(block: Block, heading: str, time: str | None, strength: int, rest: str) -> None:
    """Mark `block` as opening a section; a time ending the heading becomes its time."""
    if time is None and heading:
        split = trailing_time(heading)
        if split is not None:
            heading, time = split
            strength = max(strength, STRONG)
            block.loose = block.loose or is_loose(time)  # (`- 21.20`: kept if others are timed)
    block.heading, block.time, block.strength, block.rest = heading, time, strength, rest.strip()


def _is_live(found: list[Block], has_box: bool) -> bool:
    """Enough evidence of a live blog: a false section is worse than a missed one."""
    if has_box and found:
        return True
    # Without a key-points box, only timed updates tell a live blog from an article whose
    # subheadings (intertitres) the scraper glued like headings.
    return sum(1 for b in found if b.time is not None) >= 2


def assemble(blocks: list[Block], box: KeyPoints | None, box_at: int) -> Body:
    lead = [b.text for b in blocks[:box_at]]
    after = blocks[box_at:]
    timed = fours = 0
    for block in after:
        if block.heading is None:
            continue
        if not block.heading.strip():
            block.heading = None  # never a section without a heading
            continue
        timed += block.time is not None
        fours += block.four_digits
    for block in after:
        if block.loose and (timed < 2 or (block.four_digits and fours < 2)):
            block.heading = None  # a lone `2015 Paris attacks…` is a year, not a time
    found = [b for b in after if b.heading is not None]
    timed = sum(1 for b in found if b.time is not None)
    if timed >= 2 and 2 * timed >= len(found):
        # In a timed blog an untimed, weakly glued "heading" is a name inside a paragraph.
        for block in found:
            if block.time is None and block.strength <= WEAK:
                block.heading = None
        found = [b for b in found if b.heading is not None]
    if not _is_live(found, box is not None):
        for block in after:
            # A subheading glued to its paragraph (`…des moisLes syndicats…`) is a paragraph
            # of its own, when the seam is sure.
            if block.heading is not None and block.strength >= STRONG and block.time is None \
                    and block.rest and not block.skip:
                lead.extend((block.heading, block.rest))
            else:
                lead.append(block.text)
        return Body(_lines(lead), box, ())
    _question_headings(after)
    sections: list[Section] = []
    heading: str | None = None
    time: str | None = None
    paragraphs: list[str] = []
    for block in after:
        if block.heading is not None:
            if heading is not None:
                sections.append(Section(heading.strip(), time, _lines(paragraphs)))
            heading, time, paragraphs = block.heading, block.time, [block.rest]
        elif heading is not None:
            paragraphs.append(block.text[block.skip:])
        else:
            lead.append(block.text)  # before the first heading, even after the box
    if heading is not None:
        sections.append(Section(heading.strip(), time, _lines(paragraphs)))
    return Body(_lines(lead), box, tuple(sections))


def _question_headings(blocks: list[Block]) -> None:
    """In a live blog, a block that is one short question before a paragraph is a heading
    (`Que faire en cas de malaise ?` then the answer), as editors title explainers."""
    for block, after in itertools.pairwise(blocks):
        text = block.text
        if (block.heading is None and not block.skip and after.heading is None
                and text.endswith("?") and text[0] not in _QUOTE_OR_DASH
                and MIN_WORDS <= word_count(text) <= _MAX_QUESTION_WORDS
                and sentence_end(text, 0, len(text) - 1) >= len(text) - 1):
            block.heading, block.rest = text, ""


def _lines(texts: list[str]) -> tuple[str, ...]:
    return tuple(filter(None, map(str.strip, texts)))
