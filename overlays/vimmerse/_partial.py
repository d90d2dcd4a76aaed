"""The partial file of a download: ``.<name>.part`` next to the target, and its ``.part.etag``.

* Created like any other file a program writes (``0o666`` less the umask), not ``0o600`` as
  ``tempfile`` would; opened for appending, so what an earlier attempt (or an earlier process)
  wrote is kept and resumed from.
* Locked (``flock``) while a download writes it: a second download to the same target would
  interleave its bytes into the first's.
* Same filesystem as the target, so ``finish`` (fsync, then ``os.replace``) is atomic: the target
  is the whole file or absent, never a part of it.
* Write-back to disk starts every ``WRITE_BACK`` bytes, so the fsync before the rename is short.

``_download.Download`` decides what to write and when to restart, keep or discard; this module only
keeps the bytes and the ``ETag`` they came with.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

from . import errors

__all__ = ["WRITE_BACK", "PartialFile", "target_path", "usable_etag"]

#: Bytes written between two ``POSIX_FADV_DONTNEED`` hints (see ``PartialFile._write_back``).
WRITE_BACK = 8 * 1024 * 1024

# Types the file host serves that the standard table (``mimetypes``, Python 3.11) does not map.
_EXTENSIONS = {"audio/wav": ".wav", "audio/wave": ".wav", "audio/mp3": ".mp3", "audio/x-m4a": ".m4a"}


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


def _extension(content_type: str | None) -> str:
    """The file extension for a body's media type (``video/mp4`` -> ``.mp4``); ``.mp4`` if unknown."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if not media_type or media_type == "application/octet-stream":
        return ".mp4"
    return _EXTENSIONS.get(media_type) or mimetypes.guess_extension(media_type) or ".mp4"


def usable_etag(etag: str) -> bool:
    """A strong ETag that can go back in ``If-Range`` (a weak one may not; a header value must be
    printable ASCII to be sent). Without one a resume is not checked against a changed file."""
    return bool(etag) and not etag.startswith("W/") and etag.isascii() and etag.isprintable()


class PartialFile:
    """The bytes of one download so far, for the file ``path`` (or, when ``path`` is a directory,
    for ``stem`` plus the extension of the body's type, known at ``finish``)."""

    def __init__(self, path: str | os.PathLike[str], stem: str) -> None:
        target, is_dir = target_path(path)
        self.dest: Path | None = None if is_dir else target
        self.directory = target if is_dir else target.parent
        self.stem = stem
        name = self.dest.name if self.dest is not None else stem
        self.path = self.directory / f".{name}.part"
        self.etag_path = self.directory / f".{name}.part.etag"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            # "ab": created with 0o666 & ~umask; appending keeps what an earlier attempt wrote.
            self.file: IO[bytes] = open(self.path, "ab")  # noqa: SIM115 -- closed by finish/keep/discard
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
            why = getattr(exc, "strerror", None) or str(exc)
            raise errors.DownloadError(f"cannot write to {os.fspath(path)!r}: {why}") from None
        _lock(self.file, self.path)
        self.written = self.file.tell()
        self.written_back = self.written
        #: The ETag of the bytes kept: sent back in ``If-Range`` when resuming.
        self.etag = self._read_etag() if self.written else None

    def _read_etag(self) -> str | None:
        try:
            etag = self.etag_path.read_text().strip()
        except (OSError, ValueError):
            return None
        return etag if usable_etag(etag) else None

    def remember_etag(self, etag: str | None) -> None:
        """Keep the ETag of the body being written, for a resume by a later download."""
        if etag and usable_etag(etag) and etag != self.etag:
            self.etag = etag
            with contextlib.suppress(OSError):
                self.etag_path.write_text(etag)

    def write(self, chunk: bytes | memoryview) -> None:
        self.file.write(chunk)
        self.written += len(chunk)
        if self.written - self.written_back >= WRITE_BACK:
            self._write_back()

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

    def restart(self) -> None:
        """Drop the bytes written: the next ones are the file's first."""
        self.file.seek(0)
        self.file.truncate()
        self.written = 0
        self.written_back = 0

    def flush(self) -> None:
        self.file.flush()

    def finish(self, content_type: str | None) -> Path:
        """Make the bytes the target: fsync, then rename over it (atomic); the target's path."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        dest = self.dest or self.directory / (self.stem + _extension(content_type))
        try:
            os.replace(self.path, dest)
        except OSError as exc:
            raise errors.DownloadError(
                f"cannot write to {os.fspath(dest)!r}: {exc.strerror or exc}; the file is complete in"
                f" {os.fspath(self.path)!r}"
            ) from None
        with contextlib.suppress(FileNotFoundError):
            self.etag_path.unlink()
        return dest

    def keep(self) -> None:
        """Close the file and leave it for the next download to resume from (an empty one goes)."""
        if self.file.closed:  # finished, or discarded already
            return
        with contextlib.suppress(OSError):
            self.file.flush()
            self.file.close()
        if not self.written:
            self.discard()

    def discard(self) -> None:
        """Close and remove the file and its ETag: nothing a later download could resume from."""
        with contextlib.suppress(OSError):
            self.file.close()
        for path in (self.path, self.etag_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _fadvise_dontneed() -> Callable[[int, int, int], None] | None:
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:  # pragma: no cover - not Linux/BSD
        return None
    return lambda fd, offset, length: advise(fd, offset, length, os.POSIX_FADV_DONTNEED)


_FADVISE = _fadvise_dontneed()


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
