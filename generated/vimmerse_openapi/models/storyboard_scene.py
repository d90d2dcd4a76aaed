from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryboardScene")


@_attrs_define
class StoryboardScene:
    """One scene of a storyboard.

    Attributes:
        name (str | Unset):
        image_description (str | Unset):
        video_description (str | Unset):
        narrator (str | Unset): The narration text of the scene (the vendor's field name).
        image_url (str | Unset):
        narration_url (str | Unset):
    """

    name: str | Unset = UNSET
    image_description: str | Unset = UNSET
    video_description: str | Unset = UNSET
    narrator: str | Unset = UNSET
    image_url: str | Unset = UNSET
    narration_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        image_description = self.image_description

        video_description = self.video_description

        narrator = self.narrator

        image_url = self.image_url

        narration_url = self.narration_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if image_description is not UNSET:
            field_dict["image_description"] = image_description
        if video_description is not UNSET:
            field_dict["video_description"] = video_description
        if narrator is not UNSET:
            field_dict["narrator"] = narrator
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if narration_url is not UNSET:
            field_dict["narration_url"] = narration_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        image_description = d.pop("image_description", UNSET)

        video_description = d.pop("video_description", UNSET)

        narrator = d.pop("narrator", UNSET)

        image_url = d.pop("image_url", UNSET)

        narration_url = d.pop("narration_url", UNSET)

        storyboard_scene = cls(
            name=name,
            image_description=image_description,
            video_description=video_description,
            narrator=narrator,
            image_url=image_url,
            narration_url=narration_url,
        )

        storyboard_scene.additional_properties = d
        return storyboard_scene

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
