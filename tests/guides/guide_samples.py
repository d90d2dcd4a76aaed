"""Every Python code sample of the vendor's two guides, translated one to one into SDK calls.

``tests/fixtures/guides/guides.json`` (``tools/read_guides.py``) lists the samples: the request
each one makes, keyed here by ``(guide, line)``. Each entry is what a user of this client writes
instead: ``run(client, ids)`` with the sample's values, and the outcome the guides and our
recorded decisions promise (``works``, or ``refused`` before anything is sent).

``test_samples.py`` runs every entry against the in-process fake; ``tools/guide_samples.py``
renders the README table from the same entries. Nothing here imports the fake.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from vimmerse.types import MediaAudioOption, MediaItem, StoryAudioOption, Storyboard, StoryElements


@dataclass
class Ids:
    """What a sample's placeholders stand for, made on the fake before the sample runs."""

    dir: Path
    media_id: str = ""
    story_id: str = ""
    storyboard: Storyboard | None = None  # the story's own, for the guide's ``{...storyboard}``
    scenes: list[Any] | None = None  # the story's own, for the guide's ``{...scenes}``

    def path(self, template: str) -> str:
        return template.format(media_id=self.media_id, story_id=self.story_id)


@dataclass(frozen=True)
class Given:
    """An expected value the sample leaves to its reader (``{...storyboard}``): ``Ids.<name>``."""

    name: str


@dataclass(frozen=True)
class Refusal:
    field: str
    value: Any
    reason: str


@dataclass(frozen=True)
class Sample:
    guide: Literal["media", "story"]
    line: int
    calls: str  # the call, as the README table shows it
    run: Callable[[Any, Ids], Any]  # ``async def`` for the async client
    returns: Literal["media", "media-status", "media-success", "story", "file"]
    # What must exist first: a queued media, a finished one, a storyboard, an automatic story.
    needs: Literal["", "media", "media-done", "story", "story-auto"] = ""
    refused: Refusal | None = None
    # The values the sample means where its text cannot be sent as written (see ``note``).
    intent: Mapping[str, Any] = field(default_factory=dict)
    # The sample's fields no documented parameter takes, deliberately left out (see ``note``).
    omits: tuple[str, ...] = ()
    note: str = ""
    # What openapi.yaml still lacks for this to work as the guide documents; the test is an
    # expected failure until then.
    pending: str = ""
    # The same request as a ``vimmerse`` command (``--json`` is added), for the main samples.
    cli: Callable[[Ids], list[str]] | None = None

    @property
    def key(self) -> tuple[str, int]:
        return (self.guide, self.line)

    @property
    def outcome(self) -> str:
        return "refused" if self.refused else "works"

    @property
    def is_async(self) -> bool:
        return inspect.iscoroutinefunction(self.run)


# ---------------------------------------------------------------------------------- values

HORIZONTAL_ARC = Refusal(
    "camera_control",
    "HorizontalArc",
    '`camera_control: "HorizontalArc"` is not one of the 17 values the guide documents',
)
NAMED_WITH_JSON = "the guide's JSON string, passed as the typed object it encodes"
NESTED_FORM = (
    "the guide sends `audio_option` as a nested dict in form data, which `requests` flattens to its keys; "
    "the SDK sends the object"
)
LANDSCAPES = [f"https://example.com/landscape{i}.png" for i in range(1, 5)]
TEST_IMAGES = [
    "https://dev-media.vimmerse.net/vimmerse-test-user/ai_images/26365fa2-c65d-43d8-9563-2c33982cbf8b/"
    f"20250402_1941{stamp}_rak4p7{i}.png"
    for i, stamp in enumerate(("14", "18", "19", "20"), start=1)
]
BUNNY = "A cute bunny jumping through a magical forest with sparkling fairy dust and glowing mushrooms"
ANIMALS = "Create a promotional video where cute animals play musical instruments"
RACHEL_STORY_AUDIO = StoryAudioOption(
    has_bg_music=True, has_narration=True, native_audio=False, narrator="Rachel"
)


# ------------------------------------------------------------------------- media guide


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


# ------------------------------------------------------------------------- story guide


