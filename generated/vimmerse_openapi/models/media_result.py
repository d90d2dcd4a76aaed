from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.motion_type import MotionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaResult")


@_attrs_define
class MediaResult:
    """One generated video.

    Attributes:
        url (str | Unset):
        motion_type (MotionType | str | Unset):
        object_type (str | Unset):
    """

    url: str | Unset = UNSET
    motion_type: MotionType | str | Unset = UNSET
    object_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        motion_type: str | Unset
        if isinstance(self.motion_type, Unset):
            motion_type = UNSET
        elif isinstance(self.motion_type, MotionType):
            motion_type = self.motion_type.value
        else:
            motion_type = self.motion_type

        object_type = self.object_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if motion_type is not UNSET:
            field_dict["motion_type"] = motion_type
        if object_type is not UNSET:
            field_dict["object_type"] = object_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        def _parse_motion_type(data: object) -> MotionType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                motion_type_type_0 = MotionType(data)

                return motion_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MotionType | str | Unset, data)

        motion_type = _parse_motion_type(d.pop("motion_type", UNSET))

        object_type = d.pop("object_type", UNSET)

        media_result = cls(
            url=url,
            motion_type=motion_type,
            object_type=object_type,
        )

        media_result.additional_properties = d
        return media_result

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
