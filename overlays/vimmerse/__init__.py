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

from vimmerse_openapi.sdk.spec import API_VERSION

from . import errors, types, webhooks
from ._async.client import AsyncVimmerse
from ._client import DEFAULT_BASE_URL, DEFAULT_MAX_CONCURRENCY, DEFAULT_TIMEOUT
from ._fanout import JobOutcome
from ._retry import RetryPolicy
from ._sync.client import Vimmerse
from ._wait import PollPolicy, next_interval
from .errors import *  # noqa: F403 -- every exception, re-exported (errors.__all__)

__all__ = [
    "API_VERSION",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_TIMEOUT",
    "AsyncVimmerse",
    "JobOutcome",
    "PollPolicy",
    "RetryPolicy",
    "Vimmerse",
    "__version__",
    "errors",
    "next_interval",
    "types",
    "webhooks",
]
__all__ += errors.__all__
