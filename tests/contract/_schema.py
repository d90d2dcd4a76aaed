"""Shared helpers of the contract tests: load ``openapi.yaml``, turn its schemas into plain
JSON Schema, and read what the document says of operations, request bodies and component schemas.

Everything here is computed from the document, so a schema or operation added to
``openapi.yaml`` is picked up by the tests without editing them. Beside it: ``_models.py`` (the
generated model classes), ``_captured_requests.py`` (the requests the generated client sends) and
``_reading_rule.py`` (how an answer is read).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

# libyaml's safe loader when installed (the same documents, several times faster than PyYAML's
# Python one), as vimmerse_fake.document reads openapi.yaml.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT / "openapi.yaml"
FIXTURES_DIR = REPO_ROOT / "tests" / "fixtures"

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
        doc: dict[str, Any] = yaml.load(fh, Loader=FAST_LOADER)
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
