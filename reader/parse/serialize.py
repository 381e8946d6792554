"""The JSON shape and the plain-text form of parsed articles (`reader parse`, tests, export).

Every string goes through `clean_line` on the way out, so the output is NFC with collapsed
whitespace (no-break spaces kept) whatever the parser produced; code keeps its line breaks
and indentation (`clean` only). The JSON keeps paragraphs as strings (their kinds and the
links' targets are for the reader's own views); the text form shows them: list items
with `• `, quotes with `│ `, code indented, images as `[Image: …]`, and the numbered links
listed at the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from reader.model import Article, BlockKind, ParsedDocument
from reader.text import clean, clean_line

_CODE_INDENT = "    "
_NUMBERED = re.compile(r"\d+\. ")


def _text(value: str | None) -> str:
    return clean_line(value) if value else ""


def _optional(value: str | None) -> str | None:
    return clean_line(value) or None if value else None


def _wall_clock(value: datetime) -> datetime:
    """The time as printed: UTC for an aware time (feeds), as is for a naive local one.
    The output carries no zone, so it reads the same as before parsers gave aware times."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _date(value: datetime | None) -> str | None:
    return None if value is None else _wall_clock(value).isoformat(timespec="seconds")


def _lines(values: tuple[str, ...]) -> list[str]:
    return [line for line in (clean_line(v) for v in values) if line]


def _code(value: str) -> str:
    return "\n".join(line.rstrip() for line in clean(value).strip("\n").split("\n"))


def _paragraphs(values: tuple[str, ...], kind_of: Callable[[int], BlockKind]) -> list[str]:
    """Like `_lines`, but a code paragraph keeps its line breaks and indentation."""
    out = (_code(v) if kind_of(i) is BlockKind.CODE else clean_line(v)
           for i, v in enumerate(values))
    return [line for line in out if line]


def _blocks(values: tuple[str, ...], kind_of: Callable[[int], BlockKind]) -> list[str]:
    """Paragraphs as text lines, each after a blank line; the items of one list and the
    paragraphs of one quote stay together."""
    out: list[str] = []
    previous: BlockKind | None = None
    for i, value in enumerate(values):
        kind = kind_of(i)
        text = _code(value) if kind is BlockKind.CODE else clean_line(value)
        if not text:
            continue
        if kind is BlockKind.ITEM:
            # An ordered list's item carries its number: no bullet before it.
            line = text if _NUMBERED.match(text) else f"• {text}"
            out.extend(("", line) if previous is not BlockKind.ITEM else (line,))
        elif kind is BlockKind.QUOTE:
            out.extend(("│", f"│ {text}") if previous is BlockKind.QUOTE else ("", f"│ {text}"))
        elif kind is BlockKind.CODE:
            out.append("")
            out.extend(_CODE_INDENT + line if line else "" for line in text.split("\n"))
        elif kind is BlockKind.IMAGE:
            out.extend(("", f"[Image: {text}]"))
        else:
            out.extend(("", text))
        previous = kind
    return out


def article_to_dict(article: Article) -> dict[str, Any]:
    """The article in the documented JSON shape (keys always present, null when unknown)."""
    key_points = None
    if article.key_points is not None:
        key_points = {"title": _text(article.key_points.title),
                      "items": _lines(article.key_points.items)}
    return {
        "outlet": _text(article.outlet),
        "title": _text(article.title),
        "caption": _optional(article.caption),
        "source_link": _optional(article.source_link),
        "author": _optional(article.author),
        "published": _date(article.published),
        "tags": _lines(article.tags),
        "live": article.live,
        "lead": _paragraphs(article.lead, article.lead_kind),
        "key_points": key_points,
        "sections": [
            {"heading": _text(s.heading), "time": _optional(s.time),
             "paragraphs": _paragraphs(s.paragraphs, s.kind_of)}
            for s in article.sections
        ],
    }


def document_to_dict(doc: ParsedDocument) -> dict[str, Any]:
    """A single-article file as its article; a feed as its description plus articles."""
    if doc.feed is None and len(doc.articles) == 1:
        return article_to_dict(doc.articles[0])
    info = doc.feed
    feed = {"title": _text(info.title), "link": _optional(info.link), "format": info.format} \
        if info else {"title": "", "link": None, "format": "unknown"}
    articles = [
        {"id": _optional(a.guid), "link": _optional(a.source_link), **article_to_dict(a)}
        for a in doc.articles
    ]
    return {"feed": feed, "articles": articles}


def article_to_text(article: Article) -> str:
    """A readable plain-text rendering: headline, metadata, lead, key points, sections,
    then the numbered links."""
    out: list[str] = [_text(article.title) or "(untitled)"]
    meta = [p for p in (_text(article.outlet), _text(article.author)) if p]
    if article.published is not None:
        meta.append(_wall_clock(article.published).strftime("%Y-%m-%d %H:%M"))
    if meta:
        out.append(" · ".join(meta))
    if article.source_link:
        out.append(f"Source: {_text(article.source_link)}")
    if article.tags:
        out.append(f"Tags: {', '.join(_lines(article.tags))}")
    if article.caption:
        out.append(f"[Image: {_text(article.caption)}]")
    out.extend(_blocks(article.lead, article.lead_kind))
    if article.key_points is not None:
        title = _text(article.key_points.title) or "Key points"
        out.extend(("", f"┌─ {title}"))
        out.extend(f"│ • {item}" for item in _lines(article.key_points.items))
        out.append("└─")
    for section in article.sections:
        label = " — ".join(p for p in (_text(section.time), _text(section.heading)) if p)
        out.extend(("", f"■ {label}" if label else "■"))
        out.extend(_blocks(section.paragraphs, section.kind_of))
    if article.links:
        out.extend(("", "Links:"))
        out.extend(f"[{n}] {_text(url)}" for n, url in enumerate(article.links, 1))
    return "\n".join(out) + "\n"
