from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    read_int,
    read_list,
    read_str,
    read_union,
    required,
    wire,
)


def _identity(value: Any) -> Any:
    return value


@_attrs_define(repr=False)
class ValidationError:
    """Attributes:
    loc (list[str | int]): Where the error is, e.g. `["body", "quantity"]`.
    msg (str):
    type_ (str):
    """

    loc: list[str | int]
    msg: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "loc",
        "msg",
        "type_",
    )

    @property
    def raw(self) -> Mapping[str, Any] | None:
        """The answer this object was read from, as received (None when built in code)."""
        return self._raw

    def __repr__(self) -> str:
        return model_repr(self, self._FIELDS)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["loc"] = wire(self.loc)
        field_dict["msg"] = wire(self.msg)
        field_dict["type"] = wire(self.type_)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        obj = cls(
            loc=required(
                read_list(
                    d.pop("loc", None),
                    partial(
                        read_union,
                        exact=(
                            str,
                            int,
                        ),
                        readers=(
                            read_str,
                            read_int,
                        ),
                    ),
                ),
                "ValidationError",
                "loc",
            ),
            msg=required(read_str(d.pop("msg", None)), "ValidationError", "msg"),
            type_=required(read_str(d.pop("type", None)), "ValidationError", "type"),
        )
        obj.additional_properties = d
        obj._raw = src_dict
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
