"""Small field helpers shared by the feed, JSON Feed and HTML page parsers.

They turn outside values (ISO dates, tag lists, plain-text bodies) into the cleaned shapes
the model holds, so every parser applies the same rules.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, datetime

from reader.model import Article
from reader.text import clean_line

_ISO_SPACE = re.compile(r"^(\d{4}-\d{2}-\d{2})[ tT]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def parse_iso_datetime(value: object) -> datetime | None:
    """An ISO 8601 / RFC 3339 stamp as a naive UTC datetime (naive input is kept as is).

    Garbage, year 0 and years beyond 9999 give None rather than an error: one bad date
    must never cost the reader the article.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 64:
        return None
    text = _ISO_SPACE.sub(r"\1T", text)
    if text[-1:] in ("z", "Z"):
        text = text[:-1] + "+00:00"
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None
    if stamp.tzinfo is None:
        return stamp
    try:
        return stamp.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        # 9999-12-31T23:00-05:00 leaves the datetime range once moved to UTC.
        return None


def unique_lines(values: Iterable[object]) -> tuple[str, ...]:
    """Cleaned, non-empty strings in first-seen order, duplicates (case-insensitive) dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        if not isinstance(value, str):
            continue
        line = clean_line(value)
        key = line.casefold()
        if line and key not in seen:
            seen.add(key)
            out.append(line)
    return tuple(out)


def text_paragraphs(text: str) -> tuple[str, ...]:
    """A plain-text body as paragraphs: blank lines separate them, single newlines do not."""
    parts = (clean_line(chunk) for chunk in _PARAGRAPH_BREAK.split(text.replace("\r", "\n")))
    return tuple(part for part in parts if part)


def content_guid(title: str, body: Iterable[str]) -> str:
    """A stable identity for an entry that has neither id nor link."""
    digest = hashlib.sha256(title.encode("utf-8", "surrogatepass"))
    for part in body:
        digest.update(b"\x00")
        digest.update(part.encode("utf-8", "surrogatepass"))
    return "sha256:" + digest.hexdigest()


def optional_line(value: object) -> str | None:
    """A cleaned one-line string, or None when absent or blank."""
    if not isinstance(value, str):
        return None
    return clean_line(value) or None


_TITLE_WORDS = 80


def fallback_title(paragraphs: Iterable[str]) -> str:
    """A title for an entry that has none: the start of its first paragraph."""
    for paragraph in paragraphs:
        if len(paragraph) <= _TITLE_WORDS:
            return paragraph
        cut = paragraph[:_TITLE_WORDS].rsplit(" ", 1)[0]
        return cut.rstrip(" ,;:") + "…"
    return ""


def drop_repeated_guids(articles: Iterable[Article]) -> tuple[tuple[Article, ...], int]:
    """Keep the first article of each guid (feed order), and count the ones dropped."""
    seen: set[str | None] = set()
    kept: list[Article] = []
    dropped = 0
    for article in articles:
        if article.guid in seen:
            dropped += 1
            continue
        seen.add(article.guid)
        kept.append(article)
    return tuple(kept), dropped


def repeated_warning(dropped: int) -> str:
    if dropped == 1:
        return "1 entry repeated the id of an earlier one and was skipped"
    return f"{dropped} entries repeated the ids of earlier ones and were skipped"
