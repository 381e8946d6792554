"""How an `Article` becomes a row and back: JSON columns, ISO dates, a content hash.

The structured parts (lead, key points, sections, tags) are stored as JSON so a live blog
keeps its shape, and so the full-text index can read their text with SQLite's JSON
functions (see `schema.SEARCH_BODY`). What only HTML content has (paragraph kinds, link
targets) goes in one more JSON column, `extras`, NULL for the plain articles that are most
of a library, which also keeps their content hash what it was before the column existed.
Nothing here touches a connection.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from reader.model import Article, BlockKind, KeyPoints, Section


def iso(moment: datetime | None) -> str | None:
    """Naive ISO text (seconds) that sorts as time does; aware times become naive UTC."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


UTC_SUFFIX = "+00:00"
"""Ends a stored publication time known in UTC; a time without it is the outlet's local
time (syndication files carry no zone)."""


def published_iso(moment: datetime | None, naive_is_utc: bool = False) -> str | None:
    """The stored form of a publication time: `YYYY-MM-DDTHH:MM:SS+00:00` when the time
    is known in UTC (aware, or naive from a source whose naive times are UTC), the naive
    text alone for a local time. Both kinds begin with the same 19 characters, the ones
    `sort_key` uses, so the list sorts them together (apart by the UTC offset at most)."""
    if moment is None:
        return None
    if moment.tzinfo is None and not naive_is_utc:
        return moment.isoformat(timespec="seconds")
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(UTC)
        except OverflowError:
            # 0001-01-01T00:00+01:00 has no UTC time; no date beats losing the article.
            return None
    return moment.replace(tzinfo=None).isoformat(timespec="seconds") + UTC_SUFFIX


def naive_dates_are_utc(kind: str, url: str) -> bool:
    """Whether a feed's naive publication times are UTC rather than local.

    Feed parsers give aware UTC times, which are stored as UTC whatever this says; the
    rule is for a naive time all the same (an article built by older code or a test). An
    HTTP feed only ever holds feed entries, and so do the bundled sample feed files
    (`sample:<file>`), while the sample single articles (`sample:articles`) are syndication
    text, whose times are local. A FILES feed cannot tell: a folder of syndication files
    and a feed file look alike here, so its naive times stay local. Schema 4's migration
    applies the same rule."""
    return kind == "http" or (kind == "sample" and url != "sample:articles")


