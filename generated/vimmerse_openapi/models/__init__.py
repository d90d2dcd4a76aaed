"""Contains all the data models used in inputs/outputs (each imported on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aspect_ratio import AspectRatio
    from .asset import Asset
    from .asset_args import AssetArgs
    from .asset_history_entry import AssetHistoryEntry
    from .asset_response import AssetResponse
    from .asset_status import AssetStatus
    from .audio_speech_option import AudioSpeechOption
    from .audio_text_to_music_request import AudioTextToMusicRequest
    from .audio_text_to_sound_effect_request import AudioTextToSoundEffectRequest
    from .audio_text_to_speech_request import AudioTextToSpeechRequest
    from .audio_upload_request import AudioUploadRequest
    from .camera_control import CameraControl
    from .error_message import ErrorMessage
    from .file_map_entry import FileMapEntry
    from .finetune_create_request import FinetuneCreateRequest
    from .finetune_option import FinetuneOption
    from .finetune_sample import FinetuneSample
    from .finetune_status_response import FinetuneStatusResponse
    from .finetune_type import FinetuneType
    from .health_response import HealthResponse
    from .http_validation_error import HTTPValidationError
    from .idea_to_video_request import IdeaToVideoRequest
    from .image_aspect_ratio import ImageAspectRatio
    from .image_background_option import ImageBackgroundOption
    from .image_edit_option import ImageEditOption
    from .image_edit_request import ImageEditRequest
    from .image_elements_option import ImageElementsOption
    from .image_elements_request import ImageElementsRequest
    from .image_expand_direction import ImageExpandDirection
    from .image_expand_method import ImageExpandMethod
    from .image_face_swap_option import ImageFaceSwapOption
    from .image_face_swap_request import ImageFaceSwapRequest
    from .image_generation_option import ImageGenerationOption
    from .image_reframe_parameters import ImageReframeParameters
    from .image_replace_background_request import ImageReplaceBackgroundRequest
    from .image_restyle_request import ImageRestyleRequest
    from .image_restyle_style import ImageRestyleStyle
    from .image_text_to_image_request import ImageTextToImageRequest
    from .image_to_image_option import ImageToImageOption
    from .image_to_image_request import ImageToImageRequest
    from .image_try_on_option import ImageTryOnOption
    from .image_try_on_request import ImageTryOnRequest
    from .image_upload_request import ImageUploadRequest
    from .images_to_video_request import ImagesToVideoRequest
    from .language import Language
    from .media import Media
    from .media_audio_option import MediaAudioOption
    from .media_create_request import MediaCreateRequest
    from .media_item import MediaItem
    from .media_item_position import MediaItemPosition
    from .media_item_type import MediaItemType
    from .media_pose_preset import MediaPosePreset
    from .media_processing_status import MediaProcessingStatus
    from .media_response import MediaResponse
    from .media_result import MediaResult
    from .media_status import MediaStatus
    from .media_status_response import MediaStatusResponse
    from .media_update_request import MediaUpdateRequest
    from .media_webhook_payload import MediaWebhookPayload
    from .motion_type import MotionType
    from .narrator_voice import NarratorVoice
    from .process_media_request import ProcessMediaRequest
    from .scene_duration import SceneDuration
    from .statistics_day import StatisticsDay
    from .statistics_response import StatisticsResponse
    from .story import Story
    from .story_audio_option import StoryAudioOption
    from .story_audio_settings import StoryAudioSettings
    from .story_concat_request import StoryConcatRequest
    from .story_create_request import StoryCreateRequest
    from .story_element import StoryElement
    from .story_elements import StoryElements
    from .story_elements_request import StoryElementsRequest
    from .story_image_tool import StoryImageTool
    from .story_media import StoryMedia
    from .story_media_source import StoryMediaSource
    from .story_motion_type import StoryMotionType
    from .story_music import StoryMusic
    from .story_pose_preset import StoryPosePreset
    from .story_response import StoryResponse
    from .story_scene import StoryScene
    from .story_scenes_request import StoryScenesRequest
    from .story_status import StoryStatus
    from .story_title_scene import StoryTitleScene
    from .story_update_request import StoryUpdateRequest
    from .story_video_tool import StoryVideoTool
    from .story_videos_request import StoryVideosRequest
    from .story_webhook_payload import StoryWebhookPayload
    from .storyboard import Storyboard
    from .storyboard_scene import StoryboardScene
    from .submit_params import SubmitParams
    from .text_prompt_option import TextPromptOption
    from .text_prompt_request import TextPromptRequest
    from .text_prompt_response import TextPromptResponse
    from .try_on_model import TryOnModel
    from .url_to_video_request import UrlToVideoRequest
    from .validation_error import ValidationError
    from .video_attach_audio_request import VideoAttachAudioRequest
    from .video_audio_attach_mode import VideoAudioAttachMode
    from .video_avatar_aspect_ratio import VideoAvatarAspectRatio
    from .video_avatar_lip_sync_request import VideoAvatarLipSyncRequest
    from .video_crop_request import VideoCropRequest
    from .video_effects_option import VideoEffectsOption
    from .video_effects_request import VideoEffectsRequest
    from .video_enhance_mode import VideoEnhanceMode
    from .video_enhance_request import VideoEnhanceRequest
    from .video_history_entry import VideoHistoryEntry
    from .video_lip_sync_option import VideoLipSyncOption
    from .video_lip_sync_request import VideoLipSyncRequest
    from .video_overlay_alignment import VideoOverlayAlignment
    from .video_reference_option import VideoReferenceOption
    from .video_reference_to_video_request import VideoReferenceToVideoRequest
    from .video_reframe_request import VideoReframeRequest
    from .video_replace_background_request import VideoReplaceBackgroundRequest
    from .video_show_caption import VideoShowCaption
    from .video_sound_effect_request import VideoSoundEffectRequest
    from .video_target_aspect_ratio import VideoTargetAspectRatio
    from .video_to_video_option import VideoToVideoOption
    from .video_to_video_request import VideoToVideoRequest
    from .video_upload_request import VideoUploadRequest
    from .visibility_status import VisibilityStatus
    from .workflow import Workflow
    from .workflow_completion import WorkflowCompletion
    from .workflow_create_request import WorkflowCreateRequest
    from .workflow_error_context import WorkflowErrorContext
    from .workflow_error_log import WorkflowErrorLog
    from .workflow_error_log_request import WorkflowErrorLogRequest
    from .workflow_error_log_response import WorkflowErrorLogResponse
    from .workflow_media_result import WorkflowMediaResult
    from .workflow_options import WorkflowOptions
    from .workflow_processing_status import WorkflowProcessingStatus
    from .workflow_response import WorkflowResponse
    from .workflow_result_file import WorkflowResultFile
    from .workflow_template import WorkflowTemplate
    from .workflow_update_request import WorkflowUpdateRequest

_MODULES = {
    "AspectRatio": ".aspect_ratio",
    "Asset": ".asset",
    "AssetArgs": ".asset_args",
    "AssetHistoryEntry": ".asset_history_entry",
    "AssetResponse": ".asset_response",
    "AssetStatus": ".asset_status",
    "AudioSpeechOption": ".audio_speech_option",
    "AudioTextToMusicRequest": ".audio_text_to_music_request",
    "AudioTextToSoundEffectRequest": ".audio_text_to_sound_effect_request",
    "AudioTextToSpeechRequest": ".audio_text_to_speech_request",
    "AudioUploadRequest": ".audio_upload_request",
    "CameraControl": ".camera_control",
    "ErrorMessage": ".error_message",
    "FileMapEntry": ".file_map_entry",
    "FinetuneCreateRequest": ".finetune_create_request",
    "FinetuneOption": ".finetune_option",
    "FinetuneSample": ".finetune_sample",
    "FinetuneStatusResponse": ".finetune_status_response",
    "FinetuneType": ".finetune_type",
    "HealthResponse": ".health_response",
    "HTTPValidationError": ".http_validation_error",
    "IdeaToVideoRequest": ".idea_to_video_request",
    "ImageAspectRatio": ".image_aspect_ratio",
    "ImageBackgroundOption": ".image_background_option",
    "ImageEditOption": ".image_edit_option",
    "ImageEditRequest": ".image_edit_request",
    "ImageElementsOption": ".image_elements_option",
    "ImageElementsRequest": ".image_elements_request",
    "ImageExpandDirection": ".image_expand_direction",
    "ImageExpandMethod": ".image_expand_method",
    "ImageFaceSwapOption": ".image_face_swap_option",
    "ImageFaceSwapRequest": ".image_face_swap_request",
    "ImageGenerationOption": ".image_generation_option",
    "ImageReframeParameters": ".image_reframe_parameters",
    "ImageReplaceBackgroundRequest": ".image_replace_background_request",
    "ImageRestyleRequest": ".image_restyle_request",
    "ImageRestyleStyle": ".image_restyle_style",
    "ImageTextToImageRequest": ".image_text_to_image_request",
    "ImageToImageOption": ".image_to_image_option",
    "ImageToImageRequest": ".image_to_image_request",
    "ImageTryOnOption": ".image_try_on_option",
    "ImageTryOnRequest": ".image_try_on_request",
    "ImageUploadRequest": ".image_upload_request",
    "ImagesToVideoRequest": ".images_to_video_request",
    "Language": ".language",
    "Media": ".media",
    "MediaAudioOption": ".media_audio_option",
    "MediaCreateRequest": ".media_create_request",
    "MediaItem": ".media_item",
    "MediaItemPosition": ".media_item_position",
    "MediaItemType": ".media_item_type",
    "MediaPosePreset": ".media_pose_preset",
    "MediaProcessingStatus": ".media_processing_status",
    "MediaResponse": ".media_response",
    "MediaResult": ".media_result",
    "MediaStatus": ".media_status",
    "MediaStatusResponse": ".media_status_response",
    "MediaUpdateRequest": ".media_update_request",
    "MediaWebhookPayload": ".media_webhook_payload",
    "MotionType": ".motion_type",
    "NarratorVoice": ".narrator_voice",
    "ProcessMediaRequest": ".process_media_request",
    "SceneDuration": ".scene_duration",
    "StatisticsDay": ".statistics_day",
    "StatisticsResponse": ".statistics_response",
    "Story": ".story",
    "StoryAudioOption": ".story_audio_option",
    "StoryAudioSettings": ".story_audio_settings",
    "StoryConcatRequest": ".story_concat_request",
    "StoryCreateRequest": ".story_create_request",
    "StoryElement": ".story_element",
    "StoryElements": ".story_elements",
    "StoryElementsRequest": ".story_elements_request",
    "StoryImageTool": ".story_image_tool",
    "StoryMedia": ".story_media",
    "StoryMediaSource": ".story_media_source",
    "StoryMotionType": ".story_motion_type",
    "StoryMusic": ".story_music",
    "StoryPosePreset": ".story_pose_preset",
    "StoryResponse": ".story_response",
    "StoryScene": ".story_scene",
    "StoryScenesRequest": ".story_scenes_request",
    "StoryStatus": ".story_status",
    "StoryTitleScene": ".story_title_scene",
    "StoryUpdateRequest": ".story_update_request",
    "StoryVideoTool": ".story_video_tool",
    "StoryVideosRequest": ".story_videos_request",
    "StoryWebhookPayload": ".story_webhook_payload",
    "Storyboard": ".storyboard",
    "StoryboardScene": ".storyboard_scene",
    "SubmitParams": ".submit_params",
    "TextPromptOption": ".text_prompt_option",
    "TextPromptRequest": ".text_prompt_request",
    "TextPromptResponse": ".text_prompt_response",
    "TryOnModel": ".try_on_model",
    "UrlToVideoRequest": ".url_to_video_request",
    "ValidationError": ".validation_error",
    "VideoAttachAudioRequest": ".video_attach_audio_request",
    "VideoAudioAttachMode": ".video_audio_attach_mode",
    "VideoAvatarAspectRatio": ".video_avatar_aspect_ratio",
    "VideoAvatarLipSyncRequest": ".video_avatar_lip_sync_request",
    "VideoCropRequest": ".video_crop_request",
    "VideoEffectsOption": ".video_effects_option",
    "VideoEffectsRequest": ".video_effects_request",
    "VideoEnhanceMode": ".video_enhance_mode",
    "VideoEnhanceRequest": ".video_enhance_request",
    "VideoHistoryEntry": ".video_history_entry",
    "VideoLipSyncOption": ".video_lip_sync_option",
    "VideoLipSyncRequest": ".video_lip_sync_request",
    "VideoOverlayAlignment": ".video_overlay_alignment",
    "VideoReferenceOption": ".video_reference_option",
    "VideoReferenceToVideoRequest": ".video_reference_to_video_request",
    "VideoReframeRequest": ".video_reframe_request",
    "VideoReplaceBackgroundRequest": ".video_replace_background_request",
    "VideoShowCaption": ".video_show_caption",
    "VideoSoundEffectRequest": ".video_sound_effect_request",
    "VideoTargetAspectRatio": ".video_target_aspect_ratio",
    "VideoToVideoOption": ".video_to_video_option",
    "VideoToVideoRequest": ".video_to_video_request",
    "VideoUploadRequest": ".video_upload_request",
    "VisibilityStatus": ".visibility_status",
    "Workflow": ".workflow",
    "WorkflowCompletion": ".workflow_completion",
    "WorkflowCreateRequest": ".workflow_create_request",
    "WorkflowErrorContext": ".workflow_error_context",
    "WorkflowErrorLog": ".workflow_error_log",
    "WorkflowErrorLogRequest": ".workflow_error_log_request",
    "WorkflowErrorLogResponse": ".workflow_error_log_response",
    "WorkflowMediaResult": ".workflow_media_result",
    "WorkflowOptions": ".workflow_options",
    "WorkflowProcessingStatus": ".workflow_processing_status",
    "WorkflowResponse": ".workflow_response",
    "WorkflowResultFile": ".workflow_result_file",
    "WorkflowTemplate": ".workflow_template",
    "WorkflowUpdateRequest": ".workflow_update_request",
}


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "AspectRatio",
    "Asset",
    "AssetArgs",
    "AssetHistoryEntry",
    "AssetResponse",
    "AssetStatus",
    "AudioSpeechOption",
    "AudioTextToMusicRequest",
    "AudioTextToSoundEffectRequest",
    "AudioTextToSpeechRequest",
    "AudioUploadRequest",
    "CameraControl",
    "ErrorMessage",
    "FileMapEntry",
    "FinetuneCreateRequest",
    "FinetuneOption",
    "FinetuneSample",
    "FinetuneStatusResponse",
    "FinetuneType",
    "HTTPValidationError",
    "HealthResponse",
    "IdeaToVideoRequest",
    "ImageAspectRatio",
    "ImageBackgroundOption",
    "ImageEditOption",
    "ImageEditRequest",
    "ImageElementsOption",
    "ImageElementsRequest",
    "ImageExpandDirection",
    "ImageExpandMethod",
    "ImageFaceSwapOption",
    "ImageFaceSwapRequest",
    "ImageGenerationOption",
    "ImageReframeParameters",
    "ImageReplaceBackgroundRequest",
    "ImageRestyleRequest",
    "ImageRestyleStyle",
    "ImageTextToImageRequest",
    "ImageToImageOption",
    "ImageToImageRequest",
    "ImageTryOnOption",
    "ImageTryOnRequest",
    "ImageUploadRequest",
    "ImagesToVideoRequest",
    "Language",
    "Media",
    "MediaAudioOption",
    "MediaCreateRequest",
    "MediaItem",
    "MediaItemPosition",
    "MediaItemType",
    "MediaPosePreset",
    "MediaProcessingStatus",
    "MediaResponse",
    "MediaResult",
    "MediaStatus",
    "MediaStatusResponse",
    "MediaUpdateRequest",
    "MediaWebhookPayload",
    "MotionType",
    "NarratorVoice",
    "ProcessMediaRequest",
    "SceneDuration",
    "StatisticsDay",
    "StatisticsResponse",
    "Story",
    "StoryAudioOption",
    "StoryAudioSettings",
    "StoryConcatRequest",
    "StoryCreateRequest",
    "StoryElement",
    "StoryElements",
    "StoryElementsRequest",
    "StoryImageTool",
    "StoryMedia",
    "StoryMediaSource",
    "StoryMotionType",
    "StoryMusic",
    "StoryPosePreset",
    "StoryResponse",
    "StoryScene",
    "StoryScenesRequest",
    "StoryStatus",
    "StoryTitleScene",
    "StoryUpdateRequest",
    "StoryVideoTool",
    "StoryVideosRequest",
    "StoryWebhookPayload",
    "Storyboard",
    "StoryboardScene",
    "SubmitParams",
    "TextPromptOption",
    "TextPromptRequest",
    "TextPromptResponse",
    "TryOnModel",
    "UrlToVideoRequest",
    "ValidationError",
    "VideoAttachAudioRequest",
    "VideoAudioAttachMode",
    "VideoAvatarAspectRatio",
    "VideoAvatarLipSyncRequest",
    "VideoCropRequest",
    "VideoEffectsOption",
    "VideoEffectsRequest",
    "VideoEnhanceMode",
    "VideoEnhanceRequest",
    "VideoHistoryEntry",
    "VideoLipSyncOption",
    "VideoLipSyncRequest",
    "VideoOverlayAlignment",
    "VideoReferenceOption",
    "VideoReferenceToVideoRequest",
    "VideoReframeRequest",
    "VideoReplaceBackgroundRequest",
    "VideoShowCaption",
    "VideoSoundEffectRequest",
    "VideoTargetAspectRatio",
    "VideoToVideoOption",
    "VideoToVideoRequest",
    "VideoUploadRequest",
    "VisibilityStatus",
    "Workflow",
    "WorkflowCompletion",
    "WorkflowCreateRequest",
    "WorkflowErrorContext",
    "WorkflowErrorLog",
    "WorkflowErrorLogRequest",
    "WorkflowErrorLogResponse",
    "WorkflowMediaResult",
    "WorkflowOptions",
    "WorkflowProcessingStatus",
    "WorkflowResponse",
    "WorkflowResultFile",
    "WorkflowTemplate",
    "WorkflowUpdateRequest",
)
