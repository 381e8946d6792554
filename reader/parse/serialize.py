"""The JSON shape and the plain-text form of parsed articles (`reader parse`, tests, export).

Every string goes through `clean_line` on the way out, so the output is NFC with collapsed
whitespace (no-break spaces kept) whatever the parser produced.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from reader.model import Article, ParsedDocument
from reader.text import clean_line


def _text(value: str | None) -> str:
    return clean_line(value) if value else ""


def _optional(value: str | None) -> str | None:
    return clean_line(value) or None if value else None


def _date(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="seconds")


def _lines(values: tuple[str, ...]) -> list[str]:
    return [line for line in (clean_line(v) for v in values) if line]


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
        "lead": _lines(article.lead),
        "key_points": key_points,
        "sections": [
            {"heading": _text(s.heading), "time": _optional(s.time),
             "paragraphs": _lines(s.paragraphs)}
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
    """A readable plain-text rendering: headline, metadata, lead, key points, sections."""
    out: list[str] = [_text(article.title) or "(untitled)"]
    meta = [p for p in (_text(article.outlet), _text(article.author)) if p]
    if article.published is not None:
        meta.append(article.published.strftime("%Y-%m-%d %H:%M"))
    if meta:
        out.append(" · ".join(meta))
    if article.source_link:
        out.append(f"Source: {_text(article.source_link)}")
    if article.tags:
        out.append(f"Tags: {', '.join(_lines(article.tags))}")
    if article.caption:
        out.append(f"[Image: {_text(article.caption)}]")
    for paragraph in _lines(article.lead):
        out.extend(("", paragraph))
    if article.key_points is not None:
        title = _text(article.key_points.title) or "Key points"
        out.extend(("", f"┌─ {title}"))
        out.extend(f"│ • {item}" for item in _lines(article.key_points.items))
        out.append("└─")
    for section in article.sections:
        label = " — ".join(p for p in (_text(section.time), _text(section.heading)) if p)
        out.extend(("", f"■ {label}" if label else "■"))
        for paragraph in _lines(section.paragraphs):
            out.extend(("", paragraph))
    return "\n".join(out) + "\n"
