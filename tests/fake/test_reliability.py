"""Reliability findings, each pinned: hostile JSON, routing edge cases, strict form values,
``updated_at``, download ``width``."""

from __future__ import annotations

import io
import json

import av
import httpx
import pytest

from vimmerse_fake import FakeConfig, FakeVimmerse
from vimmerse_fake.testing import client_for, create_media, form


def is_json_error(r: httpx.Response, status: int) -> bool:
    return r.status_code == status and r.headers["content-type"] == "application/json"


def nested(depth: int, leaf: str = "1") -> str:
    return "[" * depth + leaf + "]" * depth


# ------------------------------------------------------------------ (a) deep JSON


@pytest.mark.parametrize("depth", [100, 1_500, 100_000])
def test_deeply_nested_json_body_is_a_json_422(client: httpx.Client, depth: int) -> None:
    body = '{"idea": "x", "elements": {"objects": [{"name": "o", "extra": ' + nested(depth) + "}]}}"
    r = client.post("/story/idea-2-video", content=body, headers={"Content-Type": "application/json"})
    assert is_json_error(r, 422), (r.status_code, r.text[:200])
    assert r.json()["detail"][0]["loc"] == ["body"] and "nested deeper" in r.json()["detail"][0]["msg"]
    bare = client.post(
        "/story/idea-2-video", content=nested(depth), headers={"Content-Type": "application/json"}
    )
    assert is_json_error(bare, 422)


def test_deeply_nested_json_form_field_is_a_json_422(client: httpx.Client) -> None:
    story = client.post("/story", files=form(idea="x")).json()["data"]
    for depth in (100, 1_500):
        storyboard = '{"scenes": [{"name": ' + nested(depth) + "}]}"
        r = client.post(f"/story/{story['id']}/scenes", data={"storyboard": storyboard})
        assert is_json_error(r, 422) and r.json()["detail"][0]["loc"] == ["body", "storyboard"]


def test_modest_nesting_is_still_accepted(client: httpx.Client) -> None:
    body = {"idea": "x", "elements": {"objects": [{"name": "o", "extra": json.loads(nested(40))}]}}
    assert client.post("/story/idea-2-video", json=body).status_code == 200


# ------------------------------------------------------------------ (b) routing and strictness


def test_unknown_paths_and_methods_answer_json(client: httpx.Client) -> None:
    for path in ("/nope", "/media/x/nope", "/", "/story/x/elements/y"):
        r = client.get(path)
        assert is_json_error(r, 404) and r.json() == {"message": "NOT_FOUND"}, path
    r = client.delete("/media/x")
    assert is_json_error(r, 405) and r.json() == {"message": "METHOD_NOT_ALLOWED"}
    assert r.headers["allow"] == "GET, PUT"
    r = client.patch("/story/idea-2-video")  # the literal path wins over /story/{story_id}
    assert is_json_error(r, 405) and r.headers["allow"] == "POST"
    assert client.get("/story/idea-2-video").json() == {"message": "NOT_FOUND"}  # getStory: no such story


def test_cdn_unknown_paths_and_methods_answer_json(fake: FakeVimmerse) -> None:
    with client_for(fake, key=None) as cdn:
        r = cdn.get(f"{fake.cdn_url}/nope/")
        assert is_json_error(r, 404) and r.json() == {"message": "NOT_FOUND"}
        r = cdn.post(f"{fake.cdn_url}/blob/10")
        assert is_json_error(r, 405) and r.headers["allow"] == "GET, HEAD"
        assert cdn.head(f"{fake.cdn_url}/blob/10").headers["content-length"] == "10"  # a file host: HEAD ok


def test_head_on_api_get_routes_is_405_like_fastapi(client: httpx.Client) -> None:
    media = create_media(client)
    for path in (f"/media/{media['id']}", f"/media/{media['id']}/processing-status", "/media/x/download"):
        r = client.head(path)
        assert is_json_error(r, 405) and r.content == b"", path
        assert "GET" in r.headers["allow"] and "HEAD" not in r.headers["allow"]


def test_encoded_slash_stays_inside_the_id(client: httpx.Client) -> None:
    media = create_media(client)
    for suffix in ("%2Fprocessing-status", "%2fprocessing-status", "%2Fdownload"):
        r = client.get(f"/media/{media['id']}{suffix}")
        assert r.status_code in (404, 422) and r.headers["content-type"] == "application/json", suffix
    r = client.get(f"/media/{media['id']}%2Fprocessing-status")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["path", "media_id"]
    assert client.get(f"/media/{media['id']}/processing%2Dstatus").status_code == 200  # decoded per segment


