from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.image_aspect_ratio import ImageAspectRatio
from ..models.image_elements_option import ImageElementsOption
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
class ImageElementsRequest:
    """Body of `createImageFromElements`. Give `image_files` or `image_urls`; the first is the main image.

    Attributes:
        image_files (list[File] | None): The main image, then the reference images (the model's limit applies, see `option`).
        image_urls (list[str] | None): Public URLs of the main image, then the reference images.
        prompt (str | None): What to add, remove or replace. Default: "".
        option (ImageElementsOption | str | None): Model of `createImageFromElements`, with its maximum number of images: `FluxKontextPro`
            4, `Seedream` 6, `FluxPro` 8, `GPTImage`, `NanoBanana` and `NanoBananaPro` 10. Default: "FluxPro".
        aspect_ratio (ImageAspectRatio | str | None): Width:height of a generated image. Default: "16:9".
        quantity (int | None): Number of images. Default: 1.
        enhance_image (bool | None): Apply 1x super-resolution in post-processing. Default: false.
        swap_faces (bool | None): Swap the original faces back onto the result. Default: false.
        async_mode (bool | None): Answer at once with the asset still processing; poll `getAsset`. Default: false.
        webhook_url (str | None): Notified by POST when the asset is finished.
    """

    image_files: list[File] | None = None
    image_urls: list[str] | None = None
    prompt: str | None = None
    option: ImageElementsOption | str | None = None
    aspect_ratio: ImageAspectRatio | str | None = None
    quantity: int | None = None
    enhance_image: bool | None = None
    swap_faces: bool | None = None
    async_mode: bool | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "image_files",
        "image_urls",
        "prompt",
        "option",
        "aspect_ratio",
        "quantity",
        "enhance_image",
        "swap_faces",
        "async_mode",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "image_files",
            "image_urls",
            "prompt",
            "option",
            "aspect_ratio",
            "quantity",
            "enhance_image",
            "swap_faces",
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
        if self.image_files is not None:
            field_dict["image_files"] = wire(self.image_files)
        if self.image_urls is not None:
            field_dict["image_urls"] = wire(self.image_urls)
        if self.prompt is not None:
            field_dict["prompt"] = wire(self.prompt)
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.quantity is not None:
            field_dict["quantity"] = wire(self.quantity)
        if self.enhance_image is not None:
            field_dict["enhance_image"] = wire(self.enhance_image)
        if self.swap_faces is not None:
            field_dict["swap_faces"] = wire(self.swap_faces)
        if self.async_mode is not None:
            field_dict["async_mode"] = wire(self.async_mode)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.image_files is not None:
            for item in self.image_files:
                files.append(("image_files", item.to_tuple()))
        if self.image_urls is not None:
            for item in self.image_urls:
                files.append(("image_urls", (None, form_text(item).encode(), "text/plain")))
        if self.prompt is not None:
            files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
        if self.option is not None:
            files.append(("option", (None, form_text(self.option).encode(), "text/plain")))
        if self.aspect_ratio is not None:
            files.append(("aspect_ratio", (None, form_text(self.aspect_ratio).encode(), "text/plain")))
        if self.quantity is not None:
            files.append(("quantity", (None, form_text(self.quantity).encode(), "text/plain")))
        if self.enhance_image is not None:
            files.append(("enhance_image", (None, form_text(self.enhance_image).encode(), "text/plain")))
        if self.swap_faces is not None:
            files.append(("swap_faces", (None, form_text(self.swap_faces).encode(), "text/plain")))
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
        obj.image_files = read_list(g("image_files"), _identity)
        obj.image_urls = read_list(g("image_urls"), read_str)
        obj.prompt = v if (v := g("prompt")).__class__ is str or v is None else read_str(v)
        obj.option = read_enum(ImageElementsOption, g("option"))
        obj.aspect_ratio = read_enum(ImageAspectRatio, g("aspect_ratio"))
        obj.quantity = v if (v := g("quantity")).__class__ is int or v is None else read_int(v)
        obj.enhance_image = v if (v := g("enhance_image")).__class__ is bool or v is None else read_bool(v)
        obj.swap_faces = v if (v := g("swap_faces")).__class__ is bool or v is None else read_bool(v)
        obj.async_mode = v if (v := g("async_mode")).__class__ is bool or v is None else read_bool(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
