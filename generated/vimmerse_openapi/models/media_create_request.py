from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.aspect_ratio import AspectRatio
from ..models.camera_control import CameraControl
from ..models.motion_type import MotionType
from ..models.try_on_model import TryOnModel
from ..models.visibility_status import VisibilityStatus
from ..types import (
    File,
    form_text,
    model_repr,
    read_bool,
    read_enum,
    read_int,
    read_list,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class MediaCreateRequest:
    """Body of `createMedia`. Give at least one of `prompt`, `image_files`, `image_urls`, `media_items`.

    Attributes:
        title (str | None): Default: "".
        description (str | None): Default: "".
        visibility_status (VisibilityStatus | str | None): `"0"` private, `"1"` unlisted, `"2"` public. Default: "1".
        image_files (list[File] | None): One image (animated) or two (first and last frame). Deprecated in favour of `media_items`.
        image_urls (list[str] | None): Public image URLs; ignored when `image_files` are given. Deprecated in favour of `media_items`.
        media_items (str | None): JSON array of `MediaItem`; when given, `image_files` and `image_urls` are ignored.
        prompt (str | None): What to generate; required when no image is given. Default: "".
        motion_type (MotionType | str | None): AI model that animates a media. `Auto` picks one. Default: "Auto".
        camera_control (CameraControl | str | None): Camera movement. `""` (the default) lets the model choose. Default: "".
        quantity (int | None): Number of variations. Default: 1.
        duration (int | None): Seconds. Default: 5.
        loop (int | None): Repetitions of the motion; ignored with narration. Default: 1.
        audio_option (str | None): JSON object `MediaAudioOption`.
        character_animate (bool | None): Animate the characters of uploaded videos. Default: false.
        model (TryOnModel | str | None): Model for try-on videos.
        aspect_ratio (AspectRatio | str | None): Width:height of the video.
        webhook_url (str | None): Receives `MediaWebhookPayload` (a POST) when the job ends; the endpoint must answer
            2xx within 10 seconds.
    """

    title: str | None = None
    description: str | None = None
    visibility_status: VisibilityStatus | str | None = None
    image_files: list[File] | None = None
    image_urls: list[str] | None = None
    media_items: str | None = None
    prompt: str | None = None
    motion_type: MotionType | str | None = None
    camera_control: CameraControl | str | None = None
    quantity: int | None = None
    duration: int | None = None
    loop: int | None = None
    audio_option: str | None = None
    character_animate: bool | None = None
    model: TryOnModel | str | None = None
    aspect_ratio: AspectRatio | str | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "title",
        "description",
        "visibility_status",
        "image_files",
        "image_urls",
        "media_items",
        "prompt",
        "motion_type",
        "camera_control",
        "quantity",
        "duration",
        "loop",
        "audio_option",
        "character_animate",
        "model",
        "aspect_ratio",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "title",
            "description",
            "visibility_status",
            "image_files",
            "image_urls",
            "media_items",
            "prompt",
            "motion_type",
            "camera_control",
            "quantity",
            "duration",
            "loop",
            "audio_option",
            "character_animate",
            "model",
            "aspect_ratio",
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
        if self.title is not None:
            field_dict["title"] = wire(self.title)
        if self.description is not None:
            field_dict["description"] = wire(self.description)
        if self.visibility_status is not None:
            field_dict["visibility_status"] = wire(self.visibility_status)
        if self.image_files is not None:
            field_dict["image_files"] = wire(self.image_files)
        if self.image_urls is not None:
            field_dict["image_urls"] = wire(self.image_urls)
        if self.media_items is not None:
            field_dict["media_items"] = wire(self.media_items)
        if self.prompt is not None:
            field_dict["prompt"] = wire(self.prompt)
        if self.motion_type is not None:
            field_dict["motion_type"] = wire(self.motion_type)
        if self.camera_control is not None:
            field_dict["camera_control"] = wire(self.camera_control)
        if self.quantity is not None:
            field_dict["quantity"] = wire(self.quantity)
        if self.duration is not None:
            field_dict["duration"] = wire(self.duration)
        if self.loop is not None:
            field_dict["loop"] = wire(self.loop)
        if self.audio_option is not None:
            field_dict["audio_option"] = wire(self.audio_option)
        if self.character_animate is not None:
            field_dict["character_animate"] = wire(self.character_animate)
        if self.model is not None:
            field_dict["model"] = wire(self.model)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.title is not None:
            files.append(("title", (None, form_text(self.title).encode(), "text/plain")))
        if self.description is not None:
            files.append(("description", (None, form_text(self.description).encode(), "text/plain")))
        if self.visibility_status is not None:
            files.append(("visibility_status", (None, form_text(self.visibility_status).encode(), "text/plain")))
        if self.image_files is not None:
            for item in self.image_files:
                files.append(("image_files", item.to_tuple()))
        if self.image_urls is not None:
            for item in self.image_urls:
                files.append(("image_urls", (None, form_text(item).encode(), "text/plain")))
        if self.media_items is not None:
            files.append(("media_items", (None, form_text(self.media_items).encode(), "text/plain")))
        if self.prompt is not None:
            files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
        if self.motion_type is not None:
            files.append(("motion_type", (None, form_text(self.motion_type).encode(), "text/plain")))
        if self.camera_control is not None:
            files.append(("camera_control", (None, form_text(self.camera_control).encode(), "text/plain")))
        if self.quantity is not None:
            files.append(("quantity", (None, form_text(self.quantity).encode(), "text/plain")))
        if self.duration is not None:
            files.append(("duration", (None, form_text(self.duration).encode(), "text/plain")))
        if self.loop is not None:
            files.append(("loop", (None, form_text(self.loop).encode(), "text/plain")))
        if self.audio_option is not None:
            files.append(("audio_option", (None, form_text(self.audio_option).encode(), "text/plain")))
        if self.character_animate is not None:
            files.append(("character_animate", (None, form_text(self.character_animate).encode(), "text/plain")))
        if self.model is not None:
            files.append(("model", (None, form_text(self.model).encode(), "text/plain")))
        if self.aspect_ratio is not None:
            files.append(("aspect_ratio", (None, form_text(self.aspect_ratio).encode(), "text/plain")))
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
        obj.title = v if (v := g("title")).__class__ is str or v is None else read_str(v)
        obj.description = v if (v := g("description")).__class__ is str or v is None else read_str(v)
        obj.visibility_status = read_enum(VisibilityStatus, g("visibility_status"))
        obj.image_files = read_list(g("image_files"), _identity)
        obj.image_urls = read_list(g("image_urls"), read_str)
        obj.media_items = v if (v := g("media_items")).__class__ is str or v is None else read_str(v)
        obj.prompt = v if (v := g("prompt")).__class__ is str or v is None else read_str(v)
        obj.motion_type = read_enum(MotionType, g("motion_type"))
        obj.camera_control = read_enum(CameraControl, g("camera_control"))
        obj.quantity = v if (v := g("quantity")).__class__ is int or v is None else read_int(v)
        obj.duration = v if (v := g("duration")).__class__ is int or v is None else read_int(v)
        obj.loop = v if (v := g("loop")).__class__ is int or v is None else read_int(v)
        obj.audio_option = v if (v := g("audio_option")).__class__ is str or v is None else read_str(v)
        obj.character_animate = v if (v := g("character_animate")).__class__ is bool or v is None else read_bool(v)
        obj.model = read_enum(TryOnModel, g("model"))
        obj.aspect_ratio = read_enum(AspectRatio, g("aspect_ratio"))
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
