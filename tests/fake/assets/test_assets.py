"""The files each asset operation of openapi.yaml makes through the fake: of its kind (PNG, WAV,
MP4 or the upload itself), of the requested shape and length, one per requested result.
"""

from __future__ import annotations

import httpx
import pytest
from asset_helpers import ASSET_OP_IDS, FILE_BYTES, asset_ops, create, first, png_size, probe, wav_seconds

from vimmerse_fake import FakeVimmerse


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
