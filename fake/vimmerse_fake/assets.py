"""Assets: what every image, video, audio and finetune operation makes, and ``getAsset``.

ONE handler serves every operation whose openapi.yaml entry says ``x-vimmerse-job: asset``
(registered from the document with ``handlers.handles_job``, so an operation added there is served
without code; what each one makes is read from its entry by ``assetops``). The pipeline has
validated the request; the handler

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
from typing import Any

import attrs
from starlette.requests import Request
from starlette.responses import Response

from . import assetfiles
from .answers import Answer, json_response
from .assetops import ASYNC_SECONDS, MAX_AUDIO_SECONDS, AssetOp, AssetOps, Made
from .document import Operation
from .handlers import Ctx, JobApi, handles, handles_job
from .jobs import customer_id, outcome_of, timestamp
from .pricing import asset_cost
from .records import Asset, AssetStatus


def _args(ctx: Ctx) -> dict[str, Any]:
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


def _uploaded(ctx: Ctx) -> tuple[str, bytes] | None:
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


def _updated_at(a: Asset, now: float) -> float:
    latest = a.created_at
    for changed in (a.submitted_at + 0.1 * a.seconds, a.submitted_at + a.seconds):
        if changed <= now:
            latest = max(latest, changed)
    return latest


@attrs.define(eq=False)
class AssetApi(JobApi[Asset]):
    """The asset operations; ``ops`` tells what each one makes."""

    record_type = Asset
    not_found = "ASSET_NOT_FOUND"

    _ops: AssetOps

    def facts(self, op: Operation) -> AssetOp:
        """What asset operation ``op`` makes (its document entry, read once)."""
        return self._ops.facts(op)

    # ------------------------------------------------------------------ records
    @staticmethod
    def status(a: Asset, now: float) -> AssetStatus:
        """The asset's ``status`` at ``now``: ``queue`` the first 10 % of its time,
        ``processing`` until its end, then its outcome."""
        elapsed = now - a.submitted_at
        if elapsed >= a.seconds:
            return "fail" if a.outcome == "fail" else "success"
        return "queue" if elapsed < 0.1 * a.seconds else "processing"

    def new(self, ctx: Ctx) -> tuple[Asset, list[tuple[str, bytes]] | None]:
        """The asset a request makes, and the uploaded file to keep as its result (if any)."""
        facts = self.facts(ctx.op)
        now = self._clock.now()
        asset_id = str(uuid.uuid4())
        uploaded = _uploaded(ctx) if facts.upload else None
        stored: list[tuple[str, bytes]] | None = None
        if uploaded is not None:
            content_type, data = uploaded
            ext = (mimetypes.guess_extension(content_type) or ".bin").lstrip(".")
            made = Made([{"f": "upload", "i": 0, "x": ext}], [], content_type, ASYNC_SECONDS["upload"])
            stored = [(content_type, data)]
        else:
            made = facts.make(ctx.body)
            if facts.upload:
                made.job_seconds = ASYNC_SECONDS["upload"]
        async_mode = facts.value(ctx.body, "async_mode") is True
        prompt = facts.value(ctx.body, "prompt")
        a = Asset(
            id=asset_id,
            owner=ctx.key,
            operation_id=ctx.op.operation_id,
            app_name=ctx.op.path.rstrip("/").rsplit("/", 1)[-1],
            kind=facts.kind,
            mime_type=made.mime_type,
            args=_args(ctx),
            results=made.results,
            thumbnails=made.thumbnails,
            created_at=now,
            submitted_at=now,
            seconds=float(made.job_seconds) if async_mode else 0.0,
            outcome="fail" if outcome_of(str(prompt or "")) == "fail" else "success",
            webhook_url=facts.value(ctx.body, "webhook_url"),
        )
        return a, stored

    def cost(self, ctx: Ctx) -> int:
        price = ctx.op.raw.get("x-vimmerse-price")
        per = price.get("per") if isinstance(price, dict) else None
        value = self.facts(ctx.op).value(ctx.body, per) if isinstance(per, str) else None
        return asset_cost(price, value)

    # ------------------------------------------------------------------ answers
    def _url(self, a: Asset, f: dict[str, Any]) -> str:
        if f["f"] == "mp4":
            return self._files.url("video", "mp4", d=f["d"], a=f["a"], m=a.id, i=f["i"])
        ext = f.get("x") or f["f"]
        return self._files.url("asset", ext, **f, id=a.id)

    def to_json(self, a: Asset, now: float | None = None) -> dict[str, Any]:
        """The ``Asset`` object openapi.yaml describes, at ``now``."""
        now = self._clock.now() if now is None else now
        status = self.status(a, now)
        done = status == "success"
        customer = customer_id(a.owner)
        return {
            "id": a.id,
            "customer_id": customer,
            "primary_user_id": customer,
            "status": status,
            "results": [self._url(a, f) for f in a.results] if done else [],
            "thumbnails": [self._url(a, f) for f in a.thumbnails] if done else [],
            "mime_type": a.mime_type,
            "app_name": a.app_name,
            "args": a.args,
            "history": [],
            "created_at": timestamp(a.created_at),
            "updated_at": timestamp(_updated_at(a, now)),
        }

    # ----------------------------------------------------------------- handlers
    @handles_job("asset")
    async def create(self, ctx: Ctx) -> Answer:
        """Every operation with ``x-vimmerse-job: asset``."""
        a, stored = self.new(ctx)
        cost = self.cost(ctx)
        with self._store.lock:
            ctx.bill(cost)
            self._store.save(a, stored)
        return Answer(self.facts(ctx.op).status, {"data": self.to_json(a)})

    @handles("getAsset")
    async def get(self, ctx: Ctx) -> Answer:
        return Answer(200, {"data": self.to_json(self.own(ctx.key, ctx.path["asset_id"]))})

    # ------------------------------------------------------------------ files
    async def serve_file(self, request: Request, payload: dict[str, Any]) -> Response:
        """A result or thumbnail file (``FileHost.kinds["asset"]``; the payload is signed)."""
        host, kind = self._files, payload.get("f")
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
            found = self._store.uploaded_file(str(payload.get("id")), int(payload.get("i", 0)))
            if found is not None:
                content_type, data = found
                return host.bytes_response(request, data, content_type, False)
        return json_response(404, {"message": "NOT_FOUND"})
