"""Serve the fake for `make polyglot`: the API and its file host on two free loopback ports.

The same server as ``vimmerse fake`` (``vimmerse_fake.server.serve``), its answers written as the
service writes them (``FakeConfig(wire="service")``: ``"nsfw": "0"``, ``"is_transition": "No"``,
``"file_size": ""``), with two additions the generated clients are judged by:

* The file host (the second origin ``downloadMedia`` redirects to) answers **403 KEY_LEAKED** to
  any request that carries ``X-Api-Key``: a client that forwards the key fails its download
  instead of passing silently.
* Every file-host request is counted (``GET {cdn}/__polyglot/stats``, not part of the API), so
  the driver can check that each download really went through the redirect.

Prints one JSON line ``{"api": URL, "cdn": URL, "key": KEY}`` once both origins listen, then
serves until stdin reaches end of file or SIGTERM.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse
from vimmerse_fake.server import serve

ROOT = Path(__file__).resolve().parent.parent
Scope = dict[str, Any]


class GuardedFileHost:
    """ASGI wrapper of the fake's file host: refuses X-Api-Key, counts requests, serves stats."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.lock = threading.Lock()
        self.hits = 0
        self.leaks = 0

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == "/__polyglot/stats":
            with self.lock:
                stats: dict[str, Any] = {"hits": self.hits, "leaks": self.leaks}
            await _send(send, 200, json.dumps(stats).encode())
            return
        names = {k.decode("latin-1").lower() for k, _ in scope.get("headers", [])}
        with self.lock:
            self.hits += 1
            leaked = "x-api-key" in names
            self.leaks += leaked
        if leaked:
            await _send(send, 403, b'{"message":"KEY_LEAKED"}')
            return
        await self.app(scope, receive, send)


async def _send(send: Any, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--speed", type=float, default=120.0, help="simulated seconds per real second")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    # "service" is the fake's default too; named here because it is what make polyglot is about.
    parser.add_argument("--wire", choices=["service", "document"], default="service")
    args = parser.parse_args()
    config = FakeConfig(speed=args.speed, strict_responses=False, spec_path=str(args.spec), wire=args.wire)
    fake = FakeVimmerse(config)
    # serve() mounts fake.cdn_app: wrap it (an ASGI app).
    fake.cdn_app = GuardedFileHost(fake.cdn_app)  # type: ignore[assignment]
    with serve("127.0.0.1", 0, 0, fake=fake, log_level="error") as running:
        print(json.dumps({"api": running.base_url, "cdn": running.cdn_url, "key": DEMO_API_KEY}), flush=True)
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())

        def stop_at_eof() -> None:
            sys.stdin.read()
            stop.set()

        threading.Thread(target=stop_at_eof, daemon=True).start()
        stop.wait()
        fake.close()


if __name__ == "__main__":
    main()
