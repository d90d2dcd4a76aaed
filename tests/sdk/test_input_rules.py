"""The rules beyond bounds, applied before anything is sent: JSON carried in form fields (encoded
through the generated models, structural mistakes refused), path parameters a URL would rewrite,
the inputs a body needs (``x-vimmerse-require-any``) and the inputs a setting needs
(``x-vimmerse-require-when``), and what counts as no input (blank text, empty JSON, empty lists).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from sdk_document import SCHEMAS, valid_value
from sdk_helpers import Recorder, maybe, mock_clients, ok

from vimmerse import errors
from vimmerse._inputs import normalize
from vimmerse.types import MediaAudioOption, MediaItem, Storyboard
from vimmerse_fake import DEMO_API_KEY
from vimmerse_openapi.sdk import operations as ops

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
    required = {
        name: valid_value(SCHEMAS[op.body.model_ref]["properties"][name]) for name in op.body.required
    }
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
