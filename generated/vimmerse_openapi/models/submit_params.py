from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..types import (
    model_repr,
    read_bool,
    read_enum,
    read_float,
    read_int,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class SubmitParams:
    """Pipeline parameters a job was submitted with.

    Attributes:
        native_audio (bool | None):
        pipeline_preset (str | None):
        file_size (int | None):
        scale_factor (float | None):
        extend_video (bool | None):
        aspect_ratio (AspectRatio | str | None): Width:height of the video.
    """

    native_audio: bool | None = None
    pipeline_preset: str | None = None
    file_size: int | None = None
    scale_factor: float | None = None
    extend_video: bool | None = None
    aspect_ratio: AspectRatio | str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    _extra: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "native_audio",
        "pipeline_preset",
        "file_size",
        "scale_factor",
        "extend_video",
        "aspect_ratio",
    )
    _KEYS = frozenset(
        (
            "native_audio",
            "pipeline_preset",
            "file_size",
            "scale_factor",
            "extend_video",
            "aspect_ratio",
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
        if self.native_audio is not None:
            field_dict["native_audio"] = wire(self.native_audio)
        if self.pipeline_preset is not None:
            field_dict["pipeline_preset"] = wire(self.pipeline_preset)
        if self.file_size is not None:
            field_dict["file_size"] = wire(self.file_size)
        if self.scale_factor is not None:
            field_dict["scale_factor"] = wire(self.scale_factor)
        if self.extend_video is not None:
            field_dict["extend_video"] = wire(self.extend_video)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.native_audio = v if (v := g("native_audio")).__class__ is bool or v is None else read_bool(v)
        obj.pipeline_preset = v if (v := g("pipeline_preset")).__class__ is str or v is None else read_str(v)
        obj.file_size = v if (v := g("file_size")).__class__ is int or v is None else read_int(v)
        obj.scale_factor = v if (v := g("scale_factor")).__class__ is float or v is None else read_float(v)
        obj.extend_video = v if (v := g("extend_video")).__class__ is bool or v is None else read_bool(v)
        obj.aspect_ratio = read_enum(AspectRatio, g("aspect_ratio"))
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
