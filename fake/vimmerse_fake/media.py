"""The media operations (image/text to video jobs): domain handlers by operationId."""

from __future__ import annotations

import copy
import json
import uuid
from typing import Any

import attrs
from starlette.responses import RedirectResponse, Response

from . import files
from .answers import Answer
from .config import FakeConfig
from .document import Document
from .errors import HTTPError
from .handlers import Ctx, JobApi, handles
from .jobs import customer_id, media_state, media_updated_at, outcome_of, timestamp
from .pricing import media_cost
from .records import Generation, Media, MediaStatus, PastGeneration

# The generation parameters a media's history records (and its pose preset shows).
GEN_PARAMS = ("prompt", "motion_type", "quantity", "duration", "loop", "camera_control", "aspect_ratio")
_FIELDS = {f.name for f in attrs.fields(Media)}
# What createMedia keeps of its request (the others are how it was sent, or set here).
_CREATE_FIELDS = _FIELDS - {
    "id", "owner", "gen", "created_at", "updated_at", "history", "webhook_done", "job_seconds", "batch_id",
    "is_transition", "rating",
}  # fmt: skip


def _narrated(audio_option: Any) -> bool:
    """A media with a narration (text to speak or a recording) has a sound track."""
    if isinstance(audio_option, str):
        try:
            audio_option = json.loads(audio_option)
        except ValueError:
            return False
    if not isinstance(audio_option, dict):
        return False
    return bool(audio_option.get("narration") or audio_option.get("narration_url"))


def _pose_preset(params: dict[str, Any]) -> dict[str, Any]:
    p = f"Duration={params['duration']}|Loop={params['loop']}|Quantity={params['quantity']}"
    return {"MotionType": params["motion_type"], "Params": p + f"|CameraControl={params['camera_control']}"}


def _submit_params(m: Media) -> dict[str, Any]:
    sp: dict[str, Any] = {
        "native_audio": False,
        "pipeline_preset": "default",
        "scale_factor": 1,
        "extend_video": False,
    }
    if m.aspect_ratio:
        sp["aspect_ratio"] = m.aspect_ratio
    return sp


def _gen_params(m: Media) -> dict[str, Any]:
    return {name: getattr(m, name) for name in GEN_PARAMS}


