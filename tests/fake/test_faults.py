"""Fault injection: the client sees what a flaky network or service would show it."""

from __future__ import annotations

import httpx
import pytest

from vimmerse_fake import FakeConfig, FakeVimmerse
from vimmerse_fake.testing import client_for, create_media, form


def test_drop_before_processing_creates_nothing(fake: FakeVimmerse, client: httpx.Client) -> None:
    fake.faults.drop_connection(path="/media", method="POST")
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/media", files=form(prompt="x"))
    assert fake.jobs_created() == 0
    assert create_media(client)  # armed for one request only


def test_drop_after_processing_created_the_job(fake: FakeVimmerse, client: httpx.Client) -> None:
    fake.faults.drop_connection(path="/media", method="POST", after_processing=True)
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/media", files=form(prompt="x"))
    assert fake.jobs_created() == 1


def test_server_errors_burst(fake: FakeVimmerse, client: httpx.Client) -> None:
    fake.faults.server_errors(n=2, status=503, path="/media/x", method="GET")
    codes = [client.get("/media/x").status_code for _ in range(3)]
    assert codes == [503, 503, 404]
    fake.faults.server_errors(status=500, path="/media", method="POST", after_processing=True)
    assert client.post("/media", files=form(prompt="x")).status_code == 500
    assert fake.jobs_created() == 1


def test_slow_response_trips_client_timeout(fake: FakeVimmerse) -> None:
    fake.faults.slow(seconds=0.5, path="/media/")
    with client_for(fake, timeout=httpx.Timeout(5.0)) as c:
        c.get("/media/x")  # the sync transport waits for the response
    fake.faults.slow(seconds=2.0, path="/media/")

    async def run() -> None:
        async with httpx.AsyncClient(transport=fake.async_transport(), base_url=fake.base_url) as ac:
            import asyncio

            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(ac.get("/media/x", headers={"X-Api-Key": "vimmerse-demo-key"}), 0.2)

    import asyncio

    asyncio.run(run())


def test_truncated_download_then_range_resume() -> None:
    fake = FakeVimmerse(FakeConfig(manual_clock=True))
    with client_for(fake, key=None) as cdn:
        url = f"{fake.cdn_url}/blob/300000"
        fake.faults.truncate_download(after_bytes=100_000)
        got = bytearray()
        with pytest.raises(httpx.RemoteProtocolError), cdn.stream("GET", url) as r:
            assert r.headers["content-length"] == "300000"
            for chunk in r.iter_bytes():
                got += chunk
        assert len(got) == 100_000
        r = cdn.get(url, headers={"Range": f"bytes={len(got)}-"})
        assert r.status_code == 206 and r.headers["content-range"] == "bytes 100000-299999/300000"
        resumed = bytes(got) + r.content
        assert resumed == cdn.get(url).content and len(resumed) == 300_000
        assert resumed[:100] != resumed[100_000:100_100]  # not a trivially repeating pattern
    fake.close()


def test_faults_clear(fake: FakeVimmerse, client: httpx.Client) -> None:
    fake.faults.server_errors(n=5, path="/media")
    fake.faults.clear()
    assert client.get("/media/x").status_code == 404
