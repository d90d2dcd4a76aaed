"""In-process httpx transports that route by host to the API or CDN ASGI app.

Hand-written instead of ``httpx.ASGITransport`` / Starlette's TestClient transport
because both buffer the whole response body before returning it: a multi-gigabyte
``/blob/{size}`` would sit in memory, and a download cut mid-stream (fault injection)
could not deliver its first bytes before failing. Here the body is streamed through a
bounded queue, and an app-side ``ConnectionDropped`` becomes ``httpx.RemoteProtocolError``
exactly where a real socket would fail (before the response, or mid-body).

The app and these transports agree on two things, defined here: the ASGI scope extension
``IN_PROCESS`` (set on every request they make) and the ``DROP_MESSAGE`` an app sends to
make the client see a dropped connection. httpx and the standard library only.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from .errors import ConnectionDropped

IN_PROCESS = "vimmerse_fake.in_process"  # ASGI scope extension set by our in-process transports
DROP_MESSAGE = "vimmerse_fake.drop_connection"  # ASGI message: in-process transports fail the request

_END = object()


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(
        self, queue: asyncio.Queue[Any], task: asyncio.Task[None], disconnected: asyncio.Event
    ) -> None:
        self._queue, self._task, self._disconnected = queue, task, disconnected

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            item = await self._queue.get()
            if item is _END:
                # Like httpx.ASGITransport(raise_app_exceptions=True): an app that failed
                # after answering (Starlette sends its 500 first, then re-raises) must not
                # pass for a working one in tests.
                await asyncio.wait([self._task])
                exc = self._task.exception() if not self._task.cancelled() else None
                if exc is not None:
                    raise exc
                return
            if isinstance(item, BaseException):
                if isinstance(item, ConnectionDropped):
                    raise httpx.RemoteProtocolError(
                        "peer closed connection without sending complete message body"
                    )
                raise item
            yield item

    async def aclose(self) -> None:
        self._disconnected.set()
        if not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task


class AsyncRoutingTransport(httpx.AsyncBaseTransport):
    """Runs the ASGI app of the request's host (``netloc``) on the caller's event loop."""

    def __init__(self, apps: dict[str, Any]) -> None:
        self.apps = apps

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        app = self.apps.get(request.url.netloc.decode())
        if app is None:
            raise httpx.ConnectError(f"no fake origin at {request.url.netloc.decode()}", request=request)
        body = await request.aread()
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "scheme": request.url.scheme,
            "path": request.url.path,
            "raw_path": request.url.raw_path.split(b"?")[0],
            "query_string": request.url.query,
            "root_path": "",
            "headers": [(k.lower(), v) for k, v in request.headers.raw],
            "client": ("127.0.0.1", 123),
            "server": (request.url.host, request.url.port or (443 if request.url.scheme == "https" else 80)),
            "extensions": {IN_PROCESS: True},
        }
        queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=8)
        started: asyncio.Future[tuple[int, list[tuple[bytes, bytes]]]] = (
            asyncio.get_running_loop().create_future()
        )
        disconnected = asyncio.Event()
        request_sent = False

        async def receive() -> dict[str, Any]:
            nonlocal request_sent
            if not request_sent:
                request_sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            await disconnected.wait()
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == DROP_MESSAGE:
                exc = ConnectionDropped("connection dropped by fault injection")
                if not started.done():
                    started.set_exception(exc)
                else:
                    await queue.put(exc)
            elif message["type"] == "http.response.start":
                started.set_result((message["status"], list(message.get("headers", []))))
            elif message["type"] == "http.response.body":
                chunk = message.get("body", b"")
                if chunk:
                    await queue.put(chunk)
                if not message.get("more_body", False):
                    await queue.put(_END)

        async def run() -> None:
            try:
                await app(scope, receive, send)
            except BaseException as exc:
                if not started.done():
                    started.set_exception(exc)
                    return
                if isinstance(exc, ConnectionDropped):
                    await queue.put(exc)
                    return
                raise
            else:
                if not started.done():
                    started.set_exception(RuntimeError("ASGI app returned without a response"))

        task = asyncio.ensure_future(run())
        try:
            status, headers = await started
        except ConnectionDropped as exc:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from exc
        return httpx.Response(
            status, headers=headers, stream=_AsyncBody(queue, task, disconnected), request=request
        )


class _LoopThread:
    """One event loop in a daemon thread, shared by a sync transport's requests."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="vimmerse-fake-loop", daemon=True)
        self.thread.start()

    def call(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)
        self.loop.close()


class _SyncBody(httpx.SyncByteStream):
    def __init__(self, loop: _LoopThread, stream: httpx.AsyncByteStream) -> None:
        self._loop, self._stream = loop, stream

    def __iter__(self) -> Iterator[bytes]:
        iterator = self._stream.__aiter__()

        async def step() -> bytes | None:
            try:
                return await iterator.__anext__()
            except StopAsyncIteration:
                return None

        while True:
            chunk = self._loop.call(step())
            if chunk is None:
                return
            yield chunk

    def close(self) -> None:
        self._loop.call(self._stream.aclose())


class SyncRoutingTransport(httpx.BaseTransport):
    """Sync face of :class:`AsyncRoutingTransport`: the apps run on a private loop thread."""

    def __init__(self, apps: dict[str, Any]) -> None:
        self._inner = AsyncRoutingTransport(apps)
        self._loop: _LoopThread | None = None
        self._lock = threading.Lock()

    def _get_loop(self) -> _LoopThread:
        with self._lock:
            if self._loop is None:
                self._loop = _LoopThread()
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        loop = self._get_loop()
        content = request.read()
        async_request = httpx.Request(request.method, request.url, headers=request.headers, content=content)
        async_request.extensions = request.extensions
        response = loop.call(self._inner.handle_async_request(async_request))
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_SyncBody(loop, response.stream),
            request=request,
        )

    def close(self) -> None:
        with self._lock:
            if self._loop is not None:
                self._loop.close()
                self._loop = None
