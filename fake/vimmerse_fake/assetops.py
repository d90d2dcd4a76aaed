"""What an asset operation (``x-vimmerse-job: asset``) makes, read from its document entry:
its kind of result (by tag), whether it is an upload, speech or music, its request fields'
defaults, and the result files and job length a request asks for. No I/O, no state."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import assetfiles, files
from .document import Document, Operation

#: What an operation's tag makes.
KIND_OF_TAG = {"image": "image", "finetune": "image", "audio": "audio", "video": "video"}
MIME_TYPES = {"image": "image/png", "audio": "audio/wav", "video": "video/mp4"}
EXTENSIONS = {"image": "png", "audio": "wav", "video": "mp4"}

#: Simulated seconds an ``async_mode`` job takes: a fixed time, or per second of the result.
ASYNC_SECONDS = {"image": 10.0, "finetune": 120.0, "upload": 2.0}
AUDIO_SECONDS_PER_SECOND, AUDIO_MIN_SECONDS = 2.0, 5.0
VIDEO_SECONDS_PER_SECOND = 12.0  # as media jobs

DEFAULT_VIDEO_SECONDS, DEFAULT_AUDIO_SECONDS, DEFAULT_MUSIC_SECONDS = 5.0, 5.0, 30.0
#: Bounds of what a request can make the fake render (for fuzzers: the document's own ranges
#: are usually tighter).
MAX_RESULTS, MAX_VIDEO_SECONDS, MAX_AUDIO_SECONDS = 16, 30.0, 300.0


def number(value: Any, fallback: float) -> float:
    """``value`` as a number (a numeric string too); ``fallback`` for anything else."""
    if isinstance(value, bool):
        return fallback
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return fallback
    return fallback


@dataclass
class Made:
    """The results (file descriptions) and thumbnails of an asset, their MIME type, and
    how long the job takes in simulated seconds."""

    results: list[dict[str, Any]]
    thumbnails: list[dict[str, Any]]
    mime_type: str
    job_seconds: float


@dataclass(frozen=True)
class AssetOp:
    """What an asset operation makes, read once from its document entry."""

    tag: str
    kind: str  # image / audio / video
    upload: bool
    speech: bool
    music: bool
    properties: dict[str, dict[str, Any]]
    status: int  # of its success answer
    #: The request fields' schema defaults (also one beside an ``allOf``).
    defaults: dict[str, Any] = field(default_factory=dict)

    def value(self, body: dict[str, Any], name: str) -> Any:
        """The request's ``name``, or its schema default."""
        return body[name] if name in body else self.defaults.get(name)

    def make(self, body: dict[str, Any]) -> Made:
        """What a request ``body`` of this operation makes (not an upload's stored file)."""
        count = int(min(max(number(self.value(body, "quantity"), 1), 1), MAX_RESULTS))
        aspect = self.value(body, "aspect_ratio")
        if self.kind == "audio":
            seconds = self._audio_seconds(body)
            results = [{"f": "wav", "d": seconds, "i": i} for i in range(count)]
            return Made(
                results, [], MIME_TYPES["audio"], max(AUDIO_MIN_SECONDS, AUDIO_SECONDS_PER_SECOND * seconds)
            )
        if self.kind == "video":
            duration = number(self.value(body, "duration"), DEFAULT_VIDEO_SECONDS)
            seconds = min(max(duration, 1.0), MAX_VIDEO_SECONDS)
            video_aspect = aspect if aspect in files.ASPECTS else "16:9"
            results = [{"f": "mp4", "d": seconds, "a": video_aspect, "i": i} for i in range(count)]
            width, height = files.frame_size(str(video_aspect))
            thumbs = [{"f": "png", "w": width, "h": height, "i": i} for i in range(count)]
            return Made(results, thumbs, MIME_TYPES["video"], VIDEO_SECONDS_PER_SECOND * seconds)
        width, height = assetfiles.image_size(aspect)
        results = [{"f": "png", "w": width, "h": height, "i": i} for i in range(count)]
        tw, th = assetfiles.image_size(aspect, assetfiles.THUMB_LONG_SIDE)
        thumbs = [{"f": "png", "w": tw, "h": th, "i": i, "t": 1} for i in range(count)]
        job = ASYNC_SECONDS["finetune" if self.tag == "finetune" else "image"]
        return Made(results, thumbs, MIME_TYPES["image"], job)

    def _audio_seconds(self, body: dict[str, Any]) -> float:
        duration = self.value(body, "duration")
        if duration is not None and number(duration, 0) > 0:
            seconds = number(duration, DEFAULT_AUDIO_SECONDS)
        elif self.speech:
            seconds = assetfiles.speech_seconds(self.value(body, "prompt") or self.value(body, "text"))
        elif self.music:
            seconds = DEFAULT_MUSIC_SECONDS
        else:
            seconds = DEFAULT_AUDIO_SECONDS
        return min(max(seconds, 0.5), MAX_AUDIO_SECONDS)


class AssetOps:
    """The :class:`AssetOp` of each asset operation of ``document``, read on first use."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._ops: dict[str, AssetOp] = {}

    def facts(self, op: Operation) -> AssetOp:
        found = self._ops.get(op.operation_id)
        if found is None:
            found = self._ops[op.operation_id] = self._read(op)
        return found

    def _read(self, op: Operation) -> AssetOp:
        doc = self._document
        properties: dict[str, dict[str, Any]] = {}
        body = doc.resolve(op.raw.get("requestBody")) or {}
        content = (body.get("content") or {}).get(op.media_type or "") or {}
        schema = doc.resolve(content.get("schema")) or {}
        for name, prop in (schema.get("properties") or {}).items():
            properties[name] = doc.resolve(prop) or {}
        tag = op.tag or ""
        tail = op.path.rstrip("/").rsplit("/", 1)[-1]
        upload = op.raw.get("x-vimmerse-method") == "upload" or (
            op.path.strip("/") == tag and tag in MIME_TYPES
        )
        status, _, _ = doc.success_schema(op)
        return AssetOp(
            tag=tag,
            kind=KIND_OF_TAG.get(tag, "image"),
            upload=upload,
            speech="voice" in properties or "speech" in tail,
            music="music" in tail,
            properties=properties,
            status=status,
            defaults={name: d for name, prop in properties.items() if (d := self._default(prop)) is not None},
        )

    def _default(self, prop: dict[str, Any]) -> Any:
        if "default" in prop:
            return prop["default"]
        for part in prop.get("allOf") or ():
            part = self._document.resolve(part) or {}
            if "default" in part:
                return part["default"]
        return None
