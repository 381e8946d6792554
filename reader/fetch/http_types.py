"""The values the HTTP fetcher takes and returns (re-exported by `reader.fetch.http`).

Plain frozen dataclasses with no behaviour, so the store and the UI can match on a result
(`case Fetched(...)`) without importing the network stack.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader import __version__


@dataclass(frozen=True, slots=True)
class FetchRequest:
    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    final_url: str
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    permanent_redirect: str | None
    """The new URL to store when every hop was 301/308; None without redirects."""
    status: int
    elapsed: float


@dataclass(frozen=True, slots=True)
class NotModified:
    url: str
    etag: str | None
    last_modified: str | None
    elapsed: float


@dataclass(frozen=True, slots=True)
class FetchFailed:
    url: str
    reason: str
    """One clean line for the user: `timeout after 30 s`, `http 404 Not Found`, ..."""
    gone: bool = False
    """410: the publisher says the feed will not come back."""
    retry_after: float | None = None
    """Seconds the server asked us to wait (429/503), clamped to [60 s, 24 h]."""
    status: int | None = None


FetchResult = Fetched | NotModified | FetchFailed


@dataclass(frozen=True)
class FetchPolicy:
    total_timeout: float = 30.0
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 32 * 2**20
    max_redirects: int = 5
    max_connections: int = 32
    per_host: int = 4
    user_agent: str = f"reader/{__version__} (+terminal news reader)"
    trust_env: bool = True
    """Honour HTTP(S)_PROXY / NO_PROXY and SSL_CERT_FILE from the environment."""
