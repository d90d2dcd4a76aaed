"""The ASGI surface of the API origin: lifespan messages answered, unexpected exceptions as a
JSON 500 (re-raised, so servers log them and the in-process transports raise them in the test
that caused them), and ``HEAD`` answered without a body."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.middleware.errors import ServerErrorMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send


async def _server_error(request: Request, exc: Exception) -> Response:
    return JSONResponse({"message": "INTERNAL_SERVER_ERROR"}, status_code=500)


def http_app(answer: Callable[[Request], Awaitable[Response]]) -> ASGIApp:
    """An ASGI app that answers each HTTP request with ``answer(request)``."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        response = await answer(Request(scope, receive))
        if scope["method"] == "HEAD":
            send = _without_body(send)
        await response(scope, receive, send)

    return ServerErrorMiddleware(app, handler=_server_error)


def _without_body(send: Send) -> Send:
    """HEAD: the status line and headers of the answer, never its body."""

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return wrapped
