"""Requests the SDK's public methods send, checked by an independent validator (openapi-core).

The SDK's public methods (``client.media.create(...)``) validate with the generated ``Rule``s and
encode through ``vimmerse._prepare.RequestBuilder.prepare``, not through the generated endpoint
functions, so their requests are drawn from the document and validated on their own, as
``test_requests.py`` does for the generated client.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from _captured_requests import (
    API_KEY,
    BASE_URL,
    minimal_answer,
)
from _drawn_requests import MAX_EXAMPLES, Files, assert_valid_request, body_strategy, parameters, placeholders
from _models import py_attr
from _schema import (
    json_string_fields,
    operations,
    request_body_schema,
    to_json_schema,
)
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from vimmerse_openapi.types import UNSET


@dataclass
class SdkCall:
    """One drawn call of a public SDK method: its keyword arguments and the body's JSON form."""

    kwargs: dict[str, Any]
    body_json: dict[str, Any] | None = None
    #: Uploaded payloads per binary field: a list for an array of files, bytes for one file.
    files: dict[str, Files] = field(default_factory=dict)


def sdk_call_strategy(operation_id: str) -> st.SearchStrategy[SdkCall]:
    """Keyword arguments of ``client.<tag>.<method>`` drawn from the document: path and query
    parameters, and the body's fields flat (JSON-in-form fields as objects or as JSON text, images
    as bytes), as a user writes them. ``x-vimmerse-require-any`` (and ``-when``) is met (the SDK
    refuses the rest before sending, which ``tests/sdk`` checks)."""
    from vimmerse_openapi.sdk.operations import OPERATIONS

    gen = OPERATIONS[operation_id]
    params: dict[str, st.SearchStrategy[Any]] = {}
    for spec in parameters(operation_id):
        if spec["in"] not in ("path", "query"):
            continue  # Range: the SDK's downloads set it themselves
        param_schema = to_json_schema(spec["schema"])
        if spec["in"] == "query" and param_schema.get("type") == "string":
            param_schema.setdefault("minLength", 1)
        value = from_schema(param_schema)
        params[spec["name"]] = value if spec.get("required") else st.one_of(st.just(UNSET), value)
    body = body_strategy(operation_id) if "requestBody" in operations()[operation_id][2] else None
    json_fields = json_string_fields(operation_id)
    require_any = gen.body.require_any if gen.body is not None else ()
    require_when = gen.body.require_when if gen.body is not None else ()

    @st.composite
    def draw(data: st.DrawFn) -> SdkCall:
        kwargs = {name: data(s) for name, s in params.items()}
        call = SdkCall({k: v for k, v in kwargs.items() if v is not UNSET})
        if body is not None:
            _, doc, files = data(body)
            # Keyword arguments exist for the declared fields only (an open body such as
            # ProcessMediaRequest lets hypothesis add others).
            doc = {k: v for k, v in json.loads(json.dumps(doc)).items() if k in (gen.body.fields or {})}
            for prop in json_fields:
                if prop in doc:
                    structured = json.loads(doc[prop])
                    doc[prop] = structured if data(st.booleans()) else json.dumps(structured)
            doc.update(files)
            # "Given" as the SDK and the fake judge it: JSON text of an empty list or object is no input.
            groups = list(require_any)
            for need in require_when:
                default = (gen.body.fields or {})[need.field].default
                if str(doc.get(need.field, default)) in need.values:
                    groups += need.require_any
            assume(all(any(_given(doc.get(k)) for k in group) for group in groups))
            call.kwargs.update(doc)
            call.body_json, call.files = doc, files
        return call

    return draw()


def sdk_send(operation_id: str, call: SdkCall) -> httpx.Request:
    """Call the public sync client's method for ``operation_id``; return the one request it sent."""
    from vimmerse import Vimmerse
    from vimmerse_openapi.sdk.operations import OPERATIONS

    gen = OPERATIONS[operation_id]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        if gen.binary:
            return httpx.Response(200, content=b"video")
        return httpx.Response(200, json=minimal_answer(operation_id))

    with Vimmerse(API_KEY, BASE_URL, transport=httpx.MockTransport(handler), max_retries=0) as client:
        method = getattr(getattr(client, gen.tag), gen.name)
        kwargs = {py_attr(k): v for k, v in call.kwargs.items()}
        if gen.binary:
            with tempfile.TemporaryDirectory() as folder:
                method(path=Path(folder) / "file.mp4", **kwargs)
        else:
            method(**kwargs)
    assert len(sent) == 1
    return sent[0]


def expected_sdk_json(operation_id: str, call: SdkCall) -> dict[str, Any] | None:
    """What the SDK's body must decode to: the caller's fields (JSON-in-form fields decoded)."""
    if call.body_json is None:
        return None
    media_type, _ = request_body_schema(operation_id)  # type: ignore[misc]
    json_fields = json_string_fields(operation_id)
    expected = {k: v for k, v in call.body_json.items() if k not in call.files}
    for prop in json_fields:
        if isinstance(expected.get(prop), str):
            expected[prop] = json.loads(expected[prop])
    if media_type != "application/json":
        # A form has no way to send an empty array (JSON text "[]" is a value, though).
        expected = {k: v for k, v in expected.items() if v != [] or k in json_fields}
    for name, value in call.files.items():
        expected[name] = placeholders(value)
    if not expected and media_type != "application/json":
        return None  # an empty form is sent as no body at all
    return expected


def _given(value: Any) -> bool:
    """Whether the SDK counts ``value`` as an input: blank text (whitespace such as "\\x85" too)
    is none, as vimmerse._inputs judges it."""
    if isinstance(value, str) and not value.strip():
        return False
    if isinstance(value, str) and value.strip()[:1] in ("[", "{"):
        try:
            return bool(json.loads(value))
        except ValueError:
            return True
    return bool(value)


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_sdk_sends_valid_requests(operation_id: str) -> None:
    """The SDK's public methods send what the document allows and exactly what they were given.

    The SDK does not call the generated endpoint functions (it encodes with
    ``vimmerse._prepare.RequestBuilder.prepare`` from the generated ``Operation``), so its requests
    are checked on their own, the same way."""
    from vimmerse_openapi.sdk.operations import OPERATIONS

    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
    @given(call=sdk_call_strategy(operation_id))
    def check(call: SdkCall) -> None:
        request = sdk_send(operation_id, call)
        body = assert_valid_request(operation_id, request)
        for prop in json_string_fields(operation_id):
            if body is not None and prop in body:
                body[prop] = json.loads(body[prop])
        assert body == expected_sdk_json(operation_id, call)
        gen = OPERATIONS[operation_id]
        sent_segments = request.url.path.split("/")
        for index, segment in enumerate(gen.path.split("/")):
            if segment.startswith("{"):
                assert sent_segments[index] == call.kwargs[segment[1:-1]]
        sent_query = {name: call.kwargs[name] for name in gen.query if name in call.kwargs}
        assert dict(request.url.params) == {k: str(v) for k, v in sent_query.items()}

    check()
