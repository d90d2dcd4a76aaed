from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.narrator_voice import NarratorVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryAudioSettings")


@_attrs_define
class StoryAudioSettings:
    """A story's audio settings as stored (lenient twin of `StoryAudioOption`).

    Attributes:
        has_bg_music (bool | str | Unset):
        has_narration (bool | str | Unset):
        native_audio (bool | str | Unset):
        narrator (NarratorVoice | str | Unset):
    """

    has_bg_music: bool | str | Unset = UNSET
    has_narration: bool | str | Unset = UNSET
    native_audio: bool | str | Unset = UNSET
    narrator: NarratorVoice | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_bg_music: bool | str | Unset
        if isinstance(self.has_bg_music, Unset):
            has_bg_music = UNSET
        else:
            has_bg_music = self.has_bg_music

        has_narration: bool | str | Unset
        if isinstance(self.has_narration, Unset):
            has_narration = UNSET
        else:
            has_narration = self.has_narration

        native_audio: bool | str | Unset
        if isinstance(self.native_audio, Unset):
            native_audio = UNSET
        else:
            native_audio = self.native_audio

        narrator: str | Unset
        if isinstance(self.narrator, Unset):
            narrator = UNSET
        elif isinstance(self.narrator, NarratorVoice):
            narrator = self.narrator.value
        else:
            narrator = self.narrator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_bg_music is not UNSET:
            field_dict["has_bg_music"] = has_bg_music
        if has_narration is not UNSET:
            field_dict["has_narration"] = has_narration
        if native_audio is not UNSET:
            field_dict["native_audio"] = native_audio
        if narrator is not UNSET:
            field_dict["narrator"] = narrator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_has_bg_music(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        has_bg_music = _parse_has_bg_music(d.pop("has_bg_music", UNSET))

        def _parse_has_narration(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        has_narration = _parse_has_narration(d.pop("has_narration", UNSET))

        def _parse_native_audio(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        native_audio = _parse_native_audio(d.pop("native_audio", UNSET))

        def _parse_narrator(data: object) -> NarratorVoice | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                narrator_type_0 = NarratorVoice(data)

                return narrator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NarratorVoice | str | Unset, data)

        narrator = _parse_narrator(d.pop("narrator", UNSET))

        story_audio_settings = cls(
            has_bg_music=has_bg_music,
            has_narration=has_narration,
            native_audio=native_audio,
            narrator=narrator,
        )

        story_audio_settings.additional_properties = d
        return story_audio_settings

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
