from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.narrator_voice import NarratorVoice
from ..models.video_lip_sync_option import VideoLipSyncOption
from ..types import (
    File,
    form_text,
    model_repr,
    read_enum,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class VideoLipSyncRequest:
    """Body of `createLipSyncVideo`. Give one visual input (`image_file`, `image_url`,
    `video_file` or `video_url`) and one speech input (`audio_file`, `audio_url`, or
    `prompt` with `voice`).

        Attributes:
            image_file (File | None): Image of the person who speaks.
            image_url (str | None): Public URL of an image of the person who speaks.
            video_file (File | None): Video of the person who speaks.
            video_url (str | None): Public URL of a video of the person who speaks.
            audio_file (File | None): The speech, recorded.
            audio_url (str | None): Public URL of the recorded speech.
            prompt (str | None): The speech as text, spoken by `voice`; needed when no audio is given. Default: "".
            option (VideoLipSyncOption | str | None): Lip-sync model; `AutoLipSync` picks one for the input. Default: "AutoLipSync".
            voice (NarratorVoice | str | None): Text-to-speech voice. Default: "Rachel".
    """

    image_file: File | None = None
    image_url: str | None = None
    video_file: File | None = None
    video_url: str | None = None
    audio_file: File | None = None
    audio_url: str | None = None
    prompt: str | None = None
    option: VideoLipSyncOption | str | None = None
    voice: NarratorVoice | str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "image_file",
        "image_url",
        "video_file",
        "video_url",
        "audio_file",
        "audio_url",
        "prompt",
        "option",
        "voice",
    )
    _KEYS = frozenset(
        (
            "image_file",
            "image_url",
            "video_file",
            "video_url",
            "audio_file",
            "audio_url",
            "prompt",
            "option",
            "voice",
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
        if self.image_file is not None:
            field_dict["image_file"] = wire(self.image_file)
        if self.image_url is not None:
            field_dict["image_url"] = wire(self.image_url)
        if self.video_file is not None:
            field_dict["video_file"] = wire(self.video_file)
        if self.video_url is not None:
            field_dict["video_url"] = wire(self.video_url)
        if self.audio_file is not None:
            field_dict["audio_file"] = wire(self.audio_file)
        if self.audio_url is not None:
            field_dict["audio_url"] = wire(self.audio_url)
        if self.prompt is not None:
            field_dict["prompt"] = wire(self.prompt)
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.voice is not None:
            field_dict["voice"] = wire(self.voice)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.image_file is not None:
            files.append(("image_file", self.image_file.to_tuple()))
        if self.image_url is not None:
            files.append(("image_url", (None, form_text(self.image_url).encode(), "text/plain")))
        if self.video_file is not None:
            files.append(("video_file", self.video_file.to_tuple()))
        if self.video_url is not None:
            files.append(("video_url", (None, form_text(self.video_url).encode(), "text/plain")))
        if self.audio_file is not None:
            files.append(("audio_file", self.audio_file.to_tuple()))
        if self.audio_url is not None:
            files.append(("audio_url", (None, form_text(self.audio_url).encode(), "text/plain")))
        if self.prompt is not None:
            files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
        if self.option is not None:
            files.append(("option", (None, form_text(self.option).encode(), "text/plain")))
        if self.voice is not None:
            files.append(("voice", (None, form_text(self.voice).encode(), "text/plain")))
        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.image_file = g("image_file")
        obj.image_url = v if (v := g("image_url")).__class__ is str or v is None else read_str(v)
        obj.video_file = g("video_file")
        obj.video_url = v if (v := g("video_url")).__class__ is str or v is None else read_str(v)
        obj.audio_file = g("audio_file")
        obj.audio_url = v if (v := g("audio_url")).__class__ is str or v is None else read_str(v)
        obj.prompt = v if (v := g("prompt")).__class__ is str or v is None else read_str(v)
        obj.option = read_enum(VideoLipSyncOption, g("option"))
        obj.voice = read_enum(NarratorVoice, g("voice"))
        obj._raw = src_dict
        return obj
