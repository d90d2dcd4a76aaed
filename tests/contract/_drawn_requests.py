"""Requests drawn from the document and sent through the generated client, then validated.

Hypothesis draws valid inputs from the document's own schemas (request body, path and query
parameters); the generated endpoint functions (``vimmerse_openapi.api``) build the real
``httpx.Request`` (captured by ``httpx.MockTransport``, no network), and ``assert_valid_request``
validates a captured request against ``openapi.yaml`` with openapi-core.

openapi-core 0.23 cannot validate multipart bodies with non-string fields (it does not cast
``text/plain`` parts to integer/boolean, and reads ``allOf``-wrapped enums as bytes; see
python-openapi/openapi-core#700 for the same gap in forms). For multipart requests we
therefore let openapi-core validate path, query, headers and security, and validate the body
ourselves: parse it with python-multipart (Starlette's parser, so the body is also proven
parseable by a real server), decode each part per its property schema as OpenAPI
3.0 prescribes, and validate with jsonschema against the same resolved schema.
"""

from __future__ import annotations

import importlib
import inspect
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from _captured_requests import (
    API_KEY,
    HttpxOpenAPIRequest,
    minimal_answer,
    multipart_to_json,
    openapi,
    parse_multipart,
    recording_client,
    urlencoded_to_json,
)
from _models import model_class
from _schema import (
    deref,
    flatten,
    json_string_fields,
    jsonschema_errors,
    operations,
    request_body_schema,
    structured_schema,
    to_json_schema,
)
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from openapi_core.validation.request import V30RequestParametersValidator, V30RequestSecurityValidator

from vimmerse_openapi.types import UNSET, File

MAX_EXAMPLES = 40
Files = list[bytes] | bytes  # an upload field's payloads: a list for an array of files
MAX_FILES_DRAWN = 3  # createStory allows 20; 0..3 covers none, one and several


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def api_function(operation_id: str) -> Callable[..., Any]:
    _, _, op, _ = operations()[operation_id]
    module = importlib.import_module(f"vimmerse_openapi.api.{op['tags'][0]}.{_snake(operation_id)}")
    function: Callable[..., Any] = module.sync_detailed
    return function


@dataclass
class Call:
    """One drawn call: keyword arguments of ``sync_detailed`` and the body's expected JSON form."""

    kwargs: dict[str, Any]
    body_json: dict[str, Any] | None = None
    #: Uploaded payloads per binary field: a list for an array of files, bytes for one file.
    files: dict[str, Files] = field(default_factory=dict)


def parameters(operation_id: str) -> list[dict[str, Any]]:
    _, _, op, item = operations()[operation_id]
    return [deref(p) for p in (*item.get("parameters", []), *op.get("parameters", []))]


def _python_value(raw_schema: dict[str, Any], value: Any) -> Any:
    """JSON value -> the Python value the generated signature takes (enum classes for enum refs)."""
    if "$ref" in raw_schema and "enum" in deref(raw_schema):
        return model_class(raw_schema["$ref"].rsplit("/", 1)[-1])(value)
    return value


def _file_fields(schema: dict[str, Any]) -> dict[str, tuple[bool, int, int]]:
    """Binary body fields: name -> (is an array, fewest files, most files drawn).

    A single file is drawn 0..1 times (exactly once when required); an array of files is empty
    or has minItems..min(maxItems, MAX_FILES_DRAWN) files (an empty array is not sent at all)."""
    out: dict[str, tuple[bool, int, int]] = {}
    required = set(schema.get("required", []))
    for name, prop in schema.get("properties", {}).items():
        prop = flatten(prop)
        if prop.get("type") == "array" and flatten(prop.get("items", {})).get("format") == "binary":
            low = prop.get("minItems", 0)
            out[name] = (True, low, max(low, min(MAX_FILES_DRAWN, prop.get("maxItems", MAX_FILES_DRAWN))))
        elif prop.get("format") == "binary":
            out[name] = (False, int(name in required), 1)
    return out


def _files_strategy(spec: tuple[bool, int, int]) -> st.SearchStrategy[Any]:
    is_array, low, high = spec
    payload = st.binary(min_size=1, max_size=64)
    if is_array:
        many = st.lists(payload, min_size=low, max_size=high)
        return st.one_of(st.just([]), many) if low else many
    return payload if low else st.one_of(st.none(), payload)


def _as_files(name: str, value: Files) -> Any:
    if isinstance(value, bytes):
        return File(payload=io.BytesIO(value), file_name=f"{name}.png", mime_type="image/png")
    return [
        File(payload=io.BytesIO(p), file_name=f"img{i}.png", mime_type="image/png")
        for i, p in enumerate(value)
    ]


def placeholders(value: Files) -> Any:
    """How ``multipart_to_json`` shows uploaded files."""
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return [f"<{len(p)} bytes>" for p in value]


