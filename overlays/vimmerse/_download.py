"""Streaming downloads that never leave a partial file at the target, never throw progress away and
never leak the API key.

* The body is streamed into ``.<name>.part`` next to the target (same filesystem, so the final
  ``os.replace`` is atomic), fsynced and renamed only when the byte count matches
  ``Content-Length``/``Content-Range``. The file is created like any other a program writes
  (``0o666`` less the umask), not ``0o600`` as ``tempfile`` would.
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

* Bodies from a key-less host (the file host) are read by ``_stdlib_download`` (``http.client`` into one
  1 MiB buffer; a worker thread for the async client) when the client owns its httpx client;
  write-back to disk starts every 8 MiB (``_write_back``), so the fsync before the rename is short.

``Download`` holds the state and the decisions, and is handed only what it uses: the headers for a
hop's URL, the request factory, the retry settings and the scrubber. The network loop is written
once, in ``_async/downloading.py`` (the sync twin is generated from it).
"""

from __future__ import annotations

import contextlib
import logging
import mimetypes
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import httpx

from vimmerse_openapi.sdk.spec import DownloadProgress

from . import errors
from ._failures import status_error
from ._retry import MethodKind, Retrying, backoff, parse_retry_after, should_retry
from ._scrub import Scrub
from ._stdlib_download import StdlibBody

__all__ = [
    "CHUNK",
    "DOWNLOAD_TIMEOUT",
    "MAX_REDIRECTS",
    "MAX_STALLED",
    "WRITE_BACK",
    "Download",
    "Restart",
    "identity_encoded",
    "retriable",
    "target_path",
]

log = logging.getLogger("vimmerse")

ProgressCallback = DownloadProgress

DOWNLOAD_TIMEOUT = httpx.Timeout(connect=10.0, read=120.0, write=60.0, pool=10.0)
MAX_REDIRECTS = 5
#: Interrupted attempts in a row without a single new byte before a download gives up.
MAX_STALLED = 5
CHUNK = 1024 * 1024
#: Bytes written between two ``POSIX_FADV_DONTNEED`` hints (see ``Download.write``).
WRITE_BACK = 8 * 1024 * 1024

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$")
# Statuses after which a kept partial file is of no use to a later download.
_DISCARD = frozenset({401, 403, 404, 410})


def target_path(path: str | os.PathLike[str]) -> tuple[Path, bool]:
    """(the path, whether it names a directory to put the file in).

    A directory is one that exists, or a path written with a trailing separator (``"out/"``):
    ``Path`` drops that separator, so a not-yet-existing ``out/`` would become a file named ``out``.
    """
    text = os.fspath(path)
    seps = tuple(sep for sep in (os.sep, os.altsep) if sep)
    dest = Path(text)
    try:
        is_dir = dest.is_dir()
    except (OSError, ValueError):  # a name too long, a NUL: refused when the file is created
        is_dir = False
    return dest, is_dir or text.endswith(seps)


# Types the file host serves that the standard table (``mimetypes``, Python 3.11) does not map.
_EXTENSIONS = {"audio/wav": ".wav", "audio/wave": ".wav", "audio/mp3": ".mp3", "audio/x-m4a": ".m4a"}


