"""The line builder of the reader pane: fixed-width Strips of styled plain-text runs.

Pure: no widget, no app, no console. Every string becomes a Segment as it is (never
markup), after `plain` cleaned it. Wrapping goes through `reader.ui.wrap`, which never
breaks at a no-break space.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from reader.model import SectionMark
from reader.text import clean
from reader.ui.wrap import wrap_offsets

MEASURE = 88
"""The widest a line of text gets: long lines are tiring to read."""

Run = tuple[str, Style]
Span = tuple[int, int, Style]
"""(start, end, style) over a paragraph's text: a part styled on top of the paragraph."""

# Rich styles are immutable, so shared defaults are safe.
_PLAIN = Style()
_BOLD = Style(bold=True)
_DIM = Style(dim=True)
_CAPTION = Style(dim=True, italic=True)
_TIME = Style(bold=True, color="cyan")
_NEW = Style(bold=True, color="black", bgcolor="green")
_CHANGED = Style(bold=True, color="black", bgcolor="yellow")
_NEW_BAR = Style(color="green")
_CHANGED_BAR = Style(color="yellow")
_QUOTE = Style(italic=True)
_QUOTE_BAR = Style(color="cyan")
_CODE = Style(bgcolor="grey19")
_LINK = Style(color="cyan", dim=True)

BAR = "▎"
"""The left bar beside every line of a new or edited section (in the page's margin)."""


@dataclass(frozen=True, slots=True)
class ArticleTheme:
    """The Rich styles of each part of an article (the widget reads them from its CSS)."""

    base: Style = _PLAIN
    title: Style = _BOLD
    caption: Style = _CAPTION
    meta: Style = _DIM
    body: Style = _PLAIN
    box: Style = _DIM
    box_title: Style = _BOLD
    bullet: Style = _BOLD
    time: Style = _TIME
    heading: Style = _BOLD
    rule: Style = _DIM
    new: Style = _NEW
    """The `NEW` tag of a section that arrived since the last reading."""
    changed: Style = _CHANGED
    """The `EDITED` tag of a section whose text changed since it was read."""
    new_bar: Style = _NEW_BAR
    changed_bar: Style = _CHANGED_BAR
    subheading: Style = _BOLD
    """A heading inside the text (not a live-blog section)."""
    item_bullet: Style = _BOLD
    """The `•` (or the number) before a list item."""
    quote: Style = _QUOTE
    quote_bar: Style = _QUOTE_BAR
    code: Style = _CODE
    """Preformatted text; its background marks the whole block."""
    image: Style = _CAPTION
    link_mark: Style = _LINK
    """A `[n]` link marker in the text, and the number before each entry of the links."""
    links_title: Style = _BOLD
    link_url: Style = _DIM

    def tag(self, mark: SectionMark) -> Style:
        return self.new if mark is SectionMark.NEW else self.changed

    def bar(self, mark: SectionMark) -> Style | None:
        if mark is SectionMark.SEEN:
            return None
        return self.new_bar if mark is SectionMark.NEW else self.changed_bar


def plain(text: str) -> str:
    """Text safe to paint: `clean` again (the model promises it, the terminal must not trust
    it) and tabs as spaces, since a tab has no cell width the wrapper could agree on."""
    return clean(text).replace("\t", " ")


def one_line(text: str) -> str:
    """`plain`, with newlines as spaces, for places that show a single line."""
    return plain(text).replace("\n", " ")


def runs_width(runs: Sequence[Run]) -> int:
    return sum(cell_len(text) for text, _style in runs)


def styled_runs(text: str, start: int, end: int, style: Style,
                spans: Sequence[Span]) -> list[Run]:
    """text[start:end] as runs: `style`, with each span (sorted, not overlapping) on top."""
    runs: list[Run] = []
    at = start
    for span_start, span_end, span_style in spans:
        if span_end <= at:
            continue
        if span_start >= end:
            break
        if span_start > at:
            runs.append((text[at:span_start], style))
            at = span_start
        stop = min(span_end, end)
        runs.append((text[at:stop], style + span_style))
        at = stop
    if at < end:
        runs.append((text[at:end], style))
    return runs


class Layout:
    """Accumulates lines of a fixed total width, centred in a column of `measure` cells."""

    def __init__(self, width: int, theme: ArticleTheme) -> None:
        self.width = max(1, width)
        self.theme = theme
        self.measure = max(1, min(MEASURE, self.width - 4))
        self.margin = max(0, (self.width - self.measure) // 2)
        self.lines: list[Strip] = []
        # Strips never change once built: one blank line serves every blank of the page.
        self._blank = Strip([Segment(" " * self.width, theme.base)], self.width)

    def line(self, runs: Sequence[Run], bar: Style | None = None) -> None:
        base = self.theme.base
        if bar is not None and self.margin >= 2:
            segments = [Segment(" " * (self.margin - 2), base), Segment(BAR, base + bar),
                        Segment(" ", base)]
        else:
            segments = [Segment(" " * self.margin, base)] if self.margin else []
        used = self.margin
        for text, style in runs:
            if text:
                segments.append(Segment(text, base + style))
                used += cell_len(text)
        if used < self.width:
            segments.append(Segment(" " * (self.width - used), base))
        strip = Strip(segments, max(used, self.width))
        if used > self.width:
            strip = strip.crop(0, self.width)
        self.lines.append(strip)

    def blank(self, bar: Style | None = None) -> None:
        if bar is not None:
            self.line([], bar)
            return
        self.lines.append(self._blank)

    def paragraph(self, text: str, style: Style, indent: str = "", first: str = "",
                  bar: Style | None = None) -> None:
        """Wrap `text`; the first line starts with `first`, the others with `indent`."""
        self.spans(plain(text), style, (), [(first, style)], [(indent, style)], bar)

    def spans(self, text: str, style: Style, spans: Sequence[Span],
              first: Sequence[Run] = (), indent: Sequence[Run] = (),
              bar: Style | None = None) -> None:
        """Wrap `text` (already `plain`) in `style` with `spans` styled on top; the first
        line starts with the runs `first`, the others with `indent` (a hanging indent)."""
        prefix = max(runs_width(first), runs_width(indent))
        for number, (start, end) in enumerate(wrap_offsets(text, self.measure - prefix)):
            self.line([*(first if number == 0 else indent),
                       *styled_runs(text, start, end, style, spans)], bar)
