"""Which links may leave the app: only absolute http(s) URLs reach the user's browser."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit, urlunsplit


class LinkRefused(ValueError):
    """A link that will not be opened; the message names the problem for the user."""


_SCHEME_NOISE = re.compile(r"[\x00-\x20\x7f]+")
# A scheme as RFC 3986 spells it: only such a name is quoted back in a refusal, so the
# message can never carry markup (`[@click=...]`) or look-alike letters to the screen.
_SCHEME_NAME = re.compile(r"[a-z][a-z0-9+.-]{0,19}")
# What may not reach the browser raw in a path, query or fragment: controls, spaces,
# bidi overrides/isolates (they reorder how the URL is shown) and lone surrogates (which
# cannot even be encoded for the browser's argv). They are percent-encoded as UTF-8.
_UNSAFE_IN_PATH = re.compile(
    "[\x00-\x20\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# In the host nothing of that kind is repaired, it is refused; `\` too, which browsers
# read as `/` (so `http://a.test\@b.test/` would go to a.test while urlsplit says b.test).
_UNSAFE_IN_HOST = re.compile(
    "[\x00-\x20\x7f-\x9f\\\\\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _percent(match: re.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return "%EF%BF%BD"  # a lone surrogate has no UTF-8 form: U+FFFD stands for it
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))


def _escape(part: str) -> str:
    return _UNSAFE_IN_PATH.sub(_percent, part)


def _ascii_host(netloc: str, hostname: str) -> str:
    """The netloc with an international host name in its IDNA (xn--) form, so a look-alike
    such as `exаmple.test` (Cyrillic а) reaches the browser visibly different."""
    if hostname.isascii():
        return netloc
    try:
        encoded = hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise LinkRefused("the source link's host is not a valid domain name") from None
    # urlsplit lower-cases `hostname`; replace it in the netloc whatever its case was.
    at = netloc.rfind("@") + 1
    userinfo, hostport = netloc[:at], netloc[at:]
    index = hostport.lower().find(hostname)
    if index < 0:
        raise LinkRefused("the source link's host is not a valid domain name")
    return userinfo + hostport[:index] + encoded + hostport[index + len(hostname):]


def checked_link(url: str | None) -> str:
    """Return the URL to hand to a browser, or raise `LinkRefused` saying why not.

    The check runs on the final decoded form (entities, case, whitespace or control
    characters hidden inside the scheme), so `JaVa&#115;cript:` or `java\\tscript:` do
    not slip through as something else. What comes back is one argv-safe string: it
    starts with `http`, holds no space, control or bidi character, and its host is ASCII.
    """
    if url is None or not url.strip():
        raise LinkRefused("this article has no source link")
    decoded = html.unescape(url).strip()
    scheme, sep, _rest = decoded.partition(":")
    if not sep:
        raise LinkRefused("the source link is not an absolute URL")
    scheme = _SCHEME_NOISE.sub("", scheme).lower()
    if scheme not in ("http", "https"):
        if _SCHEME_NAME.fullmatch(scheme):
            raise LinkRefused(
                f"refusing to open a {scheme}: link; only http(s) links are opened")
        raise LinkRefused("refusing to open this link: it is not an http(s) URL")
    try:
        parts = urlsplit(
            _SCHEME_NOISE.sub("", decoded[: len(decoded) - len(_rest)]) + _rest.strip())
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        # `http://[::1/` (a broken IPv6 literal) or `:99999`: urlsplit raises a plain
        # ValueError, which callers catching LinkRefused alone would not expect.
        raise LinkRefused("the source link is not a valid URL") from None
    if not parts.netloc or not hostname:
        raise LinkRefused("the source link names no host")
    if _UNSAFE_IN_HOST.search(parts.netloc):
        raise LinkRefused("the source link's host holds spaces or control characters")
    netloc = _ascii_host(parts.netloc, hostname)
    return urlunsplit((scheme, netloc, _escape(parts.path), _escape(parts.query),
                       _escape(parts.fragment)))
