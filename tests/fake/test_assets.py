"""Assets through the fake: every ``x-vimmerse-job: asset`` operation of openapi.yaml makes real
files (PNG, WAV, MP4, or the upload itself) on the key-less file host, is charged once per
call, walks queue -> processing -> success on the fake clock with ``async_mode``, and is
private to its key.

The operations are picked from the document by tag and by the fields their requests have,
so every operation added there is covered. For a tag the packaged document has no asset
operation of yet, a scratch copy gets one shaped like the vendor's (``SCRATCH``).
"""

from __future__ import annotations

import copy
import io
import json
import struct
import threading
import wave
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import av
import httpx
import pytest
import yaml

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse
from vimmerse_fake.document import Document, Operation, default_spec_path, load_document
from vimmerse_fake.testing import client_for

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


@pytest.fixture(scope="module")
def spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("assets") / "openapi.yaml"
    path.write_text(yaml.safe_dump(DOCUMENT_RAW, sort_keys=False, allow_unicode=True))
    return path


@pytest.fixture
def fake(spec_path: Path) -> Iterator[FakeVimmerse]:
    f = FakeVimmerse(
        FakeConfig(
            manual_clock=True,
            spec_path=str(spec_path),
            strict_responses=True,
            webhook_retry_delay=0,
            api_keys={DEMO_API_KEY: 100_000, OTHER_KEY: 100_000, POOR_KEY: 1},
        )
    )
    yield f
    f.close()


@pytest.fixture
def client(fake: FakeVimmerse) -> Iterator[httpx.Client]:
    with client_for(fake) as c:
        yield c


@pytest.fixture
def cdn(fake: FakeVimmerse) -> Iterator[httpx.Client]:
    with client_for(fake, key=None) as c:  # the file host needs no key
        yield c


# --------------------------------------------------------------------- requests
def _props(doc: Document, op: Operation) -> tuple[dict[str, Any], dict[str, Any]]:
    body = doc.resolve(op.raw["requestBody"])
    schema = doc.resolve(body["content"][op.media_type]["schema"])
    return schema, {name: doc.resolve(p) for name, p in (schema.get("properties") or {}).items()}


def _is_binary(prop: dict[str, Any]) -> bool:
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
        if not _is_binary(prop):
            return _sample(doc, name, prop)
        data = FILE_BYTES.get(op.tag or "", b"x")
        return [data] * max(1, int(prop.get("minItems", 1))) if "items" in prop else data

    for name in schema.get("required") or []:
        if name not in fields:
            values[name] = sample(name)
    for need in schema.get("x-vimmerse-require-any") or []:
        if not any(n in fields or n in values for n in need):
            pick = next((n for n in need if not _is_binary(props[n])), need[0])  # a URL rather than a file
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


# ------------------------------------------------------------------------ tests
def test_every_asset_operation_has_the_one_handler(fake: FakeVimmerse) -> None:
    ops = [op.operation_id for op in fake.document.operations if op.job == "asset"]
    assert sorted(ops) == ASSET_OP_IDS and {"image", "audio", "video"} <= {
        fake.document.by_id[o].tag for o in ops
    }
    handlers = {fake.app.handlers[o] for o in ops}
    assert handlers == {fake.asset_api.create} and "getAsset" in fake.app.handlers
    assert not set(ops) & set(fake.app.unhandled())


@pytest.mark.parametrize("op_id", ASSET_OP_IDS)
def test_each_asset_operation_makes_files_of_its_kind(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client, op_id: str
) -> None:
    op = fake.document.by_id[op_id]
    facts = fake.asset_api.facts(op)
    asset = create(client, fake, op)
    assert asset["status"] == "success" and asset["results"]
    assert asset["app_name"] == op.path.rstrip("/").rsplit("/", 1)[-1]
    assert client.get(f"/asset/{asset['id']}").json()["data"] == asset
    for url in asset["results"]:
        assert url.startswith(fake.cdn_url)
        r = cdn.get(url)
        assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == asset["mime_type"]
        if facts.upload and r.content == FILE_BYTES[op.tag or ""]:
            continue
        if facts.kind == "image":
            assert asset["mime_type"] == "image/png" and min(png_size(r.content)) >= 8
        elif facts.kind == "audio":
            assert asset["mime_type"] == "audio/wav" and wav_seconds(r.content) >= 0.5
        else:
            assert asset["mime_type"] == "video/mp4" and r.content[4:8] == b"ftyp"


