from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility_status import VisibilityStatus
from ..models.workflow_processing_status import WorkflowProcessingStatus
from ..models.workflow_template import WorkflowTemplate
from ..types import (
    model_repr,
    read_enum,
    read_int,
    read_list,
    read_model,
    read_str,
    read_union,
    required,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class Workflow:
    """A workflow run, its progress and results.

    Attributes:
        id (str):
        processing_status (WorkflowProcessingStatus | str): `queue` waiting, `processing` running its steps; terminal: `success` (`result` set),
            `fail`. The vendor shows only `success` and its guide tests `fail`; the waiting
            values are inferred (readers keep any other value as a non-terminal string).
        title (str | None):
        description (str | None):
        visibility_status (VisibilityStatus | str | None): `"0"` private, `"1"` unlisted, `"2"` public.
        rating (str | None):
        model (WorkflowTemplate | str | None): The workflow's pipeline. Overlays: `overlay_gray_5443` (recommended: grey background
            replacement and upscaling), `overlay_gray_5442` (faster, lower quality),
            `overlay_only_1025` (overlay of an already animated video); themed templates:
            `vim_new_year_2026`, `vim_dancing_santa`, `vim_birthday`,
            `vim_instagramframeescape_0226`, `vim_dreamcareer_0226`, `vim_ces_show`,
            `vim_amazonia`, `vim_arctic`, `vim_sketch_me`, `vim_product_showcase`,
            `each_explodedloop_0226`, `each_ugcproduct_0226`.
        options (WorkflowOptions | None): Template settings, sent as a JSON object in `options`. The keys below are the ones
            the vendor's examples use for the overlay templates; other templates take other keys,
            so unknown keys pass through.
        images (list[str] | None): The input images.
        primary_user_id (str | None):
        customer_id (str | None):
        event_id (str | None):
        progress_percentage (int | None):
        completions (list[WorkflowCompletion] | None): The steps finished so far, in order.
        result (list[WorkflowResultFile] | None): The final files, once `processing_status` is `success`.
        media_result (list[WorkflowMediaResult] | None):
        delivered_at (str | None):
        created_at (str | None): Timestamp as the service writes it, e.g. `2025-04-11 18:33:59.780864+00:00`.
        updated_at (str | None):
    """

    id: str
    processing_status: WorkflowProcessingStatus | str
    title: str | None = None
    description: str | None = None
    visibility_status: VisibilityStatus | str | None = None
    rating: str | None = None
    model: WorkflowTemplate | str | None = None
    options: WorkflowOptions | None = None
    images: list[str] | None = None
    primary_user_id: str | None = None
    customer_id: str | None = None
    event_id: str | None = None
    progress_percentage: int | None = None
    completions: list[WorkflowCompletion] | None = None
    result: list[WorkflowResultFile] | None = None
    media_result: list[WorkflowMediaResult] | None = None
    delivered_at: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    _extra: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "id",
        "processing_status",
        "title",
        "description",
        "visibility_status",
        "rating",
        "model",
        "options",
        "images",
        "primary_user_id",
        "customer_id",
        "event_id",
        "progress_percentage",
        "completions",
        "result",
        "media_result",
        "delivered_at",
        "created_at",
        "updated_at",
    )
    _KEYS = frozenset(
        (
            "id",
            "processing_status",
            "title",
            "description",
            "visibility_status",
            "rating",
            "model",
            "options",
            "images",
            "primary_user_id",
            "customer_id",
            "event_id",
            "progress_percentage",
            "completions",
            "result",
            "media_result",
            "delivered_at",
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
        field_dict["processing_status"] = wire(self.processing_status)
        if self.title is not None:
            field_dict["title"] = wire(self.title)
        if self.description is not None:
            field_dict["description"] = wire(self.description)
        if self.visibility_status is not None:
            field_dict["visibility_status"] = wire(self.visibility_status)
        if self.rating is not None:
            field_dict["rating"] = wire(self.rating)
        if self.model is not None:
            field_dict["model"] = wire(self.model)
        if self.options is not None:
            field_dict["options"] = wire(self.options)
        if self.images is not None:
            field_dict["images"] = wire(self.images)
        if self.primary_user_id is not None:
            field_dict["primary_user_id"] = wire(self.primary_user_id)
        if self.customer_id is not None:
            field_dict["customer_id"] = wire(self.customer_id)
        if self.event_id is not None:
            field_dict["event_id"] = wire(self.event_id)
        if self.progress_percentage is not None:
            field_dict["progress_percentage"] = wire(self.progress_percentage)
        if self.completions is not None:
            field_dict["completions"] = wire(self.completions)
        if self.result is not None:
            field_dict["result"] = wire(self.result)
        if self.media_result is not None:
            field_dict["media_result"] = wire(self.media_result)
        if self.delivered_at is not None:
            field_dict["delivered_at"] = wire(self.delivered_at)
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
        obj.id = required((v if (v := g("id")).__class__ is str or v is None else read_str(v)), "Workflow", "id")
        obj.processing_status = required(
            read_enum(WorkflowProcessingStatus, g("processing_status")), "Workflow", "processing_status"
        )
        obj.title = v if (v := g("title")).__class__ is str or v is None else read_str(v)
        obj.description = v if (v := g("description")).__class__ is str or v is None else read_str(v)
        obj.visibility_status = read_enum(VisibilityStatus, g("visibility_status"))
        obj.rating = v if (v := g("rating")).__class__ is str or v is None else read_str(v)
        obj.model = read_enum(WorkflowTemplate, g("model"))
        obj.options = (
            WorkflowOptions.from_dict(v)
            if (v := g("options")).__class__ is dict
            else read_model(WorkflowOptions.from_dict, v)
        )
        obj.images = read_list(g("images"), read_str)
        obj.primary_user_id = v if (v := g("primary_user_id")).__class__ is str or v is None else read_str(v)
        obj.customer_id = v if (v := g("customer_id")).__class__ is str or v is None else read_str(v)
        obj.event_id = v if (v := g("event_id")).__class__ is str or v is None else read_str(v)
        obj.progress_percentage = v if (v := g("progress_percentage")).__class__ is int or v is None else read_int(v)
        obj.completions = (
            [WorkflowCompletion.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("completions")).__class__ is list
            else None
        )
        obj.result = (
            [WorkflowResultFile.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("result")).__class__ is list
            else None
        )
        obj.media_result = (
            [WorkflowMediaResult.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("media_result")).__class__ is list
            else None
        )
        obj.delivered_at = read_union(g("delivered_at"), exact=(str,), readers=(read_str,))
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
from ..models.workflow_completion import WorkflowCompletion
from ..models.workflow_media_result import WorkflowMediaResult
from ..models.workflow_options import WorkflowOptions
from ..models.workflow_result_file import WorkflowResultFile
