"""Vimmerse video API: typed client, errors and CLI on top of the generated ``vimmerse_openapi`` package.

from vimmerse import Vimmerse
with Vimmerse() as client:                      # key from $VIMMERSE_API_KEY
    media = client.media.create(prompt="a red fox in snow", duration=5, wait=True)
    client.media.download(media.id, "fox.mp4")
"""

# ruff: noqa: E402 -- httpx's CLI is deferred before anything below imports httpx.

__version__ = "0.1.0"

from ._httpx_internals import keep_cli_unimported as _keep_httpx_cli_unimported

_keep_httpx_cli_unimported()

from . import errors, types, webhooks
from ._async.client import AsyncVimmerse
from ._client import DEFAULT_BASE_URL, DEFAULT_MAX_CONCURRENCY, DEFAULT_TIMEOUT
from ._fanout import JobOutcome
from ._retry import RetryPolicy
from ._sync.client import Vimmerse
from ._wait import PollPolicy, next_interval
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    DownloadError,
    InsufficientCreditsError,
    InternalServerError,
    InvalidParameterError,
    JobCancelledError,
    JobError,
    JobFailedError,
    NotFoundError,
    PayloadTooLargeError,
    RateLimitError,
    UnprocessableEntityError,
    VimmerseError,
    WaitAllError,
    WaitTimeoutError,
    WebhookParseError,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncVimmerse",
    "AuthenticationError",
    "BadRequestError",
    "DownloadError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidParameterError",
    "JobCancelledError",
    "JobError",
    "JobFailedError",
    "JobOutcome",
    "NotFoundError",
    "PayloadTooLargeError",
    "PollPolicy",
    "RateLimitError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "Vimmerse",
    "VimmerseError",
    "WaitAllError",
    "WaitTimeoutError",
    "WebhookParseError",
    "__version__",
    "errors",
    "next_interval",
    "types",
    "webhooks",
]
