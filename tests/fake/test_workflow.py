"""Workflows through the fake: status on a manual clock, playable results, credits, keys, 404s."""

from __future__ import annotations

import io
from typing import Any

import av
import httpx
import pytest

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse
from vimmerse_fake.testing import client_for, form
from vimmerse_fake.workflow import WORKFLOW_STEP_SECONDS

from .conftest import OTHER_KEY

OVERLAY_FLOWS = ["crop_to_content", "replace_alpha_with_gray", "upscale", "create_media", "video_overlay"]
PRICE = 50  # openapi.yaml: createWorkflow x-vimmerse-price (flat)


def create(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    fields.setdefault("image_urls", "https://example.com/person.png")
    r = client.post("/workflow", files=form(**fields))
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()["data"]
    return data


def get(client: httpx.Client, workflow_id: str) -> dict[str, Any]:
    r = client.get(f"/workflow/{workflow_id}")
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()["data"]
    return data


def test_workflow_runs_its_steps_on_the_clock_to_a_playable_video(
    fake: FakeVimmerse, client: httpx.Client
) -> None:
    w = create(client, title="Overlay", options='{"prompt": "Person is smiling", "duration": 3}')
    assert w["processing_status"] == "queue" and w["progress_percentage"] == 0
    assert w["model"] == "overlay_gray_5443" and w["images"] == ["https://example.com/person.png"]
    assert w["completions"] == [] and w["result"] == []

    seen, progress, steps = [], [], []
    for _ in range(int(5 * WORKFLOW_STEP_SECONDS / 10) + 2):
        d = get(client, w["id"])
        seen.append(d["processing_status"])
        progress.append(d["progress_percentage"])
        steps.append(len(d["completions"]))
        fake.clock.advance(10.0)
    assert seen[0] == "queue" and "processing" in seen and seen[-1] == "success"
    assert seen.index("success") == 30  # 5 steps of 60 simulated seconds
    assert progress == sorted(progress) and progress[-1] == 100
    assert steps == sorted(steps) and steps[-1] == 5

    done = get(client, w["id"])
    assert [c["flow"] for c in done["completions"]] == OVERLAY_FLOWS
    assert [c["result"][0]["content_type"] for c in done["completions"]] == ["image/png"] * 3 + [
        "video/mp4"
    ] * 2
    [final] = done["result"]
    assert final["content_type"] == "video/mp4" and final["url"].startswith(fake.cdn_url)
    assert done["media_result"][0]["url"] == final["url"]

    with client_for(fake, key=None) as cdn:  # the file host needs no key
        video = cdn.get(final["url"])
        image = cdn.get(done["completions"][0]["result"][0]["url"])
    assert video.status_code == 200 and video.headers["content-type"] == "video/mp4"
    with av.open(io.BytesIO(video.content)) as container:
        stream = container.streams.video[0]
        frames = sum(1 for _ in container.decode(stream))
        assert abs(container.duration / 1e6 - 3.0) <= 0.2 and frames >= 25  # options.duration
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")


def test_fail_marker_ends_the_workflow_as_fail_without_a_result(
    fake: FakeVimmerse, client: httpx.Client
) -> None:
    w = create(client, options='{"prompt": "walk backward [fail]"}')
    fake.clock.advance(10 * WORKFLOW_STEP_SECONDS)
    d = get(client, w["id"])
    assert d["processing_status"] == "fail" and d["result"] == [] and d["progress_percentage"] < 100


def test_templates_have_their_own_steps(fake: FakeVimmerse, client: httpx.Client) -> None:
    w = create(client, template_id="overlay_only_1025")
    fake.clock.advance(WORKFLOW_STEP_SECONDS)
    d = get(client, w["id"])
    assert d["processing_status"] == "success" and [c["flow"] for c in d["completions"]] == ["video_overlay"]


def test_create_is_charged_once_and_reads_and_edits_are_free(
    fake: FakeVimmerse, client: httpx.Client
) -> None:
    w = create(client)
    assert fake.credits(DEMO_API_KEY) == 10_000 - PRICE and fake.jobs_created(DEMO_API_KEY) == 1
    fake.clock.advance(10 * WORKFLOW_STEP_SECONDS)
    get(client, w["id"])
    assert client.put(f"/workflow/{w['id']}", json={"title": "Renamed"}).status_code == 200
    assert client.post("/workflow/error-log", json={"error_message": "boom"}).status_code == 200
    assert client.delete(f"/workflow/{w['id']}").status_code == 200
    assert fake.credits(DEMO_API_KEY) == 10_000 - PRICE and fake.jobs_created(DEMO_API_KEY) == 1


def test_short_balance_is_402_and_creates_nothing() -> None:
    fake = FakeVimmerse(FakeConfig(manual_clock=True, api_keys={DEMO_API_KEY: PRICE - 1}))
    try:
        with client_for(fake) as client:
            r = client.post("/workflow", files=form(image_urls="https://example.com/a.png"))
            assert r.status_code == 402 and r.json()["message"] == "INSUFFICIENT_CREDIT"
        assert fake.credits(DEMO_API_KEY) == PRICE - 1 and fake.jobs_created() == 0
    finally:
        fake.close()


def test_no_image_is_400_and_free(fake: FakeVimmerse, client: httpx.Client) -> None:
    r = client.post("/workflow", files=form(title="nothing to work on"))
    assert r.status_code == 400
    assert fake.credits(DEMO_API_KEY) == 10_000


def test_bad_template_or_options_is_422_and_free(fake: FakeVimmerse, client: httpx.Client) -> None:
    r = client.post("/workflow", files=form(image_urls="https://example.com/a.png", template_id="nope"))
    assert r.status_code == 422 and "template_id" in r.text
    r = client.post("/workflow", files=form(image_urls="https://example.com/a.png", options="{not json"))
    assert r.status_code == 422 and "options" in r.text
    assert fake.credits(DEMO_API_KEY) == 10_000


def test_keys_are_isolated(fake: FakeVimmerse, client: httpx.Client) -> None:
    w = create(client)
    with client_for(fake, key=OTHER_KEY) as other:
        assert other.get(f"/workflow/{w['id']}").status_code == 404
        assert other.put(f"/workflow/{w['id']}", json={"title": "mine now"}).status_code == 404
        assert other.delete(f"/workflow/{w['id']}").status_code == 404
    assert get(client, w["id"])["title"] == ""  # untouched
    assert fake.credits(OTHER_KEY) == 10_000


def test_unknown_and_deleted_workflows_are_404(fake: FakeVimmerse, client: httpx.Client) -> None:
    assert client.get("/workflow/no-such-workflow").status_code == 404
    w = create(client)
    r = client.delete(f"/workflow/{w['id']}")
    assert r.status_code == 200 and r.json()["data"]["id"] == w["id"]
    assert client.get(f"/workflow/{w['id']}").status_code == 404
    assert client.delete(f"/workflow/{w['id']}").status_code == 404
    assert client.put(f"/workflow/{w['id']}", json={"title": "x"}).status_code == 404


def test_update_changes_metadata_only(fake: FakeVimmerse, client: httpx.Client) -> None:
    w = create(client, title="Before")
    fake.clock.advance(10 * WORKFLOW_STEP_SECONDS)
    r = client.put(
        f"/workflow/{w['id']}",
        json={
            "title": "After",
            "description": "d",
            "visibility_status": "2",
            "rating": "5",
            "delivered_at": "2025-04-11 18:45:00+00:00",
        },
    )
    assert r.status_code == 200, r.text
    d = r.json()["data"]
    assert (d["title"], d["description"], d["visibility_status"], d["rating"]) == ("After", "d", "2", "5")
    assert d["delivered_at"] == "2025-04-11 18:45:00+00:00"
    assert d["processing_status"] == "success" and d["result"] == get(client, w["id"])["result"]
    assert client.put(f"/workflow/{w['id']}", json={}).status_code == 422  # one field at least
    assert client.put(f"/workflow/{w['id']}", json={"visibility_status": "9"}).status_code == 422


def test_error_log_answers_the_weeks_log_and_keeps_the_entry(
    fake: FakeVimmerse, client: httpx.Client
) -> None:
    r = client.post("/workflow/error-log", json={"error_message": "boom", "context": {"workflow_id": "w1"}})
    assert r.status_code == 200, r.text
    d = r.json()["data"]
    assert d["message"] == "Error logged successfully"
    assert d["log_path"].startswith("customer-error-logs/") and "-W" in d["log_path"]
    [(key, week)] = fake.store.error_logs
    assert key == DEMO_API_KEY and fake.store.error_logs[key, week][0]["context"] == {"workflow_id": "w1"}
    assert client.post("/workflow/error-log", json={"context": {}}).status_code == 422


def test_state_survives_a_restart(tmp_path: Any) -> None:
    state = str(tmp_path / "state.db")
    fake = FakeVimmerse(FakeConfig(manual_clock=True, state_file=state))
    with client_for(fake) as client:
        w = create(client, title="kept")
    fake.close()
    again = FakeVimmerse(FakeConfig(manual_clock=True, state_file=state))
    try:
        with client_for(again) as client:
            assert get(client, w["id"])["title"] == "kept"
    finally:
        again.close()


@pytest.mark.parametrize("path", ["/workflow/abc", "/customer-statistics/2025-01-01/2025-01-15", "/health"])
def test_reads_need_a_key(fake: FakeVimmerse, path: str) -> None:
    with client_for(fake, key=None) as anonymous:
        assert anonymous.get(path).status_code == 401
