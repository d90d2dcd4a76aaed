"""pytest fixtures for the fake (registered as the ``vimmerse_fake`` pytest11 plugin).

* ``vimmerse_fake_config`` -> FakeConfig: override this fixture in your conftest, or mark
  a test ``@pytest.mark.vimmerse_fake(manual_clock=True, rate_limit=5, ...)``.
  Default: speed 100 (a 5 s video's 60 simulated seconds take 0.6 s).
* ``vimmerse_fake`` -> FakeVimmerse in process; use ``vimmerse_fake.transport()``.
* ``vimmerse_fake_server`` -> RunningFake served over HTTP on free loopback ports.

``pip install vimmerse`` registers this plugin in every pytest run, with or without the
``fake`` extra, so this module imports nothing of the extra (Starlette, uvicorn,
openapi-core, PyAV): the fixtures import it when a test uses them, and fail with the
install command when it is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from .config import FakeConfig

if TYPE_CHECKING:
    from .core import FakeVimmerse
    from .server import RunningFake

MISSING_EXTRA = "the vimmerse_fake fixtures need the fake extra ({}): pip install 'vimmerse[fake]'"


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
    try:
        from .core import FakeVimmerse
    except ImportError as exc:
        pytest.fail(MISSING_EXTRA.format(exc.name or exc), pytrace=False)
    fake = FakeVimmerse(vimmerse_fake_config)
    yield fake
    fake.close()


@pytest.fixture
def vimmerse_fake_server(vimmerse_fake_config: FakeConfig) -> Iterator[RunningFake]:
    try:
        from .server import serve
    except ImportError as exc:
        pytest.fail(MISSING_EXTRA.format(exc.name or exc), pytrace=False)
    with serve(config=vimmerse_fake_config) as running:
        yield running
    running.fake.close()
