from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..models.image_generation_option import ImageGenerationOption
from ..types import (
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
class StoryElementsRequest:
    """Attributes:
    option (ImageGenerationOption | str | None): Image model for a story's element and scene images. Default: "Seedream".
    aspect_ratio (AspectRatio | str | None): Width:height of the video. Default: "9:16".
    storyboard (str | None): JSON object `Storyboard` replacing the stored one.
    enhance_image (bool | None): 1x super-resolution pass on the images. Default: false.
    seed (int | None): Seed of the image model, for reproducible images.
    has_bg_music (bool | None): Deprecated (both sources); set `audio_option` when creating the story (`createStory`). Default: true.
    """

    option: ImageGenerationOption | str | None = None
    aspect_ratio: AspectRatio | str | None = None
    storyboard: str | None = None
    enhance_image: bool | None = None
    seed: int | None = None
    has_bg_music: bool | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "option",
        "aspect_ratio",
        "storyboard",
        "enhance_image",
        "seed",
        "has_bg_music",
    )
    _KEYS = frozenset(
        (
            "option",
            "aspect_ratio",
            "storyboard",
            "enhance_image",
            "seed",
            "has_bg_music",
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
        if self.option is not None:
            field_dict["option"] = wire(self.option)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.storyboard is not None:
            field_dict["storyboard"] = wire(self.storyboard)
        if self.enhance_image is not None:
            field_dict["enhance_image"] = wire(self.enhance_image)
        if self.seed is not None:
            field_dict["seed"] = wire(self.seed)
        if self.has_bg_music is not None:
            field_dict["has_bg_music"] = wire(self.has_bg_music)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.option = read_enum(ImageGenerationOption, g("option"))
        obj.aspect_ratio = read_enum(AspectRatio, g("aspect_ratio"))
        obj.storyboard = v if (v := g("storyboard")).__class__ is str or v is None else read_str(v)
        obj.enhance_image = v if (v := g("enhance_image")).__class__ is bool or v is None else read_bool(v)
        obj.seed = v if (v := g("seed")).__class__ is int or v is None else read_int(v)
        obj.has_bg_music = v if (v := g("has_bg_music")).__class__ is bool or v is None else read_bool(v)
        obj._raw = src_dict
        return obj
