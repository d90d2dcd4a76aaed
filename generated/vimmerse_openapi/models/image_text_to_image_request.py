from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_aspect_ratio import ImageAspectRatio
from ..models.image_generation_option import ImageGenerationOption
from ..types import (
    model_repr,
    read_bool,
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
class ImageTextToImageRequest:
    """Body of `createImageFromText`.

    Attributes:
        prompt (str): The image to generate; be specific about style, composition, colours and mood.
        quantity (int | None): Number of images. Default: 1.
        option (ImageGenerationOption | str | None): Image model for a story's element and scene images. Default: "Auto".
        aspect_ratio (ImageAspectRatio | str | None): Width:height of a generated image. Default: "16:9".
        creativity_strength (int | None): Higher values give more creative variations. Default: 5.
        enhance_image (bool | None): Apply 1x super-resolution in post-processing. Default: false.
        async_mode (bool | None): Answer at once with the asset still processing; poll `getAsset`. Default: false.
        webhook_url (str | None): Notified by POST when the asset is finished.
    """

    prompt: str
    quantity: int | None = None
    option: ImageGenerationOption | str | None = None
    aspect_ratio: ImageAspectRatio | str | None = None
    creativity_strength: int | None = None
    enhance_image: bool | None = None
    async_mode: bool | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "prompt",
        "quantity",
        "option",
        "aspect_ratio",
        "creativity_strength",
        "enhance_image",
        "async_mode",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "prompt",
            "quantity",
            "option",
            "aspect_ratio",
            "creativity_strength",
            "enhance_image",
            "async_mode",
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
        if self.quantity is not None:
            field_dict["quantity"] = wire(self.quantity)
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.creativity_strength is not None:
            field_dict["creativity_strength"] = wire(self.creativity_strength)
        if self.enhance_image is not None:
            field_dict["enhance_image"] = wire(self.enhance_image)
        if self.async_mode is not None:
            field_dict["async_mode"] = wire(self.async_mode)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.prompt = required(
            (v if (v := g("prompt")).__class__ is str or v is None else read_str(v)),
            "ImageTextToImageRequest",
            "prompt",
        )
        obj.quantity = v if (v := g("quantity")).__class__ is int or v is None else read_int(v)
        obj.option = read_enum(ImageGenerationOption, g("option"))
        obj.aspect_ratio = read_enum(ImageAspectRatio, g("aspect_ratio"))
        obj.creativity_strength = v if (v := g("creativity_strength")).__class__ is int or v is None else read_int(v)
        obj.enhance_image = v if (v := g("enhance_image")).__class__ is bool or v is None else read_bool(v)
        obj.async_mode = v if (v := g("async_mode")).__class__ is bool or v is None else read_bool(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
