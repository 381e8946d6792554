"""Recover a glued body's structure: lead paragraphs, key-points box, live-blog sections.

The scraper joined the page's blocks with nothing between them. Paragraph boundaries are
sentence ends glued to the next capital (see `boundaries`). A live blog adds a key-points
box (a title, then bullets led by `⇒`, `•`, ...; the last bullet glued to the first
heading, see `keypoints`) and section headings with no final punctuation, glued on both
sides. A heading is found at the start of a block: a bullet repeated word for word, a time
then a heading, or words up to a junction (`KremlinLe Kremlin`). A false section is worse
than a missed one, so an article only becomes a live blog on enough evidence: a
key-points box plus a heading, or several headings.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from reader.model import KeyPoints, Section
from reader.parse.boundaries import (
    function_words,
    glued_breaks,
    guess_language,
    is_abbreviation,
    sentence_end,
    word_count,
)
from reader.parse.junctions import CamelCounts, heading_ends, junction_strength, junctions
from reader.parse.keypoints import find_box
from reader.parse.timestamps import (
    LEADING_WINDOW,
    Openings,
    four_digit_time,
    glued_time,
    is_loose,
    leading_time,
    trailing_time,
)
from reader.text import clean_line

_HEADING_WINDOW = 400
_MIN_WORDS, _MAX_WORDS = 3, 25
_ECHO_KEY = 12
_TIME_SPAN = 40  # the longest time with its label: `Mis à jour le 10/11/2026 à 14h32 - `
_HEAD_END = "?!»”“\"′"  # how a heading may end when it is a whole block
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
class _Block:
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


@dataclass(slots=True)
class _Context:
    body: str
    lang: str | None
    counts: CamelCounts
    bullets: dict[str, list[str]] = field(default_factory=dict)
    _words: frozenset[str] | None = None

    @property
    def words(self) -> frozenset[str]:
        """The function words of the body's language, guessed on the first question only
        (a plain article with nothing glued inside never asks)."""
        if self._words is None:
            self._words = function_words(self.lang or guess_language(self.body))
        return self._words


def split_body(body: str, lang: str | None = None) -> Body:
    """Split a glued body into lead, key points and sections (see the module doc)."""
    # Each line is sanitised once, whole (`clean_line`: controls, NFC, whitespace), and
    # everything is found on the clean text, so the blocks cut out of it are clean already:
    # they start at a capital, a digit or a quote, never inside a combining sequence.
    # Cleaning every block apart instead costs more than all of the splitting.
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():  # (not `strip()`: no copy of a megabyte body)
        return Body()
    ctx = _Context(text, lang, CamelCounts(text))
    blocks: list[_Block] = []
    box: KeyPoints | None = None
    box_at = 0
    for raw in _raw_lines(text):
        line = clean_line(raw)
        if not line:
            continue
        openings = Openings(line)
        breaks = glued_breaks(line, openings)
        found = find_box(line, breaks) if box is None else None
        if found is None:
            _add_pieces(blocks, line, breaks, 0, len(line), openings)
            continue
        _add_pieces(blocks, line, breaks, 0, found.start, openings)
        box_at = len(blocks)
        for item in found.items:
            _remember(ctx, item)
        last, tail = _resolve_tail(found.tail, list(found.items), ctx)
        items = [i for i in (i.strip() for i in (*found.items, last)) if i]
        if len(items) < 2 and not found.known_title:
            _add_pieces(blocks, line, breaks, found.start, len(line), openings)
            box_at = 0
            continue
        box = KeyPoints(found.title.strip(), tuple(items))
        _remember(ctx, last)
        if tail is not None:
            blocks.append(tail)
        _add_pieces(blocks, line, breaks, found.stop, len(line), openings)
    for block in blocks[box_at:]:
        if block.heading is None:
            _detect_heading(block, ctx)
    _times_after_headings(blocks, box_at)
    return _assemble(blocks, box, box_at)


def _raw_lines(text: str) -> Iterator[str]:
    """The lines of `text` one at a time (no list holding a copy of every line)."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:] if start else text


def _remember(ctx: _Context, item: str) -> None:
    item = item.strip()
    if word_count(item) >= 2 or (item and item[-1] in "!?"):
        ctx.bullets.setdefault(item[:_ECHO_KEY], []).append(item)