@pytest.mark.parametrize(
    "path", ["/media/....//", "/media/x//", "/media/", "/story/", "//media", "/media/x/"]
)
def test_odd_slashes_are_json_404_never_a_redirect(client: httpx.Client, path: str) -> None:
    r = client.get(path)
    assert is_json_error(r, 404), (path, r.status_code, r.headers.get("location"))


@pytest.mark.parametrize("value", [" 5", "5 ", "+5", "\u0665", "5.0"])
def test_form_integers_are_plain_ascii_digits(fake: FakeVimmerse, client: httpx.Client, value: str) -> None:
    r = client.post("/media", files=form(prompt="x", duration=value))
    assert is_json_error(r, 422)
    assert {"loc": ["body", "duration"], "type": "int_parsing"} in [
        {"loc": d["loc"], "type": d["type"]} for d in r.json()["detail"]
    ]
    assert fake.jobs_created() == 0
    media = create_media(client)
    assert client.put(f"/media/{media['id']}", data={"quantity": value}).status_code == 422


def test_form_booleans_have_no_spaces(client: httpx.Client) -> None:
    assert client.post("/media", files=form(prompt="x", character_animate=" true")).status_code == 422
    assert client.post("/media", files=form(prompt="x", character_animate="True")).status_code == 200


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_json_bodies_must_be_utf8(fake: FakeVimmerse, client: httpx.Client, encoding: str) -> None:
    body = json.dumps({"idea": "a fox"}).encode(encoding)
    r = client.post("/story/idea-2-video", content=body, headers={"Content-Type": "application/json"})
    assert is_json_error(r, 422) and r.json()["detail"][0]["loc"] == ["body"]
    assert fake.jobs_created() == 0
    ok = client.post("/story/idea-2-video", content=json.dumps({"idea": "a fox é"}).encode("utf-8"))
    assert ok.status_code == 200


# ------------------------------------------------------------------ (c) updated_at, width


def test_media_updated_at_moves_with_its_status(fake: FakeVimmerse, client: httpx.Client) -> None:
    media = create_media(client, duration=5)  # 60 simulated seconds: queued 6 s, then processing

    def updated_at() -> str:
        return client.get(f"/media/{media['id']}").json()["data"]["updated_at"]

    created = updated_at()
    assert created == media["created_at"]
    fake.clock.advance(3)
    assert updated_at() == created  # still queued: nothing changed
    fake.clock.advance(10)
    processing = updated_at()
    assert processing > created
    fake.clock.advance(100)
    done = updated_at()
    assert done > processing
    fake.clock.advance(1000)
    assert updated_at() == done  # finished: no further change
    client.put(f"/media/{media['id']}", data={"title": "renamed"})
    assert updated_at() > done


def test_story_updated_at_moves_as_its_scenes_and_it_finish(fake: FakeVimmerse, client: httpx.Client) -> None:
    s = client.post("/story/idea-2-video", json={"idea": "a fox", "scene_count": 1}).json()["data"]

    def updated_at() -> str:
        return client.get(f"/story/{s['id']}").json()["data"]["updated_at"]

    seen = [updated_at()]
    for _ in range(30):
        fake.clock.advance(10)
        seen.append(updated_at())
    assert client.get(f"/story/{s['id']}").json()["data"]["status"] == "success"
    assert seen == sorted(seen) and len(set(seen)) >= 4  # scene processing, scene done, story done
    assert seen[-1] == seen[-2]


def probe(data: bytes) -> tuple[int, int]:
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.video[0]
        return stream.width, stream.height


def test_download_honours_width() -> None:
    for redirect in (True, False):
        fake = FakeVimmerse(FakeConfig(manual_clock=True, redirect_downloads=redirect, max_video_width=400))
        with client_for(fake) as c:
            media = create_media(c, duration=1, aspect_ratio="16:9")
            fake.clock.advance(60)
            sizes = []
            for width in (None, 320, 33, 7680):
                params = {"width": width} if width else {}
                r = c.get(f"/media/{media['id']}/download", params=params, follow_redirects=True)
                assert r.status_code == 200 and r.headers["content-type"] == "video/mp4"
                sizes.append(probe(r.content))
        assert sizes == [(284, 160), (320, 180), (34, 18), (400, 226)], redirect
        fake.close()
