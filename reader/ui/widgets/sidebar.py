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
from reader.ui.wrap import ellipsize, wrap, wrap_offsets

SIDEBAR_TEXT_WIDTH = 28


def _wrapped(text: str, width: int, first_line_taken: int = 0) -> str:
    """Pre-wrapped with our wrapper: Textual would break `Guerre :` at its no-break space.

    The first line is `first_line_taken` cells shorter (a time sits in front of it); the
    others start flush left, since Textual drops the leading spaces of wrapped lines.
    """
    width = max(1, width)
    if not first_line_taken:
        return "\n".join(wrap(text, width))
    head = wrap_offsets(text, max(1, width - first_line_taken))
    if len(head) <= 1:
        return "".join(text[start:end] for start, end in head)
    (start, end), (rest, _end) = head[0], head[1]
    return "\n".join([text[start:end], *wrap(text[rest:], width)])


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

    def _lay_out(self, stored: StoredArticle, *, keep_highlight: bool) -> None:
        width = self._laid_out_width = self._width()
        self.query_one("#details", Static).update(details(stored, width + 1))
        toc = self.query_one("#toc", OptionList)
        highlighted = toc.highlighted
        toc.clear_options()
        sections = stored.article.sections
        for index, section in enumerate(sections):
            time = one_line(section.time or "")
            taken = cell_len(time) + 2 if time else 0
            heading = one_line(section.heading) or _untitled(section)
            prompt = Content.assemble(
                (time, "$accent"),
                "  " if time else "",
                Content(_wrapped(heading, width, taken)),
            )
            toc.add_option(Option(prompt, id=f"section-{index}"))
        if keep_highlight and highlighted is not None and highlighted < len(sections):
            toc.highlighted = highlighted
        toc.display = bool(sections)
        title = self.query_one("#toc-title", Label)
        title.display = bool(sections)
        title.update(Content(f"Sections ({len(sections)})"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.SectionChosen(event.option_index))
