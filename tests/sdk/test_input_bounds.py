"""Every bound, enum and required input the document declares is refused by the public client
before anything is sent.

The limits the SDK enforces are the generated ``Rule`` objects of ``vimmerse_openapi.sdk``; that
they equal openapi.yaml is proven in ``tests/contract/test_rules.py``. Here the document's bounds
are read directly from openapi.yaml and every one of them must be refused before sending.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sdk_document import SCHEMAS, SPEC, schema_of, valid_value
from sdk_helpers import Recorder, maybe, media_json, mock_clients, ok

from vimmerse import errors
from vimmerse_openapi.sdk import operations as ops


def _operation_calls() -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(operationId, the operation's path/query/body parameters by name, a minimal valid call)."""
    parameters = SPEC["components"]["parameters"]
    for item in SPEC["paths"].values():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete"):
                continue
            declared: dict[str, Any] = {}
            call: dict[str, Any] = {}
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                param = parameters[param["$ref"].rsplit("/", 1)[-1]] if "$ref" in param else param
                if param["in"] == "header":
                    continue
                declared[param["name"]] = param["schema"]
                if param.get("required"):
                    call[param["name"]] = param["schema"].get("example", "x1")
            if "requestBody" in op:
                ((_, media),) = op["requestBody"]["content"].items()
                body = SCHEMAS[media["schema"]["$ref"].rsplit("/", 1)[-1]]
                declared.update(body.get("properties", {}))
                for name in body.get("required", []):
                    call[name] = valid_value(body["properties"][name])
                for group in body.get("x-vimmerse-require-any", []):
                    if not any(k in call for k in group):
                        # The text input where there is one (media: prompt), else the first listed.
                        given = "prompt" if "prompt" in group else group[0]
                        call[given] = valid_value(body["properties"][given])
                if body.get("minProperties") and not any(k in call for k in body.get("properties", {})):
                    call["title"] = "a"
            yield op["operationId"], declared, call


