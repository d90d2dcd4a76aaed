from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.motion_type import MotionType
from ..types import (
    model_repr,
    read_enum,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


@_attrs_define(repr=False)
class MediaResult:
    """One generated video.

    Attributes:
        url (str | None):
        motion_type (MotionType | str | None): AI model that animates a media. `Auto` picks one.
        object_type (str | None):
    """

    url: str | None = None
    motion_type: MotionType | str | None = None
    object_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "url",
        "motion_type",
        "object_type",
    )

    @property
    def raw(self) -> Mapping[str, Any] | None:
        """The answer this object was read from, as received (None when built in code)."""
        return self._raw

    def __repr__(self) -> str:
        return model_repr(self, self._FIELDS)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.url is not None:
            field_dict["url"] = wire(self.url)
        if self.motion_type is not None:
            field_dict["motion_type"] = wire(self.motion_type)
        if self.object_type is not None:
            field_dict["object_type"] = wire(self.object_type)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        obj = cls(
            url=read_str(d.pop("url", None)),
            motion_type=read_enum(MotionType, d.pop("motion_type", None)),
            object_type=read_str(d.pop("object_type", None)),
        )
        obj.additional_properties = d
        obj._raw = src_dict
        return obj

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
