"""The reading pane: the opened article laid out by `reader.ui.render`, painted line by line.

The layout is computed once per (article, width) and kept; painting a frame only crops the
visible Strips, so a 40-section live blog scrolls as fast as a short article.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import ClassVar

from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model import StoredArticle
from reader.ui.render import ArticleTheme, RenderedArticle, placeholder, render_article

EMPTY_MESSAGE = "Choose an article in the list and press enter to read it."


class ReaderPane(ScrollView, can_focus=True):
    """Shows one `StoredArticle`; knows where each live-blog section starts."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="reader.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="reader.up"),
        Binding("space", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("b", "page_up", "Page up", show=False, id="reader.page_up"),
        # ScrollView binds `left` to scrolling sideways; here it goes back to the list (the
        # screen's own binding, listed in the help from there).
        Binding("escape,h,left", "screen.back", "", show=False, id="reader.back"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader-pane--title",
        "reader-pane--caption",
        "reader-pane--meta",
        "reader-pane--box",
        "reader-pane--box-title",
        "reader-pane--bullet",
        "reader-pane--time",
        "reader-pane--heading",
        "reader-pane--rule",
        "reader-pane--new",
        "reader-pane--changed",
        "reader-pane--new-bar",
        "reader-pane--changed-bar",
        "reader-pane--subheading",
        "reader-pane--item-bullet",
        "reader-pane--quote",
        "reader-pane--quote-bar",
        "reader-pane--code",
        "reader-pane--image",
        "reader-pane--link-mark",
        "reader-pane--links-title",
        "reader-pane--link-url",
    }

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article: StoredArticle | None = None
        self._rendered: RenderedArticle | None = None
        self._placeholder: tuple[tuple[int, int], list[Strip]] | None = None
        """The empty pane's lines and the (width, height) they were laid out for."""
        self._land_pending = False
        """An article was just shown but not yet laid out: land on its first new
        section as soon as the pane has a width (a narrow screen shows it a moment later)."""

    # -- content --------------------------------------------------------------------------

    def show(self, stored: StoredArticle) -> None:
        """Display `stored` at its first new or edited section, else from its top."""
        self.article = stored
        self._rendered = None
        self._land_pending = True
        self._land()
        self.refresh()

    def clear(self) -> None:
        """Show no article (the one shown has left the library)."""
        self.article = None
        self._rendered = None
        self._land_pending = False
        self.virtual_size = Size(0, 0)
        self.scroll_to(y=0, animate=False)
        self.refresh()

    def _land(self) -> None:
        rendered = self._layout()
        if rendered is None or not self._land_pending:
            return
        self._land_pending = False
        landing = rendered.landing
        # `force`: a pane shown for the first time has no scrollbar yet (it appears at the
        # next layout), and without one Textual refuses to scroll.
        self.scroll_to(y=rendered.section_lines[landing] if landing is not None else 0,
                       animate=False, force=True)

    @property
    def section_lines(self) -> tuple[int, ...]:
        """The line (in pane coordinates) where each section starts, at the current width."""
        rendered = self._layout()
        return rendered.section_lines if rendered else ()

    @property
    def lines(self) -> list[Strip]:
        rendered = self._layout()
        return rendered.lines if rendered else []

    def _theme(self) -> ArticleTheme:
        def part(name: str) -> Style:
            return self.get_component_rich_style(f"reader-pane--{name}", partial=True)

        return ArticleTheme(
            base=self.rich_style,
            title=part("title"),
            caption=part("caption"),
            meta=part("meta"),
            box=part("box"),
            box_title=part("box-title"),
            bullet=part("bullet"),
            time=part("time"),
            heading=part("heading"),
            rule=part("rule"),
            new=part("new"),
            changed=part("changed"),
            new_bar=part("new-bar"),
            changed_bar=part("changed-bar"),
            subheading=part("subheading"),
            item_bullet=part("item-bullet"),
            quote=part("quote"),
            quote_bar=part("quote-bar"),
            code=part("code"),
            image=part("image"),
            link_mark=part("link-mark"),
            links_title=part("links-title"),
            link_url=part("link-url"),
        )

    def _layout(self) -> RenderedArticle | None:
        """Lay the article out for the current width (cached until width or article change)."""
        if self.article is None:
            return None
        width = self.scrollable_content_region.width
        if width <= 0:
            return None
        if self._rendered is None or self._rendered.width != width:
            self._rendered = render_article(self.article, width, self._theme())
            height = len(self._rendered.lines)
            sections = self._rendered.section_lines
            if sections:
                # Room below the end so the last section can be scrolled to the top.
                height = max(height, sections[-1] + self.scrollable_content_region.height)
            self.virtual_size = Size(0, height)
        return self._rendered

    def on_resize(self, event: events.Resize) -> None:
        self._rendered = None
        self._layout()
        self._land()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rendered = None
        self._placeholder = None
        self.refresh()

    # -- sections -------------------------------------------------------------------------

    @property
    def current_section(self) -> int | None:
        """Index of the section at the top of the pane, or None above the first one."""
        index = bisect_right(self.section_lines, round(self.scroll_y)) - 1
        return index if index >= 0 else None

    def scroll_to_section(self, index: int) -> None:
        lines = self.section_lines
        if 0 <= index < len(lines):
            self.scroll_to(y=lines[index], animate=False)

    def next_section(self) -> bool:
        """Scroll to the first section below the top line; False when there is none."""
        lines = self.section_lines
        index = bisect_right(lines, round(self.scroll_y))
        if index < len(lines) and lines[index] <= self.max_scroll_y:
            self.scroll_to(y=lines[index], animate=False)
            return True
        return False

    def previous_section(self) -> bool:
        """Scroll to the last section above the top line, else to the top of the article."""
        lines = self.section_lines
        top = round(self.scroll_y)
        index = bisect_left(lines, top) - 1
        if index >= 0:
            self.scroll_to(y=lines[index], animate=False)
            return True
        if top > 0:
            self.scroll_to(y=0, animate=False)
            return True
        return False

    # -- painting -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        rendered = self._layout()
        if rendered is None:
            lines = self._empty_lines(width)
            return lines[y] if y < len(lines) else Strip.blank(width, self.rich_style)
        index = round(self.scroll_y) + y
        if 0 <= index < len(rendered.lines):
            return rendered.lines[index]
        return Strip.blank(width, self.rich_style)

    def _empty_lines(self, width: int) -> list[Strip]:
        """The centred message of the empty pane, laid out once per size (not per line)."""
        size = (width, self.scrollable_content_region.height)
        if self._placeholder is None or self._placeholder[0] != size:
            self._placeholder = (size, placeholder(*size, EMPTY_MESSAGE, self._theme()))
        return self._placeholder[1]
