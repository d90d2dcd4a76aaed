from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.narrator_voice import NarratorVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaAudioOption")


@_attrs_define
class MediaAudioOption:
    """Audio of a media, sent JSON-encoded in the `audio_option` form field. With
    `narration_url`, `narrator` and `narration` are ignored. Ignored when
    `media_items` contains audio.

        Attributes:
            narrator (NarratorVoice | Unset): Text-to-speech voice.
            narration (str | Unset): Text spoken by `narrator`.
            narration_url (str | Unset): Public URL of a recorded narration (MP3, WAV).
            bg_music_prompt (str | Unset): Description of background music to generate.
            bg_music_url (str | Unset): Public URL of background music (MP3, WAV).
    """

    narrator: NarratorVoice | Unset = UNSET
    narration: str | Unset = UNSET
    narration_url: str | Unset = UNSET
    bg_music_prompt: str | Unset = UNSET
    bg_music_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        narrator: str | Unset = UNSET
        if not isinstance(self.narrator, Unset):
            narrator = self.narrator.value

        narration = self.narration

        narration_url = self.narration_url

        bg_music_prompt = self.bg_music_prompt

        bg_music_url = self.bg_music_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if narrator is not UNSET:
            field_dict["narrator"] = narrator
        if narration is not UNSET:
            field_dict["narration"] = narration
        if narration_url is not UNSET:
            field_dict["narration_url"] = narration_url
        if bg_music_prompt is not UNSET:
            field_dict["bg_music_prompt"] = bg_music_prompt
        if bg_music_url is not UNSET:
            field_dict["bg_music_url"] = bg_music_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _narrator = d.pop("narrator", UNSET)
        narrator: NarratorVoice | Unset
        if isinstance(_narrator, Unset):
            narrator = UNSET
        else:
            narrator = NarratorVoice(_narrator)

        narration = d.pop("narration", UNSET)

        narration_url = d.pop("narration_url", UNSET)

        bg_music_prompt = d.pop("bg_music_prompt", UNSET)

        bg_music_url = d.pop("bg_music_url", UNSET)

        media_audio_option = cls(
            narrator=narrator,
            narration=narration,
            narration_url=narration_url,
            bg_music_prompt=bg_music_prompt,
            bg_music_url=bg_music_url,
        )

        return media_audio_option
