from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    read_int,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class ImageReframeParameters:
    """Where `LumaReframe` places the image in the new frame, in pixels, sent JSON-encoded in
    the `reframe_parameters` form field. The vendor names the keys only; their integer
    type and lower bound are inferred from "in pixels unit".

        Attributes:
            grid_position_x (int | None):
            grid_position_y (int | None):
            x_start (int | None):
            x_end (int | None):
            y_start (int | None):
            y_end (int | None):
    """

    grid_position_x: int | None = None
    grid_position_y: int | None = None
    x_start: int | None = None
    x_end: int | None = None
    y_start: int | None = None
    y_end: int | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "grid_position_x",
        "grid_position_y",
        "x_start",
        "x_end",
        "y_start",
        "y_end",
    )
    _KEYS = frozenset(
        (
            "grid_position_x",
            "grid_position_y",
            "x_start",
            "x_end",
            "y_start",
            "y_end",
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
        if self.grid_position_x is not None:
            field_dict["grid_position_x"] = wire(self.grid_position_x)
        if self.grid_position_y is not None:
            field_dict["grid_position_y"] = wire(self.grid_position_y)
        if self.x_start is not None:
            field_dict["x_start"] = wire(self.x_start)
        if self.x_end is not None:
            field_dict["x_end"] = wire(self.x_end)
        if self.y_start is not None:
            field_dict["y_start"] = wire(self.y_start)
        if self.y_end is not None:
            field_dict["y_end"] = wire(self.y_end)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.grid_position_x = v if (v := g("grid_position_x")).__class__ is int or v is None else read_int(v)
        obj.grid_position_y = v if (v := g("grid_position_y")).__class__ is int or v is None else read_int(v)
        obj.x_start = v if (v := g("x_start")).__class__ is int or v is None else read_int(v)
        obj.x_end = v if (v := g("x_end")).__class__ is int or v is None else read_int(v)
        obj.y_start = v if (v := g("y_start")).__class__ is int or v is None else read_int(v)
        obj.y_end = v if (v := g("y_end")).__class__ is int or v is None else read_int(v)
        obj._raw = src_dict
        return obj
