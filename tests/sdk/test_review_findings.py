"""Regression tests for bugs found in an independent review of the SDK.

Each test failed before its fix. Faults are produced exactly with ``httpx.MockTransport``
(or a loopback HTTP server where only a real HTTP/1.1 stack shows the problem).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from sdk_helpers import KEY, maybe

from vimmerse import AsyncVimmerse, RetryPolicy, Vimmerse, errors

API = "https://api.vimmerse.test"

Handler = Callable[[httpx.Request], httpx.Response]


def _client(mode: str, handler: Handler, *, follow_redirects: bool = False, **kw: Any) -> Any:
    """A client in the requested flavour over a MockTransport, optionally with a caller-built
    ``http_client`` (the way a user passes their own connection settings)."""
    retry = RetryPolicy(sleep=lambda _s: None, random=lambda: 0.0)
    if mode == "sync":
        http = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=follow_redirects)
        return Vimmerse(KEY, API, http_client=http, retry=retry, **kw)
    ahttp = httpx.AsyncClient(transport=httpx.MockTransport(handler), follow_redirects=follow_redirects)
    return AsyncVimmerse(KEY, API, http_client=ahttp, retry=retry, **kw)


# -- 1. X-Api-Key must not follow a redirect to another origin ---------------------------------


async def test_user_http_client_with_follow_redirects_never_sends_key_elsewhere(
    mode: str, tmp_path: Path
) -> None:
    """A user-supplied client built with ``follow_redirects=True`` made httpx follow the API's
    302 itself, copying ``X-Api-Key`` to the other host (httpx strips only Authorization)."""
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers.get("X-Api-Key")))
        if request.url.host == "api.vimmerse.test":
            return httpx.Response(302, headers={"Location": "https://files.elsewhere.test/v.mp4"})
        return httpx.Response(200, content=b"video-bytes")

    client = _client(mode, handler, follow_redirects=True)
    with pytest.raises(errors.APIError) as info:
        await maybe(client.media.get("m1"))
    assert info.value.status_code == 302
    target = await maybe(client.media.download("m1", tmp_path / "v.mp4"))
    assert target.read_bytes() == b"video-bytes"
    leaked = [host for host, key in seen if host != "api.vimmerse.test" and key is not None]
    assert leaked == []
    assert ("files.elsewhere.test", None) in seen


# -- 2. A paid call the service accepted must never look safe to repeat ---------------------------


@pytest.mark.parametrize(
    "body",
    [b"<html>OK</html>", b'{"status": "queued"}'],
    ids=["not-json", "no-data"],
)
async def test_unreadable_2xx_to_paid_call_says_job_may_exist(mode: str, body: bytes) -> None:
    """The service answered 200 (job created and charged) but the body could not be parsed:
    the error said ``may_have_created_job=False``, inviting a second, charged create."""
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(f"{request.method} {request.url.path}")
        return httpx.Response(200, content=body)

    client = _client(mode, handler)
    with pytest.raises(errors.APIError) as info:
        await maybe(client.media.create(prompt="a cat"))
    assert info.value.may_have_created_job is True
    assert "charged" in str(info.value)
    with pytest.raises(errors.APIError) as info:
        await maybe(client.story.concat("s1"))
    assert info.value.may_have_created_job is True
    with pytest.raises(errors.APIError) as info:
        await maybe(client.media.get("m1"))
    assert info.value.may_have_created_job is False  # a read creates nothing
    # None repeated. An answer without `data` (the second body) makes the SDK read the story once
    # (concatStory answers `{}` by design); that read is a free GET, not a second concat.
    reread = ["GET /story/s1"] if b"data" not in body and body.startswith(b"{") else []
    assert calls == ["POST /media", "POST /story/s1/concat", *reread, "GET /media/m1"]


async def test_create_and_wait_on_answer_without_id_says_job_may_exist(mode: str) -> None:
    """``create(wait=True)`` whose 200 answer lacks the id cannot wait, but the job was accepted."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": {"title": "x", "processing_status": "processing"}})

    client = _client(mode, handler)
    with pytest.raises(errors.APIError) as info:
        await maybe(client.media.create(prompt="a cat", wait=True))
    assert info.value.may_have_created_job is True
    with pytest.raises(errors.APIError) as info:
        await maybe(client.story.idea_to_video(idea="a cat", wait=True))
    assert info.value.may_have_created_job is True


async def test_story_answers_without_data_end_in_an_api_error(mode: str) -> None:
    """concatStory answers ``{}`` (the vendor's example), so the SDK reads the story once with
    getStory; when that answer has no ``data`` either, the call must end with a readable error
    that says the paid concat may have run, after those two requests -- not loop (it recursed
    until RecursionError before e9a0561)."""
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(f"{request.method} {request.url.path}")
        return httpx.Response(200, json={})

    client = _client(mode, handler)
    with pytest.raises(errors.APIError) as info:
        await maybe(client.story.concat("s1"))
    assert info.value.may_have_created_job is True
    assert calls == ["POST /story/s1/concat", "GET /story/s1"]
    calls.clear()
    with pytest.raises(errors.APIError) as info:
        await maybe(client.story.get("s1"))
    assert info.value.may_have_created_job is False
    assert calls == ["GET /story/s1"]


# -- 3. A key with a trailing newline must neither leak nor fake a possible charge ----------------


