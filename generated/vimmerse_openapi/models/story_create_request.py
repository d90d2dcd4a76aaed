from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from .. import types
from ..models.aspect_ratio import AspectRatio
from ..models.language import Language
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="StoryCreateRequest")


@_attrs_define
class StoryCreateRequest:
    """
    Attributes:
        idea (str):
        title (str | Unset): Story title. Sent by the vendor's guide samples; absent from its published schema. Default:
            ''.
        story_id (str | Unset): Continue editing this story's storyboard instead of creating a new story
            (404 when no such story exists for this key).
        scene_count (int | Unset): Ignored when images are given (one scene per image). Default: 3.
        language (Language | Unset): Language of the storyboard and narration. Default: Language.ENGLISH.
        aspect_ratio (AspectRatio | Unset): Width:height of the video.
        audio_option (str | Unset): JSON object `StoryAudioOption`. Example:
            {"has_bg_music":true,"has_narration":true,"native_audio":false,"narrator":"Rachel"}.
        elements (str | Unset): JSON object `StoryElements`. Example: {"objects":[{"name":"logo","description":"our
            logo","image_url":"https://example.com/logo.png"}]}.
        image_files (list[File] | Unset): Images to upload (JPEG, PNG, WebP); one scene each.
        image_urls (list[str] | Unset): Public image URLs; ignored when `image_files` are given.
    """

    idea: str
    title: str | Unset = ""
    story_id: str | Unset = UNSET
    scene_count: int | Unset = 3
    language: Language | Unset = Language.ENGLISH
    aspect_ratio: AspectRatio | Unset = UNSET
    audio_option: str | Unset = UNSET
    elements: str | Unset = UNSET
    image_files: list[File] | Unset = UNSET
    image_urls: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        idea = self.idea

        title = self.title

        story_id = self.story_id

        scene_count = self.scene_count

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        audio_option = self.audio_option

        elements = self.elements

        image_files: list[FileTypes] | Unset = UNSET
        if not isinstance(self.image_files, Unset):
            image_files = []
            for image_files_item_data in self.image_files:
                image_files_item = image_files_item_data.to_tuple()

                image_files.append(image_files_item)

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "idea": idea,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if story_id is not UNSET:
            field_dict["story_id"] = story_id
        if scene_count is not UNSET:
            field_dict["scene_count"] = scene_count
        if language is not UNSET:
            field_dict["language"] = language
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio_option is not UNSET:
            field_dict["audio_option"] = audio_option
        if elements is not UNSET:
            field_dict["elements"] = elements
        if image_files is not UNSET:
            field_dict["image_files"] = image_files
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("idea", (None, str(self.idea).encode(), "text/plain")))

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.story_id, Unset):
            files.append(("story_id", (None, str(self.story_id).encode(), "text/plain")))

        if not isinstance(self.scene_count, Unset):
            files.append(("scene_count", (None, str(self.scene_count).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language.value).encode(), "text/plain")))

        if not isinstance(self.aspect_ratio, Unset):
            files.append(("aspect_ratio", (None, str(self.aspect_ratio.value).encode(), "text/plain")))

        if not isinstance(self.audio_option, Unset):
            files.append(("audio_option", (None, str(self.audio_option).encode(), "text/plain")))

        if not isinstance(self.elements, Unset):
            files.append(("elements", (None, str(self.elements).encode(), "text/plain")))

        if not isinstance(self.image_files, Unset):
            for image_files_item_element in self.image_files:
                files.append(("image_files", image_files_item_element.to_tuple()))

        if not isinstance(self.image_urls, Unset):
            for image_urls_item_element in self.image_urls:
                files.append(("image_urls", (None, str(image_urls_item_element).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        idea = d.pop("idea")

        title = d.pop("title", UNSET)

        story_id = d.pop("story_id", UNSET)

        scene_count = d.pop("scene_count", UNSET)

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = Language(_language)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio(_aspect_ratio)

        audio_option = d.pop("audio_option", UNSET)

        elements = d.pop("elements", UNSET)

        _image_files = d.pop("image_files", UNSET)
        image_files: list[File] | Unset = UNSET
        if _image_files is not UNSET:
            image_files = []
            for image_files_item_data in _image_files:
                image_files_item = File(payload=BytesIO(image_files_item_data))

                image_files.append(image_files_item)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        story_create_request = cls(
            idea=idea,
            title=title,
            story_id=story_id,
            scene_count=scene_count,
            language=language,
            aspect_ratio=aspect_ratio,
            audio_option=audio_option,
            elements=elements,
            image_files=image_files,
            image_urls=image_urls,
        )

        return story_create_request
