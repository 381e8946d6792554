"""The typed model every layer shares: what a source is and what an article holds.

Every string in these objects has already passed through `reader.text.clean` (the parsers
guarantee it), so a widget may show it as plain text without further checks. Nothing in
here is ever interpreted as markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class BlockKind(StrEnum):
    """How a paragraph of an article is laid out (HTML content has more than paragraphs)."""

    PARAGRAPH = "p"
    HEADING = "h"
    """A subheading inside the text (not a live-blog section)."""
    ITEM = "li"
    """One list item; its text carries no bullet of its own."""
    QUOTE = "quote"
    CODE = "code"
    """Preformatted: line breaks and indentation are kept."""
    IMAGE = "img"
    """An image shown as its alternative text."""


class SectionMark(StrEnum):
    """What the user has seen of one live-blog section."""

    SEEN = "seen"
    """Read before, unchanged since."""
    NEW = "new"
    """Arrived after the user last opened the article."""
    CHANGED = "changed"
    """Read before, but its text changed since."""


class SourceKind(StrEnum):
    """Where a feed's articles come from."""

    HTTP = "http"
    """A feed fetched over http(s)."""
    FILES = "files"
    """Local files imported by `reader import` (syndication text, feed or HTML files)."""
    SAMPLE = "sample"
    """The bundled sample edition, removable by the user."""


@dataclass(frozen=True, slots=True)
class Section:
    """One timed part of a live blog."""

    heading: str
    time: str | None = None
    """The time as the outlet wrote it (`14h32`, `10:45`, `Il y a 2 heures`), or None."""
    paragraphs: tuple[str, ...] = ()
    kinds: tuple[BlockKind, ...] = ()
    """One kind per paragraph; empty when every paragraph is a plain one."""

    def kind_of(self, index: int) -> BlockKind:
        return self.kinds[index] if index < len(self.kinds) else BlockKind.PARAGRAPH


@dataclass(frozen=True, slots=True)
class KeyPoints:
    """A live blog's summary box (`Les infos à retenir`, `Key points`, ...)."""

    title: str
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as parsed, before or after it is stored.

    A live blog is an article with sections; a plain article has only a lead.
    """

    title: str
    outlet: str = ""
    caption: str | None = None
    source_link: str | None = None
    """The original article's URL (may be any scheme: the UI checks it before opening)."""
    author: str | None = None
    published: datetime | None = None
    """Aware (UTC) when the zone is known: feed entries, HTML pages whose date has a zone.
    Naive when it is the outlet's local time: syndication files, zone-less HTML page dates."""
    tags: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    """Paragraphs before the key-points box or the first section (all of a plain article)."""
    lead_kinds: tuple[BlockKind, ...] = ()
    """One kind per lead paragraph; empty when every paragraph is a plain one."""
    key_points: KeyPoints | None = None
    sections: tuple[Section, ...] = ()
    links: tuple[str, ...] = ()
    """Targets of the numbered links: the text marks the n-th link as `[n]` after its words.
    Kept as found (resolved against the document's base); the UI checks them before use."""
    guid: str | None = None
    """The identity within its feed: a feed's guid/id, else the link, else a content hash."""
    warnings: tuple[str, ...] = field(default=(), compare=False)
    """Problems the parser recovered from (shown by `reader import`, never fatal)."""

    @property
    def live(self) -> bool:
        """True exactly when the article has sections."""
        return bool(self.sections)

    def lead_kind(self, index: int) -> BlockKind:
        return self.lead_kinds[index] if index < len(self.lead_kinds) else BlockKind.PARAGRAPH

    @property
    def word_count(self) -> int:
        parts: list[str] = [*self.lead]
        if self.key_points:
            parts.extend(self.key_points.items)
        for section in self.sections:
            parts.append(section.heading)
            parts.extend(section.paragraphs)
        return sum(len(p.split()) for p in parts)


@dataclass(frozen=True, slots=True)
class FeedInfo:
    """What a feed document says about itself."""

    title: str
    link: str | None = None
    format: str = "unknown"
    """`rss20`, `rss10`, `rss091u`, `atom10`, `json11`, `syndication`, `html` ..."""


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """The result of parsing one file or one fetched body."""

    feed: FeedInfo | None
    """None for a single-article file (syndication text or HTML page)."""
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Feed:
    """A stored source, as the library lists it."""

    id: int
    url: str
    title: str
    kind: SourceKind
    link: str | None = None
    article_count: int = 0
    unread_count: int = 0


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """The few columns the article list shows: one row per line, read page by page."""

    id: int
    title: str
    outlet: str
    feed_title: str
    published: datetime | None
    read: bool
    starred: bool
    section_count: int
    """Number of live-blog updates (0 for a plain article)."""
    new_sections: int = 0
    """Sections that arrived since the user last opened it (the list shows "+3")."""


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """A stored article with its library state, as the reader pane and sidebar show it."""

    id: int
    feed: Feed
    article: Article
    read: bool
    starred: bool
    added: datetime
    section_marks: tuple[SectionMark, ...] = ()
    """One mark per section of `article`, as of just before this opening; empty when the
    article was never opened (nothing is "new" on a first read)."""


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    """Which articles the list shows, in which order (newest first)."""

    text: str = ""
    """Full-text search terms (FTS5 when available); empty means all."""
    unread_only: bool = False
    starred_only: bool = False
    feed_id: int | None = None
