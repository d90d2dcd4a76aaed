"""schemathesis.toml's per-operation exceptions are exactly what openapi.yaml implies.

The exceptions let schema-valid requests get the errors the document promises for facts a schema
cannot state (``x-vimmerse-require-any``: 400; ``x-vimmerse-json`` in a form: 422). An operation
added with either fact but missing here would fail the contract run on its first such case; one
listed here without the fact would hide a real "valid request rejected" bug.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _facts() -> tuple[set[str], set[str]]:
    """(operations whose body has x-vimmerse-require-any or -when, operations with JSON-in-form fields)."""
    doc = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = doc["components"]["schemas"]
    require_any: set[str] = set()
    json_in_form: set[str] = set()
    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "requestBody" not in op:
                continue
            for media_type, content in op["requestBody"]["content"].items():
                schema = content["schema"]
                if "$ref" in schema:
                    schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
                if schema.get("x-vimmerse-require-any") or schema.get("x-vimmerse-require-when"):
                    require_any.add(op["operationId"])
                props = schema.get("properties", {}).values()
                if media_type != "application/json" and any("x-vimmerse-json" in p for p in props):
                    json_in_form.add(op["operationId"])
    return require_any, json_in_form


def _exceptions() -> dict[str, set[str]]:
    """operationId -> the extra statuses its positive_data_acceptance accepts."""
    config: dict[str, Any] = tomllib.loads((ROOT / "schemathesis.toml").read_text(encoding="utf-8"))
    defaults = {"2xx", "3xx", "401", "403", "404", "409", "429", "5xx"}
    found: dict[str, set[str]] = {}
    for block in config.get("operations", []):
        ids = block["include-operation-id"]
        statuses = block["checks"]["positive_data_acceptance"]["expected-statuses"]
        for op_id in [ids] if isinstance(ids, str) else ids:
            assert op_id not in found, f"{op_id} is listed twice"
            found[op_id] = set(statuses) - defaults
    return found


def test_every_operation_with_a_schema_blind_fact_has_its_exception() -> None:
    require_any, json_in_form = _facts()
    exceptions = _exceptions()
    for op_id in require_any:
        assert "400" in exceptions.get(op_id, set()), f"{op_id}: x-vimmerse-require-any, 400 not allowed"
    for op_id in json_in_form:
        assert "422" in exceptions.get(op_id, set()), f"{op_id}: JSON in a form field, 422 not allowed"


def test_no_operation_is_excused_without_a_documented_reason() -> None:
    require_any, json_in_form = _facts()
    # downloadMedia: 400 MEDIA_NOT_READY and 416, documented answers to valid requests.
    documented = {"downloadMedia": {"400", "416"}}
    for op_id, extra in _exceptions().items():
        allowed = documented.get(op_id, set())
        allowed |= {"400"} if op_id in require_any else set()
        allowed |= {"422"} if op_id in json_in_form else set()
        assert extra <= allowed, f"{op_id} excuses {sorted(extra - allowed)} with no fact of the document"
