"""`ReaderApp`: wires the screens to the library, the browser and the clock; nothing else."""

from __future__ import annotations

import webbrowser
from collections.abc import Callable
from datetime import datetime
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.keys import format_key
from textual.notifications import SeverityLevel

from reader.store import Library
from reader.ui.screens.help import HelpRow, HelpScreen
from reader.ui.screens.main import MainScreen
from reader.ui.services import FeedService


def _now() -> datetime:
    return datetime.now()


class ReaderApp(App[None]):
    """The terminal news reader.

    `open_url` receives exactly one checked http(s) URL when the user presses `o`;
    `clock` gives "now" for relative dates; `feeds` fetches feeds (`r`, `R`, `a`), None
    where the app has no network (the keys then say so). All are injected so tests run
    the real app.
    """

    TITLE = "reader"
    CSS_PATH = "styles.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="Quit reader", id="app.quit"),
        Binding("question_mark", "help", "Help", key_display="?", tooltip="This list of keys",
                id="app.help"),
    ]

    def __init__(
        self,
        library: Library,
        *,
        feeds: FeedService | None = None,
        open_url: Callable[[str], object] = webbrowser.open,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        super().__init__()
        self.library = library
        self.feeds = feeds
        # Not `self.open_url`: that is App's own method (for links in widgets).
        self.url_opener = open_url
        self.clock = clock

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification shows its text as plain text, whoever asks for it.

        Messages carry outside text (feed titles, server reasons, refused links), and
        Textual reads notification text as markup by default, where `[@click=...]` or
        `[link=file:...]` would come alive. Widgets' and screens' `notify` end up here.
        """
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.library, feeds=self.feeds, open_url=self.url_opener,
                          clock=self.clock)

    def help_rows(self) -> list[HelpRow]:
        """Every described binding of the app, the main screen and its panes, grouped."""
        groups = {"list": "Article list", "reader": "Reader pane", "feeds": "Feeds"}
        keys: dict[tuple[str, str], list[str]] = {}
        for binding in self._help_bindings():
            group = groups.get((binding.id or "").split(".")[0], "Everywhere")
            description = binding.tooltip or binding.description
            display = binding.key_display or format_key(binding.key)
            keys.setdefault((group, description), []).append(display)
        order = ["Everywhere", "Article list", "Reader pane", "Feeds"]
        rows = [(group, " ".join(shown), description)
                for (group, description), shown in keys.items()]
        return sorted(rows, key=lambda row: order.index(row[0]))

    def _help_bindings(self) -> list[Binding]:
        from reader.ui.widgets.article_list import ArticleList
        from reader.ui.widgets.reader_pane import ReaderPane

        found: list[Binding] = []
        for owner in (type(self), MainScreen, ArticleList, ReaderPane):
            for item in owner.BINDINGS:
                if isinstance(item, Binding) and item.description:
                    found.extend(Binding.make_bindings([item]))
        return found

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_rows()))
