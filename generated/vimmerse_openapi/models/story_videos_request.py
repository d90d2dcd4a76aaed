from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.story_motion_type import StoryMotionType
from ..types import (
    model_repr,
    read_bool,
    read_enum,
    read_int,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class StoryVideosRequest:
    """Attributes:
    title (str | None): Default: "".
    storyboard (str | None): JSON object `Storyboard` replacing the stored one.
    scenes (str | None): JSON array of `StoryScene`, the story's scenes as `getStory` returns them, replacing the stored
        ones.
    is_transition (bool | None): Default: false.
    motion_type (StoryMotionType | str | None): AI model that animates a story's scenes (`MotionType` without `TryOnVideo`). Default: "Auto".
    duration (int | None): Seconds per scene; follows the narration when there is one. Default: 5.
    loop (int | None): Default: 1.
    native_audio (bool | None): Deprecated (both sources); set `audio_option` when creating the story (`createStory`). Default: false.
    webhook_url (str | None):
    """

    title: str | None = None
    storyboard: str | None = None
    scenes: str | None = None
    is_transition: bool | None = None
    motion_type: StoryMotionType | str | None = None
    duration: int | None = None
    loop: int | None = None
    native_audio: bool | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "title",
        "storyboard",
        "scenes",
        "is_transition",
        "motion_type",
        "duration",
        "loop",
        "native_audio",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "title",
            "storyboard",
            "scenes",
            "is_transition",
            "motion_type",
            "duration",
            "loop",
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
        if self.title is not None:
            field_dict["title"] = wire(self.title)
        if self.storyboard is not None:
            field_dict["storyboard"] = wire(self.storyboard)
        if self.scenes is not None:
            field_dict["scenes"] = wire(self.scenes)
        if self.is_transition is not None:
            field_dict["is_transition"] = wire(self.is_transition)
        if self.motion_type is not None:
            field_dict["motion_type"] = wire(self.motion_type)
        if self.duration is not None:
            field_dict["duration"] = wire(self.duration)
        if self.loop is not None:
            field_dict["loop"] = wire(self.loop)
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
        obj.title = v if (v := g("title")).__class__ is str or v is None else read_str(v)
        obj.storyboard = v if (v := g("storyboard")).__class__ is str or v is None else read_str(v)
        obj.scenes = v if (v := g("scenes")).__class__ is str or v is None else read_str(v)
        obj.is_transition = v if (v := g("is_transition")).__class__ is bool or v is None else read_bool(v)
        obj.motion_type = read_enum(StoryMotionType, g("motion_type"))
        obj.duration = v if (v := g("duration")).__class__ is int or v is None else read_int(v)
        obj.loop = v if (v := g("loop")).__class__ is int or v is None else read_int(v)
        obj.native_audio = v if (v := g("native_audio")).__class__ is bool or v is None else read_bool(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
