"""The shape of an OpenAPI document as flat facts, so two releases can be compared field by field.

openapi-diff (the engine, `engine.py`) decides whether a request or answer body accepts more or
fewer values, but names no field and skips what its schema differ does not read: `enum`, form
bodies, parameters. This module names them: every property of every body and every parameter,
as a `Fact` keyed by (operation, side, dotted path). `engine_view` is the document as the engine
is shown it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


@dataclass(frozen=True)
class Fact:
    """One field as a client generated from the document sees it."""

    type: str  # JSON type, "" when the schema names none
    required: bool
    enum: tuple[str, ...] | None
    owner: str  # where it is declared: "Media.title" (component and property) or the path itself
    closed: bool  # its object refuses properties it does not list (additionalProperties: false)


# (operationId, side, path): side is "request", "answer <status>" or "parameter".
Key = tuple[str, str, str]


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(operationId, method, path, operation) of every operation."""
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield op.get("operationId") or f"{method.upper()} {path}", method, path, op


def _resolve(doc: dict[str, Any], node: Any) -> tuple[dict[str, Any], str | None]:
    """The schema a node means and the component it came from, following `$ref` chains."""
    name = None
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 32:
        ref = str(node["$ref"])
        name = ref.rsplit("/", 1)[-1]
        target: Any = doc
        for part in ref.lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, seen = target, seen + 1
    return (node if isinstance(node, dict) else {}), name


def _merged(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """A schema with its `allOf` parts folded in (the document uses `allOf` to wrap a `$ref`)."""
    schema, name = _resolve(doc, schema)
    parts = schema.get("allOf")
    if not parts:
        return schema, name
    out = {k: v for k, v in schema.items() if k != "allOf"}
    for part in parts:
        sub, sub_name = _merged(doc, part)
        name = name or sub_name
        for key, value in sub.items():
            if key == "properties":
                out.setdefault("properties", {}).update(value)
            elif key == "required":
                out["required"] = sorted({*out.get("required", []), *value})
            else:
                out.setdefault(key, value)
    return out, name


def _type(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if kind:
        return str(kind)
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return ""


def _walk(
    doc: dict[str, Any],
    schema: Any,
    path: str,
    owner: str,
    required: bool,
    closed: bool,
    stack: tuple[str, ...],
) -> Iterator[tuple[str, Fact]]:
    schema, name = _merged(doc, schema)
    if name in stack:  # a recursive schema: its fields were named at its first level
        return
    stack = (*stack, name) if name else stack
    enum = schema.get("enum")
    if path:
        yield (
            path,
            Fact(
                _type(schema), required, tuple(str(v) for v in enum) if enum else None, owner or path, closed
            ),
        )
    for alt in ("anyOf", "oneOf"):
        for option in schema.get(alt) or []:
            yield from _walk(doc, option, path, owner, required, closed, stack)
    props = schema.get("properties") or {}
    needed = set(schema.get("required") or [])
    shut = schema.get("additionalProperties") is False
    for prop, sub in props.items():
        child = f"{path}.{prop}" if path else prop
        child_owner = f"{name}.{prop}" if name else (f"{owner}.{prop}" if owner else "")
        yield from _walk(doc, sub, child, child_owner, prop in needed, shut, stack)
    if "items" in schema:
        items_owner = f"{owner}[]" if owner else ""
        yield from _walk(doc, schema["items"], f"{path}[]", items_owner, True, False, stack)


def _body_schema(content: dict[str, Any]) -> Any:
    for media in ("application/json", *FORM_TYPES):
        if media in content:
            return content[media].get("schema")
    return None


def facts(doc: dict[str, Any]) -> dict[Key, Fact]:
    """Every field of every request body, answer body and parameter of the document."""
    out: dict[Key, Fact] = {}
    for op_id, _, _, op in operations(doc):
        body, _ = _resolve(doc, op.get("requestBody") or {})
        schema = _body_schema(body.get("content") or {})
        if schema is not None:
            for path, fact in _walk(doc, schema, "", "", True, False, ()):
                out[op_id, "request", path] = fact
        for status, response in (op.get("responses") or {}).items():
            answer, _ = _resolve(doc, response)
            schema = _body_schema(answer.get("content") or {})
            if schema is not None:
                for path, fact in _walk(doc, schema, "", "", True, False, ()):
                    out[op_id, f"answer {status}", path] = fact
        for param in op.get("parameters") or []:
            param, _ = _resolve(doc, param)
            where = f"{param.get('in')}:{param.get('name')}"
            schema, _ = _merged(doc, param.get("schema") or {})
            enum = schema.get("enum")
            out[op_id, "parameter", where] = Fact(
                _type(schema),
                bool(param.get("required")),
                tuple(map(str, enum)) if enum else None,
                where,
                True,
            )
    return out


def engine_view(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as openapi-diff is shown it: a form body as if it were JSON.

    The engine compares `application/json` bodies only, and 37 of the document's bodies are
    forms; a form's fields obey the same schema, so renaming the media type lets the engine judge
    them. No operation has both a JSON and a form body, so nothing is overwritten.
    """
    view = copy.deepcopy(doc)
    for _, _, _, op in operations(view):
        body, _ = _resolve(view, op.get("requestBody") or {})
        content = body.get("content") or {}
        for media in FORM_TYPES:
            if media in content and "application/json" not in content:
                content["application/json"] = content.pop(media)
    return view
