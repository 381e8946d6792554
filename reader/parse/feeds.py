"""RSS (0.9x, 1.0, 2.0), Atom and JSON Feed documents into the shared model.

feedparser reads the XML formats; its HTML sanitiser and URI rewriting are switched off
because entry HTML is turned into plain paragraphs by `reader.parse.html` anyway. The
document is always handed over as a stream: given bytes, feedparser would first try them
as a file name (and given a str, as a URL to fetch).
"""

from __future__ import annotations

import codecs
import io
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

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
from reader.parse.jsonfeed import NotAJSONFeed, looks_like_json, parse_json_feed
from reader.text import clean, clean_line

__all__ = ["NotAFeed", "parse_feed"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_LOOKS_LIKE_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)
_NOT_A_FEED = "not a feed: no RSS, Atom or JSON Feed document found"



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


def _content_base(xml_base: object, base_url: str | None, fallback: str | None) -> str | None:
    """What links in a content construct are relative to: the `xml:base` in scope (itself
    resolved against the document's URL), else `fallback` (the entry's link)."""
    if not isinstance(xml_base, str) or not xml_base.strip():
        return fallback
    resolved = clean_line(urljoin(base_url, xml_base.strip()) if base_url else xml_base)
    return resolved if urlsplit(resolved).scheme in ("http", "https") else fallback


def _body(entry: Mapping[str, Any], base_url: str | None, fallback: str | None) -> HtmlParts:
    """The entry's text: full content when present, else the summary."""
    candidates: list[tuple[object, object, object]] = []
    for content in entry.get("content") or ():
        if isinstance(content, Mapping):
            candidates.append((content.get("value"), content.get("type"), content.get("base")))
    summary = entry.get("summary_detail")
    candidates.append((entry.get("summary"), _detail_type(entry, "summary"),
                       summary.get("base") if isinstance(summary, Mapping) else None))
    for value, kind, xml_base in candidates:
        if not isinstance(value, str) or not value.strip():
            continue
        if kind == "text/plain":
            return HtmlParts(lead=text_paragraphs(value))
        return html_to_parts(value, _content_base(xml_base, base_url, fallback))
    return HtmlParts()


# An ISO 8601 / W3C date (Atom, dc:date). feedparser reads `10000-01-01` as 2010-11-01
# and `-2031-01-01` as a date in 2026, so such dates are read here instead.
_ISO_LIKE = re.compile(r"^\s*[+-]?\d+-\d")


def _entry_date(raw: object, parsed: object) -> datetime | None:
    """The aware UTC datetime of one date field, None when unusable or out of 1-9999.
    feedparser's `*_parsed` struct_time is in UTC, and so is a zone-less ISO date here."""
    if isinstance(raw, str) and _ISO_LIKE.match(raw):
        mine = parse_iso_datetime(raw)
        if mine is not None or not isinstance(parsed, time.struct_time):
            return mine
        # An ISO variant Python does not read: feedparser's reading, if it kept the year.
        if not raw.strip().startswith(f"{parsed.tm_year:04d}-"):
            return None
    if isinstance(parsed, time.struct_time):
        try:
            return datetime(*parsed[:6], tzinfo=UTC)
        except (ValueError, OverflowError):
            return None
    return None


