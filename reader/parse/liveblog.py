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

from reader.model import KeyPoints
from reader.parse.boundaries import (
    function_words,
    glued_breaks,
    guess_language,
    is_abbreviation,
    sentence_end,
    word_count,
)
from reader.parse.camel import CamelCounts
from reader.parse.junctions import (
    brand_seam,
    heading_ends,
    junction_strength,
    junctions,
)
from reader.parse.keypoints import find_box
from reader.parse.liveblog_parts import (
    BULLET,
    HEAD_END,
    MAX_WORDS,
    MIN_WORDS,
    STRONG,
    WEAK,
    Block,
    Body,
    assemble,
    set_heading,
    times_after_headings,
)
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
_ECHO_KEY = 12
_TIME_SPAN = 40  # the longest time with its label: `Mis à jour le 10/11/2026 à 14h32 - `


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
    blocks: list[Block] = []
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
    times_after_headings(blocks, box_at)
    return assemble(blocks, box, box_at)


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


def _add_pieces(blocks: list[Block], line: str, breaks: list[int], start: int, stop: int,
                openings: Openings) -> None:
    """Add a block for each non-empty stretch of line[start:stop] between glued breaks."""
    cuts = [start, *(b for b in breaks if start < b < stop), stop]
    size = len(line)
    for a, b in itertools.pairwise(cuts):
        raw = line[a:b]
        piece = raw.strip()
        if not piece:
            continue
        block = Block(piece)
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
    if char.isdigit() and at > 0 and text[at - 1].isdigit():
        return False  # the number goes on: `…exits 85 and 12|0The…` is no seam
    if char.isupper() or char.isdigit() or char in "«“„\"¿¡(":
        return True
    return leading_time(text, at) is not None


def _resolve_tail(tail: str, earlier: list[str], ctx: _Context) -> tuple[str, Block | None]:
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
        block = Block(rest, heading=bullet, time=time, strength=BULLET, rest=rest)
        return bullet, block
    # A time glued to the last bullet opens the first update (`…conseil14h32 Le…`).
    timed = glued_time(tail, 1, echo[0] if echo else stop, relative=True)
    if timed is not None and tail[timed - 1].isdigit() and tail[timed].isdigit() \
            and leading_time(tail, timed + 1) is not None \
            and ctx.body.count(tail[:timed + 1].strip()) > 1:
        # A bullet ending with a number, glued to a time: the digit goes with the bullet
        # when the bullet comes again (`…exits 85 and 1201:32 p.m.`, later `…and 120`).
        timed += 1
    if timed is not None:
        block = Block(tail[timed:])
        _detect_heading(block, ctx)
        found = leading_time(tail, timed) if block.heading is None else None
        if found is not None:
            # The time ends the first heading instead, glued to the last bullet before it:
            # `…«Nessun allarme»Chiusura in rosso per Piazza Affari17.45Il Ftse Mib…`
            time, end = found
            for cut in junctions(tail, 1, timed):
                heading = tail[cut:timed].strip()
                if junction_strength(tail, cut, ctx.words, ctx.counts, opens_heading=True) \
                        and MIN_WORDS <= word_count(heading) <= MAX_WORDS:
                    rest = tail[end:].strip()
                    return tail[:cut], Block(tail[cut:], heading=heading, time=time,
                                             strength=STRONG, rest=rest)
        return tail[:timed], block
    if echo is not None:
        at, item = echo
        rest = tail[at + len(item):].strip()
        return tail[:at], Block(rest, heading=item, strength=BULLET, rest=rest)
    seams = junctions(tail, 1, stop)
    # The last bullet itself repeated as the first heading: `XXLe texte…` (the repeat says
    # enough, however weak the seam: `…Gesetzentwurf anInnenministerin kündigt…`).
    for j in seams:
        if tail.startswith(tail[:j], j) and _opens_block(tail, 2 * j) and word_count(tail[:j]) >= 2:
            rest = tail[2 * j:].strip()
            return tail[:j], Block(rest, heading=tail[:j], strength=BULLET, rest=rest)
    cuts = [j for j in seams
            if junction_strength(tail, j, ctx.words, ctx.counts, opens_heading=True)]
    if not cuts:
        if word_count(tail) <= MAX_WORDS:
            return tail, None
        end = sentence_end(tail, 0, len(tail))
        return tail[:end + 1], Block(tail[end + 1:].strip())
    block = Block(tail[cuts[0]:])
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


