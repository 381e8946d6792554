"""schema.org JSON-LD in a saved page: article metadata and `LiveBlogPosting` updates."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from reader.model import BlockKind, Section
from reader.parse.html_blocks import walk_blocks
from reader.parse.html_common import optional_line, text_paragraphs, unique_lines
from reader.parse.html_links import strip_marks, without_marks
from reader.parse.html_structure import HtmlParts, block_kind, compact_kinds, paragraph_text
from reader.text import clean_line

_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "liveblogposting", "reportagenewsarticle",
    "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
    "report", "socialmediaposting",
})
_MAX_SCRIPT = 4_000_000
_MAX_UPDATES = 5_000
_LOOKS_LIKE_HTML = re.compile(r"<(?:p|div|br|ul|li|h[1-6]|strong|em|a|span|blockquote)\b", re.I)


@dataclass(frozen=True, slots=True)
class PageData:
    """What the page's JSON-LD says about its article (each field may be missing)."""

    headline: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    publisher: str | None = None
    url: str | None = None
    description: str | None = None
    live: bool = False
    updates: tuple[Section, ...] = ()
    titled: tuple[bool, ...] = ()
    """For each update, whether it had a headline of its own (else its heading is its time)."""


def _objects(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object at the top of a JSON-LD script, `@graph` members included."""
    if depth > 3:
        return
    if isinstance(value, list):
        for item in value:
            yield from _objects(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        yield from _objects(value.get("@graph"), depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    raw = obj.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {n.rsplit("/", 1)[-1].casefold() for n in names if isinstance(n, str)}


def _names(value: Any) -> list[str]:
    """Person/organisation names from a string, an object with `name`, or a list of them."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:50]:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            out.append(item["name"])
    return out


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split(",")
    if isinstance(value, list):
        return [v for v in value[:200] if isinstance(v, str)]
    return []


def clock_time(value: object) -> str | None:
    """`2025-03-14T10:45:00+01:00` -> `10:45`, the wall-clock time the outlet showed."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) < 11 or text[10] not in "Tt ":
        return None  # a date alone says nothing about the time of day
    if text[-1:] in ("z", "Z"):
        text = text[:-1] + "+00:00"
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None
    return f"{stamp.hour:02d}:{stamp.minute:02d}"


def _body_paragraphs(
    body: str, base: str | None, targets: list[str],
) -> tuple[tuple[str, ...], tuple[BlockKind, ...]]:
    """An update's paragraphs and their kinds; its links join the page's `targets`."""
    if _LOOKS_LIKE_HTML.search(body):
        root = LexborHTMLParser(body).body
        blocks = walk_blocks(root, base, targets) if root else []
        return (tuple(paragraph_text(b) for b in blocks),
                compact_kinds([block_kind(b) for b in blocks]))
    # Plain text may not fake a link mark: only the walk writes those.
    return text_paragraphs(re.sub(r"\n", "\n\n", without_marks(body))), ()


def _updates(
    value: Any, base: str | None, targets: list[str],
) -> tuple[tuple[Section, ...], tuple[bool, ...]]:
    items = value if isinstance(value, list) else [value]
    sections: list[Section] = []
    titled: list[bool] = []
    for item in items[:_MAX_UPDATES]:
        if not isinstance(item, dict):
            continue
        body = item.get("articleBody") or item.get("text") or item.get("description") or ""
        paragraphs, kinds = _body_paragraphs(body, base, targets) if isinstance(body, str) \
            else ((), ())
        time = clock_time(item.get("datePublished") or item.get("dateModified"))
        heading = optional_line(item.get("headline")) or optional_line(item.get("name"))
        if heading is None and not paragraphs:
            continue
        titled.append(heading is not None)
        sections.append(Section(heading or time or "", time, paragraphs, kinds))
    return tuple(sections), tuple(titled)


def _scripts(parser: LexborHTMLParser) -> Iterator[Any]:
    for script in parser.css("script"):
        kind = (script.attributes.get("type") or "").strip().casefold()
        if kind != "application/ld+json":
            continue
        text = script.text(deep=True)
        if len(text) > _MAX_SCRIPT:
            continue
        try:
            yield json.loads(text)
        except (ValueError, RecursionError):
            continue


def read_jsonld(
    parser: LexborHTMLParser, base: str | None = None, targets: list[str] | None = None,
) -> PageData:
    """The first article-like JSON-LD object of the page (a live blog wins over others).

    Links in update bodies resolve against `base` and join `targets` (see html_links)."""
    chosen: dict[str, Any] | None = None
    for data in _scripts(parser):
        for obj in _objects(data):
            types = _types(obj)
            if "liveblogposting" in types:
                chosen = obj
                break
            if chosen is None and types & _ARTICLE_TYPES:
                chosen = obj
        if chosen is not None and "liveblogposting" in _types(chosen):
            break
    if chosen is None:
        return PageData()
    publisher = _names(chosen.get("publisher"))
    url = chosen.get("url")
    live = "liveblogposting" in _types(chosen)
    description = chosen.get("description")
    updates, titled = _updates(chosen.get("liveBlogUpdate"), base,
                               targets if targets is not None else []) if live else ((), ())
    return PageData(
        headline=optional_line(chosen.get("headline")) or optional_line(chosen.get("name")),
        published=chosen.get("datePublished") if isinstance(chosen.get("datePublished"), str)
        else None,
        authors=unique_lines(_names(chosen.get("author"))),
        keywords=unique_lines(_keywords(chosen.get("keywords"))),
        publisher=clean_line(publisher[0]) if publisher else None,
        url=url if isinstance(url, str) else None,
        description=optional_line(without_marks(description))
        if isinstance(description, str) else None,
        live=live,
        updates=updates,
        titled=titled,
    )


_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACES.sub(" ", strip_marks(text)).strip().casefold()


def _merge_one(update: Section, titled: bool, shown: Section) -> Section:
    """One update with what the page shows of it: the page's time as the outlet wrote it
    (not a bare ISO stamp), its heading when the update has no headline, its paragraphs
    when they hold all of the update's and more."""
    heading = update.heading if titled else shown.heading
    time = shown.time if shown.time and not _ISO_STAMP.match(shown.time) else update.time
    known = {_key(p) for p in shown.paragraphs}
    if len(shown.paragraphs) > len(update.paragraphs) and all(
            _key(p) in known for p in update.paragraphs):
        return Section(heading, time, shown.paragraphs, shown.kinds)
    return Section(heading, time, update.paragraphs, update.kinds)


def _own_lead(ld: PageData, parts: HtmlParts) -> tuple[tuple[str, ...], tuple[BlockKind, ...]]:
    """The markup's lead without the updates' text (a page rendering its updates without
    a shape the parser knows has them in its lead); the description when nothing is left."""
    said = {_key(text) for update in ld.updates for text in (update.heading, *update.paragraphs)}
    kinds = [parts.lead_kinds[i] if i < len(parts.lead_kinds) else BlockKind.PARAGRAPH
             for i in range(len(parts.lead))]
    kept = [(text, kind) for text, kind in zip(parts.lead, kinds, strict=True)
            if _key(text) not in said]
    if not kept:
        return ((ld.description,) if ld.description else ()), ()
    return tuple(t for t, _k in kept), compact_kinds([k for _t, k in kept])


def merge_updates(ld: PageData, parts: HtmlParts) -> HtmlParts:
    """The page's JSON-LD updates with the sections found in its markup.

    The updates are the outlet's structured copy, so they replace the markup's sections;
    but each update that matches a section of the page (same headline, else same first
    paragraph) takes the page's time, heading and paragraphs where those are better (see
    `_merge_one`). When every update matched and the page shows more sections than the
    JSON-LD lists, the page's list is the richer one and is kept. The markup's lead stays
    without the updates' text (see `_own_lead`)."""
    if not ld.updates:
        return parts
    if not parts.sections:
        return HtmlParts(*_own_lead(ld, parts), parts.key_points, ld.updates)
    by_heading: dict[str, list[int]] = {}
    by_start: dict[str, list[int]] = {}
    for j, section in enumerate(parts.sections):
        by_heading.setdefault(_key(section.heading), []).append(j)
        if section.paragraphs:
            by_start.setdefault(_key(section.paragraphs[0]), []).append(j)
    taken: dict[int, Section] = {}
    merged: list[Section] = []
    for index, update in enumerate(ld.updates):
        titled = index < len(ld.titled) and ld.titled[index]
        candidates = [*(by_heading.get(_key(update.heading), ()) if titled else ()),
                      *(by_start.get(_key(update.paragraphs[0]), ()) if update.paragraphs
                        else ())]
        match = next((c for c in candidates if c not in taken), None)
        if match is None:
            merged.append(update)
            continue
        taken[match] = _merge_one(update, titled, parts.sections[match])
        merged.append(taken[match])
    if len(taken) == len(ld.updates) and len(parts.sections) > len(ld.updates):
        sections = tuple(taken.get(j, s) for j, s in enumerate(parts.sections))
    else:
        sections = tuple(merged)
    return HtmlParts(parts.lead, parts.lead_kinds, parts.key_points, sections)
