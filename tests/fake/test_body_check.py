"""The fake's fast JSON body step gives openapi-core's body step's result, or none at all.

``vimmerse_fake.bodycheck`` validates a JSON body with a precompiled validator and rebuilds it
along the schema (defaults filled in) instead of openapi-core's per-node unmarshalling; an
invalid body goes through openapi-core. So for every JSON-body operation of openapi.yaml, bodies
drawn from its schema (free-form parts filled with nested junk), the same bodies broken, and
arbitrary JSON must get from the fake's body step exactly what openapi-core's ``_get_body``
gives: the same unmarshalled body (same keys in the same order, same value types), or the same
error and 422 detail.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from openapi_core.testing import MockRequest
from openapi_core.validation.request.exceptions import MissingRequestBody

from vimmerse_fake.document import Operation, default_spec_path, load_document
from vimmerse_fake.responsecheck import _inline
from vimmerse_fake.validation import SPEC_ORIGIN, RequestParts, Validator, _body_detail

_DOCUMENT = load_document(str(default_spec_path()))
_VALIDATOR = Validator(_DOCUMENT.path)
_JSON_OPS = [op for op in _DOCUMENT.operations if op.media_type == "application/json"]
# Schema keywords that are not JSON Schema (OpenAPI's), dropped for the generator only.
_NOT_JSON_SCHEMA = {"nullable", "example", "discriminator", "deprecated", "readOnly", "writeOnly", "format"}

_JUNK = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=40,
)


def _json_schema(node: Any) -> Any:
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: value if key in ("enum", "default") else _json_schema(value)
        for key, value in node.items()
        if key not in _NOT_JSON_SCHEMA and not key.startswith("x-")
    }


def _body_schema(op: Operation) -> dict[str, Any]:
    body = _DOCUMENT.resolve(op.raw["requestBody"])
    schema = body["content"]["application/json"]["schema"]
    return _inline(_DOCUMENT.raw, schema)  # type: ignore[no-any-return]


def _with_junk(value: Any, junk: Any, draw: Any) -> Any:
    """``value`` with nested junk added to its objects (valid where they are free-form)."""
    if isinstance(value, dict):
        out = {k: _with_junk(v, junk, draw) for k, v in value.items()}
        if draw(st.booleans()):
            out[draw(st.sampled_from(["extra", "notes", "name", "zz"]))] = junk
        return out
    if isinstance(value, list):
        return [_with_junk(v, junk, draw) for v in value]
    return value


@st.composite
def _bodies(draw: Any, schema: dict[str, Any]) -> bytes:
    valid = draw(from_schema(_json_schema(schema)))
    how = draw(st.sampled_from(["valid", "junk", "broken", "arbitrary", "text"]))
    if how == "junk":
        valid = _with_junk(valid, draw(_JUNK), draw)
    elif how == "broken" and isinstance(valid, dict) and valid:
        valid = {**valid, draw(st.sampled_from(sorted(valid))): draw(_JUNK)}
    elif how == "arbitrary":
        valid = draw(_JUNK)
    elif how == "text":
        return draw(st.sampled_from([b"", b"{", b"nul", b'{"a": 1', "\u00e9".encode("latin-1"), b"[]"]))
    return json.dumps(valid).encode()


def _outcome(call: Any) -> tuple[str, Any]:
    """``call()``'s result as an order- and type-sensitive text, or its error and 422 detail."""
    try:
        value = call()
    except Exception as exc:  # compared: both sides must fail the same way
        return "error", (type(exc).__name__, repr(exc.__cause__), _body_detail(exc))  # type: ignore[arg-type]
    return "value", repr(value)


def _core_body(core: Any, body: bytes, operation: Any) -> Any:
    """openapi-core's ``_get_body``; an absent optional body is None (as the fake reads it)."""
    try:
        return core._get_body(body, "application/json", operation)
    except MissingRequestBody:
        return None


_SEEN: dict[str, dict[str, int]] = {}
# The comparison and the test of what it saw share _SEEN: under pytest-xdist, one worker runs them.
_ONE_WORKER = pytest.mark.xdist_group("body-check-comparison")


