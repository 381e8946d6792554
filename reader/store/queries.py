"""SQL for the article list: filters, search, newest-first paging.

User search text is never FTS5 syntax: it is cut into words, each word becomes a quoted
phrase (quotes doubled), and only the last word is a prefix match, so `"a [/] b`, `NEAR(`
or `title:x` are just words to look for.
"""

from __future__ import annotations

from typing import Any

from reader.model import ArticleQuery

ORDER = "ORDER BY a.sort_key DESC, a.id DESC"


def search_words(text: str) -> list[str]:
    """The words of a search; a chunk of punctuation alone (`[/]`, `-`) is no word."""
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def fts_match(words: list[str]) -> str:
    """An FTS5 MATCH expression that finds rows holding every word (last one as prefix)."""
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    phrases[-1] += "*"
    return " AND ".join(phrases)


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_LIKE_COLUMNS = ("a.title", "a.outlet", "a.author", "a.tags", "a.caption", "a.lead",
                 "a.key_points", "a.sections")


def where(query: ArticleQuery, fts: bool) -> tuple[str, list[Any]]:
    """The WHERE clause (possibly empty) and its parameters for a query on `articles a`."""
    clauses: list[str] = []
    params: list[Any] = []
    if query.feed_id is not None:
        clauses.append("a.feed_id = ?")
        params.append(query.feed_id)
    if query.unread_only:
        clauses.append("a.read = 0")
    if query.starred_only:
        clauses.append("a.starred = 1")
    if query.text.strip():
        words = search_words(query.text)
        if not words:
            # Searching for punctuation alone: nothing holds such a word.
            clauses.append("0")
        elif fts:
            clauses.append(
                "a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)"
            )
            params.append(fts_match(words))
        else:
            # No FTS5 in this SQLite build: slower, accent-sensitive substring search
            # (ASCII case folding only, as LIKE does).
            for word in words:
                ors = " OR ".join(f"{col} LIKE ? ESCAPE '\\'" for col in _LIKE_COLUMNS)
                clauses.append(f"({ors})")
                params.extend([_like_pattern(word)] * len(_LIKE_COLUMNS))
    if not clauses:
        return "", params
    return "WHERE " + " AND ".join(clauses), params


def count_sql(query: ArticleQuery, fts: bool) -> tuple[str, list[Any]]:
    clause, params = where(query, fts)
    return f"SELECT count(*) FROM articles AS a {clause}", params


def page_sql(query: ArticleQuery, fts: bool, offset: int, limit: int) -> tuple[str, list[Any]]:
    """One page of rows. The inner query pages over a covering index (ids only), so a
    deep OFFSET skips index entries, not whole rows; the outer query fetches the page."""
    clause, params = where(query, fts)
    sql = f"""
        SELECT a.id, a.title, a.outlet, f.title AS feed_title, a.published, a.read,
               a.starred, a.section_count, a.new_sections
        FROM articles AS a JOIN feeds AS f ON f.id = a.feed_id
        WHERE a.id IN (
            SELECT a.id FROM articles AS a {clause} {ORDER} LIMIT ? OFFSET ?
        )
        {ORDER}
    """
    return sql, [*params, max(0, limit), max(0, offset)]
