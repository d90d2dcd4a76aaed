"""pytest fixtures for the fake (registered as the ``vimmerse_fake`` pytest11 plugin).

* ``vimmerse_fake_config`` -> FakeConfig: override this fixture in your conftest, or mark
  a test ``@pytest.mark.vimmerse_fake(manual_clock=True, rate_limit=5, ...)``.
  Default: speed 100 (a 5 s video's 60 simulated seconds take 0.6 s).
* ``vimmerse_fake`` -> FakeVimmerse in process; use ``vimmerse_fake.transport()``.
* ``vimmerse_fake_server`` -> RunningFake served over HTTP on free loopback ports.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .config import FakeConfig
from .core import FakeVimmerse
from .server import RunningFake, serve


def pytest_configure(config: Any) -> None:
    config.addinivalue_line(
        "markers", "vimmerse_fake(**config): FakeConfig fields for the vimmerse_fake fixtures"
    )


@pytest.fixture
def vimmerse_fake_config(request: pytest.FixtureRequest) -> FakeConfig:
    marker = request.node.get_closest_marker("vimmerse_fake")
    kwargs: dict[str, Any] = {"speed": 100.0}
    if marker is not None:
        kwargs.update(marker.kwargs)
    return FakeConfig(**kwargs)


@pytest.fixture
def vimmerse_fake(vimmerse_fake_config: FakeConfig) -> Iterator[FakeVimmerse]:
    fake = FakeVimmerse(vimmerse_fake_config)
    yield fake
    fake.close()


@pytest.fixture
def vimmerse_fake_server(vimmerse_fake_config: FakeConfig) -> Iterator[RunningFake]:
    with serve(config=vimmerse_fake_config) as running:
        yield running
    running.fake.close()
