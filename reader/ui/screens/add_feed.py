"""The `a` dialog: paste a feed (or a page's) URL, enter subscribes and fetches it.

The subscription runs in a thread worker (it fetches); the dialog stays open to show an
error in place, and closes with the service's message on success. Escape cancels, also
while the fetch is under way (the worker is told to stop).
"""

from __future__ import annotations

import contextlib
import threading
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from reader.ui.render import one_line
from reader.ui.services import AddResult, FeedService


class AddFeedScreen(ModalScreen[AddResult | None]):
    """Dismissed with the `AddResult` of a successful add, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="add.cancel"),
    ]

    class Done(Message):
        def __init__(self, result: AddResult) -> None:
            super().__init__()
            self.result = result

    def __init__(self, feeds: FeedService) -> None:
        super().__init__()
        self.feeds = feeds
        self._stop = threading.Event()
        self.busy = False

    def compose(self) -> ComposeResult:
        with Vertical(id="add-box") as box:
            box.border_title = Content("Add a feed")
            box.border_subtitle = Content("enter adds · escape cancels")
            yield Label(Content("Address of a feed, or of a page that names one:"))
            yield Input(placeholder="https://…", id="add-url", select_on_focus=False)
            yield Static(Content(""), id="add-status")

    def on_mount(self) -> None:
        self.query_one("#add-url", Input).focus()

    def _status(self, text: str, error: bool = False) -> None:
        status = self.query_one("#add-status", Static)
        status.set_class(error, "-error")
        status.update(Content(text))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        url = event.value.strip()
        if self.busy:
            return
        if not url:
            self._status("Type or paste an address first.", error=True)
            return
        self.busy = True
        self.query_one("#add-url", Input).disabled = True
        self._status("Fetching… (escape cancels)")
        self._add(self.feeds, url, self._stop)

    @work(thread=True, exclusive=True, exit_on_error=False, group="add-feed")
    def _add(self, feeds: FeedService, url: str, stop: threading.Event) -> None:
        try:
            result = feeds.add(url, stop)
        except Exception as error:  # shown in the dialog, never a crash
            result = AddResult(f"unexpected error: {type(error).__name__}", error=True)
        with contextlib.suppress(RuntimeError):  # the app may have closed meanwhile
            self.post_message(self.Done(result))

    def on_add_feed_screen_done(self, message: AddFeedScreen.Done) -> None:
        self.busy = False
        if self._stop.is_set():
            return
        if message.result.error:
            url_input = self.query_one("#add-url", Input)
            url_input.disabled = False
            url_input.focus()
            self._status(one_line(message.result.message), error=True)
            return
        self.dismiss(message.result)

    def action_cancel(self) -> None:
        self._stop.set()
        self.dismiss(None)

    def on_unmount(self) -> None:
        self._stop.set()
