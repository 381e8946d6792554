"""A saved HTML article page as one article: metadata from meta tags and JSON-LD, text
from the element holding the article, site furniture removed (see `html_region`), the
article's own header (kicker, standfirst, byline) taken out of its text (`html_header`),
then furniture and live-blog updates read from the page's shape (`html_boxes`,
`html_updates`).

Nothing is fetched: the parser never follows a link, loads a stylesheet or resolves an
entity from outside the bytes it was given.
"""

from __future__ import annotations

import codecs
import re
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from reader.model import Article, ParsedDocument
from reader.parse.html_blocks import walk_tree
from reader.parse.html_boxes import mark_furniture
from reader.parse.html_common import (
    content_guid,
    fallback_title,
    flatten_deep_markup,
    parse_iso_datetime,
    unique_lines,
)
from reader.parse.html_header import cut_header
from reader.parse.html_jsonld import merge_updates, read_jsonld
from reader.parse.html_region import article_region
from reader.parse.html_structure import HtmlParts, build_parts, number_links
from reader.parse.html_updates import mark_updates
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


def _take_caption(root: LexborNode) -> str | None:
    """The caption of the lead image (a figure before the first paragraph), removed from
    the text so it is not shown twice. A photo further down belongs to its paragraphs."""
    figure = None
    for node in root.traverse():
        if node.tag == "figure":
            figure = node
            break
        if node.tag == "p" and node.text(deep=True).strip():
            return None
    if figure is None or figure.css_first("img, picture") is None:
        return None
    caption = figure.css_first("figcaption")
    text = clean_line(caption.text(deep=True, separator=" ")) if caption is not None else ""
    figure.decompose()
    return text or None


def _drop_title_heading(root: LexborNode, title: str) -> None:
    """The heading repeating the title (an `<h1>`, else an `<h2>` on pages whose `<h1>` is
    the site's name) is not shown twice."""
    for selector in ("h1", "h2"):
        for heading in root.css(selector):
            if clean_line(heading.text(deep=True, separator=" ")) == title:
                heading.decompose()
                return


def _links_base(parser: LexborHTMLParser, base_url: str | None, meta: dict[str, list[str]],
                ) -> str | None:
    """What the page's relative links are relative to: its `<base href>`, else where it
    was read from, else the address it says it was saved from."""
    node = parser.css_first("base[href]")
    declared = (node.attributes.get("href") or "").strip() if node is not None else ""
    fallback = base_url or _canonical(parser) or _first(meta, "og:url")
    if declared:
        return clean_line(urljoin(fallback, declared) if fallback else declared) or fallback
    return fallback


def _link(value: str | None, base_url: str | None) -> str | None:
    if not value:
        return base_url
    return clean_line(urljoin(base_url, value) if base_url else value) or None


def read_parts(root: LexborNode, base: str | None, targets: list[str], *,
               live: bool | None = None, by_name: bool = True) -> HtmlParts:
    """The text under `root` as lead, key points and sections, furniture left out: the
    walk, then the passes reading the page's shape (furniture, update wrappers)."""
    blocks, spans = walk_tree(root, base, targets, by_name=by_name)
    mark_furniture(blocks, spans, page=not by_name)
    heads = mark_updates(blocks, spans) if live is not False else {}
    return build_parts([b for b in blocks if not b.dropped], live, heads)


def parse_html_page(data: bytes, base_url: str | None = None) -> ParsedDocument:
    """One article from a saved HTML page (feed is None)."""
    text, warning = decode_html(data)
    warnings: list[str] = [warning] if warning else []
    parser = LexborHTMLParser(flatten_deep_markup(clean(text)))
    meta = _meta(parser)
    base = _links_base(parser, base_url, meta)
    targets: list[str] = []  # every link of the article, numbered once at the end
    ld = read_jsonld(parser, base, targets)
    h1 = parser.css_first("h1")
    title_node = parser.css_first("title")
    title = (_first(meta, "og:title", "twitter:title") or ld.headline
             or (clean_line(h1.text(deep=True, separator=" ")) if h1 else "")
             or (clean_line(title_node.text()) if title_node else ""))
    caption = byline = None
    parts = HtmlParts()
    if parser.body is not None:
        root, byline = article_region(parser.body, title)
        header = cut_header(root, title)
        _drop_title_heading(root, title)
        caption = _take_caption(root) or header.standfirst
        byline = byline or header.byline
        parts = read_parts(root, base, targets, live=True if ld.live else None, by_name=False)
    parts = number_links(merge_updates(ld, parts), targets)
    lead = parts.lead
    if not title:
        title = fallback_title(lead)
        warnings.append("the page has no title")
    published_raw = _first(meta, "article:published_time", "datepublished") or ld.published
    # Aware UTC when the page gives a zone; a zone-less time is the outlet's own clock,
    # kept naive so the library stores and shows it as local (like syndication files).
    published = parse_iso_datetime(published_raw, naive_is_utc=False)
    if published_raw and published is None:
        warnings.append(f"unreadable publication date {clean_line(published_raw)[:40]!r}")
    author_names = unique_lines([*meta.get("author", ()), *meta.get("article:author", ()),
                                 *ld.authors])
    authors = [a for a in author_names if not a.startswith(("http://", "https://"))]
    if not authors and byline:
        authors = [byline]  # the page's own byline, when no metadata names the author
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
        lead_kinds=parts.lead_kinds,
        key_points=parts.key_points,
        sections=parts.sections,
        links=parts.links,
        guid=link or content_guid(title, lead),
        warnings=tuple(warnings),
    )
    return ParsedDocument(feed=None, articles=(article,), warnings=tuple(warnings))

