"""The HTTP fetcher against a real server on loopback that behaves well, badly and hostilely.

Every deadline here is short (1-2 s) and every wait is bounded, so a regression shows up as
a failed assertion, never as a hung suite.
"""

from __future__ import annotations

import asyncio
import gzip
import importlib.util
import socket
import sys
import threading
import tracemalloc
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType

import pytest
from httpserver import LoopbackServer, Request, Responder, loopback_server

from reader.fetch.http import (
    Fetched,
    FetchFailed,
    FetchPolicy,
    FetchRequest,
    FetchResult,
    NotModified,
    fetch_all,
    fetch_one,
    make_client,
)
from reader.fetch.http_errors import retry_after, size_text, token_header

__all__ = ["loopback_server"]  # the fixture, re-exported so pytest finds it here

POLICY = FetchPolicy(total_timeout=2.0, connect_timeout=1.0, read_timeout=2.0, trust_env=False)
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel>'
    b"<title>The Lakeside Courier</title></channel></rss>"
)


async def fetch(url: str, policy: FetchPolicy = POLICY, **kwargs: str) -> FetchResult:
    [result] = await fetch_all([FetchRequest(url, **kwargs)], policy)
    return result


def failed(result: FetchResult) -> FetchFailed:
    assert isinstance(result, FetchFailed), result
    return result


def fetched(result: FetchResult) -> Fetched:
    assert isinstance(result, Fetched), result
    return result


@pytest.fixture
def second_host() -> Iterator[LoopbackServer]:
    with LoopbackServer("127.0.0.2") as server:
        yield server


# -- conditional GET -----------------------------------------------------------------


async def test_etag_then_not_modified(loopback_server: LoopbackServer) -> None:
    @loopback_server.route("/feed")
    def feed(request: Request, out: Responder) -> None:
        if request.header("If-None-Match") == '"v1"':
            out.send(304, headers={"ETag": '"v1"'})
        else:
            out.send(200, FEED, {"ETag": '"v1"', "Content-Type": "application/rss+xml"})

    first = fetched(await fetch(loopback_server.url("/feed")))
    assert first.body == FEED
    assert first.etag == '"v1"'
    assert first.content_type == "application/rss+xml"
    assert first.status == 200 and first.permanent_redirect is None

    second = await fetch(loopback_server.url("/feed"), etag=first.etag or "")
    assert isinstance(second, NotModified)
    assert second.etag == '"v1"'
    assert loopback_server.requests[-1].header("If-None-Match") == '"v1"'


async def test_last_modified_then_not_modified(loopback_server: LoopbackServer) -> None:
    stamp = "Tue, 03 Mar 2026 08:15:00 GMT"

    @loopback_server.route("/feed")
    def feed(request: Request, out: Responder) -> None:
        if request.header("If-Modified-Since") == stamp:
            out.send(304)
        else:
            out.send(200, FEED, {"Last-Modified": stamp})

    first = fetched(await fetch(loopback_server.url("/feed")))
    assert first.last_modified == stamp and first.etag is None
    second = await fetch(loopback_server.url("/feed"), last_modified=stamp)
    assert isinstance(second, NotModified)
    assert second.last_modified == stamp  # kept from the request when the 304 omits it


async def test_hostile_validators_are_not_kept(loopback_server: LoopbackServer) -> None:
    loopback_server.add("/feed", FEED, headers={"ETag": '"a\x1bb"', "Last-Modified": "é" * 3})
    result = fetched(await fetch(loopback_server.url("/feed")))
    assert result.etag is None and result.last_modified is None


# -- redirects -----------------------------------------------------------------------


async def test_permanent_chain_reports_new_url(
    loopback_server: LoopbackServer, second_host: LoopbackServer
) -> None:
    second_host.add("/new/feed.xml", FEED)
    loopback_server.redirect("/old", "/moved", 301)
    loopback_server.redirect("/moved", second_host.url("/new/feed.xml"), 308)
    result = fetched(await fetch(loopback_server.url("/old")))
    assert result.body == FEED
    assert result.url == loopback_server.url("/old")
    assert result.final_url == second_host.url("/new/feed.xml")
    assert result.permanent_redirect == second_host.url("/new/feed.xml")


