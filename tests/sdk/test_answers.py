"""What the public client returns for the answers the service really sends: clean
types, ``None`` for null or wrongly shaped values, and a readable ``APIError`` -- never a crash, and
never "may have been charged" on a read -- when an answer lacks the id or status it must carry.

The per-field rules are proven on the generated models in ``tests/contract/test_forward_compat.py``;
these tests check that the client hands them through, sync and async.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from sdk_helpers import Recorder, maybe, media_json, mock_clients, ok

from vimmerse import errors
from vimmerse.types import Media, MediaProcessingStatus, Story, StoryStatus

# libyaml's safe loader when installed (the same documents, several times faster than PyYAML's
# Python one), as vimmerse_fake.document reads openapi.yaml.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SPEC_TEXT = (Path(__file__).parents[2] / "openapi.yaml").read_text()
SCHEMAS = yaml.load(SPEC_TEXT, Loader=FAST_LOADER)["components"]["schemas"]


def structured_fields(schema: str) -> list[str]:
    """The array and object fields of a schema (the ones where a ``null`` could break parsing)."""
    out = []
    for name, prop in SCHEMAS[schema]["properties"].items():
        target = SCHEMAS[prop["$ref"].rsplit("/", 1)[-1]] if "$ref" in prop else prop
        if target.get("type") in ("array", "object"):
            out.append(name)
    return out


def test_the_structured_fields_are_the_ones_the_issue_lists() -> None:
    media, story = set(structured_fields("Media")), set(structured_fields("Story"))
    assert {"file_map", "video_history", "result", "submit_params", "pose_preset"} <= media
    assert {"scenes", "storyboard", "files", "medias", "submit_params", "audio_option"} <= story
    assert len(media) + len(story) >= 13


async def test_null_in_any_array_or_object_field_reads_as_none(mode: str) -> None:
    """Was: ``null`` in one of 13 such fields made the whole answer unreadable (``APIError:
    unexpected 200 response body``, and on a create "the job may have been charged")."""
    media_body = {"id": "m1", "processing_status": "success", **dict.fromkeys(structured_fields("Media"))}
    story_body = {"id": "s1", "status": "success", **dict.fromkeys(structured_fields("Story"))}
    rec = Recorder([ok({"data": media_body}), ok({"data": story_body}), ok({"data": media_body})])
    client, _ = mock_clients(rec, mode)
    media = await maybe(client.media.get("m1"))
    assert isinstance(media, Media) and media.id == "m1"
    assert all(getattr(media, name) is None for name in structured_fields("Media"))
    story = await maybe(client.story.get("s1"))
    assert isinstance(story, Story) and story.status is StoryStatus.SUCCESS
    assert all(getattr(story, name) is None for name in structured_fields("Story"))
    created = await maybe(client.media.create(prompt="a cat"))
    assert created.id == "m1"


async def test_answers_read_into_the_declared_types(mode: str) -> None:
    body = {
        "data": {
            "id": "m1",
            "processing_status": "success",
            "progress_percentage": "100",
            "is_transition": "No",
            "duration_time": "5.0",
            "visibility_status": 2,
            "file_map": "not-a-list",
            "brand_new": {"x": 1},
        }
    }
    rec = Recorder(
        [ok(body), ok({"data": {"processing_status": "paused_bullet", "progress_percentage": "42"}})]
    )
    client, _ = mock_clients(rec, mode)
    media = await maybe(client.media.get("m1"))
    assert media.processing_status is MediaProcessingStatus.SUCCESS
    assert (media.progress_percentage, media.is_transition, media.duration_time) == (100, False, 5.0)
    assert media.visibility_status.value == "2"
    assert media.file_map is None and media.raw["file_map"] == "not-a-list"
    assert media.additional_properties == {"brand_new": {"x": 1}}
    assert "Unset" not in repr(media) and "progress_percentage=100" in repr(media)
    status = await maybe(client.media.status("m1"))
    assert status.processing_status == "paused_bullet" and status.progress_percentage == 42


async def test_blank_text_reads_as_unknown_not_false(mode: str) -> None:
    """The vendor's guides show ``"is_highlights": ""``, ``"file_size": ""``: values the service
    does not know. Booleans, numbers and enums read them as None (``""`` was False for a boolean
    and stayed the text ``""`` for an enum); strings keep them; words and numeric text still read."""
    story = {
        "id": "s1",
        "status": "processing",
        "title": "",
        "is_highlights": "",
        "is_transition": " ",
        "progress_percentage": "",
        "aspect_ratio": "",
        "visibility_status": "",
        "submit_params": {"file_size": "", "scale_factor": "1", "native_audio": "No"},
    }
    media = {"id": "m1", "processing_status": "success", "is_transition": "No", "progress_percentage": "1"}
    rec = Recorder([ok({"data": story}), ok({"data": media}), ok({"data": {**story, "status": ""}})])
    client, _ = mock_clients(rec, mode)
    got = await maybe(client.story.get("s1"))
    assert got.status is StoryStatus.PROCESSING and got.title == ""
    assert got.is_highlights is None and got.is_transition is None and got.progress_percentage is None
    assert got.aspect_ratio is None and got.visibility_status is None
    assert got.raw["is_highlights"] == ""  # as received
    params = got.submit_params
    assert (params.file_size, params.scale_factor, params.native_audio) == (None, 1.0, False)
    got_media = await maybe(client.media.get("m1"))
    assert got_media.is_transition is False and got_media.progress_percentage == 1
    # A blank status is no status: the answer cannot be followed (a required field, like null).
    with pytest.raises(errors.APIError, match=r"Story\.status"):
        await maybe(client.story.get("s1"))


def test_blank_text_is_an_enums_member_when_it_lists_it() -> None:
    """Camera control's ``""`` means "automatic": a value, not an unknown one."""
    from vimmerse.types import CameraControl, MediaCreateRequest
    from vimmerse_openapi.types import read_enum

    assert read_enum(CameraControl, "") is CameraControl.AUTO
    assert MediaCreateRequest.from_dict({"camera_control": " "}).camera_control is CameraControl.AUTO
    assert read_enum(StoryStatus, "") is None and read_enum(StoryStatus, "\t") is None


