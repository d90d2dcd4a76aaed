"""Media jobs through the fake: lifecycle on a manual clock, real downloads, errors."""

from __future__ import annotations

import io

import av
import httpx
import pytest

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse
from vimmerse_fake.testing import client_for, create_media, form

OTHER_KEY = "other-key"


def status(client: httpx.Client, media_id: str) -> dict:
    r = client.get(f"/media/{media_id}/processing-status")
    assert r.status_code == 200
    return r.json()["data"]


def probe(data: bytes) -> tuple[float, int, int]:
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.video[0]
        frames = sum(1 for _ in container.decode(stream))
        return container.duration / 1e6, stream.width, stream.height, frames


def test_media_lifecycle_to_playable_download(fake: FakeVimmerse, client: httpx.Client) -> None:
    media = create_media(client, duration=3, aspect_ratio="9:16", quantity=2)
    assert media["processing_status"] == "queue_bullet"
    assert fake.credits(DEMO_API_KEY) == 10_000 - 10 * 2 * 1

    seen, progress = [], []
    for _ in range(40):
        st = status(client, media["id"])
        seen.append(st["processing_status"])
        progress.append(st["progress_percentage"])
        fake.clock.advance(1.0)
    assert seen[0] == "queue_bullet" and "processing_bullet" in seen and seen[-1] == "success"
    assert seen.index("success") == 36  # 12 x 3 s simulated
    assert progress == sorted(progress) and progress[-1] == 100

    r = client.get(f"/media/{media['id']}")
    assert [x["object_type"] for x in r.json()["data"]["result"]] == ["bullet_video_mp4"] * 2

    r = client.get(f"/media/{media['id']}/download")
    assert r.status_code == 302
    location = r.headers["location"]
    assert location.startswith(fake.cdn_url)
    with client_for(fake, key=None) as cdn:  # the file host needs no key
        video = cdn.get(location)
    assert video.status_code == 200 and video.headers["content-type"] == "video/mp4"
    assert int(video.headers["content-length"]) == len(video.content)
    duration, width, height, frames = probe(video.content)
    assert abs(duration - 3.0) <= 0.2 and frames >= 25
    assert width < height and abs(width / height - 9 / 16) < 0.02


def test_direct_download_supports_range_resume(client: httpx.Client) -> None:
    fake = FakeVimmerse(FakeConfig(manual_clock=True, redirect_downloads=False))
    with client_for(fake) as c:
        media = create_media(c, duration=5, aspect_ratio="4:3")
        fake.clock.advance(60)
        whole = c.get(f"/media/{media['id']}/download")
        assert whole.status_code == 200 and whole.headers["accept-ranges"] == "bytes"
        duration, width, height, _ = probe(whole.content)
        assert abs(duration - 5.0) <= 0.2 and abs(width / height - 4 / 3) < 0.02
        cut = 1000
        rest = c.get(f"/media/{media['id']}/download", headers={"Range": f"bytes={cut}-"})
        assert rest.status_code == 206
        assert rest.headers["content-range"] == f"bytes {cut}-{len(whole.content) - 1}/{len(whole.content)}"
        assert whole.content[:cut] + rest.content == whole.content
        bad = c.get(f"/media/{media['id']}/download", headers={"Range": f"bytes={len(whole.content)}-"})
        assert bad.status_code == 416 and bad.headers["content-range"] == f"bytes */{len(whole.content)}"
    fake.close()


def test_download_before_success_is_400(fake: FakeVimmerse, client: httpx.Client) -> None:
    media = create_media(client)
    r = client.get(f"/media/{media['id']}/download")
    assert r.status_code == 400 and r.json()["message"] == "MEDIA_NOT_READY"


@pytest.mark.parametrize(("word", "final"), [("[fail]", "fail"), ("[cancel]", "cancel")])
def test_magic_words_end_jobs(fake: FakeVimmerse, client: httpx.Client, word: str, final: str) -> None:
    media = create_media(client, prompt=f"a boat {word}")
    fake.clock.advance(600)
    assert status(client, media["id"])["processing_status"] == final


