from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.motion_type import MotionType
from ..types import (
    model_repr,
    read_bool,
    read_enum,
    read_int,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class WorkflowOptions:
    """Template settings, sent as a JSON object in `options`. The keys below are the ones
    the vendor's examples use for the overlay templates; other templates take other keys,
    so unknown keys pass through.

        Attributes:
            background_urls (str | None): Comma-separated URLs of the background videos to overlay on.
            prompt (str | None): What the animation should show.
            motion_type (MotionType | str | None): AI model that animates a media. `Auto` picks one.
            duration (int | None): Seconds of the animation.
            last_frame_support (bool | None):
    """

    background_urls: str | None = None
    prompt: str | None = None
    motion_type: MotionType | str | None = None
    duration: int | None = None
    last_frame_support: bool | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    _extra: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "background_urls",
        "prompt",
        "motion_type",
        "duration",
        "last_frame_support",
    )
    _KEYS = frozenset(
        (
            "background_urls",
            "prompt",
            "motion_type",
            "duration",
            "last_frame_support",
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
        if self.background_urls is not None:
            field_dict["background_urls"] = wire(self.background_urls)
        if self.prompt is not None:
            field_dict["prompt"] = wire(self.prompt)
        if self.motion_type is not None:
            field_dict["motion_type"] = wire(self.motion_type)
        if self.duration is not None:
            field_dict["duration"] = wire(self.duration)
        if self.last_frame_support is not None:
            field_dict["last_frame_support"] = wire(self.last_frame_support)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.background_urls = v if (v := g("background_urls")).__class__ is str or v is None else read_str(v)
        obj.prompt = v if (v := g("prompt")).__class__ is str or v is None else read_str(v)
        obj.motion_type = read_enum(MotionType, g("motion_type"))
        obj.duration = v if (v := g("duration")).__class__ is int or v is None else read_int(v)
        obj.last_frame_support = v if (v := g("last_frame_support")).__class__ is bool or v is None else read_bool(v)
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
