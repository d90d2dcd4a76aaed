from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.aspect_ratio import AspectRatio
from ..models.image_generation_option import ImageGenerationOption
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryElementsRequest")


@_attrs_define
class StoryElementsRequest:
    """
    Attributes:
        option (ImageGenerationOption | Unset): Image model for a story's element and scene images. Default:
            ImageGenerationOption.SEEDREAM.
        aspect_ratio (AspectRatio | Unset): Width:height of the video. Default: AspectRatio.VERTICAL_9_16.
        storyboard (str | Unset): JSON object `Storyboard` replacing the stored one.
        enhance_image (bool | Unset): 1x super-resolution pass on the images. Default: False.
        seed (int | Unset): Seed of the image model, for reproducible images.
        has_bg_music (bool | Unset): Ignored; set `audio_option` when creating the story. Default: True.
    """

    option: ImageGenerationOption | Unset = ImageGenerationOption.SEEDREAM
    aspect_ratio: AspectRatio | Unset = AspectRatio.VERTICAL_9_16
    storyboard: str | Unset = UNSET
    enhance_image: bool | Unset = False
    seed: int | Unset = UNSET
    has_bg_music: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        option: str | Unset = UNSET
        if not isinstance(self.option, Unset):
            option = self.option.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        storyboard = self.storyboard

        enhance_image = self.enhance_image

        seed = self.seed

        has_bg_music = self.has_bg_music

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if option is not UNSET:
            field_dict["option"] = option
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if storyboard is not UNSET:
            field_dict["storyboard"] = storyboard
        if enhance_image is not UNSET:
            field_dict["enhance_image"] = enhance_image
        if seed is not UNSET:
            field_dict["seed"] = seed
        if has_bg_music is not UNSET:
            field_dict["has_bg_music"] = has_bg_music

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _option = d.pop("option", UNSET)
        option: ImageGenerationOption | Unset
        if isinstance(_option, Unset):
            option = UNSET
        else:
            option = ImageGenerationOption(_option)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio(_aspect_ratio)

        storyboard = d.pop("storyboard", UNSET)

        enhance_image = d.pop("enhance_image", UNSET)

        seed = d.pop("seed", UNSET)

        has_bg_music = d.pop("has_bg_music", UNSET)

        story_elements_request = cls(
            option=option,
            aspect_ratio=aspect_ratio,
            storyboard=storyboard,
            enhance_image=enhance_image,
            seed=seed,
            has_bg_music=has_bg_music,
        )

        return story_elements_request