def body_strategy(
    operation_id: str,
) -> st.SearchStrategy[tuple[Any, dict[str, Any], dict[str, Files]]]:
    """(model instance, its JSON form, uploaded file payloads) for the operation's body."""
    media_type, schema = request_body_schema(operation_id)  # type: ignore[misc]
    _, _, op, _ = operations()[operation_id]
    ref = deref(op["requestBody"])["content"][media_type]["schema"]["$ref"]
    model = model_class(ref.rsplit("/", 1)[-1])
    json_fields = json_string_fields(operation_id)
    gen_schema = json.loads(json.dumps(schema))
    for prop, spec in json_fields.items():
        gen_schema["properties"][prop] = structured_schema(spec)
    file_fields = _file_fields(gen_schema)
    for name in file_fields:
        del gen_schema["properties"][name]
    required_files = [n for n in gen_schema.get("required", []) if n in file_fields]
    if required_files:
        gen_schema["required"] = [n for n in gen_schema["required"] if n not in file_fields]
        if not gen_schema["required"]:
            del gen_schema["required"]
    if deref(op["requestBody"]).get("required") and not gen_schema.get("required") and not required_files:
        # A required body whose fields are all optional (the update operations): an empty form
        # is no body at all on the wire, so a caller must set at least one field. Reported:
        # the document should say so with ``minProperties: 1``.
        gen_schema["minProperties"] = 1

    @st.composite
    def draw(data: st.DrawFn) -> tuple[Any, dict[str, Any], dict[str, Files]]:
        doc = data(from_schema(gen_schema))
        for prop in json_fields:
            if prop in doc:
                doc[prop] = json.dumps(doc[prop])
        files: dict[str, Files] = {}
        for name, spec in file_fields.items():
            value = data(_files_strategy(spec))
            if value:
                files[name] = value
        # from_dict reads required fields: a placeholder, replaced by the File below.
        instance = model.from_dict({**doc, **{n: "" for n in required_files}})
        for name, value in files.items():
            setattr(instance, name, _as_files(name, value))
        return instance, doc, files

    return draw()


def call_strategy(operation_id: str) -> st.SearchStrategy[Call]:
    signature = inspect.signature(api_function(operation_id))
    by_python_name = {p["name"].lower().replace("-", "_"): p for p in parameters(operation_id)}
    by_python_name.update({name + "_": p for name, p in list(by_python_name.items())})
    strategies: dict[str, st.SearchStrategy[Any]] = {}
    for name, _param in signature.parameters.items():
        if name in ("client", "body"):
            continue
        spec = by_python_name[name]
        param_schema = to_json_schema(spec["schema"])
        if spec["in"] == "query" and not spec.get("allowEmptyValue") and param_schema.get("type") == "string":
            # OpenAPI 3.0: a query parameter is never empty unless allowEmptyValue says so
            # (openapi-core enforces it). Reported: `fields` should declare minLength: 1.
            param_schema.setdefault("minLength", 1)
        value = from_schema(param_schema).map(lambda v, s=spec["schema"]: _python_value(s, v))
        strategies[name] = value if spec.get("required") else st.one_of(st.just(UNSET), value)
    body: st.SearchStrategy[Any] = st.just(None)
    if "body" in signature.parameters:
        required = deref(operations()[operation_id][2]["requestBody"]).get("required", False)
        body = body_strategy(operation_id)
        if not required:
            body = st.one_of(st.none(), body)

    @st.composite
    def draw(data: st.DrawFn) -> Call:
        kwargs = {name: data(s) for name, s in strategies.items()}
        kwargs = {k: v for k, v in kwargs.items() if v is not UNSET}
        drawn = data(body)
        call = Call(kwargs)
        if drawn is not None:
            call.kwargs["body"], call.body_json, call.files = drawn
        return call

    return draw()


def send(operation_id: str, call: Call) -> httpx.Request:
    client, recorder = recording_client(minimal_answer(operation_id))
    api_function(operation_id)(client=client, **call.kwargs)
    assert len(recorder.requests) == 1
    return recorder.requests[0]


def decoded_body(operation_id: str, request: httpx.Request) -> dict[str, Any] | None:
    """The JSON document the request body stands for, decoded independently of the client."""
    spec = request_body_schema(operation_id)
    if spec is None or not request.content:
        return None
    media_type, schema = spec
    content_type = request.headers["content-type"]
    assert content_type.split(";")[0].strip() == media_type
    if media_type == "multipart/form-data":
        return multipart_to_json(parse_multipart(request.content, content_type), schema)
    if media_type == "application/x-www-form-urlencoded":
        return urlencoded_to_json(request.content, schema)
    assert media_type == "application/json"
    body: dict[str, Any] = json.loads(request.content)
    return body


def assert_valid_request(operation_id: str, request: httpx.Request) -> dict[str, Any] | None:
    """Validate with openapi-core (and, for multipart, the body as the module docstring says)."""
    assert request.headers.get("x-api-key") == API_KEY
    method, _path, _, _ = operations()[operation_id]
    assert request.method.lower() == method
    spec = request_body_schema(operation_id)
    adapter = HttpxOpenAPIRequest(request)
    if spec is not None and spec[0] == "multipart/form-data":
        V30RequestParametersValidator(openapi().spec).validate(adapter)
        V30RequestSecurityValidator(openapi().spec).validate(adapter)
    else:
        openapi().validate_request(adapter)
    body = decoded_body(operation_id, request)
    if spec is not None and body is not None:
        assert jsonschema_errors(body, spec[1]) == []
        for prop, structured in json_string_fields(operation_id).items():
            if prop in body:
                assert jsonschema_errors(json.loads(body[prop]), structured_schema(structured)) == []
    return body


def expected_wire_json(operation_id: str, call: Call) -> dict[str, Any] | None:
    """What the body must decode to: the caller's document (files as placeholders; forms drop [])."""
    if call.body_json is None:
        return None
    media_type, _ = request_body_schema(operation_id)  # type: ignore[misc]
    expected = json.loads(json.dumps(call.body_json))
    if media_type != "application/json":
        expected = {k: v for k, v in expected.items() if v != []}
    for name, value in call.files.items():
        expected[name] = placeholders(value)
    if not expected and media_type != "application/json":
        return None  # an empty form is sent as no body at all
    return expected