async def test_temporary_hop_keeps_old_url(loopback_server: LoopbackServer) -> None:
    loopback_server.add("/feed", FEED)
    loopback_server.redirect("/a", "/b", 301)
    loopback_server.redirect("/b", "/feed", 302)
    result = fetched(await fetch(loopback_server.url("/a")))
    assert result.final_url == loopback_server.url("/feed")
    assert result.permanent_redirect is None


async def test_redirect_loop(loopback_server: LoopbackServer) -> None:
    loopback_server.redirect("/ping", "/pong")
    loopback_server.redirect("/pong", "/ping")
    result = failed(await fetch(loopback_server.url("/ping")))
    assert result.reason == "redirect loop"
    assert loopback_server.paths() == ["/ping", "/pong"]


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "ftp://127.0.0.1/feed.xml", "javascript:x"]
)
async def test_redirect_to_other_schemes_refused(
    loopback_server: LoopbackServer, target: str
) -> None:
    loopback_server.redirect("/feed", target)
    result = failed(await fetch(loopback_server.url("/feed")))
    assert result.reason == "redirect to a non-http(s) URL"


async def test_redirect_limit(loopback_server: LoopbackServer) -> None:
    for hop in range(6):
        loopback_server.redirect(f"/hop{hop}", f"/hop{hop + 1}", 302)
    loopback_server.add("/hop6", FEED)
    # five hops are allowed ...
    assert fetched(await fetch(loopback_server.url("/hop1"))).body == FEED
    # ... the sixth is one too many, and it is never requested
    loopback_server.requests.clear()
    result = failed(await fetch(loopback_server.url("/hop0")))
    assert result.reason.startswith("too many redirects")
    assert "/hop6" not in loopback_server.paths()


async def test_redirect_without_location(loopback_server: LoopbackServer) -> None:
    loopback_server.add("/feed", status=302)
    assert "without a Location" in failed(await fetch(loopback_server.url("/feed"))).reason


# -- HTTP errors ---------------------------------------------------------------------


async def test_not_found_and_gone(loopback_server: LoopbackServer) -> None:
    loopback_server.add("/gone", status=410)
    missing = failed(await fetch(loopback_server.url("/missing")))
    assert missing.reason == "http 404 Not Found"
    assert missing.status == 404 and not missing.gone
    gone = failed(await fetch(loopback_server.url("/gone")))
    assert gone.reason == "gone (http 410)" and gone.gone and gone.status == 410


@pytest.mark.parametrize(
    ("status", "header", "expected"),
    [(429, "120", 120.0), (429, "5", 60.0), (503, "99999999", 86400.0), (429, "soon", None)],
)
async def test_retry_after_seconds(
    loopback_server: LoopbackServer, status: int, header: str, expected: float | None
) -> None:
    loopback_server.add("/feed", status=status, headers={"Retry-After": header})
    result = failed(await fetch(loopback_server.url("/feed")))
    assert result.status == status
    assert result.retry_after == expected


async def test_retry_after_date(loopback_server: LoopbackServer) -> None:
    when = datetime.now(UTC) + timedelta(hours=2)
    loopback_server.add("/feed", status=429, headers={"Retry-After": format_datetime(when, True)})
    result = failed(await fetch(loopback_server.url("/feed")))
    assert result.retry_after is not None
    assert 7000 < result.retry_after <= 7200


async def test_hostile_reason_phrase_is_cleaned(loopback_server: LoopbackServer) -> None:
    loopback_server.add(
        "/feed", status=500, reason="Oops \x1b[2J\x1b]8;;x\x07[link=x]boom" + "!" * 500
    )
    result = failed(await fetch(loopback_server.url("/feed")))
    assert result.reason.startswith("http 500 Oops ")
    assert "[link=x]boom" in result.reason  # shown as plain text by the UI, never markup
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in result.reason)
    assert len(result.reason) < 100


# -- bodies and encodings ------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_compressed_body_decoded(loopback_server: LoopbackServer, encoding: str) -> None:
    packed = gzip.compress(FEED) if encoding == "gzip" else zlib.compress(FEED)
    loopback_server.add("/feed", packed, headers={"Content-Encoding": encoding})
    assert fetched(await fetch(loopback_server.url("/feed"))).body == FEED
    assert loopback_server.requests[0].header("Accept-Encoding") == "gzip, deflate"


