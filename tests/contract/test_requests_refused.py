"""The document and the request validator refuse what they must: out-of-range values, empty
selections and updates, multi-part ranges. Guards the request checks of ``test_requests.py`` and
``test_sdk_requests.py`` against passing vacuously."""

from __future__ import annotations

from typing import Any

import pytest
from _drawn_requests import Call, assert_valid_request, parameters, send
from _models import model_class
from _schema import (
    component_json_schema,
    deref,
    jsonschema_errors,
    operations,
    request_body_schema,
    to_json_schema,
)
from openapi_core.exceptions import OpenAPIError


def _error_text(exc: BaseException) -> str:
    """An exception, its causes and any jsonschema errors they carry, as one string."""
    texts = []
    current: BaseException | None = exc
    while current is not None:
        texts.append(repr(current))
        texts += [str(e) for e in getattr(current, "schema_errors", ())]
        current = current.__cause__ or current.__context__
    return "\n".join(texts)


@pytest.mark.parametrize(
    ("operation_id", "kwargs", "body", "culprit"),
    [
        ("createMedia", {}, {"prompt": "p", "quantity": 9}, "quantity: 9 is greater than the maximum of 4"),
        ("createStory", {}, {"idea": "i", "scene_count": 0}, "scene_count: 0 is less than the minimum of 1"),
        ("updateMedia", {"media_id": "m1"}, {"loop": 7}, "7 is greater than the maximum of 6"),
        ("createStoryFromIdea", {}, {"idea": ""}, "'' should be non-empty"),
        ("getMedia", {"media_id": "bad id!"}, None, "media_id"),
        ("getMedia", {"media_id": "m1", "fields": ""}, None, "EmptyQueryParameterValue"),
        ("updateMedia", {"media_id": "m1"}, {}, "MissingRequiredRequestBody"),
        ("updateStory", {"story_id": "s1"}, {}, "MissingRequiredRequestBody"),
        ("downloadMedia", {"media_id": "m1", "range_": "bytes=0-1,5-9"}, None, "does not match"),
    ],
)
def test_the_validator_rejects_what_the_document_forbids(
    operation_id: str, kwargs: dict[str, Any], body: dict[str, Any] | None, culprit: str
) -> None:
    """Out-of-range values the generated models do not check must fail validation here.

    Guards against a vacuous request check: the same path as the property test, fed a value
    the document forbids, must raise.
    """
    if body is not None:
        spec = request_body_schema(operation_id)
        assert spec is not None
        _, _, op, _ = operations()[operation_id]
        ref = deref(op["requestBody"])["content"][spec[0]]["schema"]["$ref"]
        kwargs = {**kwargs, "body": model_class(ref.rsplit("/", 1)[-1]).from_dict(body)}
    request = send(operation_id, Call(kwargs))
    try:
        assert_valid_request(operation_id, request)
    except (AssertionError, OpenAPIError) as exc:
        assert culprit in _error_text(exc)
    else:
        pytest.fail(f"{operation_id} request with {culprit!r} was accepted")


def _parameter_schema(operation_id: str, name: str) -> dict[str, Any]:
    (param,) = [p for p in parameters(operation_id) if p["name"] == name]
    schema: dict[str, Any] = to_json_schema(param["schema"])
    return schema


@pytest.mark.parametrize(
    ("schema_of", "value", "valid"),
    [
        (("getMedia", "fields"), "", False),
        (("getMedia", "fields"), "title,status", True),
        ("MediaUpdateRequest", {}, False),
        ("MediaUpdateRequest", {"title": "t"}, True),
        ("StoryUpdateRequest", {}, False),
        (("downloadMedia", "Range"), "bytes=100-", True),
        (("downloadMedia", "Range"), "bytes=-500", True),
        (("downloadMedia", "Range"), "bytes=0-1,5-9", False),
        (("downloadMedia", "Range"), "bytes=0-1\n", False),
        (("downloadMedia", "Range"), "items=0-1", False),
    ],
)
def test_the_document_refuses_empty_selections_updates_and_multi_ranges(
    schema_of: str | tuple[str, str], value: Any, valid: bool
) -> None:
    """An empty ``fields``, an update that changes nothing, or a multi-part Range (the SDK resumes
    with one open range) are caller mistakes the document itself must reject, independently of
    openapi-core's own empty-value/missing-body checks exercised above."""
    schema = component_json_schema(schema_of) if isinstance(schema_of, str) else _parameter_schema(*schema_of)
    assert (jsonschema_errors(value, schema) == []) is valid
