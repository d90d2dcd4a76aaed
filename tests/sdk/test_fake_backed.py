"""Every resource method, sync and async, against the in-process fake (manual clock)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sdk_helpers import maybe

from vimmerse import errors
from vimmerse.types import Media, MediaStatus, Story
from vimmerse_fake import FakeVimmerse

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


async def test_media_lifecycle(fake_client: tuple[Any, Any], fake: FakeVimmerse, tmp_path: Path) -> None:
    client, _ = fake_client
    image = tmp_path / "cat.png"
    image.write_bytes(PNG)
    with image.open("rb") as handle:
        media = await maybe(
            client.media.create(
                image_files=[image, handle],
                prompt="a cat",
                title="cat",
                motion_type="KlingAI",
                duration=5,
                audio_option={"narrator": "Rachel", "narration": "hi"},
                character_animate=False,
            )
        )
    assert isinstance(media, Media) and media.id
    status = await maybe(client.media.status(media.id))
    assert isinstance(status, MediaStatus)
    done = await maybe(client.media.wait(media.id))
    assert done.processing_status == "success"
    assert (await maybe(client.media.get(media.id))).id == media.id
    updated = await maybe(client.media.update(media.id, title="renamed", visibility_status="2"))
    assert updated.title == "renamed"
    edited = await maybe(client.media.edit(media.id, description="about a cat", rating="4"))
    assert edited.description == "about a cat"
    assert fake.jobs_created() == 1, "metadata updates are free: no new job"
    processed = await maybe(client.media.process(media.id))
    assert processed.id == media.id and fake.jobs_created() == 2
    await maybe(client.media.wait(media.id))
    got: list[tuple[int, int | None]] = []
    path = await maybe(
        client.media.download(media.id, tmp_path / "out.mp4", on_progress=lambda d, t: got.append((d, t)))
    )
    data = path.read_bytes()
    assert data[4:8] == b"ftyp" and got[-1] == (len(data), len(data))


async def test_media_create_wait_true(fake_client: tuple[Any, Any]) -> None:
    client, _ = fake_client
    seen: list[str] = []
    media = await maybe(client.media.create(prompt="fox", wait=True, on_progress=lambda s, p: seen.append(s)))
    assert media.processing_status == "success" and seen[-1] == "success"


async def test_story_advanced_and_automatic(
    fake_client: tuple[Any, Any], fake: FakeVimmerse, tmp_path: Path
) -> None:
    client, _ = fake_client
    story = await maybe(
        client.story.create(
            idea="a fox in the snow",
            image_files=[PNG],
            language="English",
            audio_option={"has_narration": True, "narrator": "Aria"},
            elements={"characters": [{"name": "fox", "description": "red"}]},
        )
    )
    assert isinstance(story, Story) and story.id
    sid = story.id
    story = await maybe(client.story.elements(sid, option="Seedream", seed=7))
    story = await maybe(client.story.scenes(sid, aspect_ratio="16:9"))
    story = await maybe(client.story.videos(sid, motion_type="Auto", duration=5, wait=True))
    assert story.status == "success"
    story = await maybe(client.story.concat(sid))
    story = await maybe(client.story.wait(sid))
    assert (await maybe(client.story.update(sid, title="Fox"))).title == "Fox"
    out = await maybe(client.story.download(sid, tmp_path))
    assert out == tmp_path / f"{sid}.mp4" and out.read_bytes()[4:8] == b"ftyp"
    assert (await maybe(client.story.get(sid))).id == sid
    await maybe(client.story.delete(sid))
    with pytest.raises(errors.NotFoundError):
        await maybe(client.story.get(sid))
    for call in (
        client.story.idea_to_video(idea="a tale", scene_duration=10, audio_option={"narrator": "Roger"}),
        client.story.url_to_video(idea="A video for https://example.com"),
        client.story.images_to_video(image_urls=["https://example.com/a.png"], wait=True),
    ):
        made = await maybe(call)
        assert made.id


async def test_no_second_job_when_create_response_is_lost(
    fake_client: tuple[Any, Any], fake: FakeVimmerse
) -> None:
    client, _ = fake_client
    fake.faults.drop_connection(n=1, path="/media", method="POST", after_processing=True)
    with pytest.raises(errors.APIConnectionError) as info:
        await maybe(client.media.create(prompt="fox"))
    assert info.value.may_have_created_job
    assert fake.jobs_created() == 1


async def test_no_second_job_when_create_meets_5xx(fake_client: tuple[Any, Any], fake: FakeVimmerse) -> None:
    client, _ = fake_client
    fake.faults.server_errors(
        n=1, status=503, path="/story/idea-2-video", method="POST", after_processing=True
    )
    with pytest.raises(errors.InternalServerError) as info:
        await maybe(client.story.idea_to_video(idea="a tale"))
    assert info.value.may_have_created_job and fake.jobs_created() == 1


async def test_429_on_create_is_retried_once_and_makes_one_job(
    fake_client: tuple[Any, Any], fake: FakeVimmerse
) -> None:
    client, sleeps = fake_client
    fake.faults.server_errors(n=1, status=429, path="/media", method="POST")
    media = await maybe(client.media.create(prompt="fox"))
    assert media.id and fake.jobs_created() == 1 and len(sleeps.calls) == 1


async def test_402_creates_nothing(fake: FakeVimmerse, mode: str) -> None:
    from vimmerse import AsyncVimmerse, Vimmerse
    from vimmerse_fake import FakeConfig
    from vimmerse_fake import FakeVimmerse as Fake

    poor = Fake(FakeConfig(api_keys={"poor": 0}, manual_clock=True))
    client: Any = (
        Vimmerse("poor", "http://api.vimmerse.test", transport=poor.transport())
        if mode == "sync"
        else AsyncVimmerse("poor", "http://api.vimmerse.test", transport=poor.async_transport())
    )
    with pytest.raises(errors.InsufficientCreditsError):
        await maybe(client.media.create(prompt="fox"))
    assert poor.jobs_created() == 0


@pytest.mark.parametrize(
    ("kind", "text", "cls", "status"),
    [
        ("media", "[fail] fox", errors.JobFailedError, "fail"),
        ("media", "[cancel] fox", errors.JobCancelledError, "cancel"),
        ("story", "[fail] a tale", errors.JobFailedError, "fail"),
    ],
)
async def test_wait_terminal_failures(
    fake_client: tuple[Any, Any], kind: str, text: str, cls: type[errors.JobError], status: str
) -> None:
    client, _ = fake_client
    if kind == "media":
        job = await maybe(client.media.create(prompt=text))
        waiter = client.media.wait
    else:
        job = await maybe(client.story.idea_to_video(idea=text))
        waiter = client.story.wait
    with pytest.raises(cls) as info:
        await maybe(waiter(job.id))
    assert info.value.job_id == job.id and info.value.status == status


async def test_wait_deadline(fake_client: tuple[Any, Any], fake: FakeVimmerse) -> None:
    client, _ = fake_client
    media = await maybe(client.media.create(prompt="fox", duration=10))
    start = fake.clock.now()
    with pytest.raises(errors.WaitTimeoutError) as info:
        await maybe(client.media.wait(media.id, timeout=30))
    assert info.value.status in ("queue_bullet", "processing_bullet")
    assert fake.clock.now() - start == pytest.approx(30, abs=1e-6)


async def test_download_resumes_after_cut(
    fake_client: tuple[Any, Any], fake: FakeVimmerse, tmp_path: Path
) -> None:
    client, _ = fake_client
    media = await maybe(client.media.create(prompt="fox", wait=True))
    whole = await maybe(client.media.download(media.id, tmp_path / "whole.mp4"))
    fake.faults.truncate_download(n=2, after_bytes=1000)
    cut = await maybe(client.media.download(media.id, tmp_path / "cut.mp4"))
    assert cut.read_bytes() == whole.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.mp4", "whole.mp4"]


async def test_failed_download_leaves_nothing_at_the_target(
    fake_client: tuple[Any, Any], fake: FakeVimmerse, tmp_path: Path
) -> None:
    """Was: 50 cuts after 100 bytes each made the download give up and leave nothing. Downloads
    now give up only after attempts that bring no new byte (a slow link that keeps making progress
    is resumed) and keep what they received as a hidden ``.part`` for the next call to resume. So:
    a download cut before its first byte every time leaves nothing at all; one that stalls after
    some bytes leaves no file at the target, and the next call resumes to the same bytes."""
    client, _ = fake_client
    media = await maybe(client.media.create(prompt="fox", wait=True))
    whole = await maybe(client.media.download(media.id, tmp_path / "whole" / "whole.mp4"))
    out = tmp_path / "out"
    out.mkdir()
    fake.faults.truncate_download(n=50, after_bytes=0)
    with pytest.raises(errors.DownloadError):
        await maybe(client.media.download(media.id, out / "x.mp4"))
    assert list(out.iterdir()) == []
    fake.faults.clear()
    fake.faults.truncate_download(n=1, after_bytes=1000)
    fake.faults.truncate_download(n=50, after_bytes=0)
    with pytest.raises(errors.DownloadError):
        await maybe(client.media.download(media.id, out / "x.mp4"))
    assert not (out / "x.mp4").exists()
    assert all(p.name.startswith(".") for p in out.iterdir())  # only the hidden partial
    fake.faults.clear()
    resumed = await maybe(client.media.download(media.id, out / "x.mp4"))
    assert resumed.read_bytes() == whole.read_bytes()
    assert sorted(p.name for p in out.iterdir()) == ["x.mp4"]
    pending = await maybe(client.media.create(prompt="fox"))
    with pytest.raises(errors.APIError):
        await maybe(client.media.download(pending.id, out / "y.mp4"))
    assert sorted(p.name for p in out.iterdir()) == ["x.mp4"]
