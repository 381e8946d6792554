"""The refresh service against a real loopback server and a real library file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

import pytest
from httpserver import LoopbackServer, Request, Responder, loopback_server

from reader.fetch.http_types import FetchPolicy
from reader.model import ArticleQuery, SourceKind
from reader.services.refresh import RefreshPolicy, Result, refresh, utc_now
from reader.services.refresh_schedule import next_after_failure
from reader.store import Library

__all__ = ["loopback_server"]

FETCH = FetchPolicy(total_timeout=3.0, connect_timeout=1.0, read_timeout=2.0, trust_env=False)
POLICY = RefreshPolicy(fetch=FETCH, process_after=0)
FORCE = RefreshPolicy(fetch=FETCH, process_after=0, force=True)


def rss(title: str, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 document; items are (guid, title, html body)."""
    day = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    entries = "".join(
        f"<item><guid>{escape(guid)}</guid><title>{escape(head)}</title>"
        f"<link>https://news.test/{escape(guid)}</link>"
        f"<pubDate>{format_datetime(day - timedelta(hours=n), usegmt=True)}</pubDate>"
        f"<description>{escape(body)}</description></item>"
        for n, (guid, head, body) in enumerate(items)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>https://news.test/</link>{entries}"
            f"</channel></rss>").encode()


COURIER = rss("The Lakeside Courier", [
    ("tram-1", "Council votes on the Lakeside tram", "<p>The vote passed by nine to four.</p>"),
    ("regatta-1", "Rowing club wins the regatta", "<p>A record crowd lined the embankment.</p>"),
    ("bakery-1", "A bakery cooperative opens", "<p>Queues formed before dawn.</p>"),
])


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "library.sqlite") as lib:
        yield lib


def subscribe(library: Library, url: str) -> int:
    return library.add_feed(url, SourceKind.HTTP)


def serve_with_etag(server: LoopbackServer, path: str, body: bytes, etag: str) -> None:
    @server.route(path)
    def answer(request: Request, out: Responder) -> None:
        if request.header("If-None-Match") == etag:
            out.send(304, headers={"ETag": etag})
        else:
            out.send(200, body, {"Content-Type": "application/rss+xml", "ETag": etag})


def test_refresh_stores_new_articles_then_gets_304(
    loopback_server: LoopbackServer, library: Library
) -> None:
    serve_with_etag(loopback_server, "/courier.xml", COURIER, '"v1"')
    feed_id = subscribe(library, loopback_server.url("/courier.xml"))

    first = refresh(library, policy=POLICY)
    [outcome] = first.outcomes
    assert (outcome.result, outcome.new) == (Result.NEW, 3)
    assert library.count_articles(ArticleQuery(feed_id=feed_id)) == 3
    state = library.feed_state(feed_id)
    assert state is not None
    assert state.title == "The Lakeside Courier"
    assert state.etag == '"v1"' and state.last_error is None and state.last_success is not None

    # Not due for another 30 minutes: a plain refresh leaves it alone.
    assert refresh(library, policy=POLICY).not_due == 1
    second = refresh(library, policy=FORCE)
    assert [o.result for o in second.outcomes] == [Result.NOT_MODIFIED]
    assert loopback_server.requests[-1].header("If-None-Match") == '"v1"'
    assert library.count_articles() == 3


def test_permanent_redirect_moves_the_stored_url(
    loopback_server: LoopbackServer, library: Library
) -> None:
    loopback_server.redirect("/old.xml", loopback_server.url("/new.xml"), status=301)
    loopback_server.add("/new.xml", COURIER, headers={"Content-Type": "application/rss+xml"})
    feed_id = subscribe(library, loopback_server.url("/old.xml"))
    [outcome] = refresh(library, policy=POLICY).outcomes
    assert outcome.moved_to == loopback_server.url("/new.xml")
    state = library.feed_state(feed_id)
    assert state is not None and state.url == loopback_server.url("/new.xml")
    refresh(library, policy=FORCE)
    assert loopback_server.paths() == ["/old.xml", "/new.xml", "/new.xml"]


