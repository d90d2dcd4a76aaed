"""Assets: what every image, video, audio and finetune operation makes, and ``getAsset``.

ONE handler serves every operation whose openapi.yaml entry says ``x-vimmerse-job: asset``
(registered from the document with ``app.handles_job``, so an operation added there is served
without code). The pipeline has validated the request; the handler

* charges per the operation's ``x-vimmerse-price`` (``pricing.asset_cost``; 402 changes
  nothing) through ``Ctx.bill`` (free operations are not charged),
* creates an asset owned by the key (other keys get 404): ``app_name`` the path's last
  segment (``text-2-image``), ``args`` the request's fields (an uploaded file by its file
  name, never its bytes), ``mime_type`` what its results are,
* answers it finished (``success``, ``results`` set) or, with ``async_mode=true``, ``queue``;
  then ``getAsset`` shows ``processing`` from 10 % of its simulated time and ``success`` at
  the end (``ASYNC_SECONDS``, on the fake clock). ``[fail]`` in the ``prompt`` ends it as
  ``fail`` without results. A ``webhook_url`` is notified once it ended, with
  ``{customer_id, asset_id, status}`` (``webhooks``).

Results are real files on the file host (key-less, signed URLs, ``Range``), by the
operation's tag: ``image`` and ``finetune`` -> PNG of the request's ``aspect_ratio``
(1024 px long side; square without one), ``audio`` -> WAV of the request's ``duration``
seconds, or for speech (a request with a ``voice`` field, or ``speech`` in the path) the
words of its ``prompt``/``text`` / 2.5 s, for music 30 s, else 5 s; ``video`` -> MP4
(``files.render_mp4``) of ``duration`` (5 s) and ``aspect_ratio``. ``quantity`` results
(default 1). Uploads (``x-vimmerse-method: upload``, or the path is the tag itself: ``POST
/image``, ``/video``, ``/audio``) keep the uploaded file as the single result, with its content
type; an upload by URL only gets a made file of the tag's kind. (``POST /finetune`` is not an
upload: its results are PNGs.)
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from . import assetfiles, files
from .answers import Answer, json_response
from .document import Operation
from .errors import HTTPError
from .handlers import Ctx, handles, handles_job
from .jobs import customer_id, outcome_of, timestamp
from .pricing import asset_cost

if TYPE_CHECKING:
    from .core import FakeVimmerse

#: What an operation's tag makes.
KIND_OF_TAG = {"image": "image", "finetune": "image", "audio": "audio", "video": "video"}
MIME_TYPES = {"image": "image/png", "audio": "audio/wav", "video": "video/mp4"}
EXTENSIONS = {"image": "png", "audio": "wav", "video": "mp4"}
TERMINAL_ASSET = ("success", "fail")

#: Simulated seconds an ``async_mode`` job takes: a fixed time, or per second of the result.
ASYNC_SECONDS = {"image": 10.0, "finetune": 120.0, "upload": 2.0}
AUDIO_SECONDS_PER_SECOND, AUDIO_MIN_SECONDS = 2.0, 5.0
VIDEO_SECONDS_PER_SECOND = 12.0  # as media jobs

DEFAULT_VIDEO_SECONDS, DEFAULT_AUDIO_SECONDS, DEFAULT_MUSIC_SECONDS = 5.0, 5.0, 30.0
#: Bounds of what a request can make the fake render (for fuzzers: the document's own ranges
#: are usually tighter).
MAX_RESULTS, MAX_VIDEO_SECONDS, MAX_AUDIO_SECONDS = 16, 30.0, 300.0


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


def _number(value: Any, fallback: float) -> float:
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


class AssetApi:
    def __init__(self, fake: FakeVimmerse) -> None:
        self.fake = fake
        self._ops: dict[str, AssetOp] = {}
        fake.file_host.kinds["asset"] = self.serve_file

    # ------------------------------------------------------------ the document
    def facts(self, op: Operation) -> AssetOp:
        found = self._ops.get(op.operation_id)
        if found is None:
            found = self._ops[op.operation_id] = self._read(op)
        return found

    def _read(self, op: Operation) -> AssetOp:
        doc = self.fake.document
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
        )

    def _value(self, facts: AssetOp, body: dict[str, Any], name: str) -> Any:
        """The request's ``name``, or its schema default (also one beside an ``allOf``)."""
        if name in body:
            return body[name]
        prop = facts.properties.get(name) or {}
        if "default" in prop:
            return prop["default"]
        for part in prop.get("allOf") or ():
            part = self.fake.document.resolve(part) or {}
            if "default" in part:
                return part["default"]
        return None

    # ------------------------------------------------------------------ records
    def own(self, key: str, asset_id: str) -> dict[str, Any]:
        """The asset ``asset_id`` of ``key``; 404 for a missing one and for another key's."""
        with self.fake.store.lock:
            a = self.fake.store.assets.get(asset_id)
        if a is None or a["owner"] != key:
            raise HTTPError(404, "ASSET_NOT_FOUND")
        return a

    @staticmethod
    def state(a: dict[str, Any], now: float) -> str:
        """The asset's ``status`` at ``now``: ``queue`` the first 10 % of its time,
        ``processing`` until its end, then its outcome."""
        elapsed = now - float(a["submitted_at"])
        total = float(a["seconds"])
        if elapsed >= total:
            return str(a["outcome"])
        return "queue" if elapsed < 0.1 * total else "processing"

    @staticmethod
    def _updated_at(a: dict[str, Any], now: float) -> float:
        latest = float(a["created_at"])
        total = float(a["seconds"])
        for changed in (float(a["submitted_at"]) + 0.1 * total, float(a["submitted_at"]) + total):
            if changed <= now:
                latest = max(latest, changed)
        return latest

    def _args(self, ctx: Ctx) -> dict[str, Any]:
        """The request's fields as sent; an uploaded file is its file name."""
        names: dict[str, list[str]] = {}
        for field, filename, _ in ctx.uploads:
            names.setdefault(field, []).append(filename)
        args: dict[str, Any] = {}
        for name, value in ctx.body.items():
            if isinstance(value, bytes):
                args[name] = (names.get(name) or ["upload"])[0]
            elif isinstance(value, list) and any(isinstance(v, bytes) for v in value):
                given = iter(names.get(name) or [])
                args[name] = [next(given, "upload") if isinstance(v, bytes) else v for v in value]
            else:
                args[name] = value
        # JSON-able, as stored (a decoded x-vimmerse-json field is plain JSON already).
        copied: dict[str, Any] = json.loads(json.dumps(args, default=str))
        return copied

    def _uploaded(self, ctx: Ctx) -> tuple[str, bytes] | None:
        """(content type, bytes) of the request's first uploaded file, if any (a content type
        the client left generic is told by the bytes, else by the file name)."""
        if not ctx.uploads:
            return None
        field, filename, _ = ctx.uploads[0]
        value = ctx.body.get(field)
        data = value[0] if isinstance(value, list) and value else value
        if not isinstance(data, bytes):
            return None
        content_type = ctx.upload_types[0] if ctx.upload_types else ""
        if not content_type or content_type == "application/octet-stream":
            content_type = (
                assetfiles.sniff(data) or mimetypes.guess_type(filename)[0] or "application/octet-stream"
            )
        return content_type, data

    def _audio_seconds(self, facts: AssetOp, body: dict[str, Any]) -> float:
        duration = self._value(facts, body, "duration")
        if duration is not None and _number(duration, 0) > 0:
            seconds = _number(duration, DEFAULT_AUDIO_SECONDS)
        elif facts.speech:
            text = self._value(facts, body, "prompt") or self._value(facts, body, "text")
            seconds = assetfiles.speech_seconds(text)
        elif facts.music:
            seconds = DEFAULT_MUSIC_SECONDS
        else:
            seconds = DEFAULT_AUDIO_SECONDS
        return min(max(seconds, 0.5), MAX_AUDIO_SECONDS)

    def _make(self, facts: AssetOp, body: dict[str, Any]) -> dict[str, Any]:
        """The asset's results (file descriptions), thumbnails, MIME type and job length."""
        count = int(min(max(_number(self._value(facts, body, "quantity"), 1), 1), MAX_RESULTS))
        aspect = self._value(facts, body, "aspect_ratio")
        results: list[dict[str, Any]] = []
        thumbs: list[dict[str, Any]] = []
        if facts.kind == "audio":
            seconds = self._audio_seconds(facts, body)
            results = [{"f": "wav", "d": seconds, "i": i} for i in range(count)]
            job = max(AUDIO_MIN_SECONDS, AUDIO_SECONDS_PER_SECOND * seconds)
        elif facts.kind == "video":
            duration = _number(self._value(facts, body, "duration"), DEFAULT_VIDEO_SECONDS)
            seconds = min(max(duration, 1.0), MAX_VIDEO_SECONDS)
            video_aspect = aspect if aspect in files.ASPECTS else "16:9"
            results = [{"f": "mp4", "d": seconds, "a": video_aspect, "i": i} for i in range(count)]
            width, height = files.frame_size(str(video_aspect))
            thumbs = [{"f": "png", "w": width, "h": height, "i": i} for i in range(count)]
            job = VIDEO_SECONDS_PER_SECOND * seconds
        else:
            width, height = assetfiles.image_size(aspect)
            results = [{"f": "png", "w": width, "h": height, "i": i} for i in range(count)]
            tw, th = assetfiles.image_size(aspect, assetfiles.THUMB_LONG_SIDE)
            thumbs = [{"f": "png", "w": tw, "h": th, "i": i, "t": 1} for i in range(count)]
            job = ASYNC_SECONDS["finetune" if facts.tag == "finetune" else "image"]
        return {
            "results": results,
            "thumbnails": thumbs,
            "mime_type": MIME_TYPES[facts.kind],
            "job_seconds": job,
        }

    def new(self, ctx: Ctx) -> tuple[dict[str, Any], list[tuple[str, bytes]] | None]:
        facts = self.facts(ctx.op)
        now = self.fake.clock.now()
        asset_id = str(uuid.uuid4())
        uploaded = self._uploaded(ctx) if facts.upload else None
        stored: list[tuple[str, bytes]] | None = None
        if uploaded is not None:
            content_type, data = uploaded
            ext = (mimetypes.guess_extension(content_type) or ".bin").lstrip(".")
            made: dict[str, Any] = {
                "results": [{"f": "upload", "i": 0, "x": ext}],
                "thumbnails": [],
                "mime_type": content_type,
                "job_seconds": ASYNC_SECONDS["upload"],
            }
            stored = [(content_type, data)]
        else:
            made = self._make(facts, ctx.body)
            if facts.upload:
                made["job_seconds"] = ASYNC_SECONDS["upload"]
        async_mode = self._value(facts, ctx.body, "async_mode") is True
        prompt = self._value(facts, ctx.body, "prompt")
        a: dict[str, Any] = {
            "id": asset_id,
            "owner": ctx.key,
            "operation_id": ctx.op.operation_id,
            "app_name": ctx.op.path.rstrip("/").rsplit("/", 1)[-1],
            "kind": facts.kind,
            "mime_type": made["mime_type"],
            "args": self._args(ctx),
            "results": made["results"],
            "thumbnails": made["thumbnails"],
            "created_at": now,
            "submitted_at": now,
            "seconds": float(made["job_seconds"]) if async_mode else 0.0,
            "outcome": "fail" if outcome_of(str(prompt or "")) == "fail" else "success",
            "webhook_url": self._value(facts, ctx.body, "webhook_url"),
            "version": 1,
            "webhook_done": None,
        }
        return a, stored

    def cost(self, ctx: Ctx) -> int:
        price = ctx.op.raw.get("x-vimmerse-price")
        per = price.get("per") if isinstance(price, dict) else None
        value = self._value(self.facts(ctx.op), ctx.body, per) if isinstance(per, str) else None
        return asset_cost(price, value)

    # ------------------------------------------------------------------ answers
    def _url(self, a: dict[str, Any], f: dict[str, Any]) -> str:
        host = self.fake.file_host
        if f["f"] == "mp4":
            return host.url("video", "mp4", d=f["d"], a=f["a"], m=a["id"], i=f["i"])
        ext = f.get("x") or f["f"]
        return host.url("asset", ext, **f, id=a["id"])

    def to_json(self, a: dict[str, Any], now: float | None = None) -> dict[str, Any]:
        """The ``Asset`` object openapi.yaml describes, at ``now``."""
        now = self.fake.clock.now() if now is None else now
        status = self.state(a, now)
        done = status == "success"
        customer = customer_id(a["owner"])
        return {
            "id": a["id"],
            "customer_id": customer,
            "primary_user_id": customer,
            "status": status,
            "results": [self._url(a, f) for f in a["results"]] if done else [],
            "thumbnails": [self._url(a, f) for f in a["thumbnails"]] if done else [],
            "mime_type": a["mime_type"],
            "app_name": a["app_name"],
            "args": a["args"],
            "history": [],
            "created_at": timestamp(a["created_at"]),
            "updated_at": timestamp(self._updated_at(a, now)),
        }

    # ----------------------------------------------------------------- handlers
    @handles_job("asset")
    async def create(self, ctx: Ctx) -> Answer:
        """Every operation with ``x-vimmerse-job: asset``."""
        a, stored = self.new(ctx)
        cost = self.cost(ctx)
        with self.fake.store.lock:
            ctx.bill(cost)
            self.fake.store.save_asset(a, stored)
        return Answer(self.facts(ctx.op).status, {"data": self.to_json(a)})

    @handles("getAsset")
    async def get(self, ctx: Ctx) -> Answer:
        return Answer(200, {"data": self.to_json(self.own(ctx.key, ctx.path["asset_id"]))})

    # ------------------------------------------------------------------ files
    async def serve_file(self, request: Request, payload: dict[str, Any]) -> Response:
        """A result or thumbnail file (``FileHost.kinds["asset"]``; the payload is signed)."""
        host, kind = self.fake.file_host, payload.get("f")
        if kind == "png":
            width = min(max(int(payload.get("w", 1)), 1), 4096)
            height = min(max(int(payload.get("h", 1)), 1), 4096)
            rgb = assetfiles.colour(payload.get("id"), payload.get("i"))
            data = await asyncio.to_thread(assetfiles.png, width, height, rgb)
            return host.bytes_response(request, data, "image/png", False)
        if kind == "wav":
            seconds = min(max(float(payload.get("d", 1.0)), 0.0), MAX_AUDIO_SECONDS)
            data = await asyncio.to_thread(assetfiles.wav, seconds)
            return host.bytes_response(request, data, "audio/wav", False)
        if kind == "upload":
            with self.fake.store.lock:
                stored = self.fake.store.asset_files.get(str(payload.get("id")))
            index = int(payload.get("i", 0))
            if stored and 0 <= index < len(stored):
                content_type, data = stored[index]
                return host.bytes_response(request, data, content_type, False)
        return json_response(404, {"message": "NOT_FOUND"})

    # ---------------------------------------------------------------- webhooks
    def webhooks_due(self, now: float) -> list[tuple[str, dict[str, Any], str, int]]:
        """(url, payload, asset id, version) of ended assets with a ``webhook_url`` not yet
        notified: the payload is ``{customer_id, asset_id, status}``."""
        with self.fake.store.lock:
            assets = list(self.fake.store.assets.values())
        due = []
        for a in assets:
            if a.get("webhook_url") and a.get("webhook_done") != a["version"]:
                status = self.state(a, now)
                if status in TERMINAL_ASSET:
                    payload = {"customer_id": customer_id(a["owner"]), "asset_id": a["id"], "status": status}
                    due.append((str(a["webhook_url"]), payload, a["id"], int(a["version"])))
        return due

    def webhook_delivered(self, job_id: str, version: int) -> None:
        store = self.fake.store
        with store.lock:
            a = store.assets.get(job_id)
            if a is not None:
                store.save_asset({**a, "webhook_done": version})
