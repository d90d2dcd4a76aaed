"""The fake's state, typed: one attrs class per kind of job the store keeps.

Field names are the keys of the JSON the store persists (``attrs.asdict``), so a state file
reads back with ``Media(**json)`` and friends. Free-form JSON that the API takes and gives
back as it is (a storyboard, an audio option, a request's ``args``) stays ``JSON``.

The status ``Literal`` types are the enums of openapi.yaml (``MediaProcessingStatus``,
``StoryStatus``, ``AssetStatus``, ``WorkflowProcessingStatus``); the fake's tests check them
against the document.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, TypeAlias

import attrs

JSON: TypeAlias = Any
JSONObject: TypeAlias = dict[str, Any]

MediaStatus = Literal["queue_bullet", "processing_bullet", "success", "fail", "cancel"]
StoryStatus = Literal["new", "processing", "success", "fail"]
AssetStatus = Literal["queue", "processing", "success", "fail"]
WorkflowStatus = Literal["queue", "processing", "success", "fail"]
#: How a job ends (``[fail]`` / ``[cancel]`` in its prompt or title choose the others).
Outcome = Literal["success", "fail", "cancel"]
#: Where a story is: created, or its videos or its composition asked for.
StoryPhase = Literal["new", "videos", "concat"]


@attrs.define
class Generation:
    """One run of a media's video job."""

    version: int
    submitted_at: float
    outcome: Outcome


def _generation(value: Generation | JSONObject) -> Generation:
    return value if isinstance(value, Generation) else Generation(**value)


@attrs.define
class PastGeneration:
    """A replaced run of a media, with the generation parameters it had."""

    gen: Generation = attrs.field(converter=_generation)
    params: JSONObject = attrs.field(factory=dict)


def _history(values: list[PastGeneration | JSONObject]) -> list[PastGeneration]:
    return [v if isinstance(v, PastGeneration) else PastGeneration(**v) for v in values]


@attrs.define(kw_only=True)
class Job:
    """What every job has: its id, the API key that owns it (other keys get 404), when it was
    made, and the webhook it notifies."""

    KIND: ClassVar[str]

    id: str
    owner: str
    created_at: float
    webhook_url: str | None = None
    #: The ``notify_version`` its webhook was delivered for.
    webhook_done: int | None = None

    @property
    def notify_version(self) -> int:
        """What a notification is for: a job that runs again notifies again."""
        return 1


@attrs.define(kw_only=True)
class Media(Job):
    KIND: ClassVar[str] = "media"

    gen: Generation = attrs.field(converter=_generation)
    updated_at: float
    title: str = ""
    description: str = ""
    rating: str | None = None
    visibility_status: str = "1"
    prompt: str = ""
    motion_type: str = "Auto"
    camera_control: str = ""
    quantity: int = 1
    duration: int = 5
    loop: int = 1
    audio_option: JSON = None
    media_items: JSON = None
    character_animate: bool = False
    model: str | None = None
    aspect_ratio: str | None = None
    image_urls: list[str] = attrs.field(factory=list)
    file_map: list[JSONObject] = attrs.field(factory=list)
    #: The story whose scene this media animates.
    batch_id: str | None = None
    is_transition: bool = False
    history: list[PastGeneration] = attrs.field(factory=list, converter=_history)
    #: ``FakeConfig.media_job_seconds`` when the job was created (benchmarks).
    job_seconds: float | None = None

    @property
    def notify_version(self) -> int:
        return self.gen.version


@attrs.define
class SceneMedia:
    """The media job that animates one scene of a story (``StoryMedia`` in the answer)."""

    media_id: str
    #: The scene's index, as text.
    item: str
    #: What the scene video was made from: ``prompt`` and ``image_url``.
    source: dict[str, str]


def _scene_medias(values: list[SceneMedia | JSONObject]) -> list[SceneMedia]:
    return [v if isinstance(v, SceneMedia) else SceneMedia(**v) for v in values]


@attrs.define(kw_only=True)
class Story(Job):
    KIND: ClassVar[str] = "story"

    mode: str
    idea: str
    aspect_ratio: str
    audio_option: JSONObject
    storyboard: JSONObject
    phase: StoryPhase
    phase_started: float
    updated_at: float
    title: str = ""
    description: str = ""
    visibility_status: str = "1"
    language: str = "English"
    scene_count: int = 0
    image_urls: list[str] = attrs.field(factory=list)
    files: list[JSONObject] = attrs.field(factory=list)
    #: Its scene medias, in scene order.
    medias: list[SceneMedia] = attrs.field(factory=list, converter=_scene_medias)
    #: Until when an automatic story prepares storyboard, elements and images.
    prepare_until: float | None = None
    #: When composition was asked for (``concatStory``).
    compose_from: float | None = None
    #: ``[fail]`` in the idea or title: the story fails once composed.
    fail: bool = False
    used_credits: int = 0
    version: int = 0
    audio_urls: list[str] = attrs.field(factory=list)
    concat_video_urls: list[str] = attrs.field(factory=list)
    is_transition: bool = False
    scene_duration: int = 5
    motion_type: str = "Auto"
    loop: int = 1

    @property
    def notify_version(self) -> int:
        return self.version


@attrs.define(kw_only=True)
class Asset(Job):
    KIND: ClassVar[str] = "asset"

    operation_id: str
    app_name: str
    kind: str  # image / audio / video
    mime_type: str
    #: The request's fields as sent (an uploaded file by its file name).
    args: JSONObject
    #: File descriptions (the signed payloads of the file host's URLs).
    results: list[JSONObject]
    thumbnails: list[JSONObject]
    submitted_at: float
    #: Simulated seconds the job lasts (0: answered finished).
    seconds: float
    outcome: Outcome
    version: int = 1

    @property
    def notify_version(self) -> int:
        return self.version


@attrs.define(kw_only=True)
class Workflow(Job):
    KIND: ClassVar[str] = "workflow"

    model: str
    options: JSONObject
    images: list[str]
    #: (flow, kind of its file) of each step of the template.
    steps: list[list[str]]
    outcome: Outcome
    updated_at: float
    title: str = ""
    description: str = ""
    visibility_status: str = "1"
    event_id: str = "no_event"
    rating: str | None = None
    #: Set by ``updateWorkflow`` only; None until then (and then left out of the answer).
    delivered_at: str | None = None


#: Every kind of record the store keeps.
Record = Media | Story | Asset | Workflow
RECORD_TYPES: dict[str, type[Record]] = {cls.KIND: cls for cls in (Media, Story, Asset, Workflow)}


def to_json(record: Record) -> JSONObject:
    """The record as the JSON the store persists."""
    return attrs.asdict(record)


def from_json(kind: str, value: JSONObject) -> Record:
    """The record a persisted JSON object of ``kind`` is."""
    return RECORD_TYPES[kind](**value)
