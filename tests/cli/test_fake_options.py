"""``vimmerse fake``'s options for keys, credits, rate limit and admin token: bad values are usage
errors (exit 2) that name the option and what it allows, before anything is served."""

from __future__ import annotations

import re
from typing import Any

import pytest
from typer.testing import CliRunner

import vimmerse_fake
from vimmerse.cli import app
from vimmerse.cli._runtime import EXIT_USAGE
from vimmerse_fake import DEFAULT_CREDITS, DEMO_API_KEY


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[│╭╮╰╯─]", " ", text))


class Served(Exception):
    """Raised instead of serving: the options were accepted."""

    def __init__(self, config: Any) -> None:
        super().__init__("served")
        self.config = config


@pytest.fixture
def no_serving(monkeypatch: pytest.MonkeyPatch) -> None:
    def serve(**kwargs: Any) -> None:
        raise Served(kwargs["config"])

    monkeypatch.setattr(vimmerse_fake, "serve", serve)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--api-key", ""], ["--api-key", "non-empty", "visible ASCII"]),
        (["--api-key", "=500"], ["--api-key", "non-empty"]),
        (["--api-key", "k1=-5"], ["--api-key", "credits must be a whole number from 0", "'-5'"]),
        (["--api-key", "k1=1.5"], ["--api-key", "whole number", "'1.5'"]),
        (["--api-key", "k1=lots"], ["--api-key", "whole number", "'lots'"]),
        (["--api-key", "k1="], ["--api-key", "whole number", "''"]),
        (["--api-key", "k1=10000000000000000000"], ["--api-key", "from 0 to 1,000,000,000,000,000,000"]),
        (["--api-key", "my key=5"], ["--api-key", "no spaces", "'my key'"]),
        (["--api-key", "k1=5", "--api-key", "k1=7"], ["--api-key", "'k1' is given twice"]),
        (["--api-key", "k1", "--api-key", "k1"], ["'k1' is given twice"]),
        (["--rate-limit", "0"], ["--rate-limit", "requests per second > 0"]),
        (["--rate-limit", "-2"], ["--rate-limit", "> 0"]),
        (["--rate-limit", "nan"], ["--rate-limit", "> 0", "nan"]),
        (["--rate-limit", "inf"], ["--rate-limit", "> 0", "inf"]),
        (["--rate-limit", "fast"], ["--rate-limit", "not a valid float"]),
        (["--admin-token", ""], ["--admin-token", "non-empty"]),
        (["--admin-token", "has space"], ["--admin-token", "no spaces"]),
    ],
)
def test_bad_values_are_usage_errors_naming_the_option(no_serving, args, says):
    result = CliRunner().invoke(app, ["fake", "--port", "0", *args])
    assert not isinstance(result.exception, Served), f"{args} was accepted"
    assert result.exit_code == EXIT_USAGE, result.output
    message = _plain(result.stderr)
    for text in says:
        assert text in message, message
    if args[0] == "--admin-token" and args[1]:
        assert args[1] not in message  # the token is a secret: never echoed


def _accepted(args: list[str]) -> Any:
    result = CliRunner().invoke(app, ["fake", "--port", "0", *args])
    assert isinstance(result.exception, Served), result.output
    return result.exception.config


def test_keys_given_replace_the_demo_key_and_default_to_its_credits(no_serving):
    assert _accepted([]).api_keys == {DEMO_API_KEY: DEFAULT_CREDITS}
    config = _accepted(["--api-key", "k1=250", "--api-key", "k2=0", "--api-key", "k3"])
    assert config.api_keys == {"k1": 250, "k2": 0, "k3": DEFAULT_CREDITS}
    kept = _accepted(["--api-key", "k1=5", "--api-key", DEMO_API_KEY])
    assert kept.api_keys == {"k1": 5, DEMO_API_KEY: DEFAULT_CREDITS}
    # The last `=` splits: a key ending in `=` (base64) takes its credits after one more.
    assert _accepted(["--api-key", "YWJj==7"]).api_keys == {"YWJj=": 7}


def test_rate_limit_and_admin_token_reach_the_config(no_serving, monkeypatch):
    config = _accepted(["--rate-limit", "0.5", "--admin-token", "t0k"])
    assert (config.rate_limit, config.admin_token) == (0.5, "t0k")
    monkeypatch.setenv("VIMMERSE_FAKE_ADMIN_TOKEN", "from-env")  # a CI secret, kept out of argv
    assert _accepted([]).admin_token == "from-env"
    assert _accepted([]).rate_limit is None


def test_help_documents_keys_credits_and_admin_routes():
    result = CliRunner().invoke(app, ["fake", "--help"], env={"COLUMNS": "200"})
    text = _plain(result.stdout)
    assert result.exit_code == 0
    assert "KEY[=CREDITS]" in text and f"(KEY alone: {DEFAULT_CREDITS})" in text
    assert f"add --api-key {DEMO_API_KEY} to keep the demo key" in text
    for route in (
        "GET /_admin/keys:",
        "PUT /_admin/keys/KEY",
        "POST /_admin/keys/KEY/credits",
        "DELETE /_admin/keys/KEY",
        "POST /_admin/reset",
    ):
        assert route in text
    assert "--rate-limit" in text and "Retry-After" in text
    assert "this machine only" in text and "Authorization: Bearer TOKEN" in text
