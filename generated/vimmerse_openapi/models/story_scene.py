from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryScene")


@_attrs_define
class StoryScene:
    """A scene as rendered (image, narration, motion prompt, video).

    Attributes:
        image_url (str | Unset):
        prompt (str | Unset):
        narration_url (str | Unset):
        video_url (str | Unset):
    """

    image_url: str | Unset = UNSET
    prompt: str | Unset = UNSET
    narration_url: str | Unset = UNSET
    video_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        narration_url = self.narration_url

        video_url = self.video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if narration_url is not UNSET:
            field_dict["narration_url"] = narration_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        narration_url = d.pop("narration_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        story_scene = cls(
            image_url=image_url,
            prompt=prompt,
            narration_url=narration_url,
            video_url=video_url,
        )

        story_scene.additional_properties = d
        return story_scene

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
