"""The app's own commands in Textual's command palette (ctrl+p), next to its system ones.

The provider asks the active screen for its commands, so it knows no screen class (and the
screen module can name this provider without an import cycle).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Provider

PaletteCommand = tuple[str, str, Callable[[], object]]
"""(name, help, callback)."""


@runtime_checkable
class HasCommands(Protocol):
    def palette_commands(self) -> list[PaletteCommand]: ...


class ReaderCommands(Provider):
    """Search, filters, star, sidebar, help: whatever the screen offers right now."""

    def _commands(self) -> list[PaletteCommand]:
        screen = self.screen
        return screen.palette_commands() if isinstance(screen, HasCommands) else []

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
