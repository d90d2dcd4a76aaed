"""The Media guide's code samples, translated one to one into SDK calls (``guide_samples.py``)."""

from __future__ import annotations

from typing import Any

from guide_sample_types import Ids, Refusal, Sample

from vimmerse.types import MediaAudioOption, MediaItem

HORIZONTAL_ARC = Refusal(
    "camera_control",
    "HorizontalArc",
    '`camera_control: "HorizontalArc"` is not one of the 17 values the guide documents',
)
NAMED_WITH_JSON = "the guide's JSON string, passed as the typed object it encodes"
BUNNY = "A cute bunny jumping through a magical forest with sparkling fairy dust and glowing mushrooms"


def media_94(client: Any, ids: Ids) -> Any:
    return client.media.create(
        image_files=[ids.dir / "start_frame.png", ids.dir / "end_frame.png"],
        title="Morph Animation",
        description="Transition between two scenes",
        motion_type="Auto",
        duration=5,
        aspect_ratio="16:9",
    )


def media_138(client: Any, ids: Ids) -> Any:
    return client.media.create(
        title="Product Showcase",
        prompt="Smooth camera movement showcasing the product",
        media_items=[
            MediaItem(type_="image", url="https://example.com/product-front.png", position="First"),
            MediaItem(type_="image", url="https://example.com/product-back.png", position="Last"),
        ],
        motion_type="KlingAI",
        quantity=2,
        duration=8,
        camera_control="HorizontalArc",
        audio_option=MediaAudioOption(
            narrator="Sarah",
            narration="Introducing our revolutionary product",
            bg_music_prompt="Upbeat, modern background music",
        ),
        aspect_ratio="9:16",
        webhook_url="https://your-domain.com/webhook/media-complete",
    )


def media_187(client: Any, ids: Ids) -> Any:
    return client.media.create(
        title="AI Generated Video",
        prompt=BUNNY,
        motion_type="Auto",
        duration=5,
        aspect_ratio="16:9",
        audio_option=MediaAudioOption(
            narrator="Rachel",
            narration="In a magical forest, a bunny discovers wonder and adventure",
            bg_music_prompt="Gentle, magical background music with chimes and soft melodies",
        ),
        webhook_url="https://your-domain.com/webhook/media-complete",
    )


def media_233(client: Any, ids: Ids) -> Any:
    return client.media.create(
        title="Product Animation",
        prompt="Smooth camera movement showcasing a sleek smartphone",
        motion_type="Auto",
        duration=5,
        aspect_ratio="16:9",
        audio_option=MediaAudioOption(
            narrator="Sarah",
            narration="Introducing our latest innovation",
            bg_music_prompt="Modern, upbeat background music",
        ),
    )


def media_wait(client: Any, ids: Ids) -> Any:
    return client.media.wait(ids.media_id)


async def media_wait_async(client: Any, ids: Ids) -> Any:
    return await client.media.wait(ids.media_id)


def media_get(client: Any, ids: Ids) -> Any:
    return client.media.get(ids.media_id)


def media_download(client: Any, ids: Ids) -> Any:
    return client.media.download(ids.media_id, ids.dir / "media_video.mp4")


async def media_status_async(client: Any, ids: Ids) -> Any:
    return await client.media.status(ids.media_id)


def media_edit_metadata(client: Any, ids: Ids) -> Any:
    return client.media.edit(
        ids.media_id,
        title="Updated Product Video",
        description="New description text",
        rating="5",
        visibility_status="2",
    )


def media_edit_regenerate(client: Any, ids: Ids) -> Any:
    return client.media.edit(
        ids.media_id,
        title="Updated Video",
        motion_type="RunwayML",
        duration=9,
        camera_control="HorizontalArc",
        audio_option=MediaAudioOption(
            narrator="Sarah",
            narration="Updated narration text",
            bg_music_prompt="Energetic background music",
        ),
    )


def media_1480(client: Any, ids: Ids) -> Any:
    return client.media.download(
        ids.media_id, ids.dir / "bullet.mp4", object_type="bullet_video_mp4", motion_type="Auto"
    )


def media_1494(client: Any, ids: Ids) -> Any:
    return client.media.download(
        ids.media_id,
        ids.dir / "bullet-1080.mp4",
        object_type="bullet_video_mp4",
        motion_type="Auto",
        width=1080,
        file_size=4,
    )


def media_1545(client: Any, ids: Ids) -> Any:
    return client.media.process(ids.media_id)


