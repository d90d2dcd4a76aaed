"""The stateful fake of the Vimmerse API (all 18 operations of openapi.yaml).

Credit costs (derived from the vendor's pricing seeds: only calls that generate
something cost credits; reading and metadata-only edits are free):

* ``createMedia``: ``10 x quantity x ceil(duration / 5)``; ``processMedia`` and a
  regenerating ``updateMedia``/``editMedia`` cost the same for the resulting parameters.
* ``createStory`` (storyboard) 10; ``generateStoryElements`` 20; ``generateStoryScenes``
  30; ``generateStoryVideos`` ``10 x scenes x ceil(duration / 5)``; ``concatStory`` 10.
* automatic modes (idea/images/url-2-video): storyboard + elements + scenes + videos +
  concat, i.e. ``70 + 10 x scenes x ceil(scene_duration / 5)`` (100 for 3 scenes of 5 s).

A short balance answers ``402 {"message": "INSUFFICIENT_CREDIT"}`` and changes nothing.
Every charged call counts as one paid job (``jobs_created``) and is added to the
story's ``used_credits``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import ipaddress
import json
import logging
import math
import threading
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import files
from .clock import Clock, ManualClock
from .config import FakeConfig
from .faults import Fault, Faults
from .models import (
    TERMINAL_MEDIA,
    TERMINAL_STORY,
    make_storyboard,
    media_state,
    outcome_of,
    story_state,
    timestamp,
)
from .spec import ResponseValidationFailed, Validator, error
from .store import Store

log = logging.getLogger("vimmerse_fake")

IN_PROCESS = "vimmerse_fake.in_process"  # ASGI scope extension set by our in-process transports
DROP_MESSAGE = "vimmerse_fake.drop_connection"  # ASGI message: in-process transports fail the request


class ConnectionDropped(Exception):
    """Raised inside the app to make the client see a dropped connection."""


class HTTPError(Exception):
    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.message, self.extra = status, message, extra


class ValidationFailed(Exception):
    def __init__(self, detail: list[dict[str, Any]]) -> None:
        super().__init__(detail)
        self.detail = detail


def _json(status: int, payload: Any, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(payload, status_code=status, headers=headers)


class _DropResponse(Response):
    """Kills the connection. In-process transports turn the exception into
    ``httpx.RemoteProtocolError``; under uvicorn, an exception after the response has
    started makes it close the socket (before start it would send a 500 instead), so we
    start a response promising a body and never send it."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("extensions", {}).get(IN_PROCESS):
            # Starlette's ServerErrorMiddleware would turn a raise here into a 500, so tell
            # our transport directly (a message type only it understands).
            await send({"type": DROP_MESSAGE})
            return
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        raise ConnectionDropped("connection dropped by fault injection")


def _truncating(chunks: Iterable[bytes], limit: int | None) -> Iterator[bytes]:
    sent = 0
    for chunk in chunks:
        if limit is not None and sent + len(chunk) >= limit:
            if limit - sent > 0:
                yield chunk[: limit - sent]
            raise ConnectionDropped("download truncated by fault injection")
        sent += len(chunk)
        yield chunk


@dataclass
class Ctx:
    request: Request
    key: str
    path: dict[str, str]
    query: dict[str, str]
    body: dict[str, Any] = field(default_factory=dict)
    uploads: list[tuple[str, str, int]] = field(default_factory=list)  # (field, filename, size)


Handler = Callable[[Ctx], Awaitable[Response]]

# JSON-in-form fields per operation: field -> (component schema, is a list of it)
JSON_FIELDS: dict[str, dict[str, tuple[str, bool]]] = {
    "createMedia": {"audio_option": ("MediaAudioOption", False), "media_items": ("MediaItem", True)},
    "updateMedia": {"audio_option": ("MediaAudioOption", False), "media_items": ("MediaItem", True)},
    "editMedia": {"audio_option": ("MediaAudioOption", False), "media_items": ("MediaItem", True)},
    "createStory": {"audio_option": ("StoryAudioOption", False), "elements": ("StoryElements", False)},
    "generateStoryElements": {"storyboard": ("Storyboard", False)},
    "generateStoryScenes": {"storyboard": ("Storyboard", False), "audio_option": ("StoryAudioOption", False)},
    "generateStoryVideos": {"storyboard": ("Storyboard", False)},
}

MEDIA_META = ("title", "description", "visibility_status", "rating", "webhook_url")
MEDIA_REGEN = (
    "prompt",
    "motion_type",
    "quantity",
    "duration",
    "loop",
    "camera_control",
    "aspect_ratio",
    "audio_option",
    "media_items",
    "model",
)
STORY_AUDIO_DEFAULTS = {
    "has_bg_music": True,
    "has_narration": True,
    "native_audio": False,
    "narrator": "Rachel",
}


def media_cost(quantity: int, duration: int) -> int:
    return 10 * quantity * math.ceil(duration / 5)


def videos_cost(scenes: int, duration: int) -> int:
    return 10 * max(scenes, 1) * math.ceil(duration / 5)


COST_STORYBOARD, COST_ELEMENTS, COST_SCENES, COST_CONCAT = 10, 20, 30, 10