def _add_pieces(blocks: list[_Block], line: str, breaks: list[int], start: int, stop: int,
                openings: Openings) -> None:
    """Add a block for each non-empty stretch of line[start:stop] between glued breaks."""
    cuts = [start, *(b for b in breaks if start < b < stop), stop]
    size = len(line)
    for a, b in itertools.pairwise(cuts):
        raw = line[a:b]
        piece = raw.strip()
        if not piece:
            continue
        block = _Block(piece)
        # The time the break scan read at `a` holds for the block when it saw the same
        # characters: the block starts at `a` and is no shorter than what was read.
        if a in openings and raw[0] == piece[0] and (
            len(piece) >= LEADING_WINDOW or a + len(piece) == size
        ):
            found = openings[a]
            block.opened = True
            block.opening = None if found is None else (found[0], found[1] - a)
        blocks.append(block)


def _opens_block(text: str, at: int) -> bool:
    if at >= len(text):
        return True
    char = text[at]
    if char.isupper() or char.isdigit() or char in "«“„\"¿¡(":
        return True
    return leading_time(text, at) is not None


def _resolve_tail(tail: str, earlier: list[str], ctx: _Context) -> tuple[str, _Block | None]:
    """Split the last bullet from the heading and paragraph glued after it."""
    # An earlier bullet repeated word for word as the first heading.
    echo: tuple[int, str] | None = None
    for item in earlier:
        if word_count(item) < 2:
            continue
        at = tail.find(item, 1, 2000)
        if at > 0 and not tail[at - 1].isspace() and _opens_block(tail, at + len(item)):
            echo = at, item
            break
    stop = sentence_end(tail, 0, min(len(tail), _HEADING_WINDOW))
    timed_echo = None if echo else _timed_echo(tail, stop)
    if timed_echo is not None:
        bullet, time, head_at = timed_echo
        rest = tail[head_at + len(bullet):].strip()
        block = _Block(rest, heading=bullet, time=time, strength=BULLET, rest=rest)
        return bullet, block
    # A time glued to the last bullet opens the first update (`…conseil14h32 Le…`).
    timed = glued_time(tail, 1, echo[0] if echo else stop, relative=True)
    if timed is not None:
        block = _Block(tail[timed:])
        _detect_heading(block, ctx)
        return tail[:timed], block
    if echo is not None:
        at, item = echo
        rest = tail[at + len(item):].strip()
        return tail[:at], _Block(rest, heading=item, strength=BULLET, rest=rest)
    cuts = [j for j in junctions(tail, 1, stop)
            if junction_strength(tail, j, ctx.words, ctx.counts)]
    # The last bullet itself repeated as the first heading: `XXLe texte…`.
    for j in cuts:
        if tail.startswith(tail[:j], j) and _opens_block(tail, 2 * j) and word_count(tail[:j]) >= 2:
            rest = tail[2 * j:].strip()
            return tail[:j], _Block(rest, heading=tail[:j], strength=BULLET, rest=rest)
    if not cuts:
        if word_count(tail) <= _MAX_WORDS:
            return tail, None
        end = sentence_end(tail, 0, len(tail))
        return tail[:end + 1], _Block(tail[end + 1:].strip())
    block = _Block(tail[cuts[0]:])
    _detect_heading(block, ctx)
    return tail[:cuts[0]], block


def _timed_echo(tail: str, stop: int) -> tuple[str, str, int] | None:
    """The last bullet repeated as the first heading with its time between the two
    (`…near mile 2012.40pm Two runners…near mile 20Paramedics…`): (bullet, time, where the
    heading starts). The repeat settles where the bullet's digits end and the time's start."""
    key = tail[:_ECHO_KEY]
    if word_count(key) < 2:
        return None
    at = tail.find(key, 1, stop)
    while at > 0:
        for cut in range(at - 1, max(0, at - _TIME_SPAN), -1):  # the longest bullet first
            if not tail.startswith(tail[:cut], at) or not _opens_block(tail, at + cut):
                continue
            found = leading_time(tail, cut) or four_digit_time(tail, cut)
            if found is not None and found[1] == at and word_count(tail[:cut]) >= 2:
                return tail[:cut].strip(), found[0], at
        at = tail.find(key, at + 1, stop)
    return None


def _detect_heading(block: _Block, ctx: _Context) -> None:
    """Mark `block` as opening a section when it starts with a time and/or a heading."""
    text = block.text
    pos, time = 0, None
    found = block.opening if block.opened else leading_time(text)
    if found is None and text[:1].isdigit():
        found = four_digit_time(text)
        block.four_digits = found is not None  # confirmed or dropped in `_assemble`
    if found is not None:
        time, pos = found
        block.loose = block.four_digits or is_loose(time)
    timed = time is not None
    for item in ctx.bullets.get(text[pos:pos + _ECHO_KEY], ()):
        end = pos + len(item)
        if text.startswith(item, pos) and _opens_block(text, end):
            _set(block, item, time, BULLET, text[end:])
            return
    limit = min(len(text), pos + _HEADING_WINDOW)
    # Junctions before the first sentence end: a heading has none inside.
    for j in heading_ends(text, pos, limit, timed=timed):
        strength = junction_strength(text, j, ctx.words, ctx.counts, start=pos, timed=timed)
        heading = text[pos:j].strip()
        if not strength and text[j].isupper() and trailing_time(heading) is not None:
            strength = STRONG  # `Le feu est circonscrit 13h20Le feu…`
        if not strength:
            continue
        count = word_count(heading)
        if _MIN_WORDS <= count <= _MAX_WORDS or (timed and 1 <= count <= _MAX_WORDS):
            _set(block, heading, time, strength + (1 if timed else 0), text[j:])
            return
        break
    if not timed or pos >= len(text):
        return
    rest = text[pos:].rstrip()
    whole = word_count(rest) <= _MAX_WORDS and (
        rest[-1] in _HEAD_END or rest[-1].isalnum() or is_abbreviation(rest, len(rest) - 1)
    ) and sentence_end(rest, 0, len(rest) - 1, exclaim=False) >= len(rest) - 1
    if whole:
        _set(block, rest, time, STRONG, "")  # `21h55 Qu’est-ce que l’article 49.3 ?`
    # Otherwise a time with no heading we can find: an untitled update, or a number opening
    # a paragraph. The block stays a paragraph (a section must have a heading).


def _times_after_headings(blocks: list[_Block], start: int) -> None:
    """A heading that is a block of its own, its time opening the next block: `…Gelb-Rot
    für Auenburg21.52 UhrWiesner sieht Gelb-Rot.`, `…win the Cup! 21:40It is over.`.

    Only where the time block found no heading itself and the block before it reads as one
    (a few words, no sentence end): the time then belongs to that heading.
    """
    for before, block in itertools.pairwise(blocks[start:]):
        if before.heading is not None or block.heading is not None or before.skip:
            continue
        found = block.opening if block.opened else leading_time(block.text)
        if found is None or found[1] >= len(block.text) or is_loose(found[0]):
            continue
        head = before.text
        if not (word_count(head) <= _MAX_WORDS and (head[-1] in _HEAD_END or head[-1].isalnum())
                and sentence_end(head, 0, len(head) - 1, exclaim=False) >= len(head) - 1):
            continue
        _set(before, head, found[0], STRONG, "")
        block.skip = found[1]


def _set(block: _Block, heading: str, time: str | None, strength: int, rest: str) -> None:
    if time is None and heading:
        split = trailing_time(heading)
        if split is not None:
            heading, time = split
            strength = max(strength, STRONG)
    block.heading, block.time, block.strength, block.rest = heading, time, strength, rest.strip()


def _is_live(found: list[_Block], has_box: bool) -> bool:
    """Enough evidence of a live blog: a false section is worse than a missed one."""
    strong = sum(1 for b in found if b.strength >= STRONG)
    if has_box and found:
        return True
    return strong >= 2 or (strong >= 1 and len(found) >= 2) or len(found) >= 3


def _assemble(blocks: list[_Block], box: KeyPoints | None, box_at: int) -> Body:
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
        lead.extend(b.text for b in after)
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


def _question_headings(blocks: list[_Block]) -> None:
    """In a live blog, a block that is one short question before a paragraph is a heading
    (`Que faire en cas de malaise ?` then the answer), as editors title explainers."""
    for block, after in itertools.pairwise(blocks):
        text = block.text
        if (block.heading is None and not block.skip and after.heading is None
                and text.endswith("?") and text[0] not in _QUOTE_OR_DASH
                and _MIN_WORDS <= word_count(text) <= _MAX_QUESTION_WORDS
                and sentence_end(text, 0, len(text) - 1) >= len(text) - 1):
            block.heading, block.rest = text, ""


def _lines(texts: list[str]) -> tuple[str, ...]:
    return tuple(filter(None, map(str.strip, texts)))

