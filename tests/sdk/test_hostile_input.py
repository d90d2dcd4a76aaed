"""Every reader of bytes from outside turns malformed or hostile input into a ``VimmerseError``.

What the SDK and CLI read from outside: the service's answers (bodies, status codes, headers:
``Retry-After``, ``Content-Length``, ``Content-Range``, ``Location``), webhook bodies, the files
and JSON a user hands over. Each property below feeds arbitrary input to one reader through the
public API and asserts that the only exception escaping is a ``VimmerseError`` subclass with a
short message, and that a paid call the service may have acted on (a 2xx, a 5xx) still says
``may_have_created_job=True``.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sdk_helpers import API, KEY, Sleeps
from typer.testing import CliRunner

from vimmerse import AsyncVimmerse, RetryPolicy, Vimmerse, errors, webhooks
from vimmerse.types import Media, Story

MESSAGE_LIMIT = 5000  # a message a user reads, not a body replayed
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# ------------------------------------------------------------------------------ what arrives

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and infinities included: json.dumps writes them as NaN/Infinity
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=16,
)
DEEP = 100_000
SPECIAL_BODIES = [
    b"",
    b"null",
    b"[]",
    b'"data"',
    b"42",
    b"NaN",
    b"1e999",
    b"-Infinity",
    b"{",
    b"<html><body>Service temporarily unavailable</body></html>",
    b"\xff\xfe{\x00}\x00",
    b"\xef\xbb\xbf{}",
    b'{"data": "\xff\xfe"}',
    b"[" * DEEP,
    b'{"data":' * 5000 + b"{}" + b"}" * 5000,
    b"1" * 5000,
    b'{"data": {"id": ' + b"1" * 5000 + b', "processing_status": "success"}}',
    b'{"data": {"id": "m1", "status": "success", "processing_status": "success", "progress_percentage": '
    + b"9" * 4000
    + b"}}",
    b'{"data": {"id": "\\ud800", "status": "\\udfff", "processing_status": "x"}}',
    b'{"data": {}}',
    b"{}",
    b'{"message": ' + b"[" * 900 + b"]" * 900 + b"}",
    b'{"detail": [{"loc": 5, "msg": ' + b"7" * 3000 + b'}, {"loc": [[1]]}, 3]}',
    b'{"message": "' + b"x" * 100_000 + b'"}',
]


def _shaped(fields: tuple[str, ...]) -> st.SearchStrategy[bytes]:
    """An answer of the right outline with arbitrary values: gets past JSON into the models."""
    anything = st.dictionaries(st.sampled_from([*fields, "x_new"]), json_values, max_size=8)
    required = st.fixed_dictionaries(
        {"id": st.just("m1"), "processing_status": st.just("success"), "status": st.just("success")}
    )
    data = st.one_of(anything, st.builds(lambda r, a: {**a, **r}, required, anything))
    return data.map(lambda d: json.dumps({"data": d}).encode())


bodies = st.one_of(
    st.sampled_from(SPECIAL_BODIES),
    st.binary(max_size=64),
    json_values.map(lambda v: json.dumps(v).encode()),
    _shaped(Media._FIELDS),
    _shaped(Story._FIELDS),
)
header_text = st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=40)
retry_after = st.one_of(
    header_text,
    st.sampled_from(
        [
            "nan",
            "-nan",
            "inf",
            "-1",
            "1e999",
            "Mon, 01 Jan 2024 00:00:00 -0000",
            "Fri, 31 Dec 9999 23:59:59 +2359",
        ]
    ),
)
content_type = st.sampled_from(
    [
        "application/json",
        "text/html",
        "application/json; charset=bogus",
        "application/json; charset=utf-16",
        "",
    ]
)
statuses = st.sampled_from([200, 201, 204, 299, 302, 304, 400, 401, 402, 404, 413, 422, 429, 500, 502, 503])


def _answer(status: int, body: bytes, headers: dict[str, str]) -> Callable[[httpx.Request], httpx.Response]:
    # As bytes, the way a server's header values arrive (here UTF-8: any octet but CR, LF, NUL).
    raw = [(k.encode(), v.encode()) for k, v in headers.items()]

    def handler(request: httpx.Request) -> httpx.Response:
        # A stream, not content=: httpx would decode a compressed body here, not in the client.
        return httpx.Response(status, stream=httpx.ByteStream(body), headers=raw)

    return handler


def _client(
    handler: Callable[[httpx.Request], httpx.Response], *, max_retries: int = 1
) -> tuple[Any, Sleeps]:
    sleeps = Sleeps()
    retry = RetryPolicy(sleep=sleeps, random=lambda: 0.5)
    return Vimmerse(
        KEY, API, transport=httpx.MockTransport(handler), max_retries=max_retries, retry=retry
    ), sleeps


def _async_client(handler: Callable[[httpx.Request], httpx.Response]) -> tuple[Any, Sleeps]:
    sleeps = Sleeps()

    async def asleep(seconds: float) -> None:
        sleeps(seconds)

    async def ahandler(request: httpx.Request) -> httpx.Response:
        return handler(request)

    retry = RetryPolicy(sleep=sleeps, async_sleep=asleep, random=lambda: 0.5)
    client = AsyncVimmerse(KEY, API, transport=httpx.MockTransport(ahandler), max_retries=1, retry=retry)
    return client, sleeps


def check_error(exc: BaseException, *, paid: bool = False, status: int | None = None) -> None:
    """A VimmerseError with a message a user can read; a paid call accepted or failed by the
    service says a job may exist."""
    assert isinstance(exc, errors.VimmerseError), f"{type(exc).__name__} escaped: {exc!r}"[:500]
    text = str(exc)
    assert text.strip() and len(text) < MESSAGE_LIMIT, text[:300]
    if paid and status is not None and (200 <= status < 300 or status >= 500):
        assert getattr(exc, "may_have_created_job", False) is True, text[:300]


# (what is called, whether it spends credits)
CALLS: dict[str, tuple[Callable[[Any], Any], bool]] = {
    "media.get": (lambda c: c.media.get("m1"), False),
    "media.status": (lambda c: c.media.status("m1"), False),
    "media.create": (lambda c: c.media.create(prompt="a cat"), True),
    "media.process": (lambda c: c.media.process("m1"), True),
    "story.get": (lambda c: c.story.get("s1"), False),
    "story.concat": (lambda c: c.story.concat("s1"), True),
    "assets.get": (lambda c: c.assets.get("a1"), False),
    "health": (lambda c: c.health(), False),
}
calls = st.sampled_from(sorted(CALLS))


# ------------------------------------------------------------------------------ answers


encodings = st.sampled_from(["identity", "identity", "gzip", "deflate", "br", "zstd", "bogus"])


@SETTINGS
@given(name=calls, status=statuses, body=bodies, ctype=content_type, after=retry_after, encoding=encodings)
@example(
    name="media.create", status=200, body=b"[" * DEEP, ctype="application/json", after="", encoding="identity"
)
@example(
    name="media.get",
    status=429,
    body=b"{}",
    ctype="json",
    after="Mon, 01 Jan 2024 00:00:00 -0000",
    encoding="",
)
@example(name="media.get", status=503, body=b"{}", ctype="application/json", after="nan", encoding="identity")
@example(
    name="media.create", status=422, body=SPECIAL_BODIES[-2], ctype="json", after="", encoding="identity"
)
@example(name="media.create", status=200, body=b"{}", ctype="application/json", after="", encoding="gzip")
def test_any_answer_is_a_result_or_a_vimmerse_error(
    name: str, status: int, body: bytes, ctype: str, after: str, encoding: str
) -> None:
    call, paid = CALLS[name]
    headers = {"Content-Type": ctype, "Retry-After": after, "Content-Encoding": encoding}
    client, sleeps = _client(_answer(status, body, headers))
    with client:
        try:
            result = call(client)
        except BaseException as exc:  # what escapes is the property under test
            check_error(exc, paid=paid, status=status)
        else:
            assert result is not None and 200 <= status < 300
    assert all(math.isfinite(s) and s >= 0 for s in sleeps.calls), sleeps.calls


@settings(SETTINGS, max_examples=60)
@given(name=calls, status=statuses, body=bodies, after=retry_after)
def test_any_answer_is_a_result_or_a_vimmerse_error_async(
    name: str, status: int, body: bytes, after: str
) -> None:
    call, paid = CALLS[name]

    async def run() -> None:
        client, sleeps = _async_client(_answer(status, body, {"Retry-After": after}))
        async with client:
            try:
                await call(client)
            except BaseException as exc:
                check_error(exc, paid=paid, status=status)
        assert all(math.isfinite(s) and s >= 0 for s in sleeps.calls), sleeps.calls

    asyncio.run(run())


# ------------------------------------------------------------------------------ downloads

download_headers = st.fixed_dictionaries(
    {},
    optional={
        "Content-Length": st.one_of(header_text, st.sampled_from(["²", "-1", "1" * 40, " 3 ", "0x10"])),
        "Content-Range": st.one_of(
            header_text,
            st.sampled_from(["bytes 0-1/*", "bytes ٣-4/5", "bytes 5-1/2", "bytes 0-0/" + "9" * 40]),
        ),
        "Location": st.one_of(
            header_text,
            st.sampled_from(["http://[::1", "http://exa mple.com/", "ftp://x/y", "//", "http://:99999/"]),
        ),
        "Retry-After": retry_after,
        "ETag": header_text,
        "Content-Encoding": st.sampled_from(["gzip", "identity", "br", "bogus"]),
        "Content-Type": st.sampled_from(["video/mp4", "audio/wav", "text/../../x", "", "a/b; x"]),
    },
)


@SETTINGS
@given(
    status=st.sampled_from([200, 206, 301, 302, 307, 404, 410, 416, 429, 500, 503]),
    headers=download_headers,
    body=st.binary(max_size=64),
)
def test_any_download_answer_is_a_file_or_a_vimmerse_error(
    status: int, headers: dict[str, str], body: bytes
) -> None:
    client, sleeps = _client(_answer(status, body, headers))
    with tempfile.TemporaryDirectory() as tmp, client:
        try:
            path = client.media.download("m1", Path(tmp) / "out.mp4")
        except BaseException as exc:
            check_error(exc)
        else:
            assert path.is_file() and 200 <= status < 300
    assert all(math.isfinite(s) and s >= 0 for s in sleeps.calls), sleeps.calls


def test_a_server_restarting_a_download_and_breaking_off_every_time_is_given_up_on(tmp_path: Path) -> None:
    """It ignores Range (200) and sends 3 of 5 bytes, every time: each attempt brought 3 "new"
    bytes after the restart, so the download was resumed forever."""
    requests: list[httpx.Request] = []
    answer = _answer(200, b"abc", {"Content-Length": "5", "Content-Type": "video/mp4"})

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return answer(request)

    client, sleeps = _client(handler)
    with client, pytest.raises(errors.DownloadError, match="stalled"):
        client.media.download("m1", tmp_path / "out.mp4")
    assert len(requests) < 10 and len(sleeps.calls) == len(requests) - 1
    assert requests[-1].headers["Range"] == "bytes=3-"  # it did try to resume


@pytest.mark.parametrize(
    "target",
    ["{file}/out.mp4", "{tmp}/" + "n" * 300 + ".mp4", "{tmp}/a\0b.mp4", "/proc/version/x.mp4"],
    ids=["under-a-file", "name-too-long", "nul", "unwritable"],
)
def test_a_download_target_that_cannot_be_written_is_a_download_error(tmp_path: Path, target: str) -> None:
    (tmp_path / "file").write_bytes(b"x")
    where = target.format(file=tmp_path / "file", tmp=tmp_path)
    client, _ = _client(_answer(200, b"video", {"Content-Type": "video/mp4"}))
    with client, pytest.raises(errors.DownloadError, match="cannot write to"):
        client.media.download("m1", where)


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

    client, _ = _client(handler)
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
        handler = _answer(holder["status"], holder["body"], holder["headers"])
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
