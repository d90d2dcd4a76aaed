from __future__ import annotations

from collections.abc import Mapping
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


_new = object.__new__


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
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    _extra: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

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
    _KEYS = frozenset(
        (
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
        # Built without __init__: attrs' would take every field as a keyword once more. Each
        # slot is set exactly once here, and these classes have no validators, converters or
        # post-init hooks, so the object is the one __init__ would make.
        g = src_dict.get
        obj = _new(cls)
        obj.id = required((v if (v := g("id")).__class__ is str or v is None else read_str(v)), "Story", "id")
        obj.status = required(read_enum(StoryStatus, g("status")), "Story", "status")
        obj.email = v if (v := g("email")).__class__ is str or v is None else read_str(v)
        obj.manager_id = v if (v := g("manager_id")).__class__ is str or v is None else read_str(v)
        obj.customer_id = v if (v := g("customer_id")).__class__ is str or v is None else read_str(v)
        obj.is_highlights = v if (v := g("is_highlights")).__class__ is bool or v is None else read_bool(v)
        obj.title = v if (v := g("title")).__class__ is str or v is None else read_str(v)
        obj.description = v if (v := g("description")).__class__ is str or v is None else read_str(v)
        obj.visibility_status = read_enum(VisibilityStatus, g("visibility_status"))
        obj.idea = v if (v := g("idea")).__class__ is str or v is None else read_str(v)
        obj.storyboard = (
            Storyboard.from_dict(v) if (v := g("storyboard")).__class__ is dict else read_model(Storyboard.from_dict, v)
        )
        obj.scenes = (
            [StoryScene.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("scenes")).__class__ is list
            else None
        )
        obj.story_version = v if (v := g("story_version")).__class__ is int or v is None else read_int(v)
        obj.message = v if (v := g("message")).__class__ is str or v is None else read_str(v)
        obj.note = v if (v := g("note")).__class__ is str or v is None else read_str(v)
        obj.feedback = v if (v := g("feedback")).__class__ is str or v is None else read_str(v)
        obj.is_transition = v if (v := g("is_transition")).__class__ is bool or v is None else read_bool(v)
        obj.files = (
            [FileMapEntry.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("files")).__class__ is list
            else None
        )
        obj.medias = (
            [StoryMedia.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("medias")).__class__ is list
            else None
        )
        obj.finished_medias = (
            [StoryMedia.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("finished_medias")).__class__ is list
            else None
        )
        obj.failed_medias = (
            [StoryMedia.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("failed_medias")).__class__ is list
            else None
        )
        obj.image_urls = read_list(g("image_urls"), read_str)
        obj.image_prompts = read_list(g("image_prompts"), read_str)
        obj.pose_preset = (
            [StoryPosePreset.from_dict(i) for i in v if i.__class__ is dict]
            if (v := g("pose_preset")).__class__ is list
            else None
        )
        obj.submit_params = (
            SubmitParams.from_dict(v)
            if (v := g("submit_params")).__class__ is dict
            else read_model(SubmitParams.from_dict, v)
        )
        obj.progress_percentage = v if (v := g("progress_percentage")).__class__ is int or v is None else read_int(v)
        obj.generate_type = v if (v := g("generate_type")).__class__ is str or v is None else read_str(v)
        obj.audio_option = (
            StoryAudioSettings.from_dict(v)
            if (v := g("audio_option")).__class__ is dict
            else read_model(StoryAudioSettings.from_dict, v)
        )
        obj.has_bg_music = v if (v := g("has_bg_music")).__class__ is bool or v is None else read_bool(v)
        obj.has_narration = v if (v := g("has_narration")).__class__ is bool or v is None else read_bool(v)
        obj.narrator = v if (v := g("narrator")).__class__ is str or v is None else read_str(v)
        obj.language = read_enum(Language, g("language"))
        obj.aspect_ratio = read_enum(AspectRatio, g("aspect_ratio"))
        obj.scene_count = v if (v := g("scene_count")).__class__ is int or v is None else read_int(v)
        obj.narration_url = v if (v := g("narration_url")).__class__ is str or v is None else read_str(v)
        obj.audio_urls = read_list(g("audio_urls"), read_str)
        obj.video_url = v if (v := g("video_url")).__class__ is str or v is None else read_str(v)
        obj.used_credits = v if (v := g("used_credits")).__class__ is int or v is None else read_int(v)
        obj.show_title = v if (v := g("show_title")).__class__ is bool or v is None else read_bool(v)
        obj.webhook_url = read_union(g("webhook_url"), exact=(str,), readers=(read_str,))
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
from ..models.story_audio_settings import StoryAudioSettings
from ..models.story_media import StoryMedia
from ..models.story_pose_preset import StoryPosePreset
from ..models.story_scene import StoryScene
from ..models.storyboard import Storyboard
from ..models.submit_params import SubmitParams
