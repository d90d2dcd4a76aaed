from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..models.language import Language
from ..models.narrator_voice import NarratorVoice
from ..models.scene_duration import SceneDuration
from ..models.story_motion_type import StoryMotionType
from ..models.story_video_tool import StoryVideoTool
from ..models.visibility_status import VisibilityStatus
from ..types import (
    model_repr,
    read_bool,
    read_enum,
    read_int,
    read_int_enum,
    read_list,
    read_model,
    read_str,
    required,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class ImagesToVideoRequest:
    """Attributes:
    image_urls (list[str]): Public image URLs, one scene each.
    idea (str | None): What the video should tell about the images. Default: "Create a stunning video showcasing these images with a compelling narrative".
    title (str | None): Default: "".
    description (str | None): The story's description. Default: "".
    visibility_status (VisibilityStatus | str | None): `"0"` private, `"1"` unlisted, `"2"` public. Default: "1".
    video_tool (StoryVideoTool | str | None): Animation model of the automatic story modes. Default: "Auto".
    scene_duration (SceneDuration | int | None): Seconds per scene in the automatic story modes. Default: 5.
    aspect_ratio (AspectRatio | str | None): Width:height of the video. Default: "16:9".
    is_transition (bool | None): Default: false.
    motion_type (StoryMotionType | str | None): AI model that animates a story's scenes (`MotionType` without `TryOnVideo`). Default: "Auto".
    duration (int | None): Seconds per scene; ignored when there is narration (the guide's name for `scene_duration`). Default: 5.
    loop (int | None): How many times each scene's motion repeats. Default: 1.
    audio_option (StoryAudioOption | None): Audio of a story, sent as an object in JSON bodies and JSON-encoded in form
        fields. With `native_audio`, narration is off.
    narrator (NarratorVoice | str | None): Text-to-speech voice. Default: "Rachel".
    language (Language | str | None): Language of the storyboard and narration. Default: "English".
    has_narration (bool | None): Deprecated; set `audio_option` instead. Default: true.
    has_bg_music (bool | None): Deprecated; set `audio_option` instead. Default: true.
    native_audio (bool | None): Native sound effects and lip sync. Deprecated; set `audio_option` instead. Default: false.
    webhook_url (str | None):
    """

    image_urls: list[str]
    idea: str | None = None
    title: str | None = None
    description: str | None = None
    visibility_status: VisibilityStatus | str | None = None
    video_tool: StoryVideoTool | str | None = None
    scene_duration: SceneDuration | int | None = None
    aspect_ratio: AspectRatio | str | None = None
    is_transition: bool | None = None
    motion_type: StoryMotionType | str | None = None
    duration: int | None = None
    loop: int | None = None
    audio_option: StoryAudioOption | None = None
    narrator: NarratorVoice | str | None = None
    language: Language | str | None = None
    has_narration: bool | None = None
    has_bg_music: bool | None = None
    native_audio: bool | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "image_urls",
        "idea",
        "title",
        "description",
        "visibility_status",
        "video_tool",
        "scene_duration",
        "aspect_ratio",
        "is_transition",
        "motion_type",
        "duration",
        "loop",
        "audio_option",
        "narrator",
        "language",
        "has_narration",
        "has_bg_music",
        "native_audio",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "image_urls",
            "idea",
            "title",
            "description",
            "visibility_status",
            "video_tool",
            "scene_duration",
            "aspect_ratio",
            "is_transition",
            "motion_type",
            "duration",
            "loop",
            "audio_option",
            "narrator",
            "language",
            "has_narration",
            "has_bg_music",
            "native_audio",
            "webhook_url",
        )
    )

    @property
    def raw(self) -> Mapping[str, Any] | None:
        """The answer this object was read from, as received (None when built in code)."""
        return self._raw

    def __repr__(self) -> str:
        return model_repr(self, self._FIELDS)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["image_urls"] = wire(self.image_urls)
        if self.idea is not None:
            field_dict["idea"] = wire(self.idea)
        if self.title is not None:
            field_dict["title"] = wire(self.title)
        if self.description is not None:
            field_dict["description"] = wire(self.description)
        if self.visibility_status is not None:
            field_dict["visibility_status"] = wire(self.visibility_status)
        if self.video_tool is not None:
            field_dict["video_tool"] = wire(self.video_tool)
        if self.scene_duration is not None:
            field_dict["scene_duration"] = wire(self.scene_duration)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.is_transition is not None:
            field_dict["is_transition"] = wire(self.is_transition)
        if self.motion_type is not None:
            field_dict["motion_type"] = wire(self.motion_type)
        if self.duration is not None:
            field_dict["duration"] = wire(self.duration)
        if self.loop is not None:
            field_dict["loop"] = wire(self.loop)
        if self.audio_option is not None:
            field_dict["audio_option"] = wire(self.audio_option)
        if self.narrator is not None:
            field_dict["narrator"] = wire(self.narrator)
        if self.language is not None:
            field_dict["language"] = wire(self.language)
        if self.has_narration is not None:
            field_dict["has_narration"] = wire(self.has_narration)
        if self.has_bg_music is not None:
            field_dict["has_bg_music"] = wire(self.has_bg_music)
        if self.native_audio is not None:
            field_dict["native_audio"] = wire(self.native_audio)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.image_urls = required(read_list(g("image_urls"), read_str), "ImagesToVideoRequest", "image_urls")
        obj.idea = v if (v := g("idea")).__class__ is str or v is None else read_str(v)
        obj.title = v if (v := g("title")).__class__ is str or v is None else read_str(v)
        obj.description = v if (v := g("description")).__class__ is str or v is None else read_str(v)
        obj.visibility_status = read_enum(VisibilityStatus, g("visibility_status"))
        obj.video_tool = read_enum(StoryVideoTool, g("video_tool"))
        obj.scene_duration = read_int_enum(SceneDuration, g("scene_duration"))
        obj.aspect_ratio = read_enum(AspectRatio, g("aspect_ratio"))
        obj.is_transition = v if (v := g("is_transition")).__class__ is bool or v is None else read_bool(v)
        obj.motion_type = read_enum(StoryMotionType, g("motion_type"))
        obj.duration = v if (v := g("duration")).__class__ is int or v is None else read_int(v)
        obj.loop = v if (v := g("loop")).__class__ is int or v is None else read_int(v)
        obj.audio_option = (
            StoryAudioOption.from_dict(v)
            if (v := g("audio_option")).__class__ is dict
            else read_model(StoryAudioOption.from_dict, v)
        )
        obj.narrator = read_enum(NarratorVoice, g("narrator"))
        obj.language = read_enum(Language, g("language"))
        obj.has_narration = v if (v := g("has_narration")).__class__ is bool or v is None else read_bool(v)
        obj.has_bg_music = v if (v := g("has_bg_music")).__class__ is bool or v is None else read_bool(v)
        obj.native_audio = v if (v := g("native_audio")).__class__ is bool or v is None else read_bool(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj


# Imported after the class rather than inside from_dict/to_dict: an import statement in a
# method runs on every call, and importing here, once the class exists, still resolves cycles
# between models.
from ..models.story_audio_option import StoryAudioOption
