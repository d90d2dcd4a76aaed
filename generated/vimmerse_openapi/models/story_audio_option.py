from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.narrator_voice import NarratorVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryAudioOption")


@_attrs_define
class StoryAudioOption:
    """Audio of a story, sent as an object in JSON bodies and JSON-encoded in form
    fields. With `native_audio`, narration is off.

        Attributes:
            has_bg_music (bool | Unset):  Default: True.
            has_narration (bool | Unset):  Default: True.
            native_audio (bool | Unset): Native sound effects and lip sync (turns narration off). Default: False.
            narrator (NarratorVoice | Unset): Text-to-speech voice. Default: NarratorVoice.RACHEL.
    """

    has_bg_music: bool | Unset = True
    has_narration: bool | Unset = True
    native_audio: bool | Unset = False
    narrator: NarratorVoice | Unset = NarratorVoice.RACHEL

    def to_dict(self) -> dict[str, Any]:
        has_bg_music = self.has_bg_music

        has_narration = self.has_narration

        native_audio = self.native_audio

        narrator: str | Unset = UNSET
        if not isinstance(self.narrator, Unset):
            narrator = self.narrator.value

        field_dict: dict[str, Any] = {}

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
        has_bg_music = d.pop("has_bg_music", UNSET)

        has_narration = d.pop("has_narration", UNSET)

        native_audio = d.pop("native_audio", UNSET)

        _narrator = d.pop("narrator", UNSET)
        narrator: NarratorVoice | Unset
        if isinstance(_narrator, Unset):
            narrator = UNSET
        else:
            narrator = NarratorVoice(_narrator)

        story_audio_option = cls(
            has_bg_music=has_bg_music,
            has_narration=has_narration,
            native_audio=native_audio,
            narrator=narrator,
        )

        return story_audio_option
