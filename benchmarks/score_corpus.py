"""Score the syndication parser against the hand-checked corpus.

    uv run python benchmarks/score_corpus.py [DIR] [--verbose] [--json]

Every `NAME.txt` in DIR (default `tests/corpus`) is parsed with `reader.parse.parse_path`,
turned into a dict by `reader.parse.serialize.article_to_dict` and compared with `NAME.json`.
Printed: one line per file that differs (with `--verbose`, what differs), then the totals:

* sections F1: a section matches when its heading and its time both match;
* paragraphs F1: every paragraph of the lead and of the sections, as a multiset of strings;
* key-points F1: the key-points items, as a multiset;
* metadata accuracy: outlet, title, caption, source_link, author, published, tags;
* false sections: sections found in articles that have none (plain articles).

F1 is micro-averaged over the corpus (counts summed over files). Always exits 0: the figures
are for people, the thresholds belong to whoever reads them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
METADATA = ("outlet", "title", "caption", "source_link", "author", "published", "tags")


@dataclass
class Counts:
    """True positives, predicted and expected items, summed over files."""

    matched: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, predicted: Iterable[object], expected: Iterable[object]) -> int:
        got, want = Counter(predicted), Counter(expected)
        matched = sum((got & want).values())
        self.matched += matched
        self.predicted += sum(got.values())
        self.expected += sum(want.values())
        return matched

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else float(not self.expected)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else float(not self.predicted)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Totals:
    files: int = 0
    live_files: int = 0
    plain_files: int = 0
    exact_files: int = 0
    errors: int = 0
    sections: Counts = field(default_factory=Counts)
    paragraphs: Counts = field(default_factory=Counts)
    key_points: Counts = field(default_factory=Counts)
    metadata_right: int = 0
    metadata_fields: int = 0
    false_sections: int = 0
    files_with_false_sections: int = 0

    @property
    def metadata_accuracy(self) -> float:
        return self.metadata_right / self.metadata_fields if self.metadata_fields else 0.0

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: v for k, v in asdict(self).items() if not isinstance(v, dict)}
        for name in ("sections", "paragraphs", "key_points"):
            c: Counts = getattr(self, name)
            out[name] = {**asdict(c), "precision": c.precision, "recall": c.recall, "f1": c.f1}
        out["metadata_accuracy"] = self.metadata_accuracy
        return out


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a parser's dict to the corpus conventions (lists, ISO dates to the second)."""
    out = dict(data)
    published = out.get("published")
    if isinstance(published, datetime):
        out["published"] = published.replace(microsecond=0).isoformat()
    elif isinstance(published, str):
        out["published"] = published[:19]
    out["tags"] = list(out.get("tags") or [])
    out["lead"] = list(out.get("lead") or [])
    out["sections"] = [
        {
            "heading": s.get("heading"),
            "time": s.get("time"),
            "paragraphs": list(s.get("paragraphs") or []),
        }
        for s in out.get("sections") or []
    ]
    kp = out.get("key_points")
    out["key_points"] = (
        {"title": kp.get("title"), "items": list(kp.get("items") or [])} if kp else None
    )
    return out


def paragraphs(data: dict[str, Any]) -> list[str]:
    found = list(data["lead"])
    for section in data["sections"]:
        found.extend(section["paragraphs"])
    return found


def heads(data: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(s["heading"], s["time"]) for s in data["sections"]]


def items(data: dict[str, Any]) -> list[str]:
    kp = data["key_points"]
    return list(kp["items"]) if kp else []


