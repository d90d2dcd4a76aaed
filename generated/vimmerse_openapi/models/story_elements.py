from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.story_element import StoryElement


T = TypeVar("T", bound="StoryElements")


@_attrs_define
class StoryElements:
    """Elements to include in a story (`elements` field).

    Attributes:
        characters (list[StoryElement] | Unset):
        environments (list[StoryElement] | Unset):
        objects (list[StoryElement] | Unset):
    """

    characters: list[StoryElement] | Unset = UNSET
    environments: list[StoryElement] | Unset = UNSET
    objects: list[StoryElement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        characters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.characters, Unset):
            characters = []
            for characters_item_data in self.characters:
                characters_item = characters_item_data.to_dict()
                characters.append(characters_item)

        environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = []
            for environments_item_data in self.environments:
                environments_item = environments_item_data.to_dict()
                environments.append(environments_item)

        objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objects, Unset):
            objects = []
            for objects_item_data in self.objects:
                objects_item = objects_item_data.to_dict()
                objects.append(objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if characters is not UNSET:
            field_dict["characters"] = characters
        if environments is not UNSET:
            field_dict["environments"] = environments
        if objects is not UNSET:
            field_dict["objects"] = objects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _characters = d.pop("characters", UNSET)
        characters: list[StoryElement] | Unset = UNSET
        if _characters is not UNSET:
            characters = []
            for characters_item_data in _characters:
                characters_item = StoryElement.from_dict(characters_item_data)

                characters.append(characters_item)

        _environments = d.pop("environments", UNSET)
        environments: list[StoryElement] | Unset = UNSET
        if _environments is not UNSET:
            environments = []
            for environments_item_data in _environments:
                environments_item = StoryElement.from_dict(environments_item_data)

                environments.append(environments_item)

        _objects = d.pop("objects", UNSET)
        objects: list[StoryElement] | Unset = UNSET
        if _objects is not UNSET:
            objects = []
            for objects_item_data in _objects:
                objects_item = StoryElement.from_dict(objects_item_data)

                objects.append(objects_item)

        story_elements = cls(
            characters=characters,
            environments=environments,
            objects=objects,
        )

        story_elements.additional_properties = d
        return story_elements

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
from ..models.story_element import StoryElement
