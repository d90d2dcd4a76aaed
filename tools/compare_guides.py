"""Compare what the vendor's guides state (tests/fixtures/guides) with openapi.yaml, fact by fact.

    .venv/bin/python tools/compare_guides.py          # every difference, recorded or not
    .venv/bin/python tools/compare_guides.py --open   # only the unrecorded ones; exit 1 if any

For each of the guides' operations, every field its tables document is compared with the request
schema of the same operation (presence, type, default, enum values in order, range, required-ness,
deprecation, and the limits this document adds that the guide does not state), the sub-keys of its
JSON fields with their ``x-vimmerse-json`` schema, every key its code samples send, the request
body's media type and required-ness, and every field of its example answers (and of the webhook
payload it prints) with the answer's schema: declared, readable as the declared type under the
reading rules of ``info.description`` (``"1"`` for 1, ``"No"`` for false, ``""`` for unknown),
and an enum value the document lists.

A difference is settled when the node the fact lives on carries an ``x-vimmerse-decisions`` record
with the same ``about`` whose ``guide`` is exactly what the guide states (as this module reports
it): when the guide changes, the record no longer matches and the difference is open again.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "guides" / "guides.json"
SPEC = ROOT / "openapi.yaml"

# Limits a request schema may add that a guide can be silent about: each must name its source.
# minLength is not among them: 1 means "not blank" (the require rules), 2 the shortest JSON text.
LIMITS = ("maxLength", "minItems", "maxItems", "pattern")
_BLANK_MEANS_UNKNOWN = ("boolean", "integer", "number")


@dataclass
class Item:
    """One fact compared: what the guide states, what the document states, where that lives."""

    operation: str
    subject: str  # "field title", "overview prompt", "answer data.status", "sample line 94 sends title"
    about: str
    guide: Any
    document: Any
    node: dict[str, Any] = field(repr=False)  # the object of openapi.yaml a decision is recorded on

    @property
    def differs(self) -> bool:
        return self.guide != self.document

    @property
    def recorded(self) -> bool:
        return any(
            record.get("about") == self.about and record.get("guide") == self.guide
            for record in self.node.get("x-vimmerse-decisions", [])
        )


class Document:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def ref(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def flat(self, node: dict[str, Any]) -> dict[str, Any]:
        """A property schema with its ``$ref`` / single ``allOf`` followed; the use site's keys win."""
        merged: dict[str, Any] = {}
        for part in node.get("allOf", []):
            merged.update(self.flat(self.ref(part)))
        if "$ref" in node:
            merged.update(self.flat(self.ref(node)))
        merged.update({k: v for k, v in node.items() if k not in ("allOf", "$ref")})
        return merged

    def operation(self, method: str, path: str) -> tuple[str, dict[str, Any]]:
        op = self.spec["paths"][path][method.lower()]
        return op["operationId"], op

    def request(self, op: dict[str, Any]) -> tuple[str | None, dict[str, Any] | None]:
        body = op.get("requestBody")
        if body is None:
            return None, None
        content_type, media = next(iter(body["content"].items()))
        return content_type, self.ref(media["schema"])

    def answer(self, op: dict[str, Any]) -> dict[str, Any]:
        response = self.ref(op["responses"]["200"])
        return self.ref(next(iter(response["content"].values()))["schema"])


def _type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if kind is None and "enum" in schema:
        kind = "string" if all(isinstance(v, str) for v in schema["enum"]) else "integer"
    return kind


def _field_type(field_: dict[str, Any]) -> Any:
    if field_["type"] == "array":
        return {"array": field_["items"].get("format", field_["items"]["type"])}
    return field_["type"]


def _schema_type(doc: Document, schema: dict[str, Any]) -> Any:
    if schema.get("type") == "array":
        items = doc.flat(schema.get("items", {}))
        return {"array": items.get("format", _type(items))}
    return _type(schema)


def _request_items(doc: Document, op_id: str, op: dict[str, Any], guide_op: dict[str, Any]) -> Iterator[Item]:
    content_type, schema = doc.request(op)
    if "body" in guide_op:
        stated = guide_op["body"]
        if stated["content_type"] is not None:
            yield Item(op_id, "body", "content-type", stated["content_type"], content_type, op)
        if stated["required"] is not None:
            body_required = bool((op.get("requestBody") or {}).get("required"))
            yield Item(op_id, "body", "required", stated["required"], body_required, op)
    if schema is None:
        return
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    # The schema section's fields, then the overview table some operations open with.
    for table, fields in (("field", guide_op["fields"]), ("overview", guide_op.get("overview", []))):
        for stated in fields:
            name = stated["name"]
            if name not in properties:
                yield Item(op_id, f"{table} {name}", "field", name, None, schema)
                continue
            node = properties[name]
            ours = doc.flat(node)
            yield from _field_items(doc, op_id, f"{table} {name}", stated, ours, node, name in required)
    inputs = sorted(field["name"] for field in guide_op.get("overview", []) if field.get("one_of_inputs"))
    if inputs:
        groups = [sorted(group) for group in schema.get("x-vimmerse-require-any", [])]
        ours = inputs if inputs in groups else groups
        yield Item(op_id, "overview inputs", "required", inputs, ours, schema)


