"""Forward compatibility of the response models: values of the right meaning in the wrong form
(numbers as text, booleans as words, enum values the document does not list yet, blank text)
read into the Python type each field declares (``test_forward_compat.py`` says why).
"""

from __future__ import annotations

import enum
from typing import Any

import pytest
from _models import model_class
from _response_fields import field_id, fields, kind, minimal, parse, properties, read_field, required
from _schema import flatten

from vimmerse_openapi.types import MissingField

# ---------------------------------------------------------------- values of the right meaning, wrong form

INTEGER_TEXTS = [("100", 100), ("42", 42), (" 7 ", 7), (100.0, 100), (3, 3)]
NUMBER_TEXTS = [("5.5", 5.5), ("100", 100.0), (3, 3.0), ("0", 0.0)]
BOOLEAN_WORDS = [
    ("Yes", True),
    ("No", False),
    ("true", True),
    ("false", False),
    ("TRUE", True),
    (0, False),
    (1, True),
    (True, True),
    (False, False),
]


def read_scalar(model: str, key: str, sent: Any) -> list[Any]:
    """``sent`` read as ``model.key`` (as the one item of a list when the field is an array)."""
    if kind(properties(model)[key]) == "array":
        result = read_field(model, key, [sent, sent])
        assert len(result) == 2
        return list(result)
    return [read_field(model, key, sent)]


@pytest.mark.parametrize(("model", "key"), fields("integer", items=("integer",)), ids=field_id)
@pytest.mark.parametrize(("sent", "expected"), INTEGER_TEXTS, ids=repr)
def test_integer_sent_as_text_or_float_reads_as_int(model: str, key: str, sent: Any, expected: int) -> None:
    for result in read_scalar(model, key, sent):
        assert result == expected and type(result) is int


@pytest.mark.parametrize(("model", "key"), fields("number", items=("number",)), ids=field_id)
@pytest.mark.parametrize(("sent", "expected"), NUMBER_TEXTS, ids=repr)
def test_number_sent_as_text_or_int_reads_as_float(model: str, key: str, sent: Any, expected: float) -> None:
    for result in read_scalar(model, key, sent):
        assert result == expected and type(result) is float


@pytest.mark.parametrize(("model", "key"), fields("boolean", items=("boolean",)), ids=field_id)
@pytest.mark.parametrize(("sent", "expected"), BOOLEAN_WORDS, ids=repr)
def test_boolean_sent_as_word_or_number_reads_as_bool(
    model: str, key: str, sent: Any, expected: bool
) -> None:
    for result in read_scalar(model, key, sent):
        assert result is expected  # "No" must not stay a truthy string


def test_the_issues_examples_read_as_clean_types() -> None:
    """The service's known quirks, by name: ``"100"`` -> 100 and ``"No"`` -> False, not the text."""
    status = parse(
        "MediaStatusResponse", {"data": {"processing_status": "success", "progress_percentage": "100"}}
    )
    assert status.data.progress_percentage == 100
    media = parse("Media", {"id": "m1", "processing_status": "success", "is_transition": "No"})
    assert media.is_transition is False
    story = parse("Story", {"id": "s1", "status": "success", "used_credits": "700", "scenes": None})
    assert story.used_credits == 700 and story.scenes is None


@pytest.mark.parametrize(("model", "key"), fields("enum", items=("enum",)), ids=field_id)
def test_unknown_enum_value_is_kept_as_its_text(model: str, key: str) -> None:
    value = f"future_{key}_value"  # a value this document does not list (yet)
    for result in read_scalar(model, key, value):
        assert result == value and type(result) is str and not isinstance(result, enum.Enum)
    if kind(properties(model)[key]) == "enum":
        assert model_class(model).from_dict({**minimal(model), key: value}).to_dict()[key] == value


@pytest.mark.parametrize(("model", "key"), fields("enum", items=("enum",)), ids=field_id)
def test_known_enum_value_becomes_the_enum_member(model: str, key: str) -> None:
    """The other side of leniency: documented values get their typed member, also when sent as a
    number (``"visibility_status": 2`` for ``"2"``)."""
    schema = flatten(properties(model)[key])
    for value in flatten(schema.get("items", schema))["enum"]:
        (result, *_) = read_scalar(model, key, value)
        assert isinstance(result, enum.Enum) and result.value == value
        if isinstance(value, str) and value.isdigit():
            assert read_scalar(model, key, int(value))[0] is result


# ---------------------------------------------------------------- blank text: unknown

BLANKS = ["", " ", "\t "]


@pytest.mark.parametrize(("model", "key"), fields("integer", "number", "boolean", "enum"), ids=field_id)
@pytest.mark.parametrize("sent", BLANKS, ids=repr)
def test_blank_text_is_unknown_for_a_number_boolean_or_enum(model: str, key: str, sent: str) -> None:
    """``"is_highlights": ""``, ``"file_size": ""``: the service does not know the value. That
    reads as None (not False, 0 or the text ""), and a required field without a value refuses
    the answer as a null would; an enum that lists ``""`` itself (camera control) keeps it."""
    schema = flatten(properties(model)[key])
    if "" in schema.get("enum", []):
        result = read_field(model, key, sent)
        assert isinstance(result, enum.Enum) and result.value == ""
        return
    doc = {**minimal(model), key: sent}
    if key in required(model):
        with pytest.raises(MissingField) as info:
            model_class(model).from_dict(doc)
        assert (info.value.model, info.value.field) == (model, key)
        return
    assert read_field(model, key, sent) is None
    assert key not in model_class(model).from_dict(doc).to_dict()


@pytest.mark.parametrize(("model", "key"), fields("string"), ids=field_id)
def test_blank_text_stays_text_in_a_string_field(model: str, key: str) -> None:
    assert read_field(model, key, "") == ""
