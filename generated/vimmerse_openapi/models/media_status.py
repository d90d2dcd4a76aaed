from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_processing_status import MediaProcessingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaStatus")


@_attrs_define
class MediaStatus:
    """
    Attributes:
        processing_status (MediaProcessingStatus | str | Unset):
        progress_percentage (int | str | Unset):
    """

    processing_status: MediaProcessingStatus | str | Unset = UNSET
    progress_percentage: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processing_status: str | Unset
        if isinstance(self.processing_status, Unset):
            processing_status = UNSET
        elif isinstance(self.processing_status, MediaProcessingStatus):
            processing_status = self.processing_status.value
        else:
            processing_status = self.processing_status

        progress_percentage: int | str | Unset
        if isinstance(self.progress_percentage, Unset):
            progress_percentage = UNSET
        else:
            progress_percentage = self.progress_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if processing_status is not UNSET:
            field_dict["processing_status"] = processing_status
        if progress_percentage is not UNSET:
            field_dict["progress_percentage"] = progress_percentage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_processing_status(data: object) -> MediaProcessingStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processing_status_type_0 = MediaProcessingStatus(data)

                return processing_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaProcessingStatus | str | Unset, data)

        processing_status = _parse_processing_status(d.pop("processing_status", UNSET))

        def _parse_progress_percentage(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        progress_percentage = _parse_progress_percentage(d.pop("progress_percentage", UNSET))

        media_status = cls(
            processing_status=processing_status,
            progress_percentage=progress_percentage,
        )

        media_status.additional_properties = d
        return media_status

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
