"""The `?` screen: every key of the screen underneath, with what it does."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

HelpRow = tuple[str, str, str]
"""(group, keys, description)."""


def help_content(rows: Iterable[HelpRow]) -> Content:
    """Keys left in a fixed column, descriptions after, one group title per group."""
    rows = list(rows)
    key_width = max((len(keys) for _group, keys, _description in rows), default=4) + 2
    parts: list[Content | tuple[str, str] | str] = []
    group_seen: str | None = None
    for group, keys, description in rows:
        if group != group_seen:
            if group_seen is not None:
                parts.append("\n")
            parts.append((group, "bold $accent"))
            parts.append("\n")
            group_seen = group
        parts.append(("  " + keys.ljust(key_width), "bold"))
        parts.append(description)
        parts.append("\n")
    return Content.assemble(*parts).rstrip()


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close_help", "Close help", id="help.close"),
    ]

    def __init__(self, rows: Iterable[HelpRow]) -> None:
        super().__init__()
        self._rows = list(rows)

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box") as box:
            # In the border, so it shows however long the list of keys gets.
            box.border_subtitle = Content("escape, q or ? closes this help")
            yield Label(Content("Keys"), id="help-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(help_content(self._rows), id="help-keys")

    def action_close_help(self) -> None:
        self.dismiss(None)
