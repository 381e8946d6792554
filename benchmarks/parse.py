"""Parse throughput: the syndication fixtures, generated live-blog bodies, and scaling.

Run: `uv run python benchmarks/parse.py`. Prints MB/s (target >= 10), the time of one
body at 1x, 2x, 4x and 8x its size (should roughly double with each step: linear time) and
the peak Python memory (tracemalloc) parsing a file with a 20 MB one-line body.
"""

from __future__ import annotations

import random
import time
import tracemalloc
from pathlib import Path

from reader.parse import parse_bytes
from reader.parse.liveblog import split_body

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "syndication"
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
HOLDOUT = CORPUS.parent / "holdout"
# Pathological bodies: each must take time linear in its size (2x the input, ~2x the time).
PATHOLOGICAL = {
    "lowercase run": "x" * 2_000_000,
    "initials A.A.A.": "A." * 1_000_000,
    "numbers 1.2.1.2": "1.2" * 700_000,
    "bullets only": "⇒" * 1_000_000,
    "glued times": "a10:45 B" * 250_000,
    "glued quotes": 'a."B' * 500_000,
    "junctions": "aLe " * 500_000,
    "closing quotes": "a?“.A" * 400_000,
    "ellipses, quotes": "x…”A" * 500_000,
    "questions": "Que faire maintenant?Le" * 90_000,
    "headings, times": "Auenburg21.52 UhrWiesner sieht. " * 60_000,
    "echoed names": "Es geht.10:15 Van WykVan Wyk geht. " * 60_000,
    "German quotes": "a. »B«. »C.«D " * 150_000,
    "dotted times": "Affari17.45Il " * 150_000,
    "bracket times": "Er ging.Tor (14h32)1 Tor. " * 80_000,
}
WORDS = [
    "maire", "conseil", "ville", "budget", "projet", "habitants", "réunion", "travaux",
    "gouvernement", "ministre", "soldats", "accord", "région", "semaine", "élus", "rapport",
    "McDonald", "iPhone", "3.5", "1.000", "M.", "Dupont",
]
STARTS = ["Le", "La", "Les", "Selon", "Dans", "Pour"]


def make_body(sections: int, seed: int = 7) -> str:
    """A glued live blog: lead, key points, `sections` timed sections of 1-3 paragraphs."""
    rng = random.Random(seed)

    def sentence() -> str:
        return " ".join([rng.choice(STARTS), *rng.choices(WORDS, k=rng.randint(6, 18))]) + "."

    def heading(i: int) -> str:
        return f"{rng.choice(STARTS)} {' '.join(rng.choices(WORDS[:16], k=5))} numéro {i} Lyon"

    heads = [heading(i) for i in range(sections)]
    box = "Les infos à retenir" + "".join(f"⇒ {h}" for h in heads[:3])
    parts = [sentence() + " " + sentence(), box]
    for i, head in enumerate(heads):
        parts.append(f"{i % 24}h{i % 60:02d} {head}")
        parts.extend(" ".join(sentence() for _ in range(3)) for _ in range(rng.randint(1, 3)))
    return "".join(parts)


def make_file(body: str) -> bytes:
    """A syndication file around `body`, as the scraper saves it."""
    return (
        f"Le Journal\n\nUn titre\n\n\n\n\n\n{body}\n\n\n\nSource link : https://example.org/a"
        "\n\nAuthor :\n\nPublish date : 2026-11-10 14:32:00\n\nCopyright for syndicated content"
        " belongs to the linked Source.\n\nTags :Le Journal\nQuitter la version mobile"
    ).encode()


def parse_all(files: list[bytes]) -> None:
    for data in files:
        parse_bytes(data)


def timed(fn: object, *args: object) -> float:
    start = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    files = [p.read_bytes() for p in sorted(DATA.glob("*.txt"))]
    size = sum(map(len, files))
    rounds = 200
    elapsed = sum(timed(lambda: [parse_bytes(d) for d in files]) for _ in range(rounds))
    print(f"fixtures: {len(files)} files, {size * rounds / 2**20 / elapsed:.1f} MB/s")
    for name, folder in (("corpus", CORPUS), ("held-out corpus", HOLDOUT)):
        corpus = [p.read_bytes() for p in sorted(folder.glob("*.txt"))]
        size = sum(map(len, corpus))
        elapsed = min(timed(parse_all, corpus * 10) for _ in range(3))
        print(f"{name}: {len(corpus)} files, {size * 10 / 2**20 / elapsed:.1f} MB/s")

    body = make_body(500)
    mb = len(body.encode()) / 2**20
    elapsed = min(timed(split_body, body) for _ in range(3))
    print(f"generated live blog ({mb:.2f} MB, 500 sections): {mb / elapsed:.1f} MB/s")

    base = make_body(5000)
    for factor in (1, 2, 4, 8):
        text = base * factor
        mb = len(text.encode()) / 2**20
        elapsed = timed(split_body, text)
        print(f"{factor}x: {mb:6.1f} MB in {elapsed:6.2f} s ({mb / elapsed:.1f} MB/s)")
    page = make_file((base * 8)[:20_000_000])
    tracemalloc.start()
    parse_bytes(page)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"memory: {len(page) / 2**20:.1f} MB file (one-line body), peak {peak / 2**20:.0f} MB"
          f" ({peak / len(page):.1f}x the file)")
    adversarial = "aA" * (5 * 2**20) + "." + "x" * (5 * 2**20)
    print(f"adversarial 20 MB (camel noise, no spaces): {timed(split_body, adversarial):.2f} s")
    for name, text in PATHOLOGICAL.items():
        one, two = timed(split_body, text), timed(split_body, text * 2)
        print(f"{name:18} {len(text) / 1e6:4.1f} M chars {one:5.2f} s, twice as long {two:5.2f} s")


if __name__ == "__main__":
    main()
