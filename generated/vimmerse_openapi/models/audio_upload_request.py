from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    File,
    form_text,
    model_repr,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class AudioUploadRequest:
    """Body of `uploadAudio`. Give `audio_file` or `audio_url`.

    Attributes:
        audio_file (File | None): The audio file (MP3 at 128 kbps or more recommended; under 50 MB).
        audio_url (str | None): Public URL of an audio file to copy instead of uploading one.
    """

    audio_file: File | None = None
    audio_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "audio_file",
        "audio_url",
    )
    _KEYS = frozenset(
        (
            "audio_file",
            "audio_url",
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
        if self.audio_file is not None:
            field_dict["audio_file"] = wire(self.audio_file)
        if self.audio_url is not None:
            field_dict["audio_url"] = wire(self.audio_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.audio_file is not None:
            files.append(("audio_file", self.audio_file.to_tuple()))
        if self.audio_url is not None:
            files.append(("audio_url", (None, form_text(self.audio_url).encode(), "text/plain")))
        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.audio_file = g("audio_file")
        obj.audio_url = v if (v := g("audio_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
