from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..models.language import Language
from ..models.story_status import StoryStatus
from ..models.visibility_status import VisibilityStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_map_entry import FileMapEntry
    from ..models.story_audio_settings import StoryAudioSettings
    from ..models.story_media import StoryMedia
    from ..models.story_pose_preset import StoryPosePreset
    from ..models.story_scene import StoryScene
    from ..models.storyboard import Storyboard
    from ..models.submit_params import SubmitParams


T = TypeVar("T", bound="Story")


@_attrs_define
class Story:
    """A story and its progress.

    Attributes:
        id (str | Unset):
        email (str | Unset):
        manager_id (str | Unset):
        customer_id (str | Unset):
        is_highlights (bool | str | Unset):
        title (str | Unset):
        description (str | Unset):
        visibility_status (str | Unset | VisibilityStatus):
        idea (str | Unset):
        storyboard (Storyboard | Unset): A story's plan (`storyboard` field, JSON-encoded in forms).
        scenes (list[StoryScene] | Unset):
        story_version (int | str | Unset):
        message (str | Unset): Why the story failed, when it did.
        note (str | Unset):
        feedback (str | Unset):
        is_transition (bool | str | Unset):
        files (list[FileMapEntry | str] | Unset):
        medias (list[StoryMedia | str] | Unset):
        finished_medias (list[StoryMedia | str] | Unset):
        failed_medias (list[StoryMedia | str] | Unset):
        image_urls (list[str] | Unset):
        image_prompts (list[str] | Unset):
        pose_preset (list[StoryPosePreset] | Unset):
        submit_params (SubmitParams | Unset): Pipeline parameters a job was submitted with.
        progress_percentage (int | str | Unset):
        status (StoryStatus | str | Unset):
        generate_type (str | Unset):
        audio_option (StoryAudioSettings | Unset): A story's audio settings as stored (lenient twin of
            `StoryAudioOption`).
        has_bg_music (bool | str | Unset):
        has_narration (bool | str | Unset):
        narrator (str | Unset):
        language (Language | str | Unset):
        aspect_ratio (AspectRatio | str | Unset):
        scene_count (int | str | Unset):
        narration_url (str | Unset):
        audio_urls (list[str] | Unset):
        video_url (str | Unset): The composed video, once `status` is `success`.
        used_credits (int | str | Unset):
        show_title (bool | str | Unset):
        webhook_url (None | str | Unset):
        version (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    manager_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    is_highlights: bool | str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    visibility_status: str | Unset | VisibilityStatus = UNSET
    idea: str | Unset = UNSET
    storyboard: Storyboard | Unset = UNSET
    scenes: list[StoryScene] | Unset = UNSET
    story_version: int | str | Unset = UNSET
    message: str | Unset = UNSET
    note: str | Unset = UNSET
    feedback: str | Unset = UNSET
    is_transition: bool | str | Unset = UNSET
    files: list[FileMapEntry | str] | Unset = UNSET
    medias: list[StoryMedia | str] | Unset = UNSET
    finished_medias: list[StoryMedia | str] | Unset = UNSET
    failed_medias: list[StoryMedia | str] | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    image_prompts: list[str] | Unset = UNSET
    pose_preset: list[StoryPosePreset] | Unset = UNSET
    submit_params: SubmitParams | Unset = UNSET
    progress_percentage: int | str | Unset = UNSET
    status: StoryStatus | str | Unset = UNSET
    generate_type: str | Unset = UNSET
    audio_option: StoryAudioSettings | Unset = UNSET
    has_bg_music: bool | str | Unset = UNSET
    has_narration: bool | str | Unset = UNSET
    narrator: str | Unset = UNSET
    language: Language | str | Unset = UNSET
    aspect_ratio: AspectRatio | str | Unset = UNSET
    scene_count: int | str | Unset = UNSET
    narration_url: str | Unset = UNSET
    audio_urls: list[str] | Unset = UNSET
    video_url: str | Unset = UNSET
    used_credits: int | str | Unset = UNSET
    show_title: bool | str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    version: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        manager_id = self.manager_id

        customer_id = self.customer_id

        is_highlights: bool | str | Unset
        if isinstance(self.is_highlights, Unset):
            is_highlights = UNSET
        else:
            is_highlights = self.is_highlights

        title = self.title

        description = self.description

        visibility_status: str | Unset
        if isinstance(self.visibility_status, Unset):
            visibility_status = UNSET
        elif isinstance(self.visibility_status, VisibilityStatus):
            visibility_status = self.visibility_status.value
        else:
            visibility_status = self.visibility_status

        idea = self.idea

        storyboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storyboard, Unset):
            storyboard = self.storyboard.to_dict()

        scenes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scenes, Unset):
            scenes = []
            for scenes_item_data in self.scenes:
                scenes_item = scenes_item_data.to_dict()
                scenes.append(scenes_item)

        story_version: int | str | Unset
        if isinstance(self.story_version, Unset):
            story_version = UNSET
        else:
            story_version = self.story_version

        message = self.message

        note = self.note

        feedback = self.feedback

        is_transition: bool | str | Unset
        if isinstance(self.is_transition, Unset):
            is_transition = UNSET
        else:
            is_transition = self.is_transition

        files: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item: dict[str, Any] | str
                if isinstance(files_item_data, FileMapEntry):
                    files_item = files_item_data.to_dict()
                else:
                    files_item = files_item_data
                files.append(files_item)

        medias: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.medias, Unset):
            medias = []
            for medias_item_data in self.medias:
                medias_item: dict[str, Any] | str
                if isinstance(medias_item_data, StoryMedia):
                    medias_item = medias_item_data.to_dict()
                else:
                    medias_item = medias_item_data
                medias.append(medias_item)

        finished_medias: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.finished_medias, Unset):
            finished_medias = []
            for finished_medias_item_data in self.finished_medias:
                finished_medias_item: dict[str, Any] | str
                if isinstance(finished_medias_item_data, StoryMedia):
                    finished_medias_item = finished_medias_item_data.to_dict()
                else:
                    finished_medias_item = finished_medias_item_data
                finished_medias.append(finished_medias_item)

        failed_medias: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.failed_medias, Unset):
            failed_medias = []
            for failed_medias_item_data in self.failed_medias:
                failed_medias_item: dict[str, Any] | str
                if isinstance(failed_medias_item_data, StoryMedia):
                    failed_medias_item = failed_medias_item_data.to_dict()
                else:
                    failed_medias_item = failed_medias_item_data
                failed_medias.append(failed_medias_item)

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        image_prompts: list[str] | Unset = UNSET
        if not isinstance(self.image_prompts, Unset):
            image_prompts = self.image_prompts

        pose_preset: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pose_preset, Unset):
            pose_preset = []
            for pose_preset_item_data in self.pose_preset:
                pose_preset_item = pose_preset_item_data.to_dict()
                pose_preset.append(pose_preset_item)

        submit_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submit_params, Unset):
            submit_params = self.submit_params.to_dict()

        progress_percentage: int | str | Unset
        if isinstance(self.progress_percentage, Unset):
            progress_percentage = UNSET
        else:
            progress_percentage = self.progress_percentage

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StoryStatus):
            status = self.status.value
        else:
            status = self.status

        generate_type = self.generate_type

        audio_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_option, Unset):
            audio_option = self.audio_option.to_dict()

        has_bg_music: bool | str | Unset
        if isinstance(self.has_bg_music, Unset):
            has_bg_music = UNSET
        else:
            has_bg_music = self.has_bg_music

        has_narration: bool | str | Unset
        if isinstance(self.has_narration, Unset):
            has_narration = UNSET
        else:
            has_narration = self.has_narration

        narrator = self.narrator

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        aspect_ratio: str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, AspectRatio):
            aspect_ratio = self.aspect_ratio.value
        else:
            aspect_ratio = self.aspect_ratio

        scene_count: int | str | Unset
        if isinstance(self.scene_count, Unset):
            scene_count = UNSET
        else:
            scene_count = self.scene_count

        narration_url = self.narration_url

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        video_url = self.video_url

        used_credits: int | str | Unset
        if isinstance(self.used_credits, Unset):
            used_credits = UNSET
        else:
            used_credits = self.used_credits

        show_title: bool | str | Unset
        if isinstance(self.show_title, Unset):
            show_title = UNSET
        else:
            show_title = self.show_title

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        version = self.version

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if is_highlights is not UNSET:
            field_dict["is_highlights"] = is_highlights
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if visibility_status is not UNSET:
            field_dict["visibility_status"] = visibility_status
        if idea is not UNSET:
            field_dict["idea"] = idea
        if storyboard is not UNSET:
            field_dict["storyboard"] = storyboard
        if scenes is not UNSET:
            field_dict["scenes"] = scenes
        if story_version is not UNSET:
            field_dict["story_version"] = story_version
        if message is not UNSET:
            field_dict["message"] = message
        if note is not UNSET:
            field_dict["note"] = note
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if is_transition is not UNSET:
            field_dict["is_transition"] = is_transition
        if files is not UNSET:
            field_dict["files"] = files
        if medias is not UNSET:
            field_dict["medias"] = medias
        if finished_medias is not UNSET:
            field_dict["finished_medias"] = finished_medias
        if failed_medias is not UNSET:
            field_dict["failed_medias"] = failed_medias
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if image_prompts is not UNSET:
            field_dict["image_prompts"] = image_prompts
        if pose_preset is not UNSET:
            field_dict["pose_preset"] = pose_preset
        if submit_params is not UNSET:
            field_dict["submit_params"] = submit_params
        if progress_percentage is not UNSET:
            field_dict["progress_percentage"] = progress_percentage
        if status is not UNSET:
            field_dict["status"] = status
        if generate_type is not UNSET:
            field_dict["generate_type"] = generate_type
        if audio_option is not UNSET:
            field_dict["audio_option"] = audio_option
        if has_bg_music is not UNSET:
            field_dict["has_bg_music"] = has_bg_music
        if has_narration is not UNSET:
            field_dict["has_narration"] = has_narration
        if narrator is not UNSET:
            field_dict["narrator"] = narrator
        if language is not UNSET:
            field_dict["language"] = language
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if scene_count is not UNSET:
            field_dict["scene_count"] = scene_count
        if narration_url is not UNSET:
            field_dict["narration_url"] = narration_url
        if audio_urls is not UNSET:
            field_dict["audio_urls"] = audio_urls
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if used_credits is not UNSET:
            field_dict["used_credits"] = used_credits
        if show_title is not UNSET:
            field_dict["show_title"] = show_title
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
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

        email = d.pop("email", UNSET)

        manager_id = d.pop("manager_id", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        def _parse_is_highlights(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        is_highlights = _parse_is_highlights(d.pop("is_highlights", UNSET))

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

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

        idea = d.pop("idea", UNSET)

        _storyboard = d.pop("storyboard", UNSET)
        storyboard: Storyboard | Unset
        if isinstance(_storyboard, Unset):
            storyboard = UNSET
        else:
            storyboard = Storyboard.from_dict(_storyboard)

        _scenes = d.pop("scenes", UNSET)
        scenes: list[StoryScene] | Unset = UNSET
        if _scenes is not UNSET:
            scenes = []
            for scenes_item_data in _scenes:
                scenes_item = StoryScene.from_dict(scenes_item_data)

                scenes.append(scenes_item)

        def _parse_story_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        story_version = _parse_story_version(d.pop("story_version", UNSET))

        message = d.pop("message", UNSET)

        note = d.pop("note", UNSET)

        feedback = d.pop("feedback", UNSET)

        def _parse_is_transition(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        is_transition = _parse_is_transition(d.pop("is_transition", UNSET))

        _files = d.pop("files", UNSET)
        files: list[FileMapEntry | str] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:

                def _parse_files_item(data: object) -> FileMapEntry | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        files_item_type_1 = FileMapEntry.from_dict(data)

                        return files_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(FileMapEntry | str, data)

                files_item = _parse_files_item(files_item_data)

                files.append(files_item)

        _medias = d.pop("medias", UNSET)
        medias: list[StoryMedia | str] | Unset = UNSET
        if _medias is not UNSET:
            medias = []
            for medias_item_data in _medias:

                def _parse_medias_item(data: object) -> StoryMedia | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        medias_item_type_0 = StoryMedia.from_dict(data)

                        return medias_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(StoryMedia | str, data)

                medias_item = _parse_medias_item(medias_item_data)

                medias.append(medias_item)

        _finished_medias = d.pop("finished_medias", UNSET)
        finished_medias: list[StoryMedia | str] | Unset = UNSET
        if _finished_medias is not UNSET:
            finished_medias = []
            for finished_medias_item_data in _finished_medias:

                def _parse_finished_medias_item(data: object) -> StoryMedia | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        finished_medias_item_type_0 = StoryMedia.from_dict(data)

                        return finished_medias_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(StoryMedia | str, data)

                finished_medias_item = _parse_finished_medias_item(finished_medias_item_data)

                finished_medias.append(finished_medias_item)

        _failed_medias = d.pop("failed_medias", UNSET)
        failed_medias: list[StoryMedia | str] | Unset = UNSET
        if _failed_medias is not UNSET:
            failed_medias = []
            for failed_medias_item_data in _failed_medias:

                def _parse_failed_medias_item(data: object) -> StoryMedia | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        failed_medias_item_type_0 = StoryMedia.from_dict(data)

                        return failed_medias_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(StoryMedia | str, data)

                failed_medias_item = _parse_failed_medias_item(failed_medias_item_data)

                failed_medias.append(failed_medias_item)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        image_prompts = cast(list[str], d.pop("image_prompts", UNSET))

        _pose_preset = d.pop("pose_preset", UNSET)
        pose_preset: list[StoryPosePreset] | Unset = UNSET
        if _pose_preset is not UNSET:
            pose_preset = []
            for pose_preset_item_data in _pose_preset:
                pose_preset_item = StoryPosePreset.from_dict(pose_preset_item_data)

                pose_preset.append(pose_preset_item)

        _submit_params = d.pop("submit_params", UNSET)
        submit_params: SubmitParams | Unset
        if isinstance(_submit_params, Unset):
            submit_params = UNSET
        else:
            submit_params = SubmitParams.from_dict(_submit_params)

        def _parse_progress_percentage(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        progress_percentage = _parse_progress_percentage(d.pop("progress_percentage", UNSET))

        def _parse_status(data: object) -> StoryStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = StoryStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StoryStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        generate_type = d.pop("generate_type", UNSET)

        _audio_option = d.pop("audio_option", UNSET)
        audio_option: StoryAudioSettings | Unset
        if isinstance(_audio_option, Unset):
            audio_option = UNSET
        else:
            audio_option = StoryAudioSettings.from_dict(_audio_option)

        def _parse_has_bg_music(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        has_bg_music = _parse_has_bg_music(d.pop("has_bg_music", UNSET))

        def _parse_has_narration(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        has_narration = _parse_has_narration(d.pop("has_narration", UNSET))

        narrator = d.pop("narrator", UNSET)

        def _parse_language(data: object) -> Language | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = Language(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_aspect_ratio(data: object) -> AspectRatio | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = AspectRatio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AspectRatio | str | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_scene_count(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        scene_count = _parse_scene_count(d.pop("scene_count", UNSET))

        narration_url = d.pop("narration_url", UNSET)

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        video_url = d.pop("video_url", UNSET)

        def _parse_used_credits(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        used_credits = _parse_used_credits(d.pop("used_credits", UNSET))

        def _parse_show_title(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        show_title = _parse_show_title(d.pop("show_title", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        version = d.pop("version", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        story = cls(
            id=id,
            email=email,
            manager_id=manager_id,
            customer_id=customer_id,
            is_highlights=is_highlights,
            title=title,
            description=description,
            visibility_status=visibility_status,
            idea=idea,
            storyboard=storyboard,
            scenes=scenes,
            story_version=story_version,
            message=message,
            note=note,
            feedback=feedback,
            is_transition=is_transition,
            files=files,
            medias=medias,
            finished_medias=finished_medias,
            failed_medias=failed_medias,
            image_urls=image_urls,
            image_prompts=image_prompts,
            pose_preset=pose_preset,
            submit_params=submit_params,
            progress_percentage=progress_percentage,
            status=status,
            generate_type=generate_type,
            audio_option=audio_option,
            has_bg_music=has_bg_music,
            has_narration=has_narration,
            narrator=narrator,
            language=language,
            aspect_ratio=aspect_ratio,
            scene_count=scene_count,
            narration_url=narration_url,
            audio_urls=audio_urls,
            video_url=video_url,
            used_credits=used_credits,
            show_title=show_title,
            webhook_url=webhook_url,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        story.additional_properties = d
        return story

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
from ..models.story_audio_settings import StoryAudioSettings
from ..models.story_media import StoryMedia
from ..models.story_pose_preset import StoryPosePreset
from ..models.story_scene import StoryScene
from ..models.storyboard import Storyboard
from ..models.submit_params import SubmitParams
