"""Shared helpers of the contract tests: load ``openapi.yaml``, turn its schemas into plain
JSON Schema, map schema names to generated model classes, and capture/validate the HTTP
requests the generated client sends.

Everything here is computed from the document, so a schema or operation added to
``openapi.yaml`` is picked up by the tests without editing them.
"""

from __future__ import annotations

import copy
import functools
import importlib
import math
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT / "openapi.yaml"
FIXTURES_DIR = REPO_ROOT / "tests" / "fixtures"
BASE_URL = "https://api.vimmerse.net"
API_KEY = "test-key-0123456789"

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# OpenAPI-only keywords that are not JSON Schema validation keywords (dropped when converting).
_OAS_ONLY_KEYS = {
    "nullable",
    "example",
    "deprecated",
    "readOnly",
    "writeOnly",
    "xml",
    "externalDocs",
    "discriminator",
}


@functools.cache
def load_doc() -> dict[str, Any]:
    """The parsed ``openapi.yaml`` (cached; callers must not mutate it)."""
    with SPEC_PATH.open(encoding="utf-8") as fh:
        doc: dict[str, Any] = yaml.safe_load(fh)
    return doc


def components() -> dict[str, Any]:
    schemas: dict[str, Any] = load_doc()["components"]["schemas"]
    return schemas


