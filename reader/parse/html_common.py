"""Small field helpers shared by the feed, JSON Feed and HTML page parsers.

They turn outside values (ISO dates, tag lists, plain-text bodies) into the cleaned shapes
the model holds, so every parser applies the same rules.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import urljoin

from reader.model import Article
from reader.text import clean_line

_ISO_SPACE = re.compile(r"^(\d{4}-\d{2}-\d{2})[ tT]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def parse_iso_datetime(value: object, *, naive_is_utc: bool = True) -> datetime | None:
    """An ISO 8601 / RFC 3339 stamp as an aware UTC datetime.

    A stamp without a zone is UTC too by default: feeds must give one (RFC 3339, 4287) and
    feedparser reads a missing one as UTC, so both feed paths agree. With `naive_is_utc`
    False it comes back naive, the writer's local time (an HTML page's metadata), which
    the library stores and shows as such. Garbage, year 0 and years beyond 9999 give None
    rather than an error: one bad date must never cost the reader the article.
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
        return stamp.replace(tzinfo=UTC) if naive_is_utc else stamp
    try:
        return stamp.astimezone(UTC)
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


def absolute_link(value: object, base: str | None) -> str | None:
    """A link made absolute against `base` and cleaned, or None when absent or blank."""
    if not isinstance(value, str) or not value.strip():
        return None
    return clean_line(urljoin(base, value.strip()) if base else value) or None


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


# lexbor's tree builder is quadratic in nesting depth (checks walk the open-element stack):
# 100,000 nested <div> took 20 s, 200,000 took 110 s - a feed could stall a refresh. No
# article nests 256 deep, so tags past that depth are dropped (their text kept) before
# lexbor sees the markup. One linear pass; the depth is approximate (implied end tags are
# not modelled), which is all a guard needs.
MAX_DEPTH = 256
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})\b[^<>]*?(/?)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "p", "li", "dt", "dd", "option", "tr",
                   "td", "th"})


def flatten_deep_markup(markup: str, limit: int = MAX_DEPTH) -> str:
    """`markup` with every tag nested deeper than `limit` removed (text kept)."""
    if markup.count("<") <= limit:
        return markup  # cannot nest deeper than its number of tags
    depth = dropped = 0
    out: list[str] = []
    last = 0
    for match in _TAG.finditer(markup):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or self_closing:
            continue
        if closing:
            if dropped:
                dropped -= 1
            else:
                depth = max(0, depth - 1)
                continue
        elif depth < limit:
            depth += 1
            continue
        else:
            dropped += 1
        out.append(markup[last:match.start()])
        out.append(" ")
        last = match.end()
    if not out:
        return markup
    out.append(markup[last:])
    return "".join(out)
