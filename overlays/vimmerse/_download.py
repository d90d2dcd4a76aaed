"""Streaming downloads that never leave a partial file at the target, never throw progress away and
never leak the API key.

* The body is streamed into a partial file next to the target (``_partial.PartialFile``), which
  becomes the target only when the byte count matches ``Content-Length``/``Content-Range``.
* A connection dropped mid-body is resumed with ``Range: bytes=N-``. Only attempts that made no
  progress count against the budget (``MAX_STALLED``), and attempts are spaced by the client's
  backoff. A server that ignores the range (200 instead of 206) restarts the file from zero.
* Resumes count in the server's units: downloads ask for ``Accept-Encoding: identity``, and a body
  sent encoded anyway (decoded here, so its offsets differ from the server's) is restarted from
  zero rather than resumed at a wrong offset.
* When a download gives up, its ``.part`` file stays (with the ``ETag`` the server gave, in
  ``.part.etag``) and the next download to the same target resumes from it (``If-Range``: the
  server sends the whole file again if it changed). A partial left by a killed process is reused
  the same way. Errors that make the partial useless (the file is gone, the key is wrong) remove it.
* A 429 or 5xx (from the API or the file host) is retried like any free GET: up to the client's
  ``max_retries``, after the client's backoff (``Retry-After`` honoured), starting again from the
  API URL so an expired signed link is renewed.
* Redirects are followed here, not by httpx (``follow_redirects=False`` on every send, even when a
  caller-supplied client enables them): httpx strips only ``Authorization`` on a cross-origin
  redirect, and this API authenticates with ``X-Api-Key``. Each hop gets the key only when its
  scheme, host and port equal the API's; every hop carries the client's own headers (User-Agent).

* Bodies from a key-less host (the file host) are read by ``_stdlib_download`` (``http.client`` into
  one 1 MiB buffer) when the client owns its httpx client.

``Download`` holds the state and the decisions, and is handed only what it uses: the headers for a
hop's URL, the request factory, the retry settings and the scrubber. The network loop is written
once, in ``_async/downloading.py`` (the sync twin is generated from it).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from vimmerse_openapi.sdk.spec import DownloadProgress

from . import errors
from ._failures import status_error
from ._partial import PartialFile
from ._retry import MethodKind, Retrying, backoff, parse_retry_after, should_retry
from ._scrub import Scrub
from ._stdlib_download import StdlibBody

__all__ = [
    "CHUNK",
    "DOWNLOAD_TIMEOUT",
    "MAX_REDIRECTS",
    "MAX_STALLED",
    "Download",
    "Restart",
    "identity_encoded",
    "retriable",
]

log = logging.getLogger("vimmerse")

ProgressCallback = DownloadProgress

DOWNLOAD_TIMEOUT = httpx.Timeout(connect=10.0, read=120.0, write=60.0, pool=10.0)
MAX_REDIRECTS = 5
#: Interrupted attempts in a row without a single new byte before a download gives up.
MAX_STALLED = 5
CHUNK = 1024 * 1024

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$")
# Statuses after which a kept partial file is of no use to a later download.
_DISCARD = frozenset({401, 403, 404, 410})


def parse_content_range(value: str | None) -> tuple[int, int, int | None] | None:
    """``bytes START-END/TOTAL`` -> (start, end, total or None)."""
    if not value:
        return None
    m = _CONTENT_RANGE.match(value)
    if not m:
        return None
    total = None if m.group(3) == "*" else int(m.group(3))
    return int(m.group(1)), int(m.group(2)), total


def identity_encoded(response: httpx.Response) -> bool:
    """True when the body is sent as is (no Content-Encoding): then the raw stream is the file.

    ``iter_raw`` hands over the network's chunks without httpx's decoder and re-chunker, about
    twice as fast as ``iter_bytes`` on loopback (bench/download.py); encoded bodies are decoded.
    """
    return response.headers.get("Content-Encoding", "identity").strip().lower() in ("", "identity")


def retriable(exc: httpx.RequestError) -> bool:
    return isinstance(exc, httpx.NetworkError | httpx.TimeoutException | httpx.RemoteProtocolError)


class Download:
    """State of one download: the partial file, bytes written, expected total, attempts.

    ``path`` is the file to write, or a directory in which the file is named ``stem`` plus the
    extension of the body's media type.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        stem: str,
        on_progress: ProgressCallback | None,
        params: dict[str, Any] | None,
        *,
        headers_for: Callable[[httpx.URL], dict[str, str]],
        build_request: Callable[..., httpx.Request],
        retrying: Retrying,
        scrub: Scrub,
    ) -> None:
        self.headers_for = headers_for
        self.build_request = build_request
        self.retrying = retrying
        self.scrub = scrub
        self.params = params or {}
        self.part = PartialFile(path, stem)
        self.stem = stem
        self.content_type: str | None = None
        self.on_progress = on_progress
        self.total: int | None = None
        self.stalled = 0
        self.status_retries = 0
        self.resumable = True
        self.progress_mark = self.part.written

    @property
    def written(self) -> int:
        """Bytes of the file received so far (kept in the partial file)."""
        return self.part.written

    # -- per hop ---------------------------------------------------------------
    def request(self, url: httpx.URL, first_hop: bool) -> httpx.Request:
        # Every hop gets the caller's extra headers but the key only on the API's origin.
        headers = self.headers_for(url)
        headers["Accept"] = "*/*"
        headers["Accept-Encoding"] = "identity"
        if self.written and self.resumable:
            headers["Range"] = f"bytes={self.written}-"
            if self.part.etag:
                headers["If-Range"] = self.part.etag
        params = self.params if first_hop else None
        return self.build_request("GET", url, headers=headers, params=params, timeout=DOWNLOAD_TIMEOUT)

    @staticmethod
    def redirect_target(response: httpx.Response) -> httpx.URL | None:
        if response.status_code in (301, 302, 303, 307, 308) and "Location" in response.headers:
            location = response.headers["Location"]
            try:
                target = response.url.join(location)
            except httpx.InvalidURL:
                target = None
            if target is None or target.scheme not in ("http", "https") or not target.host:
                raise errors.DownloadError(
                    f"{response.status_code} redirect to {location[:200]!r}, not an http(s) URL"
                )
            return target
        return None

    def _restart(self) -> None:
        self.part.restart()
        # ``progress_mark`` stays: bytes received again after a restart are no progress (a server
        # that ignores Range and breaks off at the same byte every time would be asked forever).

    def begin_body(self, response: httpx.Response) -> None:
        """Check the status and headers of the response that carries the body."""
        self.content_type = response.headers.get("Content-Type")
        if response.status_code == 416 and self.written:
            # The kept partial does not fit the file any more (it shrank or changed): start over.
            self._restart()
            raise Restart()
        if response.status_code == 206:
            rng = parse_content_range(response.headers.get("Content-Range"))
            if rng is None or rng[0] != self.written:
                raise errors.DownloadError(
                    f"server answered range {response.headers.get('Content-Range')!r} to a request from byte"
                    f" {self.written}"
                )
            if rng[2] is not None:
                self.total = rng[2]
        elif response.status_code == 200:
            if self.written:
                # The server ignored Range, or If-Range told it the file changed: start over.
                self._restart()
            length = response.headers.get("Content-Length", "").strip()
            # Only ASCII digits: "²" is a digit to str.isdigit but no number to int().
            self.total = int(length) if length.isascii() and length.isdigit() else None
        else:
            if response.status_code in _DISCARD:
                self.part.discard()
            raise status_error(response, scrub=self.scrub)
        self.part.remember_etag(response.headers.get("ETag"))
        # A body the server encoded is decoded here: its offsets and length are not the server's.
        self.resumable = identity_encoded(response)
        if not self.resumable:
            self.total = None
            if self.written:
                self._restart()

    def retry_delay(self, response: httpx.Response) -> float | None:
        """Seconds to wait before asking again after an error status, or None to raise it.

        Retried like any free GET, with a budget of its own (``max_retries`` error statuses per
        download, however many resumes came between)."""
        if not should_retry(MethodKind.SAFE, response.status_code):
            return None
        self.status_retries += 1
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        delay = self.retrying.delay(MethodKind.SAFE, self.status_retries, response.status_code, retry_after)
        if delay is not None:
            log.info("download %s -> %s, retrying in %.2f s", self.stem, response.status_code, delay)
        return delay

    def write(self, chunk: bytes | memoryview) -> None:
        self.part.write(chunk)
        if self.on_progress is not None:
            self.on_progress(self.part.written, self.total)

    def copy_from(self, body: StdlibBody) -> None:
        """The body of a ``_stdlib_download`` response into the file, ``CHUNK`` bytes per read."""
        body.copy_into(self.write, CHUNK)

    def body_complete(self) -> bool:
        """True when the body ended with every byte (unknown total: trust the clean end)."""
        return self.total is None or self.written == self.total

    def interrupted(self, reason: str) -> float:
        """An attempt broke off: seconds to wait before resuming, or DownloadError when stalled.

        Only attempts that got no further than any attempt before count: a slow link that keeps
        making progress is resumed as long as it does.
        """
        if self.written > self.progress_mark:
            self.stalled = 0
            self.progress_mark = self.written
        else:
            self.stalled += 1
        if not self.resumable:
            self._restart()
        if self.stalled > MAX_STALLED:
            raise errors.DownloadError(
                f"download stalled {self.stalled} times in a row at byte {self.written}, giving up"
                f" ({reason}); the {self.written} bytes received are kept and the next download to"
                " the same path resumes from them"
            )
        self.part.flush()
        return backoff(max(self.stalled, 1), None, self.retrying.policy)

    def finish(self) -> Path:
        """The file complete: the partial file becomes the target; its path."""
        if self.total is not None and self.written != self.total:
            raise errors.DownloadError(f"got {self.written} bytes of {self.total}")
        return self.part.finish(self.content_type)

    def keep(self) -> None:
        """Leave the partial file for the next download to the same target to resume from."""
        self.part.keep()


class Restart(Exception):
    """The partial file was dropped: ask again from byte 0 (not an attempt that failed)."""
