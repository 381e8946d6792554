"""Hostile servers, through the fetcher and through the refresh service on a real library.

Complements tests/test_fetch_http.py (which covers the single faults one by one) with the
faults a hostile server combines: endless fast bodies, nested and deflate bombs, redirects
to other schemes at any hop, lying charsets and content types, reason phrases carrying
escape sequences, markup or 10 KB of junk. Every deadline is short and every loop bounded.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile.payloads import FORBIDDEN, OSC_CLIPBOARD, OSC_TITLE
from httpserver import LoopbackServer, Request, Responder, loopback_server

from reader.fetch.http import Fetched, FetchFailed, FetchPolicy, FetchRequest, fetch_all
from reader.model import ArticleQuery, SourceKind
from reader.services.refresh import RefreshPolicy, Result, refresh
from reader.store import Library

__all__ = ["loopback_server"]

POLICY = FetchPolicy(total_timeout=1.5, connect_timeout=1.0, read_timeout=1.0,
                     max_bytes=2 * 2**20, trust_env=False)
REFRESH = RefreshPolicy(fetch=POLICY, process_after=0, force=True)
FEED = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        b"<title>Quayside Notes</title><item><guid>q-1</guid><title>Tide tables printed</title>"
        b"<description>Printed for the summer.</description></item></channel></rss>")


async def fetch(url: str) -> Fetched | FetchFailed:
    [result] = await fetch_all([FetchRequest(url)], POLICY)
    assert isinstance(result, Fetched | FetchFailed)
    return result


def zeros(size: int, wbits: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = bytes(2**20)
    return b"".join(packer.compress(block) for _ in range(size // 2**20)) + packer.flush()


def endless(request: Request, out: Responder) -> None:
    out.send_head(200, {"Content-Type": "application/rss+xml"})  # no length: until close
    for _ in range(10_000):  # bounded, but far past the cap
        out.write(b"<item>" + b"x" * 65536 + b"</item>")


def slow_headers(request: Request, out: Responder) -> None:
    out.sleep(10)


def slow_body(request: Request, out: Responder) -> None:
    out.send_head(200, {"Content-Type": "application/rss+xml"}, content_length=len(FEED))
    out.trickle(FEED, 0.2, piece=4)


def reset(request: Request, out: Responder) -> None:
    out.send_head(200, {"Content-Type": "application/rss+xml"}, content_length=10_000)
    out.write(FEED[:50])
    out.reset()


def truncated(request: Request, out: Responder) -> None:
    out.send(200, FEED[:60], {"Content-Type": "application/rss+xml"}, content_length=len(FEED))
    out.close()


def bad_length(request: Request, out: Responder) -> None:
    out.send(200, FEED, {"Content-Type": "application/rss+xml", "Content-Length": "12, 99"})


def install(server: LoopbackServer) -> dict[str, str]:
    """Every hostile route, and a word its failure reason must contain (`""` = stored)."""
    gz = zeros(64 * 2**20, 31)
    nested = gzip.compress(gz)
    raw_deflate = zeros(64 * 2**20, -15)
    server.add("/good.xml", FEED, headers={"Content-Type": "application/rss+xml"})
    server.add("/evil-charset.xml", FEED, headers={"Content-Type": "text/xml; charset=x-evil"})
    server.add("/gzip-bomb", gz, headers={"Content-Encoding": "gzip"})
    server.add("/nested-gzip", nested, headers={"Content-Encoding": "gzip, gzip"})
    server.add("/deflate-bomb", raw_deflate, headers={"Content-Encoding": "deflate"})
    server.add("/page.html", b"<!doctype html><html><body><p>Just a page</p></body></html>",
               headers={"Content-Type": "application/rss+xml"})
    server.add("/image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
               headers={"Content-Type": "application/rss+xml"})
    server.add("/escape-reason", b"", status=503,
               reason=f"Busy{OSC_TITLE}{OSC_CLIPBOARD}\x9b31m\u202e[@click=app.quit]")
    server.add("/long-reason", b"", status=500, reason="Z" * 10_000)
    server.redirect("/to-file", "file:///etc/passwd")
    server.redirect("/to-js", "javascript:alert(1)")
    server.redirect("/hop1", "/hop2", 302)
    server.redirect("/hop2", "ftp://127.0.0.1/feed")
    server.redirect("/loop-a", "/loop-b")
    server.redirect("/loop-b", "/loop-a")
    for n in range(8):
        server.redirect(f"/chain{n}", f"/chain{n + 1}", 307)
    for path, route in (("/endless", endless), ("/slow-headers", slow_headers),
                        ("/slow-body", slow_body), ("/reset", reset),
                        ("/truncated", truncated), ("/bad-length", bad_length)):
        server.routes[path] = route
    return {
        "/good.xml": "", "/evil-charset.xml": "", "/gzip-bomb": "too large",
        "/nested-gzip": "too large", "/deflate-bomb": "too large", "/endless": "too large",
        "/slow-headers": "timeout", "/slow-body": "timeout", "/reset": "reset",
        "/truncated": "truncated", "/bad-length": "length", "/page.html": "HTML page",
        "/image.png": "PNG", "/escape-reason": "http 503", "/long-reason": "http 500",
        "/to-file": "non-http", "/to-js": "non-http", "/hop1": "non-http",
        "/loop-a": "loop", "/chain0": "too many redirects",
    }


@pytest.fixture
def hostile_server(
    loopback_server: LoopbackServer,
) -> Iterator[tuple[LoopbackServer, dict[str, str]]]:
    yield loopback_server, install(loopback_server)


async def test_every_fault_is_one_clean_failure(
    hostile_server: tuple[LoopbackServer, dict[str, str]],
) -> None:
    server, expected = hostile_server
    urls = [server.url(path) for path in expected]
    results = await fetch_all([FetchRequest(u) for u in urls], POLICY)
    by_path = {r.url.removeprefix(server.base): r for r in results}
    for path, word in expected.items():
        result = by_path[path]
        if word and path not in ("/page.html", "/image.png"):
            assert isinstance(result, FetchFailed), (path, result)
            assert word in result.reason, (path, result.reason)
            assert not FORBIDDEN.search(result.reason) and len(result.reason) <= 120
        else:
            assert isinstance(result, Fetched), (path, result)
            assert len(result.body) < POLICY.max_bytes


async def test_hostile_reason_phrase_is_plain_and_short(loopback_server: LoopbackServer) -> None:
    install(loopback_server)
    escaped = await fetch(loopback_server.url("/escape-reason"))
    assert isinstance(escaped, FetchFailed)
    assert "\x1b" not in escaped.reason and "\u202e" not in escaped.reason
    assert "]0;PWNED-TITLE" in escaped.reason  # the payload is shown as text, not acted on
    long = await fetch(loopback_server.url("/long-reason"))
    assert isinstance(long, FetchFailed) and len(long.reason) < 100


def test_refresh_gives_each_failing_feed_its_own_reason(
    hostile_server: tuple[LoopbackServer, dict[str, str]], tmp_path: Path,
) -> None:
    server, expected = hostile_server
    with Library.open(tmp_path / "library.sqlite") as library:
        ids = {library.add_feed(server.url(path), SourceKind.HTTP): path for path in expected}
        report = refresh(library, policy=REFRESH)
        assert not report.cancelled and len(report.outcomes) == len(expected)
        for outcome in report.outcomes:
            path = ids[outcome.feed_id]
            word = expected[path]
            if word:
                assert outcome.result is Result.FAILED, (path, outcome)
                assert outcome.reason is not None and word in outcome.reason, (path, outcome)
                assert not FORBIDDEN.search(outcome.reason)
            else:
                assert outcome.result is Result.NEW, (path, outcome)
        stored = library.article_rows(ArticleQuery(), 0, 100)
        assert sorted(r.title for r in stored) == ["Tide tables printed"] * 2
        for feed_id, path in ids.items():
            state = library.feed_state(feed_id)
            assert state is not None
            if expected[path]:
                assert state.failures == 1 and state.last_error
                assert not FORBIDDEN.search(state.last_error)
