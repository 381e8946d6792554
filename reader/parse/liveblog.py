"""Recover a glued body's structure: lead paragraphs, key-points box, live-blog sections.

The scraper joined the page's blocks with nothing between them. Paragraph boundaries are
sentence ends glued to the next capital (see `boundaries`). A live blog adds a key-points
box (a title, then bullets led by `⇒`, `•`, ...; the last bullet glued to the first
heading) and section headings with no final punctuation, glued on both sides. Headings are
found first from bullets that repeat them, then from word junctions (`KremlinLe Kremlin`).
A false section is worse than a missed one, so an article only becomes a live blog on
enough evidence: a key-points box plus a heading, or several headings.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from reader.model import KeyPoints, Section
from reader.parse.boundaries import (
    function_words,
    glued_breaks,
    glued_token_counts,
    guess_language,
    junction_strength,
    junctions,
    sentence_end,
    word_count,
)
from reader.parse.lexicon import KEY_POINTS_TITLES, UPPER
from reader.parse.timestamps import glued_time, leading_time, trailing_time
from reader.text import clean_line

_MARKERS = "⇒•►▶➤■▪"
_WEAK_MARKERS = "-–—*·"
_TITLE = re.compile(
    "(" + "|".join(
        re.escape(t).replace("’", "['’]") for t in sorted(KEY_POINTS_TITLES, key=len, reverse=True)
    ) + rf")[ \u00a0]*:?[ \u00a0]*(?=[{re.escape(_MARKERS + _WEAK_MARKERS)}])",
    re.IGNORECASE,
)
_STRONG_MARKER = re.compile(f"[{re.escape(_MARKERS)}]")
_OPENS_BLOCK = re.compile(rf"[{UPPER}\d«“\"¿¡(]")
_BOX_SEARCH = 200_000  # a key-points box sits near the top
_MAX_BULLET = 400
_HEADING_WINDOW = 400
_MIN_WORDS, _MAX_WORDS = 3, 25
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


@dataclass(slots=True)
class _Context:
    words: frozenset[str]
    counts: Counter[str]
    bullets: dict[str, list[str]]


def split_body(body: str, lang: str | None = None) -> Body:
    """Split a glued body into lead, key points and sections (see the module doc)."""
    # Only newlines matter for the structure; every string that comes out goes through
    # `clean_line`, so sanitising the whole body here as well would be a wasted pass.
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Body()
    ctx = _Context(function_words(lang or guess_language(text)), glued_token_counts(text), {})
    blocks: list[_Block] = []
    box: KeyPoints | None = None
    box_at = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        breaks = glued_breaks(line)
        found = _find_box(line, breaks, ctx) if box is None else None
        if found is None:
            blocks.extend(_Block(p) for p in _pieces(line, breaks, 0, len(line)))
            continue
        start, box, tail, resume = found
        blocks.extend(_Block(p) for p in _pieces(line, breaks, 0, start))
        box_at = len(blocks)
        for item in box.items:
            if word_count(item) >= 2:
                ctx.bullets.setdefault(item[:12], []).append(item)
        if tail is not None:
            blocks.append(tail)
        blocks.extend(_Block(p) for p in _pieces(line, breaks, resume, len(line)))
    for block in blocks[box_at:]:
        if block.heading is None:
            _detect_heading(block, ctx)
    return _assemble(blocks, box, box_at)


def _pieces(line: str, breaks: list[int], start: int, stop: int) -> list[str]:
    """The non-empty stretches of line[start:stop] between glued breaks."""
    cuts = [start, *(b for b in breaks if start < b < stop), stop]
    return [p for p in (line[a:b].strip() for a, b in itertools.pairwise(cuts)) if p]


def _opens_block(text: str, at: int) -> bool:
    if at >= len(text) or _OPENS_BLOCK.match(text, at) is not None:
        return True
    return leading_time(text, at) is not None


def _find_box(
    line: str, breaks: list[int], ctx: _Context,
) -> tuple[int, KeyPoints, _Block | None, int] | None:
    """(title start, box, block for what follows the last bullet, where the rest resumes)."""
    title_start = title_end = -1
    for match in _TITLE.finditer(line, 0, _BOX_SEARCH):
        before = line[match.start() - 1] if match.start() else " "
        if match.group(1)[0].isupper() and not before.isupper() and (
            not before.isalpha() or before.islower()
        ):
            title_start, title_end, title = match.start(), match.end(), match.group(1)
            break
    if title_start < 0:
        marker = _STRONG_MARKER.search(line, 0, _BOX_SEARCH)
        if marker is None:
            return None
        index = bisect.bisect_right(breaks, marker.start()) - 1
        title_start = breaks[index] if index >= 0 else 0
        title_end = marker.start()
        title = line[title_start:title_end].strip().rstrip(":").strip()
        too_long = word_count(title) > 10 or len(title) > 100
        if too_long or sentence_end(title, 0, len(title)) < len(title):
            return None
    char = line[title_end]
    items: list[str] = []
    at = title_end
    while True:
        nxt = line.find(char, at + 1, at + 1 + _MAX_BULLET)
        if nxt < 0:
            break
        items.append(line[at + 1:nxt].strip())
        at = nxt
    index = bisect.bisect_right(breaks, at)
    tail_end = breaks[index] if index < len(breaks) else len(line)
    tail = line[at + 1:tail_end].strip()
    if not items and char not in _MARKERS and title_start < 0:
        return None
    last, block = _resolve_tail(tail, items, ctx)
    items.append(last)
    items = [clean_line(i) for i in items if clean_line(i)]
    if len(items) < 2 and not _TITLE.match(line, title_start):
        return None
    return title_start, KeyPoints(clean_line(title), tuple(items)), block, tail_end


def _resolve_tail(tail: str, earlier: list[str], ctx: _Context) -> tuple[str, _Block | None]:
    """Split the last bullet from the heading and paragraph glued after it."""
    # An earlier bullet repeated word for word as the first heading.
    for item in earlier:
        if word_count(item) < 2:
            continue
        at = tail.find(item, 1, 2000)
        if at > 0 and not tail[at - 1].isspace() and _opens_block(tail, at + len(item)):
            rest = tail[at + len(item):].strip()
            return tail[:at], _Block(rest, heading=item, strength=BULLET, rest=rest)
    stop = sentence_end(tail, 0, min(len(tail), _HEADING_WINDOW))
    timed = glued_time(tail, 1, stop)
    if timed is not None:
        block = _Block(tail[timed:])
        _detect_heading(block, ctx)
        return tail[:timed], block
    cuts = [
        j for j in junctions(tail, 1, stop) if junction_strength(tail, j, ctx.words, ctx.counts)
    ]
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


def _detect_heading(block: _Block, ctx: _Context) -> None:
    """Mark `block` as opening a section when it starts with a time and/or a heading."""
    text = block.text
    pos, time = 0, None
    found = leading_time(text)
    if found is not None:
        time, pos = found
    for item in ctx.bullets.get(text[pos:pos + 12], ()):
        end = pos + len(item)
        if text.startswith(item, pos) and end < len(text) and _opens_block(text, end):
            _set(block, item, time, BULLET, text[end:])
            return
    stop = sentence_end(text, pos, min(len(text), pos + _HEADING_WINDOW))
    for j in junctions(text, pos + 1, stop):
        strength = junction_strength(text, j, ctx.words, ctx.counts)
        if not strength:
            continue
        heading = text[pos:j].strip()
        count = word_count(heading)
        if _MIN_WORDS <= count <= _MAX_WORDS or (time and 1 <= count <= _MAX_WORDS):
            _set(block, heading, time, strength + (1 if time else 0), text[j:])
            return
        break
    if time is not None and pos < len(text):
        _set(block, "", time, STRONG, text[pos:])


def _set(block: _Block, heading: str, time: str | None, strength: int, rest: str) -> None:
    if time is None and heading:
        split = trailing_time(heading)
        if split is not None:
            heading, time = split
    block.heading, block.time, block.strength, block.rest = heading, time, strength, rest.strip()


def _is_live(blocks: list[_Block], has_box: bool) -> bool:
    """Enough evidence of a live blog: a false section is worse than a missed one."""
    found = [b for b in blocks if b.heading is not None]
    strong = sum(1 for b in found if b.strength >= STRONG)
    if has_box and found:
        return True
    return strong >= 2 or (strong >= 1 and len(found) >= 2) or len(found) >= 3


def _assemble(blocks: list[_Block], box: KeyPoints | None, box_at: int) -> Body:
    lead = [b.text for b in blocks[:box_at]]
    after = blocks[box_at:]
    if not _is_live(after, box is not None):
        lead.extend(b.text for b in after)
        return Body(_lines(lead), box, ())
    sections: list[Section] = []
    heading: str | None = None
    time: str | None = None
    paragraphs: list[str] = []
    started = False
    for block in after:
        if block.heading is not None:
            if started:
                sections.append(Section(clean_line(heading or ""), time, _lines(paragraphs)))
            heading, time, paragraphs, started = block.heading, block.time, [block.rest], True
        elif started or box is not None:
            paragraphs.append(block.text)
            started = True
        else:
            lead.append(block.text)
    if started:
        sections.append(Section(clean_line(heading or ""), time, _lines(paragraphs)))
    return Body(_lines(lead), box, tuple(sections))


def _lines(texts: list[str]) -> tuple[str, ...]:
    return tuple(line for line in (clean_line(t) for t in texts) if line)
