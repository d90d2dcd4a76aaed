"""Streaming downloads that never leave a partial file and never leak the API key.

* The body is streamed in chunks into a temporary file next to the target (same
  filesystem, so the final ``os.replace`` is atomic), fsynced and renamed only when the
  byte count matches ``Content-Length``/``Content-Range``.
* A connection dropped mid-body is resumed with ``Range: bytes=N-`` (bounded attempts); a
  server that ignores the range (200 instead of 206) restarts the file from zero.
* A 429 or 5xx (from the API or the file host) is retried like any free GET: up to the
  client's ``max_retries``, after the client's backoff (``Retry-After`` honoured), starting
  again from the API URL so an expired signed link is renewed.
* Redirects are followed here, not by httpx (``follow_redirects=False`` on every send, even
  when a caller-supplied client enables them): httpx strips only ``Authorization`` on a
  cross-origin redirect, and this API authenticates with ``X-Api-Key``. Each hop gets the
  key only when its scheme, host and port equal the API's.
* On any failure the temporary file is removed and nothing exists at the target path.

``Download`` holds the state and the decisions; the network loop is written once, in
``_async/core.py`` (the sync twin is generated from it).
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
import re
import tempfile
from pathlib import Path
from typing import IO, Any

import httpx

from vimmerse_openapi.sdk.spec import DownloadProgress

from . import errors
from ._request import Planner, log, status_error
from ._retry import MethodKind, backoff, parse_retry_after, should_retry

__all__ = [
    "CHUNK",
    "DOWNLOAD_TIMEOUT",
    "MAX_REDIRECTS",
    "Download",
    "identity_encoded",
    "retriable",
    "target_path",
]

ProgressCallback = DownloadProgress

DOWNLOAD_TIMEOUT = httpx.Timeout(connect=10.0, read=120.0, write=60.0, pool=10.0)
MAX_REDIRECTS = 5
MAX_RESUMES = 5
CHUNK = 1024 * 1024

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$")


def target_path(path: str | os.PathLike[str]) -> tuple[Path, bool]:
    """(the path, whether it names a directory to put the file in).

    A directory is one that exists, or a path written with a trailing separator (``"out/"``):
    ``Path`` drops that separator, so a not-yet-existing ``out/`` would become a file named ``out``.
    """
    text = os.fspath(path)
    seps = tuple(sep for sep in (os.sep, os.altsep) if sep)
    dest = Path(text)
    return dest, dest.is_dir() or text.endswith(seps)


def _extension(content_type: str | None) -> str:
    """The file extension for a body's media type (``video/mp4`` -> ``.mp4``); ``.mp4`` if unknown."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if not media_type or media_type == "application/octet-stream":
        return ".mp4"
    return mimetypes.guess_extension(media_type) or ".mp4"


def parse_content_range(value: str | None) -> tuple[int, int, int | None] | None:
    """``bytes START-END/TOTAL`` -> (start, end, total or None)."""
    if not value:
        return None
    m = _CONTENT_RANGE.match(value)
    if not m:
        return None
    total = None if m.group(3) == "*" else int(m.group(3))
    return int(m.group(1)), int(m.group(2)), total


