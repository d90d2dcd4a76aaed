from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.image_restyle_style import ImageRestyleStyle
from ..types import (
    File,
    form_text,
    model_repr,
    read_bool,
    read_enum,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class ImageRestyleRequest:
    """Body of `restyleImage`. Give `image_file` or `image_url`.

    Attributes:
        image_file (File | None): The base image.
        image_url (str | None): Public URL of the base image.
        style (ImageRestyleStyle | str | None): Artistic style of `restyleImage`: `realistic_style` hyper-realistic, `anime_style`
            Japanese anime, `3d` three-dimensional rendering, `angel` ethereal, `japanese_comics`
            manga, `princess_style` fairytale princess, `dreamy` soft and dream-like, `ink_style`
            ink wash painting, `monets_garden` impressionist, `new_monet_garden` modern
            impressionist, `exquisite_comic` detailed comic art, `cyber_machinery` futuristic tech,
            `chinese_style` traditional Chinese painting, `romantic` soft and romantic, `ugly_clay`
            claymation, `cute_doll` doll-like, `3d_gaming` video game 3D, `animated_movie`
            animated film, `doll` character doll. Default: "anime_style".
        enhance_image (bool | None): Apply 1x super-resolution in post-processing. Default: false.
        async_mode (bool | None): Answer at once with the asset still processing; poll `getAsset`. Default: false.
        webhook_url (str | None): Notified by POST when the asset is finished.
    """

    image_file: File | None = None
    image_url: str | None = None
    style: ImageRestyleStyle | str | None = None
    enhance_image: bool | None = None
    async_mode: bool | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "image_file",
        "image_url",
        "style",
        "enhance_image",
        "async_mode",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "image_file",
            "image_url",
            "style",
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
        if self.style is not None:
            field_dict["style"] = wire(self.style)
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
        if self.style is not None:
            files.append(("style", (None, form_text(self.style).encode(), "text/plain")))
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
        obj.style = read_enum(ImageRestyleStyle, g("style"))
        obj.enhance_image = v if (v := g("enhance_image")).__class__ is bool or v is None else read_bool(v)
        obj.async_mode = v if (v := g("async_mode")).__class__ is bool or v is None else read_bool(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