def story_7(client: Any, ids: Ids) -> Any:
    return client.story.idea_to_video(
        idea=ANIMALS,
        title="Example Story",
        aspect_ratio="9:16",
        scene_count=4,
        audio_option=RACHEL_STORY_AUDIO,
        webhook_url="https://your.domain.com/webhook_callback",
    )


def story_37(client: Any, ids: Ids) -> Any:
    return client.story.images_to_video(
        idea=ANIMALS,
        title="Example Story",
        aspect_ratio="9:16",
        image_urls=TEST_IMAGES,
        audio_option=RACHEL_STORY_AUDIO,
        webhook_url="https://your.domain.com/webhook_callback",
    )


def story_72(client: Any, ids: Ids) -> Any:
    story = client.story.wait(ids.story_id)
    return client.story.download(story.id, ids.dir / "story_video.mp4")


def story_109(client: Any, ids: Ids) -> Any:
    return client.story.idea_to_video(
        idea=ANIMALS + ".",
        title="Example Story",
        aspect_ratio="9:16",
        scene_count=3,
        audio_option=RACHEL_STORY_AUDIO,
        elements=StoryElements.from_dict(
            {
                "objects": [
                    {
                        "name": "logo",
                        "description": "logo of vimmerse",
                        "image_url": "https://www.vimmerse.net/Vimmerse-logo.png",
                    }
                ]
            }
        ),
        language="English",
    )


def story_187(client: Any, ids: Ids) -> Any:
    return client.story.images_to_video(
        idea="Create a promotional video showcasing these beautiful landscapes with a cinematic style.",
        title="Landscape Video",
        aspect_ratio="16:9",
        image_urls=LANDSCAPES,
        motion_type="KlingAI",
        audio_option=RACHEL_STORY_AUDIO,
    )


def story_299(client: Any, ids: Ids) -> Any:
    return client.story.create(
        idea=ANIMALS + ".",
        scene_count=3,
        title="Example Story",
        language="English",
        audio_option=RACHEL_STORY_AUDIO,
    )


def story_320(client: Any, ids: Ids) -> Any:
    return client.story.create(
        idea=ANIMALS + ".",
        title="Example Story",
        image_urls=[f"https://example.com/image{i}.png" for i in range(1, 5)],
    )


def story_474(client: Any, ids: Ids) -> Any:
    return client.story.elements(ids.story_id, aspect_ratio="16:9", option="Seedream", seed=4669)


def story_589(client: Any, ids: Ids) -> Any:
    return client.story.scenes(ids.story_id, aspect_ratio="16:9", option="Seedream", seed=4669)


def story_602(client: Any, ids: Ids) -> Any:
    return client.story.scenes(
        ids.story_id, aspect_ratio="16:9", seed=4669, option="Seedream", storyboard=ids.storyboard
    )


def story_748(client: Any, ids: Ids) -> Any:
    return client.story.videos(ids.story_id, title="Example story from vimmerse", motion_type="KlingAI")


def story_760(client: Any, ids: Ids) -> Any:
    return client.story.videos(
        ids.story_id, title="Example story video from vimmerse", storyboard=ids.storyboard, scenes=ids.scenes
    )


async def story_get_async(client: Any, ids: Ids) -> Any:
    return await client.story.get(ids.story_id)


def story_1093(client: Any, ids: Ids) -> Any:
    return client.story.concat(ids.story_id)


def _story_json(value: StoryAudioOption) -> str:
    return json.dumps(value.to_dict())


