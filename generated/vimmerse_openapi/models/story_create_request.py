from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.aspect_ratio import AspectRatio
from ..models.language import Language
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
class StoryCreateRequest:
    """Body of `createStory`. A storyboard is made from an idea, images, or both.

    Attributes:
        idea (str | None): The story to tell; may be left out when images are given. Default: "".
        title (str | None): Story title. Sent by the vendor's guide samples; absent from its published schema. Default: "".
        story_id (str | None): Continue editing this story's storyboard instead of creating a new story
            (404 when no such story exists for this key).
        scene_count (int | None): Ignored when images are given (one scene per image). Default: 3.
        language (Language | str | None): Language of the storyboard and narration. Default: "English".
        aspect_ratio (AspectRatio | str | None): Width:height of the video.
        audio_option (str | None): JSON object `StoryAudioOption`.
        elements (str | None): JSON object `StoryElements`.
        image_files (list[File] | None): Images to upload (JPEG, PNG, WebP); one scene each.
        image_urls (list[str] | None): Public image URLs; ignored when `image_files` are given.
    """

    idea: str | None = None
    title: str | None = None
    story_id: str | None = None
    scene_count: int | None = None
    language: Language | str | None = None
    aspect_ratio: AspectRatio | str | None = None
    audio_option: str | None = None
    elements: str | None = None
    image_files: list[File] | None = None
    image_urls: list[str] | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "idea",
        "title",
        "story_id",
        "scene_count",
        "language",
        "aspect_ratio",
        "audio_option",
        "elements",
        "image_files",
        "image_urls",
    )
    _KEYS = frozenset(
        (
            "idea",
            "title",
            "story_id",
            "scene_count",
            "language",
            "aspect_ratio",
            "audio_option",
            "elements",
            "image_files",
            "image_urls",
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
        if self.idea is not None:
            field_dict["idea"] = wire(self.idea)
        if self.title is not None:
            field_dict["title"] = wire(self.title)
        if self.story_id is not None:
            field_dict["story_id"] = wire(self.story_id)
        if self.scene_count is not None:
            field_dict["scene_count"] = wire(self.scene_count)
        if self.language is not None:
            field_dict["language"] = wire(self.language)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.audio_option is not None:
            field_dict["audio_option"] = wire(self.audio_option)
        if self.elements is not None:
            field_dict["elements"] = wire(self.elements)
        if self.image_files is not None:
            field_dict["image_files"] = wire(self.image_files)
        if self.image_urls is not None:
            field_dict["image_urls"] = wire(self.image_urls)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.idea is not None:
            files.append(("idea", (None, form_text(self.idea).encode(), "text/plain")))
        if self.title is not None:
            files.append(("title", (None, form_text(self.title).encode(), "text/plain")))
        if self.story_id is not None:
            files.append(("story_id", (None, form_text(self.story_id).encode(), "text/plain")))
        if self.scene_count is not None:
            files.append(("scene_count", (None, form_text(self.scene_count).encode(), "text/plain")))
        if self.language is not None:
            files.append(("language", (None, form_text(self.language).encode(), "text/plain")))
        if self.aspect_ratio is not None:
            files.append(("aspect_ratio", (None, form_text(self.aspect_ratio).encode(), "text/plain")))
        if self.audio_option is not None:
            files.append(("audio_option", (None, form_text(self.audio_option).encode(), "text/plain")))
        if self.elements is not None:
            files.append(("elements", (None, form_text(self.elements).encode(), "text/plain")))
        if self.image_files is not None:
            for item in self.image_files:
                files.append(("image_files", item.to_tuple()))
        if self.image_urls is not None:
            for item in self.image_urls:
                files.append(("image_urls", (None, form_text(item).encode(), "text/plain")))
        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.idea = v if (v := g("idea")).__class__ is str or v is None else read_str(v)
        obj.title = v if (v := g("title")).__class__ is str or v is None else read_str(v)
        obj.story_id = v if (v := g("story_id")).__class__ is str or v is None else read_str(v)
        obj.scene_count = v if (v := g("scene_count")).__class__ is int or v is None else read_int(v)
        obj.language = read_enum(Language, g("language"))
        obj.aspect_ratio = read_enum(AspectRatio, g("aspect_ratio"))
        obj.audio_option = v if (v := g("audio_option")).__class__ is str or v is None else read_str(v)
        obj.elements = v if (v := g("elements")).__class__ is str or v is None else read_str(v)
        obj.image_files = read_list(g("image_files"), _identity)
        obj.image_urls = read_list(g("image_urls"), read_str)
        obj._raw = src_dict
        return obj