@pytest.mark.parametrize(
    ("aspect", "size"),
    [
        ("16:9", (1024, 576)),
        ("9:16", (576, 1024)),
        ("1:1", (1024, 1024)),
        ("21:9", (1024, 440)),
        ("3:2", (1024, 680)),
    ],
)
def test_an_image_has_the_requested_aspect_ratio(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client, aspect: str, size: tuple[int, int]
) -> None:
    op = first(
        asset_ops(fake, "image", upload=False, has=("aspect_ratio",)), "of tag image with aspect_ratio"
    )
    asset = create(client, fake, op, aspect_ratio=aspect)
    assert asset["mime_type"] == "image/png" and asset["args"]["aspect_ratio"] == aspect
    image = cdn.get(asset["results"][0])
    assert png_size(image.content) == size
    thumb = cdn.get(asset["thumbnails"][0])
    w, h = png_size(thumb.content)
    assert max(w, h) == 256 and abs(w / h - size[0] / size[1]) < 0.05


def test_an_image_without_aspect_ratio_is_square(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client
) -> None:
    op = first(asset_ops(fake, "image", upload=False), "of tag image")
    facts = fake.asset_api.facts(op)
    asset = create(client, fake, op)
    default = facts.properties.get("aspect_ratio", {}).get("default")
    w, h = png_size(cdn.get(asset["results"][0]).content)
    if default in (None, "1:1"):
        assert (w, h) == (1024, 1024)
    else:
        assert max(w, h) == 1024


def test_quantity_is_the_number_of_distinct_results(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client
) -> None:
    op = first(asset_ops(fake, "image", upload=False, has=("quantity",)), "of tag image with quantity")
    maximum = fake.asset_api.facts(op).properties["quantity"].get("maximum", 3)
    count = min(3, maximum)
    asset = create(client, fake, op, quantity=count)
    assert len(asset["results"]) == count == len(set(asset["results"]))
    bodies = {cdn.get(url).content for url in asset["results"]}
    assert len(bodies) == count  # each result its own image
    assert asset["args"]["quantity"] == count


def test_speech_lasts_as_long_as_its_words(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client
) -> None:
    speech = [op for op in asset_ops(fake, "audio", upload=False) if fake.asset_api.facts(op).speech]
    op = first(speech, "making speech")
    text = " ".join(["word"] * 25)  # 25 words: about 10 s
    asset = create(client, fake, op, prompt=text)
    audio = cdn.get(asset["results"][0])
    assert audio.headers["content-type"] == "audio/wav"
    assert 8.0 <= wav_seconds(audio.content) <= 12.0
    assert asset["args"]["prompt"] == text


def test_audio_of_a_duration_lasts_that_long(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client
) -> None:
    op = first(asset_ops(fake, "audio", upload=False, has=("duration",)), "of tag audio with duration")
    prop = fake.asset_api.facts(op).properties["duration"]
    low, high = prop.get("minimum", 1), prop.get("maximum", 30)
    seconds = min(max(7, low), high)
    asset = create(client, fake, op, duration=seconds)
    assert abs(wav_seconds(cdn.get(asset["results"][0]).content) - seconds) < 0.01


def test_a_video_result_is_a_playable_mp4(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client
) -> None:
    ops = asset_ops(fake, "video", upload=False, has=("aspect_ratio",)) or asset_ops(
        fake, "video", upload=False
    )
    op = first(ops, "of tag video")
    fields = {}
    if "aspect_ratio" in fake.asset_api.facts(op).properties:
        fields["aspect_ratio"] = "9:16"
    asset = create(client, fake, op, **fields)
    assert asset["mime_type"] == "video/mp4"
    video = cdn.get(asset["results"][0])
    assert video.status_code == 200 and video.headers["content-type"] == "video/mp4"
    duration, width, height, frames = probe(video.content)
    assert duration >= 0.9 and frames >= 10
    if fields:
        assert width < height
    rest = cdn.get(asset["results"][0], headers={"Range": "bytes=100-"})
    assert rest.status_code == 206 and video.content[:100] + rest.content == video.content
    assert png_size(cdn.get(asset["thumbnails"][0]).content) == (width, height)


