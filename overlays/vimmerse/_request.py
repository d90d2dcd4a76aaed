"""Everything about a call that does no I/O, shared by the sync and async cores.

A call is an ``Operation`` (generated from openapi.yaml: method, path, parameter and body rules,
credits, job, response model) and the caller's arguments. ``Planner.prepare`` checks the
arguments against the rules and encodes them as the document says (multipart, form or JSON,
through the generated request models); ``Planner`` also holds the decisions around sending:
which headers go to which origin, what may be retried, how a status becomes an exception, how an
answer becomes the object the user gets, and scrubbing the key out of anything shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any
from urllib.parse import quote

import httpx

from vimmerse_openapi.sdk.operations import JOBS
from vimmerse_openapi.sdk.spec import API_KEY_HEADER, API_KEY_PREFIX, Job, Operation

from . import _json, errors
from ._httpx_internals import url_joiner
from ._inputs import Uploads, normalize, normalize_fields
from ._retry import (
    MethodKind,
    RetryPolicy,
    TransportFailure,
    backoff,
    classify_exception,
    parse_retry_after,
    should_retry,
)

__all__ = ["Planner", "Prepared", "origin", "status_error"]

log = logging.getLogger("vimmerse")

REDACTED = "[REDACTED]"
UPLOAD_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=300.0, pool=10.0)
_KEY_HEADER_LOWER = API_KEY_HEADER.lower()
_BODY_SHOWN = 2000


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and effective port: what must match before the API key may be sent."""
    default = {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, url.port or default)


@dataclass
class Prepared:
    """One call, checked and encoded, ready to send (and to send again)."""

    op: Operation
    kwargs: dict[str, Any]
    kind: MethodKind
    given: Mapping[str, Any]
    path_values: Mapping[str, str]
    uploads: Uploads = field(default_factory=Uploads)

    @property
    def hint(self) -> str:
        """What to check before repeating this call if its outcome is unknown."""
        return _hint(self.op, self.given, self.path_values)

    def positions(self) -> list[int]:
        return [s.tell() for s in self.uploads.streams]

    @property
    def repeatable(self) -> bool:
        """False when an upload comes from a stream that cannot be rewound (a pipe): sent once."""
        return not self.uploads.once

    def rewind(self, positions: list[int]) -> None:
        for stream, pos in zip(self.uploads.streams, positions, strict=True):
            stream.seek(pos)

    def __enter__(self) -> Prepared:
        return self

    def __exit__(self, *exc: object) -> None:
        self.uploads.stack.close()


#: Shared by every call without a body: nothing is opened, nothing to close or rewind.
_NO_UPLOADS = Uploads()


def _hint(op: Operation, given: Mapping[str, Any], path_values: Mapping[str, str]) -> str:
    """What to check before repeating a paid call whose outcome is unknown."""
    if path_values:
        value = next(iter(path_values.values()))
        reader = next((j.poll.name for j in JOBS.values() if j.poll.tag == op.tag), "get")
        return f"Check with client.{op.tag}.{reader}({value!r}) before running it again."
    title = given.get("title") or given.get("idea") or given.get("prompt")
    return (
        f"Its id is unknown: look for a new {op.tag}"
        + (f" for {str(title)[:60]!r}" if title else "")
        + " in your Vimmerse account"
        + (" or wait for the notification to webhook_url" if given.get("webhook_url") else "")
        + " before creating it again."
    )


