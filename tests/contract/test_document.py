"""Structural checks of ``openapi.yaml``: the operations the SDK exposes, their documented
responses, authentication, links, and readable enum names in the generated client.

Why: the document is the single source of truth; these are the properties the client,
the fake server and the docs rely on, so a careless edit must fail here first.
"""

from __future__ import annotations

import enum
import re
from typing import Any

import pytest
from _models import model_class
from _schema import components, deref, enum_schemas, load_doc, operations

EXPECTED_OPERATIONS = {
    "createMedia": "media",
    "getMedia": "media",
    "updateMedia": "media",
    "editMedia": "media",
    "getMediaProcessingStatus": "media",
    "downloadMedia": "media",
    "processMedia": "media",
    "createStoryFromIdea": "story",
    "createStoryFromImages": "story",
    "createStoryFromUrl": "story",
    "createStory": "story",
    "getStory": "story",
    "updateStory": "story",
    "deleteStory": "story",
    "generateStoryElements": "story",
    "generateStoryScenes": "story",
    "generateStoryVideos": "story",
    "concatStory": "story",
    "getAsset": "assets",
    "uploadImage": "image",
    "createImageFromText": "image",
    "createImageFromImage": "image",
    "createImageFromElements": "image",
    "replaceImageBackground": "image",
    "editImage": "image",
    "swapImageFaces": "image",
    "createImageTryOn": "image",
    "restyleImage": "image",
    "uploadVideo": "video",
    "cropVideoToAspectRatio": "video",
    "reframeVideo": "video",
    "enhanceVideo": "video",
    "addVideoSoundEffect": "video",
    "createAvatarLipSyncVideo": "video",
    "createLipSyncVideo": "video",
    "createVideoEffect": "video",
    "replaceVideoBackground": "video",
    "createVideoFromReferences": "video",
    "createVideoFromVideo": "video",
    "attachAudioToVideo": "video",
    "uploadAudio": "audio",
    "createSpeechFromText": "audio",
    "createSoundEffectFromText": "audio",
    "createMusicFromText": "audio",
    "generateTextPrompt": "text",
    "createWorkflow": "workflow",
    "getWorkflow": "workflow",
    "updateWorkflow": "workflow",
    "deleteWorkflow": "workflow",
    "logWorkflowError": "workflow",
    "createFinetune": "finetune",
    "getFinetuneStatus": "finetune",
    "getStatistics": "statistics",
    "getHealth": "health",
}
# Operations the vendor documents as charging credits (and so answering 402 INSUFFICIENT_CREDIT);
# uploads are free (docs/api/image.md).
CREDIT_SPENDING = {
    "createMedia",
    "updateMedia",
    "editMedia",
    "processMedia",
    "createStoryFromIdea",
    "createStoryFromImages",
    "createStoryFromUrl",
    "createStory",
    "generateStoryElements",
    "generateStoryScenes",
    "generateStoryVideos",
    "concatStory",
    "createImageFromText",
    "createImageFromImage",
    "createImageFromElements",
    "replaceImageBackground",
    "editImage",
    "swapImageFaces",
    "createImageTryOn",
    "restyleImage",
    "cropVideoToAspectRatio",
    "reframeVideo",
    "enhanceVideo",
    "addVideoSoundEffect",
    "createAvatarLipSyncVideo",
    "createLipSyncVideo",
    "createVideoEffect",
    "replaceVideoBackground",
    "createVideoFromReferences",
    "createVideoFromVideo",
    "attachAudioToVideo",
    "createSpeechFromText",
    "createSoundEffectFromText",
    "createMusicFromText",
    "createWorkflow",
    "createFinetune",
}
ERRORS_ON_ALL = ("400", "401", "422", "429", "500")
# Create operation -> the operations its 200 response must link to.
CREATE_LINKS = {
    "createMedia": {"getMedia", "getMediaProcessingStatus", "downloadMedia"},
    "createStoryFromIdea": {"getStory"},
    "createStoryFromImages": {"getStory"},
    "createStoryFromUrl": {"getStory"},
    "createStory": {"getStory", "generateStoryElements", "generateStoryScenes", "generateStoryVideos"},
    "uploadAudio": {"getAsset"},
    "createSpeechFromText": {"getAsset"},
    "createSoundEffectFromText": {"getAsset"},
    "createMusicFromText": {"getAsset"},
    "uploadImage": {"getAsset"},
    "createImageFromText": {"getAsset"},
    "createImageFromImage": {"getAsset"},
    "createImageFromElements": {"getAsset"},
    "replaceImageBackground": {"getAsset"},
    "editImage": {"getAsset"},
    "swapImageFaces": {"getAsset"},
    "createImageTryOn": {"getAsset"},
    "restyleImage": {"getAsset"},
    "uploadVideo": {"getAsset"},
    "cropVideoToAspectRatio": {"getAsset"},
    "reframeVideo": {"getAsset"},
    "enhanceVideo": {"getAsset"},
    "addVideoSoundEffect": {"getAsset"},
    "createAvatarLipSyncVideo": {"getAsset"},
    "createLipSyncVideo": {"getAsset"},
    "createVideoEffect": {"getAsset"},
    "replaceVideoBackground": {"getAsset"},
    "createVideoFromReferences": {"getAsset"},
    "createVideoFromVideo": {"getAsset"},
    "attachAudioToVideo": {"getAsset"},
    "createFinetune": {"getAsset"},
    "createWorkflow": {"getWorkflow", "updateWorkflow", "deleteWorkflow"},
}


