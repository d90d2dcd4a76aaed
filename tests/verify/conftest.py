"""The fake served over HTTP, optionally drifting from the document, and a verification run against it.

Drift is played by an ASGI wrapper of the fake's API app: the fake answers as always (valid
against openapi.yaml, written as the service writes), and the wrapper changes the answer of one
operation on its way out, as a service that changed without its document would.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from vimmerse import PollPolicy, Vimmerse
from vimmerse.verify import Contract, Plan, Verification, run
from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse, serve

Scope = dict[str, Any]
#: (request path, parsed JSON answer) -> the answer sent instead.
Drift = Callable[[str, Any], Any]


class DriftingApp:
    """Rewrites the JSON answers of the requests whose path ``match`` accepts."""

    def __init__(self, app: Any, match: Callable[[str], bool], drift: Drift) -> None:
        self.app, self.match, self.drift = app, match, drift

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not self.match(scope["path"]):
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def keep(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, keep)
        body = b"".join(chunks)
        headers = dict(start.get("headers") or [])
        if headers.get(b"content-type", b"").startswith(b"application/json") and body:
            body = json.dumps(self.drift(scope["path"], json.loads(body))).encode()
        headers[b"content-length"] = str(len(body)).encode()
        await send({**start, "headers": list(headers.items())})
        await send({"type": "http.response.body", "body": body})


@dataclass
class Served:
    fake: FakeVimmerse
    base_url: str
    media_id: str
    story_id: str


@pytest.fixture(scope="module")
def contract() -> Contract:
    return Contract.load()


@pytest.fixture
def serve_fake() -> Iterator[Callable[..., Served]]:
    """``serve_fake(match=None, drift=None)``: the fake on loopback with a media and a story."""
    stack: list[Any] = []

    def start(match: Callable[[str], bool] | None = None, drift: Drift | None = None) -> Served:
        fake = FakeVimmerse(FakeConfig(speed=200.0))
        if match is not None and drift is not None:
            fake.app = DriftingApp(fake.app, match, drift)  # type: ignore[assignment]
        context = serve(host="127.0.0.1", fake=fake, webhooks=False)
        running = context.__enter__()
        stack.append(context)
        with Vimmerse(
            DEMO_API_KEY, running.base_url, poll=PollPolicy(min_interval=0.05, initial_interval=0.05)
        ) as c:
            media = c.media.create(prompt="a kite over the dunes", duration=1)
            story = c.story.idea_to_video(idea="a kite's long journey", scene_count=2)
        return Served(fake, running.base_url, media.id, story.id)

    yield start
    for context in reversed(stack):
        context.__exit__(None, None, None)


def verify(served: Served, contract: Contract, report: Path, allow_spend: bool = True) -> dict[str, Any]:
    """The scripted verification (what `vimmerse verify` runs) against ``served``; the report."""
    verification = Verification(contract)
    plan = Plan(served.base_url, DEMO_API_KEY, served.media_id, served.story_id, allow_spend, 60, 0.05)
    run(plan, verification, say=lambda _line: None)
    return verification.write(report)


@pytest.fixture
def verify_served() -> Callable[..., dict[str, Any]]:
    return verify
