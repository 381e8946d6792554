"""A loopback "internet" of feeds for the refresh benchmark: many hosts, many feeds, latency.

Each host is its own listener on its own loopback address (127.0.0.2, 127.0.0.3, ...), so
per-host politeness limits act as they would against real publishers. Every feed is
generated from a seed (invented towns, invented news; RSS 2.0, Atom and JSON Feed, a share
of them live blogs whose content grows over time), answers with an ETag and Last-Modified,
honours If-None-Match / If-Modified-Since with 304, serves gzip when asked, and waits a
simulated network latency before answering. Every request is counted.

    with RefreshServer(hosts=20, feeds_per_host=10, latency=0.05) as server:
        urls = server.urls
        ...  # refresh them
        print(server.stats())

`python -m benchmarks.refresh_server --hosts 20` serves until Ctrl-C and prints the URLs.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gzip
import ipaddress
import json
import random
import signal
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from types import TracebackType

TOWNS = ("Lakeside", "Northgate", "Millbrook", "Fernhollow", "Saltmarsh", "Oakridge", "Brindle")
BEATS = (
    ("council", "votes on the {} tram extension", "approves a budget for the {} harbour"),
    ("culture", "reopens the {} concert hall", "hosts a festival of {} lantern makers"),
    ("sport", "rowing club wins the {} regatta", "marathon route moves to the {} embankment"),
    ("weather", "storm closes the {} ferry", "record heat dries the {} reservoir"),
    ("economy", "bakery cooperative opens in {}", "the {} market hall finds a new tenant"),
)
FILLER = (
    "Residents gathered early to hear the announcement",
    "The mayor's office said the plan had been discussed for months",
    "Several shop owners welcomed the decision, others asked for more time",
    "A spokesperson promised a public meeting before the end of the month",
    "Volunteers counted more than two hundred visitors by noon",
    "The figures will be published in the next quarterly report",
    "Engineers expect the work to take until the spring",
    "Opponents say the consultation came too late",
)
FR_TITLES = (
    "Le conseil de {} vote le budget\u00a0: ce qu’il faut retenir",
    "À {}, la fête du lac attire « des milliers » de visiteurs",
)
KINDS = ("rss", "atom", "json")


def host_addresses(count: int, first: str = "127.0.0.2") -> list[str]:
    """`count` loopback addresses from `first` on, skipping .0 and .255 lasts."""
    found: list[str] = []
    address = ipaddress.IPv4Address(first)
    while len(found) < count:
        if not address.is_loopback:
            raise ValueError("ran out of loopback addresses")
        if str(address).rsplit(".", 1)[1] not in ("0", "255"):
            found.append(str(address))
        address += 1
    return found


@dataclass
class Feed:
    """One generated feed; `live` feeds gain an update every `period` seconds."""

    path: str
    kind: str
    title: str
    town: str
    seed: int
    live: bool
    french: bool

    def version(self, started: float, period: float) -> int:
        return int((time.monotonic() - started) // period) if self.live else 0


def _paragraphs(rng: random.Random, town: str, count: int) -> list[str]:
    return [
        ". ".join(rng.sample(FILLER, 3)) + f", according to the {town} Gazette."
        for _ in range(count)
    ]


def _live_html(rng: random.Random, town: str, updates: int, french: bool) -> str:
    heading = "Les infos à retenir" if french else "Key points"
    sections = []
    for n in range(updates):
        stamp = (
            f"{8 + n // 4:02d}h{(n * 13) % 60:02d}"
            if french
            else f"{8 + n // 4:02d}:{(n * 13) % 60:02d}"
        )
        beat, *titles = rng.choice(BEATS)
        sections.append((stamp, f"{town} {rng.choice(titles).format(town)} ({beat})"))
    sections.reverse()  # newest first, as live blogs show them
    items = "".join(f"<li>{escape(title)}</li>" for _, title in sections[:3])
    body = [f'<div class="key-points"><h2>{heading}</h2><ul>{items}</ul></div>']
    for stamp, title in sections:
        paras = "".join(f"<p>{escape(p)}</p>" for p in _paragraphs(rng, town, 2))
        body.append(f"<section><h2><time>{stamp}</time> {escape(title)}</h2>{paras}</section>")
    return "".join(body)


def _entries(feed: Feed, version: int, base: str) -> list[dict[str, str]]:
    rng = random.Random(feed.seed)
    day = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    entries = []
    for n in range(12):
        beat, *titles = rng.choice(BEATS)
        title = rng.choice(FR_TITLES if feed.french else titles).format(feed.town)
        html = "".join(
            f"<p>{escape(p)}</p>" for p in _paragraphs(rng, feed.town, rng.randint(3, 7))
        )
        entries.append(
            {
                "id": f"{base}{feed.path}/{n}",
                "title": title,
                "html": html,
                "date": format_datetime(day - timedelta(hours=5 * n), usegmt=True),
                "iso": (day - timedelta(hours=5 * n)).isoformat(),
                "beat": beat,
            }
        )
    if feed.live:
        updates = 3 + version
        entries.insert(
            0,
            {
                "id": f"{base}{feed.path}/live",
                "beat": "live",
                "title": f"Live: {feed.town} flood watch, update {updates}"
                if not feed.french
                else f"En direct\u00a0: crue à {feed.town}, point n°{updates}",
                "html": _live_html(random.Random(feed.seed + 1), feed.town, updates, feed.french),
                "date": format_datetime(day + timedelta(minutes=updates), usegmt=True),
                "iso": (day + timedelta(minutes=updates)).isoformat(),
            },
        )
    return entries


def render(feed: Feed, version: int, base: str) -> tuple[bytes, str]:
    """The feed document and its content type."""
    entries = _entries(feed, version, base)
    link = base + feed.path
    if feed.kind == "json":
        doc = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": feed.title,
            "home_page_url": base + "/",
            "feed_url": link,
            "items": [
                {
                    "id": e["id"],
                    "url": e["id"],
                    "title": e["title"],
                    "content_html": e["html"],
                    "date_published": e["iso"],
                    "tags": [e["beat"]],
                }
                for e in entries
            ],
        }
        return json.dumps(doc, ensure_ascii=False).encode(), "application/feed+json"
    if feed.kind == "atom":
        items = "".join(
            f"<entry><id>{escape(e['id'])}</id><title>{escape(e['title'])}</title>"
            f'<link href="{escape(e["id"])}"/><updated>{e["iso"]}</updated>'
            f'<category term="{e["beat"]}"/>'
            f'<content type="html">{escape(e["html"])}</content></entry>'
            for e in entries
        )
        doc_text = (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(feed.title)}</title><id>{escape(link)}</id>"
            f"<updated>{entries[0]['iso']}</updated>{items}</feed>"
        )
        return doc_text.encode(), "application/atom+xml"
    items = "".join(
        f"<item><guid>{escape(e['id'])}</guid><title>{escape(e['title'])}</title>"
        f"<link>{escape(e['id'])}</link><pubDate>{e['date']}</pubDate><category>{e['beat']}</category>"
        f"<content:encoded>{escape(e['html'])}</content:encoded></item>"
        for e in entries
    )
    doc_text = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(feed.title)}</title><link>{escape(base)}/</link>{items}</channel></rss>"
    )
    return doc_text.encode(), "application/rss+xml"


class RefreshServer:
    """N hosts x M feeds on loopback, served from a background thread's event loop."""

    def __init__(
        self,
        hosts: int = 20,
        feeds_per_host: int = 10,
        latency: float = 0.05,
        live_share: float = 0.2,
        live_period: float = 30.0,
        seed: int = 2026,
        first_host: str = "127.0.0.2",
    ) -> None:
        self.latency = latency
        self.live_period = live_period
        self.addresses = host_addresses(hosts, first_host)
        rng = random.Random(seed)
        self.feeds: dict[str, dict[str, Feed]] = {}
        for h, address in enumerate(self.addresses):
            town = TOWNS[h % len(TOWNS)] + (f" {h // len(TOWNS) + 1}" if h >= len(TOWNS) else "")
            french = h % 5 == 4
            name = f"Le Riverain de {town}" if french else f"The {town} Courier"
            kinds = [KINDS[(h + n) % 3] for n in range(feeds_per_host)]
            self.feeds[address] = {
                f"/feeds/{n}.{kind}": Feed(
                    f"/feeds/{n}.{kind}",
                    kind,
                    f"{name} #{n}",
                    town,
                    rng.randrange(2**32),
                    rng.random() < live_share,
                    french,
                )
                for n, kind in enumerate(kinds)
            }
        self.ports: dict[str, int] = {}
        self.requests = 0
        self.not_modified = 0
        self.bytes_sent = 0
        self.peak_per_host: dict[str, int] = dict.fromkeys(self.addresses, 0)
        self._active: dict[str, int] = dict.fromkeys(self.addresses, 0)
        self._cache: dict[tuple[str, str, int], tuple[bytes, bytes, str]] = {}
        self._started = time.monotonic()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._servers: list[asyncio.Server] = []
        self._writers: set[asyncio.StreamWriter] = set()
        self._thread: threading.Thread | None = None

    @property
    def urls(self) -> list[str]:
        return [f"http://{a}:{self.ports[a]}{p}" for a, feeds in self.feeds.items() for p in feeds]

    def stats(self) -> dict[str, object]:
        return {
            "requests": self.requests,
            "not_modified": self.not_modified,
            "bytes_sent": self.bytes_sent,
            "peak_per_host": max(self.peak_per_host.values()),
        }

    # -- lifecycle -------------------------------------------------------------------
    async def open(self) -> None:
        """Start listening in the running loop (for use without the background thread)."""
        for address in self.addresses:
            server = await asyncio.start_server(
                functools.partial(self._connection, address), address, 0
            )
            self.ports[address] = server.sockets[0].getsockname()[1]
            self._servers.append(server)
        # Render up front so the first refresh measures the client, not the generator.
        for address, feeds in self.feeds.items():
            for feed in feeds.values():
                self._document(address, feed)

    async def aclose(self) -> None:
        for server in self._servers:
            server.close()
        for writer in list(self._writers):
            writer.close()
        for server in self._servers:
            await server.wait_closed()

    def start(self) -> RefreshServer:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(self.open())
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self.aclose())
            self._loop.close()

        self._thread = threading.Thread(target=run, name="refresh-server", daemon=True)
        self._thread.start()
        if not ready.wait(30):
            raise RuntimeError("refresh server did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)

    def __enter__(self) -> RefreshServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- serving ---------------------------------------------------------------------
    def _document(self, address: str, feed: Feed) -> tuple[bytes, bytes, str]:
        version = feed.version(self._started, self.live_period)
        key = (address, feed.path, version)
        if key not in self._cache:
            body, ctype = render(feed, version, f"http://{address}:{self.ports[address]}")
            self._cache[key] = (body, gzip.compress(body, 6), ctype)
        return self._cache[key]

    async def _connection(
        self, address: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self._writers.add(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                if not await self._answer(address, head, writer):
                    break
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _answer(self, address: str, head: bytes, writer: asyncio.StreamWriter) -> bool:
        lines = head.decode("latin-1").split("\r\n")
        method, path, _version = [*lines[0].split(" "), "", "", ""][:3]
        headers = {
            k.strip().lower(): v.strip()
            for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)
        }
        self.requests += 1
        self._active[address] += 1
        self.peak_per_host[address] = max(self.peak_per_host[address], self._active[address])
        try:
            await asyncio.sleep(self.latency)
        finally:
            self._active[address] -= 1
        feed = self.feeds[address].get(path)
        if feed is None or method not in ("GET", "HEAD"):
            reply = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
        else:
            version = feed.version(self._started, self.live_period)
            etag = f'"{feed.seed:x}-{version}"'
            modified = format_datetime(
                datetime(2026, 3, 2, 6, 0, tzinfo=UTC) + timedelta(minutes=version), usegmt=True
            )
            validators = f"ETag: {etag}\r\nLast-Modified: {modified}\r\n"
            if headers.get("if-none-match") == etag or (
                "if-none-match" not in headers and headers.get("if-modified-since") == modified
            ):
                self.not_modified += 1
                reply = f"HTTP/1.1 304 Not Modified\r\n{validators}\r\n".encode()
            else:
                body, packed, ctype = self._document(address, feed)
                use_gzip = "gzip" in headers.get("accept-encoding", "")
                payload = packed if use_gzip else body
                reply = (
                    f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}; charset=utf-8\r\n{validators}"
                    f"{'Content-Encoding: gzip' + chr(13) + chr(10) if use_gzip else ''}"
                    f"Content-Length: {len(payload)}\r\nVary: Accept-Encoding\r\n\r\n"
                ).encode() + (b"" if method == "HEAD" else payload)
        writer.write(reply)
        self.bytes_sent += len(reply)
        await writer.drain()
        return headers.get("connection", "").lower() != "close"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--feeds-per-host", type=int, default=10)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds before each answer")
    parser.add_argument("--live-period", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    server = RefreshServer(
        args.hosts, args.feeds_per_host, args.latency, live_period=args.live_period, seed=args.seed
    )
    # A benchmark driver stops us with SIGTERM; end as cleanly as on Ctrl-C (stats printed).
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    with server:
        print("\n".join(server.urls), flush=True)
        print(
            f"serving {len(server.urls)} feeds on {args.hosts} loopback hosts (stop: Ctrl-C, TERM)",
            file=sys.stderr,
            flush=True,
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    print(json.dumps(server.stats()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