class Planner:
    """The I/O-free half of a client: configuration, encoding, decisions, errors."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        max_retries: int,
        retry: RetryPolicy,
        default_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        self.api_key = api_key
        #: Replaces the HTTP client's timeout on every call (``with_options(timeout=...)``).
        self.timeout = timeout
        #: Headers every call adds (``with_options(default_headers=...)``); the client's own
        #: (User-Agent, Accept) are the httpx client's.
        self.default_headers = dict(default_headers or {})
        self.base_url = httpx.URL(base_url.rstrip("/") + "/")
        self._base_str = str(self.base_url)
        self._base_origin = origin(self.base_url)
        self._join = url_joiner(self.base_url)
        self._key_header = {API_KEY_HEADER: f"{API_KEY_PREFIX} {api_key}" if API_KEY_PREFIX else api_key}
        self.max_retries = max_retries
        self.retry = retry
        #: Download bodies from key-less hosts with ``_stdlib_download`` (set by clients that own their
        #: httpx client and were given no transport: a caller's transport sees every request).
        self.stdlib_downloads = False

    # -- building -----------------------------------------------------------------
    def url_for(self, path: str) -> httpx.URL:
        """The URL of an operation's path (relative to the base, parameters already quoted)."""
        path = path.lstrip("/")
        if self._join is not None:
            return self._join(path)
        return httpx.URL(self._base_str + path)

    def auth_headers(self, url: httpx.URL) -> dict[str, str]:
        """The API key only for the API origin (never for a file host or redirect target)."""
        return self._key_header if origin(url) == self._base_origin else {}

    def prepare(
        self,
        op: Operation,
        params: Mapping[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Prepared:
        """Check ``params`` against ``op``'s rules and encode them; raises InvalidParameterError.

        ``extra_headers`` are added to the client's (the API key header always wins: a caller's
        copy of it is not sent to another origin, nor can it replace the key); ``timeout``
        replaces the client's for this call.
        """
        path = op.path
        path_values: dict[str, str] = {}
        for name, rule in op.path_params.items():
            value = normalize(rule, params.get(name), name)
            path_values[name] = value
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        query = {
            name: normalize(rule, params[name], name)
            for name, rule in op.query.items()
            if params.get(name) is not None
        }
        # Operation paths are relative: the URL is the API's origin, which gets the key.
        kwargs: dict[str, Any] = {"method": op.method, "url": self.url_for(path), "follow_redirects": False}
        if query:
            # Hot path: an empty ``params`` still makes httpx re-parse and re-encode the URL.
            kwargs["params"] = query
        if self.default_headers or extra_headers:
            headers = {
                name: value
                for name, value in {**self.default_headers, **(extra_headers or {})}.items()
                if name.lower() != _KEY_HEADER_LOWER
            }
            headers.update(self._key_header)
        else:
            headers = self._key_header
        kind = MethodKind.PAID if op.credits == "charged" else MethodKind.SAFE
        uploads = _NO_UPLOADS if op.body is None else Uploads()
        given: dict[str, Any] = {}
        if op.body is not None:
            try:
                given = {k: params.get(k) for k in (op.body.fields or {})}
                fields = normalize_fields(op.body, given, uploads)
                assert op.body.model is not None
                model = op.body.model.from_dict(fields)
                if op.encoding == "multipart":
                    kwargs["files"] = model.to_multipart()
                elif op.encoding == "form":
                    kwargs["data"] = model.to_dict()
                else:
                    kwargs["json"] = model.to_dict()
            except BaseException:
                uploads.stack.close()
                raise
            if op.credits == "per-field" and set(fields) & set(op.body.charged_fields):
                kind = MethodKind.PAID
            if uploads.streams or uploads.once:
                kwargs["timeout"] = UPLOAD_TIMEOUT
        if timeout is not None or self.timeout is not None:
            kwargs["timeout"] = timeout if timeout is not None else self.timeout
        kwargs["headers"] = headers
        return Prepared(
            op=op, kwargs=kwargs, kind=kind, given=given, path_values=path_values, uploads=uploads
        )

    # -- scrubbing ----------------------------------------------------------------
    def scrub(self, value: Any) -> Any:
        """Remove any echo of the API key from text or decoded JSON (error bodies, messages)."""
        key = self.api_key
        if not key:
            return value
        if isinstance(value, str):
            return value.replace(key, REDACTED)
        if isinstance(value, bytes):
            return value.replace(key.encode(), REDACTED.encode())
        if isinstance(value, dict):
            return {self.scrub(k): self.scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.scrub(v) for v in value]
        return value

    def shown_text(self, text: str) -> str:
        """A body's text for an exception: scrubbed first, then cut (a key across the cut stays hidden)."""
        return str(self.scrub(text))[:_BODY_SHOWN]

    # -- deciding -----------------------------------------------------------------
    def retry_delay(
        self, kind: MethodKind, attempt: int, outcome: int | TransportFailure, retry_after: float | None
    ) -> float | None:
        """Seconds to sleep before retrying, or None to give up now."""
        if attempt > self.max_retries or not should_retry(
            kind, outcome, paid_429=self.retry.retry_paid_on_429
        ):
            return None
        return backoff(attempt, retry_after, self.retry)

    def log_response(self, method: str, url: httpx.URL, status: int) -> None:
        if log.isEnabledFor(logging.DEBUG):  # scrubbing the URL is not free; most calls log nothing
            log.debug("%s %s -> %s", method, self.scrub(str(url)), status)

    # -- outcomes -----------------------------------------------------------------
    @staticmethod
    def maybe_charged_note(call: Prepared) -> str:
        """What an error about a paid call adds when the request may have created and charged a job."""
        return (
            " The request may have reached the service, so a job may have been created and"
            " charged; it was not retried to avoid paying twice. " + call.hint
        )

    def transport_error(self, exc: httpx.RequestError, call: Prepared) -> errors.APIConnectionError:
        failure = classify_exception(exc)
        doubt = call.kind is MethodKind.PAID and failure is TransportFailure.MAYBE_RECEIVED
        what = f"{type(exc).__name__}: {self.scrub(str(exc)) or 'no detail'}"
        message = f"{call.op.method} {call.kwargs['url']} failed ({what})."
        if doubt:
            message += self.maybe_charged_note(call)
        cls = errors.APIConnectionError
        if isinstance(exc, httpx.TimeoutException):
            cls = errors.APITimeoutError
        return cls(message, may_have_created_job=doubt)

    def unreadable(self, call: Prepared, response: httpx.Response, why: str) -> errors.APIError:
        # A 2xx to a paid call means the service accepted it: the job exists and is charged
        # even though its body is unreadable, so the caller must not simply create it again.
        paid = call.kind is MethodKind.PAID
        return errors.APIError(
            f"unexpected {response.status_code} response body ({self.scrub(why)})."
            + (
                " The service accepted the request, so the job was probably created and charged. " + call.hint
                if paid
                else ""
            ),
            status_code=response.status_code,
            body=self.shown_text(body_text(response)),
            may_have_created_job=paid,
        )

    def parse_success(self, call: Prepared, response: httpx.Response) -> Any:
        """The object the user gets: the generated model of the answer, unwrapped from its envelope.

        Returns None when the envelope is absent, null or empty (``{}`` or ``{"data": {}}``): the
        caller reads the object again.
        """
        op = call.op
        if op.response is None:
            return None
        try:
            data = _json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            raise self.unreadable(call, response, f"not JSON: {type(exc).__name__}") from None
        if not isinstance(data, dict):
            raise self.unreadable(call, response, f"a JSON {type(data).__name__}, not an object")
        if op.envelope is not None and data.get(op.envelope) in (None, {}):
            return None  # an envelope absent, null or empty: ``call`` reads the object again
        try:
            parsed = op.response.from_dict(data)
        except ValueError as exc:
            raise self.unreadable(call, response, str(exc)) from None
        except RecursionError:
            raise self.unreadable(call, response, "nested too deeply") from None
        if op.envelope is None:
            return parsed
        return getattr(parsed, op.envelope)

    def status_error(self, call: Prepared, response: httpx.Response) -> errors.APIError:
        return status_error(
            response,
            scrub=self.scrub,
            paid=call.kind is MethodKind.PAID,
            maybe_charged_note=self.maybe_charged_note(call),
        )

    # -- jobs ---------------------------------------------------------------------
    @staticmethod
    def job_of(op: Operation) -> Job | None:
        return JOBS.get(op.job) if op.job else None

    @staticmethod
    def job_id(job: Job, obj: Any) -> str:
        """The id of the job ``obj`` (an answer just unwrapped) describes."""
        value = getattr(obj, job.id.rsplit(".", 1)[-1], None)
        if not isinstance(value, str) or not value:
            raise errors.APIError(
                # Only asked of the answer to a job-creating call: the job was accepted.
                f"the service returned a {job.kind} without an id, so it cannot be waited for; the job was"
                " probably created and charged: check your account before creating it again",
                status_code=200,
                body=getattr(obj, "raw", None),
                may_have_created_job=True,
            )
        return value

    @staticmethod
    def reread_op(op: Operation) -> Operation | None:
        """The operation that reads the object again when an answer's envelope is empty: the one
        reading the same object (same path parameters) into the same type."""
        for job in JOBS.values():
            if (
                job.result.tag == op.tag
                and set(job.result.path_params) == set(op.path_params)
                and op.path_params
                and job.result.response is op.response
            ):
                return job.result
        return None

    @staticmethod
    def status_and_progress(job: Job, obj: Any) -> tuple[str | None, float | None]:
        """(status text, progress percent) of a polled object."""
        status = getattr(obj, job.status, None)
        text = str(status.value) if isinstance(status, Enum) else status if isinstance(status, str) else None
        progress = getattr(obj, job.progress, None) if job.progress else None
        return text, float(progress) if isinstance(progress, int | float) else None


_STATUS_CLASSES: dict[int, type[errors.APIError]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    402: errors.InsufficientCreditsError,
    404: errors.NotFoundError,
    413: errors.PayloadTooLargeError,
    422: errors.UnprocessableEntityError,
    429: errors.RateLimitError,
}


def status_error(
    response: httpx.Response,
    *,
    scrub: Callable[[Any], Any] = lambda v: v,
    paid: bool = False,
    maybe_charged_note: str = "",
) -> errors.APIError:
    """The exception for a non-2xx response (needs the body read)."""
    status = response.status_code
    try:
        body: Any = scrub(response.json())
    except (ValueError, RecursionError):
        body = str(scrub(body_text(response)))[:_BODY_SHOWN]
    message = ""
    if isinstance(body, dict):
        raw = body.get("message") or body.get("detail") or body.get("error")
        if isinstance(raw, str):
            message = _short(raw)  # the whole body stays in ``.body``
    if not message:
        message = response.reason_phrase or f"HTTP {status}"
    message = f"{status} {message}"
    if status == 422:
        detail = body.get("detail") if isinstance(body, dict) else None
        items = detail if isinstance(detail, list) else []
        described = _short("; ".join(_detail_text(d) for d in items[:20] if isinstance(d, dict)), 1000)
        return errors.UnprocessableEntityError(
            f"{status} validation failed: {described or message}", status_code=status, body=body, detail=items
        )
    if status == 429:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        hint = f" (retry after {retry_after:g} s)" if retry_after is not None else ""
        return errors.RateLimitError(message + hint, status_code=status, body=body, retry_after=retry_after)
    if status >= 500:
        return errors.InternalServerError(
            message + (maybe_charged_note if paid else ""),
            status_code=status,
            body=body,
            may_have_created_job=paid,
        )
    cls = _STATUS_CLASSES.get(status, errors.APIError)
    return cls(message, status_code=status, body=body)


def body_text(response: httpx.Response) -> str:
    """A body as text for an exception, whatever its declared charset: a ``utf-16`` body without
    its byte-order mark makes ``response.text`` raise, even though it decodes with replacement."""
    try:
        return response.text
    except ValueError:  # UnicodeError and its kin
        return response.content.decode("utf-8", "replace")


def _detail_text(item: Mapping[str, Any]) -> str:
    """``loc.path: msg`` of one item of a 422's ``detail``, whatever shapes the server sent."""
    loc = item.get("loc")
    parts = loc if isinstance(loc, list) else [] if loc is None else [loc]
    return f"{'.'.join(_short(p) for p in parts)}: {_short(item.get('msg', ''))}"


def _short(value: Any, limit: int = 200) -> str:
    """A value of an error body as text for a message: cut, and never failing to be written."""
    try:
        text = value if isinstance(value, str) else str(value)
    except (ValueError, RecursionError):  # too many digits to write; nested too deeply
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[:limit] + "..."
