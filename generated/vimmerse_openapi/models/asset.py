from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_status import AssetStatus
from ..types import (
    model_repr,
    read_enum,
    read_list,
    read_model,
    read_str,
    required,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class Asset:
    """An image, video or audio result. `results` are the URLs of its files (one per
    generated variation) on the file host, which needs no API key; `mime_type` is their
    type. `args` echoes the request it was made with.

        Attributes:
            id (str):
            status (AssetStatus | str): `queue` waiting, `processing` generating; terminal: `success` (results set), `fail`.
                The vendor's examples show only `success`; the other values follow its media jobs.
            customer_id (str | None):
            primary_user_id (str | None):
            results (list[str] | None):
            thumbnails (list[str] | None):
            mime_type (str | None):
            app_name (str | None): The operation that made the asset, e.g. `text-2-image`.
            args (AssetArgs | None):
            history (list[AssetHistoryEntry] | None):
            created_at (str | None): Timestamp as the service writes it, e.g. `2025-05-06 16:35:59.840508+00:00`.
            updated_at (str | None):
    """

    id: str
    status: AssetStatus | str
    customer_id: str | None = None
    primary_user_id: str | None = None
    results: list[str] | None = None
    thumbnails: list[str] | None = None
    mime_type: str | None = None
    app_name: str | None = None
    args: AssetArgs | None = None
    history: list[AssetHistoryEntry] | None = None
    created_at: str | None = None
    updated_at: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    _extra: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "id",
        "status",
        "customer_id",
        "primary_user_id",
        "results",
        "thumbnails",
        "mime_type",
        "app_name",
        "args",
        "history",
        "created_at",
        "updated_at",
    )
    _KEYS = frozenset(
        (
            "id",
            "status",
            "customer_id",
            "primary_user_id",
            "results",
            "thumbnails",
            "mime_type",
            "app_name",
            "args",
            "history",
            "created_at",
            "updated_at",
        )
    )

    @property
    def raw(self) -> Mapping[str, Any] | None:
        """The answer this object was read from, as received (None when built in code)."""
        return self._raw

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the document does not describe, as received: kept, never dropped.

        Worked out from ``raw`` on first use: most readers never look, and parsing stays a
        straight pass over the known fields.
        """
        if self._extra is None:
            raw = self._raw
            self._extra = {k: v for k, v in raw.items() if k not in self._KEYS} if raw else {}
        return self._extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra = value

    def __repr__(self) -> str:
        return model_repr(self, self._FIELDS)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = wire(self.id)
        field_dict["status"] = wire(self.status)
        if self.customer_id is not None:
            field_dict["customer_id"] = wire(self.customer_id)
        if self.primary_user_id is not None:
            field_dict["primary_user_id"] = wire(self.primary_user_id)
        if self.results is not None:
            field_dict["results"] = wire(self.results)
        if self.thumbnails is not None:
            field_dict["thumbnails"] = wire(self.thumbnails)
        if self.mime_type is not None:
            field_dict["mime_type"] = wire(self.mime_type)
        if self.app_name is not None:
            field_dict["app_name"] = wire(self.app_name)
        if self.args is not None:
            field_dict["args"] = wire(self.args)
        if self.history is not None:
            field_dict["history"] = wire(self.history)
        if self.created_at is not None:
            field_dict["created_at"] = wire(self.created_at)
        if self.updated_at is not None:
            field_dict["updated_at"] = wire(self.updated_at)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.id = required((v if (v := g("id")).__class__ is str or v is None else read_str(v)), "Asset", "id")
        obj.status = required(read_enum(AssetStatus, g("status")), "Asset", "status")
        obj.customer_id = v if (v := g("customer_id")).__class__ is str or v is None else read_str(v)
        obj.primary_user_id = v if (v := g("primary_user_id")).__class__ is str or v is None else read_str(v)
        obj.results = read_list(g("results"), read_str)
        obj.thumbnails = read_list(g("thumbnails"), read_str)
        obj.mime_type = v if (v := g("mime_type")).__class__ is str or v is None else read_str(v)
        obj.app_name = v if (v := g("app_name")).__class__ is str or v is None else read_str(v)
        obj.args = AssetArgs.from_dict(v) if (v := g("args")).__class__ is dict else read_model(AssetArgs.from_dict, v)
        obj.history = (
            [AssetHistoryEntry.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("history")).__class__ is list
            else None
        )
        obj.created_at = v if (v := g("created_at")).__class__ is str or v is None else read_str(v)
        obj.updated_at = v if (v := g("updated_at")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        obj._extra = None
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


# Imported after the class rather than inside from_dict/to_dict: an import statement in a
# method runs on every call, and importing here, once the class exists, still resolves cycles
# between models.
from ..models.asset_args import AssetArgs
from ..models.asset_history_entry import AssetHistoryEntry