@attrs.define(eq=False)
class MediaApi(JobApi[Media]):
    """The media operations, on the jobs in the store and the files of the file host."""

    record_type = Media
    not_found = "MEDIA_NOT_FOUND"

    _document: Document
    _config: FakeConfig

    # ------------------------------------------------------------------ records
    def new(
        self,
        key: str,
        params: dict[str, Any],
        now: float,
        batch_id: str | None = None,
        start_at: float | None = None,
    ) -> Media:
        """A media job of ``key`` made from request fields ``params``, submitted at ``start_at``
        (default ``now``); ``batch_id`` names the story whose scene it animates."""
        given = {k: v for k, v in params.items() if k in _CREATE_FIELDS and v is not None}
        given["image_urls"] = params.get("image_urls") or []
        given["file_map"] = params.get("file_map") or []
        outcome = outcome_of(given.get("prompt"), given.get("title"))
        return Media(
            id=str(uuid.uuid4()),
            owner=key,
            gen=Generation(1, now if start_at is None else start_at, outcome),
            created_at=now,
            updated_at=now,
            batch_id=batch_id,
            job_seconds=float(self._config.media_job_seconds) if self._config.media_job_seconds else None,
            **given,
        )

    def regenerate(self, m: Media, now: float) -> None:
        m.history.append(PastGeneration(m.gen, _gen_params(m)))
        m.gen = Generation(m.gen.version + 1, now, outcome_of(m.prompt, m.title))
        m.updated_at = now

    def video_url(self, m: Media, width: int | None = None) -> str:
        params: dict[str, Any] = {"d": m.duration, "a": m.aspect_ratio or "16:9"}
        if width:
            params["w"] = width
        if _narrated(m.audio_option):
            params["n"] = 1
        return self._files.url("video", "mp4", **params, m=m.id, v=m.gen.version)

    # ------------------------------------------------------------------ answers
    def status(self, m: Media, now: float) -> MediaStatus:
        return media_state(m, now)[0]

    def to_json(self, m: Media, now: float | None = None) -> dict[str, Any]:
        """The ``Media`` object openapi.yaml describes, at ``now``."""
        now = self._clock.now() if now is None else now
        status, progress = media_state(m, now)
        data: dict[str, Any] = {
            "id": m.id,
            "title": m.title,
            "description": m.description,
            "customer_id": customer_id(m.owner),
            "base_url": self._files.origin,
            "is_transition": m.is_transition,
            "duration_time": m.duration,
            "progress_percentage": progress,
            "processing_status": status,
            "visibility_status": m.visibility_status,
            "file_map": m.file_map,
            "submit_params": _submit_params(m),
            "pose_preset": _pose_preset(_gen_params(m)),
            "bullet_version": m.gen.version,
            "video_history": [
                {
                    "pose_preset": _pose_preset(h.params),
                    "file_map": m.file_map,
                    "service_name": "vimmerse-fake",
                    "service_version": "1",
                    "service_seeds": [h.gen.version],
                    "bullet_version": h.gen.version,
                    "resolution": list(files.frame_size(h.params.get("aspect_ratio") or "16:9")),
                    "submit_params": _submit_params(m),
                    "created_at": timestamp(h.gen.submitted_at),
                }
                for h in m.history
            ],
            "result": [],
            "prompt": m.prompt,
            "motion_type": m.motion_type,
            "nsfw": 0,
            "service_name": "vimmerse-fake",
            "service_version": "1",
            "version": "1",
            "created_at": timestamp(m.created_at),
            "updated_at": timestamp(media_updated_at(m, now)),
        }
        if m.rating:  # a Rating ("1".."5") once a user rated it; absent before
            data["rating"] = m.rating
        if m.batch_id:
            data["batch_id"] = m.batch_id
        if m.webhook_url:
            data["webhook_url"] = m.webhook_url
        if status == "success":
            url = self.video_url(m)
            data["result"] = [
                {"url": url, "motion_type": m.motion_type, "object_type": "bullet_video_mp4"}
                for _ in range(int(m.quantity))
            ]
        return data

    def _answer(self, ctx: Ctx, m: Media) -> Answer:
        data = self.to_json(m)
        fields = ctx.query.get("fields")
        if fields:
            # The fields the answer's schema requires are always returned (getMedia's `fields`).
            wanted = {f.strip() for f in fields.split(",") if f.strip()}
            wanted.update(self._document.data_required(ctx.op))
            data = {k: v for k, v in data.items() if k in wanted}
        return Answer(200, {"data": data})

    def _regenerated(self, ctx: Ctx, m: Media, now: float) -> None:
        """Charge for a new video of ``m`` and start it."""
        ctx.bill(media_cost(m.quantity, m.duration))
        self.regenerate(m, now)

    # ----------------------------------------------------------------- handlers
    @handles("createMedia")
    async def create(self, ctx: Ctx) -> Answer:
        b = ctx.body
        params = dict(b)
        params["file_map"] = [{"FileType": "image", "FileName": name} for _, name, _ in ctx.uploads] or [
            {"FileType": "image", "FileName": url} for url in b.get("image_urls") or []
        ]
        m = self.new(ctx.key, params, self._clock.now())
        with self._store.lock:
            ctx.bill(media_cost(m.quantity, m.duration))
            self._store.save(m)
        return self._answer(ctx, m)

    @handles("getMedia")
    async def get(self, ctx: Ctx) -> Answer:
        return self._answer(ctx, self.own(ctx.key, ctx.path["media_id"]))

    @handles("getMediaProcessingStatus")
    async def processing_status(self, ctx: Ctx) -> Answer:
        status, progress = media_state(self.own(ctx.key, ctx.path["media_id"]), self._clock.now())
        return Answer(200, {"data": {"processing_status": status, "progress_percentage": progress}})

    @handles("updateMedia", "editMedia")
    async def update(self, ctx: Ctx) -> Answer:
        """Every field of the request schema is a field of the media. Setting one of the
        schema's ``x-vimmerse-charged-fields`` regenerates the video; openapi.yaml's
        ``x-vimmerse-credits`` (per-field) says that this costs credits."""
        m = self.own(ctx.key, ctx.path["media_id"])
        now = self._clock.now()
        with self._store.lock:
            edits = {name: value for name, value in ctx.body.items() if name in _FIELDS}
            new = attrs.evolve(copy.deepcopy(m), **edits, updated_at=now)
            if any(name in ctx.body for name in ctx.op.charged_fields):
                self._regenerated(ctx, new, now)
            self._store.save(new)
        return self._answer(ctx, new)

    @handles("processMedia")
    async def process(self, ctx: Ctx) -> Answer:
        m = self.own(ctx.key, ctx.path["media_id"])
        with self._store.lock:
            new = copy.deepcopy(m)
            self._regenerated(ctx, new, self._clock.now())
            self._store.save(new)
        return self._answer(ctx, new)

    @handles("downloadMedia")
    async def download(self, ctx: Ctx) -> Answer | Response:
        m = self.own(ctx.key, ctx.path["media_id"])
        status, _ = media_state(m, self._clock.now())
        if status != "success":
            raise HTTPError(400, "MEDIA_NOT_READY", processing_status=status)
        object_type = ctx.query.get("object_type", "bullet_video_mp4")
        if "mp4" not in object_type and "video" not in object_type:
            raise HTTPError(404, "NOT_FOUND", reason=f"no file of object_type {object_type!r}")
        width = None
        if ctx.query.get("width"):  # validated: an integer in the documented range
            width = min(int(ctx.query["width"]), self._config.max_video_width)
        if self._config.redirect_downloads:
            return RedirectResponse(self.video_url(m, width), status_code=302)
        data = await self._files.video(float(m.duration), m.aspect_ratio or "16:9", width)
        return self._files.bytes_response(ctx.request, data, "video/mp4", True)
