"""The text files a news-syndication scraper saves: a header, one glued body line, a footer.

Layout (see the project brief): outlet, blank, headline, blank, optional caption, four
blanks, the body on one line, three blanks, then `Source link :`, `Author :`,
`Publish date :`, a copyright line, `Tags :` and a leftover mobile-theme line. Blank-line
counts, line endings and missing lines vary, so the header is read by position among
non-blank lines and the footer by its labels, never by line numbers.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from reader.model import Article
from reader.parse.dates import parse_local_datetime
from reader.parse.errors import ParseError
from reader.parse.liveblog import split_body
from reader.text import clean_line

# `Source link :`, `Source link:`, `SOURCE LINK :`, `Publish date :`, `Published date:`,
# `Tags :L’Express` (no space after the colon), a full-width colon.
_LABEL = re.compile(
    r"[ \t\u00a0]*(source[ \t]*link|author|publish(?:ed)?[ \t]*date|tags?)"
    r"[ \t\u00a0]*[:\uff1a](.*)",
    re.IGNORECASE,
)
# The publishing site's mobile theme leaves its switch link as the last line.
_MOBILE_THEME = re.compile(
    r"(?:quitter la version mobile|exit mobile version|mobile-version verlassen"
    r"|salir de la versi[oó]n m[oó]vil|esci dalla versione mobile)\s*$",
    re.IGNORECASE,
)
_MOBILE_THEME_MAX = 40  # longer than any of the phrases above
_MOBILE_THEME_ENDS = frozenset({"ile", "ion", "sen", "vil"})


@dataclass
class _Footer:
    source_link: str | None = None
    author: str | None = None
    date_text: str | None = None
    tags: list[str] = field(default_factory=list)


def parse_syndication(text: str) -> Article:
    """The article a syndication text file holds; `ParseError` when it is not one."""
    # Fields go through `clean_line` and the body through `split_body` (which cleans what it
    # returns), so one pass of newline normalisation is all the whole text needs here.
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    start = _footer_start(lines)
    if start is None:
        raise ParseError("not a syndication article: no 'Source link :' footer")
    footer = _read_footer(lines[start:])
    warnings: list[str] = []

    items = _non_blank_with_gaps(lines[:start])
    if not items:
        raise ParseError("not a syndication article: nothing before the 'Source link :' footer")
    if len(items) == 1:
        warnings.append("no outlet line before the headline")
        outlet, title, rest = "", items[0][0], []
    else:
        outlet, title, rest = items[0][0], items[1][0], items[2:]
    caption: str | None = None
    if _first_is_caption(rest):
        caption = clean_line(rest[0][0]) or None
        rest = rest[1:]
    body = "\n".join(line for line, _gap in rest)
    if not body.strip():
        warnings.append("the article has no body text")

    outlet, title = clean_line(outlet), clean_line(title)
    if not title:
        warnings.append("the article has no headline")
    published = None
    if footer.date_text:
        published = parse_local_datetime(footer.date_text)
        if published is None:
            shown = clean_line(footer.date_text)[:40]
            warnings.append(f"unreadable publish date {shown!r}; expected YYYY-MM-DD HH:MM:SS")

    parts = split_body(body)
    guid = footer.source_link or hashlib.sha256(f"{outlet}\n{title}".encode()).hexdigest()
    return Article(
        title=title,
        outlet=outlet,
        caption=caption,
        source_link=footer.source_link,
        author=footer.author,
        published=published,
        tags=tuple(footer.tags),
        lead=parts.lead,
        key_points=parts.key_points,
        sections=parts.sections,
        guid=guid,
        warnings=tuple(warnings),
    )


def _label(line: str) -> re.Match[str] | None:
    """`_LABEL.match(line)`, skipped for the many lines with no colon at all."""
    return _LABEL.match(line) if ":" in line or "\uff1a" in line else None


def _footer_start(lines: list[str]) -> int | None:
    """Index of the first footer line: `Source link :`, else the first other label.

    The header needs at least a headline above it, so a label on the first non-blank
    line does not count.
    """
    first_text = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    fallback: int | None = None
    for index in range(first_text + 1, len(lines)):
        match = _label(lines[index])
        if match is None:
            continue
        if match[1].lower().startswith("source"):
            return index
        if fallback is None and not match[1].lower().startswith("tag"):
            fallback = index
    return fallback


def _read_footer(lines: list[str]) -> _Footer:
    footer = _Footer()
    for line in lines:
        match = _label(line)
        if match is None:
            # The copyright notice, the mobile-theme leftover and anything else down here
            # belong to the scraper or the site, not to the article.
            continue
        label, value = match[1].lower(), match[2]
        # The leftover ends the line (each phrase with `…ile`, `…ion`, `…sen` or `…vil`, or
        # with letters `(?i:)` also takes for those): searched for only there, and only
        # where it could start.
        end = len(value.rstrip())
        tail = value[max(0, end - 3):end]
        if tail.lower() in _MOBILE_THEME_ENDS or not tail.isascii():
            leftover = _MOBILE_THEME.search(value, max(0, end - _MOBILE_THEME_MAX))
            if leftover is not None:
                value = value[:leftover.start()]
        if label.startswith("source"):
            footer.source_link = clean_line(value) or None
        elif label.startswith("author"):
            footer.author = clean_line(value) or None
        elif label.startswith("publish"):
            footer.date_text = clean_line(value) or None
        else:
            seen: set[str] = set()
            for raw in value.split(","):
                tag = clean_line(raw)
                if tag and tag.casefold() not in seen:
                    seen.add(tag.casefold())
                    footer.tags.append(tag)
    return footer


def _non_blank_with_gaps(lines: list[str]) -> list[tuple[str, int]]:
    """Each non-blank line with the number of blank lines just before it."""
    items: list[tuple[str, int]] = []
    gap = 0
    for line in lines:
        if line.strip():
            items.append((line, gap))
            gap = 0
        else:
            gap += 1
    return items


def _first_is_caption(rest: list[tuple[str, int]]) -> bool:
    """Whether the line after the headline is an image caption rather than the body.

    The scraper puts four blank lines after the caption and one before it; without a
    caption the body follows the headline. A lone remaining line is always the body.
    """
    if len(rest) < 2:
        return False
    gap_before, gap_after = rest[0][1], rest[1][1]
    if gap_after >= 2 and gap_after >= gap_before:
        return True
    return gap_before == gap_after and len(rest[0][0]) <= 300
