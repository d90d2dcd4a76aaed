"""A validating reverse proxy: forwards each request to one upstream, records and checks the answer.

Any client, in any language, points its base URL at the proxy. The proxy sends every request to
the upstream's origin and nowhere else: it never follows a redirect (a ``302`` to the file host
goes back to the client, which fetches the file itself, without the key), and a request naming
another host in its request line is refused. Credentials are forwarded to the upstream as they
came and never written down (``_record``). Answers are asked for uncompressed, so the bytes
checked are the bytes passed on.

Standard library server (one thread per connection) and httpx for the upstream: no extra server
dependency, and a team's own test run is far below what it can carry.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._record import Exchange
from ._report import Verification

#: Headers that describe one connection, not the message (RFC 9110, 7.6.1), and those the proxy sets.
_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length",
        "accept-encoding",
    }
)

#: Changes an answer before it is checked and passed on: drills that play a drifting service.
Rewrite = Callable[[Exchange], Exchange]


class Proxy:
    """``with Proxy(upstream, verification) as proxy:`` serves on ``proxy.url`` until the block ends."""

    def __init__(
        self,
        upstream: str,
        verification: Verification | None,
        host: str = "127.0.0.1",
        port: int = 0,
        rewrite: Rewrite | None = None,
        timeout: float = 120.0,
    ) -> None:
        parts = urlsplit(upstream)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"the upstream must be an http(s) URL, not {upstream!r}")
        self.upstream = f"{parts.scheme}://{parts.netloc}"
        self.prefix = parts.path.rstrip("/")
        self.verification = verification
        self.rewrite = rewrite
        self.http = httpx.Client(timeout=timeout, follow_redirects=False)
        self.server = ThreadingHTTPServer((host, port), _handler_for(self))
        self.server.daemon_threads = True
        address = self.server.server_address
        bound_host = address[0].decode() if isinstance(address[0], bytes) else str(address[0])
        bound_port = int(address[1])
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        self.url = f"http://{shown}:{bound_port}"
        self._thread: threading.Thread | None = None

    def start(self) -> Proxy:
        self._thread = threading.Thread(target=self.server.serve_forever, name="vimmerse-proxy", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.http.close()

    def __enter__(self) -> Proxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def forward(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> Exchange:
        url = self.upstream + self.prefix + target
        sent = [(k, v) for k, v in headers if k.lower() not in _HOP]
        started = time.monotonic()
        try:
            answer = self.http.request(
                method, url, headers=[*sent, ("Accept-Encoding", "identity")], content=body
            )
            status, answer_headers, content = (
                answer.status_code,
                list(answer.headers.multi_items()),
                answer.content,
            )
        except httpx.HTTPError as exc:
            status, answer_headers = 502, [("content-type", "application/json")]
            content = (
                b'{"message":"vimmerse proxy: upstream unreachable: ' + type(exc).__name__.encode() + b'"}'
            )
        exchange = Exchange(
            method=method,
            url=url,
            request_headers=sent,
            request_body=body,
            status=status,
            response_headers=[(k, v) for k, v in answer_headers if k.lower() not in _HOP],
            response_body=content,
            millis=(time.monotonic() - started) * 1000,
        )
        if self.rewrite is not None:
            exchange = self.rewrite(exchange)
        if self.verification is not None and status != 502:
            self.verification.add(exchange)
        return exchange


def _handler_for(proxy: Proxy) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "vimmerse-proxy"

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the report is the log

        def handle_one(self) -> None:
            target = self.path
            if not target.startswith("/"):  # absolute form: this is no forward proxy
                self.reply(
                    400, [("content-type", "text/plain")], b"only paths are proxied, to the upstream\n"
                )
                return
            body = self.read_body()
            exchange = proxy.forward(self.command, target, list(self.headers.items()), body)
            self.reply(exchange.status, exchange.response_headers, exchange.response_body)

        def read_body(self) -> bytes:
            if "chunked" in (self.headers.get("transfer-encoding") or "").lower():
                chunks: list[bytes] = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                            pass  # trailers
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
            length = int(self.headers.get("content-length") or 0)
            return self.rfile.read(length) if length else b""

        def reply(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
            self.send_response_only(status)
            for name, value in headers:
                if name.lower() not in _HOP:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = handle_one

    return Handler
