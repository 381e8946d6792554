"""A scriptable HTTP/1.1 server on a loopback address, for tests that need a real peer.

It runs in its own threads, so any test can use it: async tests (the client's event loop
stays free), sync CLI tests and Textual Pilot tests alike. Each route is a plain function
that answers through a `Responder`, which can send well-formed replies or misbehave on
purpose (stall, trickle, lie about Content-Length, reset the connection).

    with LoopbackServer() as server:
        server.add("/feed.xml", body=b"<rss/>", headers={"ETag": '"v1"'})

        @server.route("/slow")
        def slow(request: Request, out: Responder) -> None:
            out.sleep(5)  # wakes early when the server stops

        url = server.url("/feed.xml")

Every request is logged (`server.requests`) and in-flight requests are counted
(`server.peak`), so tests can check politeness from the server's side. Only loopback
addresses are accepted, so a test can never reach the outside by mistake.
"""

from __future__ import annotations

import ipaddress
import select
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

import pytest

__all__ = ["LoopbackServer", "Request", "Responder", "Route", "loopback_server"]


@dataclass(frozen=True)
class Request:
    """What the server received (the body is never read: the reader only sends GETs)."""

    method: str
    path: str
    headers: Message
    host: str
    """The listening address this request came in on."""
    received: float = field(default_factory=time.monotonic)

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


class ClientGone(Exception):
    """The client closed or reset the connection while a route was answering."""


class Responder:
    """How a route answers. Every method may raise `ClientGone`; the server swallows it."""

    def __init__(self, handler: BaseHTTPRequestHandler, stopping: threading.Event) -> None:
        self._handler = handler
        self._stopping = stopping
        self.sent_headers = False

    def send(
        self,
        status: int = 200,
        body: bytes = b"",
        headers: Mapping[str, str] | Iterable[tuple[str, str]] = (),
        reason: str | None = None,
        content_length: int | None = None,
    ) -> None:
        """A complete reply; `content_length` overrides the real length (to lie)."""
        self.send_head(
            status, headers, reason, len(body) if content_length is None else content_length
        )
        self.write(body)

    def send_head(
        self,
        status: int = 200,
        headers: Mapping[str, str] | Iterable[tuple[str, str]] = (),
        reason: str | None = None,
        content_length: int | None = None,
    ) -> None:
        """Status line and headers only; the body follows with `write` / `trickle`."""
        if reason is None:
            reason = self._handler.responses.get(status, ("Unknown",))[0]
        pairs = list(headers.items()) if isinstance(headers, Mapping) else list(headers)
        lines = [f"HTTP/1.1 {status} {reason}"]
        lines.extend(f"{name}: {value}" for name, value in pairs)
        if content_length is not None and not any(n.lower() == "content-length" for n, _ in pairs):
            lines.append(f"Content-Length: {content_length}")
        # surrogateescape lets a test send any byte in a reason phrase or header value.
        self.write(("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogateescape"))
        self.sent_headers = True

    def write(self, data: bytes) -> None:
        try:
            self._handler.wfile.write(data)
            self._handler.wfile.flush()
        except OSError as exc:
            raise ClientGone from exc

    def trickle(self, data: bytes, interval: float, piece: int = 1) -> None:
        """Send `data` a few bytes at a time, pausing between pieces (a slow-loris body)."""
        for start in range(0, len(data), piece):
            self.write(data[start : start + piece])
            self.sleep(interval)

    def sleep(self, seconds: float) -> None:
        """Pause, but give up at once when the server stops or the client goes away."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if self._stopping.wait(min(left, 0.05)):
                raise ClientGone("server stopping")
            if self.peer_closed(0):
                raise ClientGone("client went away")

    def peer_closed(self, timeout: float) -> bool:
        """True once the client has closed its side (EOF or reset) within `timeout` s."""
        conn = self._handler.connection
        try:
            readable, _, _ = select.select([conn], [], [], timeout)
            if not readable:
                return False
            return bool(conn.recv(1, socket.MSG_PEEK) == b"")
        except (OSError, ValueError):
            return True

    def wait_closed(self, timeout: float) -> bool:
        """Block until the client closes the connection (True) or `timeout` passes."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            if self.peer_closed(min(left, 0.05)):
                return True
            if self._stopping.is_set():
                return False
        return False

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0), as a crashed peer would."""
        conn = self._handler.connection
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()
        self._handler.close_connection = True
        raise ClientGone("reset sent")

    def close(self) -> None:
        """Close the connection cleanly after whatever was written."""
        self._handler.close_connection = True
        try:
            self._handler.wfile.flush()
            self._handler.connection.shutdown(socket.SHUT_WR)
        except OSError:
            pass


Route = Callable[[Request, Responder], None]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        self.server.owner._dispatch(self)

    do_HEAD = do_GET

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: pytest shows failures, not access logs."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], owner: LoopbackServer) -> None:
        self.owner = owner
        super().__init__(address, _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that vanished mid-request is normal in these tests, not an error."""


class LoopbackServer:
    """One listener on a loopback address with per-path routes (see the module doc)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        if not ipaddress.ip_address(host).is_loopback:
            raise ValueError(f"tests only listen on loopback, not {host}")
        self.host = host
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.active = 0
        self.peak = 0
        self.clients_gone = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------
    def start(self) -> LoopbackServer:
        self._server = _Server((self.host, 0), self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return int(self._server.server_address[1])

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    # -- routes ----------------------------------------------------------------------
    def route(self, path: str) -> Callable[[Route], Route]:
        """Decorator: `path` (exact, query string included) is answered by the function."""

        def register(func: Route) -> Route:
            self.routes[path] = func
            return func

        return register

    def add(
        self,
        path: str,
        body: bytes = b"",
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        reason: str | None = None,
    ) -> None:
        """A fixed reply for `path`."""
        fixed = dict(headers or {})

        def answer(request: Request, out: Responder) -> None:
            out.send(status, b"" if request.method == "HEAD" else body, fixed, reason)

        self.routes[path] = answer

    def redirect(self, path: str, location: str, status: int = 301) -> None:
        self.add(path, status=status, headers={"Location": location})

    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    # -- serving ---------------------------------------------------------------------
    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        request = Request(handler.command, handler.path, handler.headers, self.host)
        with self._lock:
            self.requests.append(request)
            self.active += 1
            self.peak = max(self.peak, self.active)
        out = Responder(handler, self._stopping)
        try:
            route = self.routes.get(handler.path)
            if route is None:
                out.send(404, b"no such route\n", {"Content-Type": "text/plain"})
            else:
                route(request, out)
        except ClientGone:
            handler.close_connection = True
            with self._lock:
                self.clients_gone += 1
        finally:
            with self._lock:
                self.active -= 1


@pytest.fixture
def loopback_server() -> Iterator[LoopbackServer]:
    """A started `LoopbackServer` on 127.0.0.1, stopped after the test."""
    with LoopbackServer() as server:
        yield server
