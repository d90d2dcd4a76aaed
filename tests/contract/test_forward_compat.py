"""Forward compatibility of the response models: what the service may send tomorrow (or
already sends today) must parse without raising and keep its value.

Why: a new enum value (``processing_status: "paused_bullet"``), a number sent as a string
(``"progress_percentage": "100"``), a boolean sent as a word (``"is_transition": "No"``) or a
new field must not crash a client that polls a paid job; and ``to_dict`` must give it back.
"""

from __future__ import annotations

import enum
from typing import Any

import pytest
from _schema import components, deref, model_class, response_model_names

UNKNOWN_FIELD = "x_future_field"
UNKNOWN_VALUE: dict[str, Any] = {"nested": [1, "two", None, {"deep": True}]}


def _variant_types(schema: dict[str, Any]) -> set[str]:
    return {deref(s).get("type", "") for s in schema.get("anyOf", [])}


def surprising_value(schema: dict[str, Any], prop: str) -> Any:
    """A value the schema allows but a naive client would choke on."""
    if "$ref" in schema:
        target = deref(schema)
        if target.get("type") == "object":
            return surprising_document(schema["$ref"].rsplit("/", 1)[-1])
        return target["enum"][0]
    if "anyOf" in schema:
        refs = [s for s in schema["anyOf"] if "$ref" in s]
        types = _variant_types(schema)
        if refs and "enum" in deref(refs[0]):
            return f"future_{prop}_value"  # an enum value this document does not list
        if refs:  # object or string (Story.files, Story.medias ...)
            return surprising_value(refs[0], prop)
        if "integer" in types:
            return "100"
        if "number" in types:
            return "5.0"
        if "boolean" in types:
            return "No"
        return "text"
    kind = schema.get("type")
    if kind == "array":
        items = schema["items"]
        if "anyOf" in items:  # mixed arrays (Story.files, Story.medias): one element per variant
            variants = [surprising_value(v, prop) for v in items["anyOf"]]
            return [v if v != "text" else "plain-string-item" for v in variants]
        values = [surprising_value(items, prop)]
        return values
    if schema.get("nullable"):
        return None
    if kind == "string":
        return "text"
    if kind == "integer":
        return 7
    if kind == "boolean":
        return True
    raise AssertionError(f"no surprising value for {prop}: {schema}")


def surprising_document(name: str) -> dict[str, Any]:
    schema = components()[name]
    doc = {prop: surprising_value(prop_schema, prop) for prop, prop_schema in schema["properties"].items()}
    doc[UNKNOWN_FIELD] = UNKNOWN_VALUE
    return doc


@pytest.mark.parametrize("name", response_model_names())
def test_response_model_accepts_future_values_and_fields(name: str) -> None:
    doc = surprising_document(name)
    parsed = model_class(name).from_dict(doc)
    assert parsed.to_dict() == doc
    assert parsed.additional_properties[UNKNOWN_FIELD] == UNKNOWN_VALUE
    assert UNKNOWN_FIELD in parsed and parsed[UNKNOWN_FIELD] == UNKNOWN_VALUE


def test_every_response_model_allows_unknown_fields() -> None:
    for name in response_model_names():
        assert components()[name].get("additionalProperties") is True, name


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        ("MediaStatus", "processing_status", "paused_bullet"),
        ("Media", "processing_status", "paused_bullet"),
        ("MediaWebhookPayload", "status", "paused_bullet"),
        ("Story", "status", "archived"),
        ("StoryWebhookPayload", "status", "archived"),
        ("MediaResult", "motion_type", "FutureModel"),
        ("StoryPosePreset", "motion_type", "FutureModel"),
        ("Story", "language", "Klingon"),
        ("Story", "aspect_ratio", "21:9"),
        ("Media", "visibility_status", "3"),
    ],
)
def test_unknown_enum_value_is_kept_as_a_string(model: str, field: str, value: str) -> None:
    required = {r: "x" for r in components()[model].get("required", [])}
    parsed = model_class(model).from_dict({**required, field: value})
    kept = getattr(parsed, field)
    assert kept == value and not isinstance(kept, enum.Enum)
    assert parsed.to_dict()[field] == value


def test_media_pose_preset_unknown_motion_type_is_kept() -> None:
    parsed = model_class("MediaPosePreset").from_dict({"MotionType": "FutureModel", "Params": "a=1|b=2"})
    assert parsed.to_dict() == {"MotionType": "FutureModel", "Params": "a=1|b=2"}


def test_known_enum_value_becomes_the_enum_member() -> None:
    """The other side of leniency: documented values still get their typed member."""
    status = model_class("MediaStatus").from_dict({"processing_status": "success"}).processing_status
    assert status is model_class("MediaProcessingStatus").SUCCESS


@pytest.mark.parametrize("model", ["MediaStatus", "Media", "Story"])
@pytest.mark.parametrize("value", ["100", 100])
def test_progress_percentage_as_number_or_numeric_string(model: str, value: Any) -> None:
    parsed = model_class(model).from_dict({"progress_percentage": value})
    assert parsed.progress_percentage == value
    assert parsed.to_dict() == {"progress_percentage": value}


@pytest.mark.parametrize("model", ["Media", "Story"])
@pytest.mark.parametrize("value", [False, True, "No", "Yes"])
def test_is_transition_as_boolean_or_word(model: str, value: Any) -> None:
    parsed = model_class(model).from_dict({"is_transition": value})
    assert parsed.is_transition == value and type(parsed.is_transition) is type(value)
    assert parsed.to_dict() == {"is_transition": value}


def test_nested_unknown_fields_survive_inside_a_full_response() -> None:
    doc = {
        "data": {
            "id": "m1",
            "processing_status": "paused_bullet",
            "result": [{"url": "https://x/v.mp4", "motion_type": "FutureModel", "codec": "av1"}],
            "submit_params": {"file_size": "", "new_knob": 3},
            "brand_new_section": {"a": 1},
        },
        "meta": {"request_id": "r1"},
    }
    parsed = model_class("MediaResponse").from_dict(doc)
    assert parsed.to_dict() == doc
    assert parsed.data.result[0].additional_properties == {"codec": "av1"}
    assert parsed.additional_properties == {"meta": {"request_id": "r1"}}
