from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.video_audio_attach_mode import VideoAudioAttachMode
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
class VideoAttachAudioRequest:
    """Body of `attachAudioToVideo`. Give the video (`video_file` or `video_url`) and the
    audio (`audio_file` or `audio_url`).

        Attributes:
            video_file (File | None): The video.
            video_url (str | None): Public URL of the video; ignored with `video_file`.
            audio_file (File | None): The audio track (MP3, WAV).
            audio_url (str | None): Public URL of the audio track; ignored with `audio_file`.
            attach_mode (VideoAudioAttachMode | str | None): How audio and video lengths are matched: `MatchVideo` trims or loops the audio,
                `PadAudio` pads it with silence, `MatchAudio` trims the video, `SpeedAdjust` changes
                the video's speed, `Strict` requires equal lengths. Default: "MatchVideo".
            webhook_url (str | None): Notified when the asset is finished.
    """

    video_file: File | None = None
    video_url: str | None = None
    audio_file: File | None = None
    audio_url: str | None = None
    attach_mode: VideoAudioAttachMode | str | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "video_file",
        "video_url",
        "audio_file",
        "audio_url",
        "attach_mode",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "video_file",
            "video_url",
            "audio_file",
            "audio_url",
            "attach_mode",
            "webhook_url",
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
        if self.video_file is not None:
            field_dict["video_file"] = wire(self.video_file)
        if self.video_url is not None:
            field_dict["video_url"] = wire(self.video_url)
        if self.audio_file is not None:
            field_dict["audio_file"] = wire(self.audio_file)
        if self.audio_url is not None:
            field_dict["audio_url"] = wire(self.audio_url)
        if self.attach_mode is not None:
            field_dict["attach_mode"] = wire(self.attach_mode)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.video_file is not None:
            files.append(("video_file", self.video_file.to_tuple()))
        if self.video_url is not None:
            files.append(("video_url", (None, form_text(self.video_url).encode(), "text/plain")))
        if self.audio_file is not None:
            files.append(("audio_file", self.audio_file.to_tuple()))
        if self.audio_url is not None:
            files.append(("audio_url", (None, form_text(self.audio_url).encode(), "text/plain")))
        if self.attach_mode is not None:
            files.append(("attach_mode", (None, form_text(self.attach_mode).encode(), "text/plain")))
        if self.webhook_url is not None:
            files.append(("webhook_url", (None, form_text(self.webhook_url).encode(), "text/plain")))
        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.video_file = g("video_file")
        obj.video_url = v if (v := g("video_url")).__class__ is str or v is None else read_str(v)
        obj.audio_file = g("audio_file")
        obj.audio_url = v if (v := g("audio_url")).__class__ is str or v is None else read_str(v)
        obj.attach_mode = read_enum(VideoAudioAttachMode, g("attach_mode"))
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
