"""A word wrapper that respects no-break spaces, measured in terminal cells.

Rich and Textual wrap at U+00A0 and U+202F like at any space, which splits French
typography (`Guerre :` wrapped before its colon, `« ` left alone at a line end). This wrapper
breaks only at `reader.text.is_breaking_space` characters, measures with `rich.cells`, and
cuts a word only when it is wider than the whole line.

It returns offsets into the input rather than new strings so a caller can slice styled
runs of the same text (see `reader.ui.render`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from rich.cells import cell_len, get_character_cell_size

from reader.text import is_breaking_space

# Every breaking space, from the one definition in `reader.text` (all Unicode whitespace
# lies below U+3001), so words are found by one regex rather than char by char.
_BREAKING = "".join(chr(code) for code in range(0x3001) if is_breaking_space(chr(code)))
_WORD = re.compile(f"[^{re.escape(_BREAKING)}]+")


def _words(text: str) -> Iterator[tuple[int, int, bool]]:
    """Yield (start, end, newline_before) for each run of non-breaking characters."""
    previous = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        yield start, end, start > previous and "\n" in text[previous:start]
        previous = end


def _split_long(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Cut text[start:end] into pieces of at most `width` cells (at least one char each)."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    used = 0
    for index in range(start, end):
        size = get_character_cell_size(text[index])
        if used + size > width and index > piece_start:
            pieces.append((piece_start, index))
            piece_start = index
            used = 0
        used += size
    pieces.append((piece_start, end))
    return pieces


_ONE_CELL = frozenset(
    char
    for first, last in ((0x20, 0x7E), (0xA0, 0x2FF), (0x370, 0x482), (0x2000, 0x206F),
                        (0x20A0, 0x20BF))
    for char in map(chr, range(first, last + 1))
    if get_character_cell_size(char) == 1 and (char == " " or not is_breaking_space(char))
)
"""Characters one cell wide that are not breaking spaces (but the space itself)."""


@lru_cache(maxsize=64)
def _line_pattern(width: int) -> re.Pattern[str]:
    """The longest run of at most `width` characters from a word's start to a word's end."""
    inner = f"(?:[^\\n]{{0,{width - 2}}}[^ \\n])?" if width > 1 else ""
    return re.compile(f"[^ \\n]{inner}(?= |\\n|$)")


_GAP = re.compile("[ \n]*")


def _skip_gap(text: str, at: int) -> int:
    gap = _GAP.match(text, at)
    return gap.end() if gap else at


def _simple_lines(text: str, width: int) -> list[tuple[int, int]] | None:
    """`wrap_offsets` for text of `_ONE_CELL` characters and newlines; None when a word is
    wider than `width` (the general loop cuts it)."""
    pattern = _line_pattern(width)
    lines: list[tuple[int, int]] = []
    length = len(text)
    at = _skip_gap(text, 0)
    while at < length:
        found = pattern.match(text, at)
        if found is None:
            return None
        lines.append((at, found.end()))
        at = _skip_gap(text, found.end())
    return lines


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Return (start, end) slices of `text`, one per line, each at most `width` cells wide.

    Lines break at breaking spaces only (a newline forces a break); the spaces at a break
    are dropped and those inside a line are kept as written. A word wider than `width`
    starts a new line and is cut by cells. Empty or blank text gives no lines.
    """
    width = max(1, width)
    # Text of one-cell characters whose only breaking spaces are ` ` and `\n` (most Latin,
    # Greek and Cyrillic news) is measured by length, and its lines found by one regex each.
    simple = _ONE_CELL.issuperset(text.replace("\n", ""))
    if simple and (fast := _simple_lines(text, width)) is not None:
        return fast
    return _lines(text, width, len if simple else cell_len)


def _lines(text: str, width: int, measure: Callable[[str], int]) -> list[tuple[int, int]]:
    """The general wrapper, word by word, measuring with `measure`."""
    lines: list[tuple[int, int]] = []
    line_start = -1
    line_end = -1
    line_width = 0
    for start, end, newline in _words(text):
        word_width = measure(text[start:end])
        if line_start >= 0 and not newline:
            gap = measure(text[line_end:start])
            if line_width + gap + word_width <= width:
                line_end = end
                line_width += gap + word_width
                continue
        if line_start >= 0:
            lines.append((line_start, line_end))
            line_start = -1
        if word_width <= width:
            line_start, line_end, line_width = start, end, word_width
            continue
        *full, last = _split_long(text, start, end, width)
        lines.extend(full)
        line_start, line_end = last
        line_width = measure(text[line_start:line_end])
    if line_start >= 0:
        lines.append((line_start, line_end))
    return lines


def wrap(text: str, width: int) -> list[str]:
    """Wrap `text` to `width` cells (see `wrap_offsets`) and return the lines."""
    return [text[start:end] for start, end in wrap_offsets(text, width)]


def cut(text: str, width: int) -> list[str]:
    """Cut `text` (one line, not wrapped at spaces) into pieces of at most `width` cells;
    a character wider than `width` still gets a piece of its own. Empty text: no pieces."""
    if not text:
        return []
    return [text[start:end] for start, end in _split_long(text, 0, len(text), max(1, width))]


def ellipsize(text: str, width: int) -> str:
    """Cut `text` to at most `width` cells, ending with `…` when something was cut."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    used = 0
    for index, char in enumerate(text):
        size = get_character_cell_size(char)
        if used + size > width - 1:
            return text[:index].rstrip() + "…"
        used += size
    return text
