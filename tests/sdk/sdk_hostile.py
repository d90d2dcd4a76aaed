"""What the hostile-input properties share: arbitrary answers (bodies, statuses, headers), clients
over a mock transport that serves them, the calls to make, and ``check_error``, the property every
test asserts: the only exception escaping is a ``VimmerseError`` with a short message, and a paid
call the service may have acted on (a 2xx, a 5xx) says ``may_have_created_job=True``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sdk_helpers import API, KEY, Sleeps

from vimmerse import AsyncVimmerse, RetryPolicy, Vimmerse, errors
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


def answering(status: int, body: bytes, headers: dict[str, str]) -> Callable[[httpx.Request], httpx.Response]:
    # As bytes, the way a server's header values arrive (here UTF-8: any octet but CR, LF, NUL).
    raw = [(k.encode(), v.encode()) for k, v in headers.items()]

    def handler(request: httpx.Request) -> httpx.Response:
        # A stream, not content=: httpx would decode a compressed body here, not in the client.
        return httpx.Response(status, stream=httpx.ByteStream(body), headers=raw)

    return handler


def sync_client(
    handler: Callable[[httpx.Request], httpx.Response], *, max_retries: int = 1
) -> tuple[Any, Sleeps]:
    sleeps = Sleeps()
    retry = RetryPolicy(sleep=sleeps, random=lambda: 0.5)
    return Vimmerse(
        KEY, API, transport=httpx.MockTransport(handler), max_retries=max_retries, retry=retry
    ), sleeps


def async_client(handler: Callable[[httpx.Request], httpx.Response]) -> tuple[Any, Sleeps]:
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
