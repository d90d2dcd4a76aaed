from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from .. import types
from ..models.aspect_ratio import AspectRatio
from ..models.camera_control import CameraControl
from ..models.motion_type import MotionType
from ..models.try_on_model import TryOnModel
from ..models.visibility_status import VisibilityStatus
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="MediaCreateRequest")


@_attrs_define
class MediaCreateRequest:
    """Body of `createMedia`. Give at least one of `prompt`, `image_files`, `image_urls`, `media_items`.

    Attributes:
        title (str | Unset):  Default: ''.
        description (str | Unset):  Default: ''.
        visibility_status (VisibilityStatus | Unset): `"0"` private, `"1"` unlisted, `"2"` public. Default:
            VisibilityStatus.UNLISTED.
        image_files (list[File] | Unset): One image (animated) or two (first and last frame). Deprecated in favour of
            `media_items`.
        image_urls (list[str] | Unset): Public image URLs; ignored when `image_files` are given. Deprecated in favour of
            `media_items`.
        media_items (str | Unset): JSON array of `MediaItem`; when given, `image_files` and `image_urls` are ignored.
            Example: [{"type":"image","url":"https://example.com/a.png","position":"First"}].
        prompt (str | Unset): What to generate; required when no image is given. Default: ''.
        motion_type (MotionType | Unset): AI model that animates a media. `Auto` picks one. Default: MotionType.AUTO.
        camera_control (CameraControl | Unset): Camera movement. `""` (the default) lets the model choose. Default:
            CameraControl.AUTO.
        quantity (int | Unset): Number of variations. Default: 1.
        duration (int | Unset): Seconds. Default: 5.
        loop (int | Unset): Repetitions of the motion; ignored with narration. Default: 1.
        audio_option (str | Unset): JSON object `MediaAudioOption`. Example: {"narrator":"Rachel","narration":"Hello"}.
        character_animate (bool | Unset): Animate the characters of uploaded videos. Default: False.
        model (TryOnModel | Unset): Model for try-on videos.
        aspect_ratio (AspectRatio | Unset): Width:height of the video.
        webhook_url (str | Unset): Receives `MediaWebhookPayload` when the job ends.
    """

    title: str | Unset = ""
    description: str | Unset = ""
    visibility_status: VisibilityStatus | Unset = VisibilityStatus.UNLISTED
    image_files: list[File] | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    media_items: str | Unset = UNSET
    prompt: str | Unset = ""
    motion_type: MotionType | Unset = MotionType.AUTO
    camera_control: CameraControl | Unset = CameraControl.AUTO
    quantity: int | Unset = 1
    duration: int | Unset = 5
    loop: int | Unset = 1
    audio_option: str | Unset = UNSET
    character_animate: bool | Unset = False
    model: TryOnModel | Unset = UNSET
    aspect_ratio: AspectRatio | Unset = UNSET
    webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        visibility_status: str | Unset = UNSET
        if not isinstance(self.visibility_status, Unset):
            visibility_status = self.visibility_status.value

        image_files: list[FileTypes] | Unset = UNSET
        if not isinstance(self.image_files, Unset):
            image_files = []
            for image_files_item_data in self.image_files:
                image_files_item = image_files_item_data.to_tuple()

                image_files.append(image_files_item)

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

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

        character_animate = self.character_animate

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if visibility_status is not UNSET:
            field_dict["visibility_status"] = visibility_status
        if image_files is not UNSET:
            field_dict["image_files"] = image_files
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
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
        if character_animate is not UNSET:
            field_dict["character_animate"] = character_animate
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.visibility_status, Unset):
            files.append(("visibility_status", (None, str(self.visibility_status.value).encode(), "text/plain")))

        if not isinstance(self.image_files, Unset):
            for image_files_item_element in self.image_files:
                files.append(("image_files", image_files_item_element.to_tuple()))

        if not isinstance(self.image_urls, Unset):
            for image_urls_item_element in self.image_urls:
                files.append(("image_urls", (None, str(image_urls_item_element).encode(), "text/plain")))

        if not isinstance(self.media_items, Unset):
            files.append(("media_items", (None, str(self.media_items).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.motion_type, Unset):
            files.append(("motion_type", (None, str(self.motion_type.value).encode(), "text/plain")))

        if not isinstance(self.camera_control, Unset):
            files.append(("camera_control", (None, str(self.camera_control.value).encode(), "text/plain")))

        if not isinstance(self.quantity, Unset):
            files.append(("quantity", (None, str(self.quantity).encode(), "text/plain")))

        if not isinstance(self.duration, Unset):
            files.append(("duration", (None, str(self.duration).encode(), "text/plain")))

        if not isinstance(self.loop, Unset):
            files.append(("loop", (None, str(self.loop).encode(), "text/plain")))

        if not isinstance(self.audio_option, Unset):
            files.append(("audio_option", (None, str(self.audio_option).encode(), "text/plain")))

        if not isinstance(self.character_animate, Unset):
            files.append(("character_animate", (None, str(self.character_animate).encode(), "text/plain")))

        if not isinstance(self.model, Unset):
            files.append(("model", (None, str(self.model.value).encode(), "text/plain")))

        if not isinstance(self.aspect_ratio, Unset):
            files.append(("aspect_ratio", (None, str(self.aspect_ratio.value).encode(), "text/plain")))

        if not isinstance(self.webhook_url, Unset):
            files.append(("webhook_url", (None, str(self.webhook_url).encode(), "text/plain")))

        return files

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

        _image_files = d.pop("image_files", UNSET)
        image_files: list[File] | Unset = UNSET
        if _image_files is not UNSET:
            image_files = []
            for image_files_item_data in _image_files:
                image_files_item = File(payload=BytesIO(image_files_item_data))

                image_files.append(image_files_item)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

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

        character_animate = d.pop("character_animate", UNSET)

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

        webhook_url = d.pop("webhook_url", UNSET)

        media_create_request = cls(
            title=title,
            description=description,
            visibility_status=visibility_status,
            image_files=image_files,
            image_urls=image_urls,
            media_items=media_items,
            prompt=prompt,
            motion_type=motion_type,
            camera_control=camera_control,
            quantity=quantity,
            duration=duration,
            loop=loop,
            audio_option=audio_option,
            character_animate=character_animate,
            model=model,
            aspect_ratio=aspect_ratio,
            webhook_url=webhook_url,
        )

        return media_create_request
