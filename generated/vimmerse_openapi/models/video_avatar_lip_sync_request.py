from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.video_avatar_aspect_ratio import VideoAvatarAspectRatio
from ..models.video_show_caption import VideoShowCaption
from ..types import (
    File,
    form_text,
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
class VideoAvatarLipSyncRequest:
    """Body of `createAvatarLipSyncVideo`.

    Attributes:
        avatar_id (str): A stock avatar's id, from the vendor's avatar listing.
        voice_id (str): A voice's id, from the vendor's voice listing.
        prompt (str): What the avatar says.
        bg_image_file (File | None): Background image.
        bg_image_url (str | None): Public URL of a background image; ignored with `bg_image_file`.
        audio_file (File | None): Background music.
        audio_url (str | None): Public URL of background music; ignored with `audio_file`.
        aspect_ratio (VideoAvatarAspectRatio | str | None): Width:height of a talking-avatar video. Default: "16:9".
        show_caption (VideoShowCaption | str | None): Whether the spoken text is shown as captions. Default: "On".
        webhook_url (str | None): Notified when the asset is finished.
    """

    avatar_id: str
    voice_id: str
    prompt: str
    bg_image_file: File | None = None
    bg_image_url: str | None = None
    audio_file: File | None = None
    audio_url: str | None = None
    aspect_ratio: VideoAvatarAspectRatio | str | None = None
    show_caption: VideoShowCaption | str | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "avatar_id",
        "voice_id",
        "prompt",
        "bg_image_file",
        "bg_image_url",
        "audio_file",
        "audio_url",
        "aspect_ratio",
        "show_caption",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "avatar_id",
            "voice_id",
            "prompt",
            "bg_image_file",
            "bg_image_url",
            "audio_file",
            "audio_url",
            "aspect_ratio",
            "show_caption",
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
        field_dict["avatar_id"] = wire(self.avatar_id)
        field_dict["voice_id"] = wire(self.voice_id)
        field_dict["prompt"] = wire(self.prompt)
        if self.bg_image_file is not None:
            field_dict["bg_image_file"] = wire(self.bg_image_file)
        if self.bg_image_url is not None:
            field_dict["bg_image_url"] = wire(self.bg_image_url)
        if self.audio_file is not None:
            field_dict["audio_file"] = wire(self.audio_file)
        if self.audio_url is not None:
            field_dict["audio_url"] = wire(self.audio_url)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.show_caption is not None:
            field_dict["show_caption"] = wire(self.show_caption)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("avatar_id", (None, form_text(self.avatar_id).encode(), "text/plain")))
        files.append(("voice_id", (None, form_text(self.voice_id).encode(), "text/plain")))
        files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
        if self.bg_image_file is not None:
            files.append(("bg_image_file", self.bg_image_file.to_tuple()))
        if self.bg_image_url is not None:
            files.append(("bg_image_url", (None, form_text(self.bg_image_url).encode(), "text/plain")))
        if self.audio_file is not None:
            files.append(("audio_file", self.audio_file.to_tuple()))
        if self.audio_url is not None:
            files.append(("audio_url", (None, form_text(self.audio_url).encode(), "text/plain")))
        if self.aspect_ratio is not None:
            files.append(("aspect_ratio", (None, form_text(self.aspect_ratio).encode(), "text/plain")))
        if self.show_caption is not None:
            files.append(("show_caption", (None, form_text(self.show_caption).encode(), "text/plain")))
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
        obj.avatar_id = required(
            (v if (v := g("avatar_id")).__class__ is str or v is None else read_str(v)),
            "VideoAvatarLipSyncRequest",
            "avatar_id",
        )
        obj.voice_id = required(
            (v if (v := g("voice_id")).__class__ is str or v is None else read_str(v)),
            "VideoAvatarLipSyncRequest",
            "voice_id",
        )
        obj.prompt = required(
            (v if (v := g("prompt")).__class__ is str or v is None else read_str(v)),
            "VideoAvatarLipSyncRequest",
            "prompt",
        )
        obj.bg_image_file = g("bg_image_file")
        obj.bg_image_url = v if (v := g("bg_image_url")).__class__ is str or v is None else read_str(v)
        obj.audio_file = g("audio_file")
        obj.audio_url = v if (v := g("audio_url")).__class__ is str or v is None else read_str(v)
        obj.aspect_ratio = read_enum(VideoAvatarAspectRatio, g("aspect_ratio"))
        obj.show_caption = read_enum(VideoShowCaption, g("show_caption"))
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