def _is_loopback_url(url: str) -> bool:
    """True when ``url``'s host is ``localhost`` or a literal loopback IP (no DNS look-up)."""
    try:
        host = httpx.URL(url).host.strip("[]").lower()
    except (httpx.InvalidURL, TypeError):
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class FakeVimmerse:
    """An in-memory (optionally SQLite-backed) Vimmerse API with a CDN origin."""

    def __init__(self, config: FakeConfig | None = None) -> None:
        self.config = config or FakeConfig()
        self.store = Store(self.config.api_keys, self.config.state_file)
        start = self.store.clock_now
        self.clock: Clock = (
            ManualClock(start) if self.config.manual_clock else Clock(self.config.speed, start)
        )
        self.faults = Faults()
        self.validator = Validator()
        self.webhook_deliveries: list[dict[str, Any]] = []
        self._seen: Counter[str] = Counter()
        self._seen_lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}
        self._bucket_lock = threading.Lock()
        self._webhook_lock = threading.Lock()
        self._secret = hashlib.sha256(b"vimmerse-fake:" + (self.config.state_file or "").encode()).digest()
        self._scheduler: threading.Thread | None = None
        self._scheduler_stop = threading.Event()
        self._loop_thread: Any = None
        self.app = Starlette(routes=self._api_routes())
        self.cdn_app = Starlette(routes=self._cdn_routes())

    # ---------------------------------------------------------------- public helpers
    @property
    def base_url(self) -> str:
        return self.config.base_url.rstrip("/")

    @property
    def cdn_url(self) -> str:
        return self.config.cdn_url.rstrip("/")

    def set_origins(self, base_url: str, cdn_url: str) -> None:
        """Where the API and CDN are reachable (``serve()`` calls this once ports are known)."""
        self.config.base_url, self.config.cdn_url = base_url, cdn_url

    def jobs_created(self, api_key: str | None = None) -> int:
        with self.store.lock:
            if api_key is None:
                return sum(self.store.jobs.values())
            return self.store.jobs.get(api_key, 0)

    def requests_seen(self, path_prefix: str = "") -> int:
        with self._seen_lock:
            return sum(n for p, n in self._seen.items() if p.startswith(path_prefix))

    def credits(self, api_key: str) -> int:
        with self.store.lock:
            return self.store.credits[api_key]

    def add_api_key(self, api_key: str, credits: int) -> None:
        with self.store.lock:
            self.store.credits[api_key] = credits
            self.store._put("credits", api_key, credits)

    def transport(self) -> httpx.BaseTransport:
        from .transport import SyncRoutingTransport

        return SyncRoutingTransport(self._routes_by_host())

    def async_transport(self) -> httpx.AsyncBaseTransport:
        from .transport import AsyncRoutingTransport

        return AsyncRoutingTransport(self._routes_by_host())

    def _routes_by_host(self) -> dict[str, Any]:
        return {
            httpx.URL(self.base_url).netloc.decode(): self.app,
            httpx.URL(self.cdn_url).netloc.decode(): self.cdn_app,
        }

    def close(self) -> None:
        self.stop_webhook_scheduler()
        self.store.save_clock(self.clock.now())
        self.store.close()

    # ------------------------------------------------------------------ routing
    def _api_routes(self) -> list[Route]:
        ops: list[tuple[str, str, str, str | None, Handler]] = [
            ("POST", "/media", "createMedia", "multipart/form-data", self.create_media),
            ("GET", "/media/{media_id}", "getMedia", None, self.get_media),
            (
                "PUT",
                "/media/{media_id}",
                "updateMedia",
                "application/x-www-form-urlencoded",
                self.update_media,
            ),
            (
                "PUT",
                "/media/{media_id}/edit",
                "editMedia",
                "application/x-www-form-urlencoded",
                self.update_media,
            ),
            (
                "GET",
                "/media/{media_id}/processing-status",
                "getMediaProcessingStatus",
                None,
                self.media_status,
            ),
            ("GET", "/media/{media_id}/download", "downloadMedia", None, self.download_media),
            ("POST", "/media/{media_id}/process", "processMedia", "application/json", self.process_media),
            ("POST", "/story/idea-2-video", "createStoryFromIdea", "application/json", self.story_from_idea),
            (
                "POST",
                "/story/images-2-video",
                "createStoryFromImages",
                "application/json",
                self.story_from_images,
            ),
            ("POST", "/story/url-2-video", "createStoryFromUrl", "application/json", self.story_from_url),
            ("POST", "/story", "createStory", "multipart/form-data", self.create_story),
            ("GET", "/story/{story_id}", "getStory", None, self.get_story),
            (
                "PUT",
                "/story/{story_id}",
                "updateStory",
                "application/x-www-form-urlencoded",
                self.update_story,
            ),
            ("DELETE", "/story/{story_id}", "deleteStory", None, self.delete_story),
            (
                "POST",
                "/story/{story_id}/elements",
                "generateStoryElements",
                "application/x-www-form-urlencoded",
                self.story_elements,
            ),
            (
                "POST",
                "/story/{story_id}/scenes",
                "generateStoryScenes",
                "application/x-www-form-urlencoded",
                self.story_scenes,
            ),
            (
                "POST",
                "/story/{story_id}/videos",
                "generateStoryVideos",
                "application/x-www-form-urlencoded",
                self.story_videos,
            ),
            (
                "POST",
                "/story/{story_id}/concat",
                "concatStory",
                "application/x-www-form-urlencoded",
                self.story_concat,
            ),
        ]
        grouped: dict[str, dict[str, tuple[str, str | None, Handler]]] = {}
        for method, path, op_id, media_type, handler in ops:
            grouped.setdefault(path, {})[method] = (op_id, media_type, handler)
        routes = []
        for path, by_method in grouped.items():
            routes.append(Route(path, self._endpoint(path, by_method), methods=list(by_method)))
        return routes

    def _cdn_routes(self) -> list[Route]:
        return [
            Route("/files/{token}", self.cdn_file, methods=["GET"]),
            Route("/blob/{size:int}", self.cdn_blob, methods=["GET"]),
        ]

    def _endpoint(
        self, template: str, by_method: dict[str, tuple[str, str | None, Handler]]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            method = "GET" if request.method == "HEAD" else request.method
            op_id, media_type, handler = by_method[method]
            return await self._handle(request, template, op_id, media_type, handler)

        return endpoint

    def _count(self, path: str) -> None:
        with self._seen_lock:
            self._seen[path] += 1

    async def _handle(
        self, request: Request, template: str, op_id: str, media_type: str | None, handler: Handler
    ) -> Response:
        path, method = request.url.path, request.method
        self._count(path)
        slow = self.faults.take("slow", method, path)
        if slow:
            await asyncio.sleep(slow.seconds)
        drop = self.faults.take("drop", method, path)
        if drop and not drop.after_processing:
            return _DropResponse()
        err = self.faults.take("error", method, path)
        if err and not err.after_processing:
            return self._fault_error(err)
        try:
            response = await self._process(request, template, op_id, media_type, handler)
        except HTTPError as exc:
            headers = exc.extra.pop("headers", None)
            response = _json(exc.status, {"message": exc.message, **exc.extra}, headers)
        except ValidationFailed as exc:
            response = _json(422, {"detail": exc.detail})
        if drop:
            return _DropResponse()
        if err:
            return self._fault_error(err)
        self._check_response(request, template, response)
        return response

    def _fault_error(self, fault: Fault) -> Response:
        messages = {
            500: "INTERNAL_SERVER_ERROR",
            502: "BAD_GATEWAY",
            503: "SERVICE_UNAVAILABLE",
            504: "TIMEOUT",
        }
        return _json(fault.status, {"message": messages.get(fault.status, "SERVER_ERROR"), "injected": True})

    def _check_response(self, request: Request, template: str, response: Response) -> None:
        headers = {k: v for k, v in response.headers.items()}
        content_type = headers.get("content-type", "application/json").split(";")[0]
        # Streamed file bodies are not buffered for validation: a one-byte stand-in lets
        # openapi-core judge status, headers and media type (the bytes are checked by tests).
        body = b"\0" if isinstance(response, StreamingResponse) else bytes(response.body)
        if request.method == "HEAD" or response.status_code == 302:
            body = body or b""
        errors = self.validator.check_response(
            request.method if request.method != "HEAD" else "GET",
            request.url.path,
            dict(request.query_params),
            response.status_code,
            headers,
            body,
            content_type,
        )
        if errors:
            where = f"{request.method} {request.url.path} -> {response.status_code}"
            msg = f"{where}: response violates openapi.yaml: {errors}"
            if self.config.strict_responses:
                raise ResponseValidationFailed(msg)
            log.error(msg)

    async def _read_body(self, request: Request) -> bytes:
        limit = self.config.max_upload_bytes
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise HTTPError(413, "PAYLOAD_TOO_LARGE", limit_bytes=limit)
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise HTTPError(413, "PAYLOAD_TOO_LARGE", limit_bytes=limit)
            chunks.append(chunk)
        return b"".join(chunks)

    async def _process(
        self, request: Request, template: str, op_id: str, media_type: str | None, handler: Handler
    ) -> Response:
        key = request.headers.get("x-api-key", "")
        with self.store.lock:
            known = key in self.store.credits
        if not known:
            raise HTTPError(401, "UNAUTHORIZED")
        self._rate_limit(key)
        raw = await self._read_body(request)
        query = dict(request.query_params)
        headers = dict(request.headers)
        content_type = request.headers.get("content-type", "")
        base_type = content_type.split(";")[0].strip().lower()
        json_body = None
        if media_type == "application/json" and raw.strip():
            json_body = raw
            if base_type and base_type != "application/json":
                raise ValidationFailed([error(["body"], "Expected an application/json body", "content_type")])
        detail, parsed = self.validator.check_request(
            request.method,
            request.url.path,
            query,
            headers,
            json_body,
            "application/json",
            judge_body=media_type == "application/json",
        )
        ctx = Ctx(request, key, dict(request.path_params), query)
        if json_body is not None:
            if parsed is None and not detail:
                detail.append(error(["body"], "Input should be a valid JSON object", "json_invalid"))
            ctx.body = dict(parsed) if isinstance(parsed, dict) else {}
        elif media_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
            form_detail, ctx.body, ctx.uploads = await self._parse_form(
                request, raw, base_type, template, media_type, op_id
            )
            detail += form_detail
        if detail:
            raise ValidationFailed(detail)
        return await handler(ctx)

    async def _parse_form(
        self, request: Request, raw: bytes, base_type: str, template: str, media_type: str, op_id: str
    ) -> tuple[list[dict[str, Any]], dict[str, Any], list[tuple[str, str, int]]]:
        if not raw.strip():
            items: list[tuple[str, Any]] = []
        else:
            if base_type != media_type:
                return [error(["body"], f"Expected a {media_type} body", "content_type")], {}, []
            sent = False

            async def replay() -> dict[str, Any]:
                nonlocal sent
                if sent:
                    return {"type": "http.disconnect"}
                sent = True
                return {"type": "http.request", "body": raw, "more_body": False}

            clone = Request(request.scope, replay)
            try:
                form = await clone.form(
                    max_files=100, max_fields=1000, max_part_size=self.config.max_upload_bytes
                )
            except MultiPartException as exc:
                return [error(["body"], f"Malformed form body: {exc.message}", "value_error")], {}, []
            except HTTPException as exc:
                # Starlette re-raises a MultiPartException as HTTPException(400) when the request
                # belongs to an app; its default handler would answer text/plain, not our JSON 422.
                return [error(["body"], f"Malformed form body: {exc.detail}", "value_error")], {}, []
            items = []
            uploads = []
            for name, value in form.multi_items():
                if isinstance(value, UploadFile):
                    data = await value.read()
                    uploads.append((name, value.filename or "upload", len(data)))
                    items.append((name, data))
                else:
                    items.append((name, value))
            await form.close()
            detail, body = self.validator.check_form(template, request.method.lower(), media_type, items)
            if not detail:
                for name, (component, is_list) in JSON_FIELDS.get(op_id, {}).items():
                    if name in body:
                        field_detail, value = self.validator.check_json_field(
                            name, body[name], component, is_list
                        )
                        detail += field_detail
                        body[name] = value
            return detail, body, uploads
        detail, body = self.validator.check_form(template, request.method.lower(), media_type, items)
        return detail, body, []

    def _rate_limit(self, key: str) -> None:
        rate = self.config.rate_limit
        if not rate:
            return
        now = self.clock.now() if self.clock.manual else time.monotonic()
        with self._bucket_lock:
            tokens, last = self._buckets.get(key, (rate, now))
            tokens = min(rate, tokens + (now - last) * rate)
            if tokens < 1:
                self._buckets[key] = (tokens, now)
                retry = max(1, math.ceil((1 - tokens) / rate))
                raise HTTPError(429, "RATE_LIMITED", headers={"Retry-After": str(retry)})
            self._buckets[key] = (tokens - 1, now)

    # ---------------------------------------------------------------- CDN tokens
    def _sign(self, payload: dict[str, Any]) -> str:
        raw = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).rstrip(b"=")
        mac = hmac.new(self._secret, raw, hashlib.sha256).hexdigest()[:16]
        return f"{raw.decode()}.{mac}"

    def _unsign(self, token: str) -> dict[str, Any] | None:
        token = token.rsplit(".", 1)[0] if token.count(".") == 2 else token  # drop a file extension
        try:
            raw, mac = token.split(".")
        except ValueError:
            return None
        if not hmac.compare_digest(
            mac, hmac.new(self._secret, raw.encode(), hashlib.sha256).hexdigest()[:16]
        ):
            return None
        try:
            value = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def cdn_file_url(self, kind: str, ext: str, **params: Any) -> str:
        return f"{self.cdn_url}/files/{self._sign({'k': kind, **params})}.{ext}"

    # ---------------------------------------------------------------- file serving
    def _file_response(
        self,
        request: Request,
        size: int,
        chunks: Callable[[int, int], Iterable[bytes]],
        media_type: str,
        json_416: bool,
    ) -> Response:
        try:
            rng = files.parse_range(request.headers.get("range"), size)
        except files.RangeNotSatisfiable:
            headers = {"Content-Range": f"bytes */{size}"}
            if json_416:
                return _json(416, {"message": "RANGE_NOT_SATISFIABLE"}, headers)
            return Response(status_code=416, headers=headers)
        start, end = rng if rng else (0, size)
        headers = {"Content-Length": str(end - start), "Accept-Ranges": "bytes"}
        status = 200
        if rng:
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
        fault = self.faults.take("truncate", request.method, request.url.path)
        limit = fault.after_bytes if fault else None
        if request.method == "HEAD":
            return Response(status_code=status, headers=headers, media_type=media_type)
        body = _truncating(chunks(start, end), limit)
        return StreamingResponse(_aiter(body), status_code=status, headers=headers, media_type=media_type)

    def _bytes_response(self, request: Request, data: bytes, media_type: str, json_416: bool) -> Response:
        def chunks(start: int, end: int) -> Iterator[bytes]:
            for pos in range(start, end, files.BLOB_CHUNK):
                yield data[pos : min(end, pos + files.BLOB_CHUNK)]

        return self._file_response(request, len(data), chunks, media_type, json_416)

    async def cdn_file(self, request: Request) -> Response:
        self._count(request.url.path)
        token = request.path_params["token"]
        payload = self._unsign(token)
        if payload is None:
            return _json(404, {"message": "NOT_FOUND"})
        kind = payload.get("k")
        if kind == "video":
            data = await asyncio.to_thread(files.render_mp4, float(payload["d"]), str(payload["a"]))
            return self._bytes_response(request, data, "video/mp4", False)
        if kind == "image":
            return self._bytes_response(request, files.png(), "image/png", False)
        if kind == "audio":
            return self._bytes_response(request, files.wav(float(payload.get("d", 1.0))), "audio/wav", False)
        return _json(404, {"message": "NOT_FOUND"})

    async def cdn_blob(self, request: Request) -> Response:
        """A deterministic synthetic file of ``size`` bytes, streamed in chunks (benchmarks)."""
        self._count(request.url.path)
        size = int(request.path_params["size"])
        return self._file_response(request, size, files.blob_bytes, "application/octet-stream", False)

    # ------------------------------------------------------------------ accounts
    def _charge(self, key: str, amount: int) -> None:
        if not self.store.charge(key, amount):
            raise HTTPError(402, "INSUFFICIENT_CREDIT", required=amount)

    def _customer_id(self, key: str) -> str:
        return "cust_" + hashlib.sha256(key.encode()).hexdigest()[:12]

    # -------------------------------------------------------------------- media
    def _own_media(self, ctx: Ctx) -> dict[str, Any]:
        media_id = ctx.path["media_id"]
        with self.store.lock:
            m = self.store.medias.get(media_id)
        if m is None or m["owner"] != ctx.key:
            raise HTTPError(404, "MEDIA_NOT_FOUND")
        return m

    def _new_media(self, key: str, params: dict[str, Any], now: float, **extra: Any) -> dict[str, Any]:
        m: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "owner": key,
            "title": params.get("title", ""),
            "description": params.get("description", ""),
            "rating": "",
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
        if self.config.media_job_seconds:
            m["job_seconds"] = float(self.config.media_job_seconds)
        m["gen"] = {
            "version": 1,
            "submitted_at": extra.get("start_at", now),
            "outcome": outcome_of(m["prompt"], m["title"]),
        }
        m.pop("start_at", None)
        return m

    def _regenerate(self, m: dict[str, Any], now: float) -> None:
        m["history"].append({"gen": m["gen"], "params": self._gen_params(m)})
        m["gen"] = {
            "version": m["gen"]["version"] + 1,
            "submitted_at": now,
            "outcome": outcome_of(m["prompt"], m["title"]),
        }
        m["updated_at"] = now

    def _gen_params(self, m: dict[str, Any]) -> dict[str, Any]:
        return {
            k: m[k]
            for k in (
                "prompt",
                "motion_type",
                "quantity",
                "duration",
                "loop",
                "camera_control",
                "aspect_ratio",
            )
        }

    def _pose_preset(self, params: dict[str, Any]) -> dict[str, Any]:
        p = f"Duration={params['duration']}|Loop={params['loop']}|Quantity={params['quantity']}"
        return {
            "MotionType": params["motion_type"],
            "Params": p + f"|CameraControl={params['camera_control']}",
        }

    def _submit_params(self, m: dict[str, Any]) -> dict[str, Any]:
        sp: dict[str, Any] = {"native_audio": False, "pipeline_preset": "default", "file_size": "0"}
        if m.get("aspect_ratio"):
            sp["aspect_ratio"] = m["aspect_ratio"]
        return sp

    def _media_video_url(self, m: dict[str, Any]) -> str:
        return self.cdn_file_url(
            "video",
            "mp4",
            d=m["duration"],
            a=m.get("aspect_ratio") or "16:9",
            m=m["id"],
            v=m["gen"]["version"],
        )

    def media_json(self, m: dict[str, Any], now: float | None = None) -> dict[str, Any]:
        now = self.clock.now() if now is None else now
        status, progress = media_state(m, now)
        params = self._gen_params(m)
        data: dict[str, Any] = {
            "id": m["id"],
            "title": m["title"],
            "description": m["description"],
            "rating": m["rating"],
            "customer_id": self._customer_id(m["owner"]),
            "base_url": self.cdn_url,
            "is_transition": m["is_transition"],
            "duration_time": str(m["duration"]),
            "progress_percentage": progress,
            "processing_status": status,
            "visibility_status": m["visibility_status"],
            "file_map": m["file_map"],
            "submit_params": self._submit_params(m),
            "pose_preset": self._pose_preset(params),
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
            "nsfw": "0",
            "service_name": "vimmerse-fake",
            "service_version": "1",
            "version": "1",
            "created_at": timestamp(m["created_at"]),
            "updated_at": timestamp(m["updated_at"]),
        }
        if m.get("batch_id"):
            data["batch_id"] = m["batch_id"]
        if m.get("webhook_url"):
            data["webhook_url"] = m["webhook_url"]
        if status == "success":
            url = self._media_video_url(m)
            data["result"] = [
                {"url": url, "motion_type": m["motion_type"], "object_type": "bullet_video_mp4"}
                for _ in range(int(m["quantity"]))
            ]
        return data

    def _media_response(self, ctx: Ctx, m: dict[str, Any]) -> Response:
        data = self.media_json(m)
        fields = ctx.query.get("fields")
        if fields:
            wanted = {f.strip() for f in fields.split(",") if f.strip()}
            data = {k: v for k, v in data.items() if k in wanted}
        return _json(200, {"data": data})

    async def create_media(self, ctx: Ctx) -> Response:
        b = ctx.body
        if not (b.get("prompt") or b.get("image_files") or b.get("image_urls") or b.get("media_items")):
            raise HTTPError(
                400, "BAD_REQUEST", reason="give at least one of prompt, image_files, image_urls, media_items"
            )
        params = dict(b)
        params["file_map"] = [{"FileType": "image", "FileName": name} for _, name, _ in ctx.uploads] or [
            {"FileType": "image", "FileName": url} for url in b.get("image_urls") or []
        ]
        params.pop("image_files", None)
        now = self.clock.now()
        m = self._new_media(ctx.key, params, now)
        with self.store.lock:
            self._charge(ctx.key, media_cost(m["quantity"], m["duration"]))
            self.store.save_media(m)
        return self._media_response(ctx, m)

    async def get_media(self, ctx: Ctx) -> Response:
        return self._media_response(ctx, self._own_media(ctx))

    async def media_status(self, ctx: Ctx) -> Response:
        status, progress = media_state(self._own_media(ctx), self.clock.now())
        return _json(200, {"data": {"processing_status": status, "progress_percentage": progress}})

    async def update_media(self, ctx: Ctx) -> Response:
        m = self._own_media(ctx)
        b = ctx.body
        regen = [k for k in MEDIA_REGEN if k in b]
        now = self.clock.now()
        with self.store.lock:
            new = json.loads(json.dumps(m))
            for k in (*MEDIA_META, *MEDIA_REGEN):
                if k in b:
                    new[k] = b[k]
            new["updated_at"] = now
            if regen:
                self._charge(ctx.key, media_cost(new["quantity"], new["duration"]))
                self._regenerate(new, now)
            self.store.save_media(new)
        return self._media_response(ctx, new)

    async def process_media(self, ctx: Ctx) -> Response:
        m = self._own_media(ctx)
        now = self.clock.now()
        with self.store.lock:
            new = json.loads(json.dumps(m))
            self._charge(ctx.key, media_cost(new["quantity"], new["duration"]))
            self._regenerate(new, now)
            self.store.save_media(new)
        return self._media_response(ctx, new)

    async def download_media(self, ctx: Ctx) -> Response:
        m = self._own_media(ctx)
        status, _ = media_state(m, self.clock.now())
        if status != "success":
            raise HTTPError(400, "MEDIA_NOT_READY", processing_status=status)
        object_type = ctx.query.get("object_type", "bullet_video_mp4")
        if "mp4" not in object_type and "video" not in object_type:
            raise HTTPError(404, "NOT_FOUND", reason=f"no file of object_type {object_type!r}")
        if self.config.redirect_downloads:
            return RedirectResponse(self._media_video_url(m), status_code=302)
        data = await asyncio.to_thread(
            files.render_mp4, float(m["duration"]), m.get("aspect_ratio") or "16:9"
        )
        return self._bytes_response(ctx.request, data, "video/mp4", True)

    # -------------------------------------------------------------------- story
    def _own_story(self, ctx: Ctx) -> dict[str, Any]:
        story_id = ctx.path["story_id"]
        with self.store.lock:
            s = self.store.stories.get(story_id)
        if s is None or s["owner"] != ctx.key:
            raise HTTPError(404, "NOT_FOUND")
        return s

    def _story_medias(self, s: dict[str, Any]) -> list[dict[str, Any]]:
        with self.store.lock:
            return [
                self.store.medias[e["media_id"]] for e in s["medias"] if e["media_id"] in self.store.medias
            ]

    def _new_story(
        self, key: str, b: dict[str, Any], mode: str, image_urls: list[str], now: float
    ) -> dict[str, Any]:
        audio = {**STORY_AUDIO_DEFAULTS, **(b.get("audio_option") or {})}
        if audio["native_audio"]:
            audio["has_narration"] = False
        idea = b.get("idea") or ""
        storyboard = make_storyboard(idea, b.get("title", ""), int(b.get("scene_count", 3)), image_urls)
        for kind in ("characters", "environments", "objects"):
            given = (b.get("elements") or {}).get(kind)
            if given:
                storyboard[kind] = list(given)
        return {
            "id": str(uuid.uuid4()),
            "owner": key,
            "mode": mode,
            "title": b.get("title", ""),
            "description": "",
            "visibility_status": "1",
            "idea": idea,
            "language": b.get("language", "English"),
            "aspect_ratio": b.get("aspect_ratio") or "16:9",
            "scene_count": len(storyboard["scenes"]),
            "audio_option": audio,
            "storyboard": storyboard,
            "image_urls": image_urls,
            "files": [],
            "medias": [],
            "phase": "new",
            "phase_started": now,
            "prepare_until": None,
            "compose_from": None,
            "fail": outcome_of(idea, b.get("title")) == "fail",
            "used_credits": 0,
            "webhook_url": b.get("webhook_url"),
            "webhook_done": None,
            "version": 0,
            "audio_urls": [],
            "concat_video_urls": [],
            "is_transition": bool(b.get("is_transition", False)),
            "scene_duration": int(b.get("scene_duration", 5)),
            "created_at": now,
            "updated_at": now,
        }

    def _spend(self, s: dict[str, Any], key: str, amount: int) -> None:
        self._charge(key, amount)
        s["used_credits"] += amount

    def _gen_elements(self, s: dict[str, Any]) -> None:
        sb = s["storyboard"]
        for kind in ("characters", "environments", "objects"):
            for i, el in enumerate(sb.get(kind) or []):
                if isinstance(el, dict) and not el.get("image_url"):
                    el["image_url"] = self.cdn_file_url("image", "png", s=s["id"], e=f"{kind}-{i}")
        music = sb.setdefault("music", {})
        if isinstance(music, dict) and s["audio_option"].get("has_bg_music") and not music.get("music_url"):
            music["music_url"] = self.cdn_file_url("audio", "wav", s=s["id"], e="music", d=1.0)

    def _gen_scenes(self, s: dict[str, Any]) -> None:
        self._gen_elements_music_only(s)
        for i, sc in enumerate(s["storyboard"].get("scenes") or []):
            if not isinstance(sc, dict):
                continue
            if not sc.get("image_url"):
                sc["image_url"] = self.cdn_file_url("image", "png", s=s["id"], e=f"scene-{i}")
            if s["audio_option"].get("has_narration") and not sc.get("narration_url"):
                sc["narration_url"] = self.cdn_file_url("audio", "wav", s=s["id"], e=f"narration-{i}", d=1.0)

    def _gen_elements_music_only(self, s: dict[str, Any]) -> None:
        music = s["storyboard"].setdefault("music", {})
        if isinstance(music, dict) and s["audio_option"].get("has_bg_music") and not music.get("music_url"):
            music["music_url"] = self.cdn_file_url("audio", "wav", s=s["id"], e="music", d=1.0)

    def _gen_videos(self, s: dict[str, Any], b: dict[str, Any], now: float, start_at: float) -> None:
        scenes = [sc for sc in s["storyboard"].get("scenes") or [] if isinstance(sc, dict)] or [{}]
        duration = int(b.get("duration", s["scene_duration"]))
        medias = []
        for i, sc in enumerate(scenes):
            params = {
                "title": f"{s['title'] or 'Story'} - scene {i + 1}",
                "prompt": str(sc.get("video_description") or f"Scene {i + 1}"),
                "motion_type": b.get("motion_type", "Auto"),
                "duration": duration,
                "loop": int(b.get("loop", 1)),
                "aspect_ratio": s["aspect_ratio"],
                "image_urls": [sc["image_url"]] if sc.get("image_url") else [],
            }
            m = self._new_media(s["owner"], params, now, batch_id=s["id"], start_at=start_at)
            self.store.save_media(m)
            medias.append(
                {
                    "media_id": m["id"],
                    "item": str(i),
                    "source": {"prompt": params["prompt"], "image_url": sc.get("image_url", "")},
                }
            )
        s["medias"] = medias
        s["scene_duration"] = duration
        s["phase"] = "videos"
        s["phase_started"] = now
        s["compose_from"] = None
        s["version"] += 1

    def story_json(self, s: dict[str, Any], now: float | None = None) -> dict[str, Any]:
        now = self.clock.now() if now is None else now
        medias = self._story_medias(s)
        status, progress, message = story_state(s, medias, now, self.config.compose_seconds)
        states = {m["id"]: media_state(m, now)[0] for m in medias}
        sb = s["storyboard"]
        scenes = []
        for i, sc in enumerate(sb.get("scenes") or []):
            if not isinstance(sc, dict):
                continue
            entry = {
                "image_url": sc.get("image_url", ""),
                "prompt": sc.get("video_description", ""),
                "narration_url": sc.get("narration_url", ""),
            }
            if i < len(s["medias"]):
                mid = s["medias"][i]["media_id"]
                m = next((x for x in medias if x["id"] == mid), None)
                if m is not None and states.get(mid) == "success":
                    entry["video_url"] = self._media_video_url(m)
            scenes.append(entry)
        data: dict[str, Any] = {
            "id": s["id"],
            "customer_id": self._customer_id(s["owner"]),
            "title": s["title"],
            "description": s["description"],
            "visibility_status": s["visibility_status"],
            "idea": s["idea"],
            "storyboard": sb,
            "scenes": scenes,
            "story_version": s["version"],
            "message": message,
            "is_transition": s["is_transition"],
            "files": s["files"],
            "medias": s["medias"],
            "finished_medias": [e for e in s["medias"] if states.get(e["media_id"]) == "success"],
            "failed_medias": [e for e in s["medias"] if states.get(e["media_id"]) in ("fail", "cancel")],
            "image_urls": s["image_urls"],
            "progress_percentage": progress,
            "status": status,
            "generate_type": s["mode"],
            "audio_option": s["audio_option"],
            "has_bg_music": s["audio_option"]["has_bg_music"],
            "has_narration": s["audio_option"]["has_narration"],
            "narrator": s["audio_option"]["narrator"],
            "language": s["language"],
            "aspect_ratio": s["aspect_ratio"],
            "scene_count": s["scene_count"],
            "audio_urls": s["audio_urls"],
            "used_credits": s["used_credits"],
            "show_title": True,
            "webhook_url": s.get("webhook_url"),
            "version": "1",
            "created_at": timestamp(s["created_at"]),
            "updated_at": timestamp(s["updated_at"]),
        }
        if status == "success":
            data["video_url"] = self._story_video_url(s, medias)
        return data

    def _story_duration(self, s: dict[str, Any], medias: list[dict[str, Any]]) -> float:
        if s.get("concat_video_urls"):
            return 5.0 * len(s["concat_video_urls"])
        return float(sum(int(m["duration"]) for m in medias)) or 5.0

    def _story_video_url(self, s: dict[str, Any], medias: list[dict[str, Any]]) -> str:
        return self.cdn_file_url(
            "video", "mp4", d=self._story_duration(s, medias), a=s["aspect_ratio"], s=s["id"], v=s["version"]
        )

    def _story_response(self, s: dict[str, Any]) -> Response:
        return _json(200, {"data": self.story_json(s)})

    async def _auto_story(self, ctx: Ctx, mode: str, image_urls: list[str]) -> Response:
        b = ctx.body
        now = self.clock.now()
        s = self._new_story(ctx.key, b, mode, image_urls, now)
        scenes = len(s["storyboard"]["scenes"])
        cost = (
            COST_STORYBOARD
            + COST_ELEMENTS
            + COST_SCENES
            + videos_cost(scenes, s["scene_duration"])
            + COST_CONCAT
        )
        with self.store.lock:
            self._spend(s, ctx.key, cost)
            self._gen_elements(s)
            self._gen_scenes(s)
            start_at = now + self.config.auto_prepare_seconds
            self._gen_videos(s, {"duration": s["scene_duration"]}, now, start_at)
            s["prepare_until"] = start_at
            self.store.save_story(s)
        return self._story_response(s)

    async def story_from_idea(self, ctx: Ctx) -> Response:
        return await self._auto_story(ctx, "idea-2-video", [])

    async def story_from_url(self, ctx: Ctx) -> Response:
        return await self._auto_story(ctx, "url-2-video", [])

    async def story_from_images(self, ctx: Ctx) -> Response:
        return await self._auto_story(ctx, "images-2-video", list(ctx.body["image_urls"]))

    async def create_story(self, ctx: Ctx) -> Response:
        b = ctx.body
        uploads = [u for u in ctx.uploads if u[0] == "image_files"]
        image_urls = [
            self.cdn_file_url("image", "png", upload=i, name=name) for i, (_, name, _) in enumerate(uploads)
        ] or list(b.get("image_urls") or [])
        now = self.clock.now()
        with self.store.lock:
            if b.get("story_id"):
                # An unknown (or another key's) story_id is 404, as openapi.yaml documents.
                old = self._own_story(Ctx(ctx.request, ctx.key, {"story_id": b["story_id"]}, {}))
                s = json.loads(json.dumps(old))
                fresh = self._new_story(ctx.key, b, "advanced", image_urls, now)
                s["storyboard"], s["idea"], s["scene_count"] = (
                    fresh["storyboard"],
                    fresh["idea"],
                    fresh["scene_count"],
                )
                s["fail"], s["updated_at"] = fresh["fail"], now
            else:
                s = self._new_story(ctx.key, b, "advanced", image_urls, now)
            s["files"] = [{"FileType": "image", "FileName": name} for _, name, _ in uploads]
            self._spend(s, ctx.key, COST_STORYBOARD)
            self.store.save_story(s)
        return self._story_response(s)

    async def get_story(self, ctx: Ctx) -> Response:
        return self._story_response(self._own_story(ctx))

    async def update_story(self, ctx: Ctx) -> Response:
        s = json.loads(json.dumps(self._own_story(ctx)))
        for k in ("title", "description", "visibility_status"):
            if k in ctx.body:
                s[k] = ctx.body[k]
        s["updated_at"] = self.clock.now()
        self.store.save_story(s)
        return self._story_response(s)

    async def delete_story(self, ctx: Ctx) -> Response:
        s = self._own_story(ctx)
        response = self._story_response(s)
        self.store.delete_story(s["id"])
        return response

    def _story_step(
        self, ctx: Ctx, cost: Callable[[dict[str, Any]], int], apply: Callable[[dict[str, Any]], None]
    ) -> Response:
        s = json.loads(json.dumps(self._own_story(ctx)))
        if "storyboard" in ctx.body:
            s["storyboard"] = ctx.body["storyboard"]
            s["scene_count"] = len(s["storyboard"].get("scenes") or [])
        with self.store.lock:
            self._spend(s, ctx.key, cost(s))
            apply(s)
            s["updated_at"] = self.clock.now()
            self.store.save_story(s)
        return self._story_response(s)

    async def story_elements(self, ctx: Ctx) -> Response:
        return self._story_step(ctx, lambda s: COST_ELEMENTS, self._gen_elements)

    async def story_scenes(self, ctx: Ctx) -> Response:
        def apply(s: dict[str, Any]) -> None:
            if "audio_option" in ctx.body:
                s["audio_option"] = {**s["audio_option"], **ctx.body["audio_option"]}
            self._gen_scenes(s)

        return self._story_step(ctx, lambda s: COST_SCENES, apply)

    async def story_videos(self, ctx: Ctx) -> Response:
        b = ctx.body
        now = self.clock.now()

        def apply(s: dict[str, Any]) -> None:
            if b.get("title"):
                s["title"] = b["title"]
            if "webhook_url" in b:
                s["webhook_url"] = b["webhook_url"]
            s["is_transition"] = bool(b.get("is_transition", s["is_transition"]))
            self._gen_videos(s, b, now, now)

        def cost(s: dict[str, Any]) -> int:
            return videos_cost(len(s["storyboard"].get("scenes") or []), int(b.get("duration", 5)))

        return self._story_step(ctx, cost, apply)

    async def story_concat(self, ctx: Ctx) -> Response:
        b = ctx.body
        now = self.clock.now()

        def apply(s: dict[str, Any]) -> None:
            if b.get("concat_video_urls"):
                s["concat_video_urls"] = list(b["concat_video_urls"])
            if b.get("audio_urls"):
                s["audio_urls"] = list(b["audio_urls"])
            if s["phase"] == "new":
                s["phase"] = "concat"
                s["phase_started"] = now
            s["compose_from"] = now
            s["version"] += 1

        return self._story_step(ctx, lambda s: COST_CONCAT, apply)

    # ----------------------------------------------------------------- webhooks
    def _due_webhooks(self) -> list[tuple[str, dict[str, Any], str, str, int]]:
        """(url, payload, kind, id, version) of terminal jobs not yet notified."""
        now = self.clock.now()
        due = []
        with self.store.lock:
            medias = list(self.store.medias.values())
            stories = list(self.store.stories.values())
        for m in medias:
            if m.get("webhook_url") and m.get("webhook_done") != m["gen"]["version"]:
                status, _ = media_state(m, now)
                if status in TERMINAL_MEDIA:
                    payload = {
                        "customer_id": self._customer_id(m["owner"]),
                        "media_id": m["id"],
                        "status": status,
                    }
                    due.append((m["webhook_url"], payload, "media", m["id"], m["gen"]["version"]))
        for s in stories:
            if s.get("webhook_url") and s["phase"] != "new" and s.get("webhook_done") != s["version"]:
                status, _, _ = story_state(s, self._story_medias(s), now, self.config.compose_seconds)
                if status in TERMINAL_STORY:
                    payload = {
                        "customer_id": self._customer_id(s["owner"]),
                        "batch_id": s["id"],
                        "status": status,
                    }
                    due.append((s["webhook_url"], payload, "story", s["id"], s["version"]))
        return due

    def _mark_delivered(self, kind: str, obj_id: str, version: int) -> None:
        with self.store.lock:
            obj = (self.store.medias if kind == "media" else self.store.stories).get(obj_id)
            if obj is None:
                return
            obj = dict(obj)
            obj["webhook_done"] = version
            (self.store.save_media if kind == "media" else self.store.save_story)(obj)

    def deliver_due_webhooks(self) -> int:
        """POST the notifications of jobs that reached a terminal state; returns how many
        notifications were handled (delivered or given up after the retries)."""
        with self._webhook_lock:
            due = self._due_webhooks()
            if not due:
                return 0
            with httpx.Client(timeout=self.config.webhook_timeout) as client:
                for url, payload, kind, obj_id, version in due:
                    self._deliver(client, url, payload)
                    self._mark_delivered(kind, obj_id, version)
            return len(due)

    def _deliver(self, client: httpx.Client, url: str, payload: dict[str, Any]) -> None:
        for attempt in range(1, self.config.webhook_attempts + 1):
            record: dict[str, Any] = {
                "url": url,
                "payload": payload,
                "status_code": None,
                "attempt": attempt,
                "error": None,
            }
            if not (self.config.webhook_any_host or _is_loopback_url(url)):
                # Fuzzers send arbitrary webhook_url values; a fake must not turn them into traffic
                # to other machines (nor DNS look-ups), so only loopback receivers are called.
                record["error"] = (
                    "blocked: webhook host is not a loopback address (FakeConfig.webhook_any_host)"
                )
                self.webhook_deliveries.append(record)
                return
            try:
                r = client.post(url, json=payload)
                record["status_code"] = r.status_code
                ok = r.is_success
            except httpx.HTTPError as exc:
                record["error"] = f"{type(exc).__name__}: {exc}"
                ok = False
            self.webhook_deliveries.append(record)
            if ok:
                return
            if attempt < self.config.webhook_attempts and self.config.webhook_retry_delay > 0:
                time.sleep(self.config.webhook_retry_delay * attempt)

    def start_webhook_scheduler(self, interval: float = 0.2) -> None:
        """A daemon thread that notices terminal jobs every ``interval`` real seconds."""
        if self._scheduler is not None:
            return
        self._scheduler_stop.clear()

        def run() -> None:
            while not self._scheduler_stop.wait(interval):
                try:
                    self.deliver_due_webhooks()
                except Exception:  # keep the scheduler alive; the error is logged
                    log.exception("webhook delivery failed")

        self._scheduler = threading.Thread(target=run, name="vimmerse-fake-webhooks", daemon=True)
        self._scheduler.start()

    def stop_webhook_scheduler(self) -> None:
        if self._scheduler is not None:
            self._scheduler_stop.set()
            self._scheduler.join(timeout=5)
            self._scheduler = None


async def _aiter(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk
