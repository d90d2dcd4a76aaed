from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.visibility_status import VisibilityStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryUpdateRequest")


@_attrs_define
class StoryUpdateRequest:
    """
    Attributes:
        title (str | Unset):
        description (str | Unset):
        visibility_status (VisibilityStatus | Unset): `"0"` private, `"1"` unlisted, `"2"` public.
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    visibility_status: VisibilityStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        visibility_status: str | Unset = UNSET
        if not isinstance(self.visibility_status, Unset):
            visibility_status = self.visibility_status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if visibility_status is not UNSET:
            field_dict["visibility_status"] = visibility_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _visibility_status = d.pop("visibility_status", UNSET)
        visibility_status: VisibilityStatus | Unset
        if isinstance(_visibility_status, Unset):
            visibility_status = UNSET
        else:
            visibility_status = VisibilityStatus(_visibility_status)

        story_update_request = cls(
            title=title,
            description=description,
            visibility_status=visibility_status,
        )

        return story_update_request
