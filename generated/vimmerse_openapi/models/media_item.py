from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.media_item_position import MediaItemPosition
from ..models.media_item_type import MediaItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaItem")


@_attrs_define
class MediaItem:
    """One input of a media, listed JSON-encoded in the `media_items` form field.

    Attributes:
        type_ (MediaItemType): Kind of a media item.
        url (str): Public URL of the file.
        position (MediaItemPosition | Unset): Whether the item is the first or the last frame.
    """

    type_: MediaItemType
    url: str
    position: MediaItemPosition | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        url = self.url

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = MediaItemType(d.pop("type"))

        url = d.pop("url")

        _position = d.pop("position", UNSET)
        position: MediaItemPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = MediaItemPosition(_position)

        media_item = cls(
            type_=type_,
            url=url,
            position=position,
        )

        return media_item
