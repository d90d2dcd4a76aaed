"""Client-side validation (no request sent), JSON-in-form encoding, redirects, webhooks, polling."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from sdk_helpers import API, KEY, Recorder, maybe, media_json, mock_clients, ok

from vimmerse import PollPolicy, errors, next_interval, webhooks
from vimmerse._inputs import LIMITS, encode_json_field
from vimmerse.types import MediaAudioOption, MediaItem, MediaWebhookPayload, Storyboard, StoryWebhookPayload

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi.yaml").read_text())
SCHEMAS = SPEC["components"]["schemas"]


def _spec_limits(schema: dict[str, Any]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    keys = {
        "minimum": "minimum",
        "maximum": "maximum",
        "minLength": "min_length",
        "maxLength": "max_length",
        "minItems": "min_items",
        "maxItems": "max_items",
    }
    for name, prop in schema.get("properties", {}).items():
        found = {v: prop[k] for k, v in keys.items() if k in prop}
        item_min = prop.get("items", {}).get("minLength")
        if item_min is not None:
            found["item_min_length"] = item_min
        if found:
            out[name] = found
    return out


@pytest.mark.parametrize("schema", [s for s in LIMITS if s != "downloadMedia"])
def test_limits_table_matches_openapi(schema: str) -> None:
    ours = {f: {k: v for k, v in vars(lim).items() if v is not None} for f, lim in LIMITS[schema].items()}
    assert ours == _spec_limits(SCHEMAS[schema])


def test_every_bounded_request_schema_is_covered() -> None:
    bounded = {n for n, s in SCHEMAS.items() if n.endswith("Request") and _spec_limits(s)}
    assert bounded <= set(LIMITS)


def _range_cases() -> list[tuple[str, str, Any]]:
    cases = []
    for field, lim in LIMITS["MediaCreateRequest"].items():
        if lim.minimum is not None:
            cases += [("media", field, lim.minimum - 1), ("media", field, lim.maximum + 1)]  # type: ignore[operator]
        if lim.max_length is not None:
            cases.append(("media", field, "x" * (lim.max_length + 1)))
    for field, lim in LIMITS["IdeaToVideoRequest"].items():
        if lim.minimum is not None:
            cases += [("idea", field, lim.minimum - 1), ("idea", field, lim.maximum + 1)]  # type: ignore[operator]
    return cases


ENUM_CASES = [
    ("media", "motion_type", "Kling"),
    ("media", "camera_control", "HorizontalArc"),
    ("media", "aspect_ratio", "2:1"),
    ("media", "visibility_status", "3"),
    ("media", "model", "Fashn"),
    ("idea", "image_tool", "Dalle"),
    ("idea", "video_tool", "Sora"),
    ("idea", "scene_duration", 7),
    ("idea", "language", "Klingon"),
]


@pytest.mark.parametrize(("op", "field", "value"), _range_cases() + ENUM_CASES)
async def test_invalid_values_rejected_before_sending(op: str, field: str, value: Any, mode: str) -> None:
    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.InvalidParameterError) as info:
        if op == "media":
            await maybe(client.media.create(**{"prompt": "fox", field: value}))
        else:
            await maybe(client.story.idea_to_video(**{"idea": "tale", field: value}))
    assert info.value.field == field and info.value.value == value and info.value.allowed
    assert rec.requests == []


async def test_required_one_of_and_bad_ids(mode: str) -> None:
    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.InvalidParameterError, match="at least one of prompt"):
        await maybe(client.media.create(title="nothing to animate"))
    with pytest.raises(errors.InvalidParameterError) as info:
        await maybe(client.media.get("../../etc/passwd"))
    assert info.value.field == "media_id"
    assert rec.requests == []


async def test_enum_members_and_strings_sent_the_same(mode: str) -> None:
    from vimmerse.types import CameraControl, MotionType

    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    await maybe(client.media.create(prompt="a", motion_type=MotionType.KLING_AI, camera_control="Zoom in"))
    await maybe(client.media.create(prompt="a", motion_type="KlingAI", camera_control=CameraControl.ZOOM_IN))
    first = rec.requests[0]
    assert b'name="motion_type"\r\nContent-Type: text/plain\r\n\r\nKlingAI' in first.content
    strip = [
        r.content.replace(r.headers["Content-Type"].split("boundary=")[1].encode(), b"B")
        for r in rec.requests
    ]
    assert strip[0] == strip[1]
    assert "boundary=+++" not in first.headers["Content-Type"]


@pytest.mark.parametrize(
    ("field", "model", "many", "value"),
    [
        ("audio_option", MediaAudioOption, False, {"narrator": "Rachel", "narration": "Hello"}),
        (
            "media_items",
            MediaItem,
            True,
            [{"type": "image", "url": "https://e.x/a.png", "position": "First"}],
        ),
        ("elements", None, False, {"characters": [{"name": "fox", "description": "red"}], "objects": []}),
        ("storyboard", Storyboard, False, {"title_scene": {"title": "T"}, "scenes": [{"name": "s1"}]}),
    ],
)
def test_json_fields_round_trip(field: str, model: Any, many: bool, value: Any) -> None:
    from vimmerse.types import StoryElements

    model = model or StoryElements
    assert json.loads(encode_json_field(field, value, model, many=many)) == value
    typed = [model.from_dict(v) for v in value] if many else model.from_dict(value)
    assert json.loads(encode_json_field(field, typed, model, many=many)) == value


@pytest.mark.parametrize(
    ("field", "model", "many", "value", "where"),
    [
        ("audio_option", MediaAudioOption, False, {"narrator": {"name": "Rachel"}}, "audio_option.narrator"),
        ("audio_option", MediaAudioOption, False, {"voice": "Rachel"}, "audio_option.voice"),
        ("media_items", MediaItem, True, [{"type": "image"}], "media_items[0].url"),
        ("media_items", MediaItem, True, {"type": "image", "url": "u"}, "media_items"),
        ("storyboard", Storyboard, False, {"scenes": {"s1": {"name": "x"}}}, "storyboard.scenes"),
        ("storyboard", Storyboard, False, {"scenes": [{"nmae": "x"}]}, "storyboard.scenes[0].nmae"),
    ],
)
def test_structured_mistakes_rejected(field: str, model: Any, many: bool, value: Any, where: str) -> None:
    with pytest.raises(errors.InvalidParameterError) as info:
        encode_json_field(field, value, model, many=many)
    assert info.value.field == where


async def test_redirect_never_forwards_key_to_other_origin(mode: str, tmp_path: Path) -> None:
    body = b"0123456789" * 100
    seen: dict[str, str | None] = {}

    def route(request: httpx.Request) -> httpx.Response:
        seen[request.url.host + ":" + str(request.url.port)] = request.headers.get("X-Api-Key")
        if request.url.host == "api.vimmerse.test" and request.url.path.endswith("/download"):
            return httpx.Response(302, headers={"Location": "http://api.vimmerse.test:8080/hop"})
        if request.url.port == 8080:
            return httpx.Response(307, headers={"Location": "https://cdn.other.test/f.mp4"})
        return httpx.Response(200, content=body, headers={"Content-Length": str(len(body))})

    client, _ = mock_clients(Recorder([route]), mode)
    out = await maybe(client.media.download("m1", tmp_path / "v.mp4"))
    assert out.read_bytes() == body
    assert seen == {
        "api.vimmerse.test:None": KEY,
        "api.vimmerse.test:8080": None,
        "cdn.other.test:None": None,
    }


async def test_wait_polls_on_unknown_status_and_retries_transient(mode: str) -> None:
    statuses = ["queue_bullet", "rendering_v2", "processing_bullet", "success"]
    script: list[Any] = [ok({"message": "x"}, 503)] * 3  # first reading: transient failure after retries
    for i, s in enumerate(statuses):
        script.append(ok({"data": {"processing_status": s, "progress_percentage": str(i * 30)}}))
    script.append(ok(media_json(processing_status="success")))
    clock = {"t": 0.0}
    sleeps: list[float] = []

    def sleep(s: float) -> None:
        sleeps.append(s)
        clock["t"] += s

    policy = PollPolicy(sleep=sleep, monotonic=lambda: clock["t"])
    rec = Recorder(script)
    client, _ = mock_clients(rec, mode, poll=policy)
    seen: list[tuple[str, int | None]] = []
    media = await maybe(client.media.wait("m1", on_progress=lambda s, p: seen.append((s, p))))
    assert media.processing_status == "success"
    assert [s for s, _ in seen] == statuses and seen[-1] == ("success", 90)
    assert len(sleeps) == 4 and all(1.0 <= s <= 600.0 for s in sleeps)


@settings(max_examples=300, deadline=None)
@given(
    elapsed=st.floats(0, 1e5, allow_nan=False),
    progress=st.none() | st.floats(-10, 150, allow_nan=False),
    previous=st.none() | st.floats(0, 1e4, allow_nan=False),
)
def test_next_interval_within_bounds(elapsed: float, progress: float | None, previous: float | None) -> None:
    policy = PollPolicy()
    gap = next_interval(elapsed, progress, previous, policy)
    assert policy.min_interval <= gap <= policy.max_interval and math.isfinite(gap)


@settings(max_examples=200, deadline=None)
@given(elapsed=st.floats(1, 5000), p1=st.integers(1, 99), p2=st.integers(1, 99))
def test_next_interval_shrinks_as_progress_grows(elapsed: float, p1: int, p2: int) -> None:
    lo, hi = sorted((p1, p2))
    assert next_interval(elapsed, hi, 1.0) <= next_interval(elapsed, lo, 1.0)


@pytest.mark.parametrize("duration", [30.0, 300.0, 1800.0])
@pytest.mark.parametrize("queued", [0.0, 2.0, 5.0])
def test_polling_budget_on_linear_jobs(duration: float, queued: float) -> None:
    """Detection delay <= max(1 s, 2 % of duration) with <= 20 status reads (integer progress)."""
    from vimmerse._wait import Poller

    t = {"now": 0.0}
    poller = Poller(
        job_id="j",
        terminal=frozenset({"success"}),
        on_progress=None,
        timeout=None,
        policy=PollPolicy(monotonic=lambda: t["now"]),
    )
    while True:
        now = t["now"]
        if now >= queued + duration:
            final = poller.observe("success", 100)
            break
        progress = 0 if now < queued else math.floor(100 * (now - queued) / duration)
        assert poller.observe("processing_bullet", progress) is None
        t["now"] += poller.next_sleep()
    assert final == "success"
    assert poller.requests <= 20
    assert t["now"] - (queued + duration) <= max(1.0, 0.02 * duration)


@pytest.mark.parametrize(
    ("body", "cls"),
    [
        (b'{"customer_id":"c","media_id":"m","status":"success"}', MediaWebhookPayload),
        ('{"customer_id":"c","batch_id":"s","status":"brand_new_state","extra":1}', StoryWebhookPayload),
        ({"customer_id": "c", "media_id": "m", "status": "fail"}, MediaWebhookPayload),
    ],
)
def test_webhook_parse(body: Any, cls: type) -> None:
    assert isinstance(webhooks.parse(body), cls)


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"", "empty"),
        (b"\xff\xfe", "UTF-8"),
        (b"{not json", "not JSON"),
        (b"[1]", "JSON object"),
        ({"customer_id": "c", "status": "success"}, "neither"),
        ({"customer_id": "c", "media_id": "m", "batch_id": "b", "status": "x"}, "both"),
        ({"media_id": "m", "status": "success"}, "customer_id"),
        ({"customer_id": "c", "media_id": 5, "status": "success"}, "media_id"),
    ],
)
def test_webhook_parse_rejects(body: Any, says: str) -> None:
    with pytest.raises(errors.WebhookParseError, match=says):
        webhooks.parse(body)


def test_client_config_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from vimmerse import Vimmerse

    monkeypatch.setenv("VIMMERSE_API_KEY", KEY)
    monkeypatch.setenv("VIMMERSE_BASE_URL", API + "/")
    with Vimmerse() as client:
        assert client.base_url == API and KEY not in repr(client)
    monkeypatch.delenv("VIMMERSE_API_KEY")
    with pytest.raises(errors.VimmerseError, match="VIMMERSE_API_KEY"):
        Vimmerse()
