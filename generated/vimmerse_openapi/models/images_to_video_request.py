from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.aspect_ratio import AspectRatio
from ..models.language import Language
from ..models.scene_duration import SceneDuration
from ..models.story_video_tool import StoryVideoTool
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.story_audio_option import StoryAudioOption


T = TypeVar("T", bound="ImagesToVideoRequest")


@_attrs_define
class ImagesToVideoRequest:
    """
    Attributes:
        image_urls (list[str]): Public image URLs, one scene each.
        idea (str | Unset):  Default: 'Create a stunning video showcasing these images with a compelling narrative'.
        title (str | Unset):  Default: ''.
        video_tool (StoryVideoTool | Unset): Animation model of the automatic story modes. Default: StoryVideoTool.AUTO.
        scene_duration (SceneDuration | Unset): Seconds per scene in the automatic story modes. Default:
            SceneDuration.FIVE_SECONDS.
        aspect_ratio (AspectRatio | Unset): Width:height of the video. Default: AspectRatio.LANDSCAPE_16_9.
        is_transition (bool | Unset):  Default: False.
        audio_option (StoryAudioOption | Unset): Audio of a story, sent as an object in JSON bodies and JSON-encoded in
            form
            fields. With `native_audio`, narration is off.
        language (Language | Unset): Language of the storyboard and narration. Default: Language.ENGLISH.
        webhook_url (str | Unset):
    """

    image_urls: list[str]
    idea: str | Unset = "Create a stunning video showcasing these images with a compelling narrative"
    title: str | Unset = ""
    video_tool: StoryVideoTool | Unset = StoryVideoTool.AUTO
    scene_duration: SceneDuration | Unset = SceneDuration.FIVE_SECONDS
    aspect_ratio: AspectRatio | Unset = AspectRatio.LANDSCAPE_16_9
    is_transition: bool | Unset = False
    audio_option: StoryAudioOption | Unset = UNSET
    language: Language | Unset = Language.ENGLISH
    webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        idea = self.idea

        title = self.title

        video_tool: str | Unset = UNSET
        if not isinstance(self.video_tool, Unset):
            video_tool = self.video_tool.value

        scene_duration: int | Unset = UNSET
        if not isinstance(self.scene_duration, Unset):
            scene_duration = self.scene_duration.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        is_transition = self.is_transition

        audio_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_option, Unset):
            audio_option = self.audio_option.to_dict()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
            }
        )
        if idea is not UNSET:
            field_dict["idea"] = idea
        if title is not UNSET:
            field_dict["title"] = title
        if video_tool is not UNSET:
            field_dict["video_tool"] = video_tool
        if scene_duration is not UNSET:
            field_dict["scene_duration"] = scene_duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if is_transition is not UNSET:
            field_dict["is_transition"] = is_transition
        if audio_option is not UNSET:
            field_dict["audio_option"] = audio_option
        if language is not UNSET:
            field_dict["language"] = language
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        idea = d.pop("idea", UNSET)

        title = d.pop("title", UNSET)

        _video_tool = d.pop("video_tool", UNSET)
        video_tool: StoryVideoTool | Unset
        if isinstance(_video_tool, Unset):
            video_tool = UNSET
        else:
            video_tool = StoryVideoTool(_video_tool)

        _scene_duration = d.pop("scene_duration", UNSET)
        scene_duration: SceneDuration | Unset
        if isinstance(_scene_duration, Unset):
            scene_duration = UNSET
        else:
            scene_duration = SceneDuration(_scene_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio(_aspect_ratio)

        is_transition = d.pop("is_transition", UNSET)

        _audio_option = d.pop("audio_option", UNSET)
        audio_option: StoryAudioOption | Unset
        if isinstance(_audio_option, Unset):
            audio_option = UNSET
        else:
            audio_option = StoryAudioOption.from_dict(_audio_option)

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = Language(_language)

        webhook_url = d.pop("webhook_url", UNSET)

        images_to_video_request = cls(
            image_urls=image_urls,
            idea=idea,
            title=title,
            video_tool=video_tool,
            scene_duration=scene_duration,
            aspect_ratio=aspect_ratio,
            is_transition=is_transition,
            audio_option=audio_option,
            language=language,
            webhook_url=webhook_url,
        )

        return images_to_video_request


# Imported after the class rather than inside from_dict/to_dict: an import statement in a
# method runs on every call (about 1 us each, a third of Story.from_dict), and importing here,
# once the class exists, still resolves cycles between models.
from ..models.story_audio_option import StoryAudioOption
