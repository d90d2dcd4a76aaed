"""The client says which package and which document it is: ``vimmerse.__version__``,
``vimmerse.API_VERSION`` (openapi.yaml's ``info.version``), both in every request's User-Agent
and in ``vimmerse --version``."""

from __future__ import annotations

from pathlib import Path

import httpx
import yaml
from typer.testing import CliRunner

import vimmerse
from vimmerse import API_VERSION, Vimmerse, __version__
from vimmerse.cli import app

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


def test_api_version_is_the_documents() -> None:
    assert yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]["version"] == API_VERSION
    assert {"API_VERSION", "__version__"} <= set(vimmerse.__all__)


def test_every_request_names_both_versions() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, json={"data": {"id": "m1", "processing_status": "success"}})

    with Vimmerse("key", "http://api.test", transport=httpx.MockTransport(handler)) as client:
        client.media.get("m1")
    assert seen == [f"vimmerse-python/{__version__} (api {API_VERSION})"]


def test_cli_version_names_both() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"vimmerse {__version__} (api {API_VERSION})"