def test_insufficient_credit_creates_nothing(fake: FakeVimmerse) -> None:
    fake.add_api_key("poor", 15)
    with client_for(fake, "poor") as c:
        r = c.post("/media", files=form(prompt="x", quantity=2))
        assert r.status_code == 402 and r.json()["message"] == "INSUFFICIENT_CREDIT"
        assert fake.credits("poor") == 15 and fake.jobs_created("poor") == 0
        r = c.post("/story/idea-2-video", json={"idea": "a long saga", "scene_count": 5})
        assert r.status_code == 402 and fake.credits("poor") == 15
        assert create_media(c, quantity=1)  # 10 credits fit
        assert fake.credits("poor") == 5 and fake.jobs_created("poor") == 1


def test_missing_and_unknown_keys_are_401(fake: FakeVimmerse, client: httpx.Client) -> None:
    media = create_media(client)
    for key in (None, "not-a-key"):
        with client_for(fake, key) as c:
            for r in (c.get(f"/media/{media['id']}"), c.post("/media", files=form(prompt="x"))):
                assert r.status_code == 401 and r.json() == {"message": "UNAUTHORIZED"}
    assert fake.jobs_created() == 1


def test_other_keys_objects_look_missing(fake: FakeVimmerse, client: httpx.Client) -> None:
    media = create_media(client)
    story = client.post("/story/idea-2-video", json={"idea": "a dog"}).json()["data"]
    fake.clock.advance(10_000)
    with client_for(fake, OTHER_KEY) as other:
        missing = other.get("/media/does-not-exist").json()
        assert other.get(f"/media/{media['id']}").json() == missing
        assert other.get(f"/media/{media['id']}").status_code == 404
        assert other.put(f"/media/{media['id']}", data={"title": "mine"}).status_code == 404
        assert other.get(f"/media/{media['id']}/download").status_code == 404
        assert other.get(f"/story/{story['id']}").status_code == 404
        assert other.delete(f"/story/{story['id']}").status_code == 404
    assert client.get(f"/media/{media['id']}").json()["data"]["title"] == ""


@pytest.mark.parametrize(
    ("fields", "loc", "type_"),
    [
        ({"motion_type": "Warp"}, ["body", "motion_type"], "enum"),
        ({"quantity": 5}, ["body", "quantity"], "less_than_equal"),
        ({"quantity": "two"}, ["body", "quantity"], "int_parsing"),
        ({"audio_option": "{not json"}, ["body", "audio_option"], "json_invalid"),
        ({"audio_option": '{"narrator": "Bob"}'}, ["body", "audio_option", "narrator"], "enum"),
        ({"media_items": '[{"type": "image"}]'}, ["body", "media_items", 0, "url"], "missing"),
        ({"colour": "red"}, ["body", "colour"], "extra_forbidden"),
    ],
)
def test_invalid_create_media_is_422_naming_the_field(
    fake: FakeVimmerse, client: httpx.Client, fields: dict, loc: list, type_: str
) -> None:
    r = client.post("/media", files=form(prompt="x", **fields))
    assert r.status_code == 422
    assert {"loc": loc, "type": type_} in [{"loc": d["loc"], "type": d["type"]} for d in r.json()["detail"]]
    assert fake.jobs_created() == 0


