"""The API's request pipeline, the same for every operation of openapi.yaml:

route (``routing``: 404/405 as JSON) -> count and fault injection -> API key (401) -> rate
limit (429) -> body size (413) -> request validation by openapi-core (422) -> the request
schema's ``x-vimmerse-require-any`` (400) -> the operation's domain handler, registered by
``operationId`` with :func:`handles` (or, for a whole kind of job, by the operations' ``x-vimmerse-job``
with :func:`handles_job`), or, for an operation without one, the 2xx example the
document gives (``Document.example_response``) -> response validation against the document
(``FakeConfig.strict_responses``).

Unexpected exceptions answer a JSON 500 (and are re-raised, so servers log them and the
in-process transports raise them in the test that caused them).
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.middleware.errors import ServerErrorMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.types import Message, Receive, Scope, Send

from .document import Operation
from .errors import ConnectionDropped, HTTPError, ResponseValidationFailed, ValidationFailed
from .faults import Fault
from .routing import Router
from .transport import DROP_MESSAGE, IN_PROCESS
from .validation import decode_json, error
from .wire import Writer

if TYPE_CHECKING:
    from .core import FakeVimmerse

log = logging.getLogger("vimmerse_fake")

FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(payload, status_code=status, headers=headers)


@dataclass
class Ctx:
    """One validated request, as a domain handler sees it."""

    request: Request
    op: Operation
    key: str
    path: dict[str, str]
    query: dict[str, str]
    fake: FakeVimmerse = field(repr=False)
    body: dict[str, Any] = field(default_factory=dict)
    uploads: list[tuple[str, str, int]] = field(default_factory=list)  # (field, filename, size)
    #: The declared content type of each uploaded file, in the order of ``uploads``.
    upload_types: list[str] = field(default_factory=list)

    @property
    def charged(self) -> bool:
        """Whether openapi.yaml says this call spends credits (``x-vimmerse-credits``, and for
        ``per-field`` operations the request schema's ``x-vimmerse-charged-fields``)."""
        return self.op.charges(self.body)

    def bill(self, amount: int) -> bool:
        """Take ``amount`` credits (one paid job) when this call is :attr:`charged`; 402 and
        no change when the balance is short. Returns whether it charged."""
        if not self.charged:
            return False
        if not self.fake.store.charge(self.key, amount):
            raise HTTPError(402, "INSUFFICIENT_CREDIT", required=amount)
        return True


Handler = Callable[[Ctx], Awaitable[Response]]
_OPERATION_IDS = "_vimmerse_operation_ids"
_JOB_KINDS = "_vimmerse_job_kinds"


def handles(*operation_ids: str) -> Callable[[Any], Any]:
    """Mark a method as the domain handler of these operations (by ``operationId``)."""

    def mark(func: Any) -> Any:
        setattr(func, _OPERATION_IDS, (*getattr(func, _OPERATION_IDS, ()), *operation_ids))
        return func

    return mark


def handles_job(*kinds: str) -> Callable[[Any], Any]:
    """Mark a method as the domain handler of every operation whose ``x-vimmerse-job`` is one
    of ``kinds`` (e.g. ``asset``): the document, not a hand-kept list, says which operations
    those are, so an operation added to openapi.yaml with that mark is handled without code.
    A :func:`handles` handler for a specific operationId takes precedence."""

    def mark(func: Any) -> Any:
        setattr(func, _JOB_KINDS, (*getattr(func, _JOB_KINDS, ()), *kinds))
        return func

    return mark


def handlers_of(*objects: object, operations: Iterable[Operation] = ()) -> dict[str, Handler]:
    """operationId -> bound handler, for the :func:`handles` methods of ``objects``, and for
    their :func:`handles_job` methods every operation of ``operations`` (the document's) whose
    ``job`` is one of the marked kinds and that has no :func:`handles` handler."""
    found: dict[str, Handler] = {}
    by_job: dict[str, Handler] = {}
    for obj in objects:
        for name in dir(type(obj)):
            attr = getattr(type(obj), name)
            for op_id in getattr(attr, _OPERATION_IDS, ()):
                if op_id in found:
                    raise ValueError(f"two handlers for {op_id}")
                found[op_id] = getattr(obj, name)
            for kind in getattr(attr, _JOB_KINDS, ()):
                if kind in by_job:
                    raise ValueError(f"two handlers for jobs of kind {kind}")
                by_job[kind] = getattr(obj, name)
    for op in operations:
        if op.job in by_job and op.operation_id not in found:
            found[op.operation_id] = by_job[op.job]
    return found


class _DropResponse(Response):
    """Kills the connection. In-process transports turn the exception into
    ``httpx.RemoteProtocolError``; under uvicorn, an exception after the response has
    started makes it close the socket (before start it would send a 500 instead), so we
    start a response promising a body and never send it."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("extensions", {}).get(IN_PROCESS):
            # Starlette's ServerErrorMiddleware would turn a raise here into a 500, so tell
            # our transport directly (a message type only it understands).
            await send({"type": DROP_MESSAGE})
            return
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        raise ConnectionDropped("connection dropped by fault injection")


async def _server_error(request: Request, exc: Exception) -> Response:
    return json_response(500, {"message": "INTERNAL_SERVER_ERROR"})


def _non_empty(value: Any) -> bool:
    """Whether a (decoded) body field gives an input: not None, blank text, [] nor {} (the
    JSON-in-form fields are decoded by now, so "[]" there is an empty list)."""
    if isinstance(value, str):
        return bool(value.strip())
    return value not in (None, [], {})


class ApiApp:
    """The ASGI app of the API origin, built from the fake's document and domain handlers."""

    def __init__(self, fake: FakeVimmerse, handlers: dict[str, Handler]) -> None:
        self.fake = fake
        self.document = fake.document
        self.wire = Writer(self.document)
        self.router = Router(self.document.operations)
        unknown = sorted(set(handlers) - set(self.document.by_id))
        if unknown:
            log.warning("%s: no such operations, their handlers are unused: %s", self.document.path, unknown)
        self.handlers = handlers
        self._buckets: dict[str, tuple[float, float]] = {}
        self._bucket_lock = threading.Lock()
        self._asgi = ServerErrorMiddleware(self._app, handler=_server_error)

    def unhandled(self) -> list[str]:
        """operationIds the fake answers with the document's example (no domain handler)."""
        return [op.operation_id for op in self.document.operations if op.operation_id not in self.handlers]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._asgi(scope, receive, send)

    async def _app(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        response = await self.dispatch(Request(scope, receive))
        if scope["method"] == "HEAD":
            send = _without_body(send)
        await response(scope, receive, send)

    # ------------------------------------------------------------------ pipeline
    async def dispatch(self, request: Request) -> Response:
        raw_path = request.scope.get("raw_path") or quote(request.scope["path"]).encode()
        match = self.router.match(raw_path, request.method)
        if match is None:
            return json_response(404, {"message": "NOT_FOUND"})
        if match.operation is None:
            allow = ", ".join(match.allowed)
            return json_response(405, {"message": "METHOD_NOT_ALLOWED"}, {"Allow": allow})
        return await self._handle(request, match.operation, match.params)

    async def _handle(self, request: Request, op: Operation, params: dict[str, str]) -> Response:
        fake = self.fake
        path, method = request.url.path, request.method
        fake._count(path)
        slow = fake.faults.take("slow", method, path)
        if slow:
            await asyncio.sleep(slow.seconds)
        drop = fake.faults.take("drop", method, path)
        if drop and not drop.after_processing:
            return _DropResponse()
        err = fake.faults.take("error", method, path)
        if err and not err.after_processing:
            return _fault_error(err)
        try:
            response = await self._process(request, op, params)
        except HTTPError as exc:
            extra = dict(exc.extra)
            headers = extra.pop("headers", None)
            response = json_response(exc.status, {"message": exc.message, **extra}, headers)
        except ValidationFailed as exc:
            response = json_response(422, {"detail": exc.detail})
        if drop:
            return _DropResponse()
        if err:
            return _fault_error(err)
        self._check_response(request, op, response)
        if self.fake.config.wire == "service":
            response = self._as_service_writes(op, response)
        return response

    def _as_service_writes(self, op: Operation, response: Response) -> Response:
        """A validated JSON answer with its ``x-vimmerse-wire`` fields as the service writes them."""
        if (
            isinstance(response, StreamingResponse)
            or not response.media_type
            or "json" not in response.media_type
        ):
            return response
        body = self.wire.body(op, response.status_code, bytes(response.body))
        if body is response.body:
            return response
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        return Response(
            body, status_code=response.status_code, headers=headers, media_type=response.media_type
        )

    async def _process(self, request: Request, op: Operation, params: dict[str, str]) -> Response:
        fake = self.fake
        key = request.headers.get("x-api-key", "")
        with fake.store.lock:
            known = key in fake.store.credits
        if not known:
            raise HTTPError(401, "UNAUTHORIZED")
        self._rate_limit(key)
        raw = await self._read_body(request)
        query = dict(request.query_params)
        headers = dict(request.headers)
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
        found, parsed = fake.validator.check_request(
            op.method,
            op.path,
            params,
            query,
            headers,
            json_body,
            "application/json",
            judge_body=is_json and not detail,
        )
        detail += found
        ctx = Ctx(request, op, key, params, query, fake)
        if json_body is not None:
            if parsed is None and not detail:
                detail.append(error(["body"], "Input should be a valid JSON object", "json_invalid"))
            ctx.body = dict(parsed) if isinstance(parsed, dict) else {}
        elif op.media_type in FORM_TYPES:
            form_detail, ctx.body, ctx.uploads, ctx.upload_types = await self._parse_form(
                request, raw, base_type, op
            )
            detail += form_detail
        if detail:
            raise ValidationFailed(detail)
        for group in op.require_any:
            if not any(_non_empty(ctx.body.get(name)) for name in group):
                raise HTTPError(400, "BAD_REQUEST", reason=f"give at least one of {', '.join(group)}")
        for need in op.require_when:
            for group in need.groups_for(ctx.body):
                if not any(_non_empty(ctx.body.get(name)) for name in group):
                    setting = f"{need.field}={ctx.body.get(need.field, need.default)}"
                    reason = f"{setting} needs one of {', '.join(group)}"
                    raise HTTPError(400, "BAD_REQUEST", reason=reason)
        handler = self.handlers.get(op.operation_id, self._answer_example)
        return await handler(ctx)

    async def _answer_example(self, ctx: Ctx) -> Response:
        """An operation without a domain handler answers the document's own example."""
        example = self.document.example_response(ctx.op)
        if example.media_type is None:
            return Response(status_code=example.status)
        if example.media_type.endswith("json"):
            return JSONResponse(example.body, status_code=example.status, media_type=example.media_type)
        body = example.body if isinstance(example.body, bytes) else str(example.body or "").encode()
        return Response(body, status_code=example.status, media_type=example.media_type)

    async def _read_body(self, request: Request) -> bytes:
        limit = self.fake.config.max_upload_bytes
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise HTTPError(413, "PAYLOAD_TOO_LARGE", limit_bytes=limit)
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise HTTPError(413, "PAYLOAD_TOO_LARGE", limit_bytes=limit)
            chunks.append(chunk)
        return b"".join(chunks)

    async def _parse_form(
        self, request: Request, raw: bytes, base_type: str, op: Operation
    ) -> tuple[list[dict[str, Any]], dict[str, Any], list[tuple[str, str, int]], list[str]]:
        validator, media_type, method = self.fake.validator, str(op.media_type), op.method.lower()
        if not raw.strip():
            detail, body = validator.check_form(op.path, method, media_type, [])
            return detail, body, [], []
        if base_type != media_type:
            return [error(["body"], f"Expected a {media_type} body", "content_type")], {}, [], []
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": raw, "more_body": False}

        clone = Request(request.scope, replay)
        try:
            form = await clone.form(
                max_files=100, max_fields=1000, max_part_size=self.fake.config.max_upload_bytes
            )
        except MultiPartException as exc:
            return [error(["body"], f"Malformed form body: {exc.message}", "value_error")], {}, [], []
        except HTTPException as exc:
            # Starlette re-raises a MultiPartException as HTTPException(400) when the request
            # belongs to an app; its default handler would answer text/plain, not our JSON 422.
            return [error(["body"], f"Malformed form body: {exc.detail}", "value_error")], {}, [], []
        items: list[tuple[str, Any]] = []
        uploads, types = [], []
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                uploads.append((name, value.filename or "upload", len(data)))
                types.append(value.content_type or "application/octet-stream")
                items.append((name, data))
            else:
                items.append((name, value))
        await form.close()
        detail, body = validator.check_form(op.path, method, media_type, items)
        if not detail:
            for name in op.json_fields:
                if name in body:
                    field_detail, value = validator.check_json_field(
                        op.path, method, media_type, name, body[name]
                    )
                    detail += field_detail
                    body[name] = value
        return detail, body, uploads, types

    def _rate_limit(self, key: str) -> None:
        rate = self.fake.config.rate_limit
        if not rate:
            return
        clock = self.fake.clock
        now = clock.now() if clock.manual else time.monotonic()
        with self._bucket_lock:
            tokens, last = self._buckets.get(key, (rate, now))
            tokens = min(rate, tokens + (now - last) * rate)
            if tokens < 1:
                self._buckets[key] = (tokens, now)
                retry = max(1, math.ceil((1 - tokens) / rate))
                raise HTTPError(429, "RATE_LIMITED", headers={"Retry-After": str(retry)})
            self._buckets[key] = (tokens - 1, now)

    def _check_response(self, request: Request, op: Operation, response: Response) -> None:
        headers = {k: v for k, v in response.headers.items()}
        content_type = headers.get("content-type", "application/json").split(";")[0]
        # Streamed file bodies are not buffered for validation: a one-byte stand-in lets
        # openapi-core judge status, headers and media type (the bytes are checked by tests).
        body = b"\0" if isinstance(response, StreamingResponse) else bytes(response.body)
        errors = self.fake.validator.check_response(
            op.method, op.path, dict(request.query_params), response.status_code, headers, body, content_type
        )
        if errors:
            where = f"{request.method} {request.url.path} -> {response.status_code}"
            msg = f"{where}: response violates {self.document.path.name}: {errors}"
            if self.fake.config.strict_responses:
                raise ResponseValidationFailed(msg)
            log.error(msg)


def _fault_error(fault: Fault) -> Response:
    messages = {500: "INTERNAL_SERVER_ERROR", 502: "BAD_GATEWAY", 503: "SERVICE_UNAVAILABLE", 504: "TIMEOUT"}
    return json_response(
        fault.status, {"message": messages.get(fault.status, "SERVER_ERROR"), "injected": True}
    )


def _without_body(send: Send) -> Send:
    """HEAD: the status line and headers of the answer, never its body."""

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return wrapped
