"""The fields of every response model, by kind, and one field parsed from the smallest answer
with a given value (checked to be of its declared type)."""

from __future__ import annotations

from typing import Any

from _models import declared_types, holds, model_class, py_attr, type_errors
from _schema import component_json_schema, flatten, response_model_names

UNKNOWN_FIELD = "x_future_field"
UNKNOWN_VALUE: dict[str, Any] = {"nested": [1, "two", None, {"deep": True}]}
MODELS = response_model_names()


def properties(model: str) -> dict[str, dict[str, Any]]:
    """JSON key -> plain JSON Schema of each property of ``model`` (refs inlined)."""
    props: dict[str, dict[str, Any]] = component_json_schema(model).get("properties", {})
    return props


def required(model: str) -> list[str]:
    names: list[str] = component_json_schema(model).get("required", [])
    return names


def kind(schema: dict[str, Any]) -> str:
    """``enum``, ``union`` or the JSON type of a property."""
    schema = flatten(schema)
    if "enum" in schema:
        return "enum"
    if "anyOf" in schema or "oneOf" in schema:
        return "union"
    types = schema.get("type", "any")
    if isinstance(types, list):  # ``nullable`` (Story.webhook_url): the type besides null
        (types,) = [t for t in types if t != "null"]
    return str(types)


def valid_value(schema: dict[str, Any]) -> Any:
    """A value of the strict type (what the service sends on a good day)."""
    schema = flatten(schema)
    k = kind(schema)
    if k == "enum":
        return schema["enum"][0]
    if k == "union":
        return valid_value(schema.get("anyOf", schema.get("oneOf"))[0])
    if k == "object":
        return {
            p: valid_value(s)
            for p, s in schema.get("properties", {}).items()
            if p in schema.get("required", [])
        }
    return {"string": "text", "integer": 7, "number": 2.5, "boolean": True, "array": []}[k]


def minimal(model: str) -> dict[str, Any]:
    """The smallest answer ``model`` reads: its required fields, with valid values."""
    return {key: valid_value(properties(model)[key]) for key in required(model)}


def fields(*kinds: str, items: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(model, JSON key) of every response-model field of these kinds (arrays: of these item kinds)."""
    found = []
    for model in MODELS:
        for key, schema in properties(model).items():
            k = kind(schema)
            if (not kinds or k in kinds) or (
                k == "array" and kind(flatten(schema).get("items", {})) in items
            ):
                found.append((model, key))
    return found


def field_id(value: Any) -> str:
    return str(value)


def parse(model: str, doc: dict[str, Any]) -> Any:
    parsed = model_class(model).from_dict(doc)
    assert type_errors(parsed) == [], "a field is not of its declared type"
    assert parsed.raw is doc or parsed.raw == doc  # the answer as received stays reachable
    return parsed


def read_field(model: str, key: str, value: Any) -> Any:
    """The attribute ``key`` of ``model`` parsed from the minimal answer with ``key: value``."""
    doc = {**minimal(model), key: value}
    parsed = parse(model, doc)
    result = getattr(parsed, py_attr(key))
    assert holds(result, declared_types(model_class(model))[py_attr(key)])
    return result
