"""The sidebar: the opened article's details and its live-blog table of contents."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.model import Section, StoredArticle
from reader.ui.dates import absolute_date, reading_minutes
from reader.ui.render import one_line, plain
from reader.ui.wrap import ellipsize, wrap

SIDEBAR_TEXT_WIDTH = 28


def _wrapped(text: str, width: int) -> str:
    """Pre-wrapped with our wrapper: Textual would break `Guerre :` at its no-break space.

    Every line fits `width`, so Textual never wraps it again.
    """
    return "\n".join(wrap(text, max(1, width)))


def toc_entry(time: str, heading: str, width: int) -> Content:
    """`17h52  Le port de Vesterhavn` with the wrapped lines indented under the heading.

    The indent is made of ordinary spaces after explicit line ends, which Textual keeps
    (it drops only the spaces of lines it wraps itself, and these lines already fit).
    When the time leaves the heading too little room, the heading goes flush left.
    """
    taken = cell_len(time) + 2 if time else 0
    if width - taken < 12:
        taken = 0
    lines = wrap(heading, max(1, width - taken))
    indent = " " * taken
    body = "\n".join([lines[0] if lines else "", *(indent + line for line in lines[1:])])
    if not time:
        return Content(body)
    return Content.assemble((time, "$accent"), "  " if taken else "\n", body)


def _untitled(section: Section) -> str:
    """A heading-less update is listed by the start of its first paragraph."""
    first = one_line(section.paragraphs[0]) if section.paragraphs else ""
    return ellipsize(first, 48) if first else "(update)"


def details(stored: StoredArticle, width: int = 30) -> Content:
    """The article's details as labelled lines, built from plain strings only."""
    article = stored.article
    minutes = reading_minutes(article.word_count)
    fields: list[tuple[str, str]] = [
        ("Outlet", article.outlet),
        ("Feed", stored.feed.title if stored.feed.title != article.outlet else ""),
        ("Author", article.author or ""),
        ("Published", absolute_date(article.published)),
        ("Reading", f"{minutes} min · {article.word_count} words" if minutes else ""),
        ("Tags", ", ".join(article.tags)),
        ("Source", article.source_link or ""),
    ]
    parts: list[Content | tuple[str, str]] = []
    if stored.starred:
        parts.append(("★ Starred", "bold $warning"))
    for label, value in fields:
        if not value:
            continue
        if parts:
            parts.append(Content("\n"))
        parts.append((label, "dim"))
        parts.append(Content("\n"))
        parts.append(Content(_wrapped(plain(value), width)))
    return Content.assemble(*parts)


class Sidebar(Vertical):
    """Details of the opened article and, for a live blog, its sections."""

    class SectionChosen(Message):
        """The user picked section `index` in the table of contents."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def compose(self) -> ComposeResult:
        yield Static(Content("No article open."), id="details")
        yield Label("Sections", id="toc-title")
        yield OptionList(id="toc", markup=False)

    def on_mount(self) -> None:
        self.query_one("#toc-title").display = False
        self.query_one("#toc", OptionList).display = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: StoredArticle | None = None
        self._laid_out_width = 0

    def _width(self) -> int:
        """The usable text width (the pane may be hidden: then its CSS width is assumed)."""
        width = self.query_one("#details", Static).content_region.width
        return width - 2 if width > 4 else SIDEBAR_TEXT_WIDTH

    def on_resize(self) -> None:
        if self.article is not None and self._width() != self._laid_out_width:
            self._lay_out(self.article, keep_highlight=True)

    def show(self, stored: StoredArticle) -> None:
        """Show `stored`'s details and sections."""
        self.article = stored
        self._lay_out(stored, keep_highlight=False)

    def show_changed(self, stored: StoredArticle) -> None:
        """Show a changed state (the star) of the same article, keeping the TOC's place."""
        self.article = stored
        self._lay_out(stored, keep_highlight=True)

    def _lay_out(self, stored: StoredArticle, *, keep_highlight: bool) -> None:
        width = self._laid_out_width = self._width()
        self.query_one("#details", Static).update(details(stored, width + 1))
        toc = self.query_one("#toc", OptionList)
        highlighted = toc.highlighted
        toc.clear_options()
        sections = stored.article.sections
        for index, section in enumerate(sections):
            time = one_line(section.time or "")
            heading = one_line(section.heading) or _untitled(section)
            toc.add_option(Option(toc_entry(time, heading, width + 1), id=f"section-{index}"))
        if keep_highlight and highlighted is not None and highlighted < len(sections):
            toc.highlighted = highlighted
        toc.display = bool(sections)
        title = self.query_one("#toc-title", Label)
        title.display = bool(sections)
        title.update(Content(f"Sections ({len(sections)})"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.SectionChosen(event.option_index))
