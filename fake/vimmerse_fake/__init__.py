"""In-process fake of the Vimmerse video API, driven by openapi.yaml, for tests and demos.

>>> from vimmerse_fake import FakeVimmerse, FakeConfig, DEMO_API_KEY
>>> fake = FakeVimmerse(FakeConfig(manual_clock=True))
>>> client = httpx.Client(transport=fake.transport(), base_url=fake.base_url)
"""

from .clock import Clock, ManualClock
from .config import DEMO_API_KEY, FakeConfig
from .core import ConnectionDropped, FakeVimmerse
from .server import RunningFake, serve
from .spec import ResponseValidationFailed

__all__ = [
    "DEMO_API_KEY",
    "Clock",
    "ConnectionDropped",
    "FakeConfig",
    "FakeVimmerse",
    "ManualClock",
    "ResponseValidationFailed",
    "RunningFake",
    "serve",
]
