from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility_status import VisibilityStatus
from ..types import (
    model_repr,
    read_enum,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class WorkflowUpdateRequest:
    """Body of `updateWorkflow`; one or more of these fields.

    Attributes:
        title (str | None):
        description (str | None):
        visibility_status (VisibilityStatus | str | None): `"0"` private, `"1"` unlisted, `"2"` public.
        rating (str | None): A rating of the result (the vendor gives no value set; its example sends `"5"`).
        delivered_at (str | None): When the workflow was delivered, as the service writes timestamps.
    """

    title: str | None = None
    description: str | None = None
    visibility_status: VisibilityStatus | str | None = None
    rating: str | None = None
    delivered_at: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "title",
        "description",
        "visibility_status",
        "rating",
        "delivered_at",
    )
    _KEYS = frozenset(
        (
            "title",
            "description",
            "visibility_status",
            "rating",
            "delivered_at",
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
        if self.title is not None:
            field_dict["title"] = wire(self.title)
        if self.description is not None:
            field_dict["description"] = wire(self.description)
        if self.visibility_status is not None:
            field_dict["visibility_status"] = wire(self.visibility_status)
        if self.rating is not None:
            field_dict["rating"] = wire(self.rating)
        if self.delivered_at is not None:
            field_dict["delivered_at"] = wire(self.delivered_at)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.title = v if (v := g("title")).__class__ is str or v is None else read_str(v)
        obj.description = v if (v := g("description")).__class__ is str or v is None else read_str(v)
        obj.visibility_status = read_enum(VisibilityStatus, g("visibility_status"))
        obj.rating = v if (v := g("rating")).__class__ is str or v is None else read_str(v)
        obj.delivered_at = v if (v := g("delivered_at")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
