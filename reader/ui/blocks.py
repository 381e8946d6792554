"""The paragraphs of an article by kind (`BlockKind`), and its numbered links.

Headings are bold, list items hang after their bullet (or their own number), quotes carry
a bar on every line, code keeps its lines and is never re-wrapped (a line too long is cut
with `↩`), images show their alternative text. A `[n]` marker naming one of the article's
links is styled and kept on the line of the word before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rich.cells import cell_len
from rich.style import Style

from reader.model import BlockKind
from reader.text import clean
from reader.ui.layout import Layout, Run, Span, one_line, plain
from reader.ui.wrap import cut, ellipsize

BULLET = "• "
QUOTE_BAR = "│ "
WRAP_MARK = "↩"
"""At the end of a code line cut at the pane's width: the rest follows on the next line."""
CODE_TAB = 4
URL_LINES = 2
"""A link's address in the links block takes at most this many lines (then `…`)."""

_MARKER = re.compile(r"( ?)\[([0-9]{1,6})\]")
# An ordered item carries its number (`4. `, `12) `): the number replaces the bullet.
_NUMBERED = re.compile(r"[0-9]{1,4}[.)] ")


def link_spans(text: str, count: int, style: Style) -> tuple[str, list[Span]]:
    """The `[n]` markers of `text` naming one of `count` links, as spans in `style`.

    The space before a marker becomes a no-break space (same length, so the spans stay
    right) so the wrapper never leaves `[3]` alone at the start of a line. Numbers out of
    range are ordinary text (`[2024]` in a sentence is not a link).
    """
    if not count or "[" not in text:
        return text, []
    spans: list[Span] = []
    glued: list[int] = []
    for match in _MARKER.finditer(text):
        if not 1 <= int(match.group(2)) <= count:
            continue
        if match.group(1):
            glued.append(match.start())
        spans.append((match.start(2) - 1, match.end(), style))
    if glued:
        chars = list(text)
        for index in glued:
            chars[index] = "\u00a0"
        text = "".join(chars)
    return text, spans


def _item(layout: Layout, text: str, style: Style, spans: Sequence[Span],
          bar: Style | None) -> None:
    bullet = layout.theme.item_bullet
    numbered = _NUMBERED.match(text)
    if numbered:
        # The number hangs like a bullet; the spans keep their offsets in `text`.
        head = numbered.group()
        rest = text[len(head):]
        shifted = [(s - len(head), e - len(head), st) for s, e, st in spans if s >= len(head)]
        layout.spans(rest, style, shifted, [(head, bullet)], [(" " * cell_len(head), style)],
                     bar)
        return
    layout.spans(text, style, spans, [(BULLET, bullet)], [(" " * len(BULLET), style)], bar)


def _code(layout: Layout, text: str, bar: Style | None) -> None:
    """Each line as written (tabs expanded), on the code background across the measure;
    a line wider than the measure is cut there, each cut marked with `↩`."""
    style = layout.theme.code
    inner = max(1, layout.measure - 2)
    lines = [line.rstrip() for line in clean(text).expandtabs(CODE_TAB).strip("\n").split("\n")]
    for line in lines:
        pieces = cut(line, inner - 1) if cell_len(line) > inner else [line]
        for number, piece in enumerate(pieces):
            mark = WRAP_MARK if number < len(pieces) - 1 else ""
            pad = " " * max(0, inner - cell_len(piece) - cell_len(mark))
            layout.line([(" " + piece + pad, style), (mark, style + layout.theme.meta),
                         (" ", style)], bar)


def draw_blocks(layout: Layout, paragraphs: Sequence[str], kind_of: Callable[[int], BlockKind],
                links: int, bar: Style | None = None) -> None:
    """Lay out `paragraphs` by kind, each after a blank line (the items of one list and
    the paragraphs of one quote stay together); `links` is the article's link count."""
    theme = layout.theme
    previous: BlockKind | None = None
    for index, paragraph in enumerate(paragraphs):
        kind = kind_of(index)
        if kind is BlockKind.CODE:
            if paragraph.strip("\n"):
                layout.blank(bar)
                _code(layout, paragraph, bar)
                previous = kind
            continue
        # A newline inside a paragraph (a `<br>`) stays a line break.
        text = plain(paragraph).strip()
        if not text:
            continue
        if kind is BlockKind.QUOTE and previous is BlockKind.QUOTE:
            layout.line([(QUOTE_BAR.rstrip(), theme.quote_bar)], bar)
        elif not (kind is BlockKind.ITEM and previous is BlockKind.ITEM):
            layout.blank(bar)
        previous = kind
        if kind is BlockKind.IMAGE:
            layout.spans(f"[image: {text}]", theme.image, (), (), (), bar)
            continue
        text, spans = link_spans(text, links, theme.link_mark)
        if kind is BlockKind.HEADING:
            layout.spans(text, theme.subheading, spans, (), (), bar)
        elif kind is BlockKind.ITEM:
            _item(layout, text, theme.body, spans, bar)
        elif kind is BlockKind.QUOTE:
            rule: list[Run] = [(QUOTE_BAR, theme.quote_bar)]
            layout.spans(text, theme.body + theme.quote, spans, rule, rule, bar)
        else:
            layout.spans(text, theme.body, spans, (), (), bar)


def draw_links(layout: Layout, links: Sequence[str]) -> None:
    """The `Links` block: `[n] address` per link, the address as plain one-line text, cut
    over at most `URL_LINES` lines and ellipsised beyond."""
    if not links:
        return
    theme = layout.theme
    layout.blank()
    layout.line([("─" * min(layout.measure, 24), theme.rule)])
    layout.line([("Links", theme.links_title)])
    number_width = len(f"[{len(links)}] ")
    width = max(1, layout.measure - number_width)
    for number, url in enumerate(links, 1):
        shown = one_line(url).strip() or "(empty)"
        pieces = cut(shown, width)
        if len(pieces) > URL_LINES:
            pieces = [*pieces[:URL_LINES - 1], ellipsize("".join(pieces[URL_LINES - 1:]), width)]
        for line, piece in enumerate(pieces):
            head = f"[{number}]".ljust(number_width) if line == 0 else " " * number_width
            layout.line([(head, theme.link_mark), (piece, theme.link_url)])
