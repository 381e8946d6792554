"""A saved HTML article page as one article: metadata from meta tags and JSON-LD, text
from the main content.

Nothing is fetched: the parser never follows a link, loads a stylesheet or resolves an
entity from outside the bytes it was given.
"""

from __future__ import annotations

import codecs
import re
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from reader.model import Article, ParsedDocument, Section
from reader.parse.html_blocks import walk_blocks
from reader.parse.html_common import (
    content_guid,
    fallback_title,
    parse_iso_datetime,
    unique_lines,
)
from reader.parse.html_jsonld import PageData, read_jsonld
from reader.parse.html_structure import build_parts
from reader.text import clean, clean_line

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I,
)
# What the HTML standard reads these labels as.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252",
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
}
_SNIFF_BYTES = 4096
_GUESSED = "the page declares no charset and is not UTF-8: read as cp1252"


def decode_html(data: bytes) -> tuple[str, str | None]:
    """The page's text and, when the charset had to be guessed, a warning saying so.

    Order: byte-order mark, a `<meta charset>` near the top, strict UTF-8, then cp1252
    (what browsers assume for undeclared legacy pages).
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace"), None
    declared = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if declared:
        label = declared.group(1).decode("ascii").casefold()
        label = _CHARSET_ALIASES.get(label, label)
        try:
            return data.decode(codecs.lookup(label).name, "replace"), None
        except LookupError:
            pass
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace"), _GUESSED


def _meta(parser: LexborHTMLParser) -> dict[str, list[str]]:
    """Meta tag contents by lower-cased `property` / `name` / `itemprop`."""
    found: dict[str, list[str]] = {}
    for node in parser.css("meta"):
        attributes = node.attributes
        content = attributes.get("content")
        if not content:
            continue
        for key in ("property", "name", "itemprop"):
            name = attributes.get(key)
            if name:
                found.setdefault(name.strip().casefold(), []).append(content)
    return found


def _first(meta: dict[str, list[str]], *names: str) -> str | None:
    for name in names:
        for value in meta.get(name, ()):
            line = clean_line(value)
            if line:
                return line
    return None


def _canonical(parser: LexborHTMLParser) -> str | None:
    for node in parser.css("link"):
        rel = (node.attributes.get("rel") or "").casefold().split()
        href = node.attributes.get("href")
        if "canonical" in rel and href and href.strip():
            return href.strip()
    return None


def _content_root(parser: LexborHTMLParser) -> LexborNode | None:
    """The element holding the article: a lone `<article>`, else `<main>`, else the body."""
    articles = parser.css("article")
    if len(articles) == 1:
        return articles[0]
    main = parser.css_first("main")
    if main is not None:
        return main
    body = parser.body
    if body is not None:
        # Site header and footer around the article carry no article text.
        for node in [n for n in body.iter() if n.tag in ("header", "footer")]:
            node.decompose()
    return body


def _take_caption(root: LexborNode) -> str | None:
    """The caption of the lead image, removed from the text so it is not shown twice."""
    figure = root.css_first("figure")
    if figure is None or figure.css_first("img, picture") is None:
        return None
    caption = figure.css_first("figcaption")
    text = clean_line(caption.text(deep=True, separator=" ")) if caption is not None else ""
    figure.decompose()
    return text or None


def _drop_title_heading(root: LexborNode, title: str) -> None:
    for h1 in root.css("h1"):
        if clean_line(h1.text(deep=True, separator=" ")) == title:
            h1.decompose()
            return


def _link(value: str | None, base_url: str | None) -> str | None:
    if not value:
        return base_url
    return clean_line(urljoin(base_url, value) if base_url else value) or None


def parse_html_page(data: bytes, base_url: str | None = None) -> ParsedDocument:
    """One article from a saved HTML page (feed is None)."""
    text, warning = decode_html(data)
    warnings: list[str] = [warning] if warning else []
    parser = LexborHTMLParser(clean(text))
    meta = _meta(parser)
    ld = read_jsonld(parser)
    h1 = parser.css_first("h1")
    title_node = parser.css_first("title")
    title = (_first(meta, "og:title", "twitter:title") or ld.headline
             or (clean_line(h1.text(deep=True, separator=" ")) if h1 else "")
             or (clean_line(title_node.text()) if title_node else ""))
    root = _content_root(parser)
    caption = None
    lead: tuple[str, ...] = ()
    key_points = None
    sections: tuple[Section, ...] = ()
    if root is not None:
        _drop_title_heading(root, title)
        caption = _take_caption(root)
        lead, key_points, sections = build_parts(walk_blocks(root), True if ld.live else None)
    lead, sections = _merge_live(ld, lead, sections)
    if not title:
        title = fallback_title(lead)
        warnings.append("the page has no title")
    published_raw = _first(meta, "article:published_time", "datepublished") or ld.published
    published = parse_iso_datetime(published_raw)
    if published_raw and published is None:
        warnings.append(f"unreadable publication date {clean_line(published_raw)[:40]!r}")
    author_names = unique_lines([*meta.get("author", ()), *meta.get("article:author", ()),
                                 *ld.authors])
    authors = [a for a in author_names if not a.startswith(("http://", "https://"))]
    tags = unique_lines([*meta.get("article:tag", ()),
                         *(k for v in meta.get("keywords", ()) for k in v.split(",")),
                         *ld.keywords])
    link = _link(_canonical(parser) or _first(meta, "og:url") or ld.url, base_url)
    article = Article(
        title=title,
        outlet=_first(meta, "og:site_name", "application-name") or ld.publisher or "",
        caption=caption,
        source_link=link,
        author=", ".join(authors) or None,
        published=published,
        tags=tags,
        lead=lead,
        key_points=key_points,
        sections=sections,
        guid=link or content_guid(title, lead),
        warnings=tuple(warnings),
    )
    return ParsedDocument(feed=None, articles=(article,), warnings=tuple(warnings))


def _merge_live(
    ld: PageData, lead: tuple[str, ...], sections: tuple[Section, ...],
) -> tuple[tuple[str, ...], tuple[Section, ...]]:
    """JSON-LD updates replace the sections found in the markup (they are the outlet's own
    structured copy); the markup's lead stays unless it was all update text."""
    if not ld.updates:
        return lead, sections
    if not sections:
        lead = (ld.description,) if ld.description else ()
    return lead, ld.updates

