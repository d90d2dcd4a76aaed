from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.narrator_voice import NarratorVoice
from ..types import (
    model_repr,
    read_bool,
    read_enum,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class StoryAudioSettings:
    """A story's audio settings as stored (lenient twin of `StoryAudioOption`).

    Attributes:
        has_bg_music (bool | None):
        has_narration (bool | None):
        native_audio (bool | None):
        narrator (NarratorVoice | str | None): Text-to-speech voice.
    """

    has_bg_music: bool | None = None
    has_narration: bool | None = None
    native_audio: bool | None = None
    narrator: NarratorVoice | str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    _extra: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "has_bg_music",
        "has_narration",
        "native_audio",
        "narrator",
    )
    _KEYS = frozenset(
        (
            "has_bg_music",
            "has_narration",
            "native_audio",
            "narrator",
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
        if self.has_bg_music is not None:
            field_dict["has_bg_music"] = wire(self.has_bg_music)
        if self.has_narration is not None:
            field_dict["has_narration"] = wire(self.has_narration)
        if self.native_audio is not None:
            field_dict["native_audio"] = wire(self.native_audio)
        if self.narrator is not None:
            field_dict["narrator"] = wire(self.narrator)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.has_bg_music = v if (v := g("has_bg_music")).__class__ is bool or v is None else read_bool(v)
        obj.has_narration = v if (v := g("has_narration")).__class__ is bool or v is None else read_bool(v)
        obj.native_audio = v if (v := g("native_audio")).__class__ is bool or v is None else read_bool(v)
        obj.narrator = read_enum(NarratorVoice, g("narrator"))
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
