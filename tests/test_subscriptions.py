"""Subscribing through the real `reader` command: add (with discovery), import, export,
feeds, remove, refresh exit codes. The server runs in this process on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from httpserver import LoopbackServer, loopback_server

from reader.model import ArticleQuery
from reader.parse.opml import parse_opml
from reader.store import Library

__all__ = ["loopback_server"]

READER = Path(sys.executable).with_name("reader")

FEED = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        b"<title>The Brindle Courier</title><link>https://brindle.test/</link>"
        b"<item><guid>harbour-1</guid><title>The harbour finds a new tenant</title>"
        b"<description>&lt;p&gt;A fish market moves in.&lt;/p&gt;</description></item>"
        b"<item><guid>ferry-1</guid><title>Storm closes the ferry</title>"
        b"<description>&lt;p&gt;Crossings resume Monday.&lt;/p&gt;</description></item>"
        b"</channel></rss>")
PAGE = b"""<!doctype html><html><head><title>Brindle Courier</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="All stories" href="/feed.xml">
<link rel="Alternate" type="application/atom+xml" title="Comments" href="comments.atom">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
</head><body><p>Welcome to the Brindle Courier.</p></body></html>"""


def run(*args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
    # No proxy may stand between the command and the test's loopback server.
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    return subprocess.run([str(READER), *map(str, args)], capture_output=True, text=True,
                          timeout=60, env=env, check=False)


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


def test_add_discovers_the_feed_a_page_names(
    loopback_server: LoopbackServer, lib_path: Path
) -> None:
    loopback_server.add("/", PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    loopback_server.add("/feed.xml", FEED, headers={"Content-Type": "application/rss+xml"})
    done = run("--library", lib_path, "add", loopback_server.url("/"), "--tag", "Port")
    assert done.returncode == 0, done.stderr
    assert "subscribed to The Brindle Courier" in done.stdout
    assert loopback_server.url("/comments.atom") in done.stdout  # named, not subscribed
    assert "javascript" not in done.stdout
    with Library.open(lib_path) as library:
        [feed] = library.feed_states()
        assert feed.url == loopback_server.url("/feed.xml")
        assert feed.tags == ("Port",)
        assert library.count_articles(ArticleQuery(feed_id=feed.id)) == 2
    again = run("--library", lib_path, "add", loopback_server.url("/feed.xml"))
    assert again.returncode == 0 and "already subscribed" in again.stdout


def test_add_refuses_a_page_without_feeds_and_non_http_urls(
    loopback_server: LoopbackServer, lib_path: Path
) -> None:
    loopback_server.add("/plain", b"<!doctype html><html><body>No feeds</body></html>")
    done = run("--library", lib_path, "add", loopback_server.url("/plain"))
    assert done.returncode == 1 and "no feed here" in done.stderr
    done = run("--library", lib_path, "add", "file:///etc/passwd")
    assert done.returncode == 1 and "only http(s)" in done.stderr


def test_opml_import_then_export_round_trips(tmp_path: Path, lib_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="Actualités"><outline text="Port">
    <outline type="rss" text="Saltmarsh Tides" xmlUrl="https://saltmarsh.test/rss"/>
  </outline></outline>
  <outline type="rss" text="Oakridge" xmlUrl="https://oakridge.test/atom"/>
  <outline type="rss" text="Bad" xmlUrl="javascript:void(0)"/>
</body></opml>""", encoding="utf-8")
    done = run("--library", lib_path, "import", opml)
    assert done.returncode == 3, done.stderr  # one line skipped, named with its reason
    assert "feeds.opml line 7: 'Bad': not an http(s) URL (javascript:)" in done.stderr
    exported = run("--library", lib_path, "export")
    assert exported.returncode == 0
    subs = {s.url: s for s in parse_opml(exported.stdout.encode()).subscriptions}
    assert set(subs) == {"https://saltmarsh.test/rss", "https://oakridge.test/atom"}
    assert subs["https://saltmarsh.test/rss"].tags == ("Actualités", "Port")
    assert subs["https://saltmarsh.test/rss"].title == "Saltmarsh Tides"
    # Importing the export into a new library gives the same subscriptions.
    (tmp_path / "back.opml").write_text(exported.stdout, encoding="utf-8")
    other = tmp_path / "other.sqlite"
    assert run("--library", other, "import", tmp_path / "back.opml").returncode == 0
    with Library.open(other) as library:
        assert {(f.url, f.tags) for f in library.feed_states()} == {
            (s.url, s.tags) for s in subs.values()}


def test_newsboat_urls_file_import(tmp_path: Path, lib_path: Path) -> None:
    urls = tmp_path / "urls"
    urls.write_text('# my feeds\nhttps://fern.test/rss local "the fens"\n'
                    '"query:Unread:unread = \\"yes\\""\n', encoding="utf-8")
    done = run("--library", lib_path, "import", urls)
    assert done.returncode == 3
    assert "urls line 3: a newsboat query feed" in done.stderr
    with Library.open(lib_path) as library:
        [feed] = library.feed_states()
        assert (feed.url, feed.tags) == ("https://fern.test/rss", ("local", "the fens"))


def test_refresh_exit_codes_feeds_and_remove(
    loopback_server: LoopbackServer, lib_path: Path
) -> None:
    loopback_server.add("/feed.xml", FEED)
    loopback_server.add("/broken.xml", b"", status=500)
    with Library.open(lib_path) as library:
        from reader.model import SourceKind

        library.add_feed(loopback_server.url("/feed.xml"), SourceKind.HTTP)
    done = run("--library", lib_path, "refresh")
    assert done.returncode == 0, done.stderr + done.stdout
    assert "1 new article" not in done.stdout and "2 new articles" in done.stdout

    with Library.open(lib_path) as library:
        broken_id = library.add_feed(loopback_server.url("/broken.xml"), SourceKind.HTTP)
    done = run("--library", lib_path, "refresh", "--all")
    assert done.returncode == 4
    assert "http 500 Internal Server Error" in done.stdout
    assert "(1 not modified)" not in done.stdout  # no validators were sent

    listing = run("--library", lib_path, "feeds")
    assert "The Brindle Courier: 2 unread of 2" in listing.stdout
    assert "last error: http 500 Internal Server Error (1 in a row" in listing.stdout

    removed = run("--library", lib_path, "remove", str(broken_id))
    assert removed.returncode == 0 and "removed" in removed.stdout
    assert run("--library", lib_path, "remove", "https://nowhere.test/").returncode == 1
