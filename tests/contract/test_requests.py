"""Requests the generated client sends, checked by an independent validator (openapi-core).

For each operation, hypothesis draws valid inputs from the document's own schemas and the
generated endpoint functions (``vimmerse_openapi.api``) build the real ``httpx.Request``
(``_drawn_requests``); the captured request is validated against ``openapi.yaml``. The decoded
body must also equal what the caller asked for, JSON-in-form fields must carry valid JSON of their
structured schema, and ``X-Api-Key`` must be sent. The SDK's requests are checked the same way in
``test_sdk_requests.py``.
"""

from __future__ import annotations

import io
import re
from typing import Any

import httpx
import pytest
from _captured_requests import (
    API_KEY,
    BASE_URL,
    parse_multipart,
)
from _drawn_requests import MAX_EXAMPLES, Call, assert_valid_request, call_strategy, expected_wire_json, send
from _models import model_class
from _schema import (
    component_json_schema,
    deref,
    json_string_fields,
    operations,
    request_body_schema,
)
from hypothesis import HealthCheck, given, settings

from vimmerse_openapi.types import File


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_generated_client_sends_valid_requests(operation_id: str) -> None:
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(call=call_strategy(operation_id))
    def check(call: Call) -> None:
        request = send(operation_id, call)
        body = assert_valid_request(operation_id, request)
        assert body == expected_wire_json(operation_id, call)
        # Path parameters arrive intact (quoted by the client, unquoted by the server).
        for name in ("media_id", "story_id"):
            if name in call.kwargs:
                assert request.url.path.split("/")[2] == call.kwargs[name]

    check()


def _file_counts() -> list[tuple[str, int]]:
    """(operation, number of images) from none up to min(maxItems, 3) for each upload operation."""
    cases = []
    for operation_id in ("createMedia", "createStory"):
        image_files = request_body_schema(operation_id)[1]["properties"]["image_files"]  # type: ignore[index]
        cases += [(operation_id, n) for n in range(min(image_files.get("maxItems", 3), 3) + 1)]
    return cases


@pytest.mark.parametrize(("operation_id", "count"), _file_counts())
def test_image_files_travel_as_one_part_each(operation_id: str, count: int) -> None:
    """Each uploaded image is its own ``image_files`` part with its name, type and exact bytes."""
    payloads = [bytes([i]) * (10 + i) + b"\r\n\x00\xff" for i in range(count)]
    fields: dict[str, Any] = {"prompt": "p"} if operation_id == "createMedia" else {"idea": "i"}
    body = model_class(
        deref(operations()[operation_id][2]["requestBody"])["content"]["multipart/form-data"]["schema"][
            "$ref"
        ].rsplit("/", 1)[-1]
    ).from_dict(fields)
    if count:
        body.image_files = [
            File(payload=io.BytesIO(p), file_name=f"f{i}.jpg", mime_type="image/jpeg")
            for i, p in enumerate(payloads)
        ]
    request = send(operation_id, Call({"body": body}))
    assert_valid_request(operation_id, request)
    parts = parse_multipart(request.content, request.headers["content-type"])
    images = [(payload, headers) for name, payload, headers in parts if name == "image_files"]
    assert [payload for payload, _ in images] == payloads
    for i, (_, headers) in enumerate(images):
        assert f'filename="f{i}.jpg"' in headers["content-disposition"]
        assert headers["content-type"] == "image/jpeg"


def test_concat_sends_both_url_arrays_as_repeated_form_fields() -> None:
    body = model_class("StoryConcatRequest").from_dict(
        {"concat_video_urls": ["https://x/1.mp4", "https://x/2.mp4"], "audio_urls": ["https://x/a.mp3"]}
    )
    request = send("concatStory", Call({"story_id": "s1", "body": body}))
    assert request.content == (
        b"concat_video_urls=https%3A%2F%2Fx%2F1.mp4&concat_video_urls=https%3A%2F%2Fx%2F2.mp4"
        b"&audio_urls=https%3A%2F%2Fx%2Fa.mp3"
    )
    assert assert_valid_request("concatStory", request) == body.to_dict()


