from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_processing_status import MediaProcessingStatus
from ..models.visibility_status import VisibilityStatus
from ..types import (
    model_repr,
    read_bool,
    read_enum,
    read_float,
    read_int,
    read_model,
    read_str,
    required,
    wire,
)


def _identity(value: Any) -> Any:
    return value


_new = object.__new__


@_attrs_define(repr=False)
class Media:
    """A media (video generation job) and its results.

    Attributes:
        id (str):
        processing_status (MediaProcessingStatus | str): `queue_bullet` waiting, `processing_bullet` generating; terminal: `success`,
            `fail`, `cancel`.
        title (str | None):
        description (str | None):
        rating (str | None): The user's rating (free text, typically `"1"` to `"5"`), `""` while unrated.
        customer_id (str | None):
        batch_id (str | None): The story this media belongs to, if any.
        base_url (str | None):
        is_transition (bool | None):
        duration_time (float | None):
        progress_percentage (int | None):
        visibility_status (VisibilityStatus | str | None): `"0"` private, `"1"` unlisted, `"2"` public.
        file_map (list[FileMapEntry] | None):
        submit_params (SubmitParams | None): Pipeline parameters a job was submitted with.
        pose_preset (MediaPosePreset | None): Motion settings of a media (`Params` is `Key=Value|…`).
        bullet_version (int | None):
        video_history (list[VideoHistoryEntry] | None):
        result (list[MediaResult] | None):
        webhook_url (str | None):
        nsfw (int | None):
        service_name (str | None):
        service_version (str | None):
        version (str | None):
        created_at (str | None): Timestamp, e.g. `2025-04-01 18:57:37.355064+00:00`.
        updated_at (str | None):
    """

    id: str
    processing_status: MediaProcessingStatus | str
    title: str | None = None
    description: str | None = None
    rating: str | None = None
    customer_id: str | None = None
    batch_id: str | None = None
    base_url: str | None = None
    is_transition: bool | None = None
    duration_time: float | None = None
    progress_percentage: int | None = None
    visibility_status: VisibilityStatus | str | None = None
    file_map: list[FileMapEntry] | None = None
    submit_params: SubmitParams | None = None
    pose_preset: MediaPosePreset | None = None
    bullet_version: int | None = None
    video_history: list[VideoHistoryEntry] | None = None
    result: list[MediaResult] | None = None
    webhook_url: str | None = None
    nsfw: int | None = None
    service_name: str | None = None
    service_version: str | None = None
    version: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    _extra: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "id",
        "processing_status",
        "title",
        "description",
        "rating",
        "customer_id",
        "batch_id",
        "base_url",
        "is_transition",
        "duration_time",
        "progress_percentage",
        "visibility_status",
        "file_map",
        "submit_params",
        "pose_preset",
        "bullet_version",
        "video_history",
        "result",
        "webhook_url",
        "nsfw",
        "service_name",
        "service_version",
        "version",
        "created_at",
        "updated_at",
    )
    _KEYS = frozenset(
        (
            "id",
            "processing_status",
            "title",
            "description",
            "rating",
            "customer_id",
            "batch_id",
            "base_url",
            "is_transition",
            "duration_time",
            "progress_percentage",
            "visibility_status",
            "file_map",
            "submit_params",
            "pose_preset",
            "bullet_version",
            "video_history",
            "result",
            "webhook_url",
            "nsfw",
            "service_name",
            "service_version",
            "version",
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
        if self.rating is not None:
            field_dict["rating"] = wire(self.rating)
        if self.customer_id is not None:
            field_dict["customer_id"] = wire(self.customer_id)
        if self.batch_id is not None:
            field_dict["batch_id"] = wire(self.batch_id)
        if self.base_url is not None:
            field_dict["base_url"] = wire(self.base_url)
        if self.is_transition is not None:
            field_dict["is_transition"] = wire(self.is_transition)
        if self.duration_time is not None:
            field_dict["duration_time"] = wire(self.duration_time)
        if self.progress_percentage is not None:
            field_dict["progress_percentage"] = wire(self.progress_percentage)
        if self.visibility_status is not None:
            field_dict["visibility_status"] = wire(self.visibility_status)
        if self.file_map is not None:
            field_dict["file_map"] = wire(self.file_map)
        if self.submit_params is not None:
            field_dict["submit_params"] = wire(self.submit_params)
        if self.pose_preset is not None:
            field_dict["pose_preset"] = wire(self.pose_preset)
        if self.bullet_version is not None:
            field_dict["bullet_version"] = wire(self.bullet_version)
        if self.video_history is not None:
            field_dict["video_history"] = wire(self.video_history)
        if self.result is not None:
            field_dict["result"] = wire(self.result)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        if self.nsfw is not None:
            field_dict["nsfw"] = wire(self.nsfw)
        if self.service_name is not None:
            field_dict["service_name"] = wire(self.service_name)
        if self.service_version is not None:
            field_dict["service_version"] = wire(self.service_version)
        if self.version is not None:
            field_dict["version"] = wire(self.version)
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
        obj.id = required((v if (v := g("id")).__class__ is str or v is None else read_str(v)), "Media", "id")
        obj.processing_status = required(
            read_enum(MediaProcessingStatus, g("processing_status")), "Media", "processing_status"
        )
        obj.title = v if (v := g("title")).__class__ is str or v is None else read_str(v)
        obj.description = v if (v := g("description")).__class__ is str or v is None else read_str(v)
        obj.rating = v if (v := g("rating")).__class__ is str or v is None else read_str(v)
        obj.customer_id = v if (v := g("customer_id")).__class__ is str or v is None else read_str(v)
        obj.batch_id = v if (v := g("batch_id")).__class__ is str or v is None else read_str(v)
        obj.base_url = v if (v := g("base_url")).__class__ is str or v is None else read_str(v)
        obj.is_transition = v if (v := g("is_transition")).__class__ is bool or v is None else read_bool(v)
        obj.duration_time = v if (v := g("duration_time")).__class__ is float or v is None else read_float(v)
        obj.progress_percentage = v if (v := g("progress_percentage")).__class__ is int or v is None else read_int(v)
        obj.visibility_status = read_enum(VisibilityStatus, g("visibility_status"))
        obj.file_map = (
            [FileMapEntry.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("file_map")).__class__ is list
            else None
        )
        obj.submit_params = (
            SubmitParams.from_dict(v)
            if (v := g("submit_params")).__class__ is dict
            else read_model(SubmitParams.from_dict, v)
        )
        obj.pose_preset = (
            MediaPosePreset.from_dict(v)
            if (v := g("pose_preset")).__class__ is dict
            else read_model(MediaPosePreset.from_dict, v)
        )
        obj.bullet_version = v if (v := g("bullet_version")).__class__ is int or v is None else read_int(v)
        obj.video_history = (
            [VideoHistoryEntry.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("video_history")).__class__ is list
            else None
        )
        obj.result = (
            [MediaResult.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("result")).__class__ is list
            else None
        )
        obj.webhook_url = v if (v := g("webhook_url")).__class__ is str or v is None else read_str(v)
        obj.nsfw = v if (v := g("nsfw")).__class__ is int or v is None else read_int(v)
        obj.service_name = v if (v := g("service_name")).__class__ is str or v is None else read_str(v)
        obj.service_version = v if (v := g("service_version")).__class__ is str or v is None else read_str(v)
        obj.version = v if (v := g("version")).__class__ is str or v is None else read_str(v)
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
from ..models.file_map_entry import FileMapEntry
from ..models.media_pose_preset import MediaPosePreset
from ..models.media_result import MediaResult
from ..models.submit_params import SubmitParams
from ..models.video_history_entry import VideoHistoryEntry
