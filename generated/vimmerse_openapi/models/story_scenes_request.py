from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.aspect_ratio import AspectRatio
from ..models.image_generation_option import ImageGenerationOption
from ..models.narrator_voice import NarratorVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryScenesRequest")


@_attrs_define
class StoryScenesRequest:
    """
    Attributes:
        option (ImageGenerationOption | Unset): Image model for a story's element and scene images. Default:
            ImageGenerationOption.SEEDREAM.
        aspect_ratio (AspectRatio | Unset): Width:height of the video. Default: AspectRatio.LANDSCAPE_16_9.
        storyboard (str | Unset): JSON object `Storyboard` replacing the stored one.
        enhance_image (bool | Unset):  Default: False.
        seed (int | Unset): Seed of the image model, for reproducible images.
        audio_option (str | Unset): JSON object `StoryAudioOption`.
        generate_elements (bool | Unset): Ignored. Default: True.
        narrator (NarratorVoice | Unset): Text-to-speech voice. Default: NarratorVoice.RACHEL.
        has_narration (bool | Unset): Ignored; set `audio_option` when creating the story. Default: True.
        has_bg_music (bool | Unset): Ignored; set `audio_option` when creating the story. Default: True.
    """

    option: ImageGenerationOption | Unset = ImageGenerationOption.SEEDREAM
    aspect_ratio: AspectRatio | Unset = AspectRatio.LANDSCAPE_16_9
    storyboard: str | Unset = UNSET
    enhance_image: bool | Unset = False
    seed: int | Unset = UNSET
    audio_option: str | Unset = UNSET
    generate_elements: bool | Unset = True
    narrator: NarratorVoice | Unset = NarratorVoice.RACHEL
    has_narration: bool | Unset = True
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

        audio_option = self.audio_option

        generate_elements = self.generate_elements

        narrator: str | Unset = UNSET
        if not isinstance(self.narrator, Unset):
            narrator = self.narrator.value

        has_narration = self.has_narration

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
        if audio_option is not UNSET:
            field_dict["audio_option"] = audio_option
        if generate_elements is not UNSET:
            field_dict["generate_elements"] = generate_elements
        if narrator is not UNSET:
            field_dict["narrator"] = narrator
        if has_narration is not UNSET:
            field_dict["has_narration"] = has_narration
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

        audio_option = d.pop("audio_option", UNSET)

        generate_elements = d.pop("generate_elements", UNSET)

        _narrator = d.pop("narrator", UNSET)
        narrator: NarratorVoice | Unset
        if isinstance(_narrator, Unset):
            narrator = UNSET
        else:
            narrator = NarratorVoice(_narrator)

        has_narration = d.pop("has_narration", UNSET)

        has_bg_music = d.pop("has_bg_music", UNSET)

        story_scenes_request = cls(
            option=option,
            aspect_ratio=aspect_ratio,
            storyboard=storyboard,
            enhance_image=enhance_image,
            seed=seed,
            audio_option=audio_option,
            generate_elements=generate_elements,
            narrator=narrator,
            has_narration=has_narration,
            has_bg_music=has_bg_music,
        )

        return story_scenes_request
