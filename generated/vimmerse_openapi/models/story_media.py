from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.story_media_source import StoryMediaSource


T = TypeVar("T", bound="StoryMedia")


@_attrs_define
class StoryMedia:
    """The media that animates one scene.

    Attributes:
        media_id (str | Unset):
        item (str | Unset):
        source (StoryMediaSource | Unset):
    """

    media_id: str | Unset = UNSET
    item: str | Unset = UNSET
    source: StoryMediaSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        item = self.item

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_id is not UNSET:
            field_dict["media_id"] = media_id
        if item is not UNSET:
            field_dict["item"] = item
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_id = d.pop("media_id", UNSET)

        item = d.pop("item", UNSET)

        _source = d.pop("source", UNSET)
        source: StoryMediaSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = StoryMediaSource.from_dict(_source)

        story_media = cls(
            media_id=media_id,
            item=item,
            source=source,
        )

        story_media.additional_properties = d
        return story_media

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


# Imported after the class rather than inside from_dict/to_dict: an import statement in a
# method runs on every call (about 1 us each, a third of Story.from_dict), and importing here,
# once the class exists, still resolves cycles between models.
from ..models.story_media_source import StoryMediaSource