def test_async_mode_walks_queue_processing_success_on_the_clock(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client
) -> None:
    op = first(asset_ops(fake, has=("async_mode",), upload=False), "with async_mode")
    asset = create(client, fake, op, async_mode=True)
    assert asset["status"] == "queue" and asset["results"] == []
    seen = []
    for _ in range(1000):
        data = client.get(f"/asset/{asset['id']}").json()["data"]
        seen.append(data["status"])
        if data["status"] == "success":
            break
        assert data["results"] == []
        fake.clock.advance(1.0)
    assert seen[0] == "queue" and "processing" in seen and seen[-1] == "success"
    order = [s for i, s in enumerate(seen) if i == 0 or seen[i - 1] != s]
    assert order == ["queue", "processing", "success"]
    assert data["results"] and cdn.get(data["results"][0]).status_code == 200
    assert data["updated_at"] > data["created_at"]


def test_a_failing_prompt_ends_as_fail_without_results(fake: FakeVimmerse, client: httpx.Client) -> None:
    op = first(asset_ops(fake, has=("async_mode", "prompt"), upload=False), "with async_mode and prompt")
    asset = create(client, fake, op, async_mode=True, prompt="a cat [fail]")
    fake.clock.advance(3600)
    data = client.get(f"/asset/{asset['id']}").json()["data"]
    assert data["status"] == "fail" and data["results"] == []


