"""Recordings replayed offline: as an httpx transport (test fixtures), or checked again.

``replay_transport(har)`` answers each request with the recorded answer of the same method, path
and query, in the order they were recorded (the last one repeats), so the SDK reads what the
service once sent -- a wire form first seen live stays a regression test. ``recheck(har)`` runs
the document's checks over a recording again, without any network.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from ._document import Contract
from ._record import Exchange, read_har
from ._report import Verification


def _key(method: str, url: str) -> tuple[str, str, str]:
    parts = urlsplit(url)
    return method.upper(), parts.path, parts.query


def replay_transport(recording: Path | list[Exchange]) -> httpx.MockTransport:
    exchanges = read_har(recording) if isinstance(recording, Path) else recording
    queues: dict[tuple[str, str, str], list[Exchange]] = defaultdict(list)
    for exchange in exchanges:
        queues[_key(exchange.method, exchange.url)].append(exchange)
    lock = threading.Lock()

    def answer(request: httpx.Request) -> httpx.Response:
        key = _key(request.method, str(request.url))
        with lock:
            queue = queues.get(key)
            if not queue:
                return httpx.Response(599, json={"message": f"not in the recording: {key[0]} {key[1]}"})
            exchange = queue.pop(0) if len(queue) > 1 else queue[0]
        headers = [(k, v) for k, v in exchange.response_headers if k.lower() != "content-length"]
        return httpx.Response(exchange.status, headers=headers, content=exchange.response_body)

    return httpx.MockTransport(answer)


def recheck(recording: Path, contract: Contract | None = None) -> Verification:
    verification = Verification(contract or Contract.load())
    for exchange in read_har(recording):
        verification.add(exchange)
    return verification
