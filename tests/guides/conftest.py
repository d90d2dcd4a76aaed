"""Makes ``guide_samples`` importable (pytest runs in importlib mode) and provides the fakes:

* ``fake``: in process on a manual clock; ``wait()``'s sleeps advance it, so nothing sleeps;
* ``served``: on loopback ports with a fast clock, for the ``vimmerse`` command, which builds its
  own client from ``VIMMERSE_BASE_URL``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse, serve
from vimmerse_fake.server import RunningFake


@pytest.fixture
def fake() -> FakeVimmerse:
    return FakeVimmerse(FakeConfig(manual_clock=True))


@pytest.fixture(scope="session")
def served() -> Iterator[RunningFake]:
    # 600x: a 5 s media (a simulated minute) ends in a tenth of a second.
    config = FakeConfig(api_keys={DEMO_API_KEY: 1_000_000}, speed=600.0)
    with serve(host="127.0.0.1", port=0, cdn_port=0, config=config) as running:
        yield running
