from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.story import Story


T = TypeVar("T", bound="StoryResponse")


@_attrs_define
class StoryResponse:
    """Envelope of a story. `data` is absent in the vendor's examples of `concatStory` and
    `deleteStory` (`{}`), so it is optional here; clients fetch the story when it is missing.

        Attributes:
            data (Story | Unset): A story and its progress.
    """

    data: Story | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: Story | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = Story.from_dict(_data)

        story_response = cls(
            data=data,
        )

        story_response.additional_properties = d
        return story_response

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
from ..models.story import Story
