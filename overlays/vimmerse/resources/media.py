"""``client.media``: image/text-to-video jobs.

Request building and response handling live in ``_MediaCalls`` (no I/O); ``MediaResource``
and ``AsyncMediaResource`` differ only in how they send and sleep.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from vimmerse_openapi.api.media import (
    create_media,
    download_media,
    edit_media,
    get_media,
    get_media_processing_status,
    process_media,
    update_media,
)
from vimmerse_openapi.models import (
    AspectRatio,
    CameraControl,
    Media,
    MediaAudioOption,
    MediaCreateRequest,
    MediaItem,
    MediaResponse,
    MediaStatus,
    MediaStatusResponse,
    MediaUpdateRequest,
    MotionType,
    Rating,
    TryOnModel,
    VisibilityStatus,
)
from vimmerse_openapi.types import UNSET, Unset

from .. import errors
from .._base import AsyncCore, RequestSpec, SyncCore
from .._download import ProgressCallback, download_async, download_sync, target_path
from .._inputs import (
    LIMITS,
    ImageInput,
    build_model,
    check_id,
    check_limit,
    coerce_enum,
    encode_json_field,
    open_images,
)
from .._retry import MethodKind
from .._wait import (
    MEDIA_TERMINAL,
    Poller,
    PollPolicy,
    Reading,
    parse_progress,
    poll_async,
    poll_sync,
    status_text,
    terminal_error,
)

__all__ = ["AsyncMediaResource", "MediaResource"]

WaitProgress = Callable[[str, int | None], None]

# updateMedia/editMedia fields that change metadata only: free, and safe to send twice.
METADATA_FIELDS = frozenset({"title", "description", "rating", "visibility_status", "webhook_url"})

UPLOAD_TIMEOUT_WRITE = 300.0


def _media(data: Any) -> Media:
    media: Any = MediaResponse.from_dict(data).data
    if not isinstance(media, Media):
        raise KeyError("data")
    return media


def _status(data: Any) -> MediaStatus:
    return MediaStatusResponse.from_dict(data).data


def media_id_of(media: Media) -> str:
    if isinstance(media.id, Unset) or not media.id:
        raise errors.APIError(
            # Only called on the answer to a paid call (create then wait): the job was accepted.
            "the service returned a media without an id, so it cannot be waited for; the job was"
            " probably created and charged: check your account before creating it again",
            status_code=200,
            body=media.to_dict(),
            may_have_created_job=True,
        )
    return media.id


class _MediaCalls:
    """RequestSpecs for every media operation, shared by the sync and async resources."""

    def __init__(self, poll: PollPolicy) -> None:
        self._poll = poll

    def create_spec(self, given: dict[str, Any]) -> RequestSpec[Media]:
        if not any(given.get(k) for k in ("prompt", "image_files", "image_urls", "media_items")):
            raise errors.InvalidParameterError(
                "prompt",
                None,
                "at least one of prompt, image_files, image_urls, media_items",
                "no input given",
            )
        fields = dict(given)
        if fields.get("media_items") is not None:
            fields["media_items"] = encode_json_field(
                "media_items", fields["media_items"], MediaItem, many=True
            )
        if fields.get("audio_option") is not None:
            fields["audio_option"] = encode_json_field(
                "audio_option", fields["audio_option"], MediaAudioOption
            )
        if isinstance(fields.get("image_urls"), str):
            fields["image_urls"] = [fields["image_urls"]]
        spec: RequestSpec[Media] = RequestSpec(kwargs={}, parse=_media, kind=MethodKind.PAID)
        images = fields.get("image_files")
        if images is not None:
            if isinstance(images, str | os.PathLike | bytes | bytearray) or hasattr(images, "read"):
                images = [images]
            images = list(images)
            check_limit("image_files", images, LIMITS["MediaCreateRequest"]["image_files"])
            try:
                files = open_images("image_files", images, spec.stack)
            except BaseException:
                spec.stack.close()
                raise
            fields["image_files"] = files
            spec.streams = [f.payload for f in files]
            spec.timeout = _upload_timeout()
        try:
            body = build_model(MediaCreateRequest, "MediaCreateRequest", fields)
        except BaseException:
            spec.stack.close()
            raise
        spec.kwargs = create_media._get_kwargs(body=body)
        spec.kwargs["files"] = _fix_multipart_bools(spec.kwargs["files"], {"character_animate"})
        title = fields.get("title")
        spec.check_hint = (
            "Its id is unknown: look for a new media"
            + (f" titled {title!r}" if title else "")
            + " in your Vimmerse account"
            + (" or wait for the notification to webhook_url" if fields.get("webhook_url") else "")
            + " before creating it again."
        )
        return spec

    def get_spec(self, media_id: str) -> RequestSpec[Media]:
        return RequestSpec(get_media._get_kwargs(check_id("media_id", media_id)), _media)

    def status_spec(self, media_id: str) -> RequestSpec[MediaStatus]:
        return RequestSpec(get_media_processing_status._get_kwargs(check_id("media_id", media_id)), _status)

    def update_spec(self, media_id: str, given: dict[str, Any], *, edit: bool) -> RequestSpec[Media]:
        check_id("media_id", media_id)
        fields = {k: v for k, v in given.items() if v is not None}
        if not fields:
            raise errors.InvalidParameterError("fields", None, sorted(given), "nothing to update")
        if "media_items" in fields:
            fields["media_items"] = encode_json_field(
                "media_items", fields["media_items"], MediaItem, many=True
            )
        if "audio_option" in fields:
            fields["audio_option"] = encode_json_field(
                "audio_option", fields["audio_option"], MediaAudioOption
            )
        body = build_model(MediaUpdateRequest, "MediaUpdateRequest", fields)
        module = edit_media if edit else update_media
        paid = not set(fields) <= METADATA_FIELDS
        spec: RequestSpec[Media] = RequestSpec(
            module._get_kwargs(media_id, body=body), _media, MethodKind.PAID if paid else MethodKind.SAFE
        )
        spec.check_hint = f"Check with client.media.status({media_id!r}) before regenerating again."
        return spec

    def process_spec(self, media_id: str) -> RequestSpec[Media]:
        spec: RequestSpec[Media] = RequestSpec(
            process_media._get_kwargs(check_id("media_id", media_id)), _media, MethodKind.PAID
        )
        spec.check_hint = f"Check with client.media.status({media_id!r}) before processing again."
        return spec

    def download_request(
        self,
        media_id: str,
        path: str | os.PathLike[str],
        object_type: str | None,
        motion_type: Any,
        width: int | None,
        file_size: int | None,
    ) -> tuple[str, dict[str, Any], Path]:
        check_id("media_id", media_id)
        limits = LIMITS["downloadMedia"]
        # check_limit only bounds values of the right type, so the types are checked first
        # (bool is an int in Python: width=True would have been sent as "width=true").
        if object_type is not None and not isinstance(object_type, str):
            raise errors.InvalidParameterError("object_type", object_type, "a string", "not a string")
        for name, number in (("width", width), ("file_size", file_size)):
            if number is not None and (isinstance(number, bool) or not isinstance(number, int)):
                raise errors.InvalidParameterError(name, number, limits[name].describe(), "not an integer")
        for name, value in (("object_type", object_type), ("width", width), ("file_size", file_size)):
            if value is not None:
                check_limit(name, value, limits[name])
        kw = download_media._get_kwargs(
            media_id,
            object_type=object_type if object_type is not None else "bullet_video_mp4",
            motion_type=coerce_enum("motion_type", motion_type, MotionType)
            if motion_type is not None
            else UNSET,
            width=width if width is not None else UNSET,
            file_size=file_size if file_size is not None else UNSET,
        )
        ext = ".gif" if "gif" in (object_type or "") else ".mp4"
        dest = target_path(path, f"{media_id}{ext}")
        return str(kw["url"]), dict(kw.get("params") or {}), dest

    def poller(self, media_id: str, timeout: float | None, on_progress: WaitProgress | None) -> Poller:
        return Poller(
            job_id=check_id("media_id", media_id),
            terminal=MEDIA_TERMINAL,
            policy=self._poll,
            timeout=timeout,
            on_progress=on_progress,
        )

    @staticmethod
    def reading(st: MediaStatus) -> Reading:
        return status_text(st.processing_status), parse_progress(st.progress_percentage), st

    @staticmethod
    def finish(media_id: str, status: str, media: Media) -> Media:
        if status == "success":
            return media
        raise terminal_error("media", media_id, status, media)


def _upload_timeout() -> Any:
    import httpx

    return httpx.Timeout(connect=10.0, read=60.0, write=UPLOAD_TIMEOUT_WRITE, pool=10.0)


def _fix_multipart_bools(files: list[Any], names: set[str]) -> list[Any]:
    """The generated ``to_multipart`` writes ``str(True)`` = ``True``; forms say ``true``."""
    out = []
    for name, part in files:
        if name in names and part[1] in (b"True", b"False"):
            part = (part[0], part[1].lower(), part[2])
        out.append((name, part))
    return out


class MediaResource:
    """Media jobs over a synchronous client."""

    def __init__(self, core: SyncCore, poll: PollPolicy) -> None:
        self._core = core
        self._calls = _MediaCalls(poll)

    def create(
        self,
        *,
        prompt: str | None = None,
        image_files: Sequence[ImageInput] | ImageInput | None = None,
        image_urls: Sequence[str] | None = None,
        media_items: Sequence[MediaItem | dict[str, Any]] | str | None = None,
        title: str | None = None,
        description: str | None = None,
        visibility_status: VisibilityStatus | str | None = None,
        motion_type: MotionType | str | None = None,
        camera_control: CameraControl | str | None = None,
        quantity: int | None = None,
        duration: int | None = None,
        loop: int | None = None,
        audio_option: MediaAudioOption | dict[str, Any] | str | None = None,
        character_animate: bool | None = None,
        model: TryOnModel | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        webhook_url: str | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: WaitProgress | None = None,
    ) -> Media:
        """Create a media job (costs credits). With ``wait=True``, return it once finished.

        Enum fields take members or their string values; ``audio_option`` and
        ``media_items`` take models, dicts or JSON text; ``image_files`` takes paths, bytes
        or binary files (streamed). Raises InvalidParameterError before sending anything
        wrong. Retried only when the service cannot have acted (connect error, 429).
        """
        given = {
            k: v for k, v in locals().items() if k not in ("self", "wait", "wait_timeout", "on_progress")
        }
        with self._calls.create_spec(given) as spec:
            media = self._core.request(spec)
        if wait:
            return self.wait(media_id_of(media), timeout=wait_timeout, on_progress=on_progress)
        return media

    def get(self, media_id: str) -> Media:
        """The media: status, progress, results, parameters. Free."""
        return self._core.request(self._calls.get_spec(media_id))

    def status(self, media_id: str) -> MediaStatus:
        """Lightweight processing status and progress. Free."""
        return self._core.request(self._calls.status_spec(media_id))

    def update(
        self,
        media_id: str,
        *,
        title: str | None = None,
        description: str | None = None,
        visibility_status: VisibilityStatus | str | None = None,
        rating: Rating | str | None = None,
        webhook_url: str | None = None,
        media_items: Sequence[MediaItem | dict[str, Any]] | str | None = None,
        prompt: str | None = None,
        motion_type: MotionType | str | None = None,
        camera_control: CameraControl | str | None = None,
        quantity: int | None = None,
        duration: int | None = None,
        loop: int | None = None,
        audio_option: MediaAudioOption | dict[str, Any] | str | None = None,
        model: TryOnModel | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
    ) -> Media:
        """Change metadata (free, retried) or regenerate (any other field: costs credits)."""
        given = {k: v for k, v in locals().items() if k not in ("self", "media_id")}
        return self._core.request(self._calls.update_spec(media_id, given, edit=False))

    def edit(
        self,
        media_id: str,
        *,
        title: str | None = None,
        description: str | None = None,
        visibility_status: VisibilityStatus | str | None = None,
        rating: Rating | str | None = None,
        webhook_url: str | None = None,
        media_items: Sequence[MediaItem | dict[str, Any]] | str | None = None,
        prompt: str | None = None,
        motion_type: MotionType | str | None = None,
        camera_control: CameraControl | str | None = None,
        quantity: int | None = None,
        duration: int | None = None,
        loop: int | None = None,
        audio_option: MediaAudioOption | dict[str, Any] | str | None = None,
        model: TryOnModel | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
    ) -> Media:
        """Same contract as ``update`` through the ``/edit`` path."""
        given = {k: v for k, v in locals().items() if k not in ("self", "media_id")}
        return self._core.request(self._calls.update_spec(media_id, given, edit=True))

    def process(self, media_id: str) -> Media:
        """Run the generation again with the stored parameters (costs credits)."""
        return self._core.request(self._calls.process_spec(media_id))

    def wait(
        self, media_id: str, *, timeout: float | None = None, on_progress: WaitProgress | None = None
    ) -> Media:
        """Poll until the job ends; return the full media on success.

        Raises JobFailedError / JobCancelledError, or WaitTimeoutError after ``timeout``
        seconds (default: the PollPolicy's). ``on_progress(status, percent)`` per reading.
        """
        poller = self._calls.poller(media_id, timeout, on_progress)
        status, _ = poll_sync(poller, lambda: self._calls.reading(self.status(media_id)))
        return self._calls.finish(media_id, status, self.get(media_id))

    def download(
        self,
        media_id: str,
        path: str | os.PathLike[str],
        *,
        object_type: str | None = None,
        motion_type: MotionType | str | None = None,
        width: int | None = None,
        file_size: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Path:
        """Stream the result to ``path`` (a file, or a directory: ``<id>.mp4``); atomic, resumable."""
        url, params, dest = self._calls.download_request(
            media_id, path, object_type, motion_type, width, file_size
        )
        core = self._core
        return download_sync(core, core.http, core.url_for(url), dest, params=params, on_progress=on_progress)


class AsyncMediaResource:
    """Media jobs over an asynchronous client; same surface as ``MediaResource``."""

    def __init__(self, core: AsyncCore, poll: PollPolicy) -> None:
        self._core = core
        self._calls = _MediaCalls(poll)

    async def create(
        self,
        *,
        prompt: str | None = None,
        image_files: Sequence[ImageInput] | ImageInput | None = None,
        image_urls: Sequence[str] | None = None,
        media_items: Sequence[MediaItem | dict[str, Any]] | str | None = None,
        title: str | None = None,
        description: str | None = None,
        visibility_status: VisibilityStatus | str | None = None,
        motion_type: MotionType | str | None = None,
        camera_control: CameraControl | str | None = None,
        quantity: int | None = None,
        duration: int | None = None,
        loop: int | None = None,
        audio_option: MediaAudioOption | dict[str, Any] | str | None = None,
        character_animate: bool | None = None,
        model: TryOnModel | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
        webhook_url: str | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: WaitProgress | None = None,
    ) -> Media:
        """See ``MediaResource.create``."""
        given = {
            k: v for k, v in locals().items() if k not in ("self", "wait", "wait_timeout", "on_progress")
        }
        with self._calls.create_spec(given) as spec:
            media = await self._core.request(spec)
        if wait:
            return await self.wait(media_id_of(media), timeout=wait_timeout, on_progress=on_progress)
        return media

    async def get(self, media_id: str) -> Media:
        """See ``MediaResource.get``."""
        return await self._core.request(self._calls.get_spec(media_id))

    async def status(self, media_id: str) -> MediaStatus:
        """See ``MediaResource.status``."""
        return await self._core.request(self._calls.status_spec(media_id))

    async def update(
        self,
        media_id: str,
        *,
        title: str | None = None,
        description: str | None = None,
        visibility_status: VisibilityStatus | str | None = None,
        rating: Rating | str | None = None,
        webhook_url: str | None = None,
        media_items: Sequence[MediaItem | dict[str, Any]] | str | None = None,
        prompt: str | None = None,
        motion_type: MotionType | str | None = None,
        camera_control: CameraControl | str | None = None,
        quantity: int | None = None,
        duration: int | None = None,
        loop: int | None = None,
        audio_option: MediaAudioOption | dict[str, Any] | str | None = None,
        model: TryOnModel | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
    ) -> Media:
        """See ``MediaResource.update``."""
        given = {k: v for k, v in locals().items() if k not in ("self", "media_id")}
        return await self._core.request(self._calls.update_spec(media_id, given, edit=False))

    async def edit(
        self,
        media_id: str,
        *,
        title: str | None = None,
        description: str | None = None,
        visibility_status: VisibilityStatus | str | None = None,
        rating: Rating | str | None = None,
        webhook_url: str | None = None,
        media_items: Sequence[MediaItem | dict[str, Any]] | str | None = None,
        prompt: str | None = None,
        motion_type: MotionType | str | None = None,
        camera_control: CameraControl | str | None = None,
        quantity: int | None = None,
        duration: int | None = None,
        loop: int | None = None,
        audio_option: MediaAudioOption | dict[str, Any] | str | None = None,
        model: TryOnModel | str | None = None,
        aspect_ratio: AspectRatio | str | None = None,
    ) -> Media:
        """See ``MediaResource.edit``."""
        given = {k: v for k, v in locals().items() if k not in ("self", "media_id")}
        return await self._core.request(self._calls.update_spec(media_id, given, edit=True))

    async def process(self, media_id: str) -> Media:
        """See ``MediaResource.process``."""
        return await self._core.request(self._calls.process_spec(media_id))

    async def wait(
        self, media_id: str, *, timeout: float | None = None, on_progress: WaitProgress | None = None
    ) -> Media:
        """See ``MediaResource.wait``."""
        poller = self._calls.poller(media_id, timeout, on_progress)

        async def read() -> Reading:
            return self._calls.reading(await self.status(media_id))

        status, _ = await poll_async(poller, read)
        return self._calls.finish(media_id, status, await self.get(media_id))

    async def download(
        self,
        media_id: str,
        path: str | os.PathLike[str],
        *,
        object_type: str | None = None,
        motion_type: MotionType | str | None = None,
        width: int | None = None,
        file_size: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Path:
        """See ``MediaResource.download``."""
        url, params, dest = self._calls.download_request(
            media_id, path, object_type, motion_type, width, file_size
        )
        core = self._core
        return await download_async(
            core, core.http, core.url_for(url), dest, params=params, on_progress=on_progress
        )
