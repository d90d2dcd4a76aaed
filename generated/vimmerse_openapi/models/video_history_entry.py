from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    read_int,
    read_list,
    read_model,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class VideoHistoryEntry:
    """One past generation of a media.

    Attributes:
        pose_preset (MediaPosePreset | None): Motion settings of a media (`Params` is `Key=Value|…`).
        file_map (list[FileMapEntry] | None):
        service_name (str | None):
        service_version (str | None):
        service_seeds (list[int] | None):
        bullet_version (int | None):
        resolution (list[int] | None): [width, height] in pixels.
        submit_params (SubmitParams | None): Pipeline parameters a job was submitted with.
        created_at (str | None):
    """

    pose_preset: MediaPosePreset | None = None
    file_map: list[FileMapEntry] | None = None
    service_name: str | None = None
    service_version: str | None = None
    service_seeds: list[int] | None = None
    bullet_version: int | None = None
    resolution: list[int] | None = None
    submit_params: SubmitParams | None = None
    created_at: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    _extra: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "pose_preset",
        "file_map",
        "service_name",
        "service_version",
        "service_seeds",
        "bullet_version",
        "resolution",
        "submit_params",
        "created_at",
    )
    _KEYS = frozenset(
        (
            "pose_preset",
            "file_map",
            "service_name",
            "service_version",
            "service_seeds",
            "bullet_version",
            "resolution",
            "submit_params",
            "created_at",
        )
    )

    @property
    def raw(self) -> Mapping[str, Any] | None:
        """The answer this object was read from, as received (None when built in code)."""
        return self._raw

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the document does not describe, as received: kept, never dropped.

        Worked out from ``raw`` on first use: most readers never look, and parsing stays a
        straight pass over the known fields.
        """
        if self._extra is None:
            raw = self._raw
            self._extra = {k: v for k, v in raw.items() if k not in self._KEYS} if raw else {}
        return self._extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra = value

    def __repr__(self) -> str:
        return model_repr(self, self._FIELDS)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.pose_preset is not None:
            field_dict["pose_preset"] = wire(self.pose_preset)
        if self.file_map is not None:
            field_dict["file_map"] = wire(self.file_map)
        if self.service_name is not None:
            field_dict["service_name"] = wire(self.service_name)
        if self.service_version is not None:
            field_dict["service_version"] = wire(self.service_version)
        if self.service_seeds is not None:
            field_dict["service_seeds"] = wire(self.service_seeds)
        if self.bullet_version is not None:
            field_dict["bullet_version"] = wire(self.bullet_version)
        if self.resolution is not None:
            field_dict["resolution"] = wire(self.resolution)
        if self.submit_params is not None:
            field_dict["submit_params"] = wire(self.submit_params)
        if self.created_at is not None:
            field_dict["created_at"] = wire(self.created_at)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.pose_preset = (
            MediaPosePreset.from_dict(v)
            if (v := g("pose_preset")).__class__ is dict
            else read_model(MediaPosePreset.from_dict, v)
        )
        obj.file_map = (
            [FileMapEntry.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("file_map")).__class__ is list
            else None
        )
        obj.service_name = v if (v := g("service_name")).__class__ is str or v is None else read_str(v)
        obj.service_version = v if (v := g("service_version")).__class__ is str or v is None else read_str(v)
        obj.service_seeds = read_list(g("service_seeds"), read_int)
        obj.bullet_version = v if (v := g("bullet_version")).__class__ is int or v is None else read_int(v)
        obj.resolution = read_list(g("resolution"), read_int)
        obj.submit_params = (
            SubmitParams.from_dict(v)
            if (v := g("submit_params")).__class__ is dict
            else read_model(SubmitParams.from_dict, v)
        )
        obj.created_at = v if (v := g("created_at")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        obj._extra = None
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


# Imported after the class rather than inside from_dict/to_dict: an import statement in a
# method runs on every call, and importing here, once the class exists, still resolves cycles
# between models.
from ..models.file_map_entry import FileMapEntry
from ..models.media_pose_preset import MediaPosePreset
from ..models.submit_params import SubmitParams
