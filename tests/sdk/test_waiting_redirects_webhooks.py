"""Waiting, redirects, webhooks and configuration through the public client: ``wait`` polls on
through unknown statuses and transient errors within its request budget, a redirect never carries
the key to another origin, webhook bodies parse into their payloads, and the key comes from
``VIMMERSE_API_KEY``.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sdk_helpers import API, KEY, Recorder, maybe, media_json, mock_clients, ok

from vimmerse import PollPolicy, errors, next_interval, webhooks
from vimmerse.types import MediaWebhookPayload, StoryWebhookPayload


async def test_redirect_never_forwards_key_to_other_origin(mode: str, tmp_path: Path) -> None:
    body = b"0123456789" * 100
    seen: dict[str, str | None] = {}

    def route(request: httpx.Request) -> httpx.Response:
        seen[request.url.host + ":" + str(request.url.port)] = request.headers.get("X-Api-Key")
        if request.url.host == "api.vimmerse.test" and request.url.path.endswith("/download"):
            return httpx.Response(302, headers={"Location": "http://api.vimmerse.test:8080/hop"})
        if request.url.port == 8080:
            return httpx.Response(307, headers={"Location": "https://cdn.other.test/f.mp4"})
        return httpx.Response(200, content=body, headers={"Content-Length": str(len(body))})

    client, _ = mock_clients(Recorder([route]), mode)
    out = await maybe(client.media.download("m1", tmp_path / "v.mp4"))
    assert out.read_bytes() == body
    assert seen == {
        "api.vimmerse.test:None": KEY,
        "api.vimmerse.test:8080": None,
        "cdn.other.test:None": None,
    }


async def test_wait_polls_on_unknown_status_and_retries_transient(mode: str) -> None:
    statuses = ["queue_bullet", "rendering_v2", "processing_bullet", "success"]
    script: list[Any] = [ok({"message": "x"}, 503)] * 3  # first reading: transient failure after retries
    for i, s in enumerate(statuses):
        script.append(ok({"data": {"processing_status": s, "progress_percentage": str(i * 30)}}))
    script.append(ok(media_json(processing_status="success")))
    clock = {"t": 0.0}
    sleeps: list[float] = []

    def sleep(s: float) -> None:
        sleeps.append(s)
        clock["t"] += s

    policy = PollPolicy(sleep=sleep, monotonic=lambda: clock["t"])
    rec = Recorder(script)
    client, _ = mock_clients(rec, mode, poll=policy)
    seen: list[tuple[str, int | None]] = []
    media = await maybe(client.media.wait("m1", on_progress=lambda s, p: seen.append((s, p))))
    assert media.processing_status == "success"
    assert [s for s, _ in seen] == statuses and seen[-1] == ("success", 90)
    assert len(sleeps) == 4 and all(1.0 <= s <= 600.0 for s in sleeps)


@settings(max_examples=300, deadline=None)
@given(
    elapsed=st.floats(0, 1e5, allow_nan=False),
    progress=st.none() | st.floats(-10, 150, allow_nan=False),
    previous=st.none() | st.floats(0, 1e4, allow_nan=False),
)
def test_next_interval_within_bounds(elapsed: float, progress: float | None, previous: float | None) -> None:
    policy = PollPolicy()
    gap = next_interval(elapsed, progress, previous, policy)
    assert policy.min_interval <= gap <= policy.max_interval and math.isfinite(gap)


@settings(max_examples=200, deadline=None)
@given(elapsed=st.floats(1, 5000), p1=st.integers(1, 99), p2=st.integers(1, 99))
def test_next_interval_shrinks_as_progress_grows(elapsed: float, p1: int, p2: int) -> None:
    lo, hi = sorted((p1, p2))
    assert next_interval(elapsed, hi, 1.0) <= next_interval(elapsed, lo, 1.0)


@pytest.mark.parametrize("duration", [30.0, 300.0, 1800.0])
@pytest.mark.parametrize("queued", [0.0, 2.0, 5.0])
def test_polling_budget_on_linear_jobs(duration: float, queued: float) -> None:
    """Detection delay <= max(1 s, 2 % of duration) with <= 20 status reads (integer progress)."""
    from vimmerse._wait import Poller

    t = {"now": 0.0}
    poller = Poller(
        job_id="j",
        terminal=frozenset({"success"}),
        on_progress=None,
        timeout=None,
        policy=PollPolicy(monotonic=lambda: t["now"]),
    )
    while True:
        now = t["now"]
        if now >= queued + duration:
            final = poller.observe("success", 100)
            break
        progress = 0 if now < queued else math.floor(100 * (now - queued) / duration)
        assert poller.observe("processing_bullet", progress) is None
        t["now"] += poller.next_sleep()
    assert final == "success"
    assert poller.requests <= 20
    assert t["now"] - (queued + duration) <= max(1.0, 0.02 * duration)


@pytest.mark.parametrize(
    ("body", "cls"),
    [
        (b'{"customer_id":"c","media_id":"m","status":"success"}', MediaWebhookPayload),
        ('{"customer_id":"c","batch_id":"s","status":"brand_new_state","extra":1}', StoryWebhookPayload),
        ({"customer_id": "c", "media_id": "m", "status": "fail"}, MediaWebhookPayload),
    ],
)
def test_webhook_parse(body: Any, cls: type) -> None:
    assert isinstance(webhooks.parse(body), cls)


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"", "empty"),
        (b"\xff\xfe", "UTF-8"),
        (b"{not json", "not JSON"),
        (b"[1]", "JSON object"),
        ({"customer_id": "c", "status": "success"}, "neither"),
        ({"customer_id": "c", "media_id": "m", "batch_id": "b", "status": "x"}, "both"),
        ({"media_id": "m", "status": "success"}, "customer_id"),
        ({"customer_id": "c", "media_id": 5, "status": "success"}, "media_id"),
    ],
)
def test_webhook_parse_rejects(body: Any, says: str) -> None:
    with pytest.raises(errors.WebhookParseError, match=says):
        webhooks.parse(body)


def test_client_config_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from vimmerse import Vimmerse

    monkeypatch.setenv("VIMMERSE_API_KEY", KEY)
    monkeypatch.setenv("VIMMERSE_BASE_URL", API + "/")
    with Vimmerse() as client:
        assert client.base_url == API and KEY not in repr(client)
    monkeypatch.delenv("VIMMERSE_API_KEY")
    with pytest.raises(errors.VimmerseError, match="VIMMERSE_API_KEY"):
        Vimmerse()
