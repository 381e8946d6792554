"""Lay an article out as a list of Strips at a given width (the reader pane's content).

Pure: no widget, no app, no console. Every string is used as plain text (Segments built
from it), so nothing in an article can act as markup. Wrapping goes through
`reader.ui.wrap`, which never breaks at a no-break space.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from reader.model import SectionMark, StoredArticle
from reader.text import clean
from reader.ui.dates import absolute_date, reading_minutes
from reader.ui.wrap import ellipsize, wrap

MEASURE = 88
"""The widest a line of text gets: long lines are tiring to read."""

Run = tuple[str, Style]


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

BAR = "▎"
"""The left bar beside every line of a new or edited section (in the page's margin)."""
TAGS = {SectionMark.NEW: "NEW", SectionMark.CHANGED: "EDITED"}


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

    def tag(self, mark: SectionMark) -> Style:
        return self.new if mark is SectionMark.NEW else self.changed

    def bar(self, mark: SectionMark) -> Style | None:
        if mark is SectionMark.SEEN:
            return None
        return self.new_bar if mark is SectionMark.NEW else self.changed_bar


@dataclass(frozen=True, slots=True)
class RenderedArticle:
    """The laid-out article: its lines and the line where each section starts."""

    lines: list[Strip]
    section_lines: tuple[int, ...]
    width: int
    landing: int | None = None
    """The first new or edited section (where opening lands), None when all were seen."""


def plain(text: str) -> str:
    """Text safe to paint: `clean` again (the model promises it, the terminal must not trust
    it) and tabs as spaces, since a tab has no cell width the wrapper could agree on."""
    return clean(text).replace("\t", " ")


def one_line(text: str) -> str:
    """`plain`, with newlines as spaces, for places that show a single line."""
    return plain(text).replace("\n", " ")


class _Layout:
    """Accumulates lines of a fixed total width, centred in a column of `measure` cells."""

    def __init__(self, width: int, theme: ArticleTheme) -> None:
        self.width = max(1, width)
        self.theme = theme
        self.measure = max(1, min(MEASURE, self.width - 4))
        self.margin = max(0, (self.width - self.measure) // 2)
        self.lines: list[Strip] = []

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
        self.lines.append(Strip([Segment(" " * self.width, self.theme.base)], self.width))

    def paragraph(self, text: str, style: Style, indent: str = "", first: str = "",
                  bar: Style | None = None) -> None:
        """Wrap `text`; the first line starts with `first`, the others with `indent`."""
        prefix_width = max(cell_len(first), cell_len(indent))
        for number, line in enumerate(wrap(plain(text), self.measure - prefix_width)):
            self.line([(first if number == 0 else indent, style), (line, style)], bar)


def meta_line(stored: StoredArticle) -> str:
    """`Outlet · Author · 10 Nov 2024 14:01 · 4 min read · live, 6 updates`."""
    article = stored.article
    parts = [article.outlet or stored.feed.title]
    if article.author:
        parts.append(article.author)
    if article.published:
        parts.append(absolute_date(article.published))
    minutes = reading_minutes(article.word_count)
    if minutes:
        parts.append(f"{minutes} min read")
    if article.live:
        count = len(article.sections)
        parts.append(f"live, {count} update{'s' if count != 1 else ''}")
        marks = section_marks(stored)
        if new := marks.count(SectionMark.NEW):
            parts.append(f"{new} new")
        if edited := marks.count(SectionMark.CHANGED):
            parts.append(f"{edited} edited")
    return " · ".join(part for part in parts if part)


def _key_points(layout: _Layout, title: str, items: Sequence[str]) -> None:
    theme = layout.theme
    inner = layout.measure - 4
    if inner < 4:
        return
    title = ellipsize(one_line(title), inner - 2)
    top = "╭─ " if title else "╭──"
    fill = "─" * max(0, layout.measure - cell_len(top) - cell_len(title) - 2)
    end = (" " if title else "─") + fill + "╮"
    layout.line([(top, theme.box), (title, theme.box_title), (end, theme.box)])
    for item in items:
        lines = wrap(plain(item), inner - 2) or [""]
        for number, line in enumerate(lines):
            lead = "• " if number == 0 else "  "
            pad = " " * max(0, inner - 2 - cell_len(line))
            layout.line([("│ ", theme.box), (lead, theme.bullet), (line + pad, theme.body),
                         (" │", theme.box)])
    layout.line([("╰" + "─" * (layout.measure - 2) + "╯", theme.box)])


def render_article(stored: StoredArticle, width: int, theme: ArticleTheme) -> RenderedArticle:
    """Lay `stored` out at `width` cells: title, caption, meta, lead, key points, sections."""
    article = stored.article
    layout = _Layout(width, theme)
    layout.blank()
    layout.paragraph(article.title or "(untitled)", theme.title)
    if article.caption:
        layout.paragraph(article.caption, theme.caption)
    # A no-break space before each `·` keeps the dots at line ends, never at line starts.
    layout.paragraph(plain(meta_line(stored)).replace(" · ", "\u00a0· "), theme.meta)
    layout.line([("─" * min(layout.measure, 24), theme.rule)])
    for paragraph in article.lead:
        layout.blank()
        layout.paragraph(paragraph, theme.body)
    if article.key_points and (article.key_points.items or article.key_points.title):
        layout.blank()
        _key_points(layout, article.key_points.title, article.key_points.items)
    section_lines: list[int] = []
    marks = section_marks(stored)
    for section, mark in zip(article.sections, marks, strict=True):
        layout.blank()
        section_lines.append(len(layout.lines))
        bar = theme.bar(mark)
        layout.line([("─" * layout.measure, theme.rule)], bar)
        time = one_line(section.time or "")
        prefix = [(f"{time}  ", theme.time)] if time else []
        if mark is not SectionMark.SEEN:
            prefix += [(f" {TAGS[mark]} ", theme.tag(mark)), (" ", theme.base)]
        first = sum(cell_len(text) for text, _style in prefix)
        heading_lines = wrap(plain(section.heading), layout.measure - first) or [""]
        for number, line in enumerate(heading_lines):
            lead = prefix if number == 0 else [(" " * first, theme.base)]
            layout.line([*lead, (line, theme.heading)], bar)
        for paragraph in section.paragraphs:
            layout.blank(bar)
            layout.paragraph(paragraph, theme.body, bar=bar)
    landing = next((i for i, mark in enumerate(marks) if mark is not SectionMark.SEEN), None)
    if not article.lead and not article.sections and not article.key_points:
        layout.blank()
        layout.paragraph("This article has no text. Press o to open its source.", theme.meta)
    layout.blank()
    return RenderedArticle(layout.lines, tuple(section_lines), layout.width, landing)


def section_marks(stored: StoredArticle) -> tuple[SectionMark, ...]:
    """One mark per section; all SEEN when the store gave none (a first reading) or the
    marks do not fit the sections (never trust a count from elsewhere)."""
    marks = stored.section_marks
    if len(marks) != len(stored.article.sections):
        return (SectionMark.SEEN,) * len(stored.article.sections)
    return marks


def placeholder(width: int, height: int, message: str, theme: ArticleTheme) -> list[Strip]:
    """A message centred in a `width` x `height` area (the empty reader pane)."""
    layout = _Layout(width, theme)
    lines = wrap(message, max(1, layout.measure))
    top = max(0, (height - len(lines)) // 2)
    for _ in range(top):
        layout.blank()
    for line in lines:
        pad = max(0, (layout.measure - cell_len(line)) // 2)
        layout.line([(" " * pad + line, theme.meta)])
    return layout.lines