def test_gone_feed_is_marked_and_never_fetched_again(
    loopback_server: LoopbackServer, library: Library
) -> None:
    loopback_server.add("/gone.xml", b"", status=410)
    feed_id = subscribe(library, loopback_server.url("/gone.xml"))
    [outcome] = refresh(library, policy=POLICY).outcomes
    assert outcome.result is Result.FAILED and outcome.gone
    state = library.feed_state(feed_id)
    assert state is not None and state.gone and state.next_fetch is None
    again = refresh(library, policy=FORCE)
    assert again.outcomes == [] and again.not_due == 1
    assert loopback_server.paths() == ["/gone.xml"]


def test_a_failing_feed_keeps_its_articles_and_does_not_stop_others(
    loopback_server: LoopbackServer, library: Library
) -> None:
    status = {"code": 200}

    @loopback_server.route("/flaky.xml")
    def flaky(request: Request, out: Responder) -> None:
        out.send(status["code"], COURIER if status["code"] == 200 else b"oops")

    other = rss("The Fernhollow Gazette", [("fair-1", "Lantern fair", "<p>Lanterns.</p>")])
    loopback_server.add("/other.xml", other)
    flaky_id = subscribe(library, loopback_server.url("/flaky.xml"))
    other_id = subscribe(library, loopback_server.url("/other.xml"))
    refresh(library, policy=POLICY)

    status["code"] = 500
    before = utc_now().replace(microsecond=0)  # the library keeps whole seconds
    report = refresh(library, policy=FORCE)
    by_id = {o.feed_id: o for o in report.outcomes}
    assert by_id[flaky_id].result is Result.FAILED
    assert by_id[flaky_id].reason == "http 500 Internal Server Error"
    assert by_id[other_id].result is Result.UNCHANGED
    assert library.count_articles(ArticleQuery(feed_id=flaky_id)) == 3
    state = library.feed_state(flaky_id)
    assert state is not None and state.failures == 1 and state.last_success is not None
    assert state.last_error == "http 500 Internal Server Error"
    # Backed off: twice the normal interval after a first failure.
    assert state.next_fetch is not None and state.next_fetch >= before + timedelta(minutes=60)


def test_retry_after_holds_the_feed_back_even_when_forced(
    loopback_server: LoopbackServer, library: Library
) -> None:
    loopback_server.add("/busy.xml", b"", status=503, headers={"Retry-After": "7200"})
    feed_id = subscribe(library, loopback_server.url("/busy.xml"))
    before = utc_now()
    refresh(library, policy=POLICY)
    state = library.feed_state(feed_id)
    assert state is not None and state.retry_after is not None
    assert state.retry_after >= before + timedelta(seconds=7200)
    assert refresh(library, policy=FORCE).not_due == 1
    assert loopback_server.paths() == ["/busy.xml"]


def test_a_grown_live_blog_is_updated_and_keeps_read_and_starred(
    loopback_server: LoopbackServer, library: Library
) -> None:
    body = {"doc": rss("Le Riverain", [
        ("crue-live", "En direct : la crue", "<p>La décrue a commencé.</p>")])}

    @loopback_server.route("/live.xml")
    def live(request: Request, out: Responder) -> None:
        out.send(200, body["doc"], {"Content-Type": "application/rss+xml"})

    subscribe(library, loopback_server.url("/live.xml"))
    refresh(library, policy=POLICY)
    [row] = library.article_rows(ArticleQuery(), 0, 10)
    library.set_read(row.id)
    library.set_starred(row.id, True)
    body["doc"] = rss("Le Riverain", [(
        "crue-live", "En direct : la crue, point n°2",
        "<p>La décrue a commencé.</p><p>Les écoles rouvrent lundi.</p>")])
    [outcome] = refresh(library, policy=FORCE).outcomes
    assert (outcome.result, outcome.updated, outcome.new) == (Result.UPDATED, 1, 0)
    stored = library.get_article(row.id)
    assert stored is not None
    assert stored.article.title == "En direct : la crue, point n°2"
    assert "Les écoles rouvrent lundi." in stored.article.lead
    assert stored.read and stored.starred


