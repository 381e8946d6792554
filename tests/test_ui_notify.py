"""Notifications carry outside text: it must show literally, never act as markup."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast

from reader.ui.app import ReaderApp
from tests.ui_fixtures import fixed_clock, make_library

HOSTILE = "Feed [b]bold[/b] [@click=app.quit]quit[/] [link=file:///etc/passwd]x[/link]"


async def test_notification_text_is_plain_text(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib.sqlite")
    app = ReaderApp(library, open_url=lambda url: None, clock=fixed_clock)
    try:
        async with app.run_test(size=(120, 36), notifications=True) as pilot:
            app.screen.notify(HOSTILE, title="Refresh failed", severity="error")
            toasts: list[Toast] = []
            for _ in range(20):  # the toast rack mounts on a later refresh
                await pilot.pause()
                toasts = list(app.screen.query(Toast))
                if toasts:
                    break
            assert toasts, "the notification was not shown"
            shown = toasts[-1].render()
            plain = getattr(shown, "plain", str(shown))
            assert "[@click=app.quit]quit[/]" in plain
            assert "[link=file:///etc/passwd]x[/link]" in plain
            assert app.is_running
    finally:
        library.close()
