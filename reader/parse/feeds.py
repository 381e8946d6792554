"""RSS (0.9x, 1.0, 2.0), Atom and JSON Feed documents into the shared model.

feedparser reads the XML formats; its HTML sanitiser and URI rewriting are switched off
because entry HTML is turned into plain paragraphs by `reader.parse.html` anyway. The
document is always handed over as a stream: given bytes, feedparser would first try them
as a file name (and given a str, as a URL to fetch).
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from reader.model import Article, FeedInfo, KeyPoints, ParsedDocument, Section
from reader.parse.errors import ParseError
from reader.parse.html import html_to_parts
from reader.parse.html_common import (
    content_guid,
    drop_repeated_guids,
    fallback_title,
    optional_line,
    repeated_warning,
    text_paragraphs,
    unique_lines,
)
from reader.parse.jsonfeed import NotAJSONFeed, looks_like_json, parse_json_feed
from reader.text import clean, clean_line

__all__ = ["NotAFeed", "parse_feed"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_LOOKS_LIKE_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)
_NOT_A_FEED = "not a feed: no RSS, Atom or JSON Feed document found"

Parts = tuple[tuple[str, ...], KeyPoints | None, tuple[Section, ...]]


class NotAFeed(ParseError, ValueError):
    """The document is not a feed at all; the message is one line for the user."""


def _text(value: object, kind: object) -> str:
    """A feed text construct as one clean line, its markup dropped when it is HTML."""
    if not isinstance(value, str):
        return ""
    if kind in _HTML_TYPES and ("<" in value or "&" in value):
        body = LexborHTMLParser(clean(value)).body
        value = body.text(deep=True) if body is not None else ""
    return clean_line(value)


def _detail_type(entry: Mapping[str, Any], key: str) -> object:
    detail = entry.get(f"{key}_detail")
    return detail.get("type") if isinstance(detail, Mapping) else None


def _body(entry: Mapping[str, Any], base: str | None) -> Parts:
    """The entry's text: full content when present, else the summary."""
    candidates: list[tuple[object, object]] = []
    for content in entry.get("content") or ():
        if isinstance(content, Mapping):
            candidates.append((content.get("value"), content.get("type")))
    candidates.append((entry.get("summary"), _detail_type(entry, "summary")))
    for value, kind in candidates:
        if not isinstance(value, str) or not value.strip():
            continue
        if kind == "text/plain":
            return text_paragraphs(value), None, ()
        return html_to_parts(value, base)
    return (), None, ()


def _published(entry: Mapping[str, Any]) -> tuple[datetime | None, str | None]:
    """The entry's date in naive UTC, and a warning when a date was there but unusable."""
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            try:
                return datetime(*parsed[:6]), None
            except (ValueError, OverflowError):
                pass
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            return None, f"unreadable date {clean_line(raw)[:40]!r}"
    return None, None


def _link(value: object, base: str | None) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return clean_line(urljoin(base, value.strip()) if base else value) or None


def _entry(entry: Mapping[str, Any], outlet: str, base: str | None) -> Article:
    link = _link(entry.get("link"), base)
    lead, key_points, sections = _body(entry, link or base)
    title = _text(entry.get("title"), _detail_type(entry, "title")) or fallback_title(lead)
    published, warning = _published(entry)
    # author_detail holds the name alone where RSS wrote `mail@example.org (Name)`.
    author_detail = entry.get("author_detail")
    author = (optional_line(author_detail.get("name"))
              if isinstance(author_detail, Mapping) else None) or optional_line(entry.get("author"))
    tags = unique_lines(
        t.get("term") or t.get("label") for t in entry.get("tags") or () if isinstance(t, Mapping))
    guid = optional_line(entry.get("id")) or link or content_guid(title, lead)
    return Article(
        title=title, outlet=outlet, source_link=link, author=author, published=published,
        tags=tags, lead=lead, key_points=key_points, sections=sections, guid=guid,
        warnings=(warning,) if warning else (),
    )


def _problem(result: Mapping[str, Any]) -> str:
    error = result.get("bozo_exception")
    name = type(error).__name__ if error is not None else "unknown problem"
    detail = clean_line(str(error))[:100] if error is not None else ""
    return f"{name}: {detail}" if detail else name


def _not_a_feed(data: bytes) -> NotAFeed:
    if not data.strip():
        return NotAFeed("not a feed: the document is empty")
    if _LOOKS_LIKE_HTML.search(data[:4096]):
        return NotAFeed("not a feed: this is an HTML page (import it as a page instead)")
    return NotAFeed(_NOT_A_FEED)


def parse_feed(data: bytes, base_url: str | None = None) -> ParsedDocument:
    """Parse an RSS, Atom or JSON Feed document; raises `NotAFeed` for anything else."""
    if looks_like_json(data):
        try:
            return parse_json_feed(data, base_url)
        except NotAJSONFeed as error:
            raise NotAFeed(str(error)) from None
    import feedparser  # Costly to import (~0.2 s): only paid when a feed is parsed.

    # A content type makes feedparser trust the XML declaration (else: ISO-8859-1). No
    # Content-Location: feedparser would resolve RSS guids against it, changing an entry's
    # identity with the place the file came from; links are resolved against base_url here.
    headers = {"content-type": "application/xml"}
    result = feedparser.parse(
        io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False,
        response_headers=headers,
    )
    entries = [e for e in result.get("entries") or () if isinstance(e, Mapping)]
    version = result.get("version") or ""
    if not entries and not version:
        raise _not_a_feed(data)
    warnings: list[str] = []
    if result.get("bozo"):
        warnings.append(f"the feed is not well-formed ({_problem(result)}); read what was there")
    feed = result.get("feed") or {}
    link = _link(feed.get("link"), base_url)
    title = _text(feed.get("title"), _detail_type(feed, "title")) or (
        urlsplit(link).hostname if link else None) or "Untitled feed"
    articles, dropped = drop_repeated_guids(_entry(e, title, base_url) for e in entries)
    if dropped:
        warnings.append(repeated_warning(dropped))
    info = FeedInfo(title=clean_line(title), link=link, format=version or "unknown")
    return ParsedDocument(feed=info, articles=articles, warnings=tuple(warnings))