def _out_of_bounds(prop: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(which bound, a value just past it) for every bound the document declares on ``prop``."""
    s = schema_of(prop)
    if "x-vimmerse-json" in s:
        return  # its structure is checked below (test_structured_mistakes_rejected)
    if "minimum" in s:
        yield "minimum", s["minimum"] - 1
    if "maximum" in s:
        yield "maximum", s["maximum"] + 1
    if s.get("minLength"):
        yield "minLength", "x" * (s["minLength"] - 1)
    if "maxLength" in s:
        yield "maxLength", "x" * (s["maxLength"] + 1)
    if "pattern" in s:
        yield "pattern", "bad id!"
    if s.get("format") == "uri":
        yield "format", "not a url"
    if "enum" in s:
        yield "enum", "NotAValue"
    if s.get("type") == "array":
        valid = valid_value({**s, "minItems": 1})
        if "maxItems" in s:
            yield "maxItems", valid * (s["maxItems"] + 1)
        if s.get("minItems"):
            yield "minItems", []
        for bound, bad in _out_of_bounds(s["items"]):
            yield f"items.{bound}", [bad]


def _bound_cases() -> list[Any]:
    cases = []
    for operation_id, declared, call in _operation_calls():
        for name, prop in declared.items():
            for bound, bad in _out_of_bounds(prop):
                cases.append(pytest.param(operation_id, call, name, bad, id=f"{operation_id}-{name}-{bound}"))
    return cases


BOUND_CASES = _bound_cases()


def test_the_bound_cases_cover_the_document() -> None:
    """Guards the case generator: every operation with a bounded input is exercised."""
    assert len(BOUND_CASES) >= 60
    covered = {case.values[0] for case in BOUND_CASES}
    # Every operation has at least its id's length and pattern, or a bounded body field, except
    # an upload whose only input is its file (uploadImage) and an operation without inputs
    # (getHealth): nothing there has a bound.
    unbounded = {
        operation_id
        for operation_id, declared, _ in _operation_calls()
        if all(schema_of(p).get("format") == "binary" for p in declared.values())
    }
    assert unbounded == {"uploadImage", "getHealth"}, unbounded
    assert covered == set(ops.OPERATIONS) - unbounded


@pytest.mark.parametrize(("operation_id", "call", "field", "value"), BOUND_CASES)
async def test_every_documented_bound_is_enforced_before_sending(
    operation_id: str, call: dict[str, Any], field: str, value: Any, mode: str, tmp_path: Path
) -> None:
    """Was: out-of-range cases computed from ``LIMITS`` for two operations; now every bound of
    every operation, read from openapi.yaml, through the public client."""
    gen = ops.OPERATIONS[operation_id]
    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    method = getattr(getattr(client, gen.tag), gen.name)
    kwargs = {**call, field: value}
    if gen.binary:
        kwargs["path"] = tmp_path / "never-written.mp4"
    with pytest.raises(errors.InvalidParameterError) as info:
        await maybe(method(**kwargs))
    assert re.fullmatch(rf"{re.escape(field)}(\[\d+\])?", info.value.field), info.value.field
    assert info.value.allowed
    assert rec.requests == []
    assert list(tmp_path.iterdir()) == []


def _minimal_answer(operation_id: str) -> dict[str, Any]:
    """An answer the operation's response schema reads: its ``data`` a media-like object, the plain
    text of generateTextPrompt, or the empty list of a listing (getStatistics)."""
    (op,) = [
        o
        for item in SPEC["paths"].values()
        for method, o in item.items()
        if method in ("get", "put", "post", "delete") and o["operationId"] == operation_id
    ]
    ok_schema = op["responses"]["200"].get("content", {}).get("application/json", {}).get("schema", {})
    if "$ref" in ok_schema:
        data = SCHEMAS[ok_schema["$ref"].rsplit("/", 1)[-1]].get("properties", {}).get("data", {})
        if data.get("type") == "string":
            return {"data": "a prompt"}
        if data.get("type") == "array":
            return {"data": []}
    return media_json(status="new")


def test_the_minimal_calls_are_valid() -> None:
    """The other side: the minimal calls the bound cases start from are accepted and sent."""
    for operation_id, _, call in _operation_calls():
        gen = ops.OPERATIONS[operation_id]
        if gen.binary:
            continue  # a download writes a file; its parameters are covered in test_review_findings
        rec = Recorder([ok(_minimal_answer(operation_id))])
        client, _ = mock_clients(rec, "sync")
        getattr(getattr(client, gen.tag), gen.name)(**call)
        assert len(rec.requests) == 1, operation_id


ENUM_CASES = [
    ("media", "motion_type", "Kling"),
    ("media", "camera_control", "HorizontalArc"),
    ("media", "aspect_ratio", "2:1"),
    ("media", "visibility_status", "3"),
    ("media", "model", "Fashn"),
    ("idea", "image_tool", "Dalle"),
    ("idea", "video_tool", "Sora"),
    ("idea", "scene_duration", 7),
    ("idea", "language", "Klingon"),
]


@pytest.mark.parametrize(("op", "field", "value"), ENUM_CASES)
async def test_invalid_values_rejected_before_sending(op: str, field: str, value: Any, mode: str) -> None:
    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.InvalidParameterError) as info:
        if op == "media":
            await maybe(client.media.create(**{"prompt": "fox", field: value}))
        else:
            await maybe(client.story.idea_to_video(**{"idea": "tale", field: value}))
    assert info.value.field == field and info.value.value == value and info.value.allowed
    assert rec.requests == []


async def test_required_one_of_and_bad_ids(mode: str) -> None:
    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.InvalidParameterError, match="at least one of prompt"):
        await maybe(client.media.create(title="nothing to animate"))
    with pytest.raises(errors.InvalidParameterError) as info:
        await maybe(client.media.get("../../etc/passwd"))
    assert info.value.field == "media_id"
    assert rec.requests == []


async def test_enum_members_and_strings_sent_the_same(mode: str) -> None:
    from vimmerse.types import CameraControl, MotionType

    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    await maybe(client.media.create(prompt="a", motion_type=MotionType.KLING_AI, camera_control="Zoom in"))
    await maybe(client.media.create(prompt="a", motion_type="KlingAI", camera_control=CameraControl.ZOOM_IN))
    first = rec.requests[0]
    assert b'name="motion_type"\r\nContent-Type: text/plain\r\n\r\nKlingAI' in first.content
    strip = [
        r.content.replace(r.headers["Content-Type"].split("boundary=")[1].encode(), b"B")
        for r in rec.requests
    ]
    assert strip[0] == strip[1]
    assert "boundary=+++" not in first.headers["Content-Type"]
