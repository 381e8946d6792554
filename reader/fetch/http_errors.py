"""One-line reasons for failed fetches, and the header values the fetcher trusts.

Everything here turns something a server or the network said into text the user may see
or the app may store, so every outside string goes through `reader.text.clean_line` and
is cut short: a reason phrase or an exception message can hold escape sequences, markup
look-alikes or a megabyte of junk.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus

import httpx2

from reader.text import clean_line

MIN_RETRY_AFTER = 60.0
"""A server asking us back sooner than this is hammered needlessly by a news reader."""
MAX_RETRY_AFTER = 24 * 3600.0
"""A Retry-After further out than a day is more likely a bug than a plan."""

_REASON_LENGTH = 80
_HEADER_LENGTH = 512


def shorten(text: str, limit: int = _REASON_LENGTH) -> str:
    """`clean_line`, then at most `limit` characters (an ellipsis marks the cut)."""
    text = clean_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def size_text(count: int) -> str:
    """`32 MiB`, `1.5 MiB`, `700 KiB`, `512 bytes`: the cap as the user set it."""
    for unit, size in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if count >= size:
            value = count / size
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{count} bytes"


def seconds_text(seconds: float) -> str:
    return f"{seconds:g}"


def status_reason(status: int, phrase: str) -> str:
    """`http 404 Not Found`, with the server's own phrase (cleaned) when it sent one."""
    shown = shorten(phrase, 60)
    if not shown:
        try:
            shown = HTTPStatus(status).phrase
        except ValueError:
            shown = ""
    return f"http {status} {shown}".rstrip()


def token_header(value: str | None) -> str | None:
    """An ETag or Last-Modified value worth storing and sending back, else None.

    Only printable ASCII survives: these values go back out as request headers, where a
    control character or non-ASCII text would break (or smuggle into) the next request.
    """
    if value is None:
        return None
    value = value.strip()
    if not value or len(value) > _HEADER_LENGTH:
        return None
    if any(not (0x20 <= ord(c) < 0x7F) for c in value):
        return None
    return value


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), clamped.

    Returns None when the header is absent or unreadable, so the caller can fall back to
    its own back-off instead of trusting a garbled value.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isascii() and value.isdigit():
        # A 400-digit number is still "a long time": no need to build the huge int.
        seconds = float(value) if len(value) <= 12 else MAX_RETRY_AFTER
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, MIN_RETRY_AFTER), MAX_RETRY_AFTER)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it was raised from (httpx wraps anyio wraps OSError)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def describe(exc: BaseException, connect_timeout: float, read_timeout: float) -> str:
    """The one-line reason for a transport-level failure (no HTTP status involved)."""
    if isinstance(exc, httpx2.ConnectTimeout):
        return f"timeout connecting (no answer in {seconds_text(connect_timeout)} s)"
    if isinstance(exc, httpx2.ReadTimeout):
        return f"timeout (no data for {seconds_text(read_timeout)} s)"
    if isinstance(exc, httpx2.WriteTimeout):
        return "timeout sending the request"
    if isinstance(exc, httpx2.PoolTimeout):
        return "timeout waiting for a free connection"
    if isinstance(exc, httpx2.UnsupportedProtocol):
        return "not an http(s) URL"
    if isinstance(exc, httpx2.InvalidURL):
        return "invalid URL"
    if isinstance(exc, httpx2.DecodingError):
        return f"corrupt compressed body ({shorten(str(exc), 60)})"
    for cause in _causes(exc):
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, ConnectionResetError):
            return "connection reset"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS error: {shorten(cause.verify_message or str(cause), 60)}"
        if isinstance(cause, ssl.SSLError):
            return f"TLS error: {shorten(cause.reason or str(cause), 60)}"
        if isinstance(cause, socket.gaierror):
            return "host not found"
    message = str(exc)
    if isinstance(exc, httpx2.RemoteProtocolError):
        if "complete message body" in message:
            return "truncated body"
        if "Content-Length" in message:
            return "bad content length"
        if "without sending a response" in message:
            return "connection closed before any reply"
        return f"protocol error: {shorten(message, 60)}"
    if isinstance(exc, httpx2.ConnectError):
        return f"could not connect: {shorten(message, 60)}" if message else "could not connect"
    if isinstance(exc, httpx2.ReadError | httpx2.WriteError | OSError):
        return f"network error: {shorten(message, 60)}" if message else "network error"
    return shorten(f"{type(exc).__name__}: {message}")
