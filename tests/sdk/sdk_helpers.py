"""Shared helpers and fixtures: an in-process fake on a manual clock, clients in both flavours, and
a MockTransport recorder for exact faults. Nothing here sleeps for real."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from vimmerse import AsyncVimmerse, PollPolicy, RetryPolicy, Vimmerse
from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse

API = "http://api.vimmerse.test"
KEY = "sk-test-SECRET-0123456789"


async def maybe(value: Any) -> Any:
    """Await a coroutine (async client) or pass a plain value through (sync client)."""
    if inspect.isawaitable(value):
        return await value
    return value


@dataclass
class Sleeps:
    """Records requested sleeps; optionally advances a fake clock instead of sleeping."""

    advance: Callable[[float], None] | None = None
    calls: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        if self.advance is not None:
            self.advance(seconds)


@pytest.fixture
def fake() -> FakeVimmerse:
    return FakeVimmerse(FakeConfig(manual_clock=True))


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fake_client(fake: FakeVimmerse, mode: str) -> Iterator[tuple[Any, Sleeps]]:
    """A client (sync or async) wired to the fake; sleeps advance the fake's clock."""
    sleeps = Sleeps(advance=fake.clock.advance)
    poll = PollPolicy(sleep=sleeps, monotonic=fake.clock.now)
    retry = RetryPolicy(sleep=sleeps, random=lambda: 0.5)
    if mode == "sync":
        client: Any = Vimmerse(DEMO_API_KEY, API, transport=fake.transport(), poll=poll, retry=retry)
    else:
        client = AsyncVimmerse(DEMO_API_KEY, API, transport=fake.async_transport(), poll=poll, retry=retry)
    yield client, sleeps


Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """A MockTransport handler with a script of responses (or exceptions) and a log."""

    script: list[Any]
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        if callable(step):
            return step(request)  # type: ignore[no-any-return]
        return step  # type: ignore[no-any-return]


def media_json(**extra: Any) -> dict[str, Any]:
    return {"data": {"id": "m1", "processing_status": "queue_bullet", "progress_percentage": 0, **extra}}


def ok(body: Any = None, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body if body is not None else media_json()).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def mock_clients(
    recorder: Recorder, mode: str, *, max_retries: int = 2, poll: PollPolicy | None = None
) -> tuple[Any, Sleeps]:
    sleeps = Sleeps()
    retry = RetryPolicy(sleep=sleeps, random=lambda: 1.0)
    if mode == "sync":
        client: Any = Vimmerse(
            KEY, API, transport=httpx.MockTransport(recorder), max_retries=max_retries, retry=retry, poll=poll
        )
    else:

        async def handler(request: httpx.Request) -> httpx.Response:
            await request.aread()
            return recorder(request)

        client = AsyncVimmerse(
            KEY, API, transport=httpx.MockTransport(handler), max_retries=max_retries, retry=retry, poll=poll
        )
    return client, sleeps