def _zeros_compressed(mib: int, wbits: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = bytes(2**20)
    return b"".join([*(packer.compress(block) for _ in range(mib)), packer.flush()])


@pytest.mark.parametrize(
    ("encoding", "make"),
    [
        ("gzip", lambda: _zeros_compressed(64, 31)),
        ("deflate", lambda: _zeros_compressed(64, 15)),
        ("gzip, gzip", lambda: gzip.compress(_zeros_compressed(256, 31))),
    ],
    ids=["gzip", "deflate", "nested"],
)
async def test_compression_bomb_stopped_near_cap(
    loopback_server: LoopbackServer, encoding: str, make: object
) -> None:
    assert callable(make)
    loopback_server.add("/bomb", make(), headers={"Content-Encoding": encoding})
    policy = FetchPolicy(max_bytes=2**20, total_timeout=10, trust_env=False)
    async with make_client(policy) as client:
        tracemalloc.start()
        try:
            result = await fetch_one(client, FetchRequest(loopback_server.url("/bomb")), policy)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert failed(result).reason == "too large (> 1 MiB decoded)"
    assert peak < 12 * 2**20, f"peak {peak / 2**20:.1f} MiB while decoding a 64+ MiB bomb"


async def test_declared_length_over_cap_refused_before_reading(
    loopback_server: LoopbackServer,
) -> None:
    @loopback_server.route("/big")
    def big(request: Request, out: Responder) -> None:
        out.send_head(200, content_length=5 * 2**20)
        out.sleep(10)  # never sends the body: only an up-front refusal ends in time

    policy = FetchPolicy(max_bytes=2**20, total_timeout=5, trust_env=False)
    result = failed(await asyncio.wait_for(fetch(loopback_server.url("/big"), policy), 4))
    assert result.reason == "too large (> 1 MiB)"


async def test_unsupported_and_corrupt_encodings(loopback_server: LoopbackServer) -> None:
    loopback_server.add("/snappy", FEED, headers={"Content-Encoding": "snappy"})
    loopback_server.add("/fake", b"this is not gzip at all", headers={"Content-Encoding": "gzip"})
    unsupported = failed(await fetch(loopback_server.url("/snappy")))
    assert unsupported.reason == "unsupported content-encoding 'snappy'"
    corrupt = failed(await fetch(loopback_server.url("/fake")))
    assert corrupt.reason.startswith("corrupt compressed body")


# -- deadlines and broken connections ------------------------------------------------


async def test_slow_headers_stop_at_deadline(loopback_server: LoopbackServer) -> None:
    @loopback_server.route("/feed")
    def stall(request: Request, out: Responder) -> None:
        out.sleep(30)

    policy = FetchPolicy(total_timeout=1.0, read_timeout=20.0, trust_env=False)
    result = failed(await asyncio.wait_for(fetch(loopback_server.url("/feed"), policy), 5))
    assert result.reason == "timeout after 1 s"


async def test_trickling_body_stops_at_deadline(loopback_server: LoopbackServer) -> None:
    @loopback_server.route("/feed")
    def trickle(request: Request, out: Responder) -> None:
        out.send_head(200, content_length=len(FEED))
        out.trickle(FEED, interval=0.2)  # each byte beats the read timeout, never the deadline

    policy = FetchPolicy(total_timeout=1.0, read_timeout=20.0, trust_env=False)
    result = failed(await asyncio.wait_for(fetch(loopback_server.url("/feed"), policy), 5))
    assert result.reason == "timeout after 1 s"


async def test_read_timeout_named(loopback_server: LoopbackServer) -> None:
    @loopback_server.route("/feed")
    def stall(request: Request, out: Responder) -> None:
        out.sleep(30)

    policy = FetchPolicy(total_timeout=5.0, read_timeout=0.5, trust_env=False)
    result = failed(await asyncio.wait_for(fetch(loopback_server.url("/feed"), policy), 5))
    assert result.reason == "timeout (no data for 0.5 s)"


async def test_truncated_bodies(loopback_server: LoopbackServer) -> None:
    @loopback_server.route("/short")
    def short(request: Request, out: Responder) -> None:
        out.send(200, FEED[:20], content_length=len(FEED))
        out.close()

    @loopback_server.route("/chunked")
    def chunked(request: Request, out: Responder) -> None:
        out.send_head(200, {"Transfer-Encoding": "chunked"})
        out.write(b"14\r\n" + FEED[:20] + b"\r\n")
        out.close()

    assert failed(await fetch(loopback_server.url("/short"))).reason == "truncated body"
    assert failed(await fetch(loopback_server.url("/chunked"))).reason == "truncated body"


async def test_bad_content_length(loopback_server: LoopbackServer) -> None:
    @loopback_server.route("/feed")
    def bogus(request: Request, out: Responder) -> None:
        out.send_head(200, {"Content-Length": "12 apples"})
        out.write(FEED)
        out.close()

    assert failed(await fetch(loopback_server.url("/feed"))).reason == "bad content length"


async def test_connection_reset(loopback_server: LoopbackServer) -> None:
    @loopback_server.route("/before")
    def before(request: Request, out: Responder) -> None:
        out.reset()

    @loopback_server.route("/during")
    def during(request: Request, out: Responder) -> None:
        out.send_head(200, content_length=len(FEED))
        out.write(FEED[:10])
        out.sleep(0.1)
        out.reset()

    assert failed(await fetch(loopback_server.url("/before"))).reason == "connection reset"
    assert failed(await fetch(loopback_server.url("/during"))).reason == "connection reset"


async def test_connection_refused() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = failed(await fetch(f"http://127.0.0.1:{port}/feed"))
    assert result.reason == "connection refused"


@pytest.mark.parametrize(
    ("url", "reason"),
    [("ftp://127.0.0.1/feed", "not an http(s) URL"), ("feed.xml", "not an http(s) URL")],
)
async def test_unfetchable_urls(url: str, reason: str) -> None:
    assert failed(await fetch(url)).reason == reason


# -- politeness and concurrency ------------------------------------------------------


async def test_request_headers_and_no_cookies(loopback_server: LoopbackServer) -> None:
    loopback_server.add("/a", FEED, headers={"Set-Cookie": "tracker=abc; Path=/"})
    loopback_server.add("/b", FEED)
    await fetch_all([FetchRequest(loopback_server.url("/a"))], POLICY)
    [result_b] = await fetch_all([FetchRequest(loopback_server.url("/b"))], POLICY)
    assert fetched(result_b).body == FEED
    first, second = loopback_server.requests
    assert (first.header("User-Agent") or "").startswith("reader/")
    assert second.header("Cookie") is None


async def test_per_host_limit(loopback_server: LoopbackServer, second_host: LoopbackServer) -> None:
    for server in (loopback_server, second_host):

        @server.route("/feed")
        def slow(request: Request, out: Responder) -> None:
            out.sleep(0.2)
            out.send(200, FEED)

    urls = [s.url(f"/feed?n={i}") for i in range(6) for s in (loopback_server, second_host)]
    for server in (loopback_server, second_host):
        for url in urls:
            if url.startswith(server.base):
                server.routes[url.removeprefix(server.base)] = server.routes["/feed"]
    policy = FetchPolicy(per_host=2, total_timeout=5, trust_env=False)
    results = await fetch_all([FetchRequest(u) for u in urls], policy)
    assert all(isinstance(r, Fetched) for r in results)
    assert loopback_server.peak == 2 and second_host.peak == 2


async def test_global_limit(loopback_server: LoopbackServer, second_host: LoopbackServer) -> None:
    lock = threading.Lock()
    active = [0, 0]  # now, peak

    def slow(request: Request, out: Responder) -> None:
        with lock:
            active[0] += 1
            active[1] = max(active)
        try:
            out.sleep(0.2)
            out.send(200, FEED)
        finally:
            with lock:
                active[0] -= 1

    urls = []
    for server in (loopback_server, second_host):
        for i in range(4):
            server.routes[f"/f{i}"] = slow
            urls.append(server.url(f"/f{i}"))
    policy = FetchPolicy(max_connections=3, per_host=4, total_timeout=5, trust_env=False)
    results = await fetch_all([FetchRequest(u) for u in urls], policy)
    assert all(isinstance(r, Fetched) for r in results)
    assert active[1] == 3


async def test_results_in_input_order_while_landing_in_any_order(
    loopback_server: LoopbackServer,
) -> None:
    last_landed = threading.Event()

    @loopback_server.route("/first")
    def first(request: Request, out: Responder) -> None:
        last_landed.wait(5)  # answers only once the client has handed over /last
        out.send(200, b"first")

    loopback_server.add("/middle", b"middle")
    loopback_server.add("/last", b"last")
    urls = [loopback_server.url(p) for p in ("/first", "/middle", "/missing", "/last")]
    landed: list[str] = []

    def on_result(result: FetchResult) -> None:
        landed.append(result.url)
        if result.url == urls[3]:
            last_landed.set()

    results = await fetch_all([FetchRequest(u) for u in urls], POLICY, on_result=on_result)
    assert [r.url for r in results] == urls
    assert [type(r) for r in results] == [Fetched, Fetched, FetchFailed, Fetched]
    assert fetched(results[0]).body == b"first"
    assert sorted(landed) == sorted(urls)
    assert landed.index(urls[3]) < landed.index(urls[0])


async def test_cancel_returns_promptly_and_closes_sockets(
    loopback_server: LoopbackServer,
) -> None:
    arrived = threading.Semaphore(0)
    closed = threading.Semaphore(0)

    def stall(request: Request, out: Responder) -> None:
        arrived.release()
        if out.wait_closed(10):
            closed.release()

    for i in range(3):
        loopback_server.routes[f"/s{i}"] = stall
    policy = FetchPolicy(total_timeout=30, read_timeout=30, trust_env=False)
    task = asyncio.create_task(
        fetch_all([FetchRequest(loopback_server.url(f"/s{i}")) for i in range(3)], policy)
    )
    for _ in range(3):
        assert await asyncio.to_thread(arrived.acquire, timeout=5)
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=2)
    assert task in done and task.cancelled()
    for _ in range(3):
        assert await asyncio.to_thread(closed.acquire, timeout=2), "a socket stayed open"


