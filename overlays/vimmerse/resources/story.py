"""``client.story``: idea/images/URL to multi-scene story videos.

Request building lives in ``_StoryCalls`` (no I/O); the sync and async resources only send.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from vimmerse_openapi.api.story import (
    concat_story,
    create_story,
    create_story_from_idea,
    create_story_from_images,
    create_story_from_url,
    delete_story,
    generate_story_elements,
    generate_story_scenes,
    generate_story_videos,
    get_story,
    update_story,
)
from vimmerse_openapi.models import (
    AspectRatio,
    IdeaToVideoRequest,
    ImageGenerationOption,
    ImagesToVideoRequest,
    Language,
    SceneDuration,
    Story,
    StoryAudioOption,
    Storyboard,
    StoryConcatRequest,
    StoryCreateRequest,
    StoryElements,
    StoryElementsRequest,
    StoryImageTool,
    StoryMotionType,
    StoryResponse,
    StoryScenesRequest,
    StoryUpdateRequest,
    StoryVideosRequest,
    StoryVideoTool,
    UrlToVideoRequest,
    VisibilityStatus,
)
from vimmerse_openapi.types import Unset

from .. import errors
from .._base import AsyncCore, RequestSpec, SyncCore
from .._download import ProgressCallback, download_async, download_sync, target_path
from .._inputs import LIMITS, ImageInput, build_model, check_id, check_limit, encode_json_field, open_images
from .._retry import MethodKind
from .._wait import (
    STORY_TERMINAL,
    Poller,
    PollPolicy,
    Reading,
    parse_progress,
    poll_async,
    poll_sync,
    status_text,
    terminal_error,
)
from .media import WaitProgress, _upload_timeout

__all__ = ["AsyncStoryResource", "StoryResource"]

AudioIn = StoryAudioOption | dict[str, Any] | str | None
ElementsIn = StoryElements | dict[str, Any] | str | None
StoryboardIn = Storyboard | dict[str, Any] | str | None

_CONTROL = ("self", "story_id", "wait", "wait_timeout", "on_progress")


def _story(data: Any) -> Story:
    story = StoryResponse.from_dict(data).data
    if isinstance(story, Unset):
        raise KeyError("data")
    return story


def story_id_of(story: Story) -> str:
    if isinstance(story.id, Unset) or not story.id:
        raise errors.APIError(
            # Only called on the answer to a paid call (create then wait): the job was accepted.
            "the service returned a story without an id, so it cannot be waited for; the job was"
            " probably created and charged: check your account before creating it again",
            status_code=200,
            body=story.to_dict(),
            may_have_created_job=True,
        )
    return story.id


def _given(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in _CONTROL and v is not None}


class _StoryCalls:
    """RequestSpecs for every story operation, shared by the sync and async resources."""

    def __init__(self, poll: PollPolicy) -> None:
        self._poll = poll

    @staticmethod
    def _paid(kwargs: dict[str, Any], hint: str) -> RequestSpec[Story]:
        spec: RequestSpec[Story] = RequestSpec(kwargs, _story, MethodKind.PAID)
        spec.check_hint = hint
        return spec

    @staticmethod
    def _new_story_hint(given: dict[str, Any]) -> str:
        title = given.get("title") or given.get("idea")
        return (
            "Its id is unknown: look for a new story"
            + (f" for {str(title)[:60]!r}" if title else "")
            + " in your Vimmerse account"
            + (" or wait for the notification to webhook_url" if given.get("webhook_url") else "")
            + " before creating it again."
        )

    def automatic_spec(self, mode: str, given: dict[str, Any]) -> RequestSpec[Story]:
        if mode == "idea":
            body: Any = build_model(IdeaToVideoRequest, "IdeaToVideoRequest", given)
            kwargs = create_story_from_idea._get_kwargs(body=body)
        elif mode == "url":
            body = build_model(UrlToVideoRequest, "UrlToVideoRequest", given)
            kwargs = create_story_from_url._get_kwargs(body=body)
        else:
            if isinstance(given.get("image_urls"), str):
                given = {**given, "image_urls": [given["image_urls"]]}
            body = build_model(ImagesToVideoRequest, "ImagesToVideoRequest", given)
            kwargs = create_story_from_images._get_kwargs(body=body)
        return self._paid(kwargs, self._new_story_hint(given))

    def create_spec(self, given: dict[str, Any]) -> RequestSpec[Story]:
        fields = dict(given)
        if "audio_option" in fields:
            fields["audio_option"] = encode_json_field(
                "audio_option", fields["audio_option"], StoryAudioOption
            )
        if "elements" in fields:
            fields["elements"] = encode_json_field("elements", fields["elements"], StoryElements)
        if "story_id" in fields:
            check_id("story_id", fields["story_id"])
        if isinstance(fields.get("image_urls"), str):
            fields["image_urls"] = [fields["image_urls"]]
        spec = self._paid({}, self._new_story_hint(given))
        try:
            images = fields.get("image_files")
            if images is not None:
                if isinstance(images, str | os.PathLike | bytes | bytearray) or hasattr(images, "read"):
                    images = [images]
                images = list(images)
                check_limit("image_files", images, LIMITS["StoryCreateRequest"]["image_files"])
                files = open_images("image_files", images, spec.stack)
                fields["image_files"] = files
                spec.streams = [f.payload for f in files]
                spec.timeout = _upload_timeout()
            body = build_model(StoryCreateRequest, "StoryCreateRequest", fields)
        except BaseException:
            spec.stack.close()
            raise
        spec.kwargs = create_story._get_kwargs(body=body)
        return spec

    def step_spec(self, step: str, story_id: str, given: dict[str, Any]) -> RequestSpec[Story]:
        check_id("story_id", story_id)
        fields = dict(given)
        if "storyboard" in fields:
            fields["storyboard"] = encode_json_field("storyboard", fields["storyboard"], Storyboard)
        if "audio_option" in fields:
            fields["audio_option"] = encode_json_field(
                "audio_option", fields["audio_option"], StoryAudioOption
            )
        hint = f"Check with client.story.get({story_id!r}) before running this step again."
        if step == "elements":
            kwargs = generate_story_elements._get_kwargs(
                story_id, body=build_model(StoryElementsRequest, "StoryElementsRequest", fields)
            )
        elif step == "scenes":
            kwargs = generate_story_scenes._get_kwargs(
                story_id, body=build_model(StoryScenesRequest, "StoryScenesRequest", fields)
            )
        elif step == "videos":
            kwargs = generate_story_videos._get_kwargs(
                story_id, body=build_model(StoryVideosRequest, "StoryVideosRequest", fields)
            )
        else:
            kwargs = concat_story._get_kwargs(
                story_id, body=build_model(StoryConcatRequest, "StoryConcatRequest", fields)
            )
        return self._paid(kwargs, hint)

    def get_spec(self, story_id: str) -> RequestSpec[Story]:
        return RequestSpec(get_story._get_kwargs(check_id("story_id", story_id)), _story)

    def delete_spec(self, story_id: str) -> RequestSpec[Story]:
        return RequestSpec(delete_story._get_kwargs(check_id("story_id", story_id)), _story)

    def update_spec(self, story_id: str, given: dict[str, Any]) -> RequestSpec[Story]:
        check_id("story_id", story_id)
        if not given:
            raise errors.InvalidParameterError(
                "fields", None, ["title", "description", "visibility_status"], "nothing to update"
            )
        body = build_model(StoryUpdateRequest, "StoryUpdateRequest", given)
        return RequestSpec(update_story._get_kwargs(story_id, body=body), _story)

    def poller(self, story_id: str, timeout: float | None, on_progress: WaitProgress | None) -> Poller:
        return Poller(
            job_id=check_id("story_id", story_id),
            terminal=STORY_TERMINAL,
            policy=self._poll,
            timeout=timeout,
            on_progress=on_progress,
        )

    @staticmethod
    def reading(story: Story) -> Reading:
        return status_text(story.status), parse_progress(story.progress_percentage), story

    @staticmethod
    def finish(story_id: str, status: str, story: Story) -> Story:
        if status == "success":
            return story
        raise terminal_error("story", story_id, status, story)

    @staticmethod
    def video_target(story: Story, story_id: str, path: str | os.PathLike[str]) -> tuple[httpx.URL, Path]:
        url = story.video_url
        if isinstance(url, Unset) or not url:
            raise errors.DownloadError(
                f"story {story_id} has no video yet (status {status_text(story.status) or 'unknown'});"
                " wait for it first"
            )
        return httpx.URL(url), target_path(path, f"{story_id}.mp4")


class StoryResource:
    """Story jobs over a synchronous client."""

    def __init__(self, core: SyncCore, poll: PollPolicy) -> None:
        self._core = core
        self._calls = _StoryCalls(poll)

    def _maybe_wait(
        self, story: Story, wait: bool, timeout: float | None, on_progress: WaitProgress | None
    ) -> Story:
        return self.wait(story_id_of(story), timeout=timeout, on_progress=on_progress) if wait else story

    def idea_to_video(
        self,
        *,
        idea: str,
        title: str | None = None,
        scene_count: int | None = None,
        image_tool: StoryImageTool | str | None = None,
        video_tool: StoryVideoTool | str | None = None,
        scene_duration: SceneDuration | int | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        is_transition: bool | None = None,
        elements: ElementsIn = None,
        audio_option: AudioIn = None,
        language: Language | str | None = None,
        webhook_url: str | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: WaitProgress | None = None,
    ) -> Story:
        """Make a whole story video from an idea in one job (costs credits)."""
        story = self._core.request(self._calls.automatic_spec("idea", _given(locals())))
        return self._maybe_wait(story, wait, wait_timeout, on_progress)

    def url_to_video(
        self,
        *,
        idea: str,
        title: str | None = None,
        scene_count: int | None = None,
        image_tool: StoryImageTool | str | None = None,
        video_tool: StoryVideoTool | str | None = None,
        scene_duration: SceneDuration | int | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        is_transition: bool | None = None,
        elements: ElementsIn = None,
        audio_option: AudioIn = None,
        language: Language | str | None = None,
        webhook_url: str | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: WaitProgress | None = None,
    ) -> Story:
        """Make a story video from a web page named in ``idea`` (costs credits)."""
        story = self._core.request(self._calls.automatic_spec("url", _given(locals())))
        return self._maybe_wait(story, wait, wait_timeout, on_progress)

    def images_to_video(
        self,
        *,
        image_urls: Sequence[str],
        idea: str | None = None,
        title: str | None = None,
        video_tool: StoryVideoTool | str | None = None,
        scene_duration: SceneDuration | int | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        is_transition: bool | None = None,
        audio_option: AudioIn = None,
        language: Language | str | None = None,
        webhook_url: str | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: WaitProgress | None = None,
    ) -> Story:
        """Make a story video with one scene per image URL (costs credits)."""
        story = self._core.request(self._calls.automatic_spec("images", _given(locals())))
        return self._maybe_wait(story, wait, wait_timeout, on_progress)

    def create(
        self,
        *,
        idea: str,
        image_files: Sequence[ImageInput] | None = None,
        image_urls: Sequence[str] | None = None,
        title: str | None = None,
        story_id: str | None = None,
        scene_count: int | None = None,
        language: Language | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        audio_option: AudioIn = None,
        elements: ElementsIn = None,
    ) -> Story:
        """Advanced mode step 1: write a storyboard (costs credits)."""
        given = _given(locals())
        if story_id is not None:
            given["story_id"] = story_id
        with self._calls.create_spec(given) as spec:
            return self._core.request(spec)

    def elements(
        self,
        story_id: str,
        *,
        option: ImageGenerationOption | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        storyboard: StoryboardIn = None,
        enhance_image: bool | None = None,
        seed: int | None = None,
    ) -> Story:
        """Advanced mode step 2 (optional): element images (costs credits)."""
        return self._core.request(self._calls.step_spec("elements", story_id, _given(locals())))

    def scenes(
        self,
        story_id: str,
        *,
        option: ImageGenerationOption | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        storyboard: StoryboardIn = None,
        enhance_image: bool | None = None,
        seed: int | None = None,
        audio_option: AudioIn = None,
    ) -> Story:
        """Advanced mode step 3: scene images and narrations (costs credits)."""
        return self._core.request(self._calls.step_spec("scenes", story_id, _given(locals())))

    def videos(
        self,
        story_id: str,
        *,
        title: str | None = None,
        storyboard: StoryboardIn = None,
        is_transition: bool | None = None,
        motion_type: StoryMotionType | str | None = None,
        duration: int | None = None,
        loop: int | None = None,
        webhook_url: str | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: WaitProgress | None = None,
    ) -> Story:
        """Advanced mode step 4: animate scenes and compose (costs credits)."""
        story = self._core.request(self._calls.step_spec("videos", story_id, _given(locals())))
        return self._maybe_wait(story, wait, wait_timeout, on_progress)

    def concat(
        self,
        story_id: str,
        *,
        concat_video_urls: Sequence[str] | None = None,
        audio_urls: Sequence[str] | None = None,
    ) -> Story:
        """Compose scene videos (or the URLs given) into the story video (costs credits)."""
        return self._core.request(self._calls.step_spec("concat", story_id, _given(locals())))

    def get(self, story_id: str) -> Story:
        """The story with status, progress, storyboard and, once done, ``video_url``. Free."""
        return self._core.request(self._calls.get_spec(story_id))

    def update(
        self,
        story_id: str,
        *,
        title: str | None = None,
        description: str | None = None,
        visibility_status: VisibilityStatus | str | None = None,
    ) -> Story:
        """Change metadata (free, retried)."""
        return self._core.request(self._calls.update_spec(story_id, _given(locals())))

    def delete(self, story_id: str) -> Story:
        """Delete the story; returns it as it was."""
        return self._core.request(self._calls.delete_spec(story_id))

    def wait(
        self, story_id: str, *, timeout: float | None = None, on_progress: WaitProgress | None = None
    ) -> Story:
        """Poll until ``success`` (returned) or ``fail`` (JobFailedError); WaitTimeoutError at deadline."""
        poller = self._calls.poller(story_id, timeout, on_progress)
        status, story = poll_sync(poller, lambda: self._calls.reading(self.get(story_id)))
        return self._calls.finish(story_id, status, story)

    def download(
        self, story_id: str, path: str | os.PathLike[str], *, on_progress: ProgressCallback | None = None
    ) -> Path:
        """Stream the composed video to ``path`` (file or directory); atomic, resumable."""
        url, dest = self._calls.video_target(self.get(story_id), story_id, path)
        return download_sync(self._core, self._core.http, url, dest, on_progress=on_progress)


class AsyncStoryResource:
    """Story jobs over an asynchronous client; same surface as ``StoryResource``."""

    def __init__(self, core: AsyncCore, poll: PollPolicy) -> None:
        self._core = core
        self._calls = _StoryCalls(poll)

    async def _maybe_wait(
        self, story: Story, wait: bool, timeout: float | None, on_progress: WaitProgress | None
    ) -> Story:
        return (
            await self.wait(story_id_of(story), timeout=timeout, on_progress=on_progress) if wait else story
        )

    async def idea_to_video(
        self,
        *,
        idea: str,
        title: str | None = None,
        scene_count: int | None = None,
        image_tool: StoryImageTool | str | None = None,
        video_tool: StoryVideoTool | str | None = None,
        scene_duration: SceneDuration | int | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        is_transition: bool | None = None,
        elements: ElementsIn = None,
        audio_option: AudioIn = None,
        language: Language | str | None = None,
        webhook_url: str | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: WaitProgress | None = None,
    ) -> Story:
        """See ``StoryResource.idea_to_video``."""
        story = await self._core.request(self._calls.automatic_spec("idea", _given(locals())))
        return await self._maybe_wait(story, wait, wait_timeout, on_progress)

    async def url_to_video(
        self,
        *,
        idea: str,
        title: str | None = None,
        scene_count: int | None = None,
        image_tool: StoryImageTool | str | None = None,
        video_tool: StoryVideoTool | str | None = None,
        scene_duration: SceneDuration | int | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        is_transition: bool | None = None,
        elements: ElementsIn = None,
        audio_option: AudioIn = None,
        language: Language | str | None = None,
        webhook_url: str | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: WaitProgress | None = None,
    ) -> Story:
        """See ``StoryResource.url_to_video``."""
        story = await self._core.request(self._calls.automatic_spec("url", _given(locals())))
        return await self._maybe_wait(story, wait, wait_timeout, on_progress)

    async def images_to_video(
        self,
        *,
        image_urls: Sequence[str],
        idea: str | None = None,
        title: str | None = None,
        video_tool: StoryVideoTool | str | None = None,
        scene_duration: SceneDuration | int | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        is_transition: bool | None = None,
        audio_option: AudioIn = None,
        language: Language | str | None = None,
        webhook_url: str | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: WaitProgress | None = None,
    ) -> Story:
        """See ``StoryResource.images_to_video``."""
        story = await self._core.request(self._calls.automatic_spec("images", _given(locals())))
        return await self._maybe_wait(story, wait, wait_timeout, on_progress)

    async def create(
        self,
        *,
        idea: str,
        image_files: Sequence[ImageInput] | None = None,
        image_urls: Sequence[str] | None = None,
        title: str | None = None,
        story_id: str | None = None,
        scene_count: int | None = None,
        language: Language | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        audio_option: AudioIn = None,
        elements: ElementsIn = None,
    ) -> Story:
        """See ``StoryResource.create``."""
        given = _given(locals())
        if story_id is not None:
            given["story_id"] = story_id
        with self._calls.create_spec(given) as spec:
            return await self._core.request(spec)

    async def elements(
        self,
        story_id: str,
        *,
        option: ImageGenerationOption | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        storyboard: StoryboardIn = None,
        enhance_image: bool | None = None,
        seed: int | None = None,
    ) -> Story:
        """See ``StoryResource.elements``."""
        return await self._core.request(self._calls.step_spec("elements", story_id, _given(locals())))

    async def scenes(
        self,
        story_id: str,
        *,
        option: ImageGenerationOption | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        storyboard: StoryboardIn = None,
        enhance_image: bool | None = None,
        seed: int | None = None,
        audio_option: AudioIn = None,
    ) -> Story:
        """See ``StoryResource.scenes``."""
        return await self._core.request(self._calls.step_spec("scenes", story_id, _given(locals())))

    async def videos(
        self,
        story_id: str,
        *,
        title: str | None = None,
        storyboard: StoryboardIn = None,
        is_transition: bool | None = None,
        motion_type: StoryMotionType | str | None = None,
        duration: int | None = None,
        loop: int | None = None,
        webhook_url: str | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: WaitProgress | None = None,
    ) -> Story:
        """See ``StoryResource.videos``."""
        story = await self._core.request(self._calls.step_spec("videos", story_id, _given(locals())))
        return await self._maybe_wait(story, wait, wait_timeout, on_progress)

    async def concat(
        self,
        story_id: str,
        *,
        concat_video_urls: Sequence[str] | None = None,
        audio_urls: Sequence[str] | None = None,
    ) -> Story:
        """See ``StoryResource.concat``."""
        return await self._core.request(self._calls.step_spec("concat", story_id, _given(locals())))

    async def get(self, story_id: str) -> Story:
        """See ``StoryResource.get``."""
        return await self._core.request(self._calls.get_spec(story_id))

    async def update(
        self,
        story_id: str,
        *,
        title: str | None = None,
        description: str | None = None,
        visibility_status: VisibilityStatus | str | None = None,
    ) -> Story:
        """See ``StoryResource.update``."""
        return await self._core.request(self._calls.update_spec(story_id, _given(locals())))

    async def delete(self, story_id: str) -> Story:
        """See ``StoryResource.delete``."""
        return await self._core.request(self._calls.delete_spec(story_id))

    async def wait(
        self, story_id: str, *, timeout: float | None = None, on_progress: WaitProgress | None = None
    ) -> Story:
        """See ``StoryResource.wait``."""
        poller = self._calls.poller(story_id, timeout, on_progress)

        async def read() -> Reading:
            return self._calls.reading(await self.get(story_id))

        status, story = await poll_async(poller, read)
        return self._calls.finish(story_id, status, story)

    async def download(
        self, story_id: str, path: str | os.PathLike[str], *, on_progress: ProgressCallback | None = None
    ) -> Path:
        """See ``StoryResource.download``."""
        url, dest = self._calls.video_target(await self.get(story_id), story_id, path)
        return await download_async(self._core, self._core.http, url, dest, on_progress=on_progress)
