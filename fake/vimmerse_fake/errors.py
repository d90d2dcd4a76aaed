"""The fake's exceptions (standard library only, so the pytest plugin and the in-process
transports can import them without the ``fake`` extra's dependencies)."""

from __future__ import annotations

from typing import Any


class ConnectionDropped(Exception):
    """Raised inside the app to make the client see a dropped connection."""


class ResponseValidationFailed(AssertionError):
    """The fake produced a response openapi.yaml does not allow: a bug in the fake."""


class HTTPError(Exception):
    """An error answer ``{"message": message, **extra}``; ``extra["headers"]`` become headers."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.message, self.extra = status, message, extra


class ValidationFailed(Exception):
    """A 422 answer with FastAPI-style ``detail`` items."""

    def __init__(self, detail: list[dict[str, Any]]) -> None:
        super().__init__(detail)
        self.detail = detail
