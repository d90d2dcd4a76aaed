"""Downloads over real sockets, where the client's own file-host path (``vimmerse._stdlib_download``) runs.

A client without a custom transport reads file-host bodies with ``http.client`` (in a worker
thread for ``AsyncVimmerse``). These tests serve the API's redirect and the file host from two
loopback ports (two origins) with the standard library's HTTP server, which records every
request's headers, and check what the guarantees are about: the bytes, the headers the file
host saw (no key, identity encoding, Range/If-Range on a resume) and the partial file.
"""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from vimmerse import AsyncVimmerse, RetryPolicy, Vimmerse, _stdlib_download

KEY = "sk-lean-0123456789"
# Not a multiple of the read size (1 MiB), so the last read is a short one.
VIDEO = bytes(range(251)) * (3 * 4177 + 11)
ETAG = '"lean-v1"'


@dataclass
class Host:
    """Scripted file host: ``cuts`` closes the n-th body after that many bytes; ``hold`` blocks one."""

    data: bytes = VIDEO
    cuts: list[int | None] = field(default_factory=list)
    hold_after: int | None = None
    release: threading.Event = field(default_factory=threading.Event)
    seen: list[dict[str, str]] = field(default_factory=list)
    api_seen: list[dict[str, str]] = field(default_factory=list)


def _handler(host: Host, files_url: list[str], api: bool) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}  # names are case-blind
            if api:
                host.api_seen.append(headers)
                self.send_response(302)
                self.send_header("Location", files_url[0] + "/v.mp4")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            host.seen.append(headers)
            start, status = 0, 200
            rng = self.headers.get("Range")
            if rng and self.headers.get("If-Range", ETAG) == ETAG:
                start, status = int(rng.removeprefix("bytes=").split("-")[0]), 206
            part = host.data[start:]
            self.send_response(status)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", ETAG)
            self.send_header("Content-Length", str(len(part)))
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{len(host.data) - 1}/{len(host.data)}")
            self.end_headers()
            cut = host.cuts.pop(0) if host.cuts else None
            if host.hold_after is not None:
                cut, hold = host.hold_after, True
                host.hold_after = None
            else:
                hold = False
            self.wfile.write(part if cut is None else part[:cut])
            self.wfile.flush()
            if hold:
                host.release.wait(timeout=30)
            if cut is not None:
                self.close_connection = True

    return Handler


@pytest.fixture
def host() -> Iterator[tuple[Host, str]]:
    state = Host()
    files_url: list[str] = []
    servers = [
        http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state, files_url, api=api))
        for api in (False, True)
    ]
    files_url.append(f"http://127.0.0.1:{servers[0].server_address[1]}")
    threads = [threading.Thread(target=s.serve_forever, args=(0.05,), daemon=True) for s in servers]
    for t in threads:
        t.start()
    yield state, f"http://127.0.0.1:{servers[1].server_address[1]}"
    state.release.set()
    for s in servers:
        s.shutdown()
        s.server_close()


@pytest.fixture
def stdlib_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """URLs fetched through ``_stdlib_download.send``: proves the path under test is the stdlib one."""
    calls: list[str] = []
    real = _stdlib_download.send

    def spy(request, timeout):  # type: ignore[no-untyped-def]
        calls.append(str(request.url))
        return real(request, timeout)

    monkeypatch.setattr(_stdlib_download, "send", spy)
    return calls


def download(api_url: str, dest, mode: str, sleeps: list[float] | None = None, on_progress=None):  # type: ignore[no-untyped-def]
    retry = RetryPolicy(sleep=(sleeps if sleeps is not None else []).append)
    if mode == "sync":
        with Vimmerse(KEY, api_url, retry=retry) as client:
            return client.media.download("m1", dest, on_progress=on_progress)

    async def run():  # type: ignore[no-untyped-def]
        async with AsyncVimmerse(KEY, api_url, retry=retry) as client:
            return await client.media.download("m1", dest, on_progress=on_progress)

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_file_host_body_is_byte_exact_and_never_gets_the_key(host, stdlib_calls, tmp_path, mode):
    state, api_url = host
    progress: list[tuple[int, int | None]] = []
    saved = download(api_url, tmp_path / "v.mp4", mode, on_progress=lambda w, t: progress.append((w, t)))
    assert saved.read_bytes() == VIDEO
    assert len(stdlib_calls) == 1 and stdlib_calls[0].endswith("/v.mp4")  # the API hop stays on httpx
    assert state.api_seen[0]["x-api-key"] == KEY
    (seen,) = state.seen
    assert "x-api-key" not in seen
    assert KEY not in " ".join(seen.values())
    assert seen["accept-encoding"] == "identity"
    assert seen["user-agent"].startswith("vimmerse-python/")
    assert progress[-1] == (len(VIDEO), len(VIDEO))
    assert [w for w, _ in progress] == sorted(w for w, _ in progress)  # in order, also from a thread
    assert not list(tmp_path.glob(".*.part*"))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_body_cut_mid_read_resumes_from_the_last_byte_with_if_range(host, stdlib_calls, tmp_path, mode):
    state, api_url = host
    cut = 1024 * 1024 + 12345  # inside the second read
    state.cuts = [cut]
    sleeps: list[float] = []
    saved = download(api_url, tmp_path / "v.mp4", mode, sleeps)
    assert saved.read_bytes() == VIDEO
    assert [h.get("range") for h in state.seen] == [None, f"bytes={cut}-"]
    assert state.seen[1]["if-range"] == ETAG
    assert len(sleeps) == 1  # one backoff before the resume
    assert len(stdlib_calls) == 2


def test_cancelled_async_download_stops_its_thread_and_keeps_the_partial(host, stdlib_calls, tmp_path):
    state, api_url = host
    held = 2 * 1024 * 1024  # the host sends this much, then stalls until released
    state.hold_after = held
    dest = tmp_path / "v.mp4"

    async def run() -> None:
        async with AsyncVimmerse(KEY, api_url) as client:
            enough = asyncio.Event()

            def on_progress(written: int, total: int | None) -> None:
                if written >= held:
                    enough.set()

            task = asyncio.create_task(client.media.download("m1", dest, on_progress=on_progress))
            await enough.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(run())
    # The thread had returned before the task ended: the partial is closed, unlocked and complete
    # up to what arrived, so the next download resumes from it.
    part = tmp_path / ".v.mp4.part"
    assert part.read_bytes() == VIDEO[:held]
    state.release.set()
    saved = download(api_url, dest, "sync")
    assert saved.read_bytes() == VIDEO
    assert state.seen[-1]["range"] == f"bytes={held}-"
    assert state.seen[-1]["if-range"] == ETAG
