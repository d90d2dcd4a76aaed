"""Fixtures of the CLI tests: the fake served over HTTP, and a CLI runner that checks every output.

The CLI builds its own ``Vimmerse`` client from ``--base-url``/``VIMMERSE_BASE_URL``, so these
tests serve the fake on free loopback ports (``vimmerse_fake.serve``) instead of injecting a
transport: the CLI is exercised exactly as a user runs it, over real HTTP.
"""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from vimmerse.cli import app
from vimmerse_fake import DEMO_API_KEY, FakeConfig, serve

# A key that looks like a real secret: every CLI run below asserts it never reaches any output.
SECRET_KEY = "sk-live-CLI-TEST-7f3a9c2e5b"
FAST = 600.0  # a 5 s media (60 simulated seconds) finishes in 0.1 s of real time


def plain(text: str) -> str:
    """Text of a (rich-formatted) message without box-drawing characters and line wrapping."""
    text = re.sub(r"[│╭╮╰╯─]", " ", text)
    return re.sub(r"\s+", " ", text)


@dataclass
class Served:
    base_url: str
    cdn_url: str
    fake: Any


@pytest.fixture(scope="session")
def server() -> Iterator[Served]:
    """The fake on free loopback ports, with a fast clock; the test key and the demo key both work."""
    config = FakeConfig(api_keys={SECRET_KEY: 1_000_000, DEMO_API_KEY: 10_000}, speed=FAST)
    with serve(host="127.0.0.1", port=0, cdn_port=0, config=config) as running:
        yield Served(running.base_url, running.cdn_url, running.fake)


@pytest.fixture(scope="session")
def slow_server() -> Iterator[Served]:
    """The fake at real speed: a 5 s media takes a minute, so a short --wait-timeout expires."""
    config = FakeConfig(api_keys={SECRET_KEY: 1_000_000}, speed=1.0)
    with serve(host="127.0.0.1", port=0, cdn_port=0, config=config) as running:
        yield Served(running.base_url, running.cdn_url, running.fake)


@dataclass
class Cli:
    """Invoke the Typer app in-process with the environment a user would set."""

    env: dict[str, str]
    runs: list[Result] = field(default_factory=list)

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> Result:
        result = CliRunner().invoke(app, list(args), env={**self.env, **(env or {})}, catch_exceptions=False)
        for stream in (result.stdout, result.stderr):
            assert SECRET_KEY not in stream, f"API key printed by `vimmerse {' '.join(args)}`"
        self.runs.append(result)
        return result

    @staticmethod
    def plain(text: str) -> str:
        return plain(text)

    def json(self, *args: str) -> Any:
        """Run with ``--json``, expect exit 0 and return the parsed stdout (which must be pure JSON)."""
        result = self(*args, "--json")
        assert result.exit_code == 0, f"exit {result.exit_code}: {result.stderr}"
        return json.loads(result.stdout)


def make_cli(served: Served) -> Cli:
    return Cli(
        env={
            "VIMMERSE_BASE_URL": served.base_url,
            "VIMMERSE_API_KEY": SECRET_KEY,
            "COLUMNS": "200",
            "NO_COLOR": "1",
        }
    )


@pytest.fixture
def cli(server: Served) -> Cli:
    return make_cli(server)


@pytest.fixture
def slow_cli(slow_server: Served) -> Cli:
    return make_cli(slow_server)


def _video_seconds(path: Path) -> float:
    """Duration of an MP4 as PyAV reads it; fails the test if it is not a playable video."""
    import av

    with av.open(str(path)) as container:
        assert container.streams.video, f"{path} has no video stream"
        assert container.duration is not None
        return float(container.duration) / 1_000_000


@pytest.fixture
def video_seconds() -> Callable[[Path], float]:
    """(Test modules cannot import conftest in importlib mode, so helpers travel as fixtures.)"""
    return _video_seconds


@pytest.fixture
def unused_port() -> Callable[[], int]:
    """A loopback port nothing listens on (bound then released by the OS)."""

    def pick() -> int:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port: int = sock.getsockname()[1]
            return port

    return pick
