"""Serving over HTTP, persistence, the pytest plugin's fixtures."""

from __future__ import annotations

import httpx

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse, serve
from vimmerse_fake.testing import client_for, create_media, form


def test_served_round_trip_multipart_and_redirect_to_cdn() -> None:
    with serve(config=FakeConfig(manual_clock=True), webhooks=False) as running:
        assert running.port != running.cdn_port
        with httpx.Client(base_url=running.base_url, headers={"X-Api-Key": DEMO_API_KEY}) as c:
            png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
            r = c.post("/media", files={"image_files": ("cat.png", png, "image/png")}, data={"prompt": "cat"})
            assert r.status_code == 200, r.text
            media_id = r.json()["data"]["id"]
            running.fake.clock.advance(60)
            r = c.get(f"/media/{media_id}/download")
            assert r.status_code == 302 and r.headers["location"].startswith(running.cdn_url)
        with httpx.Client() as anonymous:
            video = anonymous.get(r.headers["location"])
            assert video.status_code == 200 and video.content[4:8] == b"ftyp"
    running.fake.close()


def test_served_dropped_connection_is_a_transport_error() -> None:
    with serve(config=FakeConfig(manual_clock=True), webhooks=False) as running:
        running.fake.faults.drop_connection(path="/media", method="POST")
        with httpx.Client(base_url=running.base_url, headers={"X-Api-Key": DEMO_API_KEY}) as c:
            try:
                c.post("/media", files=form(prompt="x"))
            except httpx.TransportError:
                pass
            else:
                raise AssertionError("expected a transport error")
            assert c.get("/media/x").status_code == 404
    running.fake.close()


def test_sqlite_state_survives_restart(tmp_path) -> None:
    state = str(tmp_path / "fake.sqlite")
    first = FakeVimmerse(FakeConfig(manual_clock=True, state_file=state))
    with client_for(first) as c:
        media = create_media(c, title="persisted")
        sid = c.post("/story/idea-2-video", json={"idea": "a fox"}).json()["data"]["id"]
        first.clock.advance(30)
    credits = first.credits(DEMO_API_KEY)
    first.close()

    second = FakeVimmerse(FakeConfig(manual_clock=True, state_file=state))
    assert second.credits(DEMO_API_KEY) == credits < 10_000
    assert second.clock.now() >= first.clock.now()
    with client_for(second) as c:
        assert c.get(f"/media/{media['id']}").json()["data"]["title"] == "persisted"
        second.clock.advance(30)
        assert (
            c.get(f"/media/{media['id']}/processing-status").json()["data"]["processing_status"] == "success"
        )
        assert c.get(f"/story/{sid}").status_code == 200
    second.close()


def test_plugin_fixture_runs_jobs_fast(vimmerse_fake: FakeVimmerse) -> None:
    with client_for(vimmerse_fake) as c:
        media = create_media(c)
        assert media["processing_status"] == "queue_bullet"
    assert vimmerse_fake.requests_seen("/media") == 1


def test_plugin_server_fixture(vimmerse_fake_server) -> None:
    r = httpx.get(f"{vimmerse_fake_server.base_url}/media/x", headers={"X-Api-Key": DEMO_API_KEY})
    assert r.status_code == 404 and r.json()["message"] == "MEDIA_NOT_FOUND"
