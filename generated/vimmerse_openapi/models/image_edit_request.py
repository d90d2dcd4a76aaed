from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.aspect_ratio import AspectRatio
from ..models.image_edit_option import ImageEditOption
from ..models.image_expand_direction import ImageExpandDirection
from ..models.image_expand_method import ImageExpandMethod
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
class ImageEditRequest:
    """Body of `editImage`. Give `image_file` or `image_url`; `Inpaint` also needs a mask
    (`mask_file` or `mask_url`) and a `prompt`.

        Attributes:
            image_file (File | None): The base image.
            image_url (str | None): Public URL of the base image.
            mask_file (File | None): `Inpaint` mask: white areas are regenerated.
            mask_url (str | None): Public URL of the `Inpaint` mask.
            option (ImageEditOption | str | None): `RemoveText` removes text, `Upscale` raises the resolution (up to 4x), `LumaReframe`
                reframes by `reframe_parameters`, `Inpaint` fills a mask as the prompt says,
                `ExpandToAspectRatio` extends the image to an aspect ratio. Default: "RemoveText".
            prompt (str | None): What to generate in the masked areas (`Inpaint`). Default: "".
            aspect_ratio (AspectRatio | str | None): Width:height of the video. Default: "16:9".
            expand_method (ImageExpandMethod | str | None): How `ExpandToAspectRatio` fills the new area; `Outpaint` generates it, `Pad` pads it. Default: "Outpaint".
            expand_direction (ImageExpandDirection | str | None): Where `ExpandToAspectRatio` adds the new area relative to the image. Default: "center".
            reframe_parameters (str | None): JSON object `ImageReframeParameters` (`LumaReframe`).
            quantity (int | None): Number of variations (`Inpaint`). Default: 1.
            async_mode (bool | None): Answer at once with the asset still processing; poll `getAsset`. Default: false.
            webhook_url (str | None): Notified by POST when the asset is finished.
    """

    image_file: File | None = None
    image_url: str | None = None
    mask_file: File | None = None
    mask_url: str | None = None
    option: ImageEditOption | str | None = None
    prompt: str | None = None
    aspect_ratio: AspectRatio | str | None = None
    expand_method: ImageExpandMethod | str | None = None
    expand_direction: ImageExpandDirection | str | None = None
    reframe_parameters: str | None = None
    quantity: int | None = None
    async_mode: bool | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "image_file",
        "image_url",
        "mask_file",
        "mask_url",
        "option",
        "prompt",
        "aspect_ratio",
        "expand_method",
        "expand_direction",
        "reframe_parameters",
        "quantity",
        "async_mode",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "image_file",
            "image_url",
            "mask_file",
            "mask_url",
            "option",
            "prompt",
            "aspect_ratio",
            "expand_method",
            "expand_direction",
            "reframe_parameters",
            "quantity",
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
        if self.mask_file is not None:
            field_dict["mask_file"] = wire(self.mask_file)
        if self.mask_url is not None:
            field_dict["mask_url"] = wire(self.mask_url)
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.prompt is not None:
            field_dict["prompt"] = wire(self.prompt)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.expand_method is not None:
            field_dict["expand_method"] = wire(self.expand_method)
        if self.expand_direction is not None:
            field_dict["expand_direction"] = wire(self.expand_direction)
        if self.reframe_parameters is not None:
            field_dict["reframe_parameters"] = wire(self.reframe_parameters)
        if self.quantity is not None:
            field_dict["quantity"] = wire(self.quantity)
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
        if self.mask_file is not None:
            files.append(("mask_file", self.mask_file.to_tuple()))
        if self.mask_url is not None:
            files.append(("mask_url", (None, form_text(self.mask_url).encode(), "text/plain")))
        if self.option is not None:
            files.append(("option", (None, form_text(self.option).encode(), "text/plain")))
        if self.prompt is not None:
            files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
        if self.aspect_ratio is not None:
            files.append(("aspect_ratio", (None, form_text(self.aspect_ratio).encode(), "text/plain")))
        if self.expand_method is not None:
            files.append(("expand_method", (None, form_text(self.expand_method).encode(), "text/plain")))
        if self.expand_direction is not None:
            files.append(("expand_direction", (None, form_text(self.expand_direction).encode(), "text/plain")))
        if self.reframe_parameters is not None:
            files.append(("reframe_parameters", (None, form_text(self.reframe_parameters).encode(), "text/plain")))
        if self.quantity is not None:
            files.append(("quantity", (None, form_text(self.quantity).encode(), "text/plain")))
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
        obj.mask_file = g("mask_file")
        obj.mask_url = v if (v := g("mask_url")).__class__ is str or v is None else read_str(v)
        obj.option = read_enum(ImageEditOption, g("option"))
        obj.prompt = v if (v := g("prompt")).__class__ is str or v is None else read_str(v)
        obj.aspect_ratio = read_enum(AspectRatio, g("aspect_ratio"))
        obj.expand_method = read_enum(ImageExpandMethod, g("expand_method"))
        obj.expand_direction = read_enum(ImageExpandDirection, g("expand_direction"))
        obj.reframe_parameters = v if (v := g("reframe_parameters")).__class__ is str or v is None else read_str(v)
        obj.quantity = v if (v := g("quantity")).__class__ is int or v is None else read_int(v)
        obj.async_mode = v if (v := g("async_mode")).__class__ is bool or v is None else read_bool(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
