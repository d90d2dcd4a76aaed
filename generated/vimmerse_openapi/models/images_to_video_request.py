from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..models.language import Language
from ..models.scene_duration import SceneDuration
from ..models.story_video_tool import StoryVideoTool
from ..types import (
    model_repr,
    read_bool,
    read_enum,
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
    idea (str | None): Default: "Create a stunning video showcasing these images with a compelling narrative".
    title (str | None): Default: "".
    video_tool (StoryVideoTool | str | None): Animation model of the automatic story modes. Default: "Auto".
    scene_duration (SceneDuration | int | None): Seconds per scene in the automatic story modes. Default: 5.
    aspect_ratio (AspectRatio | str | None): Width:height of the video. Default: "16:9".
    is_transition (bool | None): Default: false.
    audio_option (StoryAudioOption | None): Audio of a story, sent as an object in JSON bodies and JSON-encoded in form
        fields. With `native_audio`, narration is off.
    language (Language | str | None): Language of the storyboard and narration. Default: "English".
    webhook_url (str | None):
    """

    image_urls: list[str]
    idea: str | None = None
    title: str | None = None
    video_tool: StoryVideoTool | str | None = None
    scene_duration: SceneDuration | int | None = None
    aspect_ratio: AspectRatio | str | None = None
    is_transition: bool | None = None
    audio_option: StoryAudioOption | None = None
    language: Language | str | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "image_urls",
        "idea",
        "title",
        "video_tool",
        "scene_duration",
        "aspect_ratio",
        "is_transition",
        "audio_option",
        "language",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "image_urls",
            "idea",
            "title",
            "video_tool",
            "scene_duration",
            "aspect_ratio",
            "is_transition",
            "audio_option",
            "language",
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
        if self.video_tool is not None:
            field_dict["video_tool"] = wire(self.video_tool)
        if self.scene_duration is not None:
            field_dict["scene_duration"] = wire(self.scene_duration)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.is_transition is not None:
            field_dict["is_transition"] = wire(self.is_transition)
        if self.audio_option is not None:
            field_dict["audio_option"] = wire(self.audio_option)
        if self.language is not None:
            field_dict["language"] = wire(self.language)
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
        obj.video_tool = read_enum(StoryVideoTool, g("video_tool"))
        obj.scene_duration = read_int_enum(SceneDuration, g("scene_duration"))
        obj.aspect_ratio = read_enum(AspectRatio, g("aspect_ratio"))
        obj.is_transition = v if (v := g("is_transition")).__class__ is bool or v is None else read_bool(v)
        obj.audio_option = (
            StoryAudioOption.from_dict(v)
            if (v := g("audio_option")).__class__ is dict
            else read_model(StoryAudioOption.from_dict, v)
        )
        obj.language = read_enum(Language, g("language"))
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj


# Imported after the class rather than inside from_dict/to_dict: an import statement in a
# method runs on every call, and importing here, once the class exists, still resolves cycles
# between models.
from ..models.story_audio_option import StoryAudioOption
