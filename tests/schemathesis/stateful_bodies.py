"""Request bodies the stateful walks can follow: ``stateful_body``, the ``map_body`` hook of the
stateful schemas.

The stateful phase walks lifecycles, so its create calls must be able to succeed. A body schema
cannot say "at least one of" (`x-vimmerse-require-any`: createMedia's prompt/image_files/...,
a video edit's video_file/video_url) without turning the generated client's body into `Any`, and
hypothesis favours the empty body - a documented 400 that ends the walk at step one. The
stateful schemas give such bodies, for each group (and each group their settings
need, `x-vimmerse-require-when`), the first listed input they can carry as text: a prompt, or a
URL (as many as an array of URLs needs).

Likewise, a form field carrying a JSON document (`x-vimmerse-json`: `storyboard`, `audio_option`,
`media_items`, `elements`) is a plain string to the body schema, so hypothesis fills it with text
that is not JSON - a documented 422 that ends the walk (every `scenes` step of a run can be one).
Stateful only, such a value becomes the field's documented example, or is left out (the field is
optional: the story keeps its stored storyboard). Other phases keep sending such text.
"""

from __future__ import annotations

import json
from typing import Any


def give_required_input(ctx: Any, body: Any) -> Any:
    if ctx.operation is None or not isinstance(body, dict):
        return body
    root = ctx.operation.schema.raw_schema
    for schema in body_schemas(ctx.operation):
        props = schema.get("properties") or {}
        groups = list(schema.get("x-vimmerse-require-any") or [])
        for need in schema.get("x-vimmerse-require-when") or []:
            if body.get(need["field"], (props.get(need["field"]) or {}).get("default")) in need["values"]:
                groups += need["require-any"]
        for names in groups:
            if any(body.get(name) for name in names):
                continue
            for name in names:
                prop = _deref(root, props.get(name) or {})
                is_array = prop.get("type") == "array"
                item = _deref(root, prop.get("items") or {}) if is_array else prop
                if item.get("format") == "binary" or item.get("type") != "string":
                    continue
                uri = item.get("format") == "uri"
                text = "https://example.com/input.png" if uri else "a lighthouse at dawn"
                body = {**body, name: [text] * max(1, prop.get("minItems", 1)) if is_array else text}
                break
    return body


def _deref(root: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = root
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token]
        node = target
    return node


def body_schemas(operation: Any) -> list[dict[str, Any]]:
    """The request body schema of `operation` per media type, `$ref`s resolved (none without a body)."""
    root = operation.schema.raw_schema
    body = _deref(root, operation.definition.raw.get("requestBody") or {})
    return [_deref(root, media.get("schema") or {}) for media in (body.get("content") or {}).values()]


def json_fields(operation: Any) -> dict[str, Any]:
    """The request body's `x-vimmerse-json` properties of `operation`, each with its example (or None)."""
    fields: dict[str, Any] = {}
    for schema in body_schemas(operation):
        for name, prop in (schema.get("properties") or {}).items():
            if "x-vimmerse-json" in prop:
                fields[name] = prop.get("example")
    return fields


def is_json_document(value: Any) -> bool:
    try:
        return isinstance(value, str) and isinstance(json.loads(value), (dict, list))
    except ValueError:
        return False


def give_json_fields_json(ctx: Any, body: Any) -> Any:
    if ctx.operation is None or not isinstance(body, dict):
        return body
    fields = json_fields(ctx.operation)
    body = dict(body)
    for name, example in fields.items():
        if name in body and not is_json_document(body[name]):
            if example is None:
                del body[name]
            else:
                body[name] = example
    return body


def stateful_body(ctx: Any, body: Any) -> Any:
    return give_json_fields_json(ctx, give_required_input(ctx, body))
