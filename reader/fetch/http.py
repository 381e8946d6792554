"""Fetch feeds over HTTP: bytes and metadata only, politely and within hard limits.

Nothing here parses or stores. A fetch ends in exactly one of `Fetched`, `NotModified` or
`FetchFailed`; network trouble never raises (only cancellation does), so a refresh of a
hundred feeds survives any one of them misbehaving.

The limits hold against a hostile server: one deadline covers connecting, the headers and
the whole body (a server trickling a byte a second cannot hold a fetch open), the size cap
counts DECODED bytes while they are decompressed (a gzip bomb stops near the cap), and
redirects are followed by hand so every hop is checked (http(s) only, bounded, no loops).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import ssl
import time
from collections import deque
from collections.abc import Callable, Sequence
from http.cookiejar import CookieJar, DefaultCookiePolicy

import httpx2

from reader.fetch.http_errors import (
    describe,
    retry_after,
    seconds_text,
    shorten,
    size_text,
    status_reason,
    token_header,
)
from reader.fetch.http_types import (
    Fetched,
    FetchFailed,
    FetchPolicy,
    FetchRequest,
    FetchResult,
    NotModified,
)

__all__ = [
    "DEFAULT_POLICY",
    "FetchFailed",
    "FetchPolicy",
    "FetchRequest",
    "FetchResult",
    "Fetched",
    "NotModified",
    "fetch_all",
    "fetch_one",
    "make_client",
]


DEFAULT_POLICY = FetchPolicy()
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
# br and zstd are left out: the size cap is only verified with zlib's bounded decoder.
_ENCODINGS = frozenset({"gzip", "deflate", "identity"})
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, "
    "text/html;q=0.5, */*;q=0.1"
)


_SSL_CONTEXTS: dict[tuple[bool, str | None, str | None], ssl.SSLContext] = {}


def _ssl_context(trust_env: bool) -> ssl.SSLContext:
    """The verifying TLS context, made once per process and settings: loading the system
    CA store costs ~20 ms, paid otherwise by every refresh (10% of a warm one's CPU).
    Keyed by the variables httpx reads, so a changed SSL_CERT_FILE still takes effect."""
    key = (trust_env, os.environ.get("SSL_CERT_FILE") if trust_env else None,
           os.environ.get("SSL_CERT_DIR") if trust_env else None)
    context = _SSL_CONTEXTS.get(key)
    if context is None:
        context = _SSL_CONTEXTS[key] = httpx2.create_ssl_context(trust_env=trust_env)
    return context


def make_client(policy: FetchPolicy) -> httpx2.AsyncClient:
    """An HTTP/1.1 client that never follows redirects itself and keeps no cookies."""
    # No cookies: a feed reader has no session to keep, and a shared jar would let one
    # publisher's tracker follow the user across every feed on the same domain.
    no_cookies = CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
    return httpx2.AsyncClient(
        http1=True,
        http2=False,
        follow_redirects=False,
        max_redirects=policy.max_redirects,
        cookies=no_cookies,
        verify=_ssl_context(policy.trust_env),
        trust_env=policy.trust_env,
        timeout=httpx2.Timeout(
            connect=policy.connect_timeout,
            read=policy.read_timeout,
            write=policy.read_timeout,
            pool=policy.total_timeout,
        ),
        limits=httpx2.Limits(
            max_connections=policy.max_connections,
            max_keepalive_connections=policy.max_connections,
            keepalive_expiry=30.0,
        ),
        headers={
            "User-Agent": policy.user_agent,
            "Accept": _ACCEPT,
            "Accept-Encoding": "gzip, deflate",
        },
    )


def _parse_url(url: str) -> httpx2.URL | str:
    """`url` parsed, or why it cannot be fetched (not a plain http(s) URL with a host)."""
    try:
        parsed = httpx2.URL(url)
    except (httpx2.InvalidURL, TypeError):
        return "invalid URL"
    if parsed.scheme not in ("http", "https"):
        return "not an http(s) URL"
    if not parsed.host:
        return "the URL names no host"
    return parsed


def _conditional_headers(request: FetchRequest) -> dict[str, str]:
    headers: dict[str, str] = {}
    if (etag := token_header(request.etag)) is not None:
        headers["If-None-Match"] = etag
    if (modified := token_header(request.last_modified)) is not None:
        headers["If-Modified-Since"] = modified
    return headers


async def fetch_one(
    client: httpx2.AsyncClient, request: FetchRequest, policy: FetchPolicy
) -> FetchResult:
    """Fetch one feed within `policy`; never raises except when cancelled."""
    started = time.monotonic()
    parsed = _parse_url(request.url)
    if isinstance(parsed, str):
        return FetchFailed(request.url, parsed)
    try:
        # One deadline for the whole exchange, redirects and body included: httpx's own
        # timeouts are per read, which a byte-a-second server satisfies forever.
        async with asyncio.timeout(policy.total_timeout):
            return await _exchange(client, request, parsed, policy, started)
    except TimeoutError:
        return FetchFailed(request.url, f"timeout after {seconds_text(policy.total_timeout)} s")
    except (httpx2.HTTPError, httpx2.InvalidURL, OSError) as exc:
        return FetchFailed(request.url, describe(exc, policy.connect_timeout, policy.read_timeout))
    except Exception as exc:  # a refresh must survive any one feed; name what happened
        return FetchFailed(request.url, shorten(f"unexpected error: {type(exc).__name__} {exc}"))


async def _exchange(
    client: httpx2.AsyncClient, request: FetchRequest, first: httpx2.URL, policy: FetchPolicy,
    started: float,
) -> FetchResult:
    headers = _conditional_headers(request)
    url: httpx2.URL | str = first
    # Compared in httpx's normal form, as the redirect targets are, so `/feed` reached
    # again through `http://HOST:80/feed` is still recognised as a loop. Built at the first
    # redirect only: most fetches have none.
    seen: set[str] = set()
    permanent = True
    for hop in range(policy.max_redirects + 1):
        response = await client.send(client.build_request("GET", url, headers=headers), stream=True)
        try:
            status = response.status_code
            if status not in _REDIRECTS:
                return await _settle(request, response, policy, started, hop, permanent)
            target = _next_hop(request.url, response, status)
            if isinstance(target, FetchFailed):
                return target
            if not seen:
                seen.add(str(first.copy_with(fragment=None)))
            if target in seen:
                return FetchFailed(request.url, "redirect loop", status=status)
            if hop == policy.max_redirects:
                return FetchFailed(
                    request.url,
                    f"too many redirects (more than {policy.max_redirects})",
                    status=status,
                )
            seen.add(target)
            permanent = permanent and status in _PERMANENT
            url = target
        finally:
            await response.aclose()
    raise AssertionError("unreachable: the loop returns on its last hop")


def _next_hop(url: str, response: httpx2.Response, status: int) -> str | FetchFailed:
    """The absolute URL a redirect points to, or why it will not be followed."""
    location = response.headers.get("location")
    if not location or not location.strip():
        return FetchFailed(url, f"http {status} redirect without a Location", status=status)
    try:
        target = response.url.join(location.strip()).copy_with(fragment=None)
    except (httpx2.InvalidURL, ValueError):
        return FetchFailed(url, "redirect to an invalid URL", status=status)
    if target.scheme not in ("http", "https"):
        return FetchFailed(url, "redirect to a non-http(s) URL", status=status)
    if not target.host:
        return FetchFailed(url, "redirect to a URL without a host", status=status)
    return str(target)


async def _settle(
    request: FetchRequest,
    response: httpx2.Response,
    policy: FetchPolicy,
    started: float,
    hops: int,
    permanent: bool,
) -> FetchResult:
    """Turn the last response of the chain into a result, reading the body if wanted."""
    status = response.status_code
    if status == 304:
        # A 304 has no body, but the connection only goes back to the pool once the end
        # of the message has been read; closed before, it is closed for good. Through
        # the capped reader all the same, in case a server sends one anyway.
        await _read_body(response, policy)
        return NotModified(
            request.url,
            token_header(response.headers.get("etag")) or request.etag,
            token_header(response.headers.get("last-modified")) or request.last_modified,
            time.monotonic() - started,
        )
    if not 200 <= status < 300:
        return _http_failure(request.url, response)
    body = await _read_body(response, policy)
    if isinstance(body, str):
        return FetchFailed(request.url, body, status=status)
    content_type = shorten(response.headers.get("content-type") or "", 200)
    return Fetched(
        url=request.url,
        final_url=str(response.url),
        body=body,
        content_type=content_type or None,
        etag=token_header(response.headers.get("etag")),
        last_modified=token_header(response.headers.get("last-modified")),
        permanent_redirect=str(response.url) if hops and permanent else None,
        status=status,
        elapsed=time.monotonic() - started,
    )


def _http_failure(url: str, response: httpx2.Response) -> FetchFailed:
    status = response.status_code
    if status == 410:
        return FetchFailed(url, "gone (http 410)", gone=True, status=status)
    wait = retry_after(response.headers.get("retry-after")) if status in (429, 503) else None
    return FetchFailed(
        url, status_reason(status, response.reason_phrase), retry_after=wait, status=status
    )


async def _read_body(response: httpx2.Response, policy: FetchPolicy) -> bytes | str:
    """The decoded body, or the reason it was refused; never holds much past the cap."""
    declared = response.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > policy.max_bytes:
        return f"too large (> {size_text(policy.max_bytes)})"
    encodings = [
        value.strip().lower()
        for value in response.headers.get_list("content-encoding", split_commas=True)
        if value.strip()
    ]
    unknown = [value for value in encodings if value not in _ENCODINGS]
    if unknown:
        return f"unsupported content-encoding {shorten(unknown[0], 30)!r}"
    pieces: list[bytes] = []
    count = 0
    # httpx2 decompresses in pieces of at most 1 MiB, so counting here bounds memory to
    # the cap plus one piece even for a nested gzip bomb.
    async with contextlib.aclosing(response.aiter_bytes()) as stream:
        async for piece in stream:
            count += len(piece)
            if count > policy.max_bytes:
                return f"too large (> {size_text(policy.max_bytes)} decoded)"
            pieces.append(piece)
    return b"".join(pieces)


def _host_key(url: str) -> str:
    try:
        return httpx2.URL(url).host.lower()
    except (httpx2.InvalidURL, TypeError):
        return ""


class _Hosts:
    """Which request to send next: at most `per_host` at once per host, and a slot that
    just finished goes on with its own host when that host has more waiting. A fetcher
    that stays on its host reuses the kept-alive connection instead of closing an idle
    one to open a new one (a fresh TCP, and for https a TLS, handshake per feed)."""

    def __init__(self, requests: Sequence[FetchRequest], per_host: int) -> None:
        self.waiting: dict[str, deque[int]] = {}
        for index, request in enumerate(requests):
            self.waiting.setdefault(_host_key(request.url), deque()).append(index)
        self.active = dict.fromkeys(self.waiting, 0)
        self.per_host = max(1, per_host)

    def take(self, previous: str | None) -> tuple[str, int] | None:
        """The next (host, request index), preferring `previous`; None when every host
        still waiting is at its limit (its own fetchers will get to the rest)."""
        if previous is not None and self.waiting.get(previous) \
                and self.active[previous] < self.per_host:
            host: str | None = previous
        else:
            host = next((h for h, queue in self.waiting.items()
                         if queue and self.active[h] < self.per_host), None)
        if host is None:
            return None
        queue = self.waiting[host]
        index = queue.popleft()
        if not queue:
            del self.waiting[host]  # keeps the scan above short
        self.active[host] += 1
        return host, index


async def fetch_all(
    requests: Sequence[FetchRequest],
    policy: FetchPolicy = DEFAULT_POLICY,
    on_result: Callable[[FetchResult], None] | None = None,
) -> list[FetchResult]:
    """Fetch every request concurrently; results in input order.

    At most `policy.max_connections` fetches run at once and at most `policy.per_host`
    per host (the host of the requested URL: redirect targets are not counted again).
    `on_result` runs in the caller's task as each result lands, so the app can show
    progress and store each feed at once. Cancelling the call cancels every fetch and
    closes every socket before it returns.
    """
    if not requests:
        return []
    hosts = _Hosts(requests, policy.per_host)
    results: list[FetchResult | None] = [None] * len(requests)
    landed: asyncio.Queue[tuple[int, FetchResult]] = asyncio.Queue()

    async with make_client(policy) as client:

        async def fetcher() -> None:
            host: str | None = None
            while (taken := hosts.take(host)) is not None:
                host, index = taken
                try:
                    result = await fetch_one(client, requests[index], policy)
                except Exception as exc:  # fetch_one does not raise; never lose a result
                    result = FetchFailed(requests[index].url, f"unexpected error: "
                                         f"{type(exc).__name__}")
                finally:
                    hosts.active[host] -= 1
                landed.put_nowait((index, result))

        workers = min(max(1, policy.max_connections), len(requests))
        tasks = [asyncio.create_task(fetcher()) for _ in range(workers)]
        try:
            remaining = len(requests)
            while remaining:
                batch = [await landed.get()]
                while not landed.empty():
                    batch.append(landed.get_nowait())
                remaining -= len(batch)
                # Input order within a batch keeps progress output reproducible.
                for index, result in sorted(batch, key=lambda item: item[0]):
                    results[index] = result
                    if on_result is not None:
                        on_result(result)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    return [result for result in results if result is not None]
