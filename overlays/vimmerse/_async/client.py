"""``AsyncVimmerse``: configuration, HTTP client ownership, the resources. ``_sync/client.py``
(``Vimmerse``) is generated from this file."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType

import httpx

from vimmerse_openapi.sdk.resources import AsyncResources, AsyncResourcesWithRawResponse

from .._backends import AsyncGate
from .._client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientMixin,
    config,
    default_concurrency,
    default_headers,
)
from .._pacing import Pacer
from .._retry import RetryPolicy
from .._wait import PollPolicy
from .core import AsyncCore

__all__ = ["AsyncVimmerse"]


class AsyncVimmerse(ClientMixin, AsyncResources):
    """Asynchronous client.

    ``api_key`` defaults to ``$VIMMERSE_API_KEY``, ``base_url`` to ``$VIMMERSE_BASE_URL`` or
    https://api.vimmerse.net. Pass ``transport`` (e.g. the fake server's) or a ready
    ``http_client`` (not closed by ``close()``; redirects are handled by this client).
    ``poll`` tunes ``wait``; ``retry`` tunes backoff and pacing and injects sleep/randomness.
    ``max_concurrency`` bounds the API requests in flight (more wait their turn in the client);
    the default is the connection pool's ``max_connections`` (httpx's default: 100).
    Resources: ``client.media``, ``client.story``.
    """

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
        max_concurrency: int | None = None,
    ) -> None:
        key, url = config(api_key, base_url)
        self._owns_http = http_client is None
        http = http_client or httpx.AsyncClient(
            transport=transport, timeout=timeout, follow_redirects=False, headers=default_headers()
        )
        self.poll = poll or PollPolicy()
        retry = retry or RetryPolicy()
        limit = max_concurrency if max_concurrency is not None else default_concurrency(http)
        self._core = AsyncCore(
            http,
            api_key=key,
            base_url=url,
            max_retries=max_retries,
            retry=retry,
            poll=self.poll,
            gate=AsyncGate(limit, Pacer(clock=retry.monotonic)),
        )
        AsyncResources.__init__(self, self._core)

    @classmethod
    def _over(cls, core: AsyncCore) -> AsyncVimmerse:
        client = cls.__new__(cls)
        client._owns_http = False
        client._core = core
        client.poll = core.poll
        AsyncResources.__init__(client, core)
        return client

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        poll: PollPolicy | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncVimmerse:
        """A copy of this client with other settings, over the same connections.

        ``default_headers`` are added to every call's request. Closing the copy leaves the
        connections open; close the original when done.
        """
        core = self._core.copy(
            timeout=timeout, max_retries=max_retries, default_headers=default_headers, poll=poll, retry=retry
        )
        return type(self)._over(core)

    @property
    def with_raw_response(self) -> AsyncResourcesWithRawResponse:
        """The same calls, returning ``APIResponse`` (status code, headers, ``parse()``)."""
        return AsyncResourcesWithRawResponse(self._core)

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
