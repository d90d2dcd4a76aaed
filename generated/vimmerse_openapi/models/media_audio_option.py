from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.narrator_voice import NarratorVoice
from ..types import (
    model_repr,
    read_enum,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class MediaAudioOption:
    """Audio of a media, sent JSON-encoded in the `audio_option` form field. With
    `narration_url`, `narrator` and `narration` are ignored. Ignored when
    `media_items` contains audio.

        Attributes:
            narrator (NarratorVoice | str | None): Text-to-speech voice.
            narration (str | None): Text spoken by `narrator`.
            narration_url (str | None): Public URL of a recorded narration (MP3, WAV).
            bg_music_prompt (str | None): Description of background music to generate.
            bg_music_url (str | None): Public URL of background music (MP3, WAV).
    """

    narrator: NarratorVoice | str | None = None
    narration: str | None = None
    narration_url: str | None = None
    bg_music_prompt: str | None = None
    bg_music_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "narrator",
        "narration",
        "narration_url",
        "bg_music_prompt",
        "bg_music_url",
    )
    _KEYS = frozenset(
        (
            "narrator",
            "narration",
            "narration_url",
            "bg_music_prompt",
            "bg_music_url",
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
        if self.narrator is not None:
            field_dict["narrator"] = wire(self.narrator)
        if self.narration is not None:
            field_dict["narration"] = wire(self.narration)
        if self.narration_url is not None:
            field_dict["narration_url"] = wire(self.narration_url)
        if self.bg_music_prompt is not None:
            field_dict["bg_music_prompt"] = wire(self.bg_music_prompt)
        if self.bg_music_url is not None:
            field_dict["bg_music_url"] = wire(self.bg_music_url)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.narrator = read_enum(NarratorVoice, g("narrator"))
        obj.narration = v if (v := g("narration")).__class__ is str or v is None else read_str(v)
        obj.narration_url = v if (v := g("narration_url")).__class__ is str or v is None else read_str(v)
        obj.bg_music_prompt = v if (v := g("bg_music_prompt")).__class__ is str or v is None else read_str(v)
        obj.bg_music_url = v if (v := g("bg_music_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
