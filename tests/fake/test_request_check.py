"""The fake's fast request check gives openapi-core's verdict, or none at all.

Parameters are judged by ``vimmerse_fake.requestcheck`` (openapi-core's deserializers and
validators, built once per operation); when they pass, a JSON body goes through openapi-core's own
body step, and anything else is judged by openapi-core in full. So for every operation, requests
with valid, missing, empty, mistyped and out-of-range parameters, and valid and broken JSON
bodies, must get exactly openapi-core's (422 detail, unmarshalled body) verdict.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from vimmerse_fake import FakeVimmerse
from vimmerse_fake.document import Document, Operation, default_spec_path
from vimmerse_fake.validation import RequestParts, Validator

from ._broken import mutations

_ODD_VALUES = ("", "abc", "-1", "0", "1.5", "99999999999999999999", "x" * 300, "a b", "é", "true", "%2F")


def _parameters(document: Document, op: Operation) -> list[dict[str, Any]]:
    path_item = document.raw["paths"][op.path]
    return [
        document.resolve(p) for p in [*(op.raw.get("parameters") or []), *(path_item.get("parameters") or [])]
    ]


def _requests(document: Document, op: Operation) -> Iterator[RequestParts]:
    params = _parameters(document, op)
    valid = {p["name"]: str(document.example_of(p.get("schema"))) for p in params}
    path = {p["name"]: valid[p["name"]] or "abc" for p in params if p["in"] == "path"}
    query = {p["name"]: valid[p["name"]] for p in params if p["in"] == "query"}
    headers = {p["name"]: valid[p["name"]] for p in params if p["in"] == "header"}
    is_json = op.media_type == "application/json"
    bodies: list[bytes | None] = [None]
    if is_json:
        schema = (document.resolve(op.raw["requestBody"])["content"]["application/json"]).get("schema")
        example = document.example_of(schema)
        bodies += [json.dumps(example).encode(), b"[]", b'"x"', b"{}"]
        bodies += [json.dumps(m).encode() for m in mutations(document, schema, copy.deepcopy(example))]
    for body in bodies:
        yield RequestParts(op.method, op.path, path, query, headers, body, is_json)
    if is_json:
        yield RequestParts(op.method, op.path, path, query, headers, None, False)
    for p in params:
        where = {"path": path, "query": query, "header": headers}[p["in"]]
        for value in _ODD_VALUES:
            changed = {**where, p["name"]: value}
            parts = {"path": path, "query": query, "header": headers, p["in"]: changed}
            for body in {bodies[min(1, len(bodies) - 1)], bodies[-1]}:  # a valid and a broken JSON body
                yield RequestParts(
                    op.method, op.path, parts["path"], parts["query"], parts["header"], body, is_json
                )
        missing = {k: v for k, v in where.items() if k != p["name"]}
        parts = {"path": path, "query": query, "header": headers, p["in"]: missing}
        yield RequestParts(op.method, op.path, parts["path"], parts["query"], parts["header"], None, False)
    yield RequestParts(op.method, op.path, path, {**query, "not_a_parameter": "1"}, headers, None, False)


def test_fast_request_check_gives_openapi_cores_verdict() -> None:
    fake = FakeVimmerse()
    document, validator = fake.document, Validator(fake.document.path)
    verdicts = {"valid": 0, "invalid": 0}
    disagreements = []
    for op in document.operations:
        for request in _requests(document, op):
            fast = validator._judge_request(request)
            core = validator.core_request_verdict(request)
            verdicts["invalid" if core[0] else "valid"] += 1
            if fast != core:
                disagreements.append((op.operation_id, request, fast, core))
    fake.close()
    assert not disagreements, disagreements[:3]
    assert verdicts["valid"] >= 100 and verdicts["invalid"] >= 100, verdicts


def test_fast_request_check_on_parameters_the_document_leaves_loose(tmp_path: Path) -> None:
    """An empty query value of a plain string parameter (openapi-core: not allowed unless
    ``allowEmptyValue``), and an absent parameter with a default."""
    raw = yaml.safe_load(default_spec_path().read_text())
    params = raw["paths"]["/media/{media_id}"]["get"]["parameters"]
    params[:] = [p for p in params if "$ref" in p or p.get("name") != "fields"] + [
        {"name": "fields", "in": "query", "schema": {"type": "string"}},
        {"name": "loose", "in": "query", "allowEmptyValue": True, "schema": {"type": "string"}},
        {"name": "with_default", "in": "query", "schema": {"type": "integer", "minimum": 5, "default": 6}},
    ]
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(raw))
    validator = Validator(spec)
    verdicts = []
    for query in (
        {"fields": ""},
        {"fields": "id"},
        {"loose": ""},
        {},
        {"with_default": "7"},
        {"with_default": "2"},
    ):
        request = RequestParts("GET", "/media/{media_id}", {"media_id": "abc"}, query)
        core = validator.core_request_verdict(request)
        assert validator._judge_request(request) == core, query
        verdicts.append(bool(core[0]))
    # "" is an error for `fields` only (not for `loose`); an absent parameter takes its default.
    assert verdicts == [True, False, False, False, False, True], verdicts
