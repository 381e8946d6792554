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
import time
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


def _check_url(url: str) -> str | None:
    """Why `url` cannot be fetched, or None when it is a plain http(s) URL."""
    try:
        parsed = httpx2.URL(url)
    except (httpx2.InvalidURL, TypeError):
        return "invalid URL"
    if parsed.scheme not in ("http", "https"):
        return "not an http(s) URL"
    if not parsed.host:
        return "the URL names no host"
    return None


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
    if (problem := _check_url(request.url)) is not None:
        return FetchFailed(request.url, problem)
    try:
        # One deadline for the whole exchange, redirects and body included: httpx's own
        # timeouts are per read, which a byte-a-second server satisfies forever.
        async with asyncio.timeout(policy.total_timeout):
            return await _exchange(client, request, policy, started)
    except TimeoutError:
        return FetchFailed(request.url, f"timeout after {seconds_text(policy.total_timeout)} s")
    except (httpx2.HTTPError, httpx2.InvalidURL, OSError) as exc:
        return FetchFailed(request.url, describe(exc, policy.connect_timeout, policy.read_timeout))
    except Exception as exc:  # a refresh must survive any one feed; name what happened
        return FetchFailed(request.url, shorten(f"unexpected error: {type(exc).__name__} {exc}"))


async def _exchange(
    client: httpx2.AsyncClient, request: FetchRequest, policy: FetchPolicy, started: float
) -> FetchResult:
    headers = _conditional_headers(request)
    url = request.url
    # Compared in httpx's normal form, as the redirect targets are, so `/feed` reached
    # again through `http://HOST:80/feed` is still recognised as a loop.
    seen = {str(httpx2.URL(url).copy_with(fragment=None))}
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
    everyone = asyncio.Semaphore(max(1, policy.max_connections))
    per_host: dict[str, asyncio.Semaphore] = {}
    results: list[FetchResult | None] = [None] * len(requests)

    async with make_client(policy) as client:

        async def one(index: int, request: FetchRequest) -> tuple[int, FetchResult]:
            host = per_host.setdefault(
                _host_key(request.url), asyncio.Semaphore(max(1, policy.per_host))
            )
            # Host first, then the global slot: a request queued behind its own host
            # must not sit on a slot that a request for an idle host could use.
            async with host, everyone:
                return index, await fetch_one(client, request, policy)

        tasks = [asyncio.create_task(one(i, r)) for i, r in enumerate(requests)]
        try:
            pending: set[asyncio.Task[tuple[int, FetchResult]]] = set(tasks)
            while pending:
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                # Input order within a batch keeps progress output reproducible.
                for index, result in sorted(task.result() for task in done):
                    results[index] = result
                    if on_result is not None:
                        on_result(result)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    return [result for result in results if result is not None]