MEDIA_SAMPLES: tuple[Sample, ...] = (
    Sample(
        "media",
        94,
        "client.media.create(image_files=[...], ...)",
        media_94,
        "media",
        cli=lambda ids: [
            "media",
            "create",
            "--image-file",
            str(ids.dir / "start_frame.png"),
            "--image-file",
            str(ids.dir / "end_frame.png"),
            "--title",
            "Morph Animation",
            "--description",
            "Transition between two scenes",
            "--motion-type",
            "Auto",
            "--duration",
            "5",
            "--aspect-ratio",
            "16:9",
        ],
    ),
    Sample(
        "media",
        138,
        "client.media.create(media_items=[MediaItem(...)], camera_control=...)",
        media_138,
        "media",
        refused=HORIZONTAL_ARC,
        note=f"`media_items`, `audio_option`: {NAMED_WITH_JSON}",
        cli=lambda ids: [
            "media",
            "create",
            "--title",
            "Product Showcase",
            "--prompt",
            "Smooth camera movement showcasing the product",
            "--camera-control",
            "HorizontalArc",
        ],
    ),
    Sample(
        "media",
        187,
        "client.media.create(prompt=..., audio_option=MediaAudioOption(...))",
        media_187,
        "media",
        note=f"`audio_option`: {NAMED_WITH_JSON}",
        cli=lambda ids: [
            "media",
            "create",
            "--title",
            "AI Generated Video",
            "--prompt",
            BUNNY,
            "--motion-type",
            "Auto",
            "--duration",
            "5",
            "--aspect-ratio",
            "16:9",
            "--narrator",
            "Rachel",
            "--narration",
            "In a magical forest, a bunny discovers wonder and adventure",
            "--bg-music-prompt",
            "Gentle, magical background music with chimes and soft melodies",
            "--webhook-url",
            "https://your-domain.com/webhook/media-complete",
        ],
    ),
    Sample(
        "media",
        233,
        "client.media.create(prompt=..., audio_option=MediaAudioOption(...))",
        media_233,
        "media",
        note=f"`audio_option`: {NAMED_WITH_JSON}",
    ),
    Sample(
        "media",
        279,
        "client.media.wait(media_id)",
        media_wait,
        "media-success",
        needs="media",
        note="the guide's 30-second polling loop",
    ),
    Sample("media", 308, "client.media.get(media_id)", media_get, "media", needs="media-done"),
    Sample(
        "media",
        313,
        'client.media.download(media_id, "media_video.mp4")',
        media_download,
        "file",
        needs="media-done",
        note="streamed to disk, as the guide's loop does",
    ),
    Sample(
        "media",
        629,
        "await client.media.status(media_id)",
        media_status_async,
        "media-status",
        needs="media",
        note="`AsyncVimmerse`",
        cli=lambda ids: ["media", "status", ids.media_id],
    ),
    Sample(
        "media",
        656,
        "await client.media.wait(media_id)",
        media_wait_async,
        "media-success",
        needs="media",
        note="`AsyncVimmerse`; the guide's 30-second polling loop",
    ),
    Sample("media", 753, "client.media.get(media_id)", media_get, "media", needs="media-done"),
    Sample(
        "media",
        854,
        'client.media.edit(media_id, title=..., rating="5", visibility_status="2")',
        media_edit_metadata,
        "media",
        needs="media-done",
        cli=lambda ids: [
            "media",
            "edit",
            ids.media_id,
            "--title",
            "Updated Product Video",
            "--description",
            "New description text",
            "--rating",
            "5",
            "--visibility-status",
            "2",
        ],
    ),
    Sample(
        "media",
        882,
        "client.media.edit(media_id, motion_type=..., camera_control=...)",
        media_edit_regenerate,
        "media",
        needs="media-done",
        refused=HORIZONTAL_ARC,
        note=f"`audio_option`: {NAMED_WITH_JSON}",
    ),
    Sample(
        "media",
        1180,
        'client.media.edit(media_id, title=..., rating="5", visibility_status="2")',
        media_edit_metadata,
        "media",
        needs="media-done",
        note="the same sample as line 854, printed twice",
    ),
    Sample(
        "media",
        1208,
        "client.media.edit(media_id, motion_type=..., camera_control=...)",
        media_edit_regenerate,
        "media",
        needs="media-done",
        refused=HORIZONTAL_ARC,
        note="the same sample as line 882, printed twice",
    ),
    Sample(
        "media",
        1480,
        'client.media.download(media_id, path, object_type=..., motion_type="Auto")',
        media_1480,
        "file",
        needs="media-done",
    ),
    Sample(
        "media",
        1494,
        "client.media.download(media_id, path, ..., width=1080, file_size=4)",
        media_1494,
        "file",
        needs="media-done",
    ),
    Sample(
        "media",
        1545,
        "client.media.process(media_id)",
        media_1545,
        "media",
        needs="media-done",
        note='the guide\'s answer is `{"data": {}}`; `test_process_takes_the_guides_answer` gives it',
    ),
)
