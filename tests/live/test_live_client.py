"""The SDK against the live service: typed reads, refusals, and (opt-in) one paid job end to end."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from vimmerse import Vimmerse, errors

pytestmark = pytest.mark.live


@pytest.fixture
def client(live: Any) -> Any:
    with Vimmerse(live.api_key, live.base_url) as c:
        yield c


def test_media_get_and_status(client: Vimmerse, media_id: str) -> None:
    media = client.media.get(media_id)
    status = client.media.status(media_id)
    assert media.id == media_id
    assert isinstance(status.processing_status, str) and status.processing_status
    # Whatever the service sends ("100", "No", null), the answer reads into the declared types.
    assert_types(
        (media.progress_percentage, int),
        (status.progress_percentage, int),
        (media.bullet_version, int),
        (media.is_transition, bool),
        (media.duration_time, float),
    )


def test_story_get(client: Vimmerse, story_id: str) -> None:
    story = client.story.get(story_id)
    assert story.id == story_id
    assert isinstance(story.status, str) and story.status
    assert_types(
        (story.progress_percentage, int),
        (story.used_credits, int),
        (story.is_highlights, bool),
        (story.is_transition, bool),
        (story.scenes, list),
    )


def assert_types(*pairs: tuple[Any, type]) -> None:
    wrong = [(value, kind) for value, kind in pairs if value is not None and type(value) is not kind]
    assert wrong == []


def test_invalid_key_raises_authentication_error(live: Any) -> None:
    bad = Vimmerse("invalid-" + uuid.uuid4().hex, live.base_url, max_retries=0)
    with bad, pytest.raises(errors.AuthenticationError) as info:
        bad.media.status(uuid.uuid4().hex)
    assert info.value.status_code == 401


def test_out_of_range_quantity_refused_before_sending(client: Vimmerse) -> None:
    """The SDK refuses what the service would 422, without a request (so without a charge)."""
    with pytest.raises(errors.InvalidParameterError) as info:
        client.media.create(prompt="must be refused", quantity=99)
    assert info.value.field == "quantity"


def test_smallest_paid_job_end_to_end(client: Vimmerse, spend: Any, tmp_path: Path) -> None:
    """One text-to-video job, duration 1, quantity 1: create, wait, download a playable MP4."""
    media = client.media.create(
        prompt="contract test: a single candle flame flickering, static camera",
        title="vimmerse-python live contract test",
        duration=1,
        quantity=1,
    )
    assert isinstance(media.id, str) and media.id
    done = client.media.wait(media.id, timeout=spend.wait_timeout)
    assert done.processing_status == "success"
    path = client.media.download(media.id, tmp_path)
    data = path.read_bytes()
    assert len(data) > 1000
    assert data[4:8] == b"ftyp", "not an MP4 file"
