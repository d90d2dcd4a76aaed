from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.text_prompt_option import TextPromptOption
from ..types import (
    File,
    form_text,
    model_repr,
    read_enum,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class TextPromptRequest:
    """Body of `generateTextPrompt`. Which fields matter depends on `option`: an image
    (`image_url` or `image_file`) for `Image2Prompt`, `prompt` for `RefinePrompt`,
    nothing for `SuggestPrompt`.

        Attributes:
            option (TextPromptOption | str | None): What `generateTextPrompt` writes: `Image2Prompt` a prompt describing the image,
                `SuggestPrompt` a suggested prompt, `RefinePrompt` a refinement of your prompt,
                `InspireMe` (the default) whichever fits what was sent. Default: "InspireMe".
            prompt (str | None): Your prompt (the one `RefinePrompt` refines). Default: "".
            mode (str | None): Style of the refinement; the vendor documents only `scene`. Default: "scene".
            image_url (str | None): Public URL of the image to describe.
            image_file (File | None): The image to describe, uploaded (use `image_url` instead).
            image2_url (str | None): Public URL of a second image.
            image2_file (File | None): A second image, uploaded (use `image2_url` instead).
            video_url (str | None): Public URL of a video to describe.
            video_file (File | None): A video to describe, uploaded.
    """

    option: TextPromptOption | str | None = None
    prompt: str | None = None
    mode: str | None = None
    image_url: str | None = None
    image_file: File | None = None
    image2_url: str | None = None
    image2_file: File | None = None
    video_url: str | None = None
    video_file: File | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "option",
        "prompt",
        "mode",
        "image_url",
        "image_file",
        "image2_url",
        "image2_file",
        "video_url",
        "video_file",
    )
    _KEYS = frozenset(
        (
            "option",
            "prompt",
            "mode",
            "image_url",
            "image_file",
            "image2_url",
            "image2_file",
            "video_url",
            "video_file",
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
        if self.prompt is not None:
            field_dict["prompt"] = wire(self.prompt)
        if self.mode is not None:
            field_dict["mode"] = wire(self.mode)
        if self.image_url is not None:
            field_dict["image_url"] = wire(self.image_url)
        if self.image_file is not None:
            field_dict["image_file"] = wire(self.image_file)
        if self.image2_url is not None:
            field_dict["image2_url"] = wire(self.image2_url)
        if self.image2_file is not None:
            field_dict["image2_file"] = wire(self.image2_file)
        if self.video_url is not None:
            field_dict["video_url"] = wire(self.video_url)
        if self.video_file is not None:
            field_dict["video_file"] = wire(self.video_file)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.option is not None:
            files.append(("option", (None, form_text(self.option).encode(), "text/plain")))
        if self.prompt is not None:
            files.append(("prompt", (None, form_text(self.prompt).encode(), "text/plain")))
        if self.mode is not None:
            files.append(("mode", (None, form_text(self.mode).encode(), "text/plain")))
        if self.image_url is not None:
            files.append(("image_url", (None, form_text(self.image_url).encode(), "text/plain")))
        if self.image_file is not None:
            files.append(("image_file", self.image_file.to_tuple()))
        if self.image2_url is not None:
            files.append(("image2_url", (None, form_text(self.image2_url).encode(), "text/plain")))
        if self.image2_file is not None:
            files.append(("image2_file", self.image2_file.to_tuple()))
        if self.video_url is not None:
            files.append(("video_url", (None, form_text(self.video_url).encode(), "text/plain")))
        if self.video_file is not None:
            files.append(("video_file", self.video_file.to_tuple()))
        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.option = read_enum(TextPromptOption, g("option"))
        obj.prompt = v if (v := g("prompt")).__class__ is str or v is None else read_str(v)
        obj.mode = v if (v := g("mode")).__class__ is str or v is None else read_str(v)
        obj.image_url = v if (v := g("image_url")).__class__ is str or v is None else read_str(v)
        obj.image_file = g("image_file")
        obj.image2_url = v if (v := g("image2_url")).__class__ is str or v is None else read_str(v)
        obj.image2_file = g("image2_file")
        obj.video_url = v if (v := g("video_url")).__class__ is str or v is None else read_str(v)
        obj.video_file = g("video_file")
        obj._raw = src_dict
        return obj
