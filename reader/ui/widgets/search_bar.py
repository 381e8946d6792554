"""The `/` search line above the article list: filters live, debounced.

Typing changes the list only once the keys stop for DEBOUNCE seconds, so a burst of
keystrokes costs one library query, not one per key. Enter applies at once and hands the
focus back to the list; escape clears the search.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input


class SearchBar(Input):
    """A one-line input whose text becomes `ArticleQuery.text`."""

    DEBOUNCE: ClassVar[float] = 0.15
    """Seconds of quiet before the typed text is searched for."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Keep", tooltip="Keep the search, back to the list",
                id="search.keep"),
        Binding("escape", "clear_search", "Clear", tooltip="Clear the search",
                id="search.clear"),
    ]

    class Search(Message):
        """Search for `text` now (empty: no search)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Done(Message):
        """The user left the search line (enter or escape)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="search: words, then enter", id=id, select_on_focus=False)
        self._timer: Timer | None = None
        self._searched = ""

    def start(self, text: str) -> None:
        """Show the line with the search in force, cursor at its end, and focus it."""
        self._searched = text
        self.value = text
        self.cursor_position = len(text)
        self.display = True
        self.focus()

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _flush(self) -> None:
        self._stop_timer()
        if self.value != self._searched:
            self._searched = self.value
            self.post_message(self.Search(self.value))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        # A new timer per key: the search runs DEBOUNCE after the LAST key of a burst.
        self._stop_timer()
        if self.value != self._searched:
            self._timer = self.set_timer(self.DEBOUNCE, self._flush)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._flush()
        self.post_message(self.Done())

    def action_clear_search(self) -> None:
        self.value = ""
        self._flush()
        self.post_message(self.Done())

    def on_blur(self, event: events.Blur) -> None:
        # Leaving by click or tab keeps what was typed, searched for at once.
        self._flush()
