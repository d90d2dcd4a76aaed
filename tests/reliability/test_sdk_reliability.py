"""Nothing lost, nothing leaked: the SDK under faults and hostile answers (the SDK side).

Each test pins one probe's finding: downloads that keep progress across many cuts, keep their
partial file for the next call and resume it in the server's units, files written with the umask's
mode and the client's headers, pipes uploaded once, keys scrubbed before bodies are cut, deeply
nested JSON reported as the SDK's own error, and the documented choice for paid calls and 429.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterator

import httpx
import pytest

from vimmerse import APIError, DownloadError, RateLimitError, RetryPolicy, Vimmerse, errors
from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse

API = "http://api.reliability.test"
CDN = "http://files.reliability.test"
KEY = "sk-reliability-0123456789"
VIDEO = bytes(range(256)) * 4096  # 1 MiB


class Cut(httpx.SyncByteStream):
    """A body that breaks off (RemoteProtocolError) after ``stop`` bytes."""

    def __init__(self, data: bytes, stop: int | None) -> None:
        self.data, self.stop = data, stop

    def __iter__(self) -> Iterator[bytes]:
        end = len(self.data) if self.stop is None else min(self.stop, len(self.data))
        for i in range(0, end, 65536):
            yield self.data[i : min(i + 65536, end)]
        if end < len(self.data):
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


class FileHost:
    """The API's download redirect plus a file host with Range support and scripted cuts."""

    def __init__(
        self, data: bytes = VIDEO, cuts: list[int | None] | None = None, gzip_body: bool = False
    ) -> None:
        self.data = data
        self.cuts = list(cuts or [])
        self.gzip_body = gzip_body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.host == "api.reliability.test":
            return httpx.Response(302, headers={"Location": f"{CDN}/v.mp4"})
        body = gzip.compress(self.data) if self.gzip_body else self.data
        start = 0
        rng = request.headers.get("Range")
        headers = {"Content-Type": "video/mp4", "Accept-Ranges": "bytes", "ETag": '"v1"'}
        if self.gzip_body:
            headers["Content-Encoding"] = "gzip"
        status = 200
        if rng and request.headers.get("If-Range", '"v1"') == '"v1"':
            start = int(rng.removeprefix("bytes=").split("-")[0])
            if start >= len(body):
                return httpx.Response(
                    416, headers={"Content-Range": f"bytes */{len(body)}"}, json={"message": "x"}
                )
            headers["Content-Range"] = f"bytes {start}-{len(body) - 1}/{len(body)}"
            status = 206
        part = body[start:]
        headers["Content-Length"] = str(len(part))
        cut = self.cuts.pop(0) if self.cuts else None
        return httpx.Response(status, headers=headers, stream=Cut(part, cut))


@pytest.fixture
def sleeps() -> list[float]:
    return []


def client_for(host: FileHost, sleeps: list[float]) -> Vimmerse:
    return Vimmerse(KEY, API, transport=httpx.MockTransport(host), retry=RetryPolicy(sleep=sleeps.append))


def test_download_survives_many_cuts_that_each_make_progress(tmp_path, sleeps):
    host = FileHost(cuts=[100_000] * 10)  # ten cuts (more than MAX_STALLED), each after 100 kB of progress
    with client_for(host, sleeps) as client:
        saved = client.media.download("m1", tmp_path / "v.mp4")
    assert saved.read_bytes() == VIDEO
    ranges = [r.headers.get("Range") for r in host.requests if r.url.host.startswith("files")]
    assert ranges == [None] + [f"bytes={100_000 * i}-" for i in range(1, 11)]
    assert len(sleeps) == 10  # backed off before every resume
    assert not list(tmp_path.glob(".*.part*"))


