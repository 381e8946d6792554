"""Which links may leave the app: only absolute http(s) URLs reach the user's browser."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit, urlunsplit

from reader.text import clean


class LinkRefused(ValueError):
    """A link that will not be opened; the message names the problem for the user."""


_SCHEME_NOISE = re.compile(r"[\x00-\x20\x7f]+")


def checked_link(url: str | None) -> str:
    """Return the URL to hand to a browser, or raise `LinkRefused` saying why not.

    The check runs on the final decoded form (entities, case, whitespace or control
    characters hidden inside the scheme), so `JaVa&#115;cript:` or `java\\tscript:` do
    not slip through as something else.
    """
    if url is None or not url.strip():
        raise LinkRefused("this article has no source link")
    decoded = html.unescape(url).strip()
    scheme, sep, _rest = decoded.partition(":")
    if not sep:
        raise LinkRefused("the source link is not an absolute URL")
    scheme = _SCHEME_NOISE.sub("", scheme).lower()
    if scheme not in ("http", "https"):
        shown = clean(scheme)[:20] or "(empty)"
        raise LinkRefused(f"refusing to open a {shown}: link; only http(s) links are opened")
    parts = urlsplit(_SCHEME_NOISE.sub("", decoded[: len(decoded) - len(_rest)]) + _rest.strip())
    if not parts.netloc or parts.hostname is None:
        raise LinkRefused("the source link names no host")
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in parts.netloc):
        raise LinkRefused("the source link's host holds spaces or control characters")
    path = "".join(c if 0x20 < ord(c) != 0x7F else f"%{ord(c):02X}" for c in parts.path)
    query = "".join(c if 0x20 < ord(c) != 0x7F else f"%{ord(c):02X}" for c in parts.query)
    return urlunsplit((scheme, parts.netloc, path, query, parts.fragment))
