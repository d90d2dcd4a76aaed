"""The media operations (image/text to video jobs): domain handlers by operationId."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from starlette.responses import RedirectResponse, Response

from . import files
from .answers import Answer
from .errors import HTTPError
from .handlers import Ctx, handles
from .jobs import customer_id, media_state, media_updated_at, outcome_of, timestamp
from .pricing import media_cost

if TYPE_CHECKING:
    from .core import FakeVimmerse

# The generation parameters a media's history records (and its pose preset shows).
GEN_PARAMS = ("prompt", "motion_type", "quantity", "duration", "loop", "camera_control", "aspect_ratio")


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


class MediaApi:
    def __init__(self, fake: FakeVimmerse) -> None:
        self.fake = fake

    # ------------------------------------------------------------------ records
    def own(self, key: str, media_id: str) -> dict[str, Any]:
        """The media ``media_id`` of ``key``; 404 for a missing one and for another key's."""
        with self.fake.store.lock:
            m = self.fake.store.medias.get(media_id)
        if m is None or m["owner"] != key:
            raise HTTPError(404, "MEDIA_NOT_FOUND")
        return m

    def new(self, key: str, params: dict[str, Any], now: float, **extra: Any) -> dict[str, Any]:
        m: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "owner": key,
            "title": params.get("title", ""),
            "description": params.get("description", ""),
            "rating": None,
            "visibility_status": params.get("visibility_status", "1"),
            "prompt": params.get("prompt", ""),
            "motion_type": params.get("motion_type", "Auto"),
            "camera_control": params.get("camera_control", ""),
            "quantity": params.get("quantity", 1),
            "duration": params.get("duration", 5),
            "loop": params.get("loop", 1),
            "audio_option": params.get("audio_option"),
            "media_items": params.get("media_items"),
            "character_animate": params.get("character_animate", False),
            "model": params.get("model"),
            "aspect_ratio": params.get("aspect_ratio"),
            "webhook_url": params.get("webhook_url"),
            "image_urls": params.get("image_urls") or [],
            "file_map": params.get("file_map") or [],
            "batch_id": None,
            "is_transition": False,
            "created_at": now,
            "updated_at": now,
            "history": [],
            "webhook_done": None,
        }
        m.update(extra)
        if self.fake.config.media_job_seconds:
            m["job_seconds"] = float(self.fake.config.media_job_seconds)
        m["gen"] = {
            "version": 1,
            "submitted_at": extra.get("start_at", now),
            "outcome": outcome_of(m["prompt"], m["title"]),
        }
        m.pop("start_at", None)
        return m

    def regenerate(self, m: dict[str, Any], now: float) -> None:
        m["history"].append({"gen": m["gen"], "params": {k: m[k] for k in GEN_PARAMS}})
        m["gen"] = {
            "version": m["gen"]["version"] + 1,
            "submitted_at": now,
            "outcome": outcome_of(m["prompt"], m["title"]),
        }
        m["updated_at"] = now

    def video_url(self, m: dict[str, Any], width: int | None = None) -> str:
        params: dict[str, Any] = {"d": m["duration"], "a": m.get("aspect_ratio") or "16:9"}
        if width:
            params["w"] = width
        if _narrated(m.get("audio_option")):
            params["n"] = 1
        return self.fake.file_host.url("video", "mp4", **params, m=m["id"], v=m["gen"]["version"])

    # ------------------------------------------------------------------ answers
    @staticmethod
    def _pose_preset(params: dict[str, Any]) -> dict[str, Any]:
        p = f"Duration={params['duration']}|Loop={params['loop']}|Quantity={params['quantity']}"
        return {
            "MotionType": params["motion_type"],
            "Params": p + f"|CameraControl={params['camera_control']}",
        }

    @staticmethod
    def _submit_params(m: dict[str, Any]) -> dict[str, Any]:
        sp: dict[str, Any] = {"native_audio": False, "pipeline_preset": "default", "file_size": 0}
        if m.get("aspect_ratio"):
            sp["aspect_ratio"] = m["aspect_ratio"]
        return sp

    def to_json(self, m: dict[str, Any], now: float | None = None) -> dict[str, Any]:
        """The ``Media`` object openapi.yaml describes, at ``now``."""
        now = self.fake.clock.now() if now is None else now
        status, progress = media_state(m, now)
        data: dict[str, Any] = {
            "id": m["id"],
            "title": m["title"],
            "description": m["description"],
            "customer_id": customer_id(m["owner"]),
            "base_url": self.fake.cdn_url,
            "is_transition": m["is_transition"],
            "duration_time": m["duration"],
            "progress_percentage": progress,
            "processing_status": status,
            "visibility_status": m["visibility_status"],
            "file_map": m["file_map"],
            "submit_params": self._submit_params(m),
            "pose_preset": self._pose_preset({k: m[k] for k in GEN_PARAMS}),
            "bullet_version": m["gen"]["version"],
            "video_history": [
                {
                    "pose_preset": self._pose_preset(h["params"]),
                    "file_map": m["file_map"],
                    "service_name": "vimmerse-fake",
                    "service_version": "1",
                    "service_seeds": [h["gen"]["version"]],
                    "bullet_version": h["gen"]["version"],
                    "resolution": list(files.frame_size(h["params"].get("aspect_ratio") or "16:9")),
                    "submit_params": self._submit_params(m),
                    "created_at": timestamp(h["gen"]["submitted_at"]),
                }
                for h in m["history"]
            ],
            "result": [],
            "prompt": m["prompt"],
            "motion_type": m["motion_type"],
            "nsfw": 0,
            "service_name": "vimmerse-fake",
            "service_version": "1",
            "version": "1",
            "created_at": timestamp(m["created_at"]),
            "updated_at": timestamp(media_updated_at(m, now)),
        }
        if m.get("rating"):  # a Rating ("1".."5") once a user rated it; absent before
            data["rating"] = m["rating"]
        if m.get("batch_id"):
            data["batch_id"] = m["batch_id"]
        if m.get("webhook_url"):
            data["webhook_url"] = m["webhook_url"]
        if status == "success":
            url = self.video_url(m)
            data["result"] = [
                {"url": url, "motion_type": m["motion_type"], "object_type": "bullet_video_mp4"}
                for _ in range(int(m["quantity"]))
            ]
        return data

    def _answer(self, ctx: Ctx, m: dict[str, Any]) -> Answer:
        data = self.to_json(m)
        fields = ctx.query.get("fields")
        if fields:
            # The fields the answer's schema requires are always returned (getMedia's `fields`).
            wanted = {f.strip() for f in fields.split(",") if f.strip()}
            wanted.update(self.fake.document.data_required(ctx.op))
            data = {k: v for k, v in data.items() if k in wanted}
        return Answer(200, {"data": data})

    # ----------------------------------------------------------------- handlers
    @handles("createMedia")
    async def create(self, ctx: Ctx) -> Answer:
        b = ctx.body
        params = dict(b)
        params["file_map"] = [{"FileType": "image", "FileName": name} for _, name, _ in ctx.uploads] or [
            {"FileType": "image", "FileName": url} for url in b.get("image_urls") or []
        ]
        params.pop("image_files", None)
        m = self.new(ctx.key, params, self.fake.clock.now())
        with self.fake.store.lock:
            ctx.bill(media_cost(m["quantity"], m["duration"]))
            self.fake.store.save_media(m)
        return self._answer(ctx, m)

    @handles("getMedia")
    async def get(self, ctx: Ctx) -> Answer:
        return self._answer(ctx, self.own(ctx.key, ctx.path["media_id"]))

    @handles("getMediaProcessingStatus")
    async def status(self, ctx: Ctx) -> Answer:
        status, progress = media_state(self.own(ctx.key, ctx.path["media_id"]), self.fake.clock.now())
        return Answer(200, {"data": {"processing_status": status, "progress_percentage": progress}})

    @handles("updateMedia", "editMedia")
    async def update(self, ctx: Ctx) -> Answer:
        """Every field of the request schema is a field of the media. Setting one of the
        schema's ``x-vimmerse-charged-fields`` regenerates the video; openapi.yaml's
        ``x-vimmerse-credits`` (per-field) says that this costs credits."""
        m = self.own(ctx.key, ctx.path["media_id"])
        now = self.fake.clock.now()
        with self.fake.store.lock:
            new = json.loads(json.dumps(m))
            new.update(ctx.body)
            new["updated_at"] = now
            if any(name in ctx.body for name in ctx.op.charged_fields):
                ctx.bill(media_cost(new["quantity"], new["duration"]))
                self.regenerate(new, now)
            self.fake.store.save_media(new)
        return self._answer(ctx, new)

    @handles("processMedia")
    async def process(self, ctx: Ctx) -> Answer:
        m = self.own(ctx.key, ctx.path["media_id"])
        now = self.fake.clock.now()
        with self.fake.store.lock:
            new = json.loads(json.dumps(m))
            ctx.bill(media_cost(new["quantity"], new["duration"]))
            self.regenerate(new, now)
            self.fake.store.save_media(new)
        return self._answer(ctx, new)

    @handles("downloadMedia")
    async def download(self, ctx: Ctx) -> Answer | Response:
        m = self.own(ctx.key, ctx.path["media_id"])
        status, _ = media_state(m, self.fake.clock.now())
        if status != "success":
            raise HTTPError(400, "MEDIA_NOT_READY", processing_status=status)
        object_type = ctx.query.get("object_type", "bullet_video_mp4")
        if "mp4" not in object_type and "video" not in object_type:
            raise HTTPError(404, "NOT_FOUND", reason=f"no file of object_type {object_type!r}")
        width = None
        if ctx.query.get("width"):  # validated: an integer in the documented range
            width = min(int(ctx.query["width"]), self.fake.config.max_video_width)
        if self.fake.config.redirect_downloads:
            return RedirectResponse(self.video_url(m, width), status_code=302)
        data = await self.fake.file_host.video(float(m["duration"]), m.get("aspect_ratio") or "16:9", width)
        return self.fake.file_host.bytes_response(ctx.request, data, "video/mp4", True)