SAMPLES: tuple[Sample, ...] = (
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
    Sample(
        "story",
        7,
        "client.story.idea_to_video(idea=..., audio_option=StoryAudioOption(...))",
        story_7,
        "story",
        note=NESTED_FORM,
        cli=lambda ids: [
            "story",
            "idea-to-video",
            "--idea",
            ANIMALS,
            "--title",
            "Example Story",
            "--aspect-ratio",
            "9:16",
            "--scene-count",
            "4",
            "--audio-option",
            _story_json(RACHEL_STORY_AUDIO),
            "--webhook-url",
            "https://your.domain.com/webhook_callback",
        ],
    ),
    Sample(
        "story",
        37,
        "client.story.images_to_video(image_urls=[...], idea=..., ...)",
        story_37,
        "story",
        note=NESTED_FORM,
        cli=lambda ids: [
            "story",
            "images-to-video",
            "--idea",
            ANIMALS,
            "--title",
            "Example Story",
            "--aspect-ratio",
            "9:16",
            *(arg for url in TEST_IMAGES for arg in ("--image-url", url)),
            "--audio-option",
            _story_json(RACHEL_STORY_AUDIO),
            "--webhook-url",
            "https://your.domain.com/webhook_callback",
        ],
    ),
    Sample(
        "story",
        72,
        'client.story.wait(story_id); client.story.download(story_id, "story_video.mp4")',
        story_72,
        "file",
        needs="story-auto",
        note="the guide's polling loop, then its download of `video_url`",
    ),
    Sample(
        "story",
        109,
        "client.story.idea_to_video(..., elements=StoryElements(...), language=...)",
        story_109,
        "story",
        intent={
            "audio_option": {
                "has_bg_music": True,
                "has_narration": True,
                "native_audio": False,
                "narrator": "Rachel",
            }
        },
        note="the guide's `audio_option` text has Python's `True`/`False`, not JSON; sent as the object",
    ),
    Sample(
        "story",
        187,
        'client.story.images_to_video(image_urls=[...], motion_type="KlingAI", ...)',
        story_187,
        "story",
        note=NESTED_FORM,
    ),
    Sample(
        "story",
        299,
        "client.story.create(idea=..., scene_count=3, audio_option=...)",
        story_299,
        "story",
        note=NESTED_FORM,
        cli=lambda ids: [
            "story",
            "create",
            "--idea",
            ANIMALS + ".",
            "--scene-count",
            "3",
            "--title",
            "Example Story",
            "--language",
            "English",
            "--audio-option",
            _story_json(RACHEL_STORY_AUDIO),
        ],
    ),
    Sample(
        "story",
        320,
        "client.story.create(idea=..., image_urls=[...])",
        story_320,
        "story",
    ),
    Sample(
        "story",
        474,
        'client.story.elements(story_id, option="Seedream", seed=4669)',
        story_474,
        "story",
        needs="story",
        intent={"aspect_ratio": "16:9", "option": "Seedream", "seed": 4669},
        note="the guide's payload misses a comma after `'Seedream'`",
    ),
    Sample(
        "story",
        589,
        'client.story.scenes(story_id, option="Seedream", seed=4669)',
        story_589,
        "story",
        needs="story",
        intent={"aspect_ratio": "16:9", "option": "Seedream", "seed": 4669},
        note="the guide's payload misses a comma after `'Seedream'`; its seed `'4669'` is the integer 4669",
    ),
    Sample(
        "story",
        602,
        "client.story.scenes(story_id, ..., storyboard=storyboard)",
        story_602,
        "story",
        needs="story",
        intent={
            "aspect_ratio": "16:9",
            "seed": 4669,
            "option": "Seedream",
            "storyboard": Given("storyboard"),
        },
        note="a missing comma, seed `'4669'` as 4669, and `{...storyboard}` is the story's own `Storyboard`",
    ),
    Sample(
        "story",
        748,
        'client.story.videos(story_id, title=..., motion_type="KlingAI")',
        story_748,
        "story",
        needs="story",
    ),
    Sample(
        "story",
        760,
        "client.story.videos(story_id, title=..., storyboard=storyboard, scenes=scenes)",
        story_760,
        "story",
        needs="story",
        intent={
            "title": "Example story video from vimmerse",
            "storyboard": Given("storyboard"),
            "scenes": Given("scenes"),
        },
        note=(
            "`{...storyboard}` and `{...scenes}` are the story's own `Storyboard` and scenes, sent as JSON, "
            "not nested form dicts"
        ),
    ),
    Sample(
        "story",
        934,
        "await client.story.get(story_id)",
        story_get_async,
        "story",
        needs="story-auto",
        note="`AsyncVimmerse`",
    ),
    Sample("story", 1093, "client.story.concat(story_id)", story_1093, "story", needs="story"),
)

BY_KEY: dict[tuple[str, int], Sample] = {sample.key: sample for sample in SAMPLES}
