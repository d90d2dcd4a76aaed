from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.video_target_aspect_ratio import VideoTargetAspectRatio
from ..types import (
    File,
    form_text,
    model_repr,
    read_enum,
    read_int,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class VideoReframeRequest:
    """Body of `reframeVideo`. Give `video_file` or `video_url`.

    Attributes:
        video_file (File | None): The input video.
        video_url (str | None): Public URL of the input video; ignored with `video_file`.
        aspect_ratio (VideoTargetAspectRatio | str | None): Width:height a video is cropped or reframed to. Default: "16:9".
        prompt (str | None): Guidance for the reframing, e.g. `Keep the main subject centered and visible`. Default: "Make it realistic".
        grid_position_x (int | None): Horizontal grid position of the source in the new frame.
        grid_position_y (int | None): Vertical grid position of the source in the new frame.
        x_start (int | None): Horizontal start position of the source in the new frame, in pixels.
        x_end (int | None): Horizontal end position of the source in the new frame, in pixels.
        y_start (int | None): Vertical start position of the source in the new frame, in pixels.
        y_end (int | None): Vertical end position of the source in the new frame, in pixels.
        webhook_url (str | None): Notified when the asset is finished.
    """

    video_file: File | None = None
    video_url: str | None = None
    aspect_ratio: VideoTargetAspectRatio | str | None = None
    prompt: str | None = None
    grid_position_x: int | None = None
    grid_position_y: int | None = None
    x_start: int | None = None
    x_end: int | None = None
    y_start: int | None = None
    y_end: int | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "video_file",
        "video_url",
        "aspect_ratio",
        "prompt",
        "grid_position_x",
        "grid_position_y",
        "x_start",
        "x_end",
        "y_start",
        "y_end",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "video_file",
            "video_url",
            "aspect_ratio",
            "prompt",
            "grid_position_x",
            "grid_position_y",
            "x_start",
            "x_end",
            "y_start",
            "y_end",
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
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.prompt is not None:
            field_dict["prompt"] = wire(self.prompt)
        if self.grid_position_x is not None:
            field_dict["grid_position_x"] = wire(self.grid_position_x)
        if self.grid_position_y is not None:
            field_dict["grid_position_y"] = wire(self.grid_position_y)
        if self.x_start is not None:
            field_dict["x_start"] = wire(self.x_start)
        if self.x_end is not None:
            field_dict["x_end"] = wire(self.x_end)
        if self.y_start is not None:
            field_dict["y_start"] = wire(self.y_start)
        if self.y_end is not None:
            field_dict["y_end"] = wire(self.y_end)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.video_file is not None:
            files.append(("video_file", self.video_file.to_tuple()))
        if self.video_url is not None:
            files.append(("video_url", (None, form_text(self.video_url).encode(), "text/plain")))
        if self.aspect_ratio is not None:
            files.append(("aspect_ratio", (None, form_text(self.aspect_ratio).encode(), "text/plain")))
        if self.prompt is not None:
            files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
        if self.grid_position_x is not None:
            files.append(("grid_position_x", (None, form_text(self.grid_position_x).encode(), "text/plain")))
        if self.grid_position_y is not None:
            files.append(("grid_position_y", (None, form_text(self.grid_position_y).encode(), "text/plain")))
        if self.x_start is not None:
            files.append(("x_start", (None, form_text(self.x_start).encode(), "text/plain")))
        if self.x_end is not None:
            files.append(("x_end", (None, form_text(self.x_end).encode(), "text/plain")))
        if self.y_start is not None:
            files.append(("y_start", (None, form_text(self.y_start).encode(), "text/plain")))
        if self.y_end is not None:
            files.append(("y_end", (None, form_text(self.y_end).encode(), "text/plain")))
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
        obj.aspect_ratio = read_enum(VideoTargetAspectRatio, g("aspect_ratio"))
        obj.prompt = v if (v := g("prompt")).__class__ is str or v is None else read_str(v)
        obj.grid_position_x = v if (v := g("grid_position_x")).__class__ is int or v is None else read_int(v)
        obj.grid_position_y = v if (v := g("grid_position_y")).__class__ is int or v is None else read_int(v)
        obj.x_start = v if (v := g("x_start")).__class__ is int or v is None else read_int(v)
        obj.x_end = v if (v := g("x_end")).__class__ is int or v is None else read_int(v)
        obj.y_start = v if (v := g("y_start")).__class__ is int or v is None else read_int(v)
        obj.y_end = v if (v := g("y_end")).__class__ is int or v is None else read_int(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
