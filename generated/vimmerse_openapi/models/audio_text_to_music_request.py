from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    read_str,
    required,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class AudioTextToMusicRequest:
    """Body of `createMusicFromText`.

    Attributes:
        prompt (str): The music to compose (genre, mood, instruments, tempo); the track is 30 seconds.
    """

    prompt: str
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = ("prompt",)
    _KEYS = frozenset(("prompt",))

    @property
    def raw(self) -> Mapping[str, Any] | None:
        """The answer this object was read from, as received (None when built in code)."""
        return self._raw

    def __repr__(self) -> str:
        return model_repr(self, self._FIELDS)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["prompt"] = wire(self.prompt)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.prompt = required(
            (v if (v := g("prompt")).__class__ is str or v is None else read_str(v)),
            "AudioTextToMusicRequest",
            "prompt",
        )
        obj._raw = src_dict
        return obj
