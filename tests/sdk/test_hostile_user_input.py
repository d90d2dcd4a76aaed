"""What a user or a webhook hands over, however malformed, is accepted or refused with a
``VimmerseError`` before anything is sent: webhook bodies, JSON fields, files to upload, and the
command line's options, files and answers (``sdk_hostile`` makes the inputs; ``check_error`` is
the property asserted).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sdk_helpers import API, KEY
from sdk_hostile import (
    DEEP,
    SETTINGS,
    SPECIAL_BODIES,
    answering,
    bodies,
    check_error,
    json_values,
    statuses,
    sync_client,
)
from typer.testing import CliRunner

from vimmerse import RetryPolicy, Vimmerse, errors, webhooks

# ------------------------------------------------------------------------------ webhooks


webhook_objects = st.dictionaries(
    st.sampled_from(["customer_id", "media_id", "batch_id", "status", "extra"]), json_values, max_size=5
)


@SETTINGS
@given(
    body=st.one_of(
        st.sampled_from(SPECIAL_BODIES),
        st.binary(max_size=64),
        json_values.map(lambda v: json.dumps(v).encode()),
        webhook_objects.map(lambda d: json.dumps(d).encode()),
        webhook_objects,
        st.text(max_size=40),
    )
)
@example(body=b'{"customer_id": "c", "media_id": "m", "status": " "}')
@example(body=b'{"customer_id": "c", "media_id": "m", "status": ' + b"1" * 5000 + b"}")
@example(body={"customer_id": "c", "batch_id": "s", "status": 10**5000})
def test_any_webhook_body_is_a_payload_or_a_parse_error(body: Any) -> None:
    try:
        event = webhooks.parse(body)
    except BaseException as exc:
        check_error(exc)
        assert isinstance(exc, errors.WebhookParseError)
    else:
        assert isinstance(event.customer_id, str) and event.status


# ------------------------------------------------------------------------------ what a user hands over


def _sent_nothing() -> tuple[Any, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": {"id": "m1", "processing_status": "queue_bullet"}})

    client, _ = sync_client(handler)
    return client, sent


@SETTINGS
@given(text=st.one_of(st.text(max_size=40), st.sampled_from([s.decode("latin-1") for s in SPECIAL_BODIES])))
def test_any_json_text_for_a_json_field_is_sent_or_refused_before_sending(text: str) -> None:
    client, sent = _sent_nothing()
    with client:
        try:
            client.media.create(prompt="a cat", audio_option=text)
        except BaseException as exc:
            check_error(exc)
            assert isinstance(exc, errors.InvalidParameterError) and not sent
        else:
            assert len(sent) == 1


def _hostile_paths(tmp: Path) -> dict[str, str]:
    fifo = tmp / "fifo"
    os.mkfifo(fifo)
    (tmp / "dangling").symlink_to(tmp / "gone")
    return {
        "missing": str(tmp / "missing.png"),
        "directory": str(tmp),
        "fifo": str(fifo),  # opening it would block until a writer came
        "device": "/dev/zero",  # reading it would never end
        "dangling-link": str(tmp / "dangling"),
        "name-too-long": str(tmp / ("n" * 5000)),
        "nul": str(tmp / "a\0b.png"),
    }


def test_a_file_that_cannot_be_uploaded_is_refused_before_sending(tmp_path: Path) -> None:
    client, sent = _sent_nothing()
    with client:
        for what, path in _hostile_paths(tmp_path).items():
            with pytest.raises(errors.InvalidParameterError) as info:
                client.media.create(prompt="a cat", image_files=[path])
            check_error(info.value)
            assert info.value.field == "image_files[0]", what
    assert not sent


def test_an_unreadable_file_is_refused_before_sending(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"png")
    secret.chmod(0)
    if os.access(secret, os.R_OK):
        pytest.skip("running as a user who reads every file (root)")
    client, sent = _sent_nothing()
    with client, pytest.raises(errors.InvalidParameterError, match="permission denied"):
        client.media.create(prompt="a cat", image_files=[str(secret)])
    assert not sent


# ------------------------------------------------------------------------------ the command line


@pytest.fixture
def cli_answer(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The CLI's client answers whatever the test puts here (no network, no real sleeps)."""
    holder: dict[str, Any] = {"status": 200, "body": b"{}", "headers": {}}
    from vimmerse.cli import _runtime

    def build(api_key: str, base_url: str | None = None, **kwargs: Any) -> Vimmerse:
        handler = answering(holder["status"], holder["body"], holder["headers"])
        retry = RetryPolicy(sleep=lambda _s: None, random=lambda: 0.5)
        return Vimmerse(api_key, API, transport=httpx.MockTransport(handler), retry=retry, max_retries=1)

    monkeypatch.setattr(_runtime, "Vimmerse", build)
    return holder


def _run_cli(*args: str) -> Any:
    env = {"VIMMERSE_API_KEY": KEY, "COLUMNS": "200", "NO_COLOR": "1"}
    result = CliRunner().invoke(_cli_app(), list(args), env=env, catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert KEY not in result.stdout + result.stderr
    return result


def _cli_app() -> Any:
    from vimmerse.cli import app

    return app


@SETTINGS
@given(
    value=st.one_of(st.text(max_size=40), st.sampled_from([s.decode("latin-1") for s in SPECIAL_BODIES])),
    from_file=st.booleans(),
    raw_file=st.one_of(st.none(), st.binary(max_size=40), st.sampled_from(SPECIAL_BODIES)),
    status=statuses,
    body=bodies,
)
@example(value="", from_file=True, raw_file=b"\xff\xfe", status=200, body=b"{}")
@example(value="", from_file=True, raw_file=b"[" * DEEP, status=200, body=b"{}")
# JSON may escape a lone surrogate, which no terminal encoding can write.
@example(
    value="{}",
    from_file=False,
    raw_file=None,
    status=200,
    body=rb'{"data": {"id": "\ud800", "status": "\udfff", "processing_status": "x"}}',
)
def test_the_cli_turns_any_option_file_or_answer_into_an_exit_code(
    cli_answer: dict[str, Any], value: str, from_file: bool, raw_file: bytes | None, status: int, body: bytes
) -> None:
    cli_answer.update(status=status, body=body, headers={"Content-Type": "application/json"})
    with tempfile.TemporaryDirectory() as tmp:
        option = value
        if from_file:
            path = Path(tmp) / "audio.json"
            if raw_file is not None:
                path.write_bytes(raw_file)
            option = "@" + str(path)
        if "\0" in option:
            return  # no process gets a NUL in an argument
        result = _run_cli("media", "create", "--prompt", "a cat", "--audio-option", option)
    assert result.exit_code in (0, 2, 3), (result.exit_code, result.stderr[-500:])
    if result.exit_code:
        assert "Error" in result.stderr or "Invalid value" in result.stderr, result.stderr[-500:]