def test_credits_charged_once_per_call_and_402_changes_nothing(
    fake: FakeVimmerse, client: httpx.Client
) -> None:
    for op in asset_ops(fake, upload=False):
        if op.credits != "charged":
            continue
        before, jobs = fake.credits(DEMO_API_KEY), fake.jobs_created(DEMO_API_KEY)
        price = op.raw.get("x-vimmerse-price")
        fields: dict[str, Any] = {}
        expected = 10  # the documented flat fallback
        if price:
            per = price.get("per")
            units = 1
            if per == "quantity":
                prop = fake.asset_api.facts(op).properties["quantity"]
                units = min(2, prop.get("maximum", 2))
                fields["quantity"] = units
            elif per:
                units = fake.asset_api.facts(op).value({}, per) or 1
            expected = -(-int(price["credits"] * units * 1000) // 1000)
        create(client, fake, op, **fields)
        assert before - fake.credits(DEMO_API_KEY) == expected, op.operation_id
        assert fake.jobs_created(DEMO_API_KEY) == jobs + 1

    op = first([o for o in asset_ops(fake, upload=False) if o.credits == "charged"], "charged")
    with fake.store.lock:
        assets = len(fake.store.assets)
    r = call(client, fake, op, key=POOR_KEY)
    assert r.status_code == 402 and r.json()["message"] == "INSUFFICIENT_CREDIT"
    assert fake.credits(POOR_KEY) == 1 and fake.jobs_created(POOR_KEY) == 0
    with fake.store.lock:
        assert len(fake.store.assets) == assets


def test_assets_are_private_to_their_key(fake: FakeVimmerse, client: httpx.Client) -> None:
    op = first(asset_ops(fake, upload=False), "")
    asset = create(client, fake, op)
    with client_for(fake, key=OTHER_KEY) as other:
        r = other.get(f"/asset/{asset['id']}")
        assert r.status_code == 404 and r.json()["message"] == "ASSET_NOT_FOUND"
    assert client.get("/asset/no-such-asset").status_code == 404
    assert client.get(f"/asset/{asset['id']}").status_code == 200
    with client_for(fake, key=None) as anonymous:
        assert anonymous.get(f"/asset/{asset['id']}").status_code == 401


@pytest.mark.parametrize("tag", ["image", "video", "audio"])
def test_an_upload_round_trips_its_bytes(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client, tag: str
) -> None:
    op = first(asset_ops(fake, tag, upload=True), f"uploading to {tag}")
    facts = fake.asset_api.facts(op)
    field = next(name for name, prop in facts.properties.items() if _is_binary(prop))
    data = FILE_BYTES[tag] + bytes(range(256)) * 40
    before = fake.credits(DEMO_API_KEY)
    asset = create(client, fake, op, **{field: data})
    assert asset["results"] and len(asset["results"]) == 1 and asset["mime_type"] == FILE_TYPES[tag]
    assert asset["args"][field] in (f"{field}.bin", [f"{field}.bin"])  # the file's name, never its bytes
    r = cdn.get(asset["results"][0])
    assert r.content == data and r.headers["content-type"] == FILE_TYPES[tag]
    part = cdn.get(asset["results"][0], headers={"Range": "bytes=10-19"})
    assert part.status_code == 206 and part.content == data[10:20]
    if op.credits == "free":
        assert fake.credits(DEMO_API_KEY) == before


def test_result_files_need_no_key_and_tampered_urls_are_404(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client
) -> None:
    op = first(asset_ops(fake, "image", upload=False), "of tag image")
    asset = create(client, fake, op)
    url = asset["results"][0]
    r = cdn.get(url)  # no X-Api-Key
    assert r.status_code == 200 and "x-api-key" not in {k.lower() for k in r.request.headers}
    head = cdn.head(url)
    assert head.status_code == 200 and int(head.headers["content-length"]) == len(r.content)
    token = url.rsplit("/", 1)[1]
    forged = url.replace(token, "A" + token[1:])
    assert cdn.get(forged).status_code == 404


class Receiver:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                receiver.received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_webhook_notified_once_when_the_asset_ends(fake: FakeVimmerse, client: httpx.Client) -> None:
    with_async = asset_ops(fake, has=("async_mode", "webhook_url"), upload=False)
    op = first(with_async or asset_ops(fake, has=("webhook_url",), upload=False), "with webhook_url")
    receiver = Receiver()
    try:
        fields: dict[str, Any] = {"webhook_url": receiver.url}
        if with_async:
            fields["async_mode"] = True
        asset = create(client, fake, op, **fields)
        if with_async:
            assert fake.deliver_due_webhooks() == 0  # still queued
            fake.clock.advance(3600)
        assert fake.deliver_due_webhooks() == 1
        assert fake.deliver_due_webhooks() == 0  # once
        assert receiver.received == [
            {"customer_id": asset["customer_id"], "asset_id": asset["id"], "status": "success"}
        ]
    finally:
        receiver.close()


def test_assets_survive_a_restart(spec_path: Path, tmp_path: Path) -> None:
    state = str(tmp_path / "state.db")
    config = {"manual_clock": True, "spec_path": str(spec_path), "state_file": state}
    fake = FakeVimmerse(FakeConfig(**config))
    op = first(asset_ops(fake, "image", upload=True), "uploading images")
    field = next(n for n, p in fake.asset_api.facts(op).properties.items() if _is_binary(p))
    with client_for(fake) as c:
        asset = create(c, fake, op, **{field: b"\x89PNG\r\n\x1a\nkept"})
    fake.close()
    again = FakeVimmerse(FakeConfig(**config))
    with client_for(again) as c, client_for(again, key=None) as cdn:
        data = c.get(f"/asset/{asset['id']}").json()["data"]
        assert data["status"] == "success" and cdn.get(data["results"][0]).content == b"\x89PNG\r\n\x1a\nkept"
    again.close()


JUNK = [
    (b"", None),
    (b"{}", "application/json"),
    (b"garbage", "multipart/form-data"),
    (b"a=1&a=2&%zz", "application/x-www-form-urlencoded"),
    (b"quantity=9999&duration=1e400&aspect_ratio=0:0&prompt=x", "application/x-www-form-urlencoded"),
    (
        b'--+++\r\nContent-Disposition: form-data; name="duration"\r\n\r\nnan',
        "multipart/form-data; boundary=+++",
    ),
]


@pytest.mark.parametrize("op_id", ASSET_OP_IDS)
def test_junk_to_an_asset_operation_is_a_4xx(fake: FakeVimmerse, client: httpx.Client, op_id: str) -> None:
    op = fake.document.by_id[op_id]
    for body, content_type in JUNK:
        headers = {"Content-Type": content_type} if content_type else {}
        r = client.request(op.method, op.path, content=body, headers=headers)
        assert r.status_code < 500 and r.headers["content-type"] == "application/json", (body, r.text)


@pytest.mark.parametrize(
    ("tag", "data", "media_type"),
    [
        ("image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "image/png"),
        ("image", b"\xff\xd8\xff\xe0" + b"\x00" * 32, "image/jpeg"),
        ("video", b"\x00\x00\x00\x18ftypisom" + b"\x00" * 32, "video/mp4"),
        ("audio", b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 32, "audio/wav"),
        ("audio", b"ID3\x04" + b"\x00" * 32, "audio/mpeg"),
    ],
)
def test_an_upload_without_a_content_type_is_told_by_its_bytes(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client, tag: str, data: bytes, media_type: str
) -> None:
    op = first(asset_ops(fake, tag, upload=True), f"uploading to {tag}")
    field = next(n for n, p in fake.asset_api.facts(op).properties.items() if _is_binary(p))
    r = client.post(op.path, files=[(field, ("blob", data, "application/octet-stream"))])
    assert r.status_code == 200, r.text
    asset = r.json()["data"]
    assert asset["mime_type"] == media_type
    assert cdn.get(asset["results"][0]).headers["content-type"] == media_type
