from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.image_try_on_option import ImageTryOnOption
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
class ImageTryOnRequest:
    """Body of `createImageTryOn`. Give the person (`human_image_file` or `human_image_url`)
    and the garment (`clothes_image_file` or `clothes_image_url`).

        Attributes:
            human_image_file (File | None): The person, standing and facing forward.
            human_image_url (str | None): Public URL of the person's image.
            clothes_image_file (File | None): The garment, on a plain background.
            clothes_image_url (str | None): Public URL of the garment's image.
            option (ImageTryOnOption | str | None): Virtual try-on model of `createImageTryOn`. Default: "KlingTryOn".
            async_mode (bool | None): Answer at once with the asset still processing; poll `getAsset`. Default: false.
            webhook_url (str | None): Notified by POST when the asset is finished.
    """

    human_image_file: File | None = None
    human_image_url: str | None = None
    clothes_image_file: File | None = None
    clothes_image_url: str | None = None
    option: ImageTryOnOption | str | None = None
    async_mode: bool | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "human_image_file",
        "human_image_url",
        "clothes_image_file",
        "clothes_image_url",
        "option",
        "async_mode",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "human_image_file",
            "human_image_url",
            "clothes_image_file",
            "clothes_image_url",
            "option",
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
        if self.human_image_file is not None:
            field_dict["human_image_file"] = wire(self.human_image_file)
        if self.human_image_url is not None:
            field_dict["human_image_url"] = wire(self.human_image_url)
        if self.clothes_image_file is not None:
            field_dict["clothes_image_file"] = wire(self.clothes_image_file)
        if self.clothes_image_url is not None:
            field_dict["clothes_image_url"] = wire(self.clothes_image_url)
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.async_mode is not None:
            field_dict["async_mode"] = wire(self.async_mode)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.human_image_file is not None:
            files.append(("human_image_file", self.human_image_file.to_tuple()))
        if self.human_image_url is not None:
            files.append(("human_image_url", (None, form_text(self.human_image_url).encode(), "text/plain")))
        if self.clothes_image_file is not None:
            files.append(("clothes_image_file", self.clothes_image_file.to_tuple()))
        if self.clothes_image_url is not None:
            files.append(("clothes_image_url", (None, form_text(self.clothes_image_url).encode(), "text/plain")))
        if self.option is not None:
            files.append(("option", (None, form_text(self.option).encode(), "text/plain")))
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
        obj.human_image_file = g("human_image_file")
        obj.human_image_url = v if (v := g("human_image_url")).__class__ is str or v is None else read_str(v)
        obj.clothes_image_file = g("clothes_image_file")
        obj.clothes_image_url = v if (v := g("clothes_image_url")).__class__ is str or v is None else read_str(v)
        obj.option = read_enum(ImageTryOnOption, g("option"))
        obj.async_mode = v if (v := g("async_mode")).__class__ is bool or v is None else read_bool(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
