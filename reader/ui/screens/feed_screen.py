"""The feed half of the main screen: `r` / `R` refresh, `a` adds a feed, feed health.

`MainScreen` derives from `FeedScreen` and supplies the panes; this class only knows
the refresh line, the add dialog and the library's feed state. The refresh itself runs
in the `RefreshBar`'s thread worker; each feed that lands reloads the list (keeping the
cursor on the same article), so new articles appear while the user keeps reading.
"""

from __future__ import annotations

from textual.screen import Screen

from reader.model import SourceKind, StoredArticle
from reader.store import Library, StoreError
from reader.text import plural
from reader.ui.feed_text import health, summary
from reader.ui.render import one_line
from reader.ui.screens.add_feed import AddFeedScreen
from reader.ui.services import AddResult, FeedLanded, FeedService
from reader.ui.widgets.refresh_bar import RefreshBar

UNAVAILABLE = "Refresh is not available here (this app was started without feed access)."


class FeedScreen(Screen[None]):
    """Feed keys and feed health; the subclass provides the panes (see the hooks)."""

    def __init__(self, library: Library, feeds: FeedService | None) -> None:
        super().__init__()
        self.library = library
        self.feeds = feeds
        self.landed: dict[int, FeedLanded] = {}
        """This session's last outcome per feed (the store keeps no article counts)."""

    # -- hooks the main screen fills in -----------------------------------------------------

    def refresh_articles(self) -> None:
        """Read the list and its counts again, keeping the cursor on the same article."""
        raise NotImplementedError

    def selected_article(self) -> StoredArticle | None:
        """The article being read, or the one under the list's cursor."""
        raise NotImplementedError

    def opened_article(self) -> StoredArticle | None:
        raise NotImplementedError

    def show_feed_health(self, lines: list[tuple[str, str]]) -> None:
        raise NotImplementedError

    def forget_article(self) -> None:
        """The opened article left the library: empty the reader and the sidebar."""
        raise NotImplementedError

    def store_failed(self, error: StoreError) -> None:
        self.notify(str(error), severity="error", title="Library")

    # -- refreshing -------------------------------------------------------------------------

    @property
    def refresh_bar(self) -> RefreshBar:
        return self.query_one(RefreshBar)

    def _available(self) -> bool:
        if self.feeds is None:
            self.notify(UNAVAILABLE, severity="warning")
            return False
        return True

    def _start(self, feed_ids: list[int] | None) -> None:
        if not self.refresh_bar.start(feed_ids):
            self.notify("A refresh is already running.", severity="information")

    def action_refresh_all(self) -> None:
        if self._available():
            self._start(None)

    def action_refresh_feed(self) -> None:
        if not self._available():
            return
        try:
            stored = self.selected_article()
        except StoreError as error:
            self.store_failed(error)
            return
        if stored is None:
            self.notify("No article selected: R refreshes every feed.")
            return
        feed = stored.feed
        if feed.kind is not SourceKind.HTTP:
            name = one_line(feed.title) or "This source"
            self.notify(f"“{name}” is not a web feed: there is nothing to fetch.",
                        severity="information")
            return
        self._start([feed.id])

    def on_refresh_bar_progress(self, message: RefreshBar.Progress) -> None:
        landed = message.progress.landed
        if landed is None:
            return
        self.landed[landed.feed_id] = landed
        if landed.new or landed.updated:
            self.refresh_articles()
        self.update_feed_health(landed.feed_id)

    def on_refresh_bar_finished(self, message: RefreshBar.Finished) -> None:
        self.refresh_articles()
        if message.summary is None:
            self.notify(one_line(message.error or "failed"), title="Refresh failed",
                        severity="error")
            return
        text, failed = summary(message.summary)
        self.notify(text, title="Refresh", severity="warning" if failed else "information",
                    timeout=10 if failed else 5)

    # -- feed health ------------------------------------------------------------------------

    def update_feed_health(self, feed_id: int | None = None) -> None:
        """Show the opened article's feed health (only if it is `feed_id`, when given)."""
        stored = self.opened_article()
        if stored is None or (feed_id is not None and stored.feed.id != feed_id):
            return
        try:
            state = self.library.feed_state(stored.feed.id)
        except StoreError as error:
            self.store_failed(error)
            return
        self.show_feed_health(health(state, self.landed.get(state.id)) if state else [])

    # -- adding and removing ----------------------------------------------------------------

    def action_add_feed(self) -> None:
        if self._available() and self.feeds is not None:
            self.app.push_screen(AddFeedScreen(self.feeds), self._added)

    def _added(self, result: AddResult | None) -> None:
        if result is None:
            return
        self.notify(one_line(result.message), title="Feed added")
        self.refresh_articles()

    def remove_samples(self) -> None:
        opened = self.opened_article()
        try:
            removed = self.library.remove_samples()
        except StoreError as error:
            self.store_failed(error)
            return
        if opened is not None and opened.feed.kind is SourceKind.SAMPLE:
            self.forget_article()
        self.refresh_articles()
        self.notify(f"Removed {plural(removed, 'sample article')}; they will not come back.")
