"""Building the exceptions a call raises: from a status, a transport error, or an unreadable answer.

Every message and body is scrubbed of the API key (``_scrub``) before it is put in an exception.
An error about a paid call (``Prepared.paid``) says when the service may have created and charged
a job (``may_have_created_job``), and what to check before sending the call again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from . import errors
from ._prepare import Prepared
from ._retry import TransportFailure, classify_exception, parse_retry_after
from ._scrub import Scrub, no_scrub

__all__ = ["body_text", "maybe_charged_note", "status_error", "transport_error", "unreadable"]

#: The most of a body's text an exception carries.
BODY_SHOWN = 2000

_STATUS_CLASSES: dict[int, type[errors.APIError]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    402: errors.InsufficientCreditsError,
    404: errors.NotFoundError,
    413: errors.PayloadTooLargeError,
    422: errors.UnprocessableEntityError,
    429: errors.RateLimitError,
}


def maybe_charged_note(call: Prepared) -> str:
    """What an error about a paid call adds when the request may have created and charged a job."""
    return (
        " The request may have reached the service, so a job may have been created and"
        " charged; it was not retried to avoid paying twice. " + call.hint
    )


def transport_error(exc: httpx.RequestError, call: Prepared, scrub: Scrub) -> errors.APIConnectionError:
    """The exception for a call that got no answer (or one whose body does not decode)."""
    doubt = call.paid and classify_exception(exc) is TransportFailure.MAYBE_RECEIVED
    what = f"{type(exc).__name__}: {scrub(str(exc)) or 'no detail'}"
    message = f"{call.op.method} {call.url} failed ({what})."
    if doubt:
        message += maybe_charged_note(call)
    cls = errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else errors.APIConnectionError
    return cls(message, may_have_created_job=doubt)


def unreadable(call: Prepared, response: httpx.Response, why: str, scrub: Scrub) -> errors.APIError:
    """The exception for a 2xx answer that is not the object the document describes."""
    # A 2xx to a paid call means the service accepted it: the job exists and is charged
    # even though its body is unreadable, so the caller must not simply create it again.
    accepted = " The service accepted the request, so the job was probably created and charged. "
    return errors.APIError(
        f"unexpected {response.status_code} response body ({scrub(why)})."
        + (accepted + call.hint if call.paid else ""),
        status_code=response.status_code,
        body=str(scrub(body_text(response)))[:BODY_SHOWN],
        may_have_created_job=call.paid,
    )


def status_error(
    response: httpx.Response, call: Prepared | None = None, scrub: Scrub = no_scrub
) -> errors.APIError:
    """The exception for a non-2xx response (needs the body read); ``call`` is None for a download."""
    status = response.status_code
    try:
        body: Any = scrub(response.json())
    except (ValueError, RecursionError):
        body = str(scrub(body_text(response)))[:BODY_SHOWN]
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
        paid = call is not None and call.paid
        return errors.InternalServerError(
            message + (maybe_charged_note(call) if call is not None and paid else ""),
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
