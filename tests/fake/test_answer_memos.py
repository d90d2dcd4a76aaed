"""The fake keeps what it computed for answers it repeats (a polled job's answer written in the
service's forms, a file's signed URL): what it keeps must never be stale or differ from what it
would compute afresh."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from vimmerse_fake import FakeConfig, FakeVimmerse
from vimmerse_fake.testing import client_for, create_media


@pytest.fixture
def fake() -> Iterator[FakeVimmerse]:
    f = FakeVimmerse(FakeConfig(manual_clock=True))  # the service's wire forms, the default
    yield f
    f.close()


@pytest.fixture
def client(fake: FakeVimmerse) -> Iterator[httpx.Client]:
    with client_for(fake) as c:
        yield c


def test_a_polled_media_answers_afresh_each_time_its_state_changes(
    fake: FakeVimmerse, client: httpx.Client
) -> None:
    media = create_media(client, duration=5)
    path = f"/media/{media['id']}"
    running = client.get(path).content
    fake.clock.advance(3600)
    done = client.get(path).content
    assert done != running
    assert client.get(path).content == done  # the same answer, byte for byte, when nothing changed
    renamed = client.put(path, data={"title": "renamed"})
    assert renamed.status_code == 200, renamed.text
    after = client.get(path)
    assert after.json()["data"]["title"] == "renamed"
    assert after.json()["data"]["processing_status"] == "success"


def test_signed_file_urls_are_the_same_as_signed_afresh_and_serve_their_file(
    fake: FakeVimmerse, client: httpx.Client
) -> None:
    host = fake.file_host
    first = host.url("video", "mp4", d=5, a="16:9", m="m1", v=1)
    assert host.url("video", "mp4", d=5, a="16:9", m="m1", v=1) == first
    token = first.rsplit("/", 1)[1]
    assert host._unsign(token) == {"k": "video", "d": 5, "a": "16:9", "m": "m1", "v": 1}
    assert host.url("video", "mp4", d=5, a="16:9", m="m1", v=2) != first
    # A parameter that cannot be a cache key is signed each time, to the same payload.
    listed = host.url("asset", "png", parts=[1, 2], id="a1")
    assert host._unsign(listed.rsplit("/", 1)[1]) == {"k": "asset", "parts": [1, 2], "id": "a1"}
    got = client.get(first)
    assert got.status_code == 200 and got.headers["content-type"] == "video/mp4" and got.content
