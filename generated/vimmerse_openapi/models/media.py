from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_processing_status import MediaProcessingStatus
from ..models.visibility_status import VisibilityStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_map_entry import FileMapEntry
    from ..models.media_pose_preset import MediaPosePreset
    from ..models.media_result import MediaResult
    from ..models.submit_params import SubmitParams
    from ..models.video_history_entry import VideoHistoryEntry


T = TypeVar("T", bound="Media")


@_attrs_define
class Media:
    """A media (video generation job) and its results.

    Attributes:
        id (str | Unset):
        title (str | Unset):
        description (str | Unset):
        rating (str | Unset):
        customer_id (str | Unset):
        batch_id (str | Unset): The story this media belongs to, if any.
        base_url (str | Unset):
        is_transition (bool | str | Unset):
        duration_time (float | str | Unset):
        progress_percentage (int | str | Unset):
        processing_status (MediaProcessingStatus | str | Unset):
        visibility_status (str | Unset | VisibilityStatus):
        file_map (list[FileMapEntry] | Unset):
        submit_params (SubmitParams | Unset): Pipeline parameters a job was submitted with.
        pose_preset (MediaPosePreset | Unset): Motion settings of a media (`Params` is `Key=Value|…`).
        bullet_version (int | str | Unset):
        video_history (list[VideoHistoryEntry] | Unset):
        result (list[MediaResult] | Unset):
        webhook_url (str | Unset):
        nsfw (int | str | Unset):
        service_name (str | Unset):
        service_version (str | Unset):
        version (str | Unset):
        created_at (str | Unset): Timestamp, e.g. `2025-04-01 18:57:37.355064+00:00`.
        updated_at (str | Unset):
    """

    id: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    rating: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    batch_id: str | Unset = UNSET
    base_url: str | Unset = UNSET
    is_transition: bool | str | Unset = UNSET
    duration_time: float | str | Unset = UNSET
    progress_percentage: int | str | Unset = UNSET
    processing_status: MediaProcessingStatus | str | Unset = UNSET
    visibility_status: str | Unset | VisibilityStatus = UNSET
    file_map: list[FileMapEntry] | Unset = UNSET
    submit_params: SubmitParams | Unset = UNSET
    pose_preset: MediaPosePreset | Unset = UNSET
    bullet_version: int | str | Unset = UNSET
    video_history: list[VideoHistoryEntry] | Unset = UNSET
    result: list[MediaResult] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    nsfw: int | str | Unset = UNSET
    service_name: str | Unset = UNSET
    service_version: str | Unset = UNSET
    version: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        rating = self.rating

        customer_id = self.customer_id

        batch_id = self.batch_id

        base_url = self.base_url

        is_transition: bool | str | Unset
        if isinstance(self.is_transition, Unset):
            is_transition = UNSET
        else:
            is_transition = self.is_transition

        duration_time: float | str | Unset
        if isinstance(self.duration_time, Unset):
            duration_time = UNSET
        else:
            duration_time = self.duration_time

        progress_percentage: int | str | Unset
        if isinstance(self.progress_percentage, Unset):
            progress_percentage = UNSET
        else:
            progress_percentage = self.progress_percentage

        processing_status: str | Unset
        if isinstance(self.processing_status, Unset):
            processing_status = UNSET
        elif isinstance(self.processing_status, MediaProcessingStatus):
            processing_status = self.processing_status.value
        else:
            processing_status = self.processing_status

        visibility_status: str | Unset
        if isinstance(self.visibility_status, Unset):
            visibility_status = UNSET
        elif isinstance(self.visibility_status, VisibilityStatus):
            visibility_status = self.visibility_status.value
        else:
            visibility_status = self.visibility_status

        file_map: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_map, Unset):
            file_map = []
            for file_map_item_data in self.file_map:
                file_map_item = file_map_item_data.to_dict()
                file_map.append(file_map_item)

        submit_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submit_params, Unset):
            submit_params = self.submit_params.to_dict()

        pose_preset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pose_preset, Unset):
            pose_preset = self.pose_preset.to_dict()

        bullet_version: int | str | Unset
        if isinstance(self.bullet_version, Unset):
            bullet_version = UNSET
        else:
            bullet_version = self.bullet_version

        video_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_history, Unset):
            video_history = []
            for video_history_item_data in self.video_history:
                video_history_item = video_history_item_data.to_dict()
                video_history.append(video_history_item)

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        webhook_url = self.webhook_url

        nsfw: int | str | Unset
        if isinstance(self.nsfw, Unset):
            nsfw = UNSET
        else:
            nsfw = self.nsfw

        service_name = self.service_name

        service_version = self.service_version

        version = self.version

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if rating is not UNSET:
            field_dict["rating"] = rating
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if is_transition is not UNSET:
            field_dict["is_transition"] = is_transition
        if duration_time is not UNSET:
            field_dict["duration_time"] = duration_time
        if progress_percentage is not UNSET:
            field_dict["progress_percentage"] = progress_percentage
        if processing_status is not UNSET:
            field_dict["processing_status"] = processing_status
        if visibility_status is not UNSET:
            field_dict["visibility_status"] = visibility_status
        if file_map is not UNSET:
            field_dict["file_map"] = file_map
        if submit_params is not UNSET:
            field_dict["submit_params"] = submit_params
        if pose_preset is not UNSET:
            field_dict["pose_preset"] = pose_preset
        if bullet_version is not UNSET:
            field_dict["bullet_version"] = bullet_version
        if video_history is not UNSET:
            field_dict["video_history"] = video_history
        if result is not UNSET:
            field_dict["result"] = result
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if service_version is not UNSET:
            field_dict["service_version"] = service_version
        if version is not UNSET:
            field_dict["version"] = version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        rating = d.pop("rating", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        batch_id = d.pop("batch_id", UNSET)

        base_url = d.pop("base_url", UNSET)

        def _parse_is_transition(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        is_transition = _parse_is_transition(d.pop("is_transition", UNSET))

        def _parse_duration_time(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        duration_time = _parse_duration_time(d.pop("duration_time", UNSET))

        def _parse_progress_percentage(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        progress_percentage = _parse_progress_percentage(d.pop("progress_percentage", UNSET))

        def _parse_processing_status(data: object) -> MediaProcessingStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processing_status_type_0 = MediaProcessingStatus(data)

                return processing_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaProcessingStatus | str | Unset, data)

        processing_status = _parse_processing_status(d.pop("processing_status", UNSET))

        def _parse_visibility_status(data: object) -> str | Unset | VisibilityStatus:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visibility_status_type_0 = VisibilityStatus(data)

                return visibility_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | VisibilityStatus, data)

        visibility_status = _parse_visibility_status(d.pop("visibility_status", UNSET))

        _file_map = d.pop("file_map", UNSET)
        file_map: list[FileMapEntry] | Unset = UNSET
        if _file_map is not UNSET:
            file_map = []
            for file_map_item_data in _file_map:
                file_map_item = FileMapEntry.from_dict(file_map_item_data)

                file_map.append(file_map_item)

        _submit_params = d.pop("submit_params", UNSET)
        submit_params: SubmitParams | Unset
        if isinstance(_submit_params, Unset):
            submit_params = UNSET
        else:
            submit_params = SubmitParams.from_dict(_submit_params)

        _pose_preset = d.pop("pose_preset", UNSET)
        pose_preset: MediaPosePreset | Unset
        if isinstance(_pose_preset, Unset):
            pose_preset = UNSET
        else:
            pose_preset = MediaPosePreset.from_dict(_pose_preset)

        def _parse_bullet_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        bullet_version = _parse_bullet_version(d.pop("bullet_version", UNSET))

        _video_history = d.pop("video_history", UNSET)
        video_history: list[VideoHistoryEntry] | Unset = UNSET
        if _video_history is not UNSET:
            video_history = []
            for video_history_item_data in _video_history:
                video_history_item = VideoHistoryEntry.from_dict(video_history_item_data)

                video_history.append(video_history_item)

        _result = d.pop("result", UNSET)
        result: list[MediaResult] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = MediaResult.from_dict(result_item_data)

                result.append(result_item)

        webhook_url = d.pop("webhook_url", UNSET)

        def _parse_nsfw(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        nsfw = _parse_nsfw(d.pop("nsfw", UNSET))

        service_name = d.pop("service_name", UNSET)

        service_version = d.pop("service_version", UNSET)

        version = d.pop("version", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        media = cls(
            id=id,
            title=title,
            description=description,
            rating=rating,
            customer_id=customer_id,
            batch_id=batch_id,
            base_url=base_url,
            is_transition=is_transition,
            duration_time=duration_time,
            progress_percentage=progress_percentage,
            processing_status=processing_status,
            visibility_status=visibility_status,
            file_map=file_map,
            submit_params=submit_params,
            pose_preset=pose_preset,
            bullet_version=bullet_version,
            video_history=video_history,
            result=result,
            webhook_url=webhook_url,
            nsfw=nsfw,
            service_name=service_name,
            service_version=service_version,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        media.additional_properties = d
        return media

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
# method runs on every call (about 1 us each, a third of Story.from_dict), and importing here,
# once the class exists, still resolves cycles between models.
from ..models.file_map_entry import FileMapEntry
from ..models.media_pose_preset import MediaPosePreset
from ..models.media_result import MediaResult
from ..models.submit_params import SubmitParams
from ..models.video_history_entry import VideoHistoryEntry