def _extension(content_type: str | None) -> str:
    """The file extension for a body's media type (``video/mp4`` -> ``.mp4``); ``.mp4`` if unknown."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if not media_type or media_type == "application/octet-stream":
        return ".mp4"
    return _EXTENSIONS.get(media_type) or mimetypes.guess_extension(media_type) or ".mp4"


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
        target, is_dir = target_path(path)
        self.dest: Path | None = None if is_dir else target
        self.directory = target if is_dir else target.parent
        self.stem = stem
        self.content_type: str | None = None
        self.on_progress = on_progress
        self.total: int | None = None
        self.stalled = 0
        self.status_retries = 0
        self.resumable = True
        name = self.dest.name if self.dest is not None else stem
        self.part_path = self.directory / f".{name}.part"
        self.etag_path = self.directory / f".{name}.part.etag"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            # "ab": created with 0o666 & ~umask; appending keeps what an earlier attempt wrote.
            self.file: IO[bytes] = open(self.part_path, "ab")  # noqa: SIM115 -- closed by finish/abort
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
            why = getattr(exc, "strerror", None) or str(exc)
            raise errors.DownloadError(f"cannot write to {os.fspath(path)!r}: {why}") from None
        _lock(self.file, self.part_path)
        self.written = self.file.tell()
        self.written_back = self.written
        self.etag = self._read_etag() if self.written else None
        self.progress_mark = self.written

    def _read_etag(self) -> str | None:
        try:
            etag = self.etag_path.read_text().strip()
        except (OSError, ValueError):
            return None
        return etag if _usable_etag(etag) else None

    # -- per hop ---------------------------------------------------------------
    def request(self, url: httpx.URL, first_hop: bool) -> httpx.Request:
        # Every hop gets the caller's extra headers but the key only on the API's origin.
        headers = self.headers_for(url)
        headers["Accept"] = "*/*"
        headers["Accept-Encoding"] = "identity"
        if self.written and self.resumable:
            headers["Range"] = f"bytes={self.written}-"
            if self.etag:
                headers["If-Range"] = self.etag
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
        self.file.seek(0)
        self.file.truncate()
        self.written = 0
        self.written_back = 0
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
                self.discard()
            raise status_error(response, scrub=self.scrub)
        etag = response.headers.get("ETag")
        if etag and _usable_etag(etag) and etag != self.etag:
            self.etag = etag
            with contextlib.suppress(OSError):
                self.etag_path.write_text(etag)
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
        self.file.write(chunk)
        self.written += len(chunk)
        if self.written - self.written_back >= WRITE_BACK:
            self._write_back()
        if self.on_progress is not None:
            self.on_progress(self.written, self.total)

    def copy_from(self, body: StdlibBody) -> None:
        """The body of a ``_stdlib_download`` response into the file, ``CHUNK`` bytes per read."""
        body.copy_into(self.write, CHUNK)

    def _write_back(self) -> None:
        """Start writing the last ``WRITE_BACK`` bytes to disk now, while the transfer goes on.

        ``finish`` must fsync before the rename; without this hint the kernel keeps the whole
        file dirty in memory until then (below ``vm.dirty_background_ratio`` nothing is written
        back), and that fsync flushes it all after the transfer: a quarter of the download's
        time in the issue's profile. On Linux ``POSIX_FADV_DONTNEED`` starts write-back of the
        range without waiting for it (and drops the pages once clean: the file is not read
        back), so the final fsync has only the tail left. The standard library has no
        ``sync_file_range``; this is its portable-enough stand-in (absent on macOS: skipped).
        """
        self.file.flush()
        if _FADVISE is not None:
            with contextlib.suppress(OSError):
                _FADVISE(self.file.fileno(), self.written_back, self.written - self.written_back)
        self.written_back = self.written

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
        self.file.flush()
        return backoff(max(self.stalled, 1), None, self.retrying.policy)

    def finish(self) -> Path:
        if self.total is not None and self.written != self.total:
            raise errors.DownloadError(f"got {self.written} bytes of {self.total}")
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        dest = self.dest or self.directory / (self.stem + _extension(self.content_type))
        try:
            os.replace(self.part_path, dest)
        except OSError as exc:
            raise errors.DownloadError(
                f"cannot write to {os.fspath(dest)!r}: {exc.strerror or exc}; the file is complete in"
                f" {os.fspath(self.part_path)!r}"
            ) from None
        with contextlib.suppress(FileNotFoundError):
            self.etag_path.unlink()
        return dest

    def keep(self) -> None:
        """Close the partial file and leave it for the next download to resume from."""
        if self.file.closed:  # finished, or discarded already
            return
        with contextlib.suppress(OSError):
            self.file.flush()
            self.file.close()
        if not self.written:
            self.discard()

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
        for path in (self.part_path, self.etag_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _usable_etag(etag: str) -> bool:
    """A strong ETag that can go back in ``If-Range`` (a weak one may not; a header value must be
    printable ASCII to be sent). Without one a resume is not checked against a changed file."""
    return bool(etag) and not etag.startswith("W/") and etag.isascii() and etag.isprintable()


def _fadvise_dontneed() -> Callable[[int, int, int], None] | None:
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:  # pragma: no cover - not Linux/BSD
        return None
    return lambda fd, offset, length: advise(fd, offset, length, os.POSIX_FADV_DONTNEED)


_FADVISE = _fadvise_dontneed()


class Restart(Exception):
    """The partial file was dropped: ask again from byte 0 (not an attempt that failed)."""


def _lock(file: IO[bytes], path: Path) -> None:
    """One download per target at a time: a second one would interleave its bytes into the first's."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no advisory locks, go on unguarded
        return
    try:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        file.close()
        raise errors.DownloadError(f"another download to {path.name[1:-5]} is in progress") from None
