"""The service's answers, however malformed, end as a result or a ``VimmerseError``.

What the SDK reads from the service: bodies, status codes and headers (``Retry-After``,
``Content-Length``, ``Content-Range``, ``Location``), for calls and for downloads. Each property
feeds arbitrary answers through the public API (``sdk_hostile`` makes them) and asserts
``check_error`` of anything raised.
"""

from __future__ import annotations

import asyncio
import math
import tempfile
from pathlib import Path

import httpx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sdk_hostile import (
    CALLS,
    DEEP,
    SETTINGS,
    SPECIAL_BODIES,
    answering,
    async_client,
    bodies,
    calls,
    check_error,
    content_type,
    header_text,
    retry_after,
    statuses,
    sync_client,
)

from vimmerse import errors

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
    client, sleeps = sync_client(answering(status, body, headers))
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
        client, sleeps = async_client(answering(status, body, {"Retry-After": after}))
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
    client, sleeps = sync_client(answering(status, body, headers))
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
    answer = answering(200, b"abc", {"Content-Length": "5", "Content-Type": "video/mp4"})

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return answer(request)

    client, sleeps = sync_client(handler)
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
    client, _ = sync_client(answering(200, b"video", {"Content-Type": "video/mp4"}))
    with client, pytest.raises(errors.DownloadError, match="cannot write to"):
        client.media.download("m1", where)
