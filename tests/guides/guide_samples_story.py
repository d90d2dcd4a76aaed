"""The Story guide's code samples, translated one to one into SDK calls (``guide_samples.py``)."""

from __future__ import annotations

import json
from typing import Any

from guide_sample_types import Given, Ids, Sample

from vimmerse.types import StoryAudioOption, StoryElements

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
ANIMALS = "Create a promotional video where cute animals play musical instruments"
RACHEL_STORY_AUDIO = StoryAudioOption(
    has_bg_music=True, has_narration=True, native_audio=False, narrator="Rachel"
)


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


STORY_SAMPLES: tuple[Sample, ...] = (
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