@pytest.mark.parametrize(
    ("answer", "missing"),
    [
        ({"data": {"title": "x", "processing_status": "success"}}, "Media.id"),
        ({"data": {"id": "m1"}}, "Media.processing_status"),
        ({"data": {"id": None, "processing_status": "success"}}, "Media.id"),
        ({"data": "m1"}, "MediaResponse.data"),
    ],
)
async def test_answer_without_its_id_or_status_is_an_api_error_with_the_body(
    answer: dict[str, Any], missing: str, mode: str
) -> None:
    rec = Recorder([ok(answer)])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.APIError) as info:
        await maybe(client.media.get("m1"))
    assert info.value.status_code == 200 and missing in str(info.value)
    assert '"data"' in str(info.value.body)  # the answer, as received, for the bug report
    assert info.value.may_have_created_job is False  # a read creates nothing
    with pytest.raises(errors.APIError) as info:
        await maybe(client.media.create(prompt="a cat"))
    assert info.value.may_have_created_job is True  # the service accepted a paid call
    assert "charged" in str(info.value)
    assert len(rec.requests) == 2  # neither repeated


async def test_status_without_processing_status_is_an_api_error(mode: str) -> None:
    rec = Recorder([ok({"data": {"progress_percentage": 10}})])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.APIError, match=r"MediaStatus\.processing_status"):
        await maybe(client.media.status("m1"))


def _process_handler(calls: list[str], reread: Any) -> Any:
    """process answers ``{"data": {}}`` (the Media guide's example); the rest answer ``reread``
    for GET /media/m1 and a finished status for its poll."""

    def handler(request: Any) -> Any:
        calls.append(f"{request.method} {request.url.path}")
        if request.url.path.endswith("/process"):
            return ok({"data": {}})
        if request.url.path.endswith("/processing-status"):
            return ok({"data": {"processing_status": "success", "progress_percentage": 100}})
        return reread(request) if callable(reread) else reread

    return handler


async def test_process_answering_an_empty_data_reads_the_media_again(mode: str) -> None:
    """Was: ``{"data": {}}`` lacked the required id and status, so a process the service had
    accepted raised ``APIError(may_have_created_job=True)``. Now the media is read once more with
    the free getMedia and returned, and ``wait=True`` follows it."""
    calls: list[str] = []
    rec = Recorder([_process_handler(calls, ok(media_json(processing_status="queue_bullet")))])
    client, _ = mock_clients(rec, mode)
    media = await maybe(client.media.process("m1"))
    assert isinstance(media, Media) and media.id == "m1"
    assert media.processing_status is MediaProcessingStatus.QUEUED
    assert calls == ["POST /media/m1/process", "GET /media/m1"]
    calls.clear()
    rec.script = [_process_handler(calls, ok(media_json(processing_status="success")))]
    done = await maybe(client.media.process("m1", wait=True))
    assert done.id == "m1" and done.processing_status is MediaProcessingStatus.SUCCESS
    assert calls[:2] == ["POST /media/m1/process", "GET /media/m1"]
    assert calls.count("POST /media/m1/process") == 1 and "GET /media/m1/processing-status" in calls


@pytest.mark.parametrize(
    "reread",
    [
        lambda: ok({"data": {}}),
        lambda: ok({"message": "MEDIA_NOT_FOUND"}, status=404),
        lambda: httpx.ConnectError("refused"),
    ],
    ids=["empty-again", "404", "connection"],
)
async def test_process_whose_media_cannot_be_read_again_says_the_job_was_accepted(
    mode: str, reread: Any
) -> None:
    calls: list[str] = []

    def read(request: Any) -> Any:
        answer = reread()
        if isinstance(answer, Exception):
            raise answer
        return answer

    client, _ = mock_clients(Recorder([_process_handler(calls, read)]), mode, max_retries=0)
    with pytest.raises(errors.APIError) as info:
        await maybe(client.media.process("m1"))
    assert info.value.may_have_created_job is True and info.value.status_code == 200
    assert "Check with client.media.status('m1')" in str(info.value)
    assert calls == ["POST /media/m1/process", "GET /media/m1"]  # the paid call was not repeated


async def test_a_status_answer_with_empty_data_is_not_read_as_a_media(mode: str) -> None:
    """Reading again is for answers of the same type: an empty status is unreadable, not a Media."""
    rec = Recorder([ok({"data": {}})])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.APIError, match="no 'data' or an empty one in the answer"):
        await maybe(client.media.status("m1"))
    assert len(rec.requests) == 1
