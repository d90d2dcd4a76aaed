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
class StoryAudioOption:
    """Audio of a story, sent as an object in JSON bodies and JSON-encoded in form
    fields. With `native_audio`, narration is off.

        Attributes:
            has_bg_music (bool | None): Default: true.
            has_narration (bool | None): Default: true.
            native_audio (bool | None): Native sound effects and lip sync (turns narration off). Default: false.
            narrator (NarratorVoice | str | None): Text-to-speech voice. Default: "Rachel".
    """

    has_bg_music: bool | None = None
    has_narration: bool | None = None
    native_audio: bool | None = None
    narrator: NarratorVoice | str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

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

    def __repr__(self) -> str:
        return model_repr(self, self._FIELDS)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
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
        return obj
