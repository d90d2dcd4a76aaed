from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.aspect_ratio import AspectRatio
from ..models.video_reference_option import VideoReferenceOption
from ..types import (
    File,
    form_text,
    model_repr,
    read_enum,
    read_int,
    read_list,
    read_str,
    required,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class VideoReferenceToVideoRequest:
    """Body of `createVideoFromReferences`. Give `prompt` and reference images:
    `image_files`, `image_urls` or `elements`.

        Attributes:
            prompt (str): The video to generate, featuring the elements.
            image_files (list[File] | None): Reference images, one per element.
            image_urls (list[str] | None): Public URLs of reference images, one per element.
            elements (list[str] | None): Elements, each one item: the JSON text of an array of up to 4 public image URLs of the
                same element, e.g. `["https://example.com/cat-front.png","https://example.com/cat-side.png"]`.
            option (VideoReferenceOption | str | None): Model of reference-to-video (the vendor lists these values as examples only). Default: "KlingO".
            aspect_ratio (AspectRatio | str | None): Width:height of the video. Default: "16:9".
            duration (int | None): Seconds. Default: 5.
            quantity (int | None): Number of variations. Default: 1.
            webhook_url (str | None): Notified when the asset is finished.
    """

    prompt: str
    image_files: list[File] | None = None
    image_urls: list[str] | None = None
    elements: list[str] | None = None
    option: VideoReferenceOption | str | None = None
    aspect_ratio: AspectRatio | str | None = None
    duration: int | None = None
    quantity: int | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "prompt",
        "image_files",
        "image_urls",
        "elements",
        "option",
        "aspect_ratio",
        "duration",
        "quantity",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "prompt",
            "image_files",
            "image_urls",
            "elements",
            "option",
            "aspect_ratio",
            "duration",
            "quantity",
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
        if self.image_files is not None:
            field_dict["image_files"] = wire(self.image_files)
        if self.image_urls is not None:
            field_dict["image_urls"] = wire(self.image_urls)
        if self.elements is not None:
            field_dict["elements"] = wire(self.elements)
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.duration is not None:
            field_dict["duration"] = wire(self.duration)
        if self.quantity is not None:
            field_dict["quantity"] = wire(self.quantity)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
        if self.image_files is not None:
            for item in self.image_files:
                files.append(("image_files", item.to_tuple()))
        if self.image_urls is not None:
            for item in self.image_urls:
                files.append(("image_urls", (None, form_text(item).encode(), "text/plain")))
        if self.elements is not None:
            for item in self.elements:
                files.append(("elements", (None, form_text(item).encode(), "text/plain")))
        if self.option is not None:
            files.append(("option", (None, form_text(self.option).encode(), "text/plain")))
        if self.aspect_ratio is not None:
            files.append(("aspect_ratio", (None, form_text(self.aspect_ratio).encode(), "text/plain")))
        if self.duration is not None:
            files.append(("duration", (None, form_text(self.duration).encode(), "text/plain")))
        if self.quantity is not None:
            files.append(("quantity", (None, form_text(self.quantity).encode(), "text/plain")))
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
            (v if (v := g("prompt")).__class__ is str or v is None else read_str(v)),
            "VideoReferenceToVideoRequest",
            "prompt",
        )
        obj.image_files = read_list(g("image_files"), _identity)
        obj.image_urls = read_list(g("image_urls"), read_str)
        obj.elements = read_list(g("elements"), read_str)
        obj.option = read_enum(VideoReferenceOption, g("option"))
        obj.aspect_ratio = read_enum(AspectRatio, g("aspect_ratio"))
        obj.duration = v if (v := g("duration")).__class__ is int or v is None else read_int(v)
        obj.quantity = v if (v := g("quantity")).__class__ is int or v is None else read_int(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