def deref(node: Any) -> Any:
    """Follow one local ``$ref`` (``#/a/b``) in the document, repeatedly."""
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local refs are supported: {ref}"
        target: Any = load_doc()
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def to_json_schema(schema: Any, *, _stack: tuple[str, ...] = ()) -> Any:
    """Return ``schema`` with every ``$ref`` inlined, as plain JSON Schema.

    OpenAPI 3.0 ``nullable: true`` becomes a type list / ``anyOf`` with ``null``; ``x-*``
    extensions and OpenAPI-only keywords are dropped. The document has no recursive
    schemas (asserted here), so inlining terminates.
    """
    if isinstance(schema, list):
        return [to_json_schema(s, _stack=_stack) for s in schema]
    if not isinstance(schema, Mapping):
        return schema
    if "$ref" in schema:
        name = _ref_name(schema["$ref"])
        assert name not in _stack, f"recursive schema {' -> '.join((*_stack, name))}"
        return to_json_schema(deref(schema), _stack=(*_stack, name))
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key.startswith("x-") or key in _OAS_ONLY_KEYS:
            continue
        if key == "properties":
            out[key] = {p: to_json_schema(s, _stack=_stack) for p, s in value.items()}
        elif key in ("items", "additionalProperties", "not") or key in ("allOf", "anyOf", "oneOf"):
            out[key] = to_json_schema(value, _stack=_stack)
        elif key == "pattern":
            out[key] = ecma_pattern(value)
        else:
            out[key] = copy.deepcopy(value)
    if schema.get("nullable"):
        if "type" in out:
            t = out["type"]
            out["type"] = [*t, "null"] if isinstance(t, list) else [t, "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def ecma_pattern(pattern: str) -> str:
    """Rewrite an OpenAPI (ECMA-262) ``pattern`` so Python's ``re`` means the same thing.

    Python differs on exactly the constructs the document uses: ``\\d`` also matches
    non-ASCII digits (e.g. ARABIC-INDIC DIGIT ZERO) and ``$`` also matches before a trailing newline. Both
    hypothesis (generation) and jsonschema (validation) use ``re``.
    """
    pattern = pattern.replace("\\d", "[0-9]")
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + "\\Z"
    return pattern


def component_json_schema(name: str) -> dict[str, Any]:
    result: dict[str, Any] = to_json_schema({"$ref": f"#/components/schemas/{name}"})
    return result


def iter_refs(node: Any) -> Iterator[str]:
    """Names of the component schemas referenced directly anywhere inside ``node``."""
    if isinstance(node, Mapping):
        if "$ref" in node and node["$ref"].startswith("#/components/schemas/"):
            yield _ref_name(node["$ref"])
        for value in node.values():
            yield from iter_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_refs(value)


def reachable_schemas(roots: set[str]) -> set[str]:
    """Transitive closure of ``roots`` over ``$ref`` between component schemas."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(iter_refs(components()[name]))
    return seen


def operations() -> dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """operationId -> (method, path, operation, path item)."""
    ops: dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]] = {}
    for path, item in load_doc()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                ops[op["operationId"]] = (method, path, op, item)
    return ops


def iter_callback_operations() -> Iterator[dict[str, Any]]:
    for _, _, op, _ in operations().values():
        for callback in op.get("callbacks", {}).values():
            for cb_item in callback.values():
                for method in HTTP_METHODS:
                    if method in cb_item:
                        yield cb_item[method]


def response_root_schemas() -> set[str]:
    """Schemas named by a JSON response of any operation, or by a webhook (callback) body."""
    roots: set[str] = set()
    for _, _, op, _ in operations().values():
        for response in op.get("responses", {}).values():
            for media in deref(response).get("content", {}).values():
                roots.update(iter_refs(media.get("schema", {})))
    for cb_op in iter_callback_operations():
        for media in deref(cb_op["requestBody"]).get("content", {}).values():
            roots.update(iter_refs(media.get("schema", {})))
    return roots


def is_object_schema(name: str) -> bool:
    return deref(components()[name]).get("type") == "object"


def has_binary(schema: Any) -> bool:
    if isinstance(schema, Mapping):
        if schema.get("format") == "binary":
            return True
        return any(has_binary(v) for v in schema.values())
    if isinstance(schema, list):
        return any(has_binary(v) for v in schema)
    return False


def response_model_names() -> list[str]:
    """Every object schema reachable from a response or webhook body (nested models included)."""
    return sorted(n for n in reachable_schemas(response_root_schemas()) if is_object_schema(n))


def json_model_names() -> list[str]:
    """Every object schema whose instances are JSON documents (all but the multipart bodies)."""
    return sorted(n for n in components() if is_object_schema(n) and not has_binary(component_json_schema(n)))


def enum_schemas() -> dict[str, dict[str, Any]]:
    """Every schema carrying ``enum`` (components and inline property enums), by a readable path."""
    found: dict[str, dict[str, Any]] = {}

    def walk(node: Any, where: str) -> None:
        if isinstance(node, Mapping):
            if "enum" in node:
                found[where] = dict(node)
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    walk(load_doc(), "#")
    return found


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name) if part)


def expected_model_class_names() -> dict[str, str]:
    """Generated class name -> the document location it comes from.

    openapi-python-client names a component's class after the component, and an inline enum
    after its parent schema plus the property (``MediaUpdateRequest.rating`` ->
    ``MediaUpdateRequestRating``).
    """
    names = {name: f"#/components/schemas/{name}" for name in components()}
    for parent, schema in components().items():
        for prop, prop_schema in schema.get("properties", {}).items():
            # An inline enum or inline object (e.g. Asset.args) gets a class of its own.
            if "enum" in prop_schema or (prop_schema.get("type") == "object" and "$ref" not in prop_schema):
                names[parent + pascal(prop)] = f"#/components/schemas/{parent}/properties/{prop}"
    return names


def model_class(name: str) -> Any:
    models = importlib.import_module("vimmerse_openapi.models")
    return getattr(models, name)


# --------------------------------------------------------------------------- requests


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


def request_body_schema(operation_id: str) -> tuple[str, dict[str, Any]] | None:
    """(media type, plain JSON Schema) of an operation's request body, or None."""
    _, _, op, _ = operations()[operation_id]
    if "requestBody" not in op:
        return None
    content = deref(op["requestBody"])["content"]
    ((media_type, media),) = content.items()
    return media_type, to_json_schema(media["schema"])


def flatten(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Merge ``allOf`` members into one schema (enough to read ``type``/``format``)."""
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for member in schema.get("allOf", []):
        for key, value in flatten(member).items():
            merged.setdefault(key, value)
    return merged


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


def jsonschema_errors(instance: Any, schema: Mapping[str, Any]) -> list[str]:
    """Validation errors of ``instance`` against plain JSON Schema ``schema`` (draft 2020-12)."""
    from jsonschema import Draft202012Validator, FormatChecker

    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in validator.iter_errors(instance)
    ]


def json_string_fields(operation_id: str) -> dict[str, str]:
    """Form fields of an operation's body carrying JSON text -> the schema that text must satisfy.

    Read from the document's ``x-vimmerse-json`` (the one statement of it the SDK and the fake
    also use), as ``Name`` for a component or ``array:Name`` for an array of one.
    """
    _, _, op, _ = operations()[operation_id]
    if "requestBody" not in op:
        return {}
    found: dict[str, str] = {}
    for media in deref(op["requestBody"])["content"].values():
        for prop, prop_schema in deref(media["schema"]).get("properties", {}).items():
            carried = prop_schema.get("x-vimmerse-json")
            if carried is None:
                continue
            if "$ref" in carried:
                found[prop] = _ref_name(carried["$ref"])
            else:
                assert carried.get("type") == "array" and "$ref" in carried["items"], (prop, carried)
                found[prop] = "array:" + _ref_name(carried["items"]["$ref"])
    return found


def structured_schema(spec: str) -> dict[str, Any]:
    """JSON Schema for a ``json_string_fields`` value (``Name`` or ``array:Name``)."""
    if spec.startswith("array:"):
        return {"type": "array", "items": component_json_schema(spec[len("array:") :])}
    return component_json_schema(spec)


# --------------------------------------------------------------------------- reading answers
#
# openapi.yaml (info.description, "Responses say what each field means") types every answer
# field by meaning and asks readers to be liberal: numbers may arrive as numeric strings, booleans
# as words, ``null`` for absent values, enum values the document does not list yet. The helpers
# below state that rule independently of the generated parser, so tests can compare the two:
# ``liberal_schema`` (what an answer may look like) and ``lenient_read`` (what it must read as).

# Numeric text, or empty text: the service sends ``""`` for an unset number
# (``"file_size": ""`` in the seeds and the vendor's examples), read as absent.
NUMERIC_TEXT = r"^\s*([+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?)?\s*$"
# Words a boolean arrives as, or empty text: the seeds show ``"is_highlights": ""`` for an unset
# boolean, which reads as absent (unknown), not as false.
TRUE_WORDS = frozenset({"true", "yes", "1"})
FALSE_WORDS = frozenset({"false", "no", "0"})
BOOLEAN_TEXT = "^(?i:" + "|".join(sorted(TRUE_WORDS | FALSE_WORDS)) + ")?$"


def liberal_schema(schema: Any, *, nullable: bool = False) -> Any:
    """The plain JSON Schema ``schema`` (``to_json_schema`` output) as the reading rule allows it.

    integer/number also accept numeric text, boolean also accepts the words and 0/1, an enum any
    string (a value newer than the document), and every property or item may be null -- except a
    ``required`` property, which the generated parser refuses when null (``MissingField``). Types
    are widened in place (``type`` lists; ``pattern`` and ``minimum`` only apply to their own
    types), never with ``anyOf``, so a validator still reports the exact path of a failure.
    """
    if isinstance(schema, list):
        return [liberal_schema(s) for s in schema]
    if not isinstance(schema, Mapping):
        return schema
    required = set(schema.get("required", []))
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties":
            out[key] = {p: liberal_schema(s, nullable=p not in required) for p, s in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, Mapping):
            out[key] = liberal_schema(value, nullable=True)
        elif key in ("anyOf", "oneOf", "allOf"):
            out[key] = [liberal_schema(s) for s in value]
        else:
            out[key] = value
    kind = out.get("type")
    kinds: list[str] = list(kind) if isinstance(kind, list) else [kind] if kind else []
    if "enum" in out:
        values = out.pop("enum")
        assert all(isinstance(v, str) or v is None for v in values), f"non-string enum in an answer: {values}"
        kinds = kinds or ["string"]
    elif "integer" in kinds or "number" in kinds:
        kinds.append("string")
        out["pattern"] = NUMERIC_TEXT
    elif kinds == ["boolean"]:
        kinds += ["string", "integer"]
        out.update(pattern=BOOLEAN_TEXT, minimum=0, maximum=1)
    if nullable and kinds and "null" not in kinds:
        kinds.append("null")
    if kinds:
        out["type"] = kinds if len(kinds) > 1 else kinds[0]
    elif nullable and any(k in out for k in ("anyOf", "oneOf", "allOf")):
        out = {"anyOf": [out, {"type": "null"}]}
    return out


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()
"""What ``lenient_read`` returns for a value the reader drops (null, or of the wrong shape)."""


def lenient_read(value: Any, schema: Any) -> Any:
    """What the reading rule makes of ``value`` under ``schema``, as the model's ``to_dict`` writes it.

    ``null`` and values of the wrong shape become ``ABSENT`` (dropped from their object or list);
    numeric text becomes a number, boolean words a boolean, blank text for a number, boolean or
    enum (one that does not list ``""``) is absent, a known enum value stays, an unknown one stays
    as its text; an object's undeclared keys are kept unchanged. Written from the
    document's rule, not from the generated code, so the parser is checked against it.
    """
    schema = flatten(schema) if isinstance(schema, Mapping) else {}
    if value is None:
        return ABSENT
    if "anyOf" in schema:
        for member in schema["anyOf"]:
            read = lenient_read(value, member)
            if read is not ABSENT and _is_exact(value, member):
                return read
        for member in schema["anyOf"]:
            read = lenient_read(value, member)
            if read is not ABSENT:
                return read
        return ABSENT
    if "enum" in schema:
        if value in schema["enum"] and not isinstance(value, bool):
            return value
        text = _text(value)
        if text is None:
            return ABSENT
        for known in schema["enum"]:
            if str(known) == text.strip():
                return known
        return text if text.strip() else ABSENT  # blank: unknown, unless the enum lists ""
    kind = schema.get("type")
    if kind == "string":
        text = _text(value)
        return ABSENT if text is None else text
    if kind == "integer":
        number = _number(value)
        return ABSENT if number is None else int(number)
    if kind == "number":
        number = _number(value)
        return ABSENT if number is None else float(number)
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in TRUE_WORDS | FALSE_WORDS:
            return value.strip().lower() in TRUE_WORDS
        return ABSENT
    if kind == "array":
        if not isinstance(value, list):
            return ABSENT
        items = [lenient_read(v, schema.get("items", {})) for v in value]
        return [v for v in items if v is not ABSENT]
    if kind == "object" or "properties" in schema:
        if not isinstance(value, Mapping):
            return ABSENT
        props = schema.get("properties", {})
        out: dict[str, Any] = {}
        for key, item in value.items():
            read = lenient_read(item, props[key]) if key in props else item
            if read is not ABSENT:
                out[key] = read
        return out
    return value


def _is_exact(value: Any, schema: Mapping[str, Any]) -> bool:
    kind = flatten(schema).get("type")
    return {
        "string": isinstance(value, str),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
    }.get(str(kind), False)


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return str(int(value)) if value.is_integer() else str(value)
    return None


def _number(value: Any) -> float | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str) and value.strip() and re.match(NUMERIC_TEXT, value):
        number = float(value)
        if not math.isfinite(number):
            return None
        stripped = value.strip()
        return int(stripped) if re.fullmatch(r"[+-]?[0-9]+", stripped) else number
    return None


def py_attr(key: str) -> str:
    """The attribute of a generated model for the JSON key ``key`` (the generator's own naming:
    ``MotionType`` -> ``motion_type``, ``type`` -> ``type_``)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(key, prefix="field"))