def _is_typed(schema: dict[str, Any]) -> bool:
    """A response schema says something: a $ref, properties, or a non-object type."""
    if "$ref" in schema:
        return True
    if schema.get("type") == "object":
        return bool(schema.get("properties"))
    return "type" in schema


def test_exactly_the_expected_operations() -> None:
    assert set(operations()) == set(EXPECTED_OPERATIONS)
    assert len(operations()) == 54


@pytest.mark.parametrize("operation_id", sorted(EXPECTED_OPERATIONS))
def test_operation_is_documented_and_typed(operation_id: str) -> None:
    _, _, op, _ = operations()[operation_id]
    assert op["tags"] == [EXPECTED_OPERATIONS[operation_id]]
    assert op.get("summary", "").strip()
    assert len(op.get("description", "").strip()) > 20

    responses = op["responses"]
    ok = deref(responses["200"])
    assert ok.get("content"), "200 must have a body"
    for media_type, media in ok["content"].items():
        assert _is_typed(media["schema"]), f"200 {media_type} schema is untyped: {media['schema']}"

    for code in ERRORS_ON_ALL:
        assert code in responses, f"{operation_id} lacks {code}"
        error = deref(responses[code])
        assert "application/json" in error["content"]
        assert _is_typed(error["content"]["application/json"]["schema"])
    if operation_id in CREDIT_SPENDING:
        assert "402" in responses, f"{operation_id} spends credits but documents no 402"
    else:
        assert "402" not in responses, f"{operation_id} is free but documents 402"


def test_api_key_security_scheme() -> None:
    doc = load_doc()
    schemes = doc["components"]["securitySchemes"]
    assert schemes == {
        "ApiKeyHeader": {
            "type": "apiKey",
            "in": "header",
            "name": "X-Api-Key",
            "description": schemes["ApiKeyHeader"]["description"],
        }
    }
    assert doc["security"] == [{"ApiKeyHeader": []}]
    for operation_id, (_, _, op, _) in operations().items():
        assert op.get("security", doc["security"]) == doc["security"], operation_id


@pytest.mark.parametrize("operation_id", sorted(CREATE_LINKS))
def test_create_operations_link_to_their_follow_ups(operation_id: str) -> None:
    _, _, op, _ = operations()[operation_id]
    links = deref(op["responses"]["200"]).get("links", {})
    targets = {link["operationId"] for link in links.values()}
    assert CREATE_LINKS[operation_id] <= targets
    for name, link in links.items():
        target_path = operations()[link["operationId"]][1]
        path_params = set(re.findall(r"{(\w+)}", target_path))
        assert set(link["parameters"]) == path_params, name
        for expression in link["parameters"].values():
            assert expression == "$response.body#/data/id", name


def test_every_enum_has_readable_varnames_of_the_same_length() -> None:
    found = enum_schemas()
    assert len(found) >= 15, sorted(found)
    for where, schema in found.items():
        names = schema.get("x-enum-varnames")
        assert names, f"{where} has no x-enum-varnames"
        assert len(names) == len(schema["enum"]), where
        assert len(set(names)) == len(names), where
        for name in names:
            assert re.fullmatch(r"[A-Z][A-Z0-9_]*", name), f"{where}: {name}"


def test_every_enum_is_a_named_reusable_schema() -> None:
    """Inline enums would give clients per-field classes (``MediaUpdateRequestRating``) instead of
    one type per concept; every enum lives in components/schemas and is referenced."""
    named = {f"#/components/schemas/{name}" for name, schema in components().items() if "enum" in schema}
    assert set(enum_schemas()) == named


def _enum_classes() -> dict[str, tuple[type[enum.Enum], dict[str, Any]]]:
    """Generated enum class -> the schema it was generated from."""
    found: dict[str, tuple[type[enum.Enum], dict[str, Any]]] = {}
    for name, schema in components().items():
        if "enum" in schema:
            found[name] = (model_class(name), schema)
        for prop, prop_schema in schema.get("properties", {}).items():
            if "enum" in prop_schema:
                cls_name = name + "".join(p.capitalize() for p in prop.split("_"))
                found[cls_name] = (model_class(cls_name), prop_schema)
    return found


def test_generated_enums_use_the_documented_member_names() -> None:
    classes = _enum_classes()
    assert len(classes) >= 15
    for cls_name, (cls, schema) in classes.items():
        members = {member.name: member.value for member in cls}
        assert not [n for n in members if re.fullmatch(r"VALUE_\d+", n)], f"{cls_name}: {members}"
        assert members == dict(zip(schema["x-enum-varnames"], schema["enum"], strict=True)), cls_name


def test_camera_control_auto_is_the_empty_string() -> None:
    camera_control = model_class("CameraControl")
    assert camera_control.AUTO.value == ""
    assert camera_control("") is camera_control.AUTO


def test_every_vendor_extension_in_use_is_documented() -> None:
    """A generator author meets ``x-vimmerse-*`` keys in the document: each one used is described
    in ``info.description`` ("Vendor extensions"), and none described is unused."""
    doc = load_doc()
    used: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and key.startswith("x-vimmerse-"):
                    used.add(key)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(doc)
    described = set(re.findall(r"x-vimmerse-[a-z]+(?:-[a-z]+)*", doc["info"]["description"]))
    assert used == described
