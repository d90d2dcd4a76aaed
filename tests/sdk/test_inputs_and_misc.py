"""Client-side validation (no request sent), JSON-in-form encoding, redirects, webhooks, polling.

The limits the SDK enforces are the generated ``Rule`` objects of ``vimmerse_openapi.sdk``; that
they equal openapi.yaml is proven in ``tests/contract/test_rules.py`` (it replaces the drift tests
of the former hand-written ``LIMITS`` table). Here the document's bounds are read directly from
openapi.yaml and every one of them must be refused by the public client before anything is sent.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from sdk_helpers import API, KEY, Recorder, maybe, media_json, mock_clients, ok

from vimmerse import PollPolicy, errors, next_interval, webhooks
from vimmerse._inputs import normalize
from vimmerse.types import MediaAudioOption, MediaItem, MediaWebhookPayload, Storyboard, StoryWebhookPayload
from vimmerse_fake import DEMO_API_KEY
from vimmerse_openapi.sdk import operations as ops

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi.yaml").read_text())
SCHEMAS = SPEC["components"]["schemas"]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def _schema(node: dict[str, Any]) -> dict[str, Any]:
    """A property's schema with a ``$ref`` or one-member ``allOf`` resolved (openapi.yaml only)."""
    merged = {k: v for k, v in node.items() if k != "allOf"}
    for member in node.get("allOf", [node]):
        if "$ref" in member:
            merged = {**SCHEMAS[member["$ref"].rsplit("/", 1)[-1]], **merged}
    return merged


def _valid(prop: dict[str, Any]) -> Any:
    """A value the document allows for a required field."""
    prop = _schema(prop)
    if prop.get("type") == "array":
        item = _schema(prop["items"])
        return [PNG if item.get("format") == "binary" else "https://example.com/a.png"] * prop.get(
            "minItems", 1
        )
    if prop.get("format") == "binary":
        return PNG
    if prop.get("format") == "uri":
        return "https://example.com/a.png"
    return {"string": "a", "integer": prop.get("minimum", 1), "boolean": True}[prop["type"]]


