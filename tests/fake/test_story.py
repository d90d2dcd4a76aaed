"""Stories through the fake: advanced mode step by step, and the automatic modes."""

from __future__ import annotations

import io

import av
import httpx

from vimmerse_fake import DEMO_API_KEY, FakeVimmerse
from vimmerse_fake.testing import client_for, form


def story(client: httpx.Client, story_id: str) -> dict:
    r = client.get(f"/story/{story_id}")
    assert r.status_code == 200, r.text
    return r.json()["data"]


def test_advanced_mode_step_by_step(fake: FakeVimmerse, client: httpx.Client) -> None:
    r = client.post(
        "/story", files=form(idea="A lighthouse keeper befriends a whale", scene_count=2, aspect_ratio="1:1")
    )
    assert r.status_code == 200, r.text
    s = r.json()["data"]
    assert s["status"] == "new" and len(s["storyboard"]["scenes"]) == 2
    assert s["storyboard"]["characters"] and s["storyboard"]["title_scene"]["title"]

    s = client.post(f"/story/{s['id']}/elements").json()["data"]
    assert all(el["image_url"] for el in s["storyboard"]["characters"] + s["storyboard"]["objects"])
    s = client.post(f"/story/{s['id']}/scenes").json()["data"]
    assert all(sc["image_url"] and sc["narration_url"] for sc in s["storyboard"]["scenes"])
    assert s["used_credits"] == 10 + 20 + 30

    r = client.post(f"/story/{s['id']}/videos", data={"duration": 5})
    s = r.json()["data"]
    assert s["status"] == "processing" and len(s["medias"]) == 2 and "video_url" not in s
    for entry in s["medias"]:
        child = client.get(f"/media/{entry['media_id']}").json()["data"]
        assert child["batch_id"] == s["id"] and child["processing_status"] == "queue_bullet"

    fake.clock.advance(60)  # scene videos done, composing
    s = story(client, s["id"])
    assert s["status"] == "processing" and len(s["finished_medias"]) == 2
    fake.clock.advance(fake.config.compose_seconds)
    s = story(client, s["id"])
    assert s["status"] == "success" and s["progress_percentage"] == 100
    assert s["used_credits"] == 60 + 20 and fake.credits(DEMO_API_KEY) == 10_000 - 80

    with client_for(fake, key=None) as cdn:
        video = cdn.get(s["video_url"])
    assert video.status_code == 200
    with av.open(io.BytesIO(video.content)) as container:
        stream = container.streams.video[0]
        assert abs(container.duration / 1e6 - 10.0) <= 0.2  # two 5 s scenes
        assert stream.width == stream.height

    first_url = s["video_url"]
    s = client.post(f"/story/{s['id']}/concat").json()["data"]
    assert s["status"] == "processing"
    fake.clock.advance(fake.config.compose_seconds)
    s = story(client, s["id"])
    assert s["status"] == "success" and s["video_url"] != first_url


def test_images_give_one_scene_each(client: httpx.Client) -> None:
    r = client.post(
        "/story",
        files=form(idea="Our shop", scene_count=5, image_urls=["https://x/a.png", "https://x/b.png"]),
    )
    scenes = r.json()["data"]["storyboard"]["scenes"]
    assert [sc["image_url"] for sc in scenes] == ["https://x/a.png", "https://x/b.png"]


def test_automatic_idea_to_video(fake: FakeVimmerse, client: httpx.Client) -> None:
    r = client.post("/story/idea-2-video", json={"idea": "A robot learns to paint", "scene_count": 3})
    s = r.json()["data"]
    assert s["status"] == "processing" and len(s["medias"]) == 3
    statuses = []
    for _ in range(20):
        fake.clock.advance(10)
        statuses.append(story(client, s["id"])["status"])
    assert statuses[0] == "processing" and statuses[-1] == "success"
    final = story(client, s["id"])
    assert final["video_url"].startswith(fake.cdn_url) and final["used_credits"] == 100
    assert all(sc["video_url"] for sc in final["scenes"])


def test_automatic_story_with_fail_word_fails(fake: FakeVimmerse, client: httpx.Client) -> None:
    s = client.post("/story/url-2-video", json={"idea": "Video for https://example.com [fail]"}).json()[
        "data"
    ]
    fake.clock.advance(3600)
    final = story(client, s["id"])
    assert final["status"] == "fail" and final["message"] and "video_url" not in final


def test_images_to_video_and_metadata_and_delete(fake: FakeVimmerse, client: httpx.Client) -> None:
    s = client.post("/story/images-2-video", json={"image_urls": ["https://x/1.png"], "aspect_ratio": "9:16"})
    sid = s.json()["data"]["id"]
    before = fake.credits(DEMO_API_KEY)
    r = client.put(f"/story/{sid}", data={"title": "Renamed", "visibility_status": "2"})
    assert r.json()["data"]["title"] == "Renamed" and fake.credits(DEMO_API_KEY) == before
    r = client.delete(f"/story/{sid}")
    assert r.status_code == 200 and r.json()["data"]["id"] == sid
    assert client.get(f"/story/{sid}").status_code == 404
    before = fake.credits(DEMO_API_KEY)
    assert client.post("/story", files=form(idea="continue", story_id=sid)).status_code == 404
    assert fake.credits(DEMO_API_KEY) == before


def test_images_to_video_keeps_the_fields_the_story_guide_documents(
    fake: FakeVimmerse, client: httpx.Client
) -> None:
    """The guide's images-2-video fields reach the job: its scene videos use them, its answer shows them."""
    body = {
        "image_urls": ["https://example.com/a.png", "https://example.com/b.png"],
        "motion_type": "KlingAI",
        "duration": 8,
        "loop": 2,
        "description": "Two landscapes",
        "visibility_status": "2",
        "narrator": "Sarah",
        "has_bg_music": False,
    }
    r = client.post("/story/images-2-video", json=body)
    assert r.status_code == 200, r.text
    s = r.json()["data"]
    assert (s["description"], s["visibility_status"]) == ("Two landscapes", "2")
    assert s["audio_option"]["narrator"] == "Sarah" and s["audio_option"]["has_bg_music"] is False
    children = [client.get(f"/media/{m['media_id']}").json()["data"] for m in s["medias"]]
    assert len(children) == 2
    for child in children:
        assert child["pose_preset"]["MotionType"] == "KlingAI"
        assert "Duration=8|Loop=2" in child["pose_preset"]["Params"]


def test_audio_option_wins_over_the_deprecated_top_level_fields(client: httpx.Client) -> None:
    body = {
        "image_urls": ["https://example.com/a.png"],
        "narrator": "Sarah",
        "audio_option": {"narrator": "Eric"},
    }
    s = client.post("/story/images-2-video", json=body).json()["data"]
    assert s["audio_option"]["narrator"] == "Eric"


def test_a_huge_scene_count_is_accepted_and_the_fake_stays_bounded(client: httpx.Client) -> None:
    """No source caps scene_count, so it is not refused; the fake writes at most MAX_SCENES scenes."""
    from vimmerse_fake.jobs import MAX_SCENES

    r = client.post(
        "/story/url-2-video", json={"idea": "A tour of https://example.com", "scene_count": 10**9}
    )
    assert r.status_code == 200, r.text
    assert len(r.json()["data"]["storyboard"]["scenes"]) == MAX_SCENES
