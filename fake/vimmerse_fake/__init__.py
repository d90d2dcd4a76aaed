"""In-process fake of the Vimmerse video API, driven by openapi.yaml, for tests and demos.

>>> from vimmerse_fake import FakeVimmerse, FakeConfig, DEMO_API_KEY
>>> fake = FakeVimmerse(FakeConfig(manual_clock=True))
>>> client = httpx.Client(transport=fake.transport(), base_url=fake.base_url)

Importing this package needs only the standard library: the names that need the ``fake``
extra (Starlette, uvicorn, openapi-core, PyAV) are imported on first use, so the pytest
plugin registered by ``pip install vimmerse`` loads even without the extra.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .clock import Clock, ManualClock
from .config import (
    DEFAULT_CREDITS,
    DEMO_API_KEY,
    WIRE_MODES,
    FakeConfig,
    check_admin_token,
    check_rate_limit,
    parse_api_key,
)
from .errors import ConnectionDropped, ResponseValidationFailed

if TYPE_CHECKING:
    from .core import FakeVimmerse
    from .server import RunningFake, serve

__all__ = [
    "DEFAULT_CREDITS",
    "DEMO_API_KEY",
    "WIRE_MODES",
    "Clock",
    "ConnectionDropped",
    "FakeConfig",
    "FakeVimmerse",
    "ManualClock",
    "ResponseValidationFailed",
    "RunningFake",
    "check_admin_token",
    "check_rate_limit",
    "parse_api_key",
    "serve",
]

_LAZY = {"FakeVimmerse": ".core", "RunningFake": ".server", "serve": ".server"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