def _operation_calls() -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(operationId, the operation's path/query/body parameters by name, a minimal valid call)."""
    parameters = SPEC["components"]["parameters"]
    for item in SPEC["paths"].values():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete"):
                continue
            declared: dict[str, Any] = {}
            call: dict[str, Any] = {}
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                param = parameters[param["$ref"].rsplit("/", 1)[-1]] if "$ref" in param else param
                if param["in"] == "header":
                    continue
                declared[param["name"]] = param["schema"]
                if param.get("required"):
                    call[param["name"]] = param["schema"].get("example", "x1")
            if "requestBody" in op:
                ((_, media),) = op["requestBody"]["content"].items()
                body = SCHEMAS[media["schema"]["$ref"].rsplit("/", 1)[-1]]
                declared.update(body.get("properties", {}))
                for name in body.get("required", []):
                    call[name] = _valid(body["properties"][name])
                for group in body.get("x-vimmerse-require-any", []):
                    if not any(k in call for k in group):
                        # The text input where there is one (media: prompt), else the first listed.
                        given = "prompt" if "prompt" in group else group[0]
                        call[given] = _valid(body["properties"][given])
                if body.get("minProperties") and not any(k in call for k in body.get("properties", {})):
                    call["title"] = "a"
            yield op["operationId"], declared, call


def _out_of_bounds(prop: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(which bound, a value just past it) for every bound the document declares on ``prop``."""
    s = _schema(prop)
    if "x-vimmerse-json" in s:
        return  # its structure is checked below (test_structured_mistakes_rejected)
    if "minimum" in s:
        yield "minimum", s["minimum"] - 1
    if "maximum" in s:
        yield "maximum", s["maximum"] + 1
    if s.get("minLength"):
        yield "minLength", "x" * (s["minLength"] - 1)
    if "maxLength" in s:
        yield "maxLength", "x" * (s["maxLength"] + 1)
    if "pattern" in s:
        yield "pattern", "bad id!"
    if s.get("format") == "uri":
        yield "format", "not a url"
    if "enum" in s:
        yield "enum", "NotAValue"
    if s.get("type") == "array":
        valid = _valid({**s, "minItems": 1})
        if "maxItems" in s:
            yield "maxItems", valid * (s["maxItems"] + 1)
        if s.get("minItems"):
            yield "minItems", []
        for bound, bad in _out_of_bounds(s["items"]):
            yield f"items.{bound}", [bad]


def _bound_cases() -> list[Any]:
    cases = []
    for operation_id, declared, call in _operation_calls():
        for name, prop in declared.items():
            for bound, bad in _out_of_bounds(prop):
                cases.append(pytest.param(operation_id, call, name, bad, id=f"{operation_id}-{name}-{bound}"))
    return cases


BOUND_CASES = _bound_cases()


def test_the_bound_cases_cover_the_document() -> None:
    """Guards the case generator: every operation with a bounded input is exercised."""
    assert len(BOUND_CASES) >= 60
    covered = {case.values[0] for case in BOUND_CASES}
    # Every operation has at least its id's length and pattern, or a bounded body field, except
    # an upload whose only input is its file (uploadImage) and an operation without inputs
    # (getHealth): nothing there has a bound.
    unbounded = {
        operation_id
        for operation_id, declared, _ in _operation_calls()
        if all(_schema(p).get("format") == "binary" for p in declared.values())
    }
    assert unbounded == {"uploadImage", "getHealth"}, unbounded
    assert covered == set(ops.OPERATIONS) - unbounded


@pytest.mark.parametrize(("operation_id", "call", "field", "value"), BOUND_CASES)
async def test_every_documented_bound_is_enforced_before_sending(
    operation_id: str, call: dict[str, Any], field: str, value: Any, mode: str, tmp_path: Path
) -> None:
    """Was: out-of-range cases computed from ``LIMITS`` for two operations; now every bound of
    every operation, read from openapi.yaml, through the public client."""
    gen = ops.OPERATIONS[operation_id]
    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    method = getattr(getattr(client, gen.tag), gen.name)
    kwargs = {**call, field: value}
    if gen.binary:
        kwargs["path"] = tmp_path / "never-written.mp4"
    with pytest.raises(errors.InvalidParameterError) as info:
        await maybe(method(**kwargs))
    assert re.fullmatch(rf"{re.escape(field)}(\[\d+\])?", info.value.field), info.value.field
    assert info.value.allowed
    assert rec.requests == []
    assert list(tmp_path.iterdir()) == []


def _minimal_answer(operation_id: str) -> dict[str, Any]:
    """An answer the operation's response schema reads: its ``data`` a media-like object, the plain
    text of generateTextPrompt, or the empty list of a listing (getStatistics)."""
    (op,) = [
        o
        for item in SPEC["paths"].values()
        for method, o in item.items()
        if method in ("get", "put", "post", "delete") and o["operationId"] == operation_id
    ]
    ok_schema = op["responses"]["200"].get("content", {}).get("application/json", {}).get("schema", {})
    if "$ref" in ok_schema:
        data = SCHEMAS[ok_schema["$ref"].rsplit("/", 1)[-1]].get("properties", {}).get("data", {})
        if data.get("type") == "string":
            return {"data": "a prompt"}
        if data.get("type") == "array":
            return {"data": []}
    return media_json(status="new")


def test_the_minimal_calls_are_valid() -> None:
    """The other side: the minimal calls the bound cases start from are accepted and sent."""
    for operation_id, _, call in _operation_calls():
        gen = ops.OPERATIONS[operation_id]
        if gen.binary:
            continue  # a download writes a file; its parameters are covered in test_review_findings
        rec = Recorder([ok(_minimal_answer(operation_id))])
        client, _ = mock_clients(rec, "sync")
        getattr(getattr(client, gen.tag), gen.name)(**call)
        assert len(rec.requests) == 1, operation_id


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


@pytest.mark.parametrize(("op", "field", "value"), ENUM_CASES)
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


# The rules of the JSON-in-form fields, as the SDK applies them (generated from x-vimmerse-json).
JSON_RULES = {
    "audio_option": ops.CREATE_MEDIA.body.fields["audio_option"],  # type: ignore[union-attr,index]
    "media_items": ops.CREATE_MEDIA.body.fields["media_items"],  # type: ignore[union-attr,index]
    "elements": ops.CREATE_STORY.body.fields["elements"],  # type: ignore[union-attr,index]
    "storyboard": ops.GENERATE_STORY_ELEMENTS.body.fields["storyboard"],  # type: ignore[union-attr,index]
}


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
    """Was ``encode_json_field(field, value, model, many=...)``; the same encoding is now
    ``normalize`` with the field's generated ``json`` rule: dicts, models and JSON text all
    become the same compact JSON text."""
    from vimmerse.types import StoryElements

    model = model or StoryElements
    rule = JSON_RULES[field]
    assert rule.kind == "json"
    assert json.loads(normalize(rule, value, field)) == value
    typed = [model.from_dict(v) for v in value] if many else model.from_dict(value)
    assert json.loads(normalize(rule, typed, field)) == value
    assert normalize(rule, json.dumps(value), field) == normalize(rule, value, field)


@pytest.mark.parametrize(
    ("field", "value", "where"),
    [
        ("audio_option", {"narrator": {"name": "Rachel"}}, "audio_option.narrator"),
        ("audio_option", {"voice": "Rachel"}, "audio_option.voice"),
        ("audio_option", "{not json", "audio_option"),
        ("media_items", [{"type": "image"}], "media_items[0].url"),
        ("media_items", {"type": "image", "url": "u"}, "media_items"),
        ("media_items", [{"type": "gif", "url": "u"}], "media_items[0].type"),
        ("storyboard", {"scenes": {"s1": {"name": "x"}}}, "storyboard.scenes"),
    ],
)
def test_structured_mistakes_rejected(field: str, value: Any, where: str) -> None:
    with pytest.raises(errors.InvalidParameterError) as info:
        normalize(JSON_RULES[field], value, field)
    assert info.value.field == where


def test_open_storyboard_keys_pass_through() -> None:
    """StoryboardScene is open in openapi.yaml (additionalProperties: true: the service adds keys
    to the storyboards it returns, and a storyboard read back is sent again), so a key the
    document does not name is sent as given rather than refused."""
    text = normalize(JSON_RULES["storyboard"], {"scenes": [{"name": "x", "camera": "slow"}]}, "storyboard")
    assert json.loads(text) == {"scenes": [{"name": "x", "camera": "slow"}]}


async def test_structured_mistakes_rejected_through_the_client(mode: str) -> None:
    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.InvalidParameterError) as info:
        await maybe(client.media.create(prompt="p", audio_option={"narrator": "Nobody"}))
    assert info.value.field == "audio_option.narrator" and "Rachel" in str(info.value.allowed)
    assert rec.requests == []


async def test_empty_media_items_is_no_input(mode: str) -> None:
    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.InvalidParameterError, match="at least one of prompt"):
        await maybe(client.media.create(media_items=[]))
    assert rec.requests == []


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


@pytest.mark.parametrize("word", [".", "..", ".hidden"])
async def test_a_path_parameter_that_urls_would_rewrite_is_refused(word: str, mode: str) -> None:
    """``/finetune/..`` is normalized to ``/finetune`` by any URL library: such a trigger word
    could never reach the service, so it is refused before sending, naming the parameter."""
    rec = Recorder([ok({"data": []})])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.InvalidParameterError) as info:
        await maybe(client.finetune.status(word))
    assert info.value.field == "trigger_word" and rec.requests == []


#: Bodies that need several inputs (x-vimmerse-require-any lists more than one group).
MULTI_INPUT = [op for op in ops.OPERATIONS.values() if op.body is not None and len(op.body.require_any) > 1]


def test_the_bodies_that_need_two_inputs_are_the_ones_the_vendor_describes() -> None:
    assert {op.operation_id for op in MULTI_INPUT} == {
        "createImageTryOn",  # a person and a garment
        "createLipSyncVideo",  # a visual and speech
        "createVideoFromVideo",  # a video and a reference image
        "attachAudioToVideo",  # a video and audio
    }


@pytest.mark.parametrize("op", MULTI_INPUT, ids=lambda op: op.operation_id)
async def test_each_input_a_body_needs_is_asked_for_before_sending(op: Any, mode: str, fake: Any) -> None:
    """One input of two is not enough: the SDK names the missing group before anything is sent,
    and the fake, judging by the same document, refuses such a request without charging."""
    assert op.body is not None and op.body.fields is not None
    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    method = getattr(getattr(client, op.tag), op.name)
    required = {name: _valid(SCHEMAS[op.body.model_ref]["properties"][name]) for name in op.body.required}
    first, second = op.body.require_any
    url_of = {g: next(n for n in g if n.endswith("_url")) for g in (first, second)}
    partial = {**required, url_of[first]: "https://example.com/in.png"}
    with pytest.raises(errors.InvalidParameterError) as info:
        await maybe(method(**partial))
    assert info.value.field == second[0] and all(name in str(info.value) for name in second)
    assert rec.requests == []

    before = fake.credits(DEMO_API_KEY)
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        form_type = op.encoding == "form"
        sent = {k: str(v) for k, v in partial.items()}
        r = http.request(
            op.method,
            op.path,
            headers={"X-Api-Key": DEMO_API_KEY},
            **({"data": sent} if form_type else {"files": {k: (None, v) for k, v in sent.items()}}),
        )
        assert r.status_code == 400 and all(name in r.json()["reason"] for name in second)
        assert fake.credits(DEMO_API_KEY) == before

    both = {**partial, url_of[second]: "https://example.com/other.png"}
    rec_ok = Recorder([ok({"data": {"id": "a1", "status": "queue"}})])
    client_ok, _ = mock_clients(rec_ok, mode)
    await maybe(getattr(getattr(client_ok, op.tag), op.name)(**both))
    assert len(rec_ok.requests) == 1


#: (operation, the arguments a call needs anyway, the setting, the inputs that setting needs).
SETTING_NEEDS = [
    (
        "editImage",
        {"image_url": "https://example.com/a.png"},
        {"option": "Inpaint"},
        {"mask_url": "https://example.com/m.png", "prompt": "a mountain"},
    ),
    (
        "replaceImageBackground",
        {"image_url": "https://example.com/a.png"},
        {"option": "RestyleBackground"},
        {"image2_url": "https://example.com/b.png"},
    ),
    ("generateTextPrompt", {}, {"option": "Image2Prompt"}, {"image_url": "https://example.com/a.png"}),
    ("generateTextPrompt", {}, {"option": "RefinePrompt"}, {"prompt": "a cat"}),
]


def test_the_settings_that_need_inputs_are_the_ones_the_vendor_describes() -> None:
    found = {
        (op.operation_id, value)
        for op in ops.OPERATIONS.values()
        if op.body is not None
        for need in op.body.require_when
        for value in need.values
    }
    assert found == {
        ("editImage", "Inpaint"),
        ("replaceImageBackground", "ReplaceBackground"),
        ("replaceImageBackground", "RestyleBackground"),
        ("generateTextPrompt", "Image2Prompt"),
        ("generateTextPrompt", "RefinePrompt"),
    }


@pytest.mark.parametrize(("op_id", "base", "setting", "needs"), SETTING_NEEDS, ids=lambda v: str(v)[:24])
async def test_a_setting_that_needs_an_input_is_refused_without_it(
    op_id: str, base: dict[str, Any], setting: dict[str, Any], needs: dict[str, Any], mode: str, fake: Any
) -> None:
    """``Inpaint`` without a mask and the like: the SDK names each missing input before sending
    (the default setting needs none of them), and the fake refuses the same request uncharged."""
    op = ops.OPERATIONS[op_id]
    answer = "a prompt" if op.tag == "text" else {"id": "a1", "status": "queue"}
    rec = Recorder([ok({"data": answer})])
    client, _ = mock_clients(rec, mode)
    method = getattr(getattr(client, op.tag), op.name)
    await maybe(method(**base))  # the default setting needs nothing more
    for missing in needs:
        given = {**base, **setting, **{k: v for k, v in needs.items() if k != missing}}
        with pytest.raises(errors.InvalidParameterError) as info:
            await maybe(method(**given))
        group = next(g for need in op.body.require_when for g in need.require_any if missing in g)  # type: ignore[union-attr]
        assert info.value.field == group[0] and setting["option"] in str(info.value)
    assert len(rec.requests) == 1
    await maybe(method(**base, **setting, **needs))
    assert len(rec.requests) == 2

    before = fake.credits(DEMO_API_KEY)
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        parts = {k: (None, str(v)) for k, v in {**base, **setting}.items()}
        r = http.request(op.method, op.path, headers={"X-Api-Key": DEMO_API_KEY}, files=parts)
        assert r.status_code == 400 and setting["option"] in r.json()["reason"]
        assert fake.credits(DEMO_API_KEY) == before
        parts.update({k: (None, str(v)) for k, v in needs.items()})
        r = http.request(op.method, op.path, headers={"X-Api-Key": DEMO_API_KEY}, files=parts)
        assert r.status_code == 200, r.text


@pytest.mark.parametrize(
    ("prompt", "is_input"), [("  ", False), ("", False), ("[]", True), ("{}", True), ("0", True)]
)
async def test_blank_text_is_no_input_to_the_sdk_and_the_fake(
    prompt: str, is_input: bool, mode: str, fake: Any
) -> None:
    """Both sides judge a required input alike: blank text is none, text that looks like empty
    JSON is still a prompt (only a JSON-carrying field is read as JSON)."""
    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    if is_input:
        await maybe(client.media.create(prompt=prompt))
    else:
        with pytest.raises(errors.InvalidParameterError, match="no input given"):
            await maybe(client.media.create(prompt=prompt))
    assert len(rec.requests) == int(is_input)
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        r = http.post("/media", headers={"X-Api-Key": DEMO_API_KEY}, files={"prompt": (None, prompt)})
    assert (r.status_code == 200) is is_input and (r.status_code == 400) is not is_input


async def test_empty_json_in_a_json_field_is_no_input(mode: str) -> None:
    rec = Recorder([ok()])
    client, _ = mock_clients(rec, mode)
    with pytest.raises(errors.InvalidParameterError, match="no input given"):
        await maybe(client.media.create(media_items="[]"))
    assert rec.requests == []
