"""Fixtures of the fake's own tests: a manual-clock fake with two keys, a raw httpx client."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse
from vimmerse_fake.testing import client_for

OTHER_KEY = "other-key"


@pytest.fixture
def fake() -> Iterator[FakeVimmerse]:
    # Answers in the document's declared types: these tests assert the fake's behaviour on the
    # values; test_wire.py checks the forms the service writes them in (the default).
    config = FakeConfig(
        manual_clock=True, api_keys={DEMO_API_KEY: 10_000, OTHER_KEY: 10_000}, wire="document"
    )
    f = FakeVimmerse(config)
    yield f
    f.close()


@pytest.fixture
def client(fake: FakeVimmerse) -> Iterator[httpx.Client]:
    with client_for(fake) as c:
        yield c
