"""Schemathesis against the live service: explicit free cases validated against openapi.yaml.

Not generated cases: random generation would create (and pay for) jobs. Each case is a
request whose answer costs nothing -- reads of the user's ids, and requests the service must
refuse -- validated with schemathesis' response checks against the answers as the service writes
them (``vimmerse_fake.wire.as_written``) (status code documented, content
type, body schema, headers, no 5xx).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
import schemathesis
import yaml
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from vimmerse_fake.wire import as_written

pytestmark = pytest.mark.live

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


@pytest.fixture(scope="module")
def schema() -> Any:
    # The answers as the service writes them: the fields marked x-vimmerse-wire also accept the
    # forms the document declares for them (`"1"`, `"No"`, `""`), and nothing else changes.
    return schemathesis.openapi.from_dict(as_written(yaml.safe_load(SPEC.read_text(encoding="utf-8"))))


def call(case: Any, live: Any, key: str | None = None) -> Any:
    headers = {"X-Api-Key": live.api_key if key is None else key}
    return case.call_and_validate(base_url=live.base_url, headers=headers, checks=CHECKS, timeout=60)


@pytest.mark.parametrize("path", ["/media/{media_id}", "/media/{media_id}/processing-status"])
def test_media_reads_conform(schema: Any, live: Any, media_id: str, path: str) -> None:
    response = call(schema[path]["GET"].Case(path_parameters={"media_id": media_id}), live)
    assert response.status_code == 200, response.text
    assert response.json()["data"]["processing_status"]


def test_story_read_conforms(schema: Any, live: Any, story_id: str) -> None:
    response = call(schema["/story/{story_id}"]["GET"].Case(path_parameters={"story_id": story_id}), live)
    assert response.status_code == 200, response.text
    assert response.json()["data"]["id"] == story_id


def test_out_of_range_quantity_is_422_without_a_job(schema: Any, live: Any) -> None:
    """quantity 99 (max 4) must be refused before any job exists: a documented 422, no data."""
    case = schema["/media"]["POST"].Case(
        body={"prompt": "contract test: must be refused", "quantity": 99, "duration": 1},
        media_type="multipart/form-data",
    )
    response = call(case, live)
    assert response.status_code == 422, response.text
    body = response.json()
    assert "data" not in body
    assert any("quantity" in [str(p) for p in d.get("loc", [])] for d in body["detail"]), body


def test_invalid_key_is_401(schema: Any, live: Any) -> None:
    case = schema["/media/{media_id}/processing-status"]["GET"].Case(
        path_parameters={"media_id": uuid.uuid4().hex}
    )
    response = call(case, live, key="invalid-" + uuid.uuid4().hex)
    assert response.status_code == 401, response.text
