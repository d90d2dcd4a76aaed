"""Round-trip property tests: every JSON model of the document survives
``Model.from_dict(d).to_dict()`` unchanged, for documents generated from its schema.

Why: the client must never lose or alter data the service sends (unknown fields, future enum
values) nor data a caller builds; a lossy ``to_dict`` would silently corrupt what overlays
re-send or log. The schema list is computed from ``openapi.yaml``.

The one change a document in the strict types may see is by design: ``null`` (allowed where the
document says ``nullable``) reads as absent, so it is not written back -- the expected output is
the document's reading rule applied to the input (``_reading_rule.lenient_read``), which for strictly
typed input only drops those nulls. Every parsed value must also be of its declared type.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from _models import expected_model_class_names, model_class, type_errors
from _reading_rule import lenient_read
from _schema import (
    component_json_schema,
    components,
    json_model_names,
    reachable_schemas,
    response_model_names,
)
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema

import vimmerse_openapi.models as models

MAX_EXAMPLES = 50
MODEL_NAMES = json_model_names()


def _has_nullable(name: str) -> bool:
    return any("'nullable': True" in repr(components()[ref]) for ref in reachable_schemas({name}))


# Models whose schema (nested ones included) allows no null: for them the round trip is the identity.
NULLABLE_FREE = {n for n in MODEL_NAMES if not _has_nullable(n)}


def test_the_tested_schemas_cover_every_response_schema() -> None:
    """Every object schema reachable from a response or webhook is round-tripped."""
    responses = response_model_names()
    assert len(responses) >= 20, responses
    assert set(responses) <= set(MODEL_NAMES)
    # The shapes the service sends, by name, so a refactor of the doc cannot drop them silently.
    for must in (
        "Media",
        "MediaResponse",
        "MediaStatus",
        "MediaStatusResponse",
        "Story",
        "StoryResponse",
        "Storyboard",
        "ErrorMessage",
        "HTTPValidationError",
        "MediaWebhookPayload",
        "StoryWebhookPayload",
        "SubmitParams",
        "VideoHistoryEntry",
    ):
        assert must in responses, must
    assert "StoryElements" in MODEL_NAMES
    assert "Story" not in NULLABLE_FREE and "Media" in NULLABLE_FREE  # Story.webhook_url is nullable


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_model_round_trip_is_lossless(name: str) -> None:
    cls = model_class(name)
    schema = component_json_schema(name)

    @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(doc=from_schema(schema))
    def check(doc: dict[str, Any]) -> None:
        parsed = cls.from_dict(doc)
        assert parsed.to_dict() == lenient_read(doc, schema)
        assert type_errors(parsed) == []
        if name in NULLABLE_FREE:
            assert parsed.to_dict() == doc

    check()


def test_every_generated_model_class_comes_from_the_document() -> None:
    """No model class without a schema (e.g. left over from an old document) and vice versa."""
    expected = expected_model_class_names()
    generated = {
        name
        for name, obj in vars(models).items()
        if inspect.isclass(obj) and obj.__module__.startswith("vimmerse_openapi.models.")
    }
    assert generated == set(expected) - {"BinaryFile"}
    assert set(components()) - generated == {"BinaryFile"}  # a plain binary string, no model