@pytest.mark.parametrize("source", ["argument", "environment"])
async def test_key_read_from_a_file_has_its_newline_stripped(
    mode: str, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``api_key=open("key.txt").read()`` ends in "\\n": h11 then refused the header with the key
    (escaped, so unredacted) in the error, and ``create`` claimed the job might be charged."""
    sent: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("X-Api-Key"))
        # processing_status: required by openapi.yaml now; an answer without it is refused.
        return httpx.Response(200, json={"data": {"id": "m1", "processing_status": "success"}})

    key = f"  {KEY}\r\n"
    if source == "environment":
        monkeypatch.setenv("VIMMERSE_API_KEY", key)
    arg = key if source == "argument" else None
    client: Any = (
        Vimmerse(arg, API, transport=httpx.MockTransport(handler))
        if mode == "sync"
        else AsyncVimmerse(arg, API, transport=httpx.MockTransport(handler))
    )
    assert (await maybe(client.media.get("m1"))).id == "m1"
    assert sent == [KEY]


@pytest.mark.parametrize("bad", [f"{KEY[:8]}\n{KEY[8:]}", f"{KEY} extra", f"{KEY}é"])
def test_unusable_key_is_refused_without_showing_it(bad: str) -> None:
    with pytest.raises(errors.VimmerseError) as info:
        Vimmerse(bad, API)
    assert "API key" in str(info.value)
    assert KEY[4:] not in str(info.value) and KEY[4:] not in repr(info.value)


# -- 4. Download parameters are checked before any request ----------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"width": True}, "width"),
        ({"width": 720.0}, "width"),
        ({"file_size": "big"}, "file_size"),
        ({"object_type": 3}, "object_type"),
    ],
)
async def test_download_rejects_wrongly_typed_query_values(
    mode: str, tmp_path: Path, kwargs: dict[str, Any], field: str
) -> None:
    """``width=True`` went out as ``width=true`` and ``file_size="big"`` as is: the service
    rejected them (or worse, guessed) after a round trip; the docs promise a local error."""
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(200, content=b"video")

    client = _client(mode, handler)
    with pytest.raises(errors.InvalidParameterError) as info:
        await maybe(client.media.download("m1", tmp_path / "v.mp4", **kwargs))
    assert info.value.field == field
    assert info.value.value == kwargs[field]
    assert calls == []
    assert list(tmp_path.iterdir()) == []


# -- 5. A download (a free GET) is retried on 429/5xx like every other free call ------------------


def _flaky_download(statuses: list[int]) -> tuple[Handler, list[int]]:
    answered: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        status = statuses[len(answered)] if len(answered) < len(statuses) else 200
        answered.append(status)
        if status == 200:
            return httpx.Response(200, content=b"video-bytes")
        headers = {"Retry-After": "3"} if status == 429 else {}
        return httpx.Response(status, json={"message": "busy"}, headers=headers)

    return handler, answered


async def test_download_retries_503_and_429_then_succeeds(mode: str, tmp_path: Path) -> None:
    """A CDN/API hiccup made ``download`` raise at once, though ``get`` retries the same 503."""
    handler, answered = _flaky_download([503, 429])
    slept: list[float] = []
    retry = RetryPolicy(sleep=slept.append, random=lambda: 0.0)
    client: Any = (
        Vimmerse(KEY, API, transport=httpx.MockTransport(handler), retry=retry)
        if mode == "sync"
        else AsyncVimmerse(KEY, API, transport=httpx.MockTransport(handler), retry=retry)
    )
    target = await maybe(client.media.download("m1", tmp_path / "v.mp4"))
    assert target.read_bytes() == b"video-bytes"
    assert answered == [503, 429, 200]
    assert slept == [0.0, 3.0]  # backoff (jitter 0), then the server's Retry-After


async def test_download_gives_up_after_max_retries_and_leaves_nothing(mode: str, tmp_path: Path) -> None:
    handler, answered = _flaky_download([503, 503, 502, 500])
    client = _client(mode, handler, max_retries=2)
    with pytest.raises(errors.InternalServerError) as info:
        await maybe(client.media.download("m1", tmp_path / "v.mp4"))
    assert info.value.status_code == 502
    assert answered == [503, 503, 502]  # 1 try + max_retries
    assert list(tmp_path.iterdir()) == []


async def test_download_does_not_retry_404(mode: str, tmp_path: Path) -> None:
    handler, answered = _flaky_download([404])
    client = _client(mode, handler)
    with pytest.raises(errors.NotFoundError):
        await maybe(client.media.download("m1", tmp_path / "v.mp4"))
    assert answered == [404]
    # The NotFoundError itself reaches the caller (a ValueError from closing the discarded partial
    # replaced it before e9a0561), and nothing is left behind.
    assert list(tmp_path.iterdir()) == []


# -- 6. "out/" names a directory even before it exists -------------------------------------------


async def test_download_to_new_directory_with_trailing_slash(mode: str, tmp_path: Path) -> None:
    """``download(id, "out/")`` wrote a file called ``out`` (Path drops the slash)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/story/s1":
            video = "https://files.vimmerse.test/s1.mp4"
            return httpx.Response(200, json={"data": {"id": "s1", "status": "success", "video_url": video}})
        return httpx.Response(200, content=b"video-bytes")

    client = _client(mode, handler)
    media = await maybe(client.media.download("m1", f"{tmp_path / 'out'}/"))
    story = await maybe(client.story.download("s1", f"{tmp_path / 'out' / 'stories'}/"))
    assert media == tmp_path / "out" / "m1.mp4"
    assert story == tmp_path / "out" / "stories" / "s1.mp4"
    assert media.read_bytes() == story.read_bytes() == b"video-bytes"
    # Without the slash a missing path is still a file name, as documented.
    plain = await maybe(client.media.download("m1", tmp_path / "clip"))
    assert plain == tmp_path / "clip" and plain.is_file()
