"""Save SVG screenshots of the app into screenshots/ (for the README and for review).

    uv run python scripts/screenshots.py [OUTPUT_DIR]

Builds a throwaway library with the bundled sample edition (or, if the importer is not
there, the invented articles of the UI tests), runs the real app headless and saves:
the article list, an opened live blog, search results, the narrow layout, the help screen,
a feed article with HTML shapes (lists, quotes, links), and a live blog that grew since it
was read (from the invented test articles).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from reader.model import ArticleQuery, BlockKind
from reader.store import Library
from reader.ui.app import ReaderApp

ROOT = Path(__file__).resolve().parents[1]
SIZE = (140, 40)


def fill(library: Library) -> str:
    """Put articles in `library`; say where they came from."""
    try:
        from reader.services.importer import seed_samples
    except ImportError:  # the importer is optional here: fall back to invented articles
        pass
    else:
        if seed_samples(library) and not library.is_empty():
            return "bundled samples"
    sys.path.insert(0, str(ROOT / "tests"))
    from ui_fixtures import fill_library

    fill_library(library)
    return "test fixtures"


def fixed_clock(library: Library) -> Callable[[], datetime]:
    """Two hours after the newest article, so relative dates look like a fresh edition."""
    rows = library.article_rows(ArticleQuery(), 0, 1)
    newest = rows[0].published if rows and rows[0].published else datetime(2024, 11, 10, 12)
    now = newest.replace(tzinfo=None) + timedelta(hours=2)
    return lambda: now


def first_live_index(library: Library) -> int:
    """Index of the live blog with the most updates (the best showcase) in list order."""
    rows = library.article_rows(ArticleQuery(), 0, 200)
    live = [(row.section_count, -index) for index, row in enumerate(rows) if row.section_count]
    return -max(live)[1] if live else 0


def first_rich_index(library: Library) -> int | None:
    """Index of the first article with HTML shapes (a list, a quote, links...) in list order."""
    for index, row in enumerate(library.article_rows(ArticleQuery(), 0, 200)):
        stored = library.get_article(row.id)
        if stored is None:
            continue
        article = stored.article
        kinds = [*article.lead_kinds, *(k for s in article.sections for k in s.kinds)]
        if article.links or any(kind is not BlockKind.PARAGRAPH for kind in kinds):
            return index
    return None


def search_word(library: Library, index: int) -> str:
    """A word of the showcase live blog's title to search for (plain ASCII letters, so
    the keys can be pressed one by one)."""
    rows = library.article_rows(ArticleQuery(), index, 1)
    words = rows[0].title.split() if rows else []
    return max((w for w in words if w.isascii() and w.isalpha()), key=len, default="live")


async def shoot(library: Library, folder: Path) -> list[Path]:
    saved: list[Path] = []
    clock = fixed_clock(library)

    async def run(name: str, keys: list[str], size: tuple[int, int] = SIZE) -> None:
        app = ReaderApp(library, open_url=lambda url: None, clock=clock)
        async with app.run_test(size=size) as pilot:
            await pilot.press(*keys)
            await pilot.pause()
            app.save_screenshot(f"{name}.svg", path=str(folder))
        saved.append(folder / f"{name}.svg")

    live = first_live_index(library)
    await run("list", [])
    await run("live-blog", ["j"] * live + ["enter"])
    await run("live-blog-section", ["j"] * live + ["enter", "right_square_bracket"] * 1)
    await run("narrow-80x24", ["j"] * live + ["enter"], (80, 24))
    await run("search", ["slash", *search_word(library, live).lower(), "enter"])
    await run("help", ["question_mark"])
    rich = first_rich_index(library)
    if rich is not None:
        await run("feed-article", ["j"] * rich + ["enter"])
    return saved


async def shoot_grown(folder: Path) -> Path:
    """A live blog read earlier that has grown since: NEW and EDITED sections, landed on
    the first new one (the invented articles of the UI tests, at their fixed time)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from ui_fixtures import fill_grown
    from ui_fixtures import fixed_clock as fixture_clock

    with tempfile.TemporaryDirectory() as temp:
        library = Library.open(Path(temp) / "library.sqlite")
        try:
            fill_grown(library)
            app = ReaderApp(library, open_url=lambda url: None, clock=fixture_clock)
            async with app.run_test(size=SIZE) as pilot:
                await pilot.press("j", "enter")
                await pilot.pause()
                app.save_screenshot("live-blog-grown.svg", path=str(folder))
        finally:
            library.close()
    return folder / "live-blog-grown.svg"


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        library = Library.open(Path(temp) / "library.sqlite")
        try:
            source = fill(library)
            saved = asyncio.run(shoot(library, folder))
            saved.append(asyncio.run(shoot_grown(folder)))
        finally:
            library.close()
    print(f"{len(saved)} screenshots from the {source}:")
    for path in saved:
        print(f"  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
