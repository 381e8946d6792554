"""The sidebar: the opened article's details and its live-blog table of contents."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.model import Section, SectionMark, StoredArticle
from reader.ui.dates import absolute_date, reading_minutes
from reader.ui.render import TAGS, one_line, plain, section_marks
from reader.ui.wrap import ellipsize, wrap

SIDEBAR_TEXT_WIDTH = 28


def _wrapped(text: str, width: int) -> str:
    """Pre-wrapped with our wrapper: Textual would break `Guerre :` at its no-break space.

    Every line fits `width`, so Textual never wraps it again.
    """
    return "\n".join(wrap(text, max(1, width)))


MARK_STYLES = {SectionMark.NEW: "bold $success", SectionMark.CHANGED: "bold $warning"}


def toc_entry(time: str, heading: str, width: int,
              mark: SectionMark = SectionMark.SEEN) -> Content:
    """`17h52  Le port de Vesterhavn` with the wrapped lines indented under the heading;
    `17h52  NEW Le port…` for a new section (`EDITED` for one whose text changed).

    The indent is made of ordinary spaces after explicit line ends, which Textual keeps
    (it drops only the spaces of lines it wraps itself, and these lines already fit).
    When the time leaves the heading too little room, the heading goes flush left.
    """
    taken = cell_len(time) + 2 if time else 0
    if width - taken < 12:
        taken = 0
    tag = TAGS.get(mark, "")
    # A no-break space keeps the tag on the line of the heading's first word.
    lines = wrap(f"{tag}\u00a0{heading}" if tag else heading, max(1, width - taken))
    indent = " " * taken
    first = lines[0] if lines else ""
    rest = "".join("\n" + indent + line for line in lines[1:])
    parts: list[Content | tuple[str, str] | str] = []
    if time:
        parts += [(time, "$accent"), "  " if taken else "\n"]
    if tag and first.startswith(tag):
        parts += [(tag, MARK_STYLES[mark]), first[len(tag):]]
    else:
        parts.append(first)
    parts.append(rest)
    return Content.assemble(*parts)


def _untitled(section: Section) -> str:
    """A heading-less update is listed by the start of its first paragraph."""
    first = one_line(section.paragraphs[0]) if section.paragraphs else ""
    return ellipsize(first, 48) if first else "(update)"


def details(stored: StoredArticle, width: int = 30) -> Content:
    """The article's details as labelled lines, built from plain strings only."""
    article = stored.article
    words = article.word_count  # a property that counts the whole text: once
    minutes = reading_minutes(words)
    fields: list[tuple[str, str]] = [
        ("Outlet", article.outlet),
        ("Feed", stored.feed.title if stored.feed.title != article.outlet else ""),
        ("Author", article.author or ""),
        ("Published", absolute_date(article.published)),
        ("Reading", f"{minutes} min · {words} words" if minutes else ""),
        ("Tags", ", ".join(article.tags)),
        ("Source", article.source_link or ""),
    ]
    return labelled([(label, value) for label, value in fields if value], width,
                    title="★ Starred" if stored.starred else "", title_style="bold $warning")


def labelled(lines: Sequence[tuple[str, str]], width: int, title: str = "",
             title_style: str = "bold") -> Content:
    """A title, then each dim label over its wrapped value (plain text only)."""
    parts: list[Content | tuple[str, str]] = [(title, title_style)] if title else []
    for label, value in lines:
        if parts:
            parts.append(Content("\n"))
        parts += [(label, "dim"), Content("\n"), Content(_wrapped(plain(value), width))]
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
        yield Static(Content(""), id="health")
        yield Label("Sections", id="toc-title")
        yield OptionList(id="toc", markup=False)

    def on_mount(self) -> None:
        self.query_one("#toc-title").display = False
        self.query_one("#health").display = False
        self.query_one("#toc", OptionList).display = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: StoredArticle | None = None
        self._laid_out_width = 0
        self._health: list[tuple[str, str]] = []

    def _width(self) -> int:
        """The usable text width (the pane may be hidden: then its CSS width is assumed)."""
        width = self.query_one("#details", Static).content_region.width
        return width - 2 if width > 4 else SIDEBAR_TEXT_WIDTH

    def on_resize(self) -> None:
        if self.article is not None and self._width() != self._laid_out_width:
            self._lay_out(self.article, keep_highlight=True)
            self.show_health(self._health)

    def show(self, stored: StoredArticle) -> None:
        """Show `stored`'s details and sections."""
        self.article = stored
        self._lay_out(stored, keep_highlight=False)

    def show_changed(self, stored: StoredArticle) -> None:
        """Show a changed state (the star) of the same article, keeping the TOC's place."""
        self.article = stored
        self._lay_out(stored, keep_highlight=True)

    def clear(self) -> None:
        """Back to "No article open."."""
        self.article = None
        self.query_one("#details", Static).update(Content("No article open."))
        self.show_health([])
        self.query_one("#toc", OptionList).clear_options()
        self.query_one("#toc", OptionList).display = False
        self.query_one("#toc-title").display = False

    def show_health(self, lines: Sequence[tuple[str, str]]) -> None:
        """The article's feed: last fetch and its outcome, next fetch, articles held."""
        self._health = list(lines)
        box = self.query_one("#health", Static)
        box.display = bool(lines)
        box.update(labelled(lines, self._width() + 1, title="Feed health"))

    def _lay_out(self, stored: StoredArticle, *, keep_highlight: bool) -> None:
        width = self._laid_out_width = self._width()
        self.query_one("#details", Static).update(details(stored, width + 1))
        toc = self.query_one("#toc", OptionList)
        highlighted = toc.highlighted
        toc.clear_options()
        sections = stored.article.sections
        marks = section_marks(stored)
        for index, (section, mark) in enumerate(zip(sections, marks, strict=True)):
            time = one_line(section.time or "")
            heading = one_line(section.heading) or _untitled(section)
            toc.add_option(Option(toc_entry(time, heading, width + 1, mark),
                                  id=f"section-{index}"))
        if keep_highlight and highlighted is not None and highlighted < len(sections):
            toc.highlighted = highlighted
        toc.display = bool(sections)
        title = self.query_one("#toc-title", Label)
        title.display = bool(sections)
        new = marks.count(SectionMark.NEW)
        title.update(Content(f"Sections ({len(sections)}" + (f" · {new} new)" if new else ")")))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.SectionChosen(event.option_index))
