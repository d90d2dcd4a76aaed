from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.aspect_ratio import AspectRatio
from ..models.camera_control import CameraControl
from ..models.motion_type import MotionType
from ..models.rating import Rating
from ..models.try_on_model import TryOnModel
from ..models.visibility_status import VisibilityStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaUpdateRequest")


@_attrs_define
class MediaUpdateRequest:
    """Body of `updateMedia` / `editMedia`. Metadata fields are free; the others
    regenerate the video and cost credits.

        Attributes:
            title (str | Unset):
            description (str | Unset):
            visibility_status (VisibilityStatus | Unset): `"0"` private, `"1"` unlisted, `"2"` public.
            rating (Rating | Unset): A user's rating of a media, `"1"` (worst) to `"5"` (best).
            webhook_url (str | Unset):
            media_items (str | Unset): JSON array of `MediaItem` (regenerates).
            prompt (str | Unset): Regenerates.
            motion_type (MotionType | Unset): AI model that animates a media. `Auto` picks one.
            camera_control (CameraControl | Unset): Camera movement. `""` (the default) lets the model choose.
            quantity (int | Unset):
            duration (int | Unset):
            loop (int | Unset):
            audio_option (str | Unset): JSON object `MediaAudioOption` (regenerates).
            model (TryOnModel | Unset): Model for try-on videos.
            aspect_ratio (AspectRatio | Unset): Width:height of the video.
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    visibility_status: VisibilityStatus | Unset = UNSET
    rating: Rating | Unset = UNSET
    webhook_url: str | Unset = UNSET
    media_items: str | Unset = UNSET
    prompt: str | Unset = UNSET
    motion_type: MotionType | Unset = UNSET
    camera_control: CameraControl | Unset = UNSET
    quantity: int | Unset = UNSET
    duration: int | Unset = UNSET
    loop: int | Unset = UNSET
    audio_option: str | Unset = UNSET
    model: TryOnModel | Unset = UNSET
    aspect_ratio: AspectRatio | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        visibility_status: str | Unset = UNSET
        if not isinstance(self.visibility_status, Unset):
            visibility_status = self.visibility_status.value

        rating: str | Unset = UNSET
        if not isinstance(self.rating, Unset):
            rating = self.rating.value

        webhook_url = self.webhook_url

        media_items = self.media_items

        prompt = self.prompt

        motion_type: str | Unset = UNSET
        if not isinstance(self.motion_type, Unset):
            motion_type = self.motion_type.value

        camera_control: str | Unset = UNSET
        if not isinstance(self.camera_control, Unset):
            camera_control = self.camera_control.value

        quantity = self.quantity

        duration = self.duration

        loop = self.loop

        audio_option = self.audio_option

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if visibility_status is not UNSET:
            field_dict["visibility_status"] = visibility_status
        if rating is not UNSET:
            field_dict["rating"] = rating
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if media_items is not UNSET:
            field_dict["media_items"] = media_items
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if motion_type is not UNSET:
            field_dict["motion_type"] = motion_type
        if camera_control is not UNSET:
            field_dict["camera_control"] = camera_control
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if duration is not UNSET:
            field_dict["duration"] = duration
        if loop is not UNSET:
            field_dict["loop"] = loop
        if audio_option is not UNSET:
            field_dict["audio_option"] = audio_option
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _visibility_status = d.pop("visibility_status", UNSET)
        visibility_status: VisibilityStatus | Unset
        if isinstance(_visibility_status, Unset):
            visibility_status = UNSET
        else:
            visibility_status = VisibilityStatus(_visibility_status)

        _rating = d.pop("rating", UNSET)
        rating: Rating | Unset
        if isinstance(_rating, Unset):
            rating = UNSET
        else:
            rating = Rating(_rating)

        webhook_url = d.pop("webhook_url", UNSET)

        media_items = d.pop("media_items", UNSET)

        prompt = d.pop("prompt", UNSET)

        _motion_type = d.pop("motion_type", UNSET)
        motion_type: MotionType | Unset
        if isinstance(_motion_type, Unset):
            motion_type = UNSET
        else:
            motion_type = MotionType(_motion_type)

        _camera_control = d.pop("camera_control", UNSET)
        camera_control: CameraControl | Unset
        if isinstance(_camera_control, Unset):
            camera_control = UNSET
        else:
            camera_control = CameraControl(_camera_control)

        quantity = d.pop("quantity", UNSET)

        duration = d.pop("duration", UNSET)

        loop = d.pop("loop", UNSET)

        audio_option = d.pop("audio_option", UNSET)

        _model = d.pop("model", UNSET)
        model: TryOnModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = TryOnModel(_model)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio(_aspect_ratio)

        media_update_request = cls(
            title=title,
            description=description,
            visibility_status=visibility_status,
            rating=rating,
            webhook_url=webhook_url,
            media_items=media_items,
            prompt=prompt,
            motion_type=motion_type,
            camera_control=camera_control,
            quantity=quantity,
            duration=duration,
            loop=loop,
            audio_option=audio_option,
            model=model,
            aspect_ratio=aspect_ratio,
        )

        return media_update_request
