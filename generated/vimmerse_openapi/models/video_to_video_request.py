from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.video_to_video_option import VideoToVideoOption
from ..types import (
    File,
    form_text,
    model_repr,
    read_enum,
    read_int,
    read_str,
    required,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class VideoToVideoRequest:
    """Body of `createVideoFromVideo`. Give `prompt`, the video (`video_file` or
    `video_url`) and a reference image (`image_file` or `image_url`).

        Attributes:
            prompt (str): What to change.
            video_file (File | None): The video to modify.
            video_url (str | None): Public URL of the video; ignored with `video_file`.
            image_file (File | None): Reference image for the modification.
            image_url (str | None): Public URL of the reference image; ignored with `image_file`.
            creativity_strength (int | None): Low stays close to the source video, high departs loosely from it. Default: 4.
            option (VideoToVideoOption | str | None): Model of video-to-video (the vendor lists these values as examples only). Default: "KlingO".
            webhook_url (str | None): Notified when the asset is finished.
    """

    prompt: str
    video_file: File | None = None
    video_url: str | None = None
    image_file: File | None = None
    image_url: str | None = None
    creativity_strength: int | None = None
    option: VideoToVideoOption | str | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "prompt",
        "video_file",
        "video_url",
        "image_file",
        "image_url",
        "creativity_strength",
        "option",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "prompt",
            "video_file",
            "video_url",
            "image_file",
            "image_url",
            "creativity_strength",
            "option",
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
        field_dict["prompt"] = wire(self.prompt)
        if self.video_file is not None:
            field_dict["video_file"] = wire(self.video_file)
        if self.video_url is not None:
            field_dict["video_url"] = wire(self.video_url)
        if self.image_file is not None:
            field_dict["image_file"] = wire(self.image_file)
        if self.image_url is not None:
            field_dict["image_url"] = wire(self.image_url)
        if self.creativity_strength is not None:
            field_dict["creativity_strength"] = wire(self.creativity_strength)
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
        if self.video_file is not None:
            files.append(("video_file", self.video_file.to_tuple()))
        if self.video_url is not None:
            files.append(("video_url", (None, form_text(self.video_url).encode(), "text/plain")))
        if self.image_file is not None:
            files.append(("image_file", self.image_file.to_tuple()))
        if self.image_url is not None:
            files.append(("image_url", (None, form_text(self.image_url).encode(), "text/plain")))
        if self.creativity_strength is not None:
            files.append(("creativity_strength", (None, form_text(self.creativity_strength).encode(), "text/plain")))
        if self.option is not None:
            files.append(("option", (None, form_text(self.option).encode(), "text/plain")))
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
        obj.prompt = required(
            (v if (v := g("prompt")).__class__ is str or v is None else read_str(v)), "VideoToVideoRequest", "prompt"
        )
        obj.video_file = g("video_file")
        obj.video_url = v if (v := g("video_url")).__class__ is str or v is None else read_str(v)
        obj.image_file = g("image_file")
        obj.image_url = v if (v := g("image_url")).__class__ is str or v is None else read_str(v)
        obj.creativity_strength = v if (v := g("creativity_strength")).__class__ is int or v is None else read_int(v)
        obj.option = read_enum(VideoToVideoOption, g("option"))
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
