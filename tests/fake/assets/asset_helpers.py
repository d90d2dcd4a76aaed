"""What the asset tests share: a copy of openapi.yaml with an asset operation of every tag
(``SCRATCH`` adds one shaped like the vendor's where the packaged document has none yet) and
requests built from each operation's schema, so every operation added to the document is
covered. The fixtures serving it are in ``conftest.py``.
"""

from __future__ import annotations

import copy
import io
import json
import struct
import wave
from typing import Any

import av
import httpx
import pytest

from vimmerse_fake import DEMO_API_KEY, FakeVimmerse
from vimmerse_fake.document import Document, Operation, default_spec_path, load_document

OTHER_KEY = "other-key"
POOR_KEY = "poor-key"

_ERRORS = {
    code: {"$ref": f"#/components/responses/{name}"}
    for code, name in [
        ("400", "BadRequest"),
        ("401", "Unauthorized"),
        ("402", "InsufficientCredit"),
        ("422", "ValidationFailed"),
        ("429", "RateLimited"),
        ("500", "ServerError"),
    ]
}


def _op(tag: str, op_id: str, media_type: str, schema: str, **extra: Any) -> dict[str, Any]:
    return {
        "post": {
            "tags": [tag],
            "operationId": op_id,
            "x-vimmerse-credits": "charged",
            "x-vimmerse-job": "asset",
            "summary": op_id,
            "requestBody": {
                "required": True,
                "content": {media_type: {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
            },
            "responses": {"200": {"$ref": "#/components/responses/AssetCreated"}, **_ERRORS},
            **extra,
        }
    }


_ASYNC = {
    "async_mode": {"type": "boolean", "default": False},
    "webhook_url": {"type": "string", "format": "uri"},
}
_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"

#: Operations shaped like the vendor's, by tag, for tags the document has no asset operation of.
SCRATCH: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "image": (
        {
            "/image": _op(
                "image",
                "scratchUploadImage",
                _MULTIPART,
                "ScratchImageUpload",
                **{"x-vimmerse-method": "upload", "x-vimmerse-credits": "free"},
            ),
            "/image/text-2-image": _op(
                "image",
                "scratchTextToImage",
                _FORM,
                "ScratchTextToImage",
                **{"x-vimmerse-price": {"credits": 5, "per": "quantity", "source": "flat"}},
            ),
        },
        {
            "ScratchImageUpload": {
                "type": "object",
                "additionalProperties": False,
                "required": ["image_file"],
                "properties": {"image_file": {"type": "string", "format": "binary"}},
            },
            "ScratchTextToImage": {
                "type": "object",
                "additionalProperties": False,
                "required": ["prompt"],
                "properties": {
                    "prompt": {"type": "string", "minLength": 1, "maxLength": 2000},
                    "quantity": {"type": "integer", "minimum": 1, "maximum": 4, "default": 1},
                    "aspect_ratio": {
                        "allOf": [{"$ref": "#/components/schemas/ImageAspectRatio"}],
                        "default": "1:1",
                    },
                    **_ASYNC,
                },
            },
        },
    ),
    "audio": (
        {
            "/audio": _op(
                "audio",
                "scratchUploadAudio",
                _MULTIPART,
                "ScratchAudioUpload",
                **{"x-vimmerse-method": "upload", "x-vimmerse-credits": "free"},
            ),
            "/audio/text-2-speech": _op(
                "audio",
                "scratchTextToSpeech",
                _FORM,
                "ScratchTextToSpeech",
                **{"x-vimmerse-price": {"credits": 3, "source": "flat"}},
            ),
            "/audio/text-2-sound-effect": _op(
                "audio", "scratchTextToSoundEffect", _FORM, "ScratchSoundEffect"
            ),
        },
        {
            "ScratchAudioUpload": {
                "type": "object",
                "additionalProperties": False,
                "x-vimmerse-require-any": [["audio_file", "audio_url"]],
                "properties": {
                    "audio_file": {"type": "string", "format": "binary"},
                    "audio_url": {"type": "string", "format": "uri"},
                },
            },
            "ScratchTextToSpeech": {
                "type": "object",
                "additionalProperties": False,
                "required": ["prompt"],
                "properties": {
                    "prompt": {"type": "string", "minLength": 1, "maxLength": 5000},
                    "voice": {"type": "string", "default": "Rachel"},
                    **_ASYNC,
                },
            },
            "ScratchSoundEffect": {
                "type": "object",
                "additionalProperties": False,
                "required": ["prompt"],
                "properties": {
                    "prompt": {"type": "string", "minLength": 1},
                    "duration": {"type": "number", "minimum": 0.5, "maximum": 22, "default": 5},
                },
            },
        },
    ),
    "video": (
        {
            "/video": _op(
                "video",
                "scratchUploadVideo",
                _MULTIPART,
                "ScratchVideoUpload",
                **{"x-vimmerse-method": "upload", "x-vimmerse-credits": "free"},
            ),
            "/video/reframe": _op(
                "video",
                "scratchReframeVideo",
                _MULTIPART,
                "ScratchReframe",
                **{"x-vimmerse-price": {"credits": 20, "source": "flat"}},
            ),
        },
        {
            "ScratchVideoUpload": {
                "type": "object",
                "additionalProperties": False,
                "x-vimmerse-require-any": [["video_file", "video_url"]],
                "properties": {
                    "video_file": {"type": "string", "format": "binary"},
                    "video_url": {"type": "string", "format": "uri"},
                },
            },
            "ScratchReframe": {
                "type": "object",
                "additionalProperties": False,
                "x-vimmerse-require-any": [["video_file", "video_url"]],
                "properties": {
                    "video_file": {"type": "string", "format": "binary"},
                    "video_url": {"type": "string", "format": "uri"},
                    "aspect_ratio": {
                        "allOf": [{"$ref": "#/components/schemas/AspectRatio"}],
                        "default": "9:16",
                    },
                    "webhook_url": {"type": "string", "format": "uri"},
                },
            },
        },
    ),
}


def _asset_ops(raw: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (tag, item)
        for path_item in raw.get("paths", {}).values()
        for item in path_item.values()
        if isinstance(item, dict) and item.get("x-vimmerse-job") == "asset"
        for tag in (item.get("tags") or ["?"])[:1]
    ]


def _build_document() -> dict[str, Any]:
    raw = copy.deepcopy(load_document(str(default_spec_path())).raw)
    tags = {tag for tag, _ in _asset_ops(raw)}
    for tag, (paths, schemas) in SCRATCH.items():
        if tag not in tags:
            raw["paths"].update(copy.deepcopy(paths))
            raw["components"]["schemas"].update(copy.deepcopy(schemas))
    return raw


DOCUMENT_RAW = _build_document()
ASSET_OP_IDS = sorted(item["operationId"] for _, item in _asset_ops(DOCUMENT_RAW))


# --------------------------------------------------------------------- requests
def _props(doc: Document, op: Operation) -> tuple[dict[str, Any], dict[str, Any]]:
    body = doc.resolve(op.raw["requestBody"])
    schema = doc.resolve(body["content"][op.media_type]["schema"])
    return schema, {name: doc.resolve(p) for name, p in (schema.get("properties") or {}).items()}


def is_binary(prop: dict[str, Any]) -> bool:
    return prop.get("format") == "binary" or (prop.get("items") or {}).get("format") == "binary"


FILE_BYTES = {
    "image": b"\x89PNG\r\n\x1a\n-upload-",
    "video": b"\x00\x00\x00\x18ftypmp42-upload-",
    "audio": b"RIFF\x00\x00\x00\x00WAVE-upload-",
}
FILE_TYPES = {"image": "image/png", "video": "video/mp4", "audio": "audio/wav"}


def _sample(doc: Document, name: str, prop: dict[str, Any]) -> Any:
    if prop.get("format") == "uri" or name.endswith("_url"):
        return "https://example.com/input.png"
    if (prop.get("items") or {}).get("format") == "uri" or name.endswith("_urls"):
        return [f"https://example.com/input-{i}.png" for i in range(max(1, int(prop.get("minItems", 1))))]
    if "x-vimmerse-json" in prop:
        return json.dumps(doc.example_of(prop["x-vimmerse-json"]))
    value = doc.example_of(prop)
    if value in ("", None) and prop.get("type", "string") == "string":
        return "a lighthouse at dusk"
    return value


def request_for(fake: FakeVimmerse, op: Operation, **fields: Any) -> httpx.Request:
    """A valid request of ``op``: its required fields (and one field of each require-any group,
    a URL rather than a file when it can), plus ``fields`` (bytes: a file upload)."""
    doc = fake.document
    schema, props = _props(doc, op)
    values: dict[str, Any] = {}

    def sample(name: str) -> Any:
        prop = props[name]
        if not is_binary(prop):
            return _sample(doc, name, prop)
        data = FILE_BYTES.get(op.tag or "", b"x")
        return [data] * max(1, int(prop.get("minItems", 1))) if "items" in prop else data

    for name in schema.get("required") or []:
        if name not in fields:
            values[name] = sample(name)
    for need in schema.get("x-vimmerse-require-any") or []:
        if not any(n in fields or n in values for n in need):
            pick = next((n for n in need if not is_binary(props[n])), need[0])  # a URL rather than a file
            values[pick] = sample(pick)
    values.update(fields)
    headers = {"X-Api-Key": DEMO_API_KEY}
    if op.media_type == _FORM:
        data = {k: (str(v).lower() if isinstance(v, bool) else str(v)) for k, v in values.items()}
        return httpx.Request(op.method, fake.base_url + op.path, data=data, headers=headers)
    parts: list[tuple[str, Any]] = []
    for name, value in values.items():
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, bytes):
                parts.append(
                    (name, (f"{name}.bin", v, FILE_TYPES.get(op.tag or "", "application/octet-stream")))
                )
            else:
                parts.append((name, (None, (str(v).lower() if isinstance(v, bool) else str(v)).encode())))
    return httpx.Request(op.method, fake.base_url + op.path, files=parts, headers=headers)


