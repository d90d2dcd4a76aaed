"""What openai-python users expect of a client: per-call ``timeout=`` and
``extra_headers=``, a ``with_options(...)`` copy, and the raw response of any call."""

from __future__ import annotations

import httpx
import pytest

from vimmerse import AsyncVimmerse, Vimmerse
from vimmerse.types import Media

API = "http://api.options.test"
KEY = "sk-options-0123456789"
MEDIA = {"data": {"id": "m1", "processing_status": "success", "progress_percentage": "100"}}


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=MEDIA, headers={"X-Request-Id": "req-42"})


def test_per_call_extra_headers_and_timeout():
    rec = Recorder()
    with Vimmerse(KEY, API, transport=httpx.MockTransport(rec)) as client:
        client.media.get("m1", extra_headers={"X-Trace": "t1", "x-api-key": "stolen"}, timeout=3.5)
        client.media.get("m1")
    first, second = rec.requests
    assert first.headers["X-Trace"] == "t1"
    assert first.headers["X-Api-Key"] == KEY  # a caller's header cannot replace the key
    assert first.extensions["timeout"] == httpx.Timeout(3.5).as_dict()
    assert "X-Trace" not in second.headers
    assert second.extensions["timeout"] == httpx.Timeout(60.0, connect=10.0).as_dict()


def test_with_options_copies_settings_over_the_same_connections():
    rec = Recorder()
    client = Vimmerse(KEY, API, transport=httpx.MockTransport(rec))
    tuned = client.with_options(timeout=7.0, max_retries=0, default_headers={"X-Team": "video"})
    tuned.media.get("m1")
    client.media.get("m1")
    assert tuned.http_client is client.http_client
    assert tuned.max_retries == 0 and client.max_retries == 2
    assert rec.requests[0].headers["X-Team"] == "video"
    assert rec.requests[0].extensions["timeout"] == httpx.Timeout(7.0).as_dict()
    assert "X-Team" not in rec.requests[1].headers
    tuned.close()  # the copy does not own the connections
    client.media.get("m1")
    client.close()
    assert repr(tuned) == f"Vimmerse(base_url='{API}', api_key='[REDACTED]')"


def test_raw_response_of_any_call():
    rec = Recorder()
    with Vimmerse(KEY, API, transport=httpx.MockTransport(rec)) as client:
        raw = client.with_raw_response.media.get("m1")
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-42"
    media = raw.parse()
    assert isinstance(media, Media) and media.progress_percentage == 100


@pytest.mark.asyncio
async def test_async_with_options_and_raw_response():
    rec = Recorder()
    async with AsyncVimmerse(KEY, API, transport=httpx.MockTransport(rec)) as client:
        raw = await client.with_options(default_headers={"X-Team": "a"}).with_raw_response.media.status("m1")
        assert raw.status_code == 200
        assert rec.requests[0].headers["X-Team"] == "a"
        media = await client.media.get("m1", timeout=2.0)
    assert media.id == "m1"
    assert rec.requests[1].extensions["timeout"] == httpx.Timeout(2.0).as_dict()
