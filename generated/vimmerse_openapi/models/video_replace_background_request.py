from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.video_overlay_alignment import VideoOverlayAlignment
from ..types import (
    File,
    form_text,
    model_repr,
    read_bool,
    read_enum,
    read_int,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class VideoReplaceBackgroundRequest:
    """Body of `replaceVideoBackground`. Give `video_file` or `video_url`, and a background
    video or image.

        Attributes:
            video_file (File | None): The video whose background is replaced.
            video_url (str | None): Public URL of the video; ignored with `video_file`.
            bg_image_file (File | None): The new background, an image.
            bg_image_url (str | None): Public URL of the background image.
            bg_video_file (File | None): The new background, a video.
            bg_video_url (str | None): Public URL of the background video.
            chroma_key_color (str | None): `origin`: find the foreground by AI masking. An HTML colour (`#00FF00` green,
                `#FFFFFF` white, `#000000` black): key out that colour instead. Default: "origin".
            chroma_tolerance (str | None): How far a colour may be from `chroma_key_color` and still be keyed out, a decimal from 0 to 1 as
                text. Default: "0.1".
            overlay_scale (str | None): Size of the foreground relative to the background, a decimal from 0 to 1 as text. Default: "0.6666".
            alignment (VideoOverlayAlignment | str | None): Where the foreground sits on the new background. Default: "center".
            start_time (str | None): Second of the background video at which the overlay starts (a non-negative decimal as text). Default: "0".
            crop_to_content (bool | None): Crop the foreground video to its content. Default: true.
            x_offset (int | None): Horizontal shift of the foreground, in pixels. Default: 0.
            y_offset (int | None): Vertical shift of the foreground, in pixels. Default: 0.
            webhook_url (str | None): Notified when the asset is finished.
    """

    video_file: File | None = None
    video_url: str | None = None
    bg_image_file: File | None = None
    bg_image_url: str | None = None
    bg_video_file: File | None = None
    bg_video_url: str | None = None
    chroma_key_color: str | None = None
    chroma_tolerance: str | None = None
    overlay_scale: str | None = None
    alignment: VideoOverlayAlignment | str | None = None
    start_time: str | None = None
    crop_to_content: bool | None = None
    x_offset: int | None = None
    y_offset: int | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "video_file",
        "video_url",
        "bg_image_file",
        "bg_image_url",
        "bg_video_file",
        "bg_video_url",
        "chroma_key_color",
        "chroma_tolerance",
        "overlay_scale",
        "alignment",
        "start_time",
        "crop_to_content",
        "x_offset",
        "y_offset",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "video_file",
            "video_url",
            "bg_image_file",
            "bg_image_url",
            "bg_video_file",
            "bg_video_url",
            "chroma_key_color",
            "chroma_tolerance",
            "overlay_scale",
            "alignment",
            "start_time",
            "crop_to_content",
            "x_offset",
            "y_offset",
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
        if self.bg_image_file is not None:
            field_dict["bg_image_file"] = wire(self.bg_image_file)
        if self.bg_image_url is not None:
            field_dict["bg_image_url"] = wire(self.bg_image_url)
        if self.bg_video_file is not None:
            field_dict["bg_video_file"] = wire(self.bg_video_file)
        if self.bg_video_url is not None:
            field_dict["bg_video_url"] = wire(self.bg_video_url)
        if self.chroma_key_color is not None:
            field_dict["chroma_key_color"] = wire(self.chroma_key_color)
        if self.chroma_tolerance is not None:
            field_dict["chroma_tolerance"] = wire(self.chroma_tolerance)
        if self.overlay_scale is not None:
            field_dict["overlay_scale"] = wire(self.overlay_scale)
        if self.alignment is not None:
            field_dict["alignment"] = wire(self.alignment)
        if self.start_time is not None:
            field_dict["start_time"] = wire(self.start_time)
        if self.crop_to_content is not None:
            field_dict["crop_to_content"] = wire(self.crop_to_content)
        if self.x_offset is not None:
            field_dict["x_offset"] = wire(self.x_offset)
        if self.y_offset is not None:
            field_dict["y_offset"] = wire(self.y_offset)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.video_file is not None:
            files.append(("video_file", self.video_file.to_tuple()))
        if self.video_url is not None:
            files.append(("video_url", (None, form_text(self.video_url).encode(), "text/plain")))
        if self.bg_image_file is not None:
            files.append(("bg_image_file", self.bg_image_file.to_tuple()))
        if self.bg_image_url is not None:
            files.append(("bg_image_url", (None, form_text(self.bg_image_url).encode(), "text/plain")))
        if self.bg_video_file is not None:
            files.append(("bg_video_file", self.bg_video_file.to_tuple()))
        if self.bg_video_url is not None:
            files.append(("bg_video_url", (None, form_text(self.bg_video_url).encode(), "text/plain")))
        if self.chroma_key_color is not None:
            files.append(("chroma_key_color", (None, form_text(self.chroma_key_color).encode(), "text/plain")))
        if self.chroma_tolerance is not None:
            files.append(("chroma_tolerance", (None, form_text(self.chroma_tolerance).encode(), "text/plain")))
        if self.overlay_scale is not None:
            files.append(("overlay_scale", (None, form_text(self.overlay_scale).encode(), "text/plain")))
        if self.alignment is not None:
            files.append(("alignment", (None, form_text(self.alignment).encode(), "text/plain")))
        if self.start_time is not None:
            files.append(("start_time", (None, form_text(self.start_time).encode(), "text/plain")))
        if self.crop_to_content is not None:
            files.append(("crop_to_content", (None, form_text(self.crop_to_content).encode(), "text/plain")))
        if self.x_offset is not None:
            files.append(("x_offset", (None, form_text(self.x_offset).encode(), "text/plain")))
        if self.y_offset is not None:
            files.append(("y_offset", (None, form_text(self.y_offset).encode(), "text/plain")))
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
        obj.bg_image_file = g("bg_image_file")
        obj.bg_image_url = v if (v := g("bg_image_url")).__class__ is str or v is None else read_str(v)
        obj.bg_video_file = g("bg_video_file")
        obj.bg_video_url = v if (v := g("bg_video_url")).__class__ is str or v is None else read_str(v)
        obj.chroma_key_color = v if (v := g("chroma_key_color")).__class__ is str or v is None else read_str(v)
        obj.chroma_tolerance = v if (v := g("chroma_tolerance")).__class__ is str or v is None else read_str(v)
        obj.overlay_scale = v if (v := g("overlay_scale")).__class__ is str or v is None else read_str(v)
        obj.alignment = read_enum(VideoOverlayAlignment, g("alignment"))
        obj.start_time = v if (v := g("start_time")).__class__ is str or v is None else read_str(v)
        obj.crop_to_content = v if (v := g("crop_to_content")).__class__ is bool or v is None else read_bool(v)
        obj.x_offset = v if (v := g("x_offset")).__class__ is int or v is None else read_int(v)
        obj.y_offset = v if (v := g("y_offset")).__class__ is int or v is None else read_int(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
