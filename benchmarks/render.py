"""How long the reader pane takes to lay out a big live blog with every paragraph kind.

    uv run python benchmarks/render.py [--sections 40] [--rounds 50]

Builds an invented live blog of N sections, each with paragraphs, a list, a quote, code,
an image and numbered links, and prints the median and worst time of `render_article`
at a few pane widths. The target: a few milliseconds for 40 sections.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import datetime

from reader.model import Article, BlockKind, Feed, Section, SourceKind, StoredArticle
from reader.ui.render import ArticleTheme, render_article

KINDS = (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.ITEM,
         BlockKind.ITEM, BlockKind.ITEM, BlockKind.QUOTE, BlockKind.CODE, BlockKind.IMAGE)


def section(n: int, links: int) -> Section:
    first = n % links + 1
    paragraphs = (
        f"Update {n}: the harbour office [{first}] says the ferries run again, and the"
        f" coastguard [{first % links + 1}] confirms that the pier\u00a0B is open. " * 2,
        f"What changed at {n}",
        "The council met again this morning and agreed on a plan for the weekend. " * 3,
        "stops on the coast road are served again;",
        "the night bus keeps its winter timetable until the end of the month;",
        f"2. tickets bought before update {n} stay valid.",
        "We will reopen the market square as soon as the wind drops, said the mayor. " * 2,
        f"for stop in stops:\n    if stop.open:\n        print(stop.name, {n})\n" + "x" * 120,
        f"The pier at high tide, update {n}",
    )
    return Section(heading=f"Heading of update {n}, with a few more words", time="14h32",
                   paragraphs=paragraphs, kinds=KINDS)


def article(sections: int) -> StoredArticle:
    links = tuple(f"https://news.example/{n}/a-rather-long-address-for-the-link" for n in
                  range(1, 31))
    body = Article(title="Invented benchmark live blog", outlet="Bench",
                   published=datetime(2024, 11, 10, 12, 0),
                   lead=("A lead paragraph with a link [1].",),
                   sections=tuple(section(n, len(links)) for n in range(sections)), links=links)
    feed = Feed(id=1, url="https://news.example/feed", title="Bench", kind=SourceKind.HTTP)
    return StoredArticle(id=1, feed=feed, article=body, read=True, starred=False,
                         added=datetime(2024, 11, 10, 12, 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sections", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    stored = article(args.sections)
    theme = ArticleTheme()
    for width in (80, 120, 200):
        times = []
        for _ in range(max(1, args.rounds)):
            start = time.perf_counter()
            rendered = render_article(stored, width, theme)
            times.append((time.perf_counter() - start) * 1000)
        print(f"width {width:3}: {len(rendered.lines):5} lines, median"
              f" {statistics.median(times):6.2f} ms, worst {max(times):6.2f} ms"
              f" ({args.sections} sections, {args.rounds} rounds)")


if __name__ == "__main__":
    main()
