from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_item_position import MediaItemPosition
from ..models.media_item_type import MediaItemType
from ..types import (
    model_repr,
    read_enum,
    read_str,
    required,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class MediaItem:
    """One input of a media, listed JSON-encoded in the `media_items` form field.

    Attributes:
        type_ (MediaItemType | str): Kind of a media item.
        url (str): Public URL of the file.
        position (MediaItemPosition | str | None): Whether the item is the first or the last frame.
    """

    type_: MediaItemType | str
    url: str
    position: MediaItemPosition | str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "type_",
        "url",
        "position",
    )
    _KEYS = frozenset(
        (
            "type",
            "url",
            "position",
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
        field_dict["type"] = wire(self.type_)
        field_dict["url"] = wire(self.url)
        if self.position is not None:
            field_dict["position"] = wire(self.position)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.type_ = required(read_enum(MediaItemType, g("type")), "MediaItem", "type")
        obj.url = required((v if (v := g("url")).__class__ is str or v is None else read_str(v)), "MediaItem", "url")
        obj.position = read_enum(MediaItemPosition, g("position"))
        obj._raw = src_dict
        return obj
