"""Schemathesis hook: judge a form body by what the service reads off the wire.

Loaded by `schemathesis.toml` (`hooks = ...`), so it applies to the pytest contract tests and to a
standalone `st run` alike. Not a test module, and not imported by one (a second import would
register the hook twice).

Why: in `multipart/form-data` and `application/x-www-form-urlencoded` every value travels as text,
one part (or `name=value` pair) per array item. A service reads each field back by the type
openapi.yaml declares for it: a string field is the text; an integer or boolean field is the text
parsed (`"5"` -> 5, `"true"` -> true), or stays invalid text; an array field is the list of its
parts, however many were sent. Schemathesis 4.32 judges negative form bodies by the values it
generated, not by that reading, so some of its negative cases reach the service as valid
requests, and accepting them is correct:

    image_urls=[123]      one part "123"        -> ["123"]   a valid string array
    image_urls={}         one part "{}"         -> ["{}"]    a valid string array
    audio_urls="AAA"      audio_urls=AAA        -> ["AAA"]   a one-item form array
    title=-8.5            one part "-8.5"       -> "-8.5"    a valid string

Schemathesis' own allowance for this (`_form_body_is_valid_as_sent`) reads every field as a
scalar, so it never recognises a valid array field, and it cannot validate uploaded bytes.

What: a `before_call` hook rewrites a form body to that reading - serialised with schemathesis' own
encoder, parsed with python-multipart (the parser the fake's Starlette uses) or `parse_qsl`,
each field cast by its declared type. Bodies the wire does not change are left alone. A body the
hook changes is revalidated by schemathesis against openapi.yaml (it relabels cases a
`before_call` hook edits), so its positive/negative label - and with it
`negative_data_rejection` and `positive_data_acceptance` - describes the request the service got.
Uploaded files are opaque (`format: binary`, any bytes) and schemathesis does not validate bytes,
so in a rewritten body an upload is carried as text (UTF-8, or latin-1 for other bytes); it is still
sent as a file part. Only bodies change; everything else about a case stays as generated.

Also here, as it concerns the same bodies: uploads are generated as text (see below).
"""

from __future__ import annotations

import io
import re
from typing import Any
from urllib.parse import parse_qsl

import requests
import schemathesis
from hypothesis import strategies as st

try:
    from python_multipart import parse_form
except ImportError:  # python-multipart < 0.0.13 names its module `multipart`
    from multipart import parse_form  # type: ignore[no-redef]

# Uploads (`format: binary`, e.g. `image_files` items) are drawn as text, not as schemathesis'
# `Binary` bytes: schemathesis 4.32.5 crashes generating some negative multipart bodies that hold a
# `Binary` (`ValueError: Unsupported type: 'Binary'` from a jsonschema_rs `is_valid` filter on the
# whole body, generation/jsonschema/strategy.py), failing the test item. An upload's content is
# opaque to the contract (any bytes), and a text item is still sent as a file part.
schemathesis.openapi.format("binary", st.text())

MULTIPART = "multipart/form-data"
URLENCODED = "application/x-www-form-urlencoded"
# Form text as numbers: JSON's spelling (ASCII digits, an optional minus, no spaces; leading zeros
# tolerated). Booleans: the words, in any case.
_INT = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_REQUEST_ARGS = ("method", "url", "headers", "files", "data", "params", "cookies", "json")


class Upload(bytes):
    """The content of a part sent as a file (it has a filename)."""


@schemathesis.hook
def before_call(ctx: Any, case: Any, kwargs: dict[str, Any]) -> None:
    media_type = (case.media_type or "").split(";")[0].strip().lower()
    if media_type not in (MULTIPART, URLENCODED) or not isinstance(case.body, dict):
        return
    properties = _body_properties(case, media_type)
    if properties is None:
        return
    try:
        body, content_type = _sent(case)
        if content_type.split(";")[0].strip().lower() != media_type:
            return  # e.g. a Content-Type probe: the body is not read as this form at all
        read = read_form(media_type, properties, body, content_type)
    except Exception:
        # A body that cannot be encoded, or that the form parser cannot read: the service cannot
        # read it either, so there is nothing to re-judge (sending it reports what happens).
        return
    if _same(case.body, read):
        return
    case.body = {name: _as_text(value) for name, value in read.items()}