def test_a_page_that_is_not_a_feed_fails_with_a_reason(
    loopback_server: LoopbackServer, library: Library
) -> None:
    loopback_server.add("/page.html", b"<!doctype html><html><body><p>Hello</p></body></html>",
                        headers={"Content-Type": "text/html"})
    subscribe(library, loopback_server.url("/page.html"))
    [outcome] = refresh(library, policy=POLICY).outcomes
    assert outcome.result is Result.FAILED
    assert outcome.reason is not None and outcome.reason.startswith("not a feed")


def test_retention_keeps_starred_and_what_the_feed_still_lists(
    loopback_server: LoopbackServer, library: Library
) -> None:
    body = {"doc": COURIER}

    @loopback_server.route("/courier.xml")
    def courier(request: Request, out: Responder) -> None:
        out.send(200, body["doc"])

    feed_id = subscribe(library, loopback_server.url("/courier.xml"))
    refresh(library, policy=POLICY)
    rows = library.article_rows(ArticleQuery(), 0, 10)
    oldest = rows[-1]
    library.set_starred(oldest.id, True)
    # The feed still lists all three: nothing may go yet, or it would come back as new.
    assert library.set_retention(feed_id, keep_count=1) == 1  # applied at once: no guard
    library.set_retention(feed_id, keep_count=1)
    body["doc"] = rss("The Lakeside Courier", [("fresh-1", "Fresh news", "<p>New.</p>")])
    [outcome] = refresh(library, policy=FORCE).outcomes
    titles = {r.title for r in library.article_rows(ArticleQuery(), 0, 10)}
    assert titles == {"Fresh news", oldest.title}
    assert outcome.removed == 1


def test_stop_ends_a_refresh_promptly(loopback_server: LoopbackServer, library: Library) -> None:
    @loopback_server.route("/slow.xml")
    def slow(request: Request, out: Responder) -> None:
        out.sleep(10)  # ends early when the client goes away

    loopback_server.add("/fast.xml", COURIER)
    subscribe(library, loopback_server.url("/slow.xml"))
    subscribe(library, loopback_server.url("/fast.xml"))
    stop = threading.Event()
    done: list[str] = []

    def feed_done(outcome: object) -> None:
        done.append("x")
        stop.set()  # stop as soon as the fast feed is in

    report = refresh(library, policy=POLICY, on_feed_done=feed_done, stop=stop)
    assert report.cancelled
    assert [o.result for o in report.outcomes] == [Result.NEW]
    assert library.count_articles() == 3


def test_parsing_in_worker_processes_stores_the_same(
    loopback_server: LoopbackServer, library: Library
) -> None:
    for n in range(3):
        loopback_server.add(f"/f{n}.xml", rss(f"Feed {n}", [
            (f"a{n}", f"Story {n}", "<p>Text.</p>"), (f"b{n}", f"Other {n}", "<p>More.</p>")]))
        subscribe(library, loopback_server.url(f"/f{n}.xml"))
    report = refresh(library, policy=RefreshPolicy(fetch=FETCH, process_after=1))
    assert report.used_processes
    assert sorted(o.result for o in report.outcomes) == [Result.NEW] * 3
    assert library.count_articles() == 6


def test_back_off_doubles_and_is_capped() -> None:
    now = datetime(2026, 3, 2, 12, 0)
    interval, cap = timedelta(minutes=30), timedelta(hours=24)
    delays = [next_after_failure(now, n, interval, cap)[0] - now for n in range(1, 8)]
    assert delays[:5] == [timedelta(hours=h) for h in (1, 2, 4, 8, 16)]
    assert delays[5:] == [cap, cap]
    due, until = next_after_failure(now, 1, interval, cap, retry_after=3 * 3600)
    assert until == now + timedelta(hours=3) and due == until
