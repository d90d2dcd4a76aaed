from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.finetune_option import FinetuneOption
from ..models.finetune_type import FinetuneType
from ..types import (
    File,
    form_text,
    model_repr,
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
class FinetuneCreateRequest:
    """Body of `createFinetune`. Give `image_files` or `image_urls`.

    Attributes:
        image_files (list[File] | None): Training images: a few of the object, person or style; with `FluxKontextFinetune`,
            pairs (start image, then the end image showing the edit `prompt` describes).
        image_urls (list[str] | None): URLs of the training images; ignored when `image_files` are given.
        num_iterations (int | None): Training iterations; 0 lets the service choose (Auto). Default: 0.
        option (FinetuneOption | str | None): What to train: `FluxFinetune` (Flux Dev LoRA), `FluxProFinetune` (Flux Pro LoRA), or
            `FluxKontextFinetune` (an edit, learnt from start/end image pairs and a `prompt`). Default: "FluxFinetune".
        finetune_type (FinetuneType | str | None): What the images show; `Auto` picks. Ignored with `FluxKontextFinetune`. Default: "Auto".
        lora_prefix (str | None): Start of the LoRA's name and trigger word; choose a unique string. Default: "MYLORA".
        prompt (str | None): With `FluxKontextFinetune`, the edit from each start image to its end image
            (e.g. `turn the car red`); ignored otherwise.
        webhook_url (str | None): Notified when the training ends.
    """

    image_files: list[File] | None = None
    image_urls: list[str] | None = None
    num_iterations: int | None = None
    option: FinetuneOption | str | None = None
    finetune_type: FinetuneType | str | None = None
    lora_prefix: str | None = None
    prompt: str | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "image_files",
        "image_urls",
        "num_iterations",
        "option",
        "finetune_type",
        "lora_prefix",
        "prompt",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "image_files",
            "image_urls",
            "num_iterations",
            "option",
            "finetune_type",
            "lora_prefix",
            "prompt",
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
        if self.num_iterations is not None:
            field_dict["num_iterations"] = wire(self.num_iterations)
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.finetune_type is not None:
            field_dict["finetune_type"] = wire(self.finetune_type)
        if self.lora_prefix is not None:
            field_dict["lora_prefix"] = wire(self.lora_prefix)
        if self.prompt is not None:
            field_dict["prompt"] = wire(self.prompt)
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
        if self.num_iterations is not None:
            files.append(("num_iterations", (None, form_text(self.num_iterations).encode(), "text/plain")))
        if self.option is not None:
            files.append(("option", (None, form_text(self.option).encode(), "text/plain")))
        if self.finetune_type is not None:
            files.append(("finetune_type", (None, form_text(self.finetune_type).encode(), "text/plain")))
        if self.lora_prefix is not None:
            files.append(("lora_prefix", (None, form_text(self.lora_prefix).encode(), "text/plain")))
        if self.prompt is not None:
            files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
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
        obj.num_iterations = v if (v := g("num_iterations")).__class__ is int or v is None else read_int(v)
        obj.option = read_enum(FinetuneOption, g("option"))
        obj.finetune_type = read_enum(FinetuneType, g("finetune_type"))
        obj.lora_prefix = v if (v := g("lora_prefix")).__class__ is str or v is None else read_str(v)
        obj.prompt = v if (v := g("prompt")).__class__ is str or v is None else read_str(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
