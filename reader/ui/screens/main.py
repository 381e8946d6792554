"""The main screen: article list, reader pane and sidebar, and the keys that join them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header

from reader.links import LinkRefused, checked_link
from reader.model import ArticleQuery, StoredArticle
from reader.store import Library, StoreError
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.reader_pane import ReaderPane
from reader.ui.widgets.sidebar import Sidebar

NARROW = 120
"""Below this many columns the sidebar folds away (`s` brings it back)."""


class MainScreen(Screen[None]):
    """Wires the three panes to the library; owns no data of its own."""

    # Textual types this as an instance variable, so no ClassVar here (mypy would refuse).
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-narrow"),
        (NARROW, "-wide"),
    ]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "app.focus_next", "Next pane", show=False, id="pane.next"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False,
                id="pane.previous"),
        Binding("right_square_bracket", "next_section", "Section", key_display="]",
                tooltip="Next section of a live blog", id="section.next"),
        Binding("left_square_bracket", "previous_section", "Previous section",
                key_display="[", show=False, tooltip="Previous section of a live blog",
                id="section.previous"),
        Binding("o", "open_source", "Browser", tooltip="Open the source link in the browser",
                id="article.open_source"),
        Binding("m", "toggle_read", "Read", tooltip="Mark read / unread",
                id="article.toggle_read"),
        Binding("s", "toggle_sidebar", "Sidebar", tooltip="Show / hide the sidebar",
                id="view.sidebar"),
    ]

    def __init__(
        self,
        library: Library,
        *,
        open_url: Callable[[str], object],
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__()
        self.library = library
        self.open_url = open_url
        self.clock = clock

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            yield ArticleList(self.library, self.clock, id="articles")
            yield ReaderPane(id="reader")
            yield Sidebar(id="sidebar")
        yield Footer()

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reader(self) -> ReaderPane:
        return self.query_one(ReaderPane)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    def on_mount(self) -> None:
        self.article_list.border_title = "Articles"
        self.reader.border_title = "Reader"
        self.refresh_articles()
        self.article_list.focus()

    def refresh_articles(self) -> None:
        """Read the counts again (after an import or a change of read state)."""
        try:
            self.article_list.reload()
            self._update_counts()
        except StoreError as error:
            self.notify(str(error), severity="error", title="Library")

    def _update_counts(self) -> None:
        total = self.article_list.count
        unread = self.library.count_articles(ArticleQuery(unread_only=True))
        self.sub_title = f"{total} articles · {unread} unread" if total else "empty library"
        self.article_list.border_subtitle = f"{unread} unread" if unread else ""

    # -- opening and reading ---------------------------------------------------------------

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        try:
            stored = self.library.get_article(message.row.id)
            if stored is None:
                self.notify("This article is no longer in the library.", severity="warning")
                return
            if not stored.read:
                self.library.set_read(stored.id, True)
                stored = replace(stored, read=True)
                self.article_list.replace_row(message.index, replace(message.row, read=True))
                self._update_counts()
        except StoreError as error:
            self.notify(str(error), severity="error", title="Library")
            return
        self.show_article(stored)

    def show_article(self, stored: StoredArticle) -> None:
        self.reader.show(stored)
        self.sidebar.show(stored)
        self.reader.border_title = stored.article.outlet or stored.feed.title or "Reader"

    def on_sidebar_section_chosen(self, message: Sidebar.SectionChosen) -> None:
        self.reader.scroll_to_section(message.index)

    def action_next_section(self) -> None:
        if not self.reader.next_section():
            self.app.bell()

    def action_previous_section(self) -> None:
        if not self.reader.previous_section():
            self.app.bell()

    def _target(self) -> StoredArticle | None:
        """The article `o` acts on: the one being read, else the one under the cursor."""
        if self.reader.article is not None:
            return self.reader.article
        row = self.article_list.current
        return self.library.get_article(row.id) if row is not None else None

    def action_open_source(self) -> None:
        try:
            stored = self._target()
        except StoreError as error:
            self.notify(str(error), severity="error", title="Library")
            return
        if stored is None:
            self.notify("Open an article first.", severity="information")
            return
        try:
            url = checked_link(stored.article.source_link)
        except LinkRefused as error:
            self.notify(str(error), severity="warning", title="Not opened")
            return
        self.open_url(url)

    def action_toggle_read(self) -> None:
        row = self.article_list.current
        if row is None:
            return
        try:
            self.library.set_read(row.id, not row.read)
        except StoreError as error:
            self.notify(str(error), severity="error", title="Library")
            return
        self.article_list.replace_row(self.article_list.cursor, replace(row, read=not row.read))
        self._update_counts()

    def action_toggle_sidebar(self) -> None:
        self.toggle_class("-sidebar-toggled")
