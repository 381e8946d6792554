"""The article list: one line per article, read from the library a page at a time.

A Line API widget: it paints only the rows on screen and keeps a few pages of rows in an
LRU cache, so a library of 100,000 articles costs one COUNT query and one page query.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import ClassVar, Protocol

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model import ArticleQuery, ArticleRow
from reader.ui.dates import relative_date
from reader.ui.render import one_line
from reader.ui.wrap import ellipsize

PAGE_SIZE = 100
CACHED_PAGES = 20
FIND_PAGES = 5
"""How many pages around the old position a change of filter searches for the same article."""
COMPACT_BELOW = 44
"""Narrower than this, the live badge shrinks to `L6` so the title keeps its room."""

EMPTY_HINT = (
    "Your library is empty.",
    "",
    "Import articles with   reader import PATH…",
    "(syndication text, feed or HTML files), then start reader again.",
)

NO_MATCH_HINT = (
    "No article matches.",
    "",
    "/ changes the search (escape clears it),",
    "u and F switch the filters off.",
)


def live_badge(section_count: int, width: int) -> str:
    """` LIVE 6 ` on a roomy list, `L6` on a narrow one, nothing for a plain article."""
    if not section_count:
        return ""
    return f"L{section_count}" if width < COMPACT_BELOW else f" LIVE {section_count} "


def new_badge(new_sections: int, width: int) -> str:
    """`+3 ` after the live badge: updates that arrived since the article was last read."""
    if new_sections <= 0:
        return ""
    return f"+{new_sections}" if width < COMPACT_BELOW else f"+{new_sections} "


class RowSource(Protocol):
    """What the list needs from the library (`reader.store.Library` has it)."""

    def count_articles(self, query: ArticleQuery = ...) -> int: ...

    def article_rows(self, query: ArticleQuery, offset: int, limit: int) -> list[ArticleRow]: ...


class ArticleList(ScrollView, can_focus=True):
    """Virtual list of article rows with a cursor; `enter` posts `ArticleList.Opened`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("home,g", "first", "First", show=False, id="list.first"),
        Binding("end,G", "last", "Last", show=False, id="list.last"),
        Binding("enter", "open", "Open", tooltip="Open the article (marks it read)",
                id="list.open"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--unread",
        "article-list--dot",
        "article-list--dim",
        "article-list--badge",
        "article-list--new",
        "article-list--hint",
        "article-list--star",
    }

    cursor: reactive[int] = reactive(0, repaint=False, init=False)

    class Opened(Message):
        """The user asked to read the article at `index`."""

        def __init__(self, index: int, row: ArticleRow) -> None:
            super().__init__()
            self.index = index
            self.row = row

    def __init__(
        self,
        source: RowSource,
        clock: Callable[[], datetime],
        *,
        query: ArticleQuery | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._source = source
        self._clock = clock
        self.query_spec = query or ArticleQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        self._now = clock()

    def on_mount(self) -> None:
        # Relative dates age while the app stays open.
        self.set_interval(60, self._tick)

    def _tick(self) -> None:
        self._now = self._clock()
        self.refresh()

    # -- data -----------------------------------------------------------------------------

    @property
    def count(self) -> int:
        return self._count

    def reload(self) -> None:
        """Count again and forget cached pages (after an import or a change of query)."""
        self._pages.clear()
        self._count = self._source.count_articles(self.query_spec)
        self._now = self._clock()
        self.virtual_size = Size(0, self._count)
        self.cursor = min(self.cursor, max(0, self._count - 1))
        self.refresh()

    def set_query(self, query: ArticleQuery) -> None:
        """Show the articles of `query`, keeping the cursor on the same article if it is
        still listed (else at the same position, clamped)."""
        kept = self.current
        old_cursor = self.cursor
        self.query_spec = query
        self.reload()
        if kept is not None:
            index = self.index_of(kept.id, near=old_cursor)
            if index is not None:
                self.cursor = index
        self.scroll_to_cursor()

    def index_of(self, article_id: int, near: int = 0) -> int | None:
        """The position of `article_id` in the list, looked for in the page of `near` and
        the pages around it (FIND_PAGES at most: a bounded number of page queries)."""
        pages = (self._count + PAGE_SIZE - 1) // PAGE_SIZE
        start = min(max(0, near // PAGE_SIZE), max(0, pages - 1))
        order = [start]
        for step in range(1, FIND_PAGES):
            order.extend(page for page in (start - step, start + step) if 0 <= page < pages)
        for page in order[:FIND_PAGES]:
            for index in range(page * PAGE_SIZE, min(self._count, (page + 1) * PAGE_SIZE)):
                row = self.row_at(index)
                if row is not None and row.id == article_id:
                    return index
        return None

    def row_at(self, index: int) -> ArticleRow | None:
        """The row at `index` in list order, loading its page if needed."""
        if not 0 <= index < self._count:
            return None
        page_index, offset = divmod(index, PAGE_SIZE)
        page = self._pages.get(page_index)
        if page is None:
            page = self._source.article_rows(self.query_spec, page_index * PAGE_SIZE, PAGE_SIZE)
            self._pages[page_index] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_index)
        return page[offset] if offset < len(page) else None

    @property
    def current(self) -> ArticleRow | None:
        return self.row_at(self.cursor)

    def replace_row(self, index: int, row: ArticleRow) -> None:
        """Show a changed row (read state, star) without asking the library again."""
        page_index, offset = divmod(index, PAGE_SIZE)
        page = self._pages.get(page_index)
        if page is not None and offset < len(page):
            page[offset] = row
            self.refresh_line(index)

    def update_cached(self, article_id: int, change: Callable[[ArticleRow], ArticleRow]) -> None:
        """Apply `change` to the row of `article_id` wherever it is cached (no query)."""
        for page_index, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.id == article_id:
                    page[offset] = change(row)
                    self.refresh_line(page_index * PAGE_SIZE + offset)

    # -- cursor ---------------------------------------------------------------------------

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, self._count - 1)) if self._count else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        self.scroll_to_cursor()

    def scroll_to_cursor(self) -> None:
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor += max(1, self.scrollable_content_region.height - 1)

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.scrollable_content_region.height - 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self._count - 1

    def action_open(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Opened(self.cursor, row))

    def on_click(self, event: events.Click) -> None:
        index = event.style.meta.get("row")
        if not isinstance(index, int):
            return
        already = index == self.cursor
        self.cursor = index
        if already or event.chain >= 2:
            self.action_open()

    # -- painting -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self._count == 0:
            return self._hint_line(y, width, base)
        index = round(self.scroll_y) + y
        row = self.row_at(index)
        if row is None:
            return Strip.blank(width, base)
        if index == self.cursor:
            base = base + self.get_component_rich_style("article-list--cursor")
        return self._row_strip(row, width, base).apply_meta({"row": index})

    def _row_strip(self, row: ArticleRow, width: int, base: Style) -> Strip:
        dim = base + self.get_component_rich_style("article-list--dim", partial=True)
        date = relative_date(row.published, self._now).rjust(6)
        source = one_line(row.outlet or row.feed_title)
        source_width = min(18, max(0, (width - 40) // 2), cell_len(source))
        if source_width < 6:
            source_width = 0
        badge = live_badge(row.section_count, width)
        grown = new_badge(row.new_sections, width) if badge else ""
        title_width = width - 3 - (cell_len(badge) + cell_len(grown) + 1 if badge else 0)
        title_width -= source_width + 2 if source_width else 0
        title_width -= len(date) + 2
        title = ellipsize(one_line(row.title) or "(untitled)", max(0, title_width))
        title_style = base
        if not row.read:
            title_style = base + self.get_component_rich_style("article-list--unread", partial=True)
        dot_style = base + self.get_component_rich_style("article-list--dot", partial=True)
        star_style = base + self.get_component_rich_style("article-list--star", partial=True)
        segments = [
            # Three cells: the star, the unread dot, a space (the title keeps its room).
            Segment("★" if row.starred else " ", star_style),
            Segment("● " if not row.read else "  ", dot_style),
            Segment(title, title_style),
            Segment(" " * max(0, title_width - cell_len(title)), base),
        ]
        if badge:
            badge_style = self.get_component_rich_style("article-list--badge", partial=True)
            segments.append(Segment(" ", base))
            segments.append(Segment(badge, base + badge_style))
            if grown:
                new_style = self.get_component_rich_style("article-list--new", partial=True)
                segments.append(Segment(grown, base + new_style))
        if source_width:
            shown = ellipsize(source, source_width)
            segments.append(Segment("  " + shown.ljust(source_width), dim))
        segments.append(Segment(" " + date + " ", dim))
        return Strip(segments).adjust_cell_length(width, base)

    def _hint_line(self, y: int, width: int, base: Style) -> Strip:
        hint = EMPTY_HINT if self.query_spec == ArticleQuery() else NO_MATCH_HINT
        top = max(0, (self.scrollable_content_region.height - len(hint)) // 2)
        if not 0 <= y - top < len(hint):
            return Strip.blank(width, base)
        line = ellipsize(hint[y - top], width)
        pad = max(0, (width - cell_len(line)) // 2)
        style = base + self.get_component_rich_style("article-list--hint", partial=True)
        return Strip([Segment(" " * pad, base), Segment(line, style)]).adjust_cell_length(
            width, base
        )

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()
