"""Lay an article out as a list of Strips at a given width (the reader pane's content).

Pure: no widget, no app, no console. Every string is used as plain text (Segments built
from it), so nothing in an article can act as markup. Wrapping goes through
`reader.ui.wrap`, which never breaks at a no-break space.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from textual.strip import Strip

from reader.model import SectionMark, StoredArticle
from reader.ui.blocks import draw_blocks, draw_links
from reader.ui.dates import absolute_date, reading_minutes
from reader.ui.layout import MEASURE, ArticleTheme, Layout, one_line, plain
from reader.ui.wrap import ellipsize, wrap

__all__ = ["MEASURE", "TAGS", "ArticleTheme", "RenderedArticle", "meta_line", "one_line",
           "placeholder", "plain", "render_article", "section_marks"]

TAGS = {SectionMark.NEW: "NEW", SectionMark.CHANGED: "EDITED"}


@dataclass(frozen=True, slots=True)
class RenderedArticle:
    """The laid-out article: its lines and the line where each section starts."""

    lines: list[Strip]
    section_lines: tuple[int, ...]
    width: int
    landing: int | None = None
    """The first new or edited section (where opening lands), None when all were seen."""


_NBSP = "\u00a0"


def meta_line(stored: StoredArticle) -> str:
    """`Outlet · Author · 10 Nov 2024 14:01 · 4 min read · live, 6 updates`."""
    article = stored.article
    parts = [article.outlet or stored.feed.title]
    if article.author:
        parts.append(article.author)
    # The short parts never wrap inside (`2 min` / `read`): their spaces do not break.
    if article.published:
        parts.append(absolute_date(article.published).replace(" ", _NBSP))
    minutes = reading_minutes(article.word_count)
    if minutes:
        parts.append(f"{minutes}{_NBSP}min{_NBSP}read")
    if article.live:
        count = len(article.sections)
        parts.append(f"live,{_NBSP}{count}{_NBSP}update{'s' if count != 1 else ''}")
        marks = section_marks(stored)
        if new := marks.count(SectionMark.NEW):
            parts.append(f"{new}{_NBSP}new")
        if edited := marks.count(SectionMark.CHANGED):
            parts.append(f"{edited}{_NBSP}edited")
    return " · ".join(part for part in parts if part)


def _key_points(layout: Layout, title: str, items: Sequence[str]) -> None:
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
    """Lay `stored` out at `width` cells: title, caption, meta, lead, key points, sections,
    then the numbered links."""
    article = stored.article
    layout = Layout(width, theme)
    layout.blank()
    layout.paragraph(article.title or "(untitled)", theme.title)
    if article.caption:
        layout.paragraph(article.caption, theme.caption)
    # A no-break space before each `·` keeps the dots at line ends, never at line starts.
    layout.paragraph(plain(meta_line(stored)).replace(" · ", "\u00a0· "), theme.meta)
    layout.line([("─" * min(layout.measure, 24), theme.rule)])
    links = len(article.links)
    draw_blocks(layout, article.lead, article.lead_kind, links)
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
        draw_blocks(layout, section.paragraphs, section.kind_of, links, bar)
    landing = next((i for i, mark in enumerate(marks) if mark is not SectionMark.SEEN), None)
    if not article.lead and not article.sections and not article.key_points:
        layout.blank()
        layout.paragraph("This article has no text. Press o to open its source.", theme.meta)
    draw_links(layout, article.links)
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
    layout = Layout(width, theme)
    lines = wrap(message, max(1, layout.measure))
    top = max(0, (height - len(lines)) // 2)
    for _ in range(top):
        layout.blank()
    for line in lines:
        pad = max(0, (layout.measure - cell_len(line)) // 2)
        layout.line([(" " * pad + line, theme.meta)])
    return layout.lines
