"""Fixtures of the asset tests: a fake serving ``asset_helpers.DOCUMENT_RAW`` (an asset operation of
every tag), keys with credits and one without, API and file-host clients."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse
from vimmerse_fake.testing import client_for

sys.path.insert(0, str(Path(__file__).parent))  # asset_helpers (pytest runs in importlib mode)

from asset_helpers import DOCUMENT_RAW, OTHER_KEY, POOR_KEY


@pytest.fixture(scope="module")
def spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("assets") / "openapi.yaml"
    path.write_text(yaml.safe_dump(DOCUMENT_RAW, sort_keys=False, allow_unicode=True))
    return path


@pytest.fixture
def fake(spec_path: Path) -> Iterator[FakeVimmerse]:
    f = FakeVimmerse(
        FakeConfig(
            manual_clock=True,
            spec_path=str(spec_path),
            strict_responses=True,
            webhook_retry_delay=0,
            api_keys={DEMO_API_KEY: 100_000, OTHER_KEY: 100_000, POOR_KEY: 1},
        )
    )
    yield f
    f.close()


@pytest.fixture
def client(fake: FakeVimmerse) -> Iterator[httpx.Client]:
    with client_for(fake) as c:
        yield c


@pytest.fixture
def cdn(fake: FakeVimmerse) -> Iterator[httpx.Client]:
    with client_for(fake, key=None) as c:  # the file host needs no key
        yield c
