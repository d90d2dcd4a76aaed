from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.image_face_swap_option import ImageFaceSwapOption
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
class ImageFaceSwapRequest:
    """Body of `swapImageFaces`. Give `image_files` or `image_urls`: the target image first,
    then one image per replacement face.

        Attributes:
            image_files (list[File] | None): The target image, then the face images.
            image_urls (list[str] | None): Public URLs of the target image, then of the face images.
            option (ImageFaceSwapOption | str | None): Face swap method. Default: "MagicFaceSwap".
            face_only_mode (bool | None): Swap the face only, not the whole head. Default: true.
            multi_face_mode (bool | None): Swap several faces of the target. Default: true.
            order_indices (list[int] | None): For each face image in turn, the index (0 = leftmost) of the target face it
                replaces; e.g. `[2, 0]`.
            async_mode (bool | None): Answer at once with the asset still processing; poll `getAsset`. Default: false.
            webhook_url (str | None): Notified by POST when the asset is finished.
    """

    image_files: list[File] | None = None
    image_urls: list[str] | None = None
    option: ImageFaceSwapOption | str | None = None
    face_only_mode: bool | None = None
    multi_face_mode: bool | None = None
    order_indices: list[int] | None = None
    async_mode: bool | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "image_files",
        "image_urls",
        "option",
        "face_only_mode",
        "multi_face_mode",
        "order_indices",
        "async_mode",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "image_files",
            "image_urls",
            "option",
            "face_only_mode",
            "multi_face_mode",
            "order_indices",
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
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.face_only_mode is not None:
            field_dict["face_only_mode"] = wire(self.face_only_mode)
        if self.multi_face_mode is not None:
            field_dict["multi_face_mode"] = wire(self.multi_face_mode)
        if self.order_indices is not None:
            field_dict["order_indices"] = wire(self.order_indices)
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
        if self.option is not None:
            files.append(("option", (None, form_text(self.option).encode(), "text/plain")))
        if self.face_only_mode is not None:
            files.append(("face_only_mode", (None, form_text(self.face_only_mode).encode(), "text/plain")))
        if self.multi_face_mode is not None:
            files.append(("multi_face_mode", (None, form_text(self.multi_face_mode).encode(), "text/plain")))
        if self.order_indices is not None:
            for item in self.order_indices:
                files.append(("order_indices", (None, form_text(item).encode(), "text/plain")))
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
        obj.option = read_enum(ImageFaceSwapOption, g("option"))
        obj.face_only_mode = v if (v := g("face_only_mode")).__class__ is bool or v is None else read_bool(v)
        obj.multi_face_mode = v if (v := g("multi_face_mode")).__class__ is bool or v is None else read_bool(v)
        obj.order_indices = read_list(g("order_indices"), read_int)
        obj.async_mode = v if (v := g("async_mode")).__class__ is bool or v is None else read_bool(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