def _published(entry: Mapping[str, Any]) -> tuple[datetime | None, str | None]:
    """The entry's date (aware, UTC), and a warning when a date was there but unusable."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        stamp = _entry_date(raw, entry.get(f"{key}_parsed"))
        if stamp is not None:
            return stamp, None
        if isinstance(raw, str) and raw.strip():
            return None, f"unreadable date {clean_line(raw)[:40]!r}"
    return None, None


def _entry(entry: Mapping[str, Any], outlet: str, base: str | None) -> Article:
    link = absolute_link(entry.get("link"), base)
    parts = _body(entry, base, link or base)
    lead = parts.lead
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
        tags=tags, lead=lead, lead_kinds=parts.lead_kinds, key_points=parts.key_points,
        sections=parts.sections, links=parts.links, guid=guid,
        warnings=(warning,) if warning else (),
    )


def _problem(result: Mapping[str, Any]) -> str:
    error = result.get("bozo_exception")
    name = type(error).__name__ if error is not None else "unknown problem"
    detail = clean_line(str(error))[:100] if error is not None else ""
    return f"{name}: {detail}" if detail else name


# A server that sends an image or an archive where the feed should be gets it said plainly.
_BINARY = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
           (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive"),
           (b"\x1f\x8b", "gzip data"), (b"\x7fELF", "a program"))


def _not_a_feed(data: bytes) -> NotAFeed:
    if not data.strip():
        return NotAFeed("not a feed: the document is empty")
    for magic, what in _BINARY:
        if data.startswith(magic):
            return NotAFeed(f"not a feed: binary data ({what})")
    if _LOOKS_LIKE_HTML.search(data[:4096]):
        return NotAFeed("not a feed: this is an HTML page (import it as a page instead)")
    return NotAFeed(_NOT_A_FEED)


# -- what feedparser is never shown ----------------------------------------------------
# feedparser keeps every "safe" internal entity (`<!ENTITY a "...50 KB...">`) and, when the
# strict parser gives up (expat's amplification guard trips on exactly such a bomb), its
# loose parser expands them with no limit at all: one 50 KB entity referenced 50,000 times
# became 2.5 GB. Its loose parser also dies (ValueError) on `&#xD800;` or `&#x110000;`,
# losing the whole feed to one character reference. So the document is decoded here,
# defused, and handed over as UTF-8 that declares itself so.

_XML_BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
# `<?` or `<?xm` in encodings where ASCII bytes are not themselves (XML 1.0 appendix F).
_XML_MARKERS = (
    (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"), (b"<\x00?\x00", "utf-16-le"), (b"Lo\xa7\x94", "cp037"),
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]{0,400}?\?>")
_DECLARED = re.compile(rb"^\s*<\?xml\b[^>]{0,400}?\bencoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})")
# feedparser's loose parser takes `&#123` with or without the final `;`.
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));?")
_ELEMENT_START = re.compile(r"<\w")
_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_ENTITY_DECLARATION = re.compile(r"<!ENTITY[^>]*>?", re.IGNORECASE)
# Entities kept: one character reference or a few plain characters (`<!ENTITY nbsp
# "&#160;">` in old RSS), so a reference never grows into more than ~6 characters.
_SAFE_ENTITY = re.compile(
    r"""<!ENTITY\s+([A-Za-z_][\w.-]{0,40})\s+(["'])(&#[0-9]{1,7};|&#x[0-9A-Fa-f]{1,6};|[^&%<>"']{0,6})\2\s*>""")


def _xml_text(data: bytes) -> tuple[str, str | None]:
    """The document as text, decoded as feedparser would, and a warning when guessed."""
    for bom, codec in _XML_BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace"), None
    for marker, codec in _XML_MARKERS:
        if data.startswith(marker):
            return data.decode(codec, "replace"), None
    declared = _DECLARED.match(data[:512])
    if declared:
        label = declared.group(1).decode("ascii").lower()
        label = "gb18030" if label == "gb2312" else label
        try:
            return data.decode(label), None
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    label = clean_line(declared.group(1).decode("ascii"))[:40] if declared else ""
    what = f"declared {label!r} but" if label else "not UTF-8 and"
    return data.decode("cp1252", "replace"), f"the feed is {what} was read as Windows-1252"


def _char_ref(match: re.Match[str]) -> str:
    hexadecimal, decimal = match.group(1), match.group(2)
    digits = (hexadecimal or decimal).lstrip("0") or "0"
    # More than 8 digits is past U+10FFFF either way (and int() of 5,000 digits raises).
    value = int(digits, 16 if hexadecimal else 10) if len(digits) <= 8 else -1
    if 0 <= value < 0xD800 or 0xE000 <= value <= 0x10FFFF:
        return match.group()  # controls included: expat refuses them, the sanitiser drops them
    # A surrogate or a number past U+10FFFF has no character: feedparser's loose parser
    # would raise on it (losing the whole feed). The replacement character, visibly.
    return "&#xFFFD;"


def _doctype_end(text: str, start: int) -> int | None:
    """The index just past the DOCTYPE declaration at `start`, or None when unterminated.
    Quoted strings, comments and processing instructions may hold `]` and `>`."""
    i, end, subset = start + 9, len(text), False
    while i < end:
        char = text[i]
        if char in "\"'":
            close = text.find(char, i + 1)
            if close < 0:
                return None
            i = close + 1
        elif subset and text.startswith(("<!--", "<?"), i):
            close = text.find("-->" if text[i + 1] == "!" else "?>", i + 2)
            if close < 0:
                return None
            i = close + 3 if text[i + 1] == "!" else close + 2
        elif char == "[" and not subset:
            subset, i = True, i + 1
        elif char == "]" and subset:
            subset, i = False, i + 1
        elif char == ">" and not subset:
            return i + 1
        else:
            i += 1
    return None


def _without_entities(text: str) -> str:
    if "<!ENTITY" not in text.upper():
        return text
    return _ENTITY_DECLARATION.sub("", text)


def _defuse_doctype(text: str) -> str:
    """Rebuild a DOCTYPE before the root element with only the safe entities in it, and
    drop every other entity declaration before the root (where feedparser looks)."""
    found = _DOCTYPE.search(text)
    first = _ELEMENT_START.search(text)
    if not found or (first is not None and first.start() < found.start()):
        cut = first.start() if first else len(text)
        return _without_entities(text[:cut]) + text[cut:]
    end = _doctype_end(text, found.start())
    if end is None:
        raise NotAFeed("refused: the feed's DOCTYPE declaration is not well-formed")
    declaration = text[found.start():end]
    head = declaration[:-1].split("[", 1)[0].rstrip()
    safe = [f'<!ENTITY {m.group(1)} "{m.group(3)}">'
            for m in _SAFE_ENTITY.finditer(declaration)][:64]
    # Own lines: feedparser's loose parser finds entities (and the DOCTYPE) by line.
    rebuilt = "\n" + head + (" [\n" + "\n".join(safe) + "\n]" if safe else "") + ">"
    rest = text[end:]
    first = _ELEMENT_START.search(rest)
    cut = first.start() if first else len(rest)
    return (_without_entities(text[:found.start()]) + rebuilt
            + _without_entities(rest[:cut]) + rest[cut:])


def _defused_xml(data: bytes) -> tuple[bytes, str | None]:
    """UTF-8 bytes declaring UTF-8, with no dangerous entity and no impossible character
    reference left for feedparser, and the decoding warning if any."""
    text, warning = _xml_text(data)
    text = _CHAR_REF.sub(_char_ref, text)
    if "<!" in text:
        text = _defuse_doctype(text)
    declaration = "<?xml version='1.0' encoding='utf-8'?>"
    if _XML_DECLARATION.match(text):
        text = _XML_DECLARATION.sub(declaration, text, count=1)
    else:
        text = declaration + "\n" + text
    return text.encode("utf-8", "replace"), warning


def parse_feed(data: bytes, base_url: str | None = None) -> ParsedDocument:
    """Parse an RSS, Atom or JSON Feed document; raises `NotAFeed` for anything else."""
    if looks_like_json(data):
        try:
            return parse_json_feed(data, base_url)
        except NotAJSONFeed as error:
            raise NotAFeed(str(error)) from None
    # Costly to import (~0.2 s, feedparser with it): only paid when a feed is parsed.
    from reader.parse.fastfeed import fast_result

    # Plain well-formed RSS 2.0 / Atom 1.0 skip feedparser's slow SAX handlers; the fast
    # path hands back the same mapping feedparser would, or None when in any doubt.
    fast = fast_result(data)
    if fast is not None:
        return _document(fast, data, base_url, None)
    return _parse_with_feedparser(data, base_url)


def _parse_with_feedparser(data: bytes, base_url: str | None) -> ParsedDocument:
    """Any XML feed, the slow and tolerant way (the fast path's reference too)."""
    import feedparser

    original = data
    data, decoding = _defused_xml(data)

    # A content type makes feedparser trust the XML declaration (else: ISO-8859-1). No
    # Content-Location: feedparser would resolve RSS guids against it, changing an entry's
    # identity with the place the file came from; links are resolved against base_url here.
    headers = {"content-type": "application/xml"}
    result = feedparser.parse(
        io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False,
        response_headers=headers,
    )
    return _document(result, original, base_url, decoding)


def _document(result: Mapping[str, Any], original: bytes, base_url: str | None,
              decoding: str | None) -> ParsedDocument:
    """The model of a parsed feed (feedparser's result, or the fast path's likeness)."""
    entries = [e for e in result.get("entries") or () if isinstance(e, Mapping)]
    version = result.get("version") or ""
    if not entries and not version:
        raise _not_a_feed(original)
    warnings: list[str] = [decoding] if decoding else []
    if result.get("bozo"):
        warnings.append(f"the feed is not well-formed ({_problem(result)}); read what was there")
    feed = result.get("feed") or {}
    link = absolute_link(feed.get("link"), base_url)
    title = _text(feed.get("title"), _detail_type(feed, "title")) or (
        urlsplit(link).hostname if link else None) or "Untitled feed"
    articles, dropped = drop_repeated_guids(_entry(e, title, base_url) for e in entries)
    if dropped:
        warnings.append(repeated_warning(dropped))
    info = FeedInfo(title=clean_line(title), link=link, format=version or "unknown")
    return ParsedDocument(feed=info, articles=articles, warnings=tuple(warnings))