def parse_iso(text: str | None) -> datetime | None:
    """A stored time; aware (UTC) when it was stored with its zone, naive otherwise."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        # A row written by a later version or by hand: show no date rather than fail.
        return None


def now_iso() -> str:
    return iso(datetime.now(UTC)) or ""


def sort_key(published: str | None, added: str) -> str:
    """The list order in one indexed column: dated articles first (newest first),
    then undated ones by the time they were added. Only the date and time digits count,
    not a zone suffix: one kind sorts exactly, a UTC and a local time by their digits."""
    return "1" + published[:19] if published else "0" + added


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _key_points_json(points: KeyPoints | None) -> str | None:
    if points is None:
        return None
    return _dumps({"title": points.title, "items": list(points.items)})


def _sections_json(sections: tuple[Section, ...]) -> str:
    return _dumps([
        {"heading": s.heading, "time": s.time, "paragraphs": list(s.paragraphs)}
        for s in sections
    ])


def _extras_json(article: Article) -> str | None:
    """Paragraph kinds and link targets, or None when the article has neither."""
    extras: dict[str, Any] = {}
    if article.lead_kinds:
        extras["lead_kinds"] = [str(k) for k in article.lead_kinds]
    section_kinds = [[str(k) for k in s.kinds] for s in article.sections]
    while section_kinds and not section_kinds[-1]:
        section_kinds.pop()
    if section_kinds:
        extras["section_kinds"] = section_kinds
    if article.links:
        extras["links"] = list(article.links)
    return _dumps(extras) if extras else None


def content_columns(article: Article, naive_is_utc: bool = False) -> dict[str, Any]:
    """The stored columns that depend on the article's content alone (no guid, no state);
    `naive_is_utc` says how to store a naive publication time (see `published_iso`)."""
    return {
        "title": article.title,
        "outlet": article.outlet,
        "caption": article.caption,
        "source_link": article.source_link,
        "author": article.author,
        "published": published_iso(article.published, naive_is_utc),
        "tags": _dumps(list(article.tags)),
        "lead": _dumps(list(article.lead)),
        "key_points": _key_points_json(article.key_points),
        "sections": _sections_json(article.sections),
        "section_count": len(article.sections),
        "extras": _extras_json(article),
    }


def content_hash(columns: dict[str, Any]) -> str:
    """A digest of everything the reader shows, to tell an update from a re-import.

    Without extras the digest is the one schema 2 computed, so upgrading never makes
    every stored article look updated."""
    if columns.get("extras") is None:
        columns = {k: v for k, v in columns.items() if k != "extras"}
    return hashlib.sha256(_dumps(columns).encode("utf-8")).hexdigest()


def article_guid(article: Article) -> str:
    """The identity within a feed; parsers set one, but never store an article without."""
    if article.guid:
        return article.guid
    if article.source_link:
        return article.source_link
    # `iso`, not `published_iso`: this identity predates stored zones and must not move.
    basis = _dumps([article.title, article.outlet, iso(article.published)])
    return "sha256:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()


def _str_tuple(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(v) for v in value if isinstance(v, str))


def _loads(text: str | None) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _key_points(text: str | None) -> KeyPoints | None:
    data = _loads(text)
    if not isinstance(data, dict):
        return None
    return KeyPoints(title=str(data.get("title") or ""), items=_str_tuple(data.get("items")))


def _kinds(value: Any) -> tuple[BlockKind, ...]:
    """Stored kinds; one this version does not know (a later one wrote it) reads as plain."""
    if not isinstance(value, list):
        return ()
    known = {str(k): k for k in BlockKind}
    return tuple(known.get(v, BlockKind.PARAGRAPH) if isinstance(v, str)
                 else BlockKind.PARAGRAPH for v in value)


def _extras(text: str | None) -> dict[str, Any]:
    data = _loads(text)
    return data if isinstance(data, dict) else {}


def _with_kinds(sections: tuple[Section, ...], value: Any) -> tuple[Section, ...]:
    if not isinstance(value, list) or not value:
        return sections
    return tuple(
        Section(s.heading, s.time, s.paragraphs, _kinds(value[i])) if i < len(value) else s
        for i, s in enumerate(sections)
    )


def sections_of(text: str | None) -> tuple[Section, ...]:
    """The sections of a stored `sections` JSON column (bad items skipped)."""
    data = _loads(text)
    if not isinstance(data, list):
        return ()
    out: list[Section] = []
    for item in data:
        if not isinstance(item, dict):
            continue
        time = item.get("time")
        out.append(Section(
            heading=str(item.get("heading") or ""),
            time=time if isinstance(time, str) else None,
            paragraphs=_str_tuple(item.get("paragraphs")),
        ))
    return tuple(out)


def row_to_article(row: Any) -> Article:
    """Rebuild the Article from an `articles` row (sqlite3.Row or mapping)."""
    extras = _extras(row["extras"])
    return Article(
        title=row["title"],
        outlet=row["outlet"],
        caption=row["caption"],
        source_link=row["source_link"],
        author=row["author"],
        published=parse_iso(row["published"]),
        tags=_str_tuple(_loads(row["tags"])),
        lead=_str_tuple(_loads(row["lead"])),
        lead_kinds=_kinds(extras.get("lead_kinds")),
        key_points=_key_points(row["key_points"]),
        sections=_with_kinds(sections_of(row["sections"]), extras.get("section_kinds")),
        links=_str_tuple(extras.get("links")),
        guid=row["guid"],
    )