def _detect_heading(block: Block, ctx: _Context) -> None:
    """Mark `block` as opening a section when it starts with a time and/or a heading."""
    text = block.text
    pos, time = 0, None
    if not block.opened:
        block.opened, block.opening = True, leading_time(text)  # (`times_after_headings` too)
    found = block.opening
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
            set_heading(block, item, time, BULLET, text[end:])
            return
    limit = min(len(text), pos + _HEADING_WINDOW)
    # Junctions before the first sentence end: a heading has none inside.
    guess: tuple[str, int] | None = None
    for j in heading_ends(text, pos, limit, timed=timed):
        seam = brand_seam(text, j)
        if seam is not None:
            j, strength = seam, WEAK  # (`…les règles à connaîtreiPhone, montre…`)
        else:
            strength = junction_strength(text, j, ctx.words, ctx.counts, start=pos, timed=timed)
        heading = text[pos:j].strip()
        if guess is not None:
            # After a guess, only a heading ending with its time overrules it.
            if not (text[j].isupper() and trailing_time(heading) is not None):
                continue
            strength = max(strength, STRONG)
        elif not strength and text[j].isupper() and trailing_time(heading) is not None:
            strength = STRONG  # `Le feu est circonscrit 13h20Le feu…`
        if not strength:
            continue
        count = word_count(heading)
        if not (MIN_WORDS <= count <= MAX_WORDS or (timed and 1 <= count <= MAX_WORDS)):
            break
        if strength == WEAK and not timed and guess is None:
            # A weak seam with no time is a guess: a name may end there (`Wahl-App
            # WahlBlick überlastet 19:48 UhrWer…`), and a seam ending in a time is surer.
            guess = heading, j
            continue
        set_heading(block, heading, time, strength + (1 if timed else 0), text[j:])
        return
    if guess is not None:
        set_heading(block, guess[0], time, WEAK, text[guess[1]:])
        return
    if not timed:
        _question_in_heading(block, ctx, limit)
        if block.heading is None:
            _time_in_brackets(block, limit)
        return
    if pos >= len(text):
        return
    rest = text[pos:].rstrip()
    whole = word_count(rest) <= MAX_WORDS and (
        rest[-1] in HEAD_END or rest[-1].isalnum() or is_abbreviation(rest, len(rest) - 1)
    ) and sentence_end(rest, 0, len(rest) - 1, exclaim=False) >= len(rest) - 1
    if whole:
        set_heading(block, rest, time, STRONG, "")  # `21h55 Qu’est-ce que l’article 49.3 ?`
    # Otherwise a time with no heading we can find: an untitled update, or a number opening
    # a paragraph. The block stays a paragraph (a section must have a heading).


def _question_in_heading(block: Block, ctx: _Context, limit: int) -> None:
    """A heading holding a question or an exclamation (`Cosa succede adesso? Le tre strade
    possibiliLe strade…`): past its `?` or `!`, only a strong junction or a time ends it."""
    text = block.text
    if text.find("?", 0, limit) < 0 and text.find("!", 0, limit) < 0:
        return
    for j in heading_ends(text, 0, limit, exclaim=False):
        heading = text[:j].strip()
        # (or a time ending it: `GOAL! Harlow score again - 16:37Walsh…`)
        timed = trailing_time(heading) is not None
        if junction_strength(text, j, ctx.words, ctx.counts) >= STRONG or (
                text[j].isupper() and timed):
            # (a time makes a short one sure: `¡Despegue! (14:34)¡El Altair-2 ha despegado!`)
            if (1 if timed else MIN_WORDS) <= word_count(heading) <= MAX_WORDS \
                    and heading[-1] not in "?!":
                set_heading(block, heading, None, STRONG, text[j:])
            return


def _time_in_brackets(block: Block, limit: int) -> None:
    """A heading ending with its time in brackets, glued to a paragraph that opens with a
    number or a dialogue dash: `Participation (22h20)67,4 %.`, `«Sembrava la fine» (13:20)–
    Ci siamo svegliati…` (no capital marks that seam)."""
    text = block.text
    end = text.find(")", 0, limit)
    while 0 < end < len(text) - 1:
        heading = text[:end + 1]
        if (text[end + 1].isdigit() or text[end + 1] in "–—") \
                and trailing_time(heading) is not None:
            if word_count(heading) <= MAX_WORDS and sentence_end(
                    heading, 0, end, exclaim=False) >= end:
                set_heading(block, heading, None, STRONG, text[end + 1:])
            return
        end = text.find(")", end + 1, limit)
