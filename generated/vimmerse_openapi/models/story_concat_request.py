from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    read_list,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class StoryConcatRequest:
    """Attributes:
    concat_video_urls (list[str] | None): Videos to compose instead of the story's scene videos.
    audio_urls (list[str] | None): Audio mixed over the composed video.
    """

    concat_video_urls: list[str] | None = None
    audio_urls: list[str] | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "concat_video_urls",
        "audio_urls",
    )
    _KEYS = frozenset(
        (
            "concat_video_urls",
            "audio_urls",
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
        if self.concat_video_urls is not None:
            field_dict["concat_video_urls"] = wire(self.concat_video_urls)
        if self.audio_urls is not None:
            field_dict["audio_urls"] = wire(self.audio_urls)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.concat_video_urls = read_list(g("concat_video_urls"), read_str)
        obj.audio_urls = read_list(g("audio_urls"), read_str)
        obj._raw = src_dict
        return obj
