"""Serving the fake over real HTTP: uvicorn in a background thread, the API and the CDN
each on its own loopback port (so redirects cross origins like the real service)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import uvicorn

from .config import FakeConfig
from .core import FakeVimmerse


@dataclass
class RunningFake:
    fake: FakeVimmerse
    base_url: str
    cdn_url: str
    port: int
    cdn_port: int


def _bind(host: str, port: int) -> socket.socket:
    # IPPROTO_TCP named: asyncio turns Nagle's algorithm off (TCP_NODELAY) only for sockets whose
    # protocol is TCP, and with it on every kept-alive answer waited ~40 ms for a delayed ACK.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


@contextlib.contextmanager
def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    cdn_port: int = 0,
    config: FakeConfig | None = None,
    fake: FakeVimmerse | None = None,
    webhooks: bool = True,
    log_level: str = "warning",
    startup_timeout: float = 10.0,
) -> Iterator[RunningFake]:
    """Run the fake on ``host``; port 0 picks free ports (see ``running.port``/``cdn_port``).

    Starts the webhook scheduler too (``webhooks=False`` to deliver by hand)."""
    fake = fake or FakeVimmerse(config)
    api_sock, cdn_sock = _bind(host, port), _bind(host, cdn_port)
    ports = api_sock.getsockname()[1], cdn_sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    base_url, cdn_url = f"http://{shown}:{ports[0]}", f"http://{shown}:{ports[1]}"
    fake.set_origins(base_url, cdn_url)
    servers = [
        # h11, not httptools even when installed: uvicorn's httptools protocol drops the body of a
        # request that offers an upgrade it refuses (``Upgrade: h2c``, which Java's HttpClient sends
        # by default; https://github.com/Kludex/uvicorn/issues/2722), and Java clients are ours.
        uvicorn.Server(uvicorn.Config(app, log_level=log_level, lifespan="off", access_log=False, http="h11"))
        for app in (fake.app, fake.cdn_app)
    ]
    errors: list[BaseException] = []

    async def main() -> None:
        await asyncio.gather(servers[0].serve(sockets=[api_sock]), servers[1].serve(sockets=[cdn_sock]))

    def run() -> None:
        try:
            # uvicorn's loop choice ("auto": uvloop when installed), as ``uvicorn.run`` makes it.
            with asyncio.Runner(loop_factory=servers[0].config.get_loop_factory()) as runner:
                runner.run(main())
        except BaseException as exc:  # reported to the caller below
            errors.append(exc)

    thread = threading.Thread(target=run, name="vimmerse-fake-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not all(s.started for s in servers):
        if errors or not thread.is_alive():
            raise RuntimeError(f"fake server failed to start: {errors}")
        if time.monotonic() > deadline:
            raise TimeoutError("fake server did not start in time")
        time.sleep(0.01)
    if webhooks:
        fake.start_webhook_scheduler()
    try:
        yield RunningFake(fake, base_url, cdn_url, ports[0], ports[1])
    finally:
        fake.stop_webhook_scheduler()
        for s in servers:
            s.should_exit = True
        thread.join(timeout=10)
        api_sock.close()
        cdn_sock.close()