def _field_items(
    doc: Document,
    op_id: str,
    subject: str,
    stated: dict[str, Any],
    ours: dict[str, Any],
    node: dict[str, Any],
    required: bool | None,
) -> Iterator[Item]:
    json_schema = ours.get("x-vimmerse-json")
    yield Item(op_id, subject, "type", _field_type(stated), _schema_type(doc, ours), node)
    if "default" in stated:
        yield Item(op_id, subject, "default", stated["default"], ours.get("default"), node)
    elif "default" in ours:
        yield Item(op_id, subject, "default", None, ours["default"], node)
    if "enum" in stated:
        yield Item(op_id, subject, "enum", stated["enum"], ours.get("enum"), node)
    elif "enum" in ours and stated["type"] != "boolean":
        yield Item(op_id, subject, "enum", None, ours["enum"], node)
    stated_range = [stated.get("minimum"), stated.get("maximum")]
    our_range = [ours.get("minimum"), ours.get("maximum")]
    if stated_range != [None, None] or our_range != [None, None]:
        yield Item(op_id, subject, "range", stated_range, our_range, node)
    for limit in LIMITS:
        if limit in ours and not (limit == "minItems" and ours[limit] == 0):
            yield Item(op_id, subject, "limit", None, {limit: ours[limit]}, node)
    if required is not None:
        yield Item(op_id, subject, "required", stated.get("required", False), required, node)
    if "deprecated" in stated:
        yield Item(op_id, subject, "deprecated", stated["deprecated"], bool(ours.get("deprecated")), node)
    if stated.get("json"):
        yield Item(op_id, subject, "json", True, json_schema is not None, node)
    if "keys" in stated and json_schema is not None:
        keys_schema = doc.ref(json_schema)
        for key in stated["keys"]:
            key_subject = f"{subject}.{key['name']}"
            key_node = keys_schema.get("properties", {}).get(key["name"])
            if key_node is None:
                yield Item(op_id, key_subject, "field", key["name"], None, keys_schema)
                continue
            yield from _field_items(doc, op_id, key_subject, key, doc.flat(key_node), key_node, None)


def _sample_items(doc: Document, op_id: str, op: dict[str, Any], sample: dict[str, Any]) -> Iterator[Item]:
    _, schema = doc.request(op)
    names = list(sample.get("payload", {})) + sample.get("keys", []) + [f for f, _ in sample.get("files", [])]
    params = {p["name"] for p in (doc.ref(p) for p in op.get("parameters", []))}
    for name in dict.fromkeys(names):
        known = name in (schema or {}).get("properties", {})
        yield Item(
            op_id,
            f"sample line {sample['line']} sends {name}",
            "field",
            name,
            name if known else None,
            schema if schema is not None else op,
        )
    for name in sample.get("query", {}):
        yield Item(
            op_id,
            f"sample line {sample['line']} query {name}",
            "field",
            name,
            name if name in params else None,
            op,
        )


def _readable(schema: dict[str, Any], value: Any) -> tuple[bool, str]:
    """Whether a client reading by info.description's rules gets the declared type, and how."""
    kind = _type(schema)
    if value is None:
        return True, "null: absent"
    if isinstance(value, str) and not value.strip() and kind in _BLANK_MEANS_UNKNOWN:
        return True, "blank: unknown"
    if "enum" in schema:
        if isinstance(value, str) and not value.strip() and "" not in schema["enum"]:
            return True, "blank: unknown"
        return (value in schema["enum"], "listed" if value in schema["enum"] else f"{value!r} not listed")
    if kind == "boolean":
        ok = isinstance(value, bool) or str(value).strip().lower() in {"true", "false", "yes", "no", "0", "1"}
        return ok, "boolean" if isinstance(value, bool) else "a word for a boolean"
    if kind in ("integer", "number"):
        try:
            float(value)
        except (TypeError, ValueError):
            return False, f"{value!r} is no number"
        return True, "number" if not isinstance(value, str) else "a numeric string"
    if kind == "string":
        return (not isinstance(value, dict | list), "string")
    if kind == "array":
        return isinstance(value, list), "array"
    return isinstance(value, dict) or kind is None, "object"


