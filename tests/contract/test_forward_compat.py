"""Forward compatibility of the response models: what the service may send tomorrow (or already
sends today) parses without raising, into the Python type each field declares.

Why: a new enum value (``processing_status: "paused_bullet"``), a number sent as text
(``"progress_percentage": "100"``), a boolean sent as a word (``"is_transition": "No"``), a
``null``, a value of the wrong shape or a new field must not crash a client that polls a paid
job -- and must not leak into the user's types either (``progress_percentage`` is an ``int``,
never ``"100"``). Only a missing required field (an id, a status) makes an answer unusable, and
the parser says so with ``MissingField``.

``from_dict`` reads leniently into clean types by design (``"100"`` -> 100, not a str, never
``Unset``), the answer as received stays in ``.raw``, and these tests check, for every
field of every response model (computed from openapi.yaml), that its declared type holds.
Values of the right meaning in the wrong form are checked in ``test_forward_compat_values.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from _models import declared_types, model_class, py_attr
from _reading_rule import lenient_read, liberal_schema
from _response_fields import (
    MODELS,
    UNKNOWN_FIELD,
    UNKNOWN_VALUE,
    field_id,
    fields,
    kind,
    minimal,
    parse,
    properties,
    read_field,
    required,
    valid_value,
)
from _schema import component_json_schema, components, flatten
from jsonschema import Draft202012Validator

from vimmerse_openapi.types import MissingField


def test_the_models_under_test_are_every_response_model() -> None:
    assert len(MODELS) >= 20
    assert {"Media", "MediaStatus", "Story", "MediaWebhookPayload", "StoryWebhookPayload"} <= set(MODELS)
    for model in MODELS:
        # Every property of the document is a field of the generated model, and nothing else is.
        assert set(declared_types(model_class(model))) == {py_attr(k) for k in properties(model)}, model
    assert len(fields()) >= 140


def test_every_response_model_allows_unknown_fields() -> None:
    for name in MODELS:
        assert components()[name].get("additionalProperties") is True, name


# ---------------------------------------------------------------- null, wrong shapes, unreadable items


@pytest.mark.parametrize(("model", "key"), fields(), ids=field_id)
def test_null_reads_as_absent_or_refuses_a_required_field(model: str, key: str) -> None:
    doc = {**minimal(model), key: None}
    if key in required(model):
        with pytest.raises(MissingField) as info:
            model_class(model).from_dict(doc)
        assert (info.value.model, info.value.field) == (model, key)
        return
    assert read_field(model, key, None) is None
    assert key not in model_class(model).from_dict(doc).to_dict()


def wrong_shapes(schema: dict[str, Any]) -> list[Any]:
    """Values no reading can turn into the declared type of ``schema``."""
    k = kind(schema)
    if k == "array":
        return ["not-a-list", {"an": "object"}, 42]
    if k == "object":
        return ["not-an-object", ["a", "list"], 42]
    shapes: list[Any] = [{"unexpected": "object"}, ["a", "list"]]
    if k in ("integer", "number"):
        shapes.append("not a number")
    if k == "boolean":
        shapes += ["maybe", 2]
    return shapes


def wrong_shape_cases() -> Iterator[tuple[str, str, Any]]:
    for model, key in fields():
        for shape in wrong_shapes(properties(model)[key]):
            yield model, key, shape


@pytest.mark.parametrize(("model", "key", "value"), list(wrong_shape_cases()), ids=field_id)
def test_wrong_shaped_value_is_none_and_kept_in_raw(model: str, key: str, value: Any) -> None:
    """A string where an object belongs (and the like) does not make the answer unreadable: that
    field is None, the value stays in ``.raw``, the other fields are read. Without a required
    field the answer cannot be used: ``MissingField``."""
    doc = {**minimal(model), key: value}
    if key in required(model):
        with pytest.raises(MissingField) as info:
            model_class(model).from_dict(doc)
        assert (info.value.model, info.value.field) == (model, key)
        return
    parsed = parse(model, doc)
    assert getattr(parsed, py_attr(key)) is None
    assert parsed.raw[key] == value
    for other in required(model):
        assert getattr(parsed, py_attr(other)) is not None


def bad_item(schema: dict[str, Any]) -> Any:
    return "not-an-object" if kind(schema) == "object" else {"unexpected": "object"}


@pytest.mark.parametrize(("model", "key"), fields("array"), ids=field_id)
def test_unreadable_items_are_dropped_and_the_rest_kept(model: str, key: str) -> None:
    items_schema = flatten(properties(model)[key]).get("items", {})
    good = valid_value(items_schema)
    result = read_field(model, key, [good, bad_item(items_schema), None, good])
    assert len(result) == 2
    assert model_class(model).from_dict({**minimal(model), key: [good]}).to_dict()[key] == [good]


# ---------------------------------------------------------------- fields: unknown, missing, all at once


@pytest.mark.parametrize("model", MODELS)
def test_unknown_field_is_kept_in_additional_properties(model: str) -> None:
    doc = {**minimal(model), UNKNOWN_FIELD: UNKNOWN_VALUE}
    parsed = parse(model, doc)
    assert parsed.additional_properties == {UNKNOWN_FIELD: UNKNOWN_VALUE}
    assert UNKNOWN_FIELD in parsed and parsed[UNKNOWN_FIELD] == UNKNOWN_VALUE
    assert parsed.to_dict() == doc


@pytest.mark.parametrize(("model", "key"), [(m, k) for m in MODELS for k in required(m)], ids=field_id)
def test_missing_required_field_raises_missing_field(model: str, key: str) -> None:
    doc = {k: v for k, v in minimal(model).items() if k != key}
    with pytest.raises(MissingField) as info:
        model_class(model).from_dict(doc)
    assert isinstance(info.value, ValueError)  # the SDK turns it into an APIError with the body
    assert (info.value.model, info.value.field) == (model, key)
    assert key in str(info.value) and model in str(info.value)


def test_required_fields_are_the_ids_statuses_and_error_texts() -> None:
    """Pinned, so a field made required (an answer without it then fails) is a visible decision."""
    assert {m: required(m) for m in MODELS if required(m)} == {
        "Asset": ["id", "status"],
        "AssetResponse": ["data"],
        "ErrorMessage": ["message"],
        "HTTPValidationError": ["detail"],
        "Media": ["id", "processing_status"],
        "MediaResponse": ["data"],
        "MediaStatus": ["processing_status"],
        "MediaStatusResponse": ["data"],
        "MediaWebhookPayload": ["customer_id", "media_id", "status"],
        "Story": ["id", "status"],
        "StoryWebhookPayload": ["customer_id", "batch_id", "status"],
        "TextPromptResponse": ["data"],  # the prompt written: the whole answer
        "Workflow": ["id", "processing_status"],
        "WorkflowErrorLogResponse": ["data"],
        "WorkflowResponse": ["data"],
        "ValidationError": ["loc", "msg", "type"],
    }


def surprising_value(schema: dict[str, Any], key: str) -> Any:
    """A value the reading rule allows but a naive client would choke on (or mistype)."""
    schema = flatten(schema)
    k = kind(schema)
    if k == "enum":
        return f"future_{key}_value"
    if k == "union":
        return surprising_value(schema.get("anyOf", schema.get("oneOf"))[-1], key)
    if k == "object":
        return surprising_object(schema)
    if k == "array":
        return [surprising_value(schema.get("items", {}), key), None]
    return {"integer": "100", "number": "5.0", "boolean": "No", "string": "text"}[k]


def surprising_object(schema: dict[str, Any]) -> dict[str, Any]:
    doc = {key: surprising_value(s, key) for key, s in schema.get("properties", {}).items()}
    doc[UNKNOWN_FIELD] = UNKNOWN_VALUE
    return doc


@pytest.mark.parametrize("model", MODELS)
def test_everything_surprising_at_once_reads_as_the_rule_says(model: str) -> None:
    """Every field (nested models included) sent in its surprising form, plus unknown fields at
    every level: the answer matches the reading rule, parses into the declared types, and reads
    exactly as the rule, stated independently in ``_reading_rule.lenient_read``, says."""
    schema = component_json_schema(model)
    doc = surprising_object(schema)
    assert list(Draft202012Validator(liberal_schema(schema)).iter_errors(doc)) == []
    parsed = parse(model, doc)
    assert parsed.to_dict() == lenient_read(doc, schema)
    assert parsed.additional_properties[UNKNOWN_FIELD] == UNKNOWN_VALUE


@pytest.mark.parametrize("model", MODELS)
def test_repr_shows_the_fields_that_are_set(model: str) -> None:
    parsed = model_class(model).from_dict({**minimal(model), UNKNOWN_FIELD: 1})
    text = repr(parsed)
    assert text.startswith(f"{model}(") and "Unset" not in text and "None" not in text
    for key in required(model):
        assert f"{py_attr(key)}=" in text
    assert f"additional_properties={{'{UNKNOWN_FIELD}': 1}}" in text
    optional = [k for k in properties(model) if k not in required(model)]
    assert not any(f"{py_attr(k)}=" in text for k in optional)


def test_the_reading_rule_is_not_vacuous() -> None:
    """The liberal schema still refuses what no reading can make sense of."""
    schema = liberal_schema(component_json_schema("MediaStatus"))
    ok = Draft202012Validator(schema)
    assert ok.is_valid({"processing_status": "paused_bullet", "progress_percentage": "42"})
    assert not ok.is_valid({"processing_status": "success", "progress_percentage": "forty-two"})
    assert not ok.is_valid({"processing_status": None})  # required: never null
    assert not ok.is_valid({"progress_percentage": 1})  # required: never absent
    story = Draft202012Validator(liberal_schema(component_json_schema("Story")))
    assert not story.is_valid({"id": "s", "status": "new", "is_transition": "perhaps"})
    assert not story.is_valid({"id": "s", "status": "new", "scenes": "not-a-list"})


def test_nested_unknown_fields_survive_inside_a_full_response() -> None:
    doc = {
        "data": {
            "id": "m1",
            "processing_status": "paused_bullet",
            "result": [{"url": "https://x/v.mp4", "motion_type": "FutureModel", "codec": "av1"}],
            "submit_params": {"file_size": "12", "new_knob": 3},
            "brand_new_section": {"a": 1},
        },
        "meta": {"request_id": "r1"},
    }
    parsed = parse("MediaResponse", doc)
    # Was: to_dict() == doc; "12" now reads as the declared int, everything else is unchanged.
    expected = {**doc, "data": {**doc["data"], "submit_params": {"file_size": 12, "new_knob": 3}}}
    assert parsed.to_dict() == expected
    assert parsed.data.result[0].additional_properties == {"codec": "av1"}
    assert parsed.data.result[0].motion_type == "FutureModel"
    assert parsed.data.submit_params.file_size == 12
    assert parsed.additional_properties == {"meta": {"request_id": "r1"}}
