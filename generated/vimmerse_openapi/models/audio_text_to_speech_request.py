from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_speech_option import AudioSpeechOption
from ..models.narrator_voice import NarratorVoice
from ..types import (
    model_repr,
    read_enum,
    read_str,
    required,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class AudioTextToSpeechRequest:
    """Body of `createSpeechFromText`.

    Attributes:
        prompt (str): The text to speak (plain text, up to about 5,000 characters).
        voice (NarratorVoice | str | None): Text-to-speech voice. Default: "Rachel".
        option (AudioSpeechOption | str | None): Speech engine of `createSpeechFromText`: `ElevenLabsTTS` or Google `ChirpTTS`
            (which honours `language`); `""` (the default) is ElevenLabs. Default: "".
        language (str | None): Language code of the speech (BCP 47, e.g. `en-US`), used by `ChirpTTS`;
            detected from the text when empty. Not a `Language` name such as `English`. Default: "".
    """

    prompt: str
    voice: NarratorVoice | str | None = None
    option: AudioSpeechOption | str | None = None
    language: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "prompt",
        "voice",
        "option",
        "language",
    )
    _KEYS = frozenset(
        (
            "prompt",
            "voice",
            "option",
            "language",
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
        field_dict["prompt"] = wire(self.prompt)
        if self.voice is not None:
            field_dict["voice"] = wire(self.voice)
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.language is not None:
            field_dict["language"] = wire(self.language)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.prompt = required(
            (v if (v := g("prompt")).__class__ is str or v is None else read_str(v)),
            "AudioTextToSpeechRequest",
            "prompt",
        )
        obj.voice = read_enum(NarratorVoice, g("voice"))
        obj.option = read_enum(AudioSpeechOption, g("option"))
        obj.language = v if (v := g("language")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
