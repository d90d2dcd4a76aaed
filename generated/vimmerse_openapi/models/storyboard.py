from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.story_element import StoryElement
    from ..models.story_music import StoryMusic
    from ..models.story_title_scene import StoryTitleScene
    from ..models.storyboard_scene import StoryboardScene


T = TypeVar("T", bound="Storyboard")


@_attrs_define
class Storyboard:
    """A story's plan (`storyboard` field, JSON-encoded in forms).

    Attributes:
        title_scene (StoryTitleScene | Unset):
        characters (list[StoryElement] | Unset):
        environments (list[StoryElement] | Unset):
        objects (list[StoryElement] | Unset):
        scenes (list[StoryboardScene] | Unset):
        music (StoryMusic | Unset):
    """

    title_scene: StoryTitleScene | Unset = UNSET
    characters: list[StoryElement] | Unset = UNSET
    environments: list[StoryElement] | Unset = UNSET
    objects: list[StoryElement] | Unset = UNSET
    scenes: list[StoryboardScene] | Unset = UNSET
    music: StoryMusic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title_scene: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title_scene, Unset):
            title_scene = self.title_scene.to_dict()

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

        scenes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scenes, Unset):
            scenes = []
            for scenes_item_data in self.scenes:
                scenes_item = scenes_item_data.to_dict()
                scenes.append(scenes_item)

        music: dict[str, Any] | Unset = UNSET
        if not isinstance(self.music, Unset):
            music = self.music.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title_scene is not UNSET:
            field_dict["title_scene"] = title_scene
        if characters is not UNSET:
            field_dict["characters"] = characters
        if environments is not UNSET:
            field_dict["environments"] = environments
        if objects is not UNSET:
            field_dict["objects"] = objects
        if scenes is not UNSET:
            field_dict["scenes"] = scenes
        if music is not UNSET:
            field_dict["music"] = music

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _title_scene = d.pop("title_scene", UNSET)
        title_scene: StoryTitleScene | Unset
        if isinstance(_title_scene, Unset):
            title_scene = UNSET
        else:
            title_scene = StoryTitleScene.from_dict(_title_scene)

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

        _scenes = d.pop("scenes", UNSET)
        scenes: list[StoryboardScene] | Unset = UNSET
        if _scenes is not UNSET:
            scenes = []
            for scenes_item_data in _scenes:
                scenes_item = StoryboardScene.from_dict(scenes_item_data)

                scenes.append(scenes_item)

        _music = d.pop("music", UNSET)
        music: StoryMusic | Unset
        if isinstance(_music, Unset):
            music = UNSET
        else:
            music = StoryMusic.from_dict(_music)

        storyboard = cls(
            title_scene=title_scene,
            characters=characters,
            environments=environments,
            objects=objects,
            scenes=scenes,
            music=music,
        )

        storyboard.additional_properties = d
        return storyboard

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
from ..models.story_music import StoryMusic
from ..models.story_title_scene import StoryTitleScene
from ..models.storyboard_scene import StoryboardScene
