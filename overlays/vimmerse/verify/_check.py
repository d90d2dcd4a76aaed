"""One answer checked strictly against the document.

The body is validated as it came (OpenAPI 3.0 schema rules, ``openapi-schema-validator``) against
the declared answer schema, and walked beside it to see which fields it holds. A string where the
document declares a number or a boolean is a wire form (``components.x-vimmerse-wire-forms``):
on a field whose ``x-vimmerse-wire`` does not declare it is a finding. What else the walk or the
validator finds is a finding too: a status the operation does not list, a value outside an enum, a
required field missing, a wrong type. A field the schema lacks is listed apart: the document
allows them (``additionalProperties: true``: the service sends fields it does not describe), so
it is news for the document, not a violation -- unless the schema allows no other field.

Field paths are dotted from the answer's root, ``[]`` standing for any array item:
``data.scenes[].status``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from openapi_schema_validator import OAS30Validator

from ._document import Contract, Operation

_MAX_DEPTH = 24


@dataclass(frozen=True)
class Finding:
    kind: str
    operation: str
    status: int
    field: str
    detail: str
    exchange: int = -1

    def line(self) -> str:
        where = f" {self.field}" if self.field else ""
        return f"{self.kind}: {self.operation} {self.status}{where}: {self.detail}"


@dataclass
class Observation:
    """What one answer showed: its findings, the declared fields it held, its wire forms."""

    operation: str | None
    status: int
    findings: list[Finding] = field(default_factory=list)
    fields_seen: set[str] = field(default_factory=set)
    #: (field path, form, declared?) for each value written in a wire form.
    wire: list[tuple[str, str, bool]] = field(default_factory=list)
    #: (field path, value shown) for each field the schema lacks where it allows more.
    undeclared: list[tuple[str, str]] = field(default_factory=list)


def check(
    contract: Contract, method: str, path: str, status: int, headers: dict[str, str], body: bytes
) -> Observation:
    op = contract.match(method, path)
    if op is None:
        obs = Observation(None, status)
        obs.findings.append(
            Finding("unknown-operation", f"{method} {path}", status, "", "no operation of the document")
        )
        return obs
    obs = Observation(op.operation_id, status)
    response = contract.response(op, status)
    if not response.declared:
        listed = ", ".join(map(str, op.responses))
        obs.findings.append(
            Finding("undocumented-status", op.operation_id, status, "", f"the document lists {listed}")
        )
        return obs
    media_type = headers.get("content-type", "").split(";")[0].strip().lower()
    if not body or not response.content:
        return obs
    if media_type not in response.content and "*/*" not in response.content:
        detail = f"{media_type or 'no content type'}, the document declares {', '.join(response.content)}"
        obs.findings.append(Finding("undeclared-content-type", op.operation_id, status, "", detail))
        return obs
    schema = (response.content.get(media_type) or {}).get("schema")
    if media_type != "application/json" or not schema:
        return obs
    try:
        value = json.loads(body)
    except ValueError as exc:
        obs.findings.append(Finding("not-json", op.operation_id, status, "", str(exc)))
        return obs
    walk = _Walk(contract, op, obs)
    walk.visit(schema, value, "", 0)
    _validate(contract, op, obs, schema, value, walk.explained)
    return obs


class _Walk:
    def __init__(self, contract: Contract, op: Operation, obs: Observation) -> None:
        self.contract, self.op, self.obs = contract, op, obs
        #: Instance paths (tuples) whose type errors a wire form explains.
        self.explained: set[tuple[str | int, ...]] = set()

    def finding(self, kind: str, where: str, detail: str) -> None:
        self.obs.findings.append(Finding(kind, self.op.operation_id, self.obs.status, where, detail))

    def visit(self, schema: Any, value: Any, where: str, depth: int, at: tuple[str | int, ...] = ()) -> None:
        node = self.contract.resolve(schema)
        if not isinstance(node, dict) or depth > _MAX_DEPTH:
            return
        if isinstance(value, dict):
            properties = object_properties(self.contract, node)
            extra = node.get("additionalProperties")
            for name, item in value.items():
                path = f"{where}.{name}" if where else name
                if name in properties:
                    self.obs.fields_seen.add(path)
                    self.property(properties[name], item, path, depth, (*at, name))
                elif isinstance(extra, dict):
                    self.visit(extra, item, f"{where}.*" if where else "*", depth + 1, (*at, name))
                elif extra is False:
                    self.finding(
                        "undeclared-field", path, f"{_shown(item)}: the schema allows no other field"
                    )
                elif properties:
                    self.obs.undeclared.append((path, _shown(item)))
        elif isinstance(value, list) and "items" in node:
            for index, item in enumerate(value):
                self.visit(node["items"], item, f"{where}[]", depth + 1, (*at, index))

    def property(self, prop: Any, value: Any, path: str, depth: int, at: tuple[str | int, ...]) -> None:
        declared = self.contract.resolve(prop) if isinstance(prop, dict) else {}
        form = self.contract.form_of(value, _declared_type(self.contract, declared))
        if form is None:
            self.visit(prop, value, path, depth + 1, at)
            return
        listed = (prop.get("x-vimmerse-wire") or {}) if isinstance(prop, dict) else {}
        self.obs.wire.append((path, form, form in listed))
        self.explained.add(at)
        if form not in listed:
            forms = ", ".join(listed) or "none"
            self.finding(
                "undeclared-wire-form", path, f"{_shown(value)} is a {form}; the field declares {forms}"
            )


def object_properties(contract: Contract, node: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """The properties of an object schema, its ``allOf`` parts' included."""
    properties = dict(node.get("properties") or {})
    for part in node.get("allOf") or ():
        resolved = contract.resolve(part)
        if isinstance(resolved, dict) and depth < _MAX_DEPTH:
            properties.update(object_properties(contract, resolved, depth + 1))
    return properties


def _declared_type(contract: Contract, node: Any) -> str | None:
    if not isinstance(node, dict):
        return None
    if isinstance(node.get("type"), str):
        return str(node["type"])
    for part in node.get("allOf") or ():
        found = _declared_type(contract, contract.resolve(part))
        if found:
            return found
    return None


def _validate(
    contract: Contract,
    op: Operation,
    obs: Observation,
    schema: Any,
    value: Any,
    explained: set[tuple[str | int, ...]],
) -> None:
    root = {**schema, "components": contract.components}
    for error in OAS30Validator(root).iter_errors(value):
        at = tuple(error.absolute_path)
        if at in explained:
            continue
        where = _dotted(at)
        if error.validator == "enum":
            kind, detail = (
                "unknown-enum-value",
                f"{_shown(error.instance)} is not among {error.validator_value}",
            )
        elif error.validator == "required":
            missing = str(error.message).split("'")[1] if "'" in str(error.message) else ""
            kind, detail = "missing-field", f"required {missing!r} is absent"
            where = f"{where}.{missing}" if where else missing
        else:
            kind, detail = "schema-violation", f"{error.validator}: {error.message}"[:300]
        obs.findings.append(Finding(kind, op.operation_id, obs.status, where, detail))


def _dotted(at: tuple[str | int, ...]) -> str:
    out = ""
    for part in at:
        out += "[]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."
