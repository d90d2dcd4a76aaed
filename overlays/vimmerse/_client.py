"""What ``Vimmerse`` and ``AsyncVimmerse`` share: configuration from arguments and the environment,
default headers, and a ``repr`` that never shows the key."""

from __future__ import annotations

import os
from typing import Any

import httpx

from vimmerse_openapi.sdk.spec import API_VERSION

from . import __version__
from ._httpx_internals import pool_size
from .errors import VimmerseError

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ClientMixin",
    "config",
    "default_concurrency",
    "default_headers",
]

DEFAULT_BASE_URL = "https://api.vimmerse.net"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
#: The pool size of an ``httpx.Client()`` made with default limits (httpx's DEFAULT_LIMITS): the
#: client's bound on requests in flight when the pool's own cannot be read.
DEFAULT_MAX_CONCURRENCY = 100


def config(api_key: str | None, base_url: str | None) -> tuple[str, str]:
    key = api_key if api_key is not None else os.environ.get("VIMMERSE_API_KEY")
    # Keys read from a file or a shell often end in a newline. Sent as is, h11 refuses the
    # header with "Illegal header value b'<key>\\n'" -- the key, escaped so scrubbing misses
    # it, in the exception -- and a paid call would wrongly report a possible charge.
    key = key.strip() if key else key
    if not key:
        raise VimmerseError("no API key: pass api_key=... or set the VIMMERSE_API_KEY environment variable")
    if not all("!" <= ch <= "~" for ch in key):
        # The key itself is never shown: the message may end up in logs.
        raise VimmerseError(
            "the API key contains spaces, control or non-ASCII characters; copy it again from your"
            " Vimmerse account"
        )
    url = base_url or os.environ.get("VIMMERSE_BASE_URL") or DEFAULT_BASE_URL
    if not url.startswith(("http://", "https://")):
        raise VimmerseError(f"base_url must start with http:// or https://, got {url!r}")
    return key, url.rstrip("/")


def default_concurrency(http: httpx.Client | httpx.AsyncClient) -> int:
    """The pool's ``max_connections``: as many requests in flight as the pool has connections.

    httpx's default (100) for other transports (mocks, the fake's), unbounded pools, and when the
    pool cannot be read (``_httpx_internals.pool_size``).
    """
    size = pool_size(http)
    return DEFAULT_MAX_CONCURRENCY if size is None else size


def default_headers() -> dict[str, str]:
    # The document's version beside the package's: a service log line tells which contract a
    # client was built from (the package can be newer than the document it carries).
    return {"User-Agent": f"vimmerse-python/{__version__} (api {API_VERSION})", "Accept": "application/json"}


class ClientMixin:
    _core: Any

    @property
    def base_url(self) -> str:
        return str(self._core.base_url).rstrip("/")

    @property
    def max_retries(self) -> int:
        return int(self._core.max_retries)

    @property
    def max_concurrency(self) -> int:
        """The bound on API requests in flight (shared by ``with_options`` copies)."""
        return int(self._core.gate.limit)

    def __repr__(self) -> str:
        # Never the key, not even a prefix: reprs end up in logs and bug reports.
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key='[REDACTED]')"

    __str__ = __repr__
