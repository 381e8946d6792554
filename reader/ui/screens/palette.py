"""The main screen's commands for the palette (ctrl+p), named for the screen's state.

Kept apart from `main.py`, which wires the panes: this is only the table of what the
palette offers and which of the screen's actions each entry runs.
"""

from __future__ import annotations

from typing import Protocol

from reader.store import Library, StoreError
from reader.ui.commands import PaletteCommand
from reader.ui.widgets.article_list import ArticleList


class CommandScreen(Protocol):
    """What the palette needs of the main screen (a protocol, so this module never imports it)."""

    library: Library

    @property
    def article_list(self) -> ArticleList: ...

    def action_search(self) -> None: ...
    def clear_search(self) -> None: ...
    def action_toggle_unread_only(self) -> None: ...
    def action_toggle_starred_only(self) -> None: ...
    def action_toggle_star(self) -> None: ...
    def action_toggle_read(self) -> None: ...
    def action_open_source(self) -> None: ...
    def action_links(self) -> None: ...
    def action_toggle_sidebar(self) -> None: ...
    def action_refresh_feed(self) -> None: ...
    def action_refresh_all(self) -> None: ...
    def action_add_feed(self) -> None: ...
    async def show_help(self) -> None: ...
    def remove_samples(self) -> None: ...


def main_screen_commands(screen: CommandScreen) -> list[PaletteCommand]:
    """Search, filters (named for what they would switch to), article and feed actions."""
    query = screen.article_list.query_spec
    commands: list[PaletteCommand] = [
        ("Search articles", "Filter the list by words (/)", screen.action_search),
    ]
    if query.text:
        commands.append(("Clear the search", "Show every article again", screen.clear_search))
    commands += [
        ("Show all articles" if query.unread_only else "Show unread only",
         "Switch the unread filter (u)", screen.action_toggle_unread_only),
        ("Show starred and unstarred" if query.starred_only else "Show starred only",
         "Switch the starred filter (F)", screen.action_toggle_starred_only),
        ("Star / unstar the article", "Star or unstar it (f)", screen.action_toggle_star),
        ("Mark read / unread", "The article under the cursor (m)", screen.action_toggle_read),
        ("Open in the browser", "Open the source link (o)", screen.action_open_source),
        ("Links of the article", "List its numbered links, open one (l)",
         screen.action_links),
        ("Show / hide the sidebar", "Details and sections of the article (s)",
         screen.action_toggle_sidebar),
        ("Refresh this feed", "Fetch the article's feed now (r)", screen.action_refresh_feed),
        ("Refresh all feeds", "Fetch every web feed now (R)", screen.action_refresh_all),
        ("Add a feed", "Subscribe to a feed by its URL (a)", screen.action_add_feed),
        ("Help: every key", "The list of keys of reader (?)", screen.show_help),
    ]
    try:
        if screen.library.has_samples():
            commands.append(("Remove the sample articles",
                             "Delete the bundled sample edition for good", screen.remove_samples))
    except StoreError:
        pass  # the palette still opens; the library error shows on the next action
    return commands