# -- pure helpers --------------------------------------------------------------------


def test_retry_after_parsing() -> None:
    now = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
    assert retry_after("3600", now) == 3600
    assert retry_after(" 0 ", now) == 60
    assert retry_after("Tue, 03 Mar 2026 11:00:00 GMT", now) == 60  # in the past
    assert retry_after("Wed, 04 Mar 2026 18:00:00 GMT", now) == 86400
    assert retry_after("Tue, 03 Mar 2026 12:30:00 GMT", now) == 1800
    assert retry_after("-5", now) is None
    assert retry_after("", now) is None
    assert retry_after(None, now) is None
    assert retry_after("٣٠", now) is None  # Arabic-Indic digits are not delta-seconds


def test_token_header_and_sizes() -> None:
    assert token_header(' W/"abc" ') == 'W/"abc"'
    assert token_header("a\r\nSet-Cookie: x") is None
    assert token_header("x" * 600) is None
    assert size_text(32 * 2**20) == "32 MiB"
    assert size_text(1536 * 2**10) == "1.5 MiB"
    assert size_text(700 * 2**10) == "700 KiB"
    assert size_text(100) == "100 bytes"


# -- the benchmark's many-hosts server, as a whole -----------------------------------


def _refresh_server_module() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "refresh_server.py"
    spec = importlib.util.spec_from_file_location("refresh_server", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("refresh_server", module)
    spec.loader.exec_module(module)
    return module


async def test_many_hosts_refresh_then_not_modified() -> None:
    refresh_server = _refresh_server_module()
    policy = FetchPolicy(per_host=2, total_timeout=10, trust_env=False)
    with refresh_server.RefreshServer(
        hosts=4, feeds_per_host=5, latency=0.01, live_period=3600
    ) as server:
        urls: list[str] = server.urls
        assert len({u.split("/")[2] for u in urls}) == 4 and len(urls) == 20
        first = await fetch_all([FetchRequest(u) for u in urls], policy)
        bodies = [fetched(r).body for r in first]
        assert all(b.startswith((b"<?xml", b'{"version"')) for b in bodies)
        again = await fetch_all(
            [FetchRequest(r.url, fetched(r).etag, fetched(r).last_modified) for r in first],
            policy,
        )
        assert all(isinstance(r, NotModified) for r in again)
        assert server.stats()["requests"] == 40 and server.stats()["not_modified"] == 20
        assert server.stats()["peak_per_host"] <= 2
