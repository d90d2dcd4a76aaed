"""What an armed fault (``faults.Faults``) does to an API request: a delay, a dropped
connection or an injected 5xx, before the request is carried out or after it (the work done,
the answer lost)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .answers import Answer
from .errors import ConnectionDropped
from .faults import Fault, Faults
from .transport import DROP_MESSAGE, IN_PROCESS

_MESSAGES = {500: "INTERNAL_SERVER_ERROR", 502: "BAD_GATEWAY", 503: "SERVICE_UNAVAILABLE", 504: "TIMEOUT"}


class DropResponse(Response):
    """Kills the connection. In-process transports turn the exception into
    ``httpx.RemoteProtocolError``; under uvicorn, an exception after the response has
    started makes it close the socket (before start it would send a 500 instead), so we
    start a response promising a body and never send it."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("extensions", {}).get(IN_PROCESS):
            # Starlette's ServerErrorMiddleware would turn a raise here into a 500, so tell
            # our transport directly (a message type only it understands).
            await send({"type": DROP_MESSAGE})
            return
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        raise ConnectionDropped("connection dropped by fault injection")


def _error(fault: Fault) -> Answer:
    return Answer(fault.status, {"message": _MESSAGES.get(fault.status, "SERVER_ERROR"), "injected": True})


async def with_faults(
    faults: Faults, request: Request, carry_out: Callable[[], Awaitable[Response]]
) -> Response | Answer:
    """``carry_out()``'s response, unless a fault armed for this request replaces it."""
    method, path = request.method, request.scope["path"]  # request.url.path, without building the URL
    slow = faults.take("slow", method, path)
    if slow:
        await asyncio.sleep(slow.seconds)
    drop = faults.take("drop", method, path)
    if drop and not drop.after_processing:
        return DropResponse()
    err = faults.take("error", method, path)
    if err and not err.after_processing:
        return _error(err)
    response = await carry_out()
    if drop:
        return DropResponse()
    if err:
        return _error(err)
    return response