def declared_types(cls: type) -> dict[str, Any]:
    """A generated model's field annotations, resolved (attribute name -> type)."""
    import typing

    models = importlib.import_module("vimmerse_openapi.models")
    # The package imports its models on first use (PEP 562): ask for each by name.
    namespace = {name: getattr(models, name) for name in models.__all__}
    hints = typing.get_type_hints(cls, {**vars(typing), **namespace})
    return {k: v for k, v in hints.items() if not k.startswith("_") and k != "additional_properties"}


def holds(value: Any, annotation: Any) -> bool:
    """``value`` is of the declared ``annotation``, exactly: ``int`` is not ``bool``, ``str`` is not an
    enum member, ``list[X]`` checks every item, a model checks each of its own fields."""
    import enum
    import types
    import typing

    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        return any(holds(value, a) for a in typing.get_args(annotation))
    if annotation is type(None):
        return value is None
    if annotation is Any:
        return True
    if origin is list:
        (item,) = typing.get_args(annotation)
        return type(value) is list and all(holds(v, item) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if annotation in (str, int, float, bool):
        return type(value) is annotation
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return isinstance(value, annotation)
    if isinstance(annotation, type) and hasattr(annotation, "from_dict"):
        return isinstance(value, annotation) and not type_errors(value)
    raise AssertionError(f"holds() does not know {annotation!r}")


def type_errors(model: Any, where: str = "") -> list[str]:
    """Every field of a parsed model (nested ones included) whose value is not of its declared type."""
    errors = []
    for name, annotation in declared_types(type(model)).items():
        value = getattr(model, name)
        if not holds(value, annotation):
            errors.append(f"{where}{type(model).__name__}.{name} = {value!r} is not {annotation}")
    return errors
