"""Exceptions raised by the Vimmerse client.

Hierarchy (catch the narrowest that fits)::

    VimmerseError
    ├── APIError                    the API answered with an error status
    │   ├── BadRequestError         400
    │   ├── AuthenticationError     401
    │   ├── InsufficientCreditsError 402 (nothing was created or charged)
    │   ├── NotFoundError           404
    │   ├── PayloadTooLargeError    413
    │   ├── UnprocessableEntityError 422 (``.detail`` lists the fields)
    │   ├── RateLimitError          429 (``.retry_after`` seconds)
    │   └── InternalServerError     5xx
    ├── APIConnectionError          no usable answer (connection refused, dropped)
    │   └── APITimeoutError         no answer in time
    ├── InvalidParameterError       (also a ValueError) rejected before any request
    ├── JobError                    a job ended badly while waiting
    │   ├── JobFailedError, JobCancelledError, WaitTimeoutError
    ├── WaitAllError                (also an ExceptionGroup) some jobs of ``wait_all`` did not succeed
    ├── DownloadError               a download could not be completed
    └── WebhookParseError           (also a ValueError) a webhook body is malformed

``may_have_created_job`` is True on the errors of a credit-spending call that may have
reached the service (a read timeout, a dropped connection after sending, a 5xx): the
job may exist and retrying blindly could pay twice, so the client does not retry and
the message says how to check.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "DownloadError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidParameterError",
    "JobCancelledError",
    "JobError",
    "JobFailedError",
    "NotFoundError",
    "PayloadTooLargeError",
    "RateLimitError",
    "UnprocessableEntityError",
    "VimmerseError",
    "WaitAllError",
    "WaitTimeoutError",
    "WebhookParseError",
]


class VimmerseError(Exception):
    """Base of every error this package raises."""


class APIError(VimmerseError):
    """The API answered with a non-2xx status.

    ``message`` is the service's error code or text (e.g. ``INSUFFICIENT_CREDIT``),
    ``body`` the decoded JSON body (or text) with any echo of the API key removed.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any = None,
        may_have_created_job: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body
        self.may_have_created_job = may_have_created_job

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(APIError):
    """400: the request is well-formed but cannot be carried out."""


class AuthenticationError(APIError):
    """401: the API key is missing or unknown."""


class InsufficientCreditsError(APIError):
    """402: the balance does not cover the job; nothing was created or charged."""


class NotFoundError(APIError):
    """404: no such object for this API key."""


class PayloadTooLargeError(APIError):
    """413: the upload is larger than the service accepts."""


class UnprocessableEntityError(APIError):
    """422: a parameter is missing, of the wrong type or out of range.

    ``detail`` is the service's list of ``{"loc": [...], "msg": ..., "type": ...}``.
    """

    def __init__(
        self, message: str, *, status_code: int, body: Any = None, detail: Sequence[Any] = ()
    ) -> None:
        super().__init__(message, status_code=status_code, body=body)
        self.detail: list[Any] = list(detail)


class RateLimitError(APIError):
    """429: too many requests; ``retry_after`` is the server's hint in seconds (or None)."""

    def __init__(
        self, message: str, *, status_code: int, body: Any = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, status_code=status_code, body=body)
        self.retry_after = retry_after


class InternalServerError(APIError):
    """5xx: the service failed. For a paid call the job may still have been created."""


class APIConnectionError(VimmerseError):
    """No usable response: connection refused, reset or dropped mid-response."""

    def __init__(self, message: str, *, may_have_created_job: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.may_have_created_job = may_have_created_job


class APITimeoutError(APIConnectionError):
    """The service did not answer in time."""


class InvalidParameterError(VimmerseError, ValueError):
    """A parameter was rejected by the client before any request was sent.

    ``field`` names it (dotted for nested JSON fields, e.g. ``audio_option.narrator``),
    ``value`` is what was given and ``allowed`` describes what is accepted
    (a list of values, or a text such as ``"1..4"``).
    """

    def __init__(self, field: str, value: Any, allowed: Any, reason: str | None = None) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        shown = allowed if isinstance(allowed, str) else ", ".join(repr(a) for a in allowed)
        text = reason or "invalid value"
        given = repr(value)
        if len(given) > 100:  # a 5,000-character prompt would bury the message
            size = f" ({len(value)} characters)" if isinstance(value, str) else ""
            given = given[:80] + "..." + size
        super().__init__(f"{field}: {text}: got {given}; allowed: {shown}")


class JobError(VimmerseError):
    """A job did not end in success while waiting for it."""

    def __init__(self, message: str, *, job_id: str, status: str | None, job: Any = None) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.status = status
        self.job = job


class JobFailedError(JobError):
    """The job ended with status ``fail``."""


class JobCancelledError(JobError):
    """The job ended with status ``cancel``."""


class WaitTimeoutError(JobError):
    """The job was still running when the wait's deadline passed (it keeps running)."""


class WaitAllError(ExceptionGroup[VimmerseError], VimmerseError):
    """Some jobs of ``wait_all`` did not succeed; raised only once every job has ended.

    ``exceptions``: each failed job's error (``JobError``, or the ``APIError`` that ended its
    polling), in the order of the ids given; ``results``: every job's result in that order, None
    where it did not succeed. ``except* JobFailedError`` works as for any exception group.
    """

    results: list[Any]

    def __new__(
        cls, message: str, exceptions: Sequence[VimmerseError], *, results: list[Any]
    ) -> WaitAllError:
        self = super().__new__(cls, message, exceptions)
        self.results = results
        return self

    def __init__(self, message: str, exceptions: Sequence[VimmerseError], *, results: list[Any]) -> None:
        super().__init__(message, exceptions)

    # The base is generic over any exception type; split()/subgroup() only ever pass parts of ours.
    def derive(self, excs: Sequence[VimmerseError], /) -> WaitAllError:  # type: ignore[override]
        # split()/subgroup() (and except*) keep the results with each part.
        return WaitAllError(self.message, excs, results=self.results)


class DownloadError(VimmerseError):
    """The file could not be downloaded completely; no file was left at the target path."""


class WebhookParseError(VimmerseError, ValueError):
    """A webhook body is not a valid Media/Story webhook payload; the message says why."""