def test_stalled_download_keeps_its_partial_and_the_next_call_resumes_it(tmp_path, sleeps):
    # The first attempt brings 300 kB, then six attempts in a row bring nothing.
    host = FileHost(cuts=[300_000, 0, 0, 0, 0, 0, 0])
    with client_for(host, sleeps) as client:
        with pytest.raises(DownloadError, match="stalled"):
            client.media.download("m1", tmp_path / "v.mp4")
        assert not (tmp_path / "v.mp4").exists()
        (part,) = tmp_path.glob(".v.mp4.part")
        assert part.stat().st_size == 300_000
        host.requests.clear()
        saved = client.media.download("m1", tmp_path / "v.mp4")
    assert saved.read_bytes() == VIDEO
    first_cdn = next(r for r in host.requests if r.url.host.startswith("files"))
    assert first_cdn.headers["Range"] == "bytes=300000-"
    assert first_cdn.headers["If-Range"] == '"v1"'
    assert not list(tmp_path.glob(".*.part*"))


def test_orphan_partial_of_a_killed_client_is_reused(tmp_path, sleeps):
    (tmp_path / ".v.mp4.part").write_bytes(VIDEO[:123_456])
    host = FileHost()
    with client_for(host, sleeps) as client:
        saved = client.media.download("m1", tmp_path / "v.mp4")
    assert saved.read_bytes() == VIDEO
    assert (
        next(r for r in host.requests if r.url.host.startswith("files")).headers["Range"] == "bytes=123456-"
    )


def test_gzip_encoded_body_is_restarted_not_resumed_at_the_decoded_offset(tmp_path, sleeps):
    host = FileHost(cuts=[200_000], gzip_body=True)
    with client_for(host, sleeps) as client:
        saved = client.media.download("m1", tmp_path / "v.mp4")
    assert saved.read_bytes() == VIDEO
    cdn = [r for r in host.requests if r.url.host.startswith("files")]
    assert all(r.headers["Accept-Encoding"] == "identity" for r in cdn)
    assert all("Range" not in r.headers for r in cdn)  # no 416 from a decoded offset


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_downloaded_file_mode_follows_the_umask(tmp_path, sleeps, umask):
    old = os.umask(umask)
    try:
        with client_for(FileHost(), sleeps) as client:
            saved = client.media.download("m1", tmp_path / "v.mp4")
    finally:
        os.umask(old)
    assert saved.stat().st_mode & 0o777 == 0o666 & ~umask


def test_download_requests_carry_the_client_headers_and_the_key_only_to_the_api(tmp_path, sleeps):
    host = FileHost()
    with client_for(host, sleeps) as client:
        client.media.download("m1", tmp_path / "v.mp4")
    api, cdn = host.requests[0], host.requests[1]
    assert api.headers["User-Agent"].startswith("vimmerse-python/")
    assert cdn.headers["User-Agent"].startswith("vimmerse-python/")
    assert api.headers["X-Api-Key"] == KEY
    assert "X-Api-Key" not in cdn.headers


def test_upload_from_a_pipe_is_sent_once_without_retry():
    sent: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(len(request.content))
        return httpx.Response(429, headers={"Retry-After": "0"}, json={"message": "RATE_LIMITED"})

    read_fd, write_fd = os.pipe()
    os.write(write_fd, b"\x89PNG fake image bytes")
    os.close(write_fd)
    with (
        os.fdopen(read_fd, "rb") as pipe,
        Vimmerse(
            KEY, API, transport=httpx.MockTransport(handler), retry=RetryPolicy(sleep=lambda s: None)
        ) as c,
        pytest.raises(RateLimitError),
    ):
        c.media.create(image_files=[pipe])
    assert len(sent) == 1  # a retry would have sent an empty or truncated image


def test_key_straddling_the_cut_of_an_error_body_is_scrubbed():
    body = "x" * 1990 + KEY + "y" * 100

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, text=body)

    with (
        Vimmerse(KEY, API, transport=httpx.MockTransport(handler)) as client,
        pytest.raises(errors.BadRequestError) as caught,
    ):
        client.media.get("m1")
    shown = str(caught.value.body)
    assert shown == "x" * 1990 + "[REDACTED]"  # scrubbed first, then cut: no prefix of the key


