"""The article list's border title and subtitle: which filters are on, how many rows.

Pure functions; the search words are the user's own text, so they go in as plain Content.
"""

from __future__ import annotations

from textual.content import Content

from reader.model import ArticleQuery
from reader.ui.render import one_line
from reader.ui.wrap import ellipsize

SEARCH_SHOWN = 24
"""The most cells of search text the border title shows."""


def is_filtered(query: ArticleQuery) -> bool:
    return bool(query.text.strip() or query.unread_only or query.starred_only
                or query.feed_id is not None)


def list_title(query: ArticleQuery) -> Content:
    """`Articles`, or `Search: words` while a search is on."""
    text = one_line(query.text).strip()
    if not text:
        return Content("Articles")
    return Content.assemble("Search: ", (ellipsize(text, SEARCH_SHOWN), "bold"))


def list_subtitle(query: ArticleQuery, shown: int, total: int, unread: int) -> Content:
    """`5 unread` when nothing is filtered, else `unread · ★ · 3 of 6`."""
    if not is_filtered(query):
        return Content(f"{unread} unread" if unread else "")
    parts = []
    if query.unread_only:
        parts.append("unread")
    if query.starred_only:
        parts.append("★ starred")
    parts.append(f"{shown} of {total}")
    return Content(" · ".join(parts))
