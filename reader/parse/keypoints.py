"""The key-points box of a glued live blog: a title, then bullets each led by a marker.

`Les infos à retenir⇒ Poutine signe …⇒ La position …⇒ Attaques …` – the scraper glues the
title to the first marker and the last bullet to whatever follows (usually the first
heading), so this module finds the title and the bullets and hands back the raw tail of
the last one; the splitter decides where that bullet ends.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.parse.boundaries import sentence_end, word_count
from reader.parse.lexicon import KEY_POINTS_TITLES

STRONG_MARKERS = "⇒•►▶➤■▪"
WEAK_MARKERS = "-–—*·"
_SEARCH = 200_000  # a key-points box sits near the top
_MAX_CANDIDATES = 200
_MAX_BULLET = 400
_TITLE_WINDOW = 80
# A strong marker anywhere; a weak one only glued to the word before and spaced after
# (`savoir- Victoire`), as hyphens inside words (`27-26`, `Mi-temps`) never are.
_MARKER = re.compile(
    rf"[{re.escape(STRONG_MARKERS + WEAK_MARKERS)}]"
    rf"(?:(?<=[{re.escape(STRONG_MARKERS)}])|(?<=\S[{re.escape(WEAK_MARKERS)}])(?=[ \u00a0]))"
)
# A title then spaces and a colon, read backwards from the marker: one anchored match
# instead of trying the list at every offset of the window. The longest title is tried
# first, so the match starts where a forward scan would find its leftmost start.
_TITLE_END_REVERSED = re.compile(
    r"[ \u00a0]*:?[ \u00a0]*(" + "|".join(
        re.escape(t[::-1]).replace("’", "['’]")
        for t in sorted(KEY_POINTS_TITLES, key=len, reverse=True)
    ) + ")",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Box:
    """A box found in a line: where it starts, its title, all bullets but the last, and the
    raw text after the last marker up to the next glued break (`tail`, ending at `stop`)."""

    start: int
    title: str
    items: tuple[str, ...]
    tail: str
    stop: int
    known_title: bool


def find_box(line: str, breaks: list[int]) -> Box | None:
    """The first key-points box in `line`, if any (`breaks`: the line's glued breaks)."""
    head = line[:_SEARCH]
    if not any(m in head for m in STRONG_MARKERS) and not any(
        f"{m} " in head or f"{m}\u00a0" in head for m in WEAK_MARKERS
    ):
        return None  # most articles: a few substring scans instead of a regex one
    for count, marker in enumerate(_MARKER.finditer(line, 0, _SEARCH)):
        if count >= _MAX_CANDIDATES:
            return None
        at = marker.start()
        title = _known_title(line, at)
        known = title is not None
        if title is not None:
            title = _whole_title(line, breaks, *title)
        elif line[at] in STRONG_MARKERS or _weak_bullets(line, at):
            title = _plain_title(line, breaks, at)
        if title is None:
            continue
        start, text = title
        box = _bullets(line, breaks, at, start, text, known)
        if box is not None:
            return box
    return None


def _known_title(line: str, at: int) -> tuple[int, str] | None:
    """A title from the list (`Key points`, `Das Wichtigste`) ending right before `at`."""
    if at == 0:
        return None
    base = max(0, at - _TITLE_WINDOW)
    match = _TITLE_END_REVERSED.match(line[at - 1:base - 1 if base else None:-1])
    if match is None:
        return None
    start = at - match.end()
    title = match.group(1)[::-1]
    before = line[start - 1] if start else " "
    if title[0].isupper() and not before.isupper() and (
        not before.isalpha() or before.islower()
    ):
        return start, title
    return None


def _whole_title(line: str, breaks: list[int], start: int, title: str) -> tuple[int, str]:
    """A listed title with the few words its block has before it (`Die Zahlen im
    Überblick`, `Las claves de la jornada`)."""
    index = bisect.bisect_right(breaks, start) - 1
    begin = breaks[index] if index >= 0 else 0
    words = line[begin:start]
    if begin < start and words[:1].isupper() and word_count(words) <= 4 \
            and sentence_end(words, 0, len(words)) == len(words):
        return begin, words + title
    return start, title


def _weak_bullets(line: str, at: int) -> bool:
    """Whether the weak marker at `at` leads bullets under a title no list knows: it
    opens at least two items, each starting with a capital or a digit (`Day four in
    brief- England 287-6 at stumps- Hollins 74 not out- …`)."""
    char, items, pos = line[at], 0, at
    while pos >= 0 and items < 2:
        first = line[pos + 1:pos + 4].lstrip(" \u00a0")[:1]
        if not (first.isupper() or first.isdigit()):
            return False
        items += 1
        pos = _next_marker(line, char, pos)
    return items >= 2


def _plain_title(line: str, breaks: list[int], at: int) -> tuple[int, str] | None:
    """An unlisted title: the short block ending at the first strong marker."""
    index = bisect.bisect_right(breaks, at) - 1
    start = breaks[index] if index >= 0 else 0
    title = line[start:at].strip().rstrip(":").strip()
    if not title or word_count(title) > 10 or len(title) > 100:
        return None
    if sentence_end(title, 0, len(title)) < len(title):
        return None
    return start, title


def _next_marker(line: str, char: str, at: int) -> int:
    stop = min(len(line), at + 1 + _MAX_BULLET)
    if char in STRONG_MARKERS:
        return line.find(char, at + 1, stop)
    for match in _MARKER.finditer(line, at + 1, stop):
        if line[match.start()] == char:
            return match.start()
    return -1


def _bullets(line: str, breaks: list[int], first: int, start: int, title: str,
             known: bool) -> Box | None:
    char = line[first]
    items: list[str] = []
    at = first
    while True:
        nxt = _next_marker(line, char, at)
        if nxt < 0:
            break
        items.append(line[at + 1:nxt].strip())
        at = nxt
    if not items and not known and char not in STRONG_MARKERS:
        return None
    index = bisect.bisect_right(breaks, at)
    if index < len(breaks) and line[breaks[index] - 1].isalnum():
        # A time glued to the last bullet (`…kilomètre 219:05 …`): where the bullet ends is
        # settled with what follows (the heading may repeat it), so the tail runs past it.
        index += 1
    stop = breaks[index] if index < len(breaks) else len(line)
    return Box(start, title, tuple(items), line[at + 1:stop].strip(), stop, known)
