"""A word wrapper that respects no-break spaces, measured in terminal cells.

Rich and Textual wrap at U+00A0 and U+202F like at any space, which splits French
typography (`Guerre :` wrapped before its colon, `« ` left alone at a line end). This wrapper
breaks only at `reader.text.is_breaking_space` characters, measures with `rich.cells`, and
cuts a word only when it is wider than the whole line.

It returns offsets into the input rather than new strings so a caller can slice styled
runs of the same text (see `reader.ui.render`).
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.cells import cell_len, get_character_cell_size

from reader.text import is_breaking_space


def _words(text: str) -> Iterator[tuple[int, int, bool]]:
    """Yield (start, end, newline_before) for each run of non-breaking characters."""
    index = 0
    length = len(text)
    newline = False
    while index < length:
        char = text[index]
        if is_breaking_space(char):
            newline = newline or char == "\n"
            index += 1
            continue
        start = index
        while index < length and not is_breaking_space(text[index]):
            index += 1
        yield start, index, newline
        newline = False


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


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Return (start, end) slices of `text`, one per line, each at most `width` cells wide.

    Lines break at breaking spaces only (a newline forces a break); the spaces at a break
    are dropped and those inside a line are kept as written. A word wider than `width`
    starts a new line and is cut by cells. Empty or blank text gives no lines.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    line_start = -1
    line_end = -1
    line_width = 0
    for start, end, newline in _words(text):
        word_width = cell_len(text[start:end])
        if line_start >= 0 and not newline:
            gap = cell_len(text[line_end:start])
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
        line_width = cell_len(text[line_start:line_end])
    if line_start >= 0:
        lines.append((line_start, line_end))
    return lines


def wrap(text: str, width: int) -> list[str]:
    """Wrap `text` to `width` cells (see `wrap_offsets`) and return the lines."""
    return [text[start:end] for start, end in wrap_offsets(text, width)]


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