@_ONE_WORKER
@pytest.mark.parametrize("op", _JSON_OPS, ids=[op.operation_id or op.path for op in _JSON_OPS])
@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fast_body_step_gives_openapi_cores_body(op: Operation, data: Any) -> None:
    checker = _VALIDATOR._requests
    plan = checker.plan(op.path, op.method)
    assert plan is not None and plan.body is not None, "every JSON body of openapi.yaml has a fast step"
    body = data.draw(_bodies(_body_schema(op)))
    mock = MockRequest(
        SPEC_ORIGIN,
        op.method.lower(),
        op.path,
        path_pattern=op.path,
        data=body,
        content_type="application/json",
    )
    fast_valid = bool(body) and plan.body.unmarshal(body)[0]
    fast = _outcome(lambda: checker.body(plan, mock))
    core = _outcome(lambda: _core_body(checker._core, body, plan.operation))
    assert fast == core, (op.operation_id, body[:300])
    seen = _SEEN.setdefault(op.operation_id or op.path, {"fast": 0, "invalid": 0})
    seen["fast" if fast_valid else "invalid"] += 1
    # The whole request, as the fake judges it, against openapi-core's own verdict.
    params = {p: "abc" for p in op.path.split("{")[1:] for p in [p.split("}")[0]]}
    request = RequestParts(op.method, op.path, params, json_body=body or None, judge_body=True)
    assert _VALIDATOR._judge_request(request) == _VALIDATOR.core_request_verdict(request)


@_ONE_WORKER
def test_the_comparison_saw_both_paths() -> None:
    """Runs after the comparison (file order): each operation's generated bodies took the fast
    path and the fallback many times (a comparison that never hits the fast path proves nothing)."""
    if len(_SEEN) != len(_JSON_OPS):
        pytest.skip("the comparison did not run in this session")
    for name, seen in _SEEN.items():
        assert seen["fast"] >= 100 and seen["invalid"] >= 50, (name, seen)


def _variant(tmp_path: Path, change: Any) -> Validator:
    raw = yaml.safe_load(default_spec_path().read_text())
    change(raw["components"]["schemas"])
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(raw))
    return Validator(spec)


def _story(validator: Validator, body: Any) -> tuple[Any, Any]:
    request = RequestParts(
        "POST", "/story/idea-2-video", json_body=json.dumps(body).encode(), judge_body=True
    )
    return validator._judge_request(request), validator.core_request_verdict(request)


def test_a_format_openapi_core_converts_is_left_to_it(tmp_path: Path) -> None:
    """A ``format: date`` property (openapi-core makes it a ``date``): no fast step, and the
    body handed on is openapi-core's, with the converted value."""

    def add_date(schemas: dict[str, Any]) -> None:
        schemas["IdeaToVideoRequest"]["properties"]["when"] = {"type": "string", "format": "date"}

    validator = _variant(tmp_path, add_date)
    plan = validator._requests.plan("/story/idea-2-video", "POST")
    assert plan is not None and plan.body is None
    fast, core = _story(validator, {"idea": "x", "when": "2024-05-06"})
    assert fast == core and repr(core[1]["when"]) == "datetime.date(2024, 5, 6)"


def test_nested_defaults_and_typed_additional_properties(tmp_path: Path) -> None:
    """Schema features the document does not use yet but the fast step models: a nullable
    object, typed ``additionalProperties`` whose objects carry defaults, arrays of objects."""

    def extend(schemas: dict[str, Any]) -> None:
        item = {"type": "object", "properties": {"n": {"type": "integer", "default": 7}}}
        schemas["StoryElements"]["nullable"] = True
        schemas["StoryElements"]["additionalProperties"] = {"type": "array", "items": item}

    validator = _variant(tmp_path, extend)
    plan = validator._requests.plan("/story/idea-2-video", "POST")
    assert plan is not None and plan.body is not None
    for elements in (None, {}, {"x": [{}, {"n": 1, "m": [None]}]}, {"x": [{"n": "1"}]}, {"x": {}}):
        fast, core = _story(validator, {"idea": "x", "elements": elements})
        assert fast == core and repr(fast) == repr(core), elements
    assert _story(validator, {"idea": "x", "elements": {"x": [{}]}})[0][1]["elements"] == {"x": [{"n": 7}]}