def call(
    client: httpx.Client, fake: FakeVimmerse, op: Operation, key: str = DEMO_API_KEY, **fields: Any
) -> httpx.Response:
    request = request_for(fake, op, **fields)
    request.headers["X-Api-Key"] = key
    return client.send(request)


def create(client: httpx.Client, fake: FakeVimmerse, op: Operation, **fields: Any) -> dict[str, Any]:
    r = call(client, fake, op, **fields)
    assert r.status_code == 200, (op.operation_id, r.text)
    data: dict[str, Any] = r.json()["data"]
    return data


def asset_ops(
    fake: FakeVimmerse, tag: str | None = None, *, upload: bool | None = None, has: tuple[str, ...] = ()
) -> list[Operation]:
    found = []
    for op in fake.document.operations:
        if op.job != "asset" or (tag and op.tag != tag):
            continue
        facts = fake.asset_api.facts(op)
        if upload is not None and facts.upload != upload:
            continue
        if not all(name in facts.properties for name in has):
            continue
        found.append(op)
    return found


def first(ops: list[Operation], what: str) -> Operation:
    if not ops:
        pytest.skip(f"openapi.yaml has no asset operation {what}")
    return ops[0]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def wav_seconds(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as w:
        return w.getnframes() / w.getframerate()


def probe(data: bytes) -> tuple[float, int, int, int]:
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.video[0]
        frames = sum(1 for _ in container.decode(stream))
        return container.duration / 1e6, stream.width, stream.height, frames
