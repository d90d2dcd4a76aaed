"""The HTTP requests the generated client sends, captured and decoded: a recording transport,
the openapi-core adapter that validates them, and the form bodies read back as JSON."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import httpx
from _schema import SPEC_PATH, deref, flatten, operations
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

BASE_URL = "https://api.vimmerse.net"
API_KEY = "test-key-0123456789"


@functools.cache
def openapi() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_PATH))


class HttpxOpenAPIRequest:
    """Adapter from ``httpx.Request`` to openapi-core's ``Request`` protocol.

    openapi-core ships adapters for requests/werkzeug/starlette but not for httpx; this is
    the same mapping as ``openapi_core.contrib.requests.RequestsOpenAPIRequest``.
    """

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        return f"{self._request.url.scheme}://{self._request.url.netloc.decode('ascii')}"

    @property
    def path(self) -> str:
        return self._request.url.path

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self._request.content or None

    @property
    def content_type(self) -> str:
        return self._request.headers.get("content-type", "")


# The smallest answer every JSON operation's 200 model reads: ``Media`` needs ``id`` and
# ``processing_status``, ``MediaStatus`` ``processing_status``, ``Story`` ``id`` and ``status``
# (openapi.yaml marks them required, and the generated ``from_dict`` raises ``MissingField``
# without them, so the former ``{"data": {}}`` no longer parses). Extra keys are kept as
# additional properties by every model.
MINIMAL_ANSWER: dict[str, Any] = {"data": {"id": "x1", "processing_status": "success", "status": "success"}}


def minimal_answer(operation_id: str) -> dict[str, Any]:
    """``MINIMAL_ANSWER``, or ``{"data": "x1"}`` for an answer whose ``data`` is a plain string
    (``TextPromptResponse``: the prompt written)."""
    ok = deref(operations()[operation_id][2]["responses"]["200"])
    schema = deref(ok.get("content", {}).get("application/json", {}).get("schema", {}))
    if flatten(schema.get("properties", {}).get("data", {})).get("type") == "string":
        return {"data": "x1"}
    return MINIMAL_ANSWER


class Recorder:
    """An ``httpx.MockTransport`` handler that records every request and answers 200 ``MINIMAL_ANSWER``."""

    def __init__(self, answer: dict[str, Any] = MINIMAL_ANSWER) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json=self.answer)


def recording_client(answer: dict[str, Any] = MINIMAL_ANSWER) -> tuple[Any, Recorder]:
    """A generated ``AuthenticatedClient`` whose requests go to a ``Recorder`` (answering
    ``answer``), not the network."""
    from vimmerse_openapi import AuthenticatedClient

    recorder = Recorder(answer)
    client = AuthenticatedClient(
        base_url=BASE_URL,
        token=API_KEY,
        prefix="",
        auth_header_name="X-Api-Key",
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )
    return client, recorder


def parse_multipart(body: bytes, content_type: str) -> list[tuple[str, bytes, dict[str, str]]]:
    """Parse a multipart/form-data body with python-multipart (the parser Starlette uses).

    Returns ``(name, payload, part headers)`` in wire order. Using a real server-side parser
    also proves the body the generated client sends is parseable by a real server.
    """
    from python_multipart.multipart import MultipartParser, parse_options_header

    _, params = parse_options_header(content_type)
    boundary = params[b"boundary"]
    parts: list[tuple[str, bytes, dict[str, str]]] = []
    state: dict[str, Any] = {}

    def on_part_begin() -> None:
        state.update(headers={}, data=bytearray(), field=b"", value=b"")

    def on_header_field(data: bytes, start: int, end: int) -> None:
        state["field"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        state["value"] += data[start:end]

    def on_header_end() -> None:
        state["headers"][state["field"].decode().lower()] = state["value"].decode()
        state["field"], state["value"] = b"", b""

    def on_part_data(data: bytes, start: int, end: int) -> None:
        state["data"] += data[start:end]

    def on_part_end() -> None:
        _, disp = parse_options_header(state["headers"]["content-disposition"])
        parts.append((disp[b"name"].decode(), bytes(state["data"]), dict(state["headers"])))

    callbacks: Any = {
        "on_part_begin": on_part_begin,
        "on_header_field": on_header_field,
        "on_header_value": on_header_value,
        "on_header_end": on_header_end,
        "on_part_data": on_part_data,
        "on_part_end": on_part_end,
    }
    parser = MultipartParser(boundary, callbacks)
    written = parser.write(body)
    parser.finalize()
    assert written == len(body)
    return parts


_BOOL_WORDS = {"true": True, "false": False}


def decode_form_value(text: str, schema: Mapping[str, Any]) -> Any:
    """A form field's text as the JSON value it stands for, per the property's schema.

    OpenAPI 3.0 sends primitive multipart properties as ``text/plain``; the value is the
    text form of the number/boolean. Booleans are exactly ``true``/``false``, as JSON writes
    them: requests are strict (the generated ``to_multipart`` writes those words, the fake
    accepts only them; openapi-core and FastAPI would also take ``True``, so this is stricter).
    Undecodable text is returned unchanged so the schema validation that follows reports it.
    """
    kind = flatten(schema).get("type")
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            return text
    if kind == "boolean":
        return _BOOL_WORDS.get(text, text)
    return text


def multipart_to_json(
    parts: list[tuple[str, bytes, dict[str, str]]], schema: Mapping[str, Any]
) -> dict[str, Any]:
    """The JSON document a multipart body stands for (binary parts become placeholder strings)."""
    props = schema.get("properties", {})
    out: dict[str, Any] = {}
    for name, payload, _headers in parts:
        prop = flatten(props.get(name, {}))
        is_array = prop.get("type") == "array"
        item_schema = flatten(prop.get("items", {})) if is_array else prop
        if item_schema.get("format") == "binary":
            value: Any = f"<{len(payload)} bytes>"
        else:
            value = decode_form_value(payload.decode("utf-8"), item_schema)
        if is_array:
            out.setdefault(name, []).append(value)
        else:
            assert name not in out, f"field {name!r} sent twice"
            out[name] = value
    return out


def urlencoded_to_json(body: bytes, schema: Mapping[str, Any]) -> dict[str, Any]:
    from urllib.parse import parse_qsl

    props = schema.get("properties", {})
    out: dict[str, Any] = {}
    for name, text in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
        prop = flatten(props.get(name, {}))
        if prop.get("type") == "array":
            out.setdefault(name, []).append(decode_form_value(text, flatten(prop.get("items", {}))))
        else:
            assert name not in out, f"field {name!r} sent twice"
            out[name] = decode_form_value(text, prop)
    return out
