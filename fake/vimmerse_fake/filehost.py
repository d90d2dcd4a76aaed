"""The file host (CDN origin): signed, key-less URLs of the videos, images and audio the
jobs produce, a synthetic large ``/blob/{size}`` for download benchmarks, ``Range`` and
``HEAD`` support, and truncation faults. The API's streamed downloads use the same
responses (``bytes_response``)."""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import hmac
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from . import files
from .answers import json_response
from .errors import ConnectionDropped
from .faults import Faults
from .requestlog import RequestLog

_MESSAGES = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}


def _truncating(chunks: Iterable[bytes], limit: int | None) -> Iterator[bytes]:
    sent = 0
    for chunk in chunks:
        if limit is not None and sent + len(chunk) >= limit:
            if limit - sent > 0:
                yield chunk[: limit - sent]
            raise ConnectionDropped("download truncated by fault injection")
        sent += len(chunk)
        yield chunk


async def _aiter(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = _MESSAGES.get(exc.status_code, "ERROR")
    headers = dict(exc.headers or {})
    if "Allow" in headers:  # Starlette joins a set: sorted, the header is the same every run
        headers["Allow"] = ", ".join(sorted(m.strip() for m in headers["Allow"].split(",")))
    return json_response(exc.status_code, {"message": message}, headers)


class FileHost:
    """Signs file URLs and serves them (``app``: the CDN origin's ASGI app)."""

    def __init__(self, origin: str, secret: str, faults: Faults, requests: RequestLog) -> None:
        """``origin``: where the file host is reachable; ``secret``: what its URLs are signed
        with (the state file's name, so that URLs stay valid across a restart)."""
        #: The CDN origin the URLs name (``FakeVimmerse.set_origins`` moves it).
        self.origin = origin
        #: More kinds of files: ``k`` of the signed payload -> what serves it (``assets``).
        self.kinds: dict[str, Callable[[Request, dict[str, Any]], Awaitable[Response]]] = {}
        self._secret = hashlib.sha256(b"vimmerse-fake:" + secret.encode()).digest()
        # A token depends only on its payload: answers that name the same file again (polling a
        # job) reuse it instead of encoding and signing it again.
        # Keyed by the values and their types: 5, 5.0 and True are equal keys but sign differently.
        self._token = functools.lru_cache(maxsize=4096)(
            lambda typed: self._sign({name: value for name, _, value in typed})
        )
        self._faults = faults
        self._requests = requests
        self.app = Starlette(
            routes=[
                Route("/files/{token}", self.serve_file, methods=["GET"]),
                Route("/blob/{size:int}", self.serve_blob, methods=["GET"]),
            ],
            exception_handlers={HTTPException: _http_error},
        )
        self.app.router.redirect_slashes = False  # never a 307: unknown paths are JSON 404s

    # ------------------------------------------------------------------ tokens
    def _sign(self, payload: dict[str, Any]) -> str:
        raw = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).rstrip(b"=")
        mac = hmac.new(self._secret, raw, hashlib.sha256).hexdigest()[:16]
        return f"{raw.decode()}.{mac}"

    def _unsign(self, token: str) -> dict[str, Any] | None:
        token = token.rsplit(".", 1)[0] if token.count(".") == 2 else token  # drop a file extension
        try:
            raw, mac = token.split(".")
        except ValueError:
            return None
        expected = hmac.new(self._secret, raw.encode(), hashlib.sha256).hexdigest()[:16]
        if not hmac.compare_digest(mac, expected):
            return None
        try:
            value = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def url(self, kind: str, ext: str, **params: Any) -> str:
        """A signed URL of a generated file (``kind`` video/image/audio; ``d`` seconds,
        ``a`` aspect ratio, ``w`` width of videos; other params only make it unique)."""
        payload = {"k": kind, **params}
        try:
            token = self._token(tuple((name, type(value), value) for name, value in payload.items()))
        except TypeError:  # a param that cannot be a cache key (a list): signed every time
            token = self._sign(payload)
        return f"{self.origin}/files/{token}.{ext}"

    # --------------------------------------------------------------- responses
    def file_response(
        self,
        request: Request,
        size: int,
        chunks: Callable[[int, int], Iterable[bytes]],
        media_type: str,
        json_416: bool,
    ) -> Response:
        try:
            rng = files.parse_range(request.headers.get("range"), size)
        except files.RangeNotSatisfiable:
            headers = {"Content-Range": f"bytes */{size}"}
            if json_416:
                return json_response(416, {"message": "RANGE_NOT_SATISFIABLE"}, headers)
            return Response(status_code=416, headers=headers)
        start, end = rng if rng else (0, size)
        headers = {"Content-Length": str(end - start), "Accept-Ranges": "bytes"}
        status = 200
        if rng:
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
        fault = self._faults.take("truncate", request.method, request.url.path)
        limit = fault.after_bytes if fault else None
        if request.method == "HEAD":
            return Response(status_code=status, headers=headers, media_type=media_type)
        body = _truncating(chunks(start, end), limit)
        return StreamingResponse(_aiter(body), status_code=status, headers=headers, media_type=media_type)

    def bytes_response(self, request: Request, data: bytes, media_type: str, json_416: bool) -> Response:
        def chunks(start: int, end: int) -> Iterator[bytes]:
            for pos in range(start, end, files.BLOB_CHUNK):
                yield data[pos : min(end, pos + files.BLOB_CHUNK)]

        return self.file_response(request, len(data), chunks, media_type, json_416)

    async def video(
        self, duration: float, aspect: str, width: int | None = None, audio: bool = False
    ) -> bytes:
        return await asyncio.to_thread(files.render_mp4, duration, aspect, width, audio)

    # -------------------------------------------------------------- endpoints
    async def serve_file(self, request: Request) -> Response:
        self._requests.count(request.url.path)
        payload = self._unsign(request.path_params["token"])
        if payload is None:
            return json_response(404, {"message": "NOT_FOUND"})
        kind = payload.get("k")
        if kind == "video":
            width = payload.get("w")
            size = int(width) if width else None
            data = await self.video(float(payload["d"]), str(payload["a"]), size, bool(payload.get("n")))
            return self.bytes_response(request, data, "video/mp4", False)
        if kind == "image":
            return self.bytes_response(request, files.png(), "image/png", False)
        if kind == "audio":
            return self.bytes_response(request, files.wav(float(payload.get("d", 1.0))), "audio/wav", False)
        if isinstance(kind, str) and kind in self.kinds:
            return await self.kinds[kind](request, payload)
        return json_response(404, {"message": "NOT_FOUND"})

    async def serve_blob(self, request: Request) -> Response:
        """A deterministic synthetic file of ``size`` bytes, streamed in chunks (benchmarks)."""
        self._requests.count(request.url.path)
        size = int(request.path_params["size"])
        return self.file_response(request, size, files.blob_bytes, "application/octet-stream", False)
