from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..models.camera_control import CameraControl
from ..models.motion_type import MotionType
from ..models.try_on_model import TryOnModel
from ..models.visibility_status import VisibilityStatus
from ..types import (
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
class MediaUpdateRequest:
    """Body of `updateMedia` / `editMedia`. Metadata fields are free; the others
    regenerate the video and cost credits.

        Attributes:
            title (str | None):
            description (str | None):
            visibility_status (VisibilityStatus | str | None): `"0"` private, `"1"` unlisted, `"2"` public.
            rating (str | None): The user's rating, typically `"1"` to `"5"`; free text, as both sources type it.
            webhook_url (str | None): Free. The endpoint must answer 2xx within 10 seconds.
            media_items (str | None): JSON array of `MediaItem` (regenerates).
            prompt (str | None): Regenerates.
            motion_type (MotionType | str | None): AI model that animates a media. `Auto` picks one.
            camera_control (CameraControl | str | None): Camera movement. `""` (the default) lets the model choose.
            quantity (int | None): Regenerates (costs credits).
            duration (int | None): Regenerates (costs credits).
            loop (int | None): Regenerates (costs credits).
            audio_option (str | None): JSON object `MediaAudioOption` (regenerates).
            model (TryOnModel | str | None): Model for try-on videos.
            aspect_ratio (AspectRatio | str | None): Width:height of the video.
    """

    title: str | None = None
    description: str | None = None
    visibility_status: VisibilityStatus | str | None = None
    rating: str | None = None
    webhook_url: str | None = None
    media_items: str | None = None
    prompt: str | None = None
    motion_type: MotionType | str | None = None
    camera_control: CameraControl | str | None = None
    quantity: int | None = None
    duration: int | None = None
    loop: int | None = None
    audio_option: str | None = None
    model: TryOnModel | str | None = None
    aspect_ratio: AspectRatio | str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "title",
        "description",
        "visibility_status",
        "rating",
        "webhook_url",
        "media_items",
        "prompt",
        "motion_type",
        "camera_control",
        "quantity",
        "duration",
        "loop",
        "audio_option",
        "model",
        "aspect_ratio",
    )
    _KEYS = frozenset(
        (
            "title",
            "description",
            "visibility_status",
            "rating",
            "webhook_url",
            "media_items",
            "prompt",
            "motion_type",
            "camera_control",
            "quantity",
            "duration",
            "loop",
            "audio_option",
            "model",
            "aspect_ratio",
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
        if self.rating is not None:
            field_dict["rating"] = wire(self.rating)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
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
        if self.model is not None:
            field_dict["model"] = wire(self.model)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        return field_dict

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
        obj.rating = v if (v := g("rating")).__class__ is str or v is None else read_str(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj.media_items = v if (v := g("media_items")).__class__ is str or v is None else read_str(v)
        obj.prompt = v if (v := g("prompt")).__class__ is str or v is None else read_str(v)
        obj.motion_type = read_enum(MotionType, g("motion_type"))
        obj.camera_control = read_enum(CameraControl, g("camera_control"))
        obj.quantity = v if (v := g("quantity")).__class__ is int or v is None else read_int(v)
        obj.duration = v if (v := g("duration")).__class__ is int or v is None else read_int(v)
        obj.loop = v if (v := g("loop")).__class__ is int or v is None else read_int(v)
        obj.audio_option = v if (v := g("audio_option")).__class__ is str or v is None else read_str(v)
        obj.model = read_enum(TryOnModel, g("model"))
        obj.aspect_ratio = read_enum(AspectRatio, g("aspect_ratio"))
        obj._raw = src_dict
        return obj
