from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.visibility_status import VisibilityStatus
from ..models.workflow_template import WorkflowTemplate
from ..types import (
    File,
    form_text,
    model_repr,
    read_enum,
    read_list,
    read_str,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class WorkflowCreateRequest:
    """Body of `createWorkflow`. Give `image_files` or `image_urls`.

    Attributes:
        title (str | None): Default: "".
        description (str | None): Default: "".
        visibility_status (VisibilityStatus | str | None): `"0"` private, `"1"` unlisted, `"2"` public. Default: "1".
        image_files (list[File] | None): Images to upload.
        image_urls (list[str] | None): Public image URLs; ignored when `image_files` are given.
        template_id (WorkflowTemplate | str | None): The workflow's pipeline. Overlays: `overlay_gray_5443` (recommended: grey background
            replacement and upscaling), `overlay_gray_5442` (faster, lower quality),
            `overlay_only_1025` (overlay of an already animated video); themed templates:
            `vim_new_year_2026`, `vim_dancing_santa`, `vim_birthday`,
            `vim_instagramframeescape_0226`, `vim_dreamcareer_0226`, `vim_ces_show`,
            `vim_amazonia`, `vim_arctic`, `vim_sketch_me`, `vim_product_showcase`,
            `each_explodedloop_0226`, `each_ugcproduct_0226`. Default: "overlay_gray_5443".
        options (str | None): JSON object `WorkflowOptions` (the template's settings). Default: "{}".
        event_id (str | None): An event this run belongs to (`no_event` for none). Default: "no_event".
        webhook_url (str | None): Notified when the workflow ends, for templates that support it. The vendor
            document's prose (the `workflow` tag's "Webhook Integration") sends it; its body
            schema omits it.
    """

    title: str | None = None
    description: str | None = None
    visibility_status: VisibilityStatus | str | None = None
    image_files: list[File] | None = None
    image_urls: list[str] | None = None
    template_id: WorkflowTemplate | str | None = None
    options: str | None = None
    event_id: str | None = None
    webhook_url: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "title",
        "description",
        "visibility_status",
        "image_files",
        "image_urls",
        "template_id",
        "options",
        "event_id",
        "webhook_url",
    )
    _KEYS = frozenset(
        (
            "title",
            "description",
            "visibility_status",
            "image_files",
            "image_urls",
            "template_id",
            "options",
            "event_id",
            "webhook_url",
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
        if self.image_files is not None:
            field_dict["image_files"] = wire(self.image_files)
        if self.image_urls is not None:
            field_dict["image_urls"] = wire(self.image_urls)
        if self.template_id is not None:
            field_dict["template_id"] = wire(self.template_id)
        if self.options is not None:
            field_dict["options"] = wire(self.options)
        if self.event_id is not None:
            field_dict["event_id"] = wire(self.event_id)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if self.title is not None:
            files.append(("title", (None, form_text(self.title).encode(), "text/plain")))
        if self.description is not None:
            files.append(("description", (None, form_text(self.description).encode(), "text/plain")))
        if self.visibility_status is not None:
            files.append(("visibility_status", (None, form_text(self.visibility_status).encode(), "text/plain")))
        if self.image_files is not None:
            for item in self.image_files:
                files.append(("image_files", item.to_tuple()))
        if self.image_urls is not None:
            for item in self.image_urls:
                files.append(("image_urls", (None, form_text(item).encode(), "text/plain")))
        if self.template_id is not None:
            files.append(("template_id", (None, form_text(self.template_id).encode(), "text/plain")))
        if self.options is not None:
            files.append(("options", (None, form_text(self.options).encode(), "text/plain")))
        if self.event_id is not None:
            files.append(("event_id", (None, form_text(self.event_id).encode(), "text/plain")))
        if self.webhook_url is not None:
            files.append(("webhook_url", (None, form_text(self.webhook_url).encode(), "text/plain")))
        return files

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
        obj.image_files = read_list(g("image_files"), _identity)
        obj.image_urls = read_list(g("image_urls"), read_str)
        obj.template_id = read_enum(WorkflowTemplate, g("template_id"))
        obj.options = v if (v := g("options")).__class__ is str or v is None else read_str(v)
        obj.event_id = v if (v := g("event_id")).__class__ is str or v is None else read_str(v)
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj._raw = src_dict
        return obj
