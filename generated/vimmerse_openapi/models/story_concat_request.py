from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryConcatRequest")


@_attrs_define
class StoryConcatRequest:
    """
    Attributes:
        concat_video_urls (list[str] | Unset): Videos to compose instead of the story's scene videos.
        audio_urls (list[str] | Unset): Audio mixed over the composed video.
    """

    concat_video_urls: list[str] | Unset = UNSET
    audio_urls: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        concat_video_urls: list[str] | Unset = UNSET
        if not isinstance(self.concat_video_urls, Unset):
            concat_video_urls = self.concat_video_urls

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if concat_video_urls is not UNSET:
            field_dict["concat_video_urls"] = concat_video_urls
        if audio_urls is not UNSET:
            field_dict["audio_urls"] = audio_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        concat_video_urls = cast(list[str], d.pop("concat_video_urls", UNSET))

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        story_concat_request = cls(
            concat_video_urls=concat_video_urls,
            audio_urls=audio_urls,
        )

        return story_concat_request