def compare(got: dict[str, Any], want: dict[str, Any], totals: Totals) -> list[str]:
    """Add one file's counts to `totals`; return what differs, one line per difference."""
    problems: list[str] = []
    for name, counts, pick in (
        ("sections", totals.sections, heads),
        ("paragraphs", totals.paragraphs, paragraphs),
        ("key points", totals.key_points, items),
    ):
        g, w = pick(got), pick(want)
        counts.add(g, w)
        missing, extra = Counter(w) - Counter(g), Counter(g) - Counter(w)
        for thing in missing.elements():
            problems.append(f"  {name}: missing {clip(thing)}")
        for thing in extra.elements():
            problems.append(f"  {name}: extra   {clip(thing)}")
    if (got["key_points"] or {}).get("title") != (want["key_points"] or {}).get("title"):
        problems.append(
            f"  key points title: {clip((got['key_points'] or {}).get('title'))}"
            f" != {clip((want['key_points'] or {}).get('title'))}"
        )
    for key in METADATA:
        totals.metadata_fields += 1
        if got.get(key) == want.get(key):
            totals.metadata_right += 1
        else:
            problems.append(f"  {key}: {clip(got.get(key))} != {clip(want.get(key))}")
    if not want["sections"] and got["sections"]:
        totals.false_sections += len(got["sections"])
        totals.files_with_false_sections += 1
    return problems


def clip(value: object, width: int = 110) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def load_parser() -> Callable[[Path], dict[str, Any]] | None:
    try:
        from reader.parse import parse_path  # type: ignore[attr-defined]
        from reader.parse.serialize import article_to_dict  # type: ignore[import-not-found]
    except ImportError as error:
        print(f"parser not available: {error}", file=sys.stderr)
        return None

    def run(path: Path) -> dict[str, Any]:
        parsed = parse_path(path)
        articles = getattr(parsed, "articles", None)
        article = articles[0] if articles else parsed
        return normalise(article_to_dict(article))

    return run


def score(directory: Path, verbose: bool = False, out: Any = sys.stdout) -> Totals | None:
    parse = load_parser()
    if parse is None:
        return None
    totals = Totals()
    for txt in sorted(directory.glob("*.txt")):
        want_path = txt.with_suffix(".json")
        if not want_path.exists():
            print(f"{txt.name}: no expected .json, skipped", file=out)
            continue
        want = normalise(json.loads(want_path.read_text(encoding="utf-8")))
        totals.files += 1
        if want["sections"]:
            totals.live_files += 1
        else:
            totals.plain_files += 1
        try:
            got = parse(txt)
        except Exception as error:  # a crash scores as an empty parse, and is reported
            totals.errors += 1
            print(f"{txt.name}: parser raised {type(error).__name__}: {error}", file=out)
            got = normalise({"sections": [], "lead": [], "key_points": None})
        problems = compare(got, want, totals)
        if not problems:
            totals.exact_files += 1
            continue
        print(f"{txt.name}: {len(problems)} difference(s)", file=out)
        if verbose:
            print("\n".join(problems), file=out)
    return totals


def report(totals: Totals, out: Any = sys.stdout) -> None:
    def line(label: str, c: Counts) -> str:
        return (
            f"  {label:<16} F1 {c.f1:.3f}  (P {c.precision:.3f}, R {c.recall:.3f};"
            f" {c.matched} matched, {c.predicted} found, {c.expected} expected)"
        )

    print(
        f"\n{totals.files} files ({totals.live_files} live, {totals.plain_files} plain),"
        f" {totals.exact_files} parsed exactly, {totals.errors} parser errors",
        file=out,
    )
    print(line("sections", totals.sections), file=out)
    print(line("paragraphs", totals.paragraphs), file=out)
    print(line("key points", totals.key_points), file=out)
    print(
        f"  metadata         accuracy {totals.metadata_accuracy:.3f}"
        f"  ({totals.metadata_right}/{totals.metadata_fields} fields)",
        file=out,
    )
    print(
        f"  false sections   {totals.false_sections} on plain articles"
        f" (in {totals.files_with_false_sections} files)",
        file=out,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--verbose", "-v", action="store_true", help="show each difference")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    args = parser.parse_args(argv)
    # With --json, stdout carries only the JSON; the per-file lines go to stderr.
    out = sys.stderr if args.json else sys.stdout
    totals = score(args.directory, verbose=args.verbose, out=out)
    if totals is None:
        print("no scores: reader.parse.parse_path is not there yet")
        return 0
    if args.json:
        print(json.dumps(totals.summary(), indent=1))
    else:
        report(totals)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
