"""The main screen: article list, reader pane and sidebar, and the keys that join them.

Below NARROW columns the screen shows one thing at a time, as newsboat does: the list
(full width), or the article being read (the list folds; escape, h, left or q bring it
back). The sidebar folds too (`s` brings it back).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Header

from reader.links import LinkRefused, checked_link
from reader.model import ArticleQuery, ArticleRow, StoredArticle
from reader.store import Library, StoreError
from reader.text import plural
from reader.ui.commands import PaletteCommand, ReaderCommands
from reader.ui.list_labels import list_subtitle, list_title
from reader.ui.render import one_line
from reader.ui.screens.feed_screen import FeedScreen
from reader.ui.screens.links import LinksScreen
from reader.ui.screens.palette import main_screen_commands
from reader.ui.services import FeedService
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.key_footer import KeyFooter
from reader.ui.widgets.reader_pane import ReaderPane
from reader.ui.widgets.refresh_bar import RefreshBar
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.sidebar import Sidebar

NARROW = 120
"""Below this many columns: one pane at a time, and the sidebar folds away."""

FOOTER_DROP_ORDER = ("toggle_sidebar", "refresh_feed", "open_source", "links", "next_section",
                     "search", "open", "back", "quit")
"""Actions whose hints leave a footer too narrow for all, first to last (`?` Help stays:
it lists them all). At 80 columns only the sidebar's hint goes."""


