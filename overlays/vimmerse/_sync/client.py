# Generated from overlays/vimmerse/_async/client.py by tools/make_sync.py: edit that file, then run
# 'make generate'.
"""``Vimmerse``: configuration, HTTP client ownership, the resources.

``_sync/client.py`` is generated from ``_async/client.py`` by ``tools/make_sync.py``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from vimmerse_openapi.sdk.operations import JOBS
from vimmerse_openapi.sdk.resources import Resources, ResourcesWithRawResponse
from vimmerse_openapi.sdk.spec import Job

from .._backends import SyncGate
from .._client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientMixin,
    config,
    default_concurrency,
    default_headers,
)
from .._fanout import JobOutcome
from .._pacing import Pacer
from .._retry import RetryPolicy
from .._wait import PollPolicy
from ..errors import VimmerseError, WaitAllError
from .core import SyncCore

if TYPE_CHECKING:
    from vimmerse_openapi.models import Media, Story

__all__ = ["Vimmerse"]


class Vimmerse(ClientMixin, Resources):
    """Synchronous client.

    ``api_key`` defaults to ``$VIMMERSE_API_KEY``, ``base_url`` to ``$VIMMERSE_BASE_URL`` or
    https://api.vimmerse.net. Pass ``transport`` (e.g. the fake server's) or a ready
    ``http_client`` (not closed by ``close()``; redirects are handled by this client).
    ``poll`` tunes ``wait``; ``retry`` tunes backoff and pacing and injects sleep/randomness.
    ``max_concurrency`` bounds the API requests in flight (more wait their turn in the client);
    the default is the connection pool's ``max_connections`` (httpx's default: 100).
    The resources (``client.media``, ``client.image``, ... one per tag of ``openapi.yaml``) are
    those of ``Resources``, generated in ``vimmerse_openapi.sdk.resources``.
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
        max_concurrency: int | None = None,
    ) -> None:
        key, url = config(api_key, base_url)
        self._owns_http = http_client is None
        http = http_client or httpx.Client(
            transport=transport, timeout=timeout, follow_redirects=False, headers=default_headers()
        )
        self.poll = poll or PollPolicy()
        retry = retry or RetryPolicy()
        limit = max_concurrency if max_concurrency is not None else default_concurrency(http)
        self._core = SyncCore(
            http,
            api_key=key,
            base_url=url,
            max_retries=max_retries,
            retry=retry,
            poll=self.poll,
            stdlib_downloads=http_client is None and transport is None,
            gate=SyncGate(limit, Pacer(clock=retry.monotonic)),
        )
        Resources.__init__(self, self._core)

    @classmethod
    def _over(cls, core: SyncCore) -> Vimmerse:
        client = cls.__new__(cls)
        client._owns_http = False
        client._core = core
        client.poll = core.poll
        Resources.__init__(client, core)
        return client

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        poll: PollPolicy | None = None,
        retry: RetryPolicy | None = None,
    ) -> Vimmerse:
        """A copy of this client with other settings, over the same connections.

        ``default_headers`` are added to every call's request. Closing the copy leaves the
        connections open; close the original when done.
        """
        core = self._core.copy(
            timeout=timeout, max_retries=max_retries, default_headers=default_headers, poll=poll, retry=retry
        )
        return type(self)._over(core)

    # -- many jobs at once -----------------------------------------------------------
    @overload
    def as_completed(
        self,
        ids: Iterable[str],
        *,
        kind: Literal["media"],
        concurrency: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[JobOutcome[Media]]: ...
    @overload
    def as_completed(
        self,
        ids: Iterable[str],
        *,
        kind: Literal["story"],
        concurrency: int | None = None,
        timeout: float | None = None,
    ) -> Iterator[JobOutcome[Story]]: ...
    @overload
    def as_completed(
        self, ids: Iterable[str], *, kind: str, concurrency: int | None = None, timeout: float | None = None
    ) -> Iterator[JobOutcome[Any]]: ...
    def as_completed(
        self, ids: Iterable[str], *, kind: str, concurrency: int | None = None, timeout: float | None = None
    ) -> Iterator[JobOutcome[Any]]:
        """Wait for many jobs of one ``kind`` (a key of ``vimmerse_openapi.sdk.operations.JOBS``:
        "media", "story", ...); yield each ``JobOutcome`` as it ends.

        One status loop polls them all (each at ``wait``'s adaptive interval) with at most
        ``concurrency`` requests in flight (default: ``max_concurrency``). ``timeout`` (default:
        ``poll.timeout``) is every job's deadline from the start. A job that fails, is
        cancelled, times out or cannot be read ends with ``.error`` set; the others go on.
        Leaving the loop early stops polling.
        """
        return self._core.wait_many(_job(kind), ids, concurrency=concurrency, timeout=timeout)

    @overload
    def wait_all(
        self,
        ids: Iterable[str],
        *,
        kind: Literal["media"],
        concurrency: int | None = None,
        timeout: float | None = None,
    ) -> list[Media]: ...
    @overload
    def wait_all(
        self,
        ids: Iterable[str],
        *,
        kind: Literal["story"],
        concurrency: int | None = None,
        timeout: float | None = None,
    ) -> list[Story]: ...
    @overload
    def wait_all(
        self, ids: Iterable[str], *, kind: str, concurrency: int | None = None, timeout: float | None = None
    ) -> list[Any]: ...
    def wait_all(
        self, ids: Iterable[str], *, kind: str, concurrency: int | None = None, timeout: float | None = None
    ) -> list[Any]:
        """Wait for many jobs of one ``kind``: the finished jobs, in the order of ``ids``.

        As ``as_completed``. When some job did not succeed, ``WaitAllError`` is raised once every
        job has ended: ``.exceptions`` holds their errors (in input order), ``.results`` every
        job's result in input order (None where it did not succeed), so nothing is lost.
        """
        ids = list(ids)
        results: list[Any] = [None] * len(ids)
        failed: list[tuple[int, VimmerseError]] = []
        for outcome in self._core.wait_many(_job(kind), ids, concurrency=concurrency, timeout=timeout):
            if outcome.error is None:
                results[outcome.index] = outcome.result
            else:
                failed.append((outcome.index, outcome.error))
        if failed:
            failed.sort(key=lambda pair: pair[0])
            raise WaitAllError(
                f"{len(failed)} of {len(ids)} {kind} jobs did not succeed",
                [error for _, error in failed],
                results=results,
            )
        return results

    @property
    def with_raw_response(self) -> ResourcesWithRawResponse:
        """The same calls, returning ``APIResponse`` (status code, headers, ``parse()``)."""
        return ResourcesWithRawResponse(self._core)

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


def _job(kind: str) -> Job:
    try:
        return JOBS[kind]
    except KeyError:
        raise ValueError(f"unknown job kind {kind!r}; the document defines {sorted(JOBS)}") from None
