"""The footer of key hints, showing whole hints only.

Textual's `Footer` lays its hints out in one row and cuts the last one at the screen's
edge (`? Hel`), hiding every hint after it. This footer leaves hints out instead, the
least useful first, until the rest fit whole beside the command palette's key; the
help key is never left out: it lists every key, those left out included.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# What a hint takes beyond its key and description, from `FooterKey`'s default CSS: the
# key's padding (1 + 1) and the description's right padding (1); compact, the description's
# left padding and the key's right margin. The palette key adds its left border.
_CHROME = 3
_COMPACT_CHROME = 2
_PALETTE_CHROME = 3


def hint_width(key: FooterKey, compact: bool) -> int:
    """Cells `key` takes in the footer's row."""
    text = cell_len(key.key_display) + cell_len(key.description)
    if key.has_class("-command-palette"):
        return text + _PALETTE_CHROME
    return text + (_COMPACT_CHROME if compact else _CHROME)


def fitting(hints: Sequence[FooterKey], room: int, drop_order: Sequence[str],
            keep: Iterable[str], compact: bool = False) -> list[FooterKey]:
    """The hints to show within `room` cells, in their order: hints go by `drop_order`
    (actions), then from the right; actions in `keep` never go."""
    kept = set(keep)
    shown = list(hints)
    rank = {action: n for n, action in enumerate(drop_order)}
    # Named actions first, in the order given; the others after them, rightmost first.
    candidates = sorted(
        (h for h in shown if h.action not in kept),
        key=lambda h: (rank.get(h.action, len(rank)), -shown.index(h)),
    )
    total = sum(hint_width(h, compact) for h in shown)
    for hint in candidates:
        if total <= room:
            break
        shown.remove(hint)
        total -= hint_width(hint, compact)
    return shown


class KeyFooter(Footer):
    """A `Footer` that never cuts a hint; `drop_order` names the actions whose hints go
    first when the row is too narrow, `keep` those that always stay."""

    def __init__(self, *, drop_order: Sequence[str] = (), keep: Sequence[str] = ("help",),
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.drop_order = tuple(drop_order)
        self.keep = tuple(keep)
        self._composed_width = 0

    def compose(self) -> ComposeResult:
        widgets: list[Widget] = list(super().compose())
        # Our bindings have no groups, so the footer yields plain keys; anything else
        # (a key group, a label) is kept as it is and counted as no room.
        hints = [w for w in widgets if isinstance(w, FooterKey)
                 and not w.has_class("-command-palette")]
        palette = [w for w in widgets if isinstance(w, FooterKey) and w not in hints]
        width = self.size.width or self.app.size.width
        self._composed_width = width
        room = width - sum(hint_width(p, self.compact) for p in palette)
        shown = set(fitting(hints, room, self.drop_order, self.keep, self.compact))
        yield from (w for w in widgets if w in shown or w not in hints)

    def on_resize(self, event: events.Resize) -> None:
        # The plain footer need not recompose on a resize; this one chooses by width.
        if event.size.width != self._composed_width:
            self._composed_width = event.size.width
            self.call_after_refresh(self.recompose)
