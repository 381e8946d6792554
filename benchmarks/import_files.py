"""Import 10,000 generated syndication files: time, peak memory, and list paging after.

    uv run python benchmarks/import_files.py [--files 10000]

Prints figures; asserts nothing (tests never time things).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

from reader.model import ArticleQuery
from reader.services.importer import import_paths
from reader.store import Library

_SENTENCE = ("le conseil municipal a voté la rénovation du port de pêche après un débat "
             "animé entre les élus et les habitants du quartier")
WORDS = _SENTENCE.split(" ")


def story(n: int) -> bytes:
    body = ".".join(
        " ".join(WORDS[(n + i + j) % len(WORDS)] for j in range(18)).capitalize()
        for i in range(6)
    ) + "."
    lines = ["Le Petit Lac", "", f"Dépêche numéro {n} : le port en travaux", "",
             "Le port au petit matin.", "", "", "", "", body, "", "", "",
             f"Source link : https://lac.example/depeche-{n}", "", "Author :", "",
             f"Publish date : 2026-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00",
             "", "Copyright for syndicated content belongs to the linked Source.", "",
             "Tags :Le Petit Lac", "Quitter la version mobile"]
    return "\r\n".join(lines).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for folder in range(10):
            (root / "in" / f"dossier-{folder}").mkdir(parents=True)
        for n in range(args.files):
            (root / "in" / f"dossier-{n % 10}" / f"{n:06d}.txt").write_bytes(story(n))
        library = Library.open(root / "lib.sqlite")
        tracemalloc.start()
        start = time.perf_counter()
        report = import_paths(library, [root / "in"])
        first = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        start = time.perf_counter()
        again = import_paths(library, [root / "in"])
        second = time.perf_counter() - start
        print(f"files: {args.files}  imported: {report.imported}  new: {report.new}  "
              f"problems: {len(report.problems)}")
        print(f"first import: {first:.2f} s ({args.files / first:.0f} files/s)")
        print(f"re-import:    {second:.2f} s (unchanged: {again.unchanged})")
        print(f"peak Python heap during import: {peak / 2**20:.1f} MiB; "
              f"max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        total = library.count_articles()
        for query in (ArticleQuery(), ArticleQuery(unread_only=True), ArticleQuery(text="port")):
            start = time.perf_counter()
            count = library.count_articles(query)
            rows = library.article_rows(query, max(0, count - 100), 50)
            took = (time.perf_counter() - start) * 1000
            print(f"count + deep page {query}: {count}/{total} rows, {len(rows)} shown, "
                  f"{took:.1f} ms")
        library.close()
        print(f"library size: {(root / 'lib.sqlite').stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
