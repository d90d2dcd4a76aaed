from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryMusic")


@_attrs_define
class StoryMusic:
    """
    Attributes:
        description (str | Unset):
        lyrics (str | Unset):
        music_url (str | Unset):
    """

    description: str | Unset = UNSET
    lyrics: str | Unset = UNSET
    music_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        lyrics = self.lyrics

        music_url = self.music_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if music_url is not UNSET:
            field_dict["music_url"] = music_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        lyrics = d.pop("lyrics", UNSET)

        music_url = d.pop("music_url", UNSET)

        story_music = cls(
            description=description,
            lyrics=lyrics,
            music_url=music_url,
        )

        story_music.additional_properties = d
        return story_music

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