class MainScreen(FeedScreen):
    """Wires the three panes to the library; owns no data of its own."""

    # Textual types these as instance variables, so no ClassVar here (mypy would refuse).
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-narrow"),
        (NARROW, "-wide"),
    ]
    COMMANDS = {ReaderCommands}  # noqa: RUF012

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "app.focus_next", "Next pane", show=False, id="pane.next"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False,
                id="pane.previous"),
        # While the list is in front these keys are not the screen's: `q` falls through to
        # the app's quit (see `check_action`), as in newsboat.
        Binding("q", "back", "Back", tooltip="Back to the list", id="pane.back"),
        Binding("escape,h,left", "back", "Back", show=False, tooltip="Back to the list",
                id="pane.back_keys"),
        Binding("slash", "search", "Search", key_display="/",
                tooltip="Search the articles", id="filter.search"),
        Binding("u", "toggle_unread_only", "Unread", show=False, tooltip="Show unread only / all",
                id="filter.unread"),
        Binding("F", "toggle_starred_only", "Starred", show=False,
                tooltip="Show starred only / all", id="filter.starred"),
        Binding("right_square_bracket", "next_section", "Section", key_display="]",
                tooltip="Next section of a live blog", id="section.next"),
        Binding("left_square_bracket", "previous_section", "Previous section",
                key_display="[", show=False, tooltip="Previous section of a live blog",
                id="section.previous"),
        Binding("o", "open_source", "Browser", tooltip="Open the source link in the browser",
                id="article.open_source"),
        Binding("l", "links", "Links", tooltip="List the article's links, open one",
                id="article.links"),
        Binding("m", "toggle_read", "Read", show=False, tooltip="Mark read / unread",
                id="article.toggle_read"),
        Binding("f,asterisk", "toggle_star", "Star", show=False,
                tooltip="Star / unstar the article", id="article.star"),
        Binding("s", "toggle_sidebar", "Sidebar", tooltip="Show / hide the sidebar",
                id="view.sidebar"),
        Binding("r", "refresh_feed", "Refresh", tooltip="Refresh the article's feed",
                id="feeds.refresh"),
        Binding("R", "refresh_all", "Refresh all", show=False, tooltip="Refresh every feed",
                id="feeds.refresh_all"),
        Binding("a", "add_feed", "Add feed", show=False, tooltip="Add a feed (its URL)",
                id="feeds.add"),
    ]

    def __init__(
        self,
        library: Library,
        *,
        feeds: FeedService | None = None,
        open_url: Callable[[str], object],
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__(library, feeds)
        self.open_url = open_url
        self.clock = clock

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            with Vertical(id="list-column"):
                yield SearchBar(id="search")
                yield ArticleList(self.library, self.clock, id="articles")
                yield RefreshBar(self.feeds, id="refresh")
            yield ReaderPane(id="reader")
            yield Sidebar(id="sidebar")
        yield KeyFooter(drop_order=FOOTER_DROP_ORDER)

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reader(self) -> ReaderPane:
        return self.query_one(ReaderPane)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def on_mount(self) -> None:
        self.search_bar.display = False
        self.reader.border_title = Content("Reader")
        self.refresh_articles()
        self.article_list.focus()

    def refresh_articles(self) -> None:
        """Read the list and counts again (after a refresh, an import, a change of read
        state), keeping the cursor on the same article."""
        self._set_query(self.article_list.query_spec)

    def _update_counts(self) -> None:
        articles = self.article_list
        total = self.library.count_articles()
        unread = self.library.count_articles(ArticleQuery(unread_only=True))
        self.sub_title = (f"{plural(total, 'article')} · {unread} unread" if total
                          else "empty library")
        articles.border_title = list_title(articles.query_spec)
        articles.border_subtitle = list_subtitle(articles.query_spec, articles.count, total,
                                                 unread)

    # -- search and filters ----------------------------------------------------------------

    def _set_query(self, query: ArticleQuery) -> None:
        try:
            self.article_list.set_query(query)
            self._update_counts()
        except StoreError as error:
            self.store_failed(error)

    def action_search(self) -> None:
        self._show_list()
        self.search_bar.start(self.article_list.query_spec.text)

    def on_search_bar_search(self, message: SearchBar.Search) -> None:
        self._set_query(replace(self.article_list.query_spec, text=message.text))

    def on_search_bar_done(self, _message: SearchBar.Done) -> None:
        self.search_bar.display = False
        self.article_list.focus()

    def action_toggle_unread_only(self) -> None:
        query = self.article_list.query_spec
        self._set_query(replace(query, unread_only=not query.unread_only))

    def action_toggle_starred_only(self) -> None:
        query = self.article_list.query_spec
        self._set_query(replace(query, starred_only=not query.starred_only))

    # -- which pane is in front --------------------------------------------------------------

    def _show_list(self) -> None:
        self.remove_class("-reading")
        self.article_list.focus()

    def _show_reader(self) -> None:
        """On a narrow screen, bring the reader forward: the list folds away. (A wide screen
        shows both: the focus stays in the list, as before.)"""
        if self.narrow:
            self.add_class("-reading")
            # Focus once the pane is displayed again (a hidden widget cannot take it).
            self.call_after_refresh(self.reader.focus)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Whatever has the focus is in front: the list hides only while the reader reads.
        if event.widget is self.article_list:
            self.remove_class("-reading")
        elif event.widget is self.reader:
            self.add_class("-reading")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            # Only away from the list; in it, `q` is the app's quit and the footer says so.
            return self.focused is not self.article_list
        if action == "links":
            # Shown (and active) only while an article with links is open.
            article = self.reader.article
            return article is not None and bool(article.article.links)
        return True

    def on_descendant_blur(self, _event: events.DescendantBlur) -> None:
        self.refresh_bindings()

    def action_back(self) -> None:
        self._show_list()

    # -- opening and reading ---------------------------------------------------------------

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        try:
            stored = self.library.get_article(message.row.id)
            if stored is None:
                self.notify("This article is no longer in the library.", severity="warning")
                return
            # The marks say what was new BEFORE this opening; from now on it is all seen.
            self.library.mark_sections_seen(stored.id, stored.article.sections)
            if not stored.read:
                self.library.set_read(stored.id, True)
                stored = replace(stored, read=True)
            if message.row.new_sections or not message.row.read:
                row = replace(message.row, read=True, new_sections=0)
                self.article_list.replace_row(message.index, row)
                self._update_counts()
        except StoreError as error:
            self.store_failed(error)
            return
        self.show_article(stored)
        self._show_reader()

    def show_article(self, stored: StoredArticle) -> None:
        self.reader.show(stored)
        self.sidebar.show(stored)
        self._reader_title(stored)
        self.update_feed_health()
        self.refresh_bindings()

    # -- hooks of FeedScreen -------------------------------------------------------------------

    def opened_article(self) -> StoredArticle | None:
        return self.reader.article

    def selected_article(self) -> StoredArticle | None:
        """The article being read unless the list is in front with another one selected."""
        reading = self.reader.article
        row = self.article_list.current
        if reading is not None and self._reading_in_front(reading, row):
            return reading
        return self.library.get_article(row.id) if row is not None else None

    def _reading_in_front(self, reading: StoredArticle, row: ArticleRow | None) -> bool:
        """Whether a key acts on the article being read rather than on the cursor's row:
        yes unless the list has the focus with another article under its cursor."""
        return self.focused is not self.article_list or row is None or row.id == reading.id

    def show_feed_health(self, lines: list[tuple[str, str]]) -> None:
        self.sidebar.show_health(lines)

    def forget_article(self) -> None:
        self.reader.clear()
        self.sidebar.clear()
        self.reader.border_title = Content("Reader")
        self.refresh_bindings()

    def _reader_title(self, stored: StoredArticle) -> None:
        # Feed text: plain Content, never markup.
        name = one_line(stored.article.outlet or stored.feed.title) or "Reader"
        self.reader.border_title = Content.assemble(name, ("  ★", "$warning") if
                                                    stored.starred else "")

    def on_sidebar_section_chosen(self, message: Sidebar.SectionChosen) -> None:
        self.reader.scroll_to_section(message.index)
        if self.narrow and not self.has_class("-reading"):
            self._show_reader()

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
            self.store_failed(error)
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

    def action_links(self) -> None:
        article = self.reader.article
        if article is None or not article.article.links:
            self.notify("The article being read has no links.", severity="information")
            return
        self.app.push_screen(LinksScreen(article.article.links, self.open_url))

    def action_toggle_read(self) -> None:
        row = self.article_list.current
        if row is None:
            return
        try:
            self.library.set_read(row.id, not row.read)
        except StoreError as error:
            self.store_failed(error)
            return
        self.article_list.replace_row(self.article_list.cursor, replace(row, read=not row.read))
        self._update_counts()

    def action_toggle_star(self) -> None:
        """Star the article being read if the list is not in front, else the cursor's."""
        reading = self.reader.article
        row = self.article_list.current
        if reading is not None and self._reading_in_front(reading, row):
            article_id, starred = reading.id, not reading.starred
        elif row is not None:
            article_id, starred = row.id, not row.starred
        else:
            return
        try:
            self.library.set_starred(article_id, starred)
        except StoreError as error:
            self.store_failed(error)
            return
        self.article_list.update_cached(article_id, lambda old: replace(old, starred=starred))
        if reading is not None and reading.id == article_id:
            stored = replace(reading, starred=starred)
            self.reader.article = stored
            self.sidebar.show_changed(stored)
            self._reader_title(stored)

    def action_toggle_sidebar(self) -> None:
        self.toggle_class("-sidebar-toggled")

    # -- the command palette ------------------------------------------------------------------

    def palette_commands(self) -> list[PaletteCommand]:
        """The commands `ReaderCommands` offers in the palette, named for the current state."""
        return main_screen_commands(self)

    def clear_search(self) -> None:
        self._set_query(replace(self.article_list.query_spec, text=""))

    async def show_help(self) -> None:
        await self.run_action("app.help")
