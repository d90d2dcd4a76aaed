from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.image_aspect_ratio import ImageAspectRatio
from ..models.image_to_image_option import ImageToImageOption
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
class ImageToImageRequest:
    """Body of `createImageFromImage`. Give `image_file` or `image_url`.

    Attributes:
        image_file (File | None): The source image.
        image_url (str | None): Public URL of the source image; used when no `image_file` is given.
        prompt (str | None): The change to make. `ReplaceWith`-style edits say "replace … with …", recolouring
            says "recolor … to …". Default: "".
        option (ImageToImageOption | str | None): Edit mode or model of `createImageFromImage`: `Remake` redesigns the image,
            `Restructure` changes its composition and keeps its style, `Sketch` draws it,
            `ImageUtilsDepth` makes a depth map, `Review` reviews it; the others are image models
            (`Auto` picks one). Default: "FluxKontextPro".
        aspect_ratio (ImageAspectRatio | str | None): Width:height of a generated image.
        creativity_strength (int | None): Higher values depart further from the source. Default: 5.
        quantity (int | None): Number of variations. Default: 1.
        enhance_image (bool | None): Apply 1x super-resolution in post-processing. Default: false.
        async_mode (bool | None): Answer at once with the asset still processing; poll `getAsset`. Default: false.
        webhook_url (str | None): Notified by POST when the asset is finished.
    """

    image_file: File | None = None
    image_url: str | None = None
    prompt: str | None = None
    option: ImageToImageOption | str | None = None
    aspect_ratio: ImageAspectRatio | str | None = None
    creativity_strength: int | None = None
    quantity: int | None = None
    enhance_image: bool | None = None
    async_mode: bool | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "image_file",
        "image_url",
        "prompt",
        "option",
        "aspect_ratio",
        "creativity_strength",
        "quantity",
        "enhance_image",
        "async_mode",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "image_file",
            "image_url",
            "prompt",
            "option",
            "aspect_ratio",
            "creativity_strength",
            "quantity",
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
        if self.image_file is not None:
            field_dict["image_file"] = wire(self.image_file)
        if self.image_url is not None:
            field_dict["image_url"] = wire(self.image_url)
        if self.prompt is not None:
            field_dict["prompt"] = wire(self.prompt)
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.creativity_strength is not None:
            field_dict["creativity_strength"] = wire(self.creativity_strength)
        if self.quantity is not None:
            field_dict["quantity"] = wire(self.quantity)
        if self.enhance_image is not None:
            field_dict["enhance_image"] = wire(self.enhance_image)
        if self.async_mode is not None:
            field_dict["async_mode"] = wire(self.async_mode)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.image_file is not None:
            files.append(("image_file", self.image_file.to_tuple()))
        if self.image_url is not None:
            files.append(("image_url", (None, form_text(self.image_url).encode(), "text/plain")))
        if self.prompt is not None:
            files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
        if self.option is not None:
            files.append(("option", (None, form_text(self.option).encode(), "text/plain")))
        if self.aspect_ratio is not None:
            files.append(("aspect_ratio", (None, form_text(self.aspect_ratio).encode(), "text/plain")))
        if self.creativity_strength is not None:
            files.append(("creativity_strength", (None, form_text(self.creativity_strength).encode(), "text/plain")))
        if self.quantity is not None:
            files.append(("quantity", (None, form_text(self.quantity).encode(), "text/plain")))
        if self.enhance_image is not None:
            files.append(("enhance_image", (None, form_text(self.enhance_image).encode(), "text/plain")))
        if self.async_mode is not None:
            files.append(("async_mode", (None, form_text(self.async_mode).encode(), "text/plain")))
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
        obj.image_file = g("image_file")
        obj.image_url = v if (v := g("image_url")).__class__ is str or v is None else read_str(v)
        obj.prompt = v if (v := g("prompt")).__class__ is str or v is None else read_str(v)
        obj.option = read_enum(ImageToImageOption, g("option"))
        obj.aspect_ratio = read_enum(ImageAspectRatio, g("aspect_ratio"))
        obj.creativity_strength = v if (v := g("creativity_strength")).__class__ is int or v is None else read_int(v)
        obj.quantity = v if (v := g("quantity")).__class__ is int or v is None else read_int(v)
        obj.enhance_image = v if (v := g("enhance_image")).__class__ is bool or v is None else read_bool(v)
        obj.async_mode = v if (v := g("async_mode")).__class__ is bool or v is None else read_bool(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