class Download:
    """State of one download: the temp file, bytes written, expected total, attempts.

    ``path`` is the file to write, or a directory (``is_dir``) in which the file is named
    ``stem`` plus the extension of the body's media type.
    """

    def __init__(
        self,
        core: Planner,
        url: httpx.URL,
        path: str | os.PathLike[str],
        stem: str,
        on_progress: ProgressCallback | None,
        params: dict[str, Any] | None = None,
    ) -> None:
        self.core = core
        self.url = url
        self.params = params or {}
        target, is_dir = target_path(path)
        self.dest: Path | None = None if is_dir else target
        directory = target if is_dir else target.parent
        self.stem = stem
        self.content_type: str | None = None
        self.on_progress = on_progress
        self.written = 0
        self.total: int | None = None
        self.resumes = 0
        self.status_retries = 0
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        fd, tmp = tempfile.mkstemp(
            prefix=f".{(self.dest.name if self.dest else stem)}.", suffix=".part", dir=directory
        )
        self.tmp_path = Path(tmp)
        self.file: IO[bytes] = os.fdopen(fd, "wb")

    # -- per hop ---------------------------------------------------------------
    def request(self, url: httpx.URL, first_hop: bool) -> httpx.Request:
        headers = dict(self.core.auth_headers(url))
        if self.written:
            headers["Range"] = f"bytes={self.written}-"
        params = self.params if first_hop else None
        return httpx.Request(
            "GET", url, headers=headers, params=params, extensions={"timeout": DOWNLOAD_TIMEOUT.as_dict()}
        )

    @staticmethod
    def redirect_target(response: httpx.Response) -> httpx.URL | None:
        if response.status_code in (301, 302, 303, 307, 308) and "Location" in response.headers:
            return response.url.join(response.headers["Location"])
        return None

    def begin_body(self, response: httpx.Response) -> None:
        """Check the status and headers of the response that carries the body."""
        self.content_type = response.headers.get("Content-Type")
        if response.status_code == 206:
            rng = parse_content_range(response.headers.get("Content-Range"))
            if rng is None or rng[0] != self.written:
                raise errors.DownloadError(
                    f"server answered range {response.headers.get('Content-Range')!r} to a request from byte"
                    f" {self.written}"
                )
            if rng[2] is not None:
                self.total = rng[2]
            return
        if response.status_code == 200:
            if self.written:
                # The server ignored Range: start the file over.
                self.file.seek(0)
                self.file.truncate()
                self.written = 0
            length = response.headers.get("Content-Length")
            self.total = int(length) if length and length.isdigit() else None
            return
        raise status_error(response, scrub=self.core.scrub)

    def retry_delay(self, response: httpx.Response) -> float | None:
        """Seconds to wait before asking again after an error status, or None to raise it."""
        if not should_retry(MethodKind.SAFE, response.status_code):
            return None
        self.status_retries += 1
        if self.status_retries > self.core.max_retries:
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        delay = backoff(self.status_retries, retry_after, self.core.retry)
        log.info("download %s -> %s, retrying in %.2f s", self.stem, response.status_code, delay)
        return delay

    def write(self, chunk: bytes) -> None:
        self.file.write(chunk)
        self.written += len(chunk)
        if self.on_progress is not None:
            self.on_progress(self.written, self.total)

    def body_complete(self) -> bool:
        """True when the body ended with every byte (unknown total: trust the clean end)."""
        return self.total is None or self.written == self.total

    def note_interrupted(self, reason: str) -> None:
        self.resumes += 1
        if self.resumes > MAX_RESUMES:
            raise errors.DownloadError(f"download interrupted {self.resumes} times, giving up ({reason})")

    def finish(self) -> Path:
        if self.total is not None and self.written != self.total:
            raise errors.DownloadError(f"got {self.written} bytes of {self.total}")
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        dest = self.dest or self.directory / (self.stem + _extension(self.content_type))
        os.replace(self.tmp_path, dest)
        return dest

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
        with contextlib.suppress(FileNotFoundError):
            self.tmp_path.unlink()


def identity_encoded(response: httpx.Response) -> bool:
    """True when the body is sent as is (no Content-Encoding): then the raw stream is the file.

    ``iter_raw`` hands over the network's chunks without httpx's decoder and re-chunker, about
    twice as fast as ``iter_bytes`` on loopback (bench/download.py); encoded bodies are decoded.
    """
    # A response built with its content already in memory (mock transports) has no raw stream.
    if response.is_stream_consumed:
        return False
    return response.headers.get("Content-Encoding", "identity").strip().lower() in ("", "identity")


def retriable(exc: httpx.TransportError) -> bool:
    return isinstance(exc, httpx.NetworkError | httpx.TimeoutException | httpx.RemoteProtocolError)