def _sent(case: Any) -> tuple[bytes, str]:
    """The body bytes and Content-Type schemathesis sends for the case, encoded by its own serializer."""
    kwargs = case.as_transport_kwargs(base_url="http://wire.invalid")
    request = requests.Request(**{key: kwargs[key] for key in _REQUEST_ARGS if key in kwargs}).prepare()
    body = request.body or b""
    return (body.encode() if isinstance(body, str) else body), request.headers.get("Content-Type", "")


def read_form(
    media_type: str, properties: dict[str, dict[str, Any]], body: bytes, content_type: str
) -> dict[str, Any]:
    """The form as the service reads it: each field cast by its declared type, arrays as all their parts."""
    parts: dict[str, list[str | Upload]] = {}
    if media_type == URLENCODED:
        for name, text in parse_qsl(body.decode("ascii", errors="replace"), keep_blank_values=True):
            parts.setdefault(name, []).append(text)
    elif body:

        def on_field(field: Any) -> None:
            value = field.value or b""
            parts.setdefault(field.field_name.decode(), []).append(value.decode(errors="replace"))

        def on_file(file: Any) -> None:
            file.file_object.seek(0)
            parts.setdefault(file.field_name.decode(), []).append(Upload(file.file_object.read()))

        headers = {"Content-Type": content_type.encode(), "Content-Length": str(len(body)).encode()}
        parse_form(headers, io.BytesIO(body), on_field, on_file)
    read: dict[str, Any] = {}
    for name, values in parts.items():
        schema = properties.get(name, {})
        if _type(schema) == "array":
            items = schema.get("items", {})
            read[name] = [_cast(items, value) for value in values]
        else:
            # One value per non-array field: services keep the last of repeated ones.
            read[name] = _cast(schema, values[-1])
    return read


def _cast(schema: dict[str, Any], value: str | Upload) -> Any:
    if isinstance(value, Upload):
        return value
    kind = _type(schema)
    if kind == "integer" and _INT.fullmatch(value):
        return int(value)
    if kind == "number" and _NUMBER.fullmatch(value):
        return float(value) if any(c in value for c in ".eE") else int(value)
    if kind == "boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _same(generated: Any, read: Any) -> bool:
    """Whether the reading equals the generated value (types included: True is not 1)."""
    if isinstance(read, Upload):
        data = getattr(generated, "data", None)  # schemathesis' Binary: a str wrapper around bytes
        if isinstance(data, bytes):
            return data == read
        if isinstance(generated, str):
            return generated.encode() == read
        return isinstance(generated, bytes) and bytes(generated) == read
    if isinstance(read, dict):
        return (
            isinstance(generated, dict)
            and generated.keys() == read.keys()
            and all(_same(generated[key], read[key]) for key in read)
        )
    if isinstance(read, list):
        return (
            isinstance(generated, list)
            and len(generated) == len(read)
            and all(_same(g, r) for g, r in zip(generated, read, strict=True))
        )
    return type(generated) is type(read) and generated == read


def _as_text(value: Any) -> Any:
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    if isinstance(value, Upload):
        try:
            return bytes(value).decode()
        except UnicodeDecodeError:
            return bytes(value).decode("latin-1")
    return value


def _body_properties(case: Any, media_type: str) -> dict[str, dict[str, Any]] | None:
    """The declared properties of the operation's form body, `$ref`s and `allOf` wrappers resolved."""
    root = case.operation.schema.raw_schema
    body = _deref(root, case.operation.definition.raw.get("requestBody") or {})
    content = body.get("content", {})
    media = next((value for key, value in content.items() if key.split(";")[0].lower() == media_type), None)
    if media is None:
        return None
    schema = _deref(root, media.get("schema") or {})
    return {name: _flatten(root, prop) for name, prop in (schema.get("properties") or {}).items()}


def _deref(root: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = root
        for token in node["$ref"][2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _flatten(root: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """A property's schema with `type` and `items` lifted out of `$ref` / `allOf` wrappers."""
    node = _deref(root, node)
    if "type" in node:
        flat = dict(node)
        if isinstance(flat.get("items"), dict):
            flat["items"] = _flatten(root, flat["items"])
        return flat
    for sub in node.get("allOf", []):
        flat = _flatten(root, sub)
        if "type" in flat:
            return flat
    return node


def _type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    return kind if isinstance(kind, str) else None
