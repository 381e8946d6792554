"""Links in HTML content: which targets are kept, and how they become numbers.

The block walk cannot number links itself: only the final article decides which text is
shown and in what order (a page's JSON-LD updates may replace the sections its markup
had, and section headings keep their text only). So the walk leaves a mark
(`OPEN index CLOSE`, private-use characters stripped from every input string) after each
link's words, `index` pointing into a list of resolved targets shared by every walk of
one article; `number_links` then turns the marks into `[n]` in reading order (lead, key
points, sections), one number per distinct target.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urldefrag, urljoin, urlsplit

from reader.text import clean

OPEN, CLOSE = "\ue000", "\ue001"
_MARK = re.compile(r"\s*\ue000(\d+)\ue001")
_STRAY = re.compile("[\ue000\ue001]")
# Browsers drop tabs and newlines anywhere in a URL (WHATWG URL standard).
_URL_WHITESPACE = re.compile(r"[\t\n\r]")
_MAX_URL = 4096
_SCHEMES = frozenset({"http", "https"})
_BARE_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.I)


def without_marks(text: str) -> str:
    """Input text with any mark character removed (it could fake a link otherwise)."""
    if OPEN in text or CLOSE in text:
        return _STRAY.sub("", text)
    return text


def strip_marks(text: str) -> str:
    """A text's words without its link marks (section headings keep text only)."""
    return _MARK.sub("", text) if OPEN in text else text


def resolve_href(href: str | None, base: str | None) -> str | None:
    """The absolute http(s) target of an `href`, or None when it is not worth a number:
    another scheme (`javascript:`, `data:`, `file:` ...), a link within the page itself,
    a relative link with no base to resolve it against, or an absurdly long one."""
    if not href:
        return None
    href = _URL_WHITESPACE.sub("", clean(href)).strip()
    if not href or href.startswith("#") or len(href) > _MAX_URL:
        return None
    try:
        url = urljoin(base, href) if base else href
        parts = urlsplit(url)
        if parts.scheme.lower() not in _SCHEMES or not parts.hostname:
            return None
        if base and parts.fragment and urldefrag(url)[0] == urldefrag(base)[0]:
            return None  # `#post-12` of the page being read: nothing to open
    except ValueError:  # e.g. an unbalanced `[` in the host
        return None
    return url.replace(" ", "%20")


def _bare(url: str) -> str:
    return _BARE_PREFIX.sub("", url.casefold()).rstrip("/")


def shows_url(text: str, url: str) -> bool:
    """True when a link's words are its own address (`https://x.example/a`, `x.example/a`,
    or one shortened with an ellipsis): numbering it would only say it twice."""
    if not text or " " in text:
        return False
    if text.endswith("…"):
        start = _bare(text[:-1])
        return len(start) >= 8 and _bare(url).startswith(start)
    return _bare(text) == _bare(url)


class LinkNumbers:
    """Numbers targets in the order their marks are met; a repeated target keeps its
    first number."""

    def __init__(self, targets: list[str]) -> None:
        self._targets = targets
        self._numbers: dict[str, int] = {}
        self.links: list[str] = []

    def _replace(self, match: re.Match[str]) -> str:
        index = int(match.group(1))
        if index >= len(self._targets):
            return ""
        url = self._targets[index]
        number = self._numbers.get(url)
        if number is None:
            self.links.append(url)
            number = self._numbers[url] = len(self.links)
        return f" [{number}]"

    def text(self, value: str) -> str:
        """`value` with its marks as `[n]` (a text without marks is returned as is)."""
        return _MARK.sub(self._replace, value) if OPEN in value else value

    def texts(self, values: tuple[str, ...]) -> tuple[str, ...]:
        apply: Callable[[str], str] = self.text
        return tuple(apply(v) for v in values)
