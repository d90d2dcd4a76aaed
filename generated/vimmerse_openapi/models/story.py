from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..models.language import Language
from ..models.story_status import StoryStatus
from ..models.visibility_status import VisibilityStatus
from ..types import (
    model_repr,
    read_bool,
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


@_attrs_define(repr=False)
class Story:
    """A story and its progress.

    Attributes:
        id (str):
        status (StoryStatus | str): `new` created, `processing` generating; terminal: `success`, `fail`.
        email (str | None):
        manager_id (str | None):
        customer_id (str | None):
        is_highlights (bool | None):
        title (str | None):
        description (str | None):
        visibility_status (VisibilityStatus | str | None): `"0"` private, `"1"` unlisted, `"2"` public.
        idea (str | None):
        storyboard (Storyboard | None): A story's plan (`storyboard` field, JSON-encoded in forms).
        scenes (list[StoryScene] | None):
        story_version (int | None):
        message (str | None): Why the story failed, when it did.
        note (str | None):
        feedback (str | None):
        is_transition (bool | None):
        files (list[FileMapEntry] | None):
        medias (list[StoryMedia] | None):
        finished_medias (list[StoryMedia] | None):
        failed_medias (list[StoryMedia] | None):
        image_urls (list[str] | None):
        image_prompts (list[str] | None):
        pose_preset (list[StoryPosePreset] | None):
        submit_params (SubmitParams | None): Pipeline parameters a job was submitted with.
        progress_percentage (int | None):
        generate_type (str | None):
        audio_option (StoryAudioSettings | None): A story's audio settings as stored (lenient twin of `StoryAudioOption`).
        has_bg_music (bool | None):
        has_narration (bool | None):
        narrator (str | None):
        language (Language | str | None): Language of the storyboard and narration.
        aspect_ratio (AspectRatio | str | None): Width:height of the video.
        scene_count (int | None):
        narration_url (str | None):
        audio_urls (list[str] | None):
        video_url (str | None): The composed video, once `status` is `success`.
        used_credits (int | None):
        show_title (bool | None):
        webhook_url (str | None):
        version (str | None):
        created_at (str | None):
        updated_at (str | None):
    """

    id: str
    status: StoryStatus | str
    email: str | None = None
    manager_id: str | None = None
    customer_id: str | None = None
    is_highlights: bool | None = None
    title: str | None = None
    description: str | None = None
    visibility_status: VisibilityStatus | str | None = None
    idea: str | None = None
    storyboard: Storyboard | None = None
    scenes: list[StoryScene] | None = None
    story_version: int | None = None
    message: str | None = None
    note: str | None = None
    feedback: str | None = None
    is_transition: bool | None = None
    files: list[FileMapEntry] | None = None
    medias: list[StoryMedia] | None = None
    finished_medias: list[StoryMedia] | None = None
    failed_medias: list[StoryMedia] | None = None
    image_urls: list[str] | None = None
    image_prompts: list[str] | None = None
    pose_preset: list[StoryPosePreset] | None = None
    submit_params: SubmitParams | None = None
    progress_percentage: int | None = None
    generate_type: str | None = None
    audio_option: StoryAudioSettings | None = None
    has_bg_music: bool | None = None
    has_narration: bool | None = None
    narrator: str | None = None
    language: Language | str | None = None
    aspect_ratio: AspectRatio | str | None = None
    scene_count: int | None = None
    narration_url: str | None = None
    audio_urls: list[str] | None = None
    video_url: str | None = None
    used_credits: int | None = None
    show_title: bool | None = None
    webhook_url: str | None = None
    version: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    _FIELDS = (
        "id",
        "status",
        "email",
        "manager_id",
        "customer_id",
        "is_highlights",
        "title",
        "description",
        "visibility_status",
        "idea",
        "storyboard",
        "scenes",
        "story_version",
        "message",
        "note",
        "feedback",
        "is_transition",
        "files",
        "medias",
        "finished_medias",
        "failed_medias",
        "image_urls",
        "image_prompts",
        "pose_preset",
        "submit_params",
        "progress_percentage",
        "generate_type",
        "audio_option",
        "has_bg_music",
        "has_narration",
        "narrator",
        "language",
        "aspect_ratio",
        "scene_count",
        "narration_url",
        "audio_urls",
        "video_url",
        "used_credits",
        "show_title",
        "webhook_url",
        "version",
        "created_at",
        "updated_at",
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
        field_dict["id"] = wire(self.id)
        field_dict["status"] = wire(self.status)
        if self.email is not None:
            field_dict["email"] = wire(self.email)
        if self.manager_id is not None:
            field_dict["manager_id"] = wire(self.manager_id)
        if self.customer_id is not None:
            field_dict["customer_id"] = wire(self.customer_id)
        if self.is_highlights is not None:
            field_dict["is_highlights"] = wire(self.is_highlights)
        if self.title is not None:
            field_dict["title"] = wire(self.title)
        if self.description is not None:
            field_dict["description"] = wire(self.description)
        if self.visibility_status is not None:
            field_dict["visibility_status"] = wire(self.visibility_status)
        if self.idea is not None:
            field_dict["idea"] = wire(self.idea)
        if self.storyboard is not None:
            field_dict["storyboard"] = wire(self.storyboard)
        if self.scenes is not None:
            field_dict["scenes"] = wire(self.scenes)
        if self.story_version is not None:
            field_dict["story_version"] = wire(self.story_version)
        if self.message is not None:
            field_dict["message"] = wire(self.message)
        if self.note is not None:
            field_dict["note"] = wire(self.note)
        if self.feedback is not None:
            field_dict["feedback"] = wire(self.feedback)
        if self.is_transition is not None:
            field_dict["is_transition"] = wire(self.is_transition)
        if self.files is not None:
            field_dict["files"] = wire(self.files)
        if self.medias is not None:
            field_dict["medias"] = wire(self.medias)
        if self.finished_medias is not None:
            field_dict["finished_medias"] = wire(self.finished_medias)
        if self.failed_medias is not None:
            field_dict["failed_medias"] = wire(self.failed_medias)
        if self.image_urls is not None:
            field_dict["image_urls"] = wire(self.image_urls)
        if self.image_prompts is not None:
            field_dict["image_prompts"] = wire(self.image_prompts)
        if self.pose_preset is not None:
            field_dict["pose_preset"] = wire(self.pose_preset)
        if self.submit_params is not None:
            field_dict["submit_params"] = wire(self.submit_params)
        if self.progress_percentage is not None:
            field_dict["progress_percentage"] = wire(self.progress_percentage)
        if self.generate_type is not None:
            field_dict["generate_type"] = wire(self.generate_type)
        if self.audio_option is not None:
            field_dict["audio_option"] = wire(self.audio_option)
        if self.has_bg_music is not None:
            field_dict["has_bg_music"] = wire(self.has_bg_music)
        if self.has_narration is not None:
            field_dict["has_narration"] = wire(self.has_narration)
        if self.narrator is not None:
            field_dict["narrator"] = wire(self.narrator)
        if self.language is not None:
            field_dict["language"] = wire(self.language)
        if self.aspect_ratio is not None:
            field_dict["aspect_ratio"] = wire(self.aspect_ratio)
        if self.scene_count is not None:
            field_dict["scene_count"] = wire(self.scene_count)
        if self.narration_url is not None:
            field_dict["narration_url"] = wire(self.narration_url)
        if self.audio_urls is not None:
            field_dict["audio_urls"] = wire(self.audio_urls)
        if self.video_url is not None:
            field_dict["video_url"] = wire(self.video_url)
        if self.used_credits is not None:
            field_dict["used_credits"] = wire(self.used_credits)
        if self.show_title is not None:
            field_dict["show_title"] = wire(self.show_title)
        if self.webhook_url is not None:
            field_dict["webhook_url"] = wire(self.webhook_url)
        if self.version is not None:
            field_dict["version"] = wire(self.version)
        if self.created_at is not None:
            field_dict["created_at"] = wire(self.created_at)
        if self.updated_at is not None:
            field_dict["updated_at"] = wire(self.updated_at)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        obj = cls(
            id=required(read_str(d.pop("id", None)), "Story", "id"),
            status=required(read_enum(StoryStatus, d.pop("status", None)), "Story", "status"),
            email=read_str(d.pop("email", None)),
            manager_id=read_str(d.pop("manager_id", None)),
            customer_id=read_str(d.pop("customer_id", None)),
            is_highlights=read_bool(d.pop("is_highlights", None)),
            title=read_str(d.pop("title", None)),
            description=read_str(d.pop("description", None)),
            visibility_status=read_enum(VisibilityStatus, d.pop("visibility_status", None)),
            idea=read_str(d.pop("idea", None)),
            storyboard=read_model(Storyboard.from_dict, d.pop("storyboard", None)),
            scenes=read_list(d.pop("scenes", None), partial(read_model, StoryScene.from_dict)),
            story_version=read_int(d.pop("story_version", None)),
            message=read_str(d.pop("message", None)),
            note=read_str(d.pop("note", None)),
            feedback=read_str(d.pop("feedback", None)),
            is_transition=read_bool(d.pop("is_transition", None)),
            files=read_list(d.pop("files", None), partial(read_model, FileMapEntry.from_dict)),
            medias=read_list(d.pop("medias", None), partial(read_model, StoryMedia.from_dict)),
            finished_medias=read_list(d.pop("finished_medias", None), partial(read_model, StoryMedia.from_dict)),
            failed_medias=read_list(d.pop("failed_medias", None), partial(read_model, StoryMedia.from_dict)),
            image_urls=read_list(d.pop("image_urls", None), read_str),
            image_prompts=read_list(d.pop("image_prompts", None), read_str),
            pose_preset=read_list(d.pop("pose_preset", None), partial(read_model, StoryPosePreset.from_dict)),
            submit_params=read_model(SubmitParams.from_dict, d.pop("submit_params", None)),
            progress_percentage=read_int(d.pop("progress_percentage", None)),
            generate_type=read_str(d.pop("generate_type", None)),
            audio_option=read_model(StoryAudioSettings.from_dict, d.pop("audio_option", None)),
            has_bg_music=read_bool(d.pop("has_bg_music", None)),
            has_narration=read_bool(d.pop("has_narration", None)),
            narrator=read_str(d.pop("narrator", None)),
            language=read_enum(Language, d.pop("language", None)),
            aspect_ratio=read_enum(AspectRatio, d.pop("aspect_ratio", None)),
            scene_count=read_int(d.pop("scene_count", None)),
            narration_url=read_str(d.pop("narration_url", None)),
            audio_urls=read_list(d.pop("audio_urls", None), read_str),
            video_url=read_str(d.pop("video_url", None)),
            used_credits=read_int(d.pop("used_credits", None)),
            show_title=read_bool(d.pop("show_title", None)),
            webhook_url=read_union(d.pop("webhook_url", None), exact=(str,), readers=(read_str,)),
            version=read_str(d.pop("version", None)),
            created_at=read_str(d.pop("created_at", None)),
            updated_at=read_str(d.pop("updated_at", None)),
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


# Imported after the class rather than inside from_dict/to_dict: an import statement in a
# method runs on every call, and importing here, once the class exists, still resolves cycles
# between models.
from ..models.file_map_entry import FileMapEntry
from ..models.story_audio_settings import StoryAudioSettings
from ..models.story_media import StoryMedia
from ..models.story_pose_preset import StoryPosePreset
from ..models.story_scene import StoryScene
from ..models.storyboard import Storyboard
from ..models.submit_params import SubmitParams
