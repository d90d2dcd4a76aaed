from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.story_motion_type import StoryMotionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryVideosRequest")


@_attrs_define
class StoryVideosRequest:
    """
    Attributes:
        title (str | Unset):  Default: ''.
        storyboard (str | Unset): JSON object `Storyboard` replacing the stored one.
        is_transition (bool | Unset):  Default: False.
        motion_type (StoryMotionType | Unset): AI model that animates a story's scenes (`MotionType` without
            `TryOnVideo`). Default: StoryMotionType.AUTO.
        duration (int | Unset): Seconds per scene; follows the narration when there is one. Default: 5.
        loop (int | Unset):  Default: 1.
        native_audio (bool | Unset): Ignored; set `audio_option` when creating the story. Default: False.
        webhook_url (str | Unset):
    """

    title: str | Unset = ""
    storyboard: str | Unset = UNSET
    is_transition: bool | Unset = False
    motion_type: StoryMotionType | Unset = StoryMotionType.AUTO
    duration: int | Unset = 5
    loop: int | Unset = 1
    native_audio: bool | Unset = False
    webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        storyboard = self.storyboard

        is_transition = self.is_transition

        motion_type: str | Unset = UNSET
        if not isinstance(self.motion_type, Unset):
            motion_type = self.motion_type.value

        duration = self.duration

        loop = self.loop

        native_audio = self.native_audio

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if storyboard is not UNSET:
            field_dict["storyboard"] = storyboard
        if is_transition is not UNSET:
            field_dict["is_transition"] = is_transition
        if motion_type is not UNSET:
            field_dict["motion_type"] = motion_type
        if duration is not UNSET:
            field_dict["duration"] = duration
        if loop is not UNSET:
            field_dict["loop"] = loop
        if native_audio is not UNSET:
            field_dict["native_audio"] = native_audio
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        storyboard = d.pop("storyboard", UNSET)

        is_transition = d.pop("is_transition", UNSET)

        _motion_type = d.pop("motion_type", UNSET)
        motion_type: StoryMotionType | Unset
        if isinstance(_motion_type, Unset):
            motion_type = UNSET
        else:
            motion_type = StoryMotionType(_motion_type)

        duration = d.pop("duration", UNSET)

        loop = d.pop("loop", UNSET)

        native_audio = d.pop("native_audio", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        story_videos_request = cls(
            title=title,
            storyboard=storyboard,
            is_transition=is_transition,
            motion_type=motion_type,
            duration=duration,
            loop=loop,
            native_audio=native_audio,
            webhook_url=webhook_url,
        )

        return story_videos_request
