"""Subscribing: `reader add URL` (with feed discovery), OPML / newsboat import, OPML export.

`add_url` fetches what it is given. A feed is subscribed and its articles stored at once;
an HTML page is searched for `<link rel="alternate">` feeds (RSS, Atom, JSON Feed), and
the first one found is subscribed (all of them with `all_found`); the others are named in
the report so the user can add them too.

Importing a subscription list never touches the network: the feeds are added with their
tags (OPML folders, newsboat tags) and fetched by the next `reader refresh`. Every line
that is not imported is reported with its reason.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin

from reader.fetch.http_types import Fetched, FetchFailed, FetchRequest, FetchResult
from reader.links import LinkRefused, checked_link
from reader.model import ParsedDocument, SourceKind
from reader.parse.opml import (
    Skipped,
    Subscription,
    SubscriptionList,
    feed_url_problem,
    write_opml,
)
from reader.services.refresh import FeedOutcome, RefreshPolicy, record_result
from reader.services.refresh_parse import parse_body
from reader.store import Library
from reader.text import clean_line

__all__ = [
    "AddError", "AddReport", "ImportedSubscriptions", "add_url", "discover_feeds",
    "export_opml", "import_subscriptions",
]

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/feed+json",
                        "application/json"})


class AddError(Exception):
    """`reader add` could not subscribe; the message is one line for the user."""


@dataclass
class AddReport:
    added: list[FeedOutcome] = field(default_factory=list)
    """Feeds subscribed now, with what their first fetch stored."""
    existing: list[str] = field(default_factory=list)
    """URLs that were already subscribed (their tags were merged)."""
    also_found: list[tuple[str, str]] = field(default_factory=list)
    """(url, title) of other feeds the page names, not subscribed."""


@dataclass
class ImportedSubscriptions:
    added: int = 0
    existing: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def discover_feeds(html: bytes, base_url: str) -> list[tuple[str, str]]:
    """The feeds an HTML page names in `<link rel="alternate" type=...>`: (url, title)."""
    from selectolax.lexbor import LexborHTMLParser

    page = LexborHTMLParser(html)
    base = base_url
    for node in page.css("base[href]"):
        href = (node.attributes.get("href") or "").strip()
        if href:
            base = urljoin(base_url, href)
            break
    found: dict[str, str] = {}
    for node in page.css("link[href]"):
        attrs = node.attributes
        rels = (attrs.get("rel") or "").lower().split()
        kind = (attrs.get("type") or "").lower().split(";")[0].strip()
        if "alternate" not in rels or kind not in FEED_TYPES:
            continue
        url = clean_line(urljoin(base, (attrs.get("href") or "").strip()))
        if feed_url_problem(url) is None and url not in found:
            found[url] = clean_line(attrs.get("title") or "")
    return list(found.items())


async def _fetch(urls: Sequence[str], policy: RefreshPolicy) -> list[FetchResult]:
    from reader.fetch.http import fetch_all

    return await fetch_all([FetchRequest(u) for u in urls], policy.fetch)


def _parse(result: FetchResult) -> ParsedDocument | str:
    if isinstance(result, FetchFailed):
        return result.reason
    if isinstance(result, Fetched):
        return parse_body(result.body, result.final_url)
    return "the server answered 304 to a request without validators"


def _subscribe(library: Library, result: FetchResult, parsed: ParsedDocument,
               title: str, tags: Sequence[str], policy: RefreshPolicy) -> FeedOutcome:
    info = parsed.feed
    # The feed's own title first: a page's <link title> is often just "RSS" or "Comments".
    feed_id = library.add_feed(result.url, SourceKind.HTTP, (info.title if info else "") or title,
                               info.link if info else None)
    if tags:
        library.set_feed_tags(feed_id, tags)
    state = library.feed_state(feed_id)
    assert state is not None
    return record_result(library, state, result, parsed, policy)


def _existing(library: Library, url: str, tags: Sequence[str]) -> bool:
    feed = library.find_feed(url)
    if feed is None:
        return False
    if tags:
        library.set_feed_tags(feed.id, [*feed.tags, *tags])
    if feed.gone or feed.failures:
        library.reset_fetch_state(feed.id)  # adding again: give it a fresh chance
    return True


def add_url(library: Library, url: str, tags: Sequence[str] = (), all_found: bool = False,
            policy: RefreshPolicy | None = None) -> AddReport:
    """Subscribe to the feed at `url`, or to the feed(s) the page at `url` names."""
    policy = policy or RefreshPolicy()
    try:
        url = checked_link(url.strip())
    except LinkRefused as error:
        raise AddError(str(error).replace("source link", "URL")) from None
    report = AddReport()
    if _existing(library, url, tags):
        report.existing.append(url)
        return report
    [result] = asyncio.run(_fetch([url], policy))
    if isinstance(result, FetchFailed):
        raise AddError(f"{url}: {result.reason}")
    parsed = _parse(result)
    if isinstance(parsed, ParsedDocument):
        report.added.append(_subscribe(library, result, parsed, "", tags, policy))
        return report
    found = discover_feeds(result.body, result.final_url) if isinstance(result, Fetched) else []
    if not found:
        raise AddError(f"{url}: no feed here ({parsed}), and the page names none")
    chosen = found if all_found else found[:1]
    report.also_found = found[len(chosen):]
    fresh: list[tuple[str, str]] = []
    for candidate in chosen:
        if _existing(library, candidate[0], tags):
            report.existing.append(candidate[0])
        else:
            fresh.append(candidate)
    results = asyncio.run(_fetch([u for u, _ in fresh], policy)) if fresh else []
    problems: list[str] = []
    for (feed_url, title), fetched in zip(fresh, results, strict=True):
        doc = _parse(fetched)
        if isinstance(doc, ParsedDocument):
            report.added.append(_subscribe(library, fetched, doc, title, tags, policy))
        else:
            problems.append(f"{feed_url}: {doc}")
    if problems and not report.added and not report.existing:
        raise AddError("the page names feeds, but none could be read: " + "; ".join(problems))
    return report


def import_subscriptions(library: Library,
                         subscriptions: SubscriptionList) -> ImportedSubscriptions:
    """Add every feed of an OPML / newsboat list (no fetching); merge tags of known ones."""
    done = ImportedSubscriptions(skipped=list(subscriptions.skipped))
    for sub in subscriptions.subscriptions:
        if _existing(library, sub.url, sub.tags):
            done.existing += 1
            continue
        feed_id = library.add_feed(sub.url, SourceKind.HTTP, sub.title, sub.link)
        if sub.tags:
            library.set_feed_tags(feed_id, sub.tags)
        done.added += 1
    return done


def export_opml(library: Library) -> bytes:
    """Every HTTP subscription as OPML 2.0 (tags as folders and categories)."""
    subs = [Subscription(f.url, f.title, f.tags, f.link)
            for f in library.feed_states(kind=SourceKind.HTTP)]
    return write_opml(subs)
