"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org), which feedparser does not read.

The format is small enough for a direct reading: a top-level object with `version`,
`title`, `home_page_url` and `items`; each item has an `id`, a `url`, a title and its
content as HTML or plain text. Anything of the wrong JSON type is ignored, not trusted.
"""

from __future__ import annotations

import codecs
import json
from typing import Any

from reader.model import Article, FeedInfo, ParsedDocument
from reader.parse.errors import ParseError
from reader.parse.html import HtmlParts, html_to_parts
from reader.parse.html_common import (
    absolute_link,
    content_guid,
    drop_repeated_guids,
    fallback_title,
    optional_line,
    parse_iso_datetime,
    repeated_warning,
    text_paragraphs,
    unique_lines,
)
from reader.text import clean_line

_VERSION_PREFIX = "https://jsonfeed.org/version/"
_FORMATS = {"1": "json10", "1.0": "json10", "1.1": "json11"}


class NotAJSONFeed(ParseError, ValueError):
    """JSON that is not a JSON Feed (or not JSON at all); the message says which."""


# UTF-32 first: its little-endian mark starts with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _split_bom(data: bytes) -> tuple[bytes, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):], codec
    return data, "utf-8"


def looks_like_json(data: bytes) -> bool:
    """True when the document starts like a JSON object (after a BOM and whitespace)."""
    body, codec = _split_bom(data[:256])
    head = body[:128].decode(codec, "ignore") if codec != "utf-8" else body.decode("latin-1")
    return head.lstrip(" \t\r\n").startswith("{")


def _authors(item: dict[str, Any], feed: dict[str, Any]) -> str | None:
    raw = item.get("authors") or item.get("author") or feed.get("authors") or feed.get("author")
    people = raw if isinstance(raw, list) else [raw]
    names = unique_lines(p.get("name") for p in people[:50] if isinstance(p, dict))
    return ", ".join(names) or None


def _content(item: dict[str, Any], base: str | None) -> HtmlParts:
    html = item.get("content_html")
    if isinstance(html, str) and html.strip():
        return html_to_parts(html, base)
    for key in ("content_text", "summary"):
        text = item.get(key)
        if isinstance(text, str) and text.strip():
            return HtmlParts(lead=text_paragraphs(text))
    return HtmlParts()


def _item(item: dict[str, Any], feed: dict[str, Any], outlet: str, base: str | None) -> Article:
    warnings: list[str] = []
    link = absolute_link(item.get("url"), base) or absolute_link(item.get("external_url"), base)
    # Relative links in the item's HTML are relative to the item's own page.
    parts = _content(item, link or base)
    lead = parts.lead
    title = optional_line(item.get("title")) or fallback_title(lead)
    raw_date = item.get("date_published") or item.get("date_modified")
    published = parse_iso_datetime(raw_date)  # aware UTC (RFC 3339; zone-less read as UTC)
    if raw_date and published is None:
        warnings.append(f"unreadable date {clean_line(str(raw_date))[:40]!r}")
    raw_id = item.get("id")
    guid = optional_line(str(raw_id)) if isinstance(raw_id, str | int) and \
        not isinstance(raw_id, bool) else None
    tags = item.get("tags")
    return Article(
        title=title,
        outlet=outlet,
        source_link=link,
        author=_authors(item, feed),
        published=published,
        tags=unique_lines(tags[:200]) if isinstance(tags, list) else (),
        lead=lead,
        lead_kinds=parts.lead_kinds,
        key_points=parts.key_points,
        sections=parts.sections,
        links=parts.links,
        guid=guid or link or content_guid(title, lead),
        warnings=tuple(warnings),
    )


def _bounded_int(digits: str) -> int | str:
    """An integer as JSON wrote it; past 40 digits it stays a string, so one absurd `id`
    (Python refuses to convert 4,300 digits or more) cannot cost the reader the feed."""
    return int(digits) if len(digits) <= 40 else digits


def parse_json_feed(data: bytes, base_url: str | None = None) -> ParsedDocument:
    """A JSON Feed document; raises `NotAJSONFeed` for other JSON or broken JSON."""
    warnings: list[str] = []
    raw, codec = _split_bom(data)
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        text = raw.decode(codec, "replace")
        warnings.append(f"the JSON Feed is not valid {codec.upper()}: bad bytes were replaced")
    try:
        doc = json.loads(text, parse_int=_bounded_int)
    except (ValueError, RecursionError) as error:
        raise NotAJSONFeed(f"not a feed: broken JSON ({clean_line(str(error))[:80]})") from None
    version = doc.get("version") if isinstance(doc, dict) else None
    if not isinstance(version, str) or not version.startswith(_VERSION_PREFIX):
        raise NotAJSONFeed("not a feed: JSON without a jsonfeed.org version")
    items = doc.get("items")
    if not isinstance(items, list):
        raise NotAJSONFeed("not a feed: the JSON Feed has no items list")
    number = version.removeprefix(_VERSION_PREFIX).strip("/")
    home = absolute_link(doc.get("home_page_url"), base_url)
    title = optional_line(doc.get("title")) or home or "Untitled feed"
    base = base_url or home
    articles = [_item(item, doc, title, base) for item in items if isinstance(item, dict)]
    kept, dropped = drop_repeated_guids(articles)
    if dropped:
        warnings.append(repeated_warning(dropped))
    info = FeedInfo(title=title, link=home, format=_FORMATS.get(number, "json"))
    return ParsedDocument(feed=info, articles=kept, warnings=tuple(warnings))
