from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.video_effects_option import VideoEffectsOption
from ..types import (
    File,
    form_text,
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
class VideoEffectsRequest:
    """Body of `createVideoEffect`. Give `image_file` or `image_url`.

    Attributes:
        image_file (File | None): The base image (often a person).
        image_url (str | None): Public URL of the base image; ignored with `image_file`.
        ref_image_file (File | None): A second image some effects use (e.g. the other person of a hug).
        ref_image_url (str | None): Public URL of the second image; ignored with `ref_image_file`.
        option (VideoEffectsOption | str | None): Tool that makes a video effect. Default: "HiggsfieldEffects".
        effect (str | None): The effect, by the tool's name for it or in words (`Explode`, `zoom out slowly while rotating`). Default: "BulletTime".
        prompt (str | None): Further changes to make to the image. Default: "".
        aspect_ratio (str | None): Width:height of the video, e.g. `16:9` (the vendor lists no values).
        quantity (int | None): Number of variations; ignored with a reference image. Default: 1.
        webhook_url (str | None): Notified when the asset is finished.
    """

    image_file: File | None = None
    image_url: str | None = None
    ref_image_file: File | None = None
    ref_image_url: str | None = None
    option: VideoEffectsOption | str | None = None
    effect: str | None = None
    prompt: str | None = None
    aspect_ratio: str | None = None
    quantity: int | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "image_file",
        "image_url",
        "ref_image_file",
        "ref_image_url",
        "option",
        "effect",
        "prompt",
        "aspect_ratio",
        "quantity",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "image_file",
            "image_url",
            "ref_image_file",
            "ref_image_url",
            "option",
            "effect",
            "prompt",
            "aspect_ratio",
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
        if self.image_file is not None:
            field_dict["image_file"] = wire(self.image_file)
        if self.image_url is not None:
            field_dict["image_url"] = wire(self.image_url)
        if self.ref_image_file is not None:
            field_dict["ref_image_file"] = wire(self.ref_image_file)
        if self.ref_image_url is not None:
            field_dict["ref_image_url"] = wire(self.ref_image_url)
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.effect is not None:
            field_dict["effect"] = wire(self.effect)
        if self.prompt is not None:
            field_dict["prompt"] = wire(self.prompt)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.quantity is not None:
            field_dict["quantity"] = wire(self.quantity)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.image_file is not None:
            files.append(("image_file", self.image_file.to_tuple()))
        if self.image_url is not None:
            files.append(("image_url", (None, form_text(self.image_url).encode(), "text/plain")))
        if self.ref_image_file is not None:
            files.append(("ref_image_file", self.ref_image_file.to_tuple()))
        if self.ref_image_url is not None:
            files.append(("ref_image_url", (None, form_text(self.ref_image_url).encode(), "text/plain")))
        if self.option is not None:
            files.append(("option", (None, form_text(self.option).encode(), "text/plain")))
        if self.effect is not None:
            files.append(("effect", (None, form_text(self.effect).encode(), "text/plain")))
        if self.prompt is not None:
            files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
        if self.aspect_ratio is not None:
            files.append(("aspect_ratio", (None, form_text(self.aspect_ratio).encode(), "text/plain")))
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
        obj.image_file = g("image_file")
        obj.image_url = v if (v := g("image_url")).__class__ is str or v is None else read_str(v)
        obj.ref_image_file = g("ref_image_file")
        obj.ref_image_url = v if (v := g("ref_image_url")).__class__ is str or v is None else read_str(v)
        obj.option = read_enum(VideoEffectsOption, g("option"))
        obj.effect = v if (v := g("effect")).__class__ is str or v is None else read_str(v)
        obj.prompt = v if (v := g("prompt")).__class__ is str or v is None else read_str(v)
        obj.aspect_ratio = v if (v := g("aspect_ratio")).__class__ is str or v is None else read_str(v)
        obj.quantity = v if (v := g("quantity")).__class__ is int or v is None else read_int(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
