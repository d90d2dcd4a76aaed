"""The one place an API answer leaves the fake.

Domain handlers return an :class:`Answer` (status, JSON-able body, headers) and the pipeline
turns it into bytes here (:meth:`Answers.render`), checks every response of a documented
operation against openapi.yaml (:meth:`Answers.check`), and then writes the fields the document
marks ``x-vimmerse-wire`` as the service does (:meth:`Answers.as_written`, see ``wire``) unless
``FakeConfig.wire`` is ``"document"``. The check comes first: the fake's own answers are held to
the declared types, and the service's forms are the document's stated deviations from them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from .document import Operation
from .errors import ResponseValidationFailed
from .validation import RequestParts, Validator
from .wire import Writer

log = logging.getLogger("vimmerse_fake")


@dataclass(frozen=True)
class Answer:
    """A JSON answer of the API, as data (``{"message": ...}`` for errors)."""

    status: int
    body: Any
    headers: Mapping[str, str] | None = None
    media_type: str = "application/json"


def json_response(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> JSONResponse:
    """A JSON response of the file host (the CDN origin's answers are not in the document)."""
    return JSONResponse(payload, status_code=status, headers=dict(headers) if headers else None)


class Answers:
    """Serializes the API's answers and judges its responses against the document."""

    def __init__(
        self, validator: Validator, document_name: str, strict: bool, writer: Writer, wire: Callable[[], str]
    ) -> None:
        self._validator = validator
        self._document_name = document_name
        #: A response the document does not allow raises (a bug in the fake); False logs it.
        self.strict = strict
        self._writer = writer
        #: ``FakeConfig.wire``, read per answer: a test may switch it on a running fake.
        self._wire = wire

    def render(self, answer: Answer) -> Response:
        return JSONResponse(
            answer.body,
            status_code=answer.status,
            headers=dict(answer.headers) if answer.headers else None,
            media_type=answer.media_type,
        )

    def check(self, request: Request, op: Operation, response: Response) -> None:
        headers = dict(response.headers.items())
        content_type = headers.get("content-type", "application/json").split(";")[0]
        # Streamed file bodies are not buffered for validation: a one-byte stand-in lets
        # openapi-core judge status, headers and media type (the bytes are checked by tests).
        body = b"\0" if isinstance(response, StreamingResponse) else bytes(response.body)
        asked = RequestParts(op.method, op.path, query=dict(request.query_params))
        errors = self._validator.check_response(asked, response.status_code, headers, body, content_type)
        if errors:
            where = f"{request.method} {request.url.path} -> {response.status_code}"
            msg = f"{where}: response violates {self._document_name}: {errors}"
            if self.strict:
                raise ResponseValidationFailed(msg)
            log.error(msg)

    def as_written(self, op: Operation, response: Response) -> Response:
        """A checked JSON answer with its ``x-vimmerse-wire`` fields as the service writes them."""
        if self._wire() != "service" or isinstance(response, StreamingResponse):
            return response
        if "json" not in (response.media_type or ""):
            return response
        body = self._writer.body(op, response.status_code, bytes(response.body))
        if body is response.body:
            return response
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        return Response(
            body, status_code=response.status_code, headers=headers, media_type=response.media_type
        )
