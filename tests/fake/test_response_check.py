"""The fake's fast response check says "valid" exactly when openapi-core finds no error.

The fast check (``vimmerse_fake.responsecheck``) skips openapi-core's per-call rebuilding and its
unmarshalling; a response it passes is never judged by openapi-core again. So for every response
object of openapi.yaml, a valid answer and a set of broken ones (a required field missing, a
field of the wrong type, an unknown field, no body, another content type, an undeclared status,
a bad header) must get the same verdict from both.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator

import pytest

from vimmerse_fake import FakeVimmerse
from vimmerse_fake.document import Document, Operation
from vimmerse_fake.validation import RequestParts, Validator

from ._broken import mutations


def _cases(document: Document, op: Operation) -> Iterator[tuple[int, dict[str, str], bytes, str]]:
    for code, response in (op.raw.get("responses") or {}).items():
        status = int(code) if str(code).isdigit() else 599
        response = document.resolve(response) or {}
        declared = {name: document.resolve(h) or {} for name, h in (response.get("headers") or {}).items()}
        headers = {
            name: str(document.example_of(h.get("schema")) if h.get("schema") else "x")
            for name, h in declared.items()
        }
        content = response.get("content") or {}
        if not content:
            yield status, headers, b"", "application/json"
        for media_type, media in content.items():
            media = document.resolve(media) or {}
            if "json" not in media_type:
                yield status, headers, b"\0", media_type
                yield status, headers, b"", media_type
                continue
            value = document.example_of(media.get("schema"))
            yield status, headers, json.dumps(value).encode(), media_type
            yield status, headers, b"", media_type
            yield status, headers, json.dumps(value).encode(), "text/html"
            yield 418, headers, json.dumps(value).encode(), media_type
            for broken in mutations(document, media.get("schema"), copy.deepcopy(value)):
                yield status, headers, json.dumps(broken).encode(), media_type
            for name in declared:
                yield (
                    status,
                    {**headers, name: "not a number, and quite long"},
                    json.dumps(value).encode(),
                    media_type,
                )


def test_fast_response_check_agrees_with_openapi_core() -> None:
    fake = FakeVimmerse()
    document, validator = fake.document, Validator(fake.document.path)
    verdicts = {True: 0, False: 0}
    disagreements = []
    for op in document.operations:
        request = RequestParts(op.method, op.path)
        for status, headers, body, content_type in _cases(document, op):
            fast = validator.response_valid_fast(request, status, headers, body, content_type)
            core = validator.core_response_errors(request, status, headers, body, content_type)
            verdicts[not core] += 1
            if fast != (not core):
                disagreements.append((op.operation_id, status, content_type, body[:200], headers, core))
    fake.close()
    assert not disagreements, disagreements[:5]
    # The corpus exercises both verdicts broadly (a check that only ever says one thing is no check).
    assert verdicts[True] >= 500 and verdicts[False] >= 1500, verdicts


@pytest.mark.parametrize("status", [200, 404])
def test_an_invalid_answer_reports_openapi_cores_errors(status: int) -> None:
    """Past the fast check, the error list is openapi-core's own."""
    fake = FakeVimmerse()
    validator = fake.validator
    request = RequestParts("GET", "/media/{media_id}")
    body = json.dumps({"data": {"id": 5}} if status == 200 else {"message": 5}).encode()
    errors = validator.check_response(request, status, {}, body, "application/json")
    assert errors == validator.core_response_errors(request, status, {}, body, "application/json")
    assert errors and any("5 is not of type 'string'" in e for e in errors), errors
    fake.close()
