"""The `l` dialog: the opened article's numbered links; enter (or 1-9) opens one.

A link goes to the browser only through `reader.links.checked_link`, as `o` does: the
opener gets exactly one checked http(s) string, and anything else (`javascript:`,
`file:`, no host) is refused with a notification while the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.links import LinkRefused, checked_link
from reader.ui.render import one_line
from reader.ui.wrap import cut, ellipsize

URL_LINES = 4
"""An address takes at most this many lines in the list (then `…`); the whole one opens."""


def link_prompt(number: int, url: str, count: int, width: int) -> Content:
    """`[n] address` as plain Content (an address is feed text, never markup), the address
    cut by cells under its number, so it never wraps at a `-` or leaves `[n]` alone."""
    head = f"[{number}]".ljust(len(f"[{count}] "))
    room = max(8, width - len(head))
    pieces = cut(one_line(url).strip(), room) or ["(empty)"]
    if len(pieces) > URL_LINES:
        pieces = [*pieces[:URL_LINES - 1], ellipsize("".join(pieces[URL_LINES - 1:]), room)]
    parts: list[str | tuple[str, str]] = [(head, "bold $accent"), pieces[0]]
    for piece in pieces[1:]:
        parts += ["\n", " " * len(head), piece]
    return Content.assemble(*parts)


class LinkList(OptionList):
    """The links as options, laid out again whenever the list's width changes."""

    def __init__(self, links: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.links = tuple(links)
        self._width = 0

    def lay_out(self, width: int) -> None:
        if width == self._width or width <= 0:
            return
        self._width = width
        highlighted = self.highlighted
        count = len(self.links)
        self.set_options(Option(link_prompt(n, url, count, width), id=f"link-{n}")
                         for n, url in enumerate(self.links, 1))
        self.highlighted = highlighted if highlighted is not None else 0

    def on_mount(self) -> None:
        self.lay_out(70)

    def on_resize(self) -> None:
        self.lay_out(self.scrollable_content_region.width)


class LinksScreen(ModalScreen[None]):
    """Lists `links`; opening one hands it, checked, to `open_url` and closes the dialog."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,l", "close", "Close", id="links.close"),
        *(Binding(str(n), f"pick({n})", f"Link {n}", show=False, id=f"links.pick{n}")
          for n in range(1, 10)),
    ]

    def __init__(self, links: Sequence[str], open_url: Callable[[str], object]) -> None:
        super().__init__()
        self.links = tuple(links)
        self.open_url = open_url

    def compose(self) -> ComposeResult:
        with Vertical(id="links-box") as box:
            count = len(self.links)
            box.border_title = Content(f"Links ({count})")
            box.border_subtitle = Content("enter or 1-9 opens · escape closes")
            yield LinkList(self.links, id="links-list")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.open_link(event.option_index)

    def action_pick(self, number: int) -> None:
        if not 1 <= number <= len(self.links):
            self.app.bell()
            return
        self.query_one(OptionList).highlighted = number - 1
        self.open_link(number - 1)

    def open_link(self, index: int) -> None:
        """Open link `index` (from 0) if it is an http(s) URL; else say why not."""
        if not 0 <= index < len(self.links):
            return
        try:
            url = checked_link(self.links[index])
        except LinkRefused as error:
            self.notify(str(error), severity="warning", title="Not opened")
            return
        self.open_url(url)
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
