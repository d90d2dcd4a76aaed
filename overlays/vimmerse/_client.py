"""``Vimmerse`` and ``AsyncVimmerse``: configuration, HTTP client ownership, key redaction."""

from __future__ import annotations

import os
from types import TracebackType

import httpx

from . import __version__
from ._base import AsyncCore, SyncCore
from ._retry import RetryPolicy
from ._wait import PollPolicy
from .errors import VimmerseError
from .resources.media import AsyncMediaResource, MediaResource
from .resources.story import AsyncStoryResource, StoryResource

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncVimmerse", "Vimmerse"]

DEFAULT_BASE_URL = "https://api.vimmerse.net"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2


def _config(api_key: str | None, base_url: str | None) -> tuple[str, str]:
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


def _headers() -> dict[str, str]:
    return {"User-Agent": f"vimmerse-python/{__version__}", "Accept": "application/json"}


class _ClientMixin:
    _core: SyncCore | AsyncCore

    @property
    def base_url(self) -> str:
        return str(self._core.base_url).rstrip("/")

    @property
    def max_retries(self) -> int:
        return self._core.max_retries

    def __repr__(self) -> str:
        # Never the key, not even a prefix: reprs end up in logs and bug reports.
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key='[REDACTED]')"

    __str__ = __repr__


class Vimmerse(_ClientMixin):
    """Synchronous client.

    ``api_key`` defaults to ``$VIMMERSE_API_KEY``, ``base_url`` to ``$VIMMERSE_BASE_URL`` or
    https://api.vimmerse.net. Pass ``transport`` (e.g. the fake server's) or a ready
    ``http_client`` (not closed by ``close()``; redirects are handled by this client).
    ``poll`` tunes ``wait``; ``retry`` tunes backoff and injects sleep/randomness.
    """

    _core: SyncCore

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        poll: PollPolicy | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        key, url = _config(api_key, base_url)
        self._owns_http = http_client is None
        http = http_client or httpx.Client(
            transport=transport, timeout=timeout, follow_redirects=False, headers=_headers()
        )
        self._core = SyncCore(
            http, api_key=key, base_url=url, max_retries=max_retries, retry=retry or RetryPolicy()
        )
        self.poll = poll or PollPolicy()
        self.media = MediaResource(self._core, self.poll)
        self.story = StoryResource(self._core, self.poll)

    @property
    def http_client(self) -> httpx.Client:
        return self._core.http

    def close(self) -> None:
        """Close the HTTP connections (only those this client opened)."""
        if self._owns_http:
            self._core.http.close()

    def __enter__(self) -> Vimmerse:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncVimmerse(_ClientMixin):
    """Asynchronous client: same arguments and surface as ``Vimmerse``, every call awaitable."""

    _core: AsyncCore

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        poll: PollPolicy | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        key, url = _config(api_key, base_url)
        self._owns_http = http_client is None
        http = http_client or httpx.AsyncClient(
            transport=transport, timeout=timeout, follow_redirects=False, headers=_headers()
        )
        self._core = AsyncCore(
            http, api_key=key, base_url=url, max_retries=max_retries, retry=retry or RetryPolicy()
        )
        self.poll = poll or PollPolicy()
        self.media = AsyncMediaResource(self._core, self.poll)
        self.story = AsyncStoryResource(self._core, self.poll)

    @property
    def http_client(self) -> httpx.AsyncClient:
        return self._core.http

    async def close(self) -> None:
        """Close the HTTP connections (only those this client opened)."""
        if self._owns_http:
            await self._core.http.aclose()

    async def __aenter__(self) -> AsyncVimmerse:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