def test_booleans_travel_as_json_words_in_multipart_and_forms() -> None:
    """Booleans travel as ``true``/``false`` in both form encodings.

    Was: multipart sent Python's ``True`` (``str(bool)``) and only forms sent ``true``; the
    templates now write form booleans as JSON does (``types.form_text``), and the contract's form
    decoding (``_captured_requests.decode_form_value``) accepts only those two words, as the fake does.
    """
    media = model_class("MediaCreateRequest").from_dict({"prompt": "p", "character_animate": True})
    request = send("createMedia", Call({"body": media}))
    parts = parse_multipart(*_content(request))
    assert ("character_animate", b"true") in [(n, p) for n, p, _ in parts]
    assert assert_valid_request("createMedia", request) == {"prompt": "p", "character_animate": True}
    off = model_class("MediaCreateRequest").from_dict({"prompt": "p", "character_animate": False})
    parts = parse_multipart(*_content(send("createMedia", Call({"body": off}))))
    assert ("character_animate", b"false") in [(n, p) for n, p, _ in parts]
    scenes = model_class("StoryScenesRequest").from_dict({"enhance_image": True})
    request = send("generateStoryScenes", Call({"story_id": "s1", "body": scenes}))
    assert b"enhance_image=true" in request.content
    assert_valid_request("generateStoryScenes", request)


def _content(request: httpx.Request) -> tuple[bytes, str]:
    return request.content, request.headers["content-type"]


def test_multipart_text_containing_a_fixed_boundary_survives() -> None:
    """A prompt may contain any text, including ``\\r\\n--+++`` (the boundary openapi-python-client's
    templates hard-code: such text would end the part early and corrupt the body). The part
    boundary is httpx's, random per request, so the text must arrive unchanged."""
    prompt = "line one\r\n--+++\r\nline two"
    media = model_class("MediaCreateRequest").from_dict({"prompt": prompt})
    request = send("createMedia", Call({"body": media}))
    parts = parse_multipart(*_content(request))
    assert ("prompt", prompt.encode()) in [(n, p) for n, p, _ in parts]
    again = send("createMedia", Call({"body": media}))
    boundaries = [
        re.fullmatch(r"multipart/form-data; boundary=(\S+)", r.headers["content-type"])
        for r in (request, again)
    ]
    assert all(boundaries), [r.headers["content-type"] for r in (request, again)]
    first, second = (m.group(1) for m in boundaries if m)
    assert first != "+++" and first != second  # random per request, not a fixed string
    assert len(request.headers.get_list("content-type")) == 1


def test_generated_clients_time_out_by_default() -> None:
    """Without a timeout a stalled connection hangs the caller forever; every phase must be bounded."""
    from vimmerse_openapi import AuthenticatedClient, Client

    clients = [Client(base_url=BASE_URL), AuthenticatedClient(base_url=BASE_URL, token=API_KEY)]
    for client in clients:
        for timeout in (client.get_httpx_client().timeout, client.get_async_httpx_client().timeout):
            phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
            assert all(isinstance(t, float) and t > 0 for t in phases), timeout


def test_the_structured_json_field_schemas_exist() -> None:
    """Every JSON-in-form field names a schema of the document in ``x-vimmerse-json``, and its
    description says the same (``JSON object `X``` / ``JSON array of `X```), so readers of the
    reference docs and the generated code agree."""
    found = {}
    for operation_id in operations():
        spec = request_body_schema(operation_id)
        fields = json_string_fields(operation_id)
        if spec is None or spec[0] == "application/json":
            assert fields == {}, operation_id  # JSON bodies carry the objects themselves
            continue
        found.update(fields)
        for prop, structured in fields.items():
            described = re.match(
                r"JSON (object|array of) `(\w+)`", spec[1]["properties"][prop]["description"]
            )
            assert described, (operation_id, prop)
            array = described.group(1) == "array of"
            assert structured == ("array:" if array else "") + described.group(2), (operation_id, prop)
            assert spec[1]["properties"][prop]["type"] == "string"
    assert set(found) == {
        "audio_option",
        "media_items",
        "elements",
        "storyboard",
        "scenes",
        "reframe_parameters",
        "options",
    }
    for structured in found.values():
        assert component_json_schema(structured.removeprefix("array:"))
