"""What a user following the vendor's guides line by line gets from the SDK (sync and async)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from sdk_helpers import Recorder, maybe, media_json, mock_clients, ok

from vimmerse import errors
from vimmerse_openapi.models import Story

STORY = {"data": {"id": "s1", "status": "new", "is_highlights": "", "is_transition": "No"}}


async def test_images_to_video_sends_the_story_guides_fields(mode: str) -> None:
    recorder = Recorder([ok(STORY)])
    client, _ = mock_clients(recorder, mode)
    fields = {"motion_type": "KlingAI", "duration": 5, "loop": 2, "narrator": "Sarah"}
    story = await maybe(client.story.images_to_video(image_urls=["https://example.com/a.png"], **fields))
    sent = json.loads(recorder.requests[0].content)
    assert sent == {
        "image_urls": ["https://example.com/a.png"],
        "motion_type": "KlingAI",
        "duration": 5,
        "loop": 2,
        "narrator": "Sarah",
    }
    # The guide's answers: "" for a flag is unknown, "No" is false.
    assert isinstance(story, Story) and story.is_highlights is None and story.is_transition is False


async def test_a_storyboard_from_images_alone_is_sent(mode: str) -> None:
    recorder = Recorder([ok(STORY)])
    client, _ = mock_clients(recorder, mode)
    await maybe(client.story.create(image_urls=["https://example.com/a.png", "https://example.com/b.png"]))
    (request,) = recorder.requests
    assert request.url.path == "/story" and b'name="idea"' not in request.content
    assert request.content.count(b'name="image_urls"') == 2


async def test_a_storyboard_from_nothing_is_refused_before_sending(mode: str) -> None:
    recorder = Recorder([ok(STORY)])
    client, _ = mock_clients(recorder, mode)
    with pytest.raises(errors.InvalidParameterError) as caught:
        await maybe(client.story.create(title="No input"))
    assert "idea, image_files, image_urls" in str(caught.value)
    assert recorder.requests == []


async def test_process_media_on_the_guides_empty_answer_returns_the_media(mode: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/process"):
            return ok({"data": {}})  # the Media guide's example answer
        return ok(media_json(processing_status="queue_bullet"))

    recorder = Recorder([answer])
    client, _ = mock_clients(recorder, mode)
    media: Any = await maybe(client.media.process("m1"))
    assert media.id == "m1" and media.processing_status == "queue_bullet"
    assert [(r.method, r.url.path) for r in recorder.requests] == [
        ("POST", "/media/m1/process"),
        ("GET", "/media/m1"),  # read again, free: the paid call is not repeated
    ]


async def test_no_length_limit_is_invented(mode: str) -> None:
    """No source limits a prompt's or a title's length: a long one is sent as given."""
    recorder = Recorder([ok(media_json())])
    client, _ = mock_clients(recorder, mode)
    await maybe(client.media.create(prompt="p" * 20_000, title="t" * 2_000))
    assert recorder.requests[0].content.count(b"p" * 20_000) == 1