def test_422_for_json_bodies_query_and_story_forms(client: httpx.Client) -> None:
    r = client.post("/story/idea-2-video", json={"idea": "x", "scene_count": 0, "mood": "dark"})
    locs = [d["loc"] for d in r.json()["detail"]]
    assert r.status_code == 422 and ["body", "scene_count"] in locs and ["body", "mood"] in locs
    media = create_media(client)
    r = client.get(f"/media/{media['id']}/download", params={"width": 3})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "width"]
    story = client.post("/story", files=form(idea="x")).json()["data"]
    r = client.post(f"/story/{story['id']}/scenes", data={"storyboard": "[1, 2"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "storyboard"]


def test_create_media_without_input_is_400(fake: FakeVimmerse, client: httpx.Client) -> None:
    r = client.post("/media", files=form(title="nothing to animate"))
    assert r.status_code == 400 and r.json()["message"] == "BAD_REQUEST"
    assert fake.jobs_created() == 0


def test_fixed_boundary_and_repeated_image_files(fake: FakeVimmerse, client: httpx.Client) -> None:
    """The generated client sends ``boundary=+++`` and one part per file."""
    parts = [
        b'--+++\r\nContent-Disposition: form-data; name="image_files"; filename="a.png"\r\n'
        b"Content-Type: image/png\r\n\r\n\x89PNGa\r\n",
        b'--+++\r\nContent-Disposition: form-data; name="image_files"; filename="b.png"\r\n'
        b"Content-Type: image/png\r\n\r\n\x89PNGb\r\n",
        b'--+++\r\nContent-Disposition: form-data; name="duration"\r\n\r\n10\r\n--+++--\r\n',
    ]
    r = client.post(
        "/media", content=b"".join(parts), headers={"Content-Type": "multipart/form-data; boundary=+++"}
    )
    assert r.status_code == 200, r.text
    data = r.json()["data"]
    assert [f["FileName"] for f in data["file_map"]] == ["a.png", "b.png"] and data["duration_time"] == 10
    assert fake.credits(DEMO_API_KEY) == 10_000 - 20


def test_upload_too_large_is_413(fake: FakeVimmerse) -> None:
    small = FakeVimmerse(FakeConfig(manual_clock=True, max_upload_bytes=10_000))
    with client_for(small) as c:
        r = c.post("/media", files=[("image_files", ("big.png", b"\0" * 20_000, "image/png"))])
        assert r.status_code == 413 and r.json()["message"] == "PAYLOAD_TOO_LARGE"
        assert small.jobs_created() == 0
    small.close()


def test_rate_limit_answers_429_with_retry_after() -> None:
    limited = FakeVimmerse(FakeConfig(manual_clock=True, rate_limit=2))
    with client_for(limited) as c:
        codes = [c.get("/media/x").status_code for _ in range(3)]
        assert codes == [404, 404, 429]
        r = c.get("/media/x")
        assert r.status_code == 429 and r.json() == {"message": "RATE_LIMITED"}
        assert int(r.headers["retry-after"]) >= 1
        limited.clock.advance(int(r.headers["retry-after"]))
        assert c.get("/media/x").status_code == 404
    limited.close()


def test_update_metadata_is_free_regeneration_is_paid(fake: FakeVimmerse, client: httpx.Client) -> None:
    media = create_media(client)
    fake.clock.advance(60)
    before = fake.credits(DEMO_API_KEY)
    r = client.put(f"/media/{media['id']}", data={"title": "Fox", "rating": "5"})
    assert r.status_code == 200 and r.json()["data"]["title"] == "Fox"
    assert fake.credits(DEMO_API_KEY) == before and r.json()["data"]["processing_status"] == "success"
    r = client.put(f"/media/{media['id']}/edit", data={"duration": 10})
    data = r.json()["data"]
    assert fake.credits(DEMO_API_KEY) == before - 20
    assert data["processing_status"] == "queue_bullet" and data["bullet_version"] == 2
    assert len(data["video_history"]) == 1
    r = client.post(f"/media/{media['id']}/process")
    assert r.status_code == 200 and fake.credits(DEMO_API_KEY) == before - 40
    assert fake.jobs_created(DEMO_API_KEY) == 3


def test_signed_file_urls_are_the_same_as_signed_afresh_and_serve_their_file(
    fake: FakeVimmerse, client: httpx.Client
) -> None:
    """The file host keeps the tokens it signed (answers name the same files again): a kept token
    must be the one its parameters sign to, and still serve the file."""
    host = fake.file_host
    first = host.url("video", "mp4", d=5, a="16:9", m="m1", v=1)
    assert host.url("video", "mp4", d=5, a="16:9", m="m1", v=1) == first
    token = first.rsplit("/", 1)[1]
    assert host._unsign(token) == {"k": "video", "d": 5, "a": "16:9", "m": "m1", "v": 1}
    assert host.url("video", "mp4", d=5, a="16:9", m="m1", v=2) != first
    # Equal keys of other types (5.0 == 5) sign as they are, not as the token kept for the other.
    as_float = host.url("video", "mp4", d=5.0, a="16:9", m="m1", v=1)
    assert repr(host._unsign(as_float.rsplit("/", 1)[1])["d"]) == "5.0" and as_float != first
    # A parameter that cannot be a cache key is signed each time, to the same payload.
    listed = host.url("asset", "png", parts=[1, 2], id="a1")
    assert host._unsign(listed.rsplit("/", 1)[1]) == {"k": "asset", "parts": [1, 2], "id": "a1"}
    got = client.get(first)
    assert got.status_code == 200 and got.headers["content-type"] == "video/mp4" and got.content
