"""The API's request pipeline, the same for every operation of openapi.yaml:

route (``routing``: 404/405 as JSON) -> count and fault injection (``injected``) -> API key
(401) -> rate limit (``ratelimit``: 429) -> body size (413) -> request validation by
openapi-core (422; form bodies by ``forms``) -> the request schema's ``x-vimmerse-require-any``
and ``x-vimmerse-require-when`` (400) -> the operation's domain handler (``handlers``), or, for
an operation without one, the 2xx example the document gives (``Document.example_response``)
-> the answer serialized and checked against the document (``answers``).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .answers import Answer, Answers
from .asgi import http_app
from .billing import Billing
from .detail import error
from .document import Document, Operation
from .errors import HTTPError, ValidationFailed
from .faults import Faults
from .forms import Form, read_form
from .handlers import Ctx, Handler
from .injected import with_faults
from .jsonbody import decode_json
from .ratelimit import RateLimiter
from .requestlog import RequestLog
from .routing import Router
from .validation import RequestParts, Validator

log = logging.getLogger("vimmerse_fake")


def _non_empty(value: Any) -> bool:
    """Whether a (decoded) body field gives an input: not None, blank text, [] nor {} (the
    JSON-in-form fields are decoded by now, so "[]" there is an empty list)."""
    if isinstance(value, str):
        return bool(value.strip())
    return value not in (None, [], {})


def _check_required_inputs(op: Operation, body: dict[str, Any]) -> None:
    """400 unless the body gives the inputs ``x-vimmerse-require-any`` / ``-when`` ask for."""
    for group in op.require_any:
        if not any(_non_empty(body.get(name)) for name in group):
            raise HTTPError(400, "BAD_REQUEST", reason=f"give at least one of {', '.join(group)}")
    for need in op.require_when:
        for group in need.groups_for(body):
            if not any(_non_empty(body.get(name)) for name in group):
                setting = f"{need.field}={body.get(need.field, need.default)}"
                raise HTTPError(400, "BAD_REQUEST", reason=f"{setting} needs one of {', '.join(group)}")


class ApiApp:
    """The ASGI app of the API origin, built from the document and the domain handlers."""

    #: Answers the requests no operation matched, or None for a 404 (``admin.Admin.answer``).
    admin: Callable[[Request], Awaitable[Response | None]] | None = None

    def __init__(
        self,
        document: Document,
        validator: Validator,
        handlers: dict[str, Handler],
        *,
        answers: Answers,
        billing: Billing,
        faults: Faults,
        rate_limiter: RateLimiter,
        requests: RequestLog,
        max_upload_bytes: int,
    ) -> None:
        self.document = document
        self.router = Router(document.operations)
        unknown = sorted(set(handlers) - set(document.by_id))
        if unknown:
            log.warning("%s: no such operations, their handlers are unused: %s", document.path, unknown)
        self.handlers = handlers
        self._validator = validator
        self._answers = answers
        self._billing = billing
        self._faults = faults
        self._rate_limiter = rate_limiter
        self._requests = requests
        self._max_upload_bytes = max_upload_bytes
        self._asgi = http_app(self.dispatch)

    def unhandled(self) -> list[str]:
        """operationIds the fake answers with the document's example (no domain handler)."""
        return [op.operation_id for op in self.document.operations if op.operation_id not in self.handlers]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._asgi(scope, receive, send)

    # ------------------------------------------------------------------ pipeline
    async def dispatch(self, request: Request) -> Response:
        raw_path = request.scope.get("raw_path") or quote(request.scope["path"]).encode()
        match = self.router.match(raw_path, request.method)
        if match is None:
            extra = await self.admin(request) if self.admin is not None else None
            return extra or self._answers.render(Answer(404, {"message": "NOT_FOUND"}))
        if match.operation is None:
            allow = {"Allow": ", ".join(match.allowed)}
            return self._answers.render(Answer(405, {"message": "METHOD_NOT_ALLOWED"}, allow))
        op, params = match.operation, match.params
        self._requests.count(request.scope["path"])  # request.url.path, without building the URL

        async def carry_out() -> Response:
            try:
                result = await self._process(request, op, params)
            except HTTPError as exc:
                extra = dict(exc.extra)
                headers = extra.pop("headers", None)
                result = Answer(exc.status, {"message": exc.message, **extra}, headers)
            except ValidationFailed as exc:
                result = Answer(422, {"detail": exc.detail})
            response = self._answers.render(result) if isinstance(result, Answer) else result
            self._answers.check(request, op, response)
            return self._answers.as_written(op, response)

        result = await with_faults(self._faults, request, carry_out)
        return self._answers.render(result) if isinstance(result, Answer) else result

    async def _process(self, request: Request, op: Operation, params: dict[str, str]) -> Answer | Response:
        key = request.headers.get("x-api-key", "")
        if not self._billing.knows(key):
            raise HTTPError(401, "UNAUTHORIZED")
        self._rate_limiter.take(key)
        raw = await self._read_body(request)
        query = dict(request.query_params)
        base_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        is_json = op.media_type == "application/json"
        detail: list[dict[str, Any]] = []
        json_body = None
        if is_json and raw.strip():
            if base_type and base_type != "application/json":
                raise ValidationFailed([error(["body"], "Expected an application/json body", "content_type")])
            try:
                decode_json(raw)  # UTF-8 only, bounded nesting: openapi-core would accept UTF-16 and recurse
                json_body = raw
            except ValueError as exc:
                detail.append(error(["body"], str(exc), "json_invalid"))
        found, parsed = self._validator.check_request(
            RequestParts(
                op.method, op.path, params, query, dict(request.headers), json_body, is_json and not detail
            )
        )
        detail += found
        ctx = Ctx(request, op, key, params, query, self._billing)
        if json_body is not None:
            if parsed is None and not detail:
                detail.append(error(["body"], "Input should be a valid JSON object", "json_invalid"))
            ctx.body = dict(parsed) if isinstance(parsed, dict) else {}
        elif op.is_form:
            form: Form = await read_form(self._validator, request, raw, base_type, op, self._max_upload_bytes)
            detail += form.detail
            ctx.body, ctx.uploads, ctx.upload_types = form.body, form.uploads, form.upload_types
        if detail:
            raise ValidationFailed(detail)
        _check_required_inputs(op, ctx.body)
        handler = self.handlers.get(op.operation_id, self._answer_example)
        return await handler(ctx)

    async def _answer_example(self, ctx: Ctx) -> Answer | Response:
        """An operation without a domain handler answers the document's own example."""
        example = self.document.example_response(ctx.op)
        if example.media_type is None:
            return Response(status_code=example.status)
        if example.media_type.endswith("json"):
            return Answer(example.status, example.body, media_type=example.media_type)
        body = example.body if isinstance(example.body, bytes) else str(example.body or "").encode()
        return Response(body, status_code=example.status, media_type=example.media_type)

    async def _read_body(self, request: Request) -> bytes:
        limit = self._max_upload_bytes
        declared = request.headers.get("content-length")
        if declared is None and "transfer-encoding" not in request.headers:
            return b""  # HTTP/1.1: a request with neither header has no body (RFC 9112, 6.3)
        if declared and declared.isdigit() and int(declared) > limit:
            raise HTTPError(413, "PAYLOAD_TOO_LARGE", limit_bytes=limit)
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise HTTPError(413, "PAYLOAD_TOO_LARGE", limit_bytes=limit)
            chunks.append(chunk)
        return b"".join(chunks)