@pytest.mark.parametrize("depth", [1_500, 100_000])
def test_deeply_nested_json_is_the_sdks_own_error_and_keeps_the_charge_warning(depth):
    nested = "[" * depth + "]" * depth

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=('{"data": ' + nested + "}").encode(), headers={"Content-Type": "application/json"}
        )

    with (
        Vimmerse(KEY, API, transport=httpx.MockTransport(handler)) as client,
        pytest.raises(APIError) as caught,
    ):
        client.media.create(prompt="a fox")
    assert caught.value.may_have_created_job is True
    assert "probably created" in str(caught.value)


def test_paid_call_and_429_after_processing_is_a_documented_choice():
    """429 means "not acted on" (RFC 6585), so paid calls are retried on it: under a proxy that
    answers 429 after forwarding, that makes a second job. ``retry_paid_on_429=False`` opts out."""
    for retry_paid, jobs, raised in ((True, 2, False), (False, 1, True)):
        fake = FakeVimmerse(FakeConfig(manual_clock=True))
        fake.faults.server_errors(status=429, after_processing=True, path="/media", method="POST")
        policy = RetryPolicy(sleep=lambda s: None, retry_paid_on_429=retry_paid)
        with Vimmerse(DEMO_API_KEY, fake.config.base_url, transport=fake.transport(), retry=policy) as client:
            if raised:
                with pytest.raises(RateLimitError):
                    client.media.create(prompt="a fox")
            else:
                client.media.create(prompt="a fox")
        assert fake.jobs_created() == jobs, retry_paid
        fake.close()


def test_unreadable_body_reports_json_decode_not_a_raw_exception():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"\xff\xfe{", headers={"Content-Type": "application/json"})

    with (
        Vimmerse(KEY, API, transport=httpx.MockTransport(handler)) as client,
        pytest.raises(APIError, match="not JSON"),
    ):
        client.media.get("m1")
    assert json  # the module is used by the fixtures above


def test_narrated_media_has_a_sound_track_as_long_as_the_video(tmp_path):
    """Issue 11, item 15: the fake's narrated media carried no audio track."""
    import av

    from vimmerse.types import MediaAudioOption, NarratorVoice

    fake = FakeVimmerse(FakeConfig(speed=6000.0))
    with Vimmerse(DEMO_API_KEY, fake.config.base_url, transport=fake.transport()) as client:
        narrated = client.media.create(
            prompt="a fox",
            duration=3,
            audio_option=MediaAudioOption(narrator=NarratorVoice.RACHEL, narration="Hello"),
            wait=True,
        )
        silent = client.media.create(prompt="a fox", duration=3, wait=True)
        paths = [client.media.download(m.id, tmp_path / f"{m.id}.mp4") for m in (narrated, silent)]
    fake.close()
    kinds = []
    for path in paths:
        with av.open(str(path)) as container:
            kinds.append({s.type: float(s.duration * s.time_base) for s in container.streams})
    assert set(kinds[0]) == {"video", "audio"} and abs(kinds[0]["audio"] - kinds[0]["video"]) < 0.2
    assert set(kinds[1]) == {"video"}


@pytest.mark.parametrize("value", ["2\n", " 2", "+2"])
def test_fake_refuses_form_integers_that_are_not_plain_digits(value):
    fake = FakeVimmerse(FakeConfig(manual_clock=True))
    with httpx.Client(transport=fake.transport(), base_url=fake.config.base_url) as http:
        answer = http.post(
            "/media",
            files=[("prompt", (None, b"a fox")), ("quantity", (None, value.encode()))],
            headers={"X-Api-Key": DEMO_API_KEY},
        )
    fake.close()
    assert answer.status_code == 422 and answer.headers["content-type"].startswith("application/json")
    assert fake.jobs_created() == 0
