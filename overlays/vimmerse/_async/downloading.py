"""``AsyncDownloader``: the network loop of a download -- redirects by hand, resumes, retries.

Every decision (which headers a hop gets, what a status means, when to resume or give up, the
partial file) is ``_download.Download``'s; this loop only sends, reads the body into it, and
sleeps when it says so. A hop off the API's origin goes through ``_stdlib_download`` when the
client owns its httpx client (see there).

``_sync/downloading.py`` is generated from this file by ``tools/make_sync.py``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from vimmerse_openapi.sdk.spec import API_KEY_HEADER, DownloadProgress

from .. import _stdlib_download, errors
from .._backends import async_in_thread, async_sleep, async_thread_safe
from .._download import CHUNK, DOWNLOAD_TIMEOUT, MAX_REDIRECTS, Download, Restart, retriable
from .._retry import Retrying
from .._scrub import Scrub

__all__ = ["AsyncDownloader"]

log = logging.getLogger("vimmerse")

HeadersFor = Callable[[httpx.URL, Mapping[str, str] | None], dict[str, str]]
"""The headers a hop to a URL gets (the key only on the API's origin) given the caller's extras."""


class AsyncDownloader:
    """Streams files to disk over ``http`` (or ``_stdlib_download`` when ``stdlib`` allows)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        headers_for: HeadersFor,
        retrying: Retrying,
        scrub: Scrub,
        *,
        stdlib: bool,
    ) -> None:
        self.http = http
        self.headers_for = headers_for
        self.retrying = retrying
        self.scrub = scrub
        #: Bodies from key-less hosts through ``_stdlib_download``: set by clients that own their
        #: httpx client and were given no transport (a caller's transport sees every request).
        self.stdlib = stdlib

    async def stream(
        self,
        url: httpx.URL,
        path: str | os.PathLike[str],
        stem: str,
        params: dict[str, Any] | None,
        on_progress: DownloadProgress | None,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Path:
        """Follow redirects by hand (the key only to the API's origin), resume, verify, rename."""
        state = Download(
            path,
            stem,
            on_progress,
            params,
            headers_for=lambda hop: self.headers_for(hop, extra_headers),
            build_request=self.http.build_request,
            retrying=self.retrying,
            scrub=self.scrub,
        )
        try:
            while True:
                try:
                    delay = await self._attempt(state, url)
                except Restart:
                    continue
                except httpx.RequestError as exc:  # a dropped connection; a body that does not decode
                    if not retriable(exc):
                        raise errors.DownloadError(f"download failed: {type(exc).__name__}") from exc
                    delay = state.interrupted(type(exc).__name__)
                else:
                    if delay is None:
                        if state.body_complete():
                            return state.finish()
                        delay = state.interrupted(f"body ended at {state.written} of {state.total} bytes")
                await async_sleep(self.retrying.policy, delay)
        except BaseException:
            state.keep()
            raise

    async def _attempt(self, state: Download, url: httpx.URL) -> float | None:
        """One attempt from ``url``, redirects followed: None when the body was read to its end (or
        broke off cleanly), else the seconds to wait before asking again after an error status."""
        for hops in range(MAX_REDIRECTS + 1):
            request = state.request(url, first_hop=hops == 0)
            response = await self._send_hop(request)
            try:
                if log.isEnabledFor(logging.DEBUG):
                    log.debug("GET %s -> %s", self.scrub(str(request.url)), response.status_code)
                target = state.redirect_target(response)
                if target is not None:
                    url = target
                    continue
                if response.status_code not in (200, 206):  # an error (or a 3xx without Location)
                    await response.aread()
                    delay = state.retry_delay(response)
                    if delay is not None:
                        return delay
                state.begin_body(response)
                await self._read_body(state, response)
                return None
            finally:
                await response.aclose()
        raise errors.DownloadError(f"more than {MAX_REDIRECTS} redirects")

    async def _send_hop(self, request: httpx.Request) -> httpx.Response:
        """Send one hop, headers only: a key-less hop through ``_stdlib_download`` when allowed."""
        # The key header is on API hops only (``headers_for``): only key-less hops leave httpx.
        keyless = API_KEY_HEADER not in request.headers
        if self.stdlib and keyless and _stdlib_download.stdlib_may_fetch(request.url):
            return await async_in_thread(
                partial(_stdlib_download.send, request, DOWNLOAD_TIMEOUT), discard=_close_response
            )
        return await self.http.send(request, stream=True, follow_redirects=False)

    async def _read_body(self, state: Download, response: httpx.Response) -> None:
        """The body into the partial file: a stdlib body in one blocking loop run by
        ``async_in_thread`` (``_backends``), httpx's raw stream when the body is sent as is, else
        the decoded one."""
        body = response.stream
        if isinstance(body, _stdlib_download.StdlibBody) and state.resumable:
            callback = state.on_progress
            # The copy may run in another thread; ``async_thread_safe`` hands each progress call
            # back to the caller's.
            state.on_progress = async_thread_safe(callback)
            try:
                await async_in_thread(partial(state.copy_from, body), stop=body.stop)
            finally:
                state.on_progress = callback
            return
        # A body already in memory (mock transports) has no raw stream.
        raw = state.resumable and not response.is_stream_consumed
        chunks = response.aiter_raw() if raw else response.aiter_bytes(CHUNK)
        async for chunk in chunks:
            state.write(chunk)


def _close_response(response: httpx.Response) -> None:
    response.close()
