from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_map_entry import FileMapEntry
    from ..models.media_pose_preset import MediaPosePreset
    from ..models.submit_params import SubmitParams


T = TypeVar("T", bound="VideoHistoryEntry")


@_attrs_define
class VideoHistoryEntry:
    """One past generation of a media.

    Attributes:
        pose_preset (MediaPosePreset | Unset): Motion settings of a media (`Params` is `Key=Value|…`).
        file_map (list[FileMapEntry] | Unset):
        service_name (str | Unset):
        service_version (str | Unset):
        service_seeds (list[int | str] | Unset):
        bullet_version (int | str | Unset):
        resolution (list[int | str] | Unset): [width, height] in pixels.
        submit_params (SubmitParams | Unset): Pipeline parameters a job was submitted with.
        created_at (str | Unset):
    """

    pose_preset: MediaPosePreset | Unset = UNSET
    file_map: list[FileMapEntry] | Unset = UNSET
    service_name: str | Unset = UNSET
    service_version: str | Unset = UNSET
    service_seeds: list[int | str] | Unset = UNSET
    bullet_version: int | str | Unset = UNSET
    resolution: list[int | str] | Unset = UNSET
    submit_params: SubmitParams | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pose_preset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pose_preset, Unset):
            pose_preset = self.pose_preset.to_dict()

        file_map: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_map, Unset):
            file_map = []
            for file_map_item_data in self.file_map:
                file_map_item = file_map_item_data.to_dict()
                file_map.append(file_map_item)

        service_name = self.service_name

        service_version = self.service_version

        service_seeds: list[int | str] | Unset = UNSET
        if not isinstance(self.service_seeds, Unset):
            service_seeds = []
            for service_seeds_item_data in self.service_seeds:
                service_seeds_item: int | str
                service_seeds_item = service_seeds_item_data
                service_seeds.append(service_seeds_item)

        bullet_version: int | str | Unset
        if isinstance(self.bullet_version, Unset):
            bullet_version = UNSET
        else:
            bullet_version = self.bullet_version

        resolution: list[int | str] | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = []
            for resolution_item_data in self.resolution:
                resolution_item: int | str
                resolution_item = resolution_item_data
                resolution.append(resolution_item)

        submit_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submit_params, Unset):
            submit_params = self.submit_params.to_dict()

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pose_preset is not UNSET:
            field_dict["pose_preset"] = pose_preset
        if file_map is not UNSET:
            field_dict["file_map"] = file_map
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if service_version is not UNSET:
            field_dict["service_version"] = service_version
        if service_seeds is not UNSET:
            field_dict["service_seeds"] = service_seeds
        if bullet_version is not UNSET:
            field_dict["bullet_version"] = bullet_version
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if submit_params is not UNSET:
            field_dict["submit_params"] = submit_params
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _pose_preset = d.pop("pose_preset", UNSET)
        pose_preset: MediaPosePreset | Unset
        if isinstance(_pose_preset, Unset):
            pose_preset = UNSET
        else:
            pose_preset = MediaPosePreset.from_dict(_pose_preset)

        _file_map = d.pop("file_map", UNSET)
        file_map: list[FileMapEntry] | Unset = UNSET
        if _file_map is not UNSET:
            file_map = []
            for file_map_item_data in _file_map:
                file_map_item = FileMapEntry.from_dict(file_map_item_data)

                file_map.append(file_map_item)

        service_name = d.pop("service_name", UNSET)

        service_version = d.pop("service_version", UNSET)

        _service_seeds = d.pop("service_seeds", UNSET)
        service_seeds: list[int | str] | Unset = UNSET
        if _service_seeds is not UNSET:
            service_seeds = []
            for service_seeds_item_data in _service_seeds:

                def _parse_service_seeds_item(data: object) -> int | str:
                    return cast(int | str, data)

                service_seeds_item = _parse_service_seeds_item(service_seeds_item_data)

                service_seeds.append(service_seeds_item)

        def _parse_bullet_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        bullet_version = _parse_bullet_version(d.pop("bullet_version", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: list[int | str] | Unset = UNSET
        if _resolution is not UNSET:
            resolution = []
            for resolution_item_data in _resolution:

                def _parse_resolution_item(data: object) -> int | str:
                    return cast(int | str, data)

                resolution_item = _parse_resolution_item(resolution_item_data)

                resolution.append(resolution_item)

        _submit_params = d.pop("submit_params", UNSET)
        submit_params: SubmitParams | Unset
        if isinstance(_submit_params, Unset):
            submit_params = UNSET
        else:
            submit_params = SubmitParams.from_dict(_submit_params)

        created_at = d.pop("created_at", UNSET)

        video_history_entry = cls(
            pose_preset=pose_preset,
            file_map=file_map,
            service_name=service_name,
            service_version=service_version,
            service_seeds=service_seeds,
            bullet_version=bullet_version,
            resolution=resolution,
            submit_params=submit_params,
            created_at=created_at,
        )

        video_history_entry.additional_properties = d
        return video_history_entry

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
from ..models.file_map_entry import FileMapEntry
from ..models.media_pose_preset import MediaPosePreset
from ..models.submit_params import SubmitParams