def _answer_items(
    doc: Document,
    op_id: str,
    schema: dict[str, Any],
    value: Any,
    path: str,
    collapsed: bool,
    op: dict[str, Any],
) -> Iterator[Item]:
    schema = doc.flat(schema)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        if not value and not collapsed:
            missing = [name for name in schema.get("required", []) if name not in value]
            # An empty object where fields are required: how it is read is the operation's decision.
            yield Item(
                op_id,
                f"answer {path or '.'}",
                "answer",
                value,
                {"required": schema.get("required", [])} if missing else value,
                op,
            )
        for name, item in value.items():
            where = f"{path}.{name}" if path else name
            if name not in properties:
                free = schema.get("additionalProperties") not in (None, False, True) or not properties
                yield Item(
                    op_id, f"answer {where}", "answer", "declared", "declared" if free else None, schema
                )
                continue
            yield from _answer_items(doc, op_id, properties[name], item, where, collapsed, op)
        return
    if isinstance(value, list):
        items = schema.get("items")
        for item in value:
            if items is not None:
                yield from _answer_items(doc, op_id, items, item, f"{path}[]", collapsed, op)
        return
    ok, how = _readable(schema, value)
    yield Item(op_id, f"answer {path}", "answer", value, value if ok else how, schema)


def compare(guides: dict[str, Any], spec: dict[str, Any]) -> list[Item]:
    doc = Document(spec)
    items: list[Item] = []
    for guide in guides["guides"].values():
        for guide_op in guide["operations"]:
            op_id, op = doc.operation(guide_op["method"], guide_op["path"])
            items.extend(_request_items(doc, op_id, op, guide_op))
            for answer in guide_op["answers"]:
                example = answer["example"]
                items.extend(_answer_items(doc, op_id, doc.answer(op), example, "", answer["collapsed"], op))
        for sample in guide["samples"]:
            op_id, op = doc.operation(sample["method"], sample["path"])
            items.extend(_sample_items(doc, op_id, op, sample))
        for webhook in guide["webhooks"]:
            for callback_id, payload in _callbacks(doc, guide["operations"]).items():
                example = webhook["example"]
                items.extend(_answer_items(doc, callback_id, payload, example, "", False, payload))
    return _dedupe(items)


def _callbacks(doc: Document, guide_ops: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The webhooks the guide's operations declare (``callbacks``): operationId -> payload schema.

    A guide prints one webhook payload for all its jobs; it is compared with each declared one.
    """
    found: dict[str, dict[str, Any]] = {}
    for guide_op in guide_ops:
        _, op = doc.operation(guide_op["method"], guide_op["path"])
        for callback in op.get("callbacks", {}).values():
            for item in callback.values():
                for hook in item.values():
                    media = next(iter(hook["requestBody"]["content"].values()))
                    found[hook["operationId"]] = doc.ref(media["schema"])
    return found


def _dedupe(items: list[Item]) -> list[Item]:
    """One item per fact: the same answer field shown by several examples is compared once per value."""
    seen: dict[tuple[str, ...], Item] = {}
    for item in items:
        key = (
            item.operation,
            item.subject,
            item.about,
            *(json.dumps(v, sort_keys=True) for v in (item.guide, item.document)),
        )
        seen.setdefault(key, item)
    return list(seen.values())


def load() -> list[Item]:
    guides = json.loads(FIXTURE.read_text(encoding="utf-8"))
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return compare(guides, spec)


def describe(item: Item) -> str:
    state = "recorded" if item.recorded else "OPEN"
    guide, document = (json.dumps(value, ensure_ascii=False) for value in (item.guide, item.document))
    return f"{state:8} {item.operation} {item.subject} [{item.about}]: guide {guide} / document {document}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--open", action="store_true", help="only unrecorded differences; exit 1 if any")
    args = parser.parse_args(argv)
    items = load()
    differences = [item for item in items if item.differs]
    open_ = [item for item in differences if not item.recorded]
    for item in open_ if args.open else differences:
        print(describe(item))
    print(
        f"{len(items)} items compared, {len(differences)} differ, {len(differences) - len(open_)} recorded, "
        f"{len(open_)} open"
    )
    return 1 if args.open and open_ else 0


if __name__ == "__main__":
    sys.exit(main())
