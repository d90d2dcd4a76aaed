"""The workflow operations (multi-step templates over images): domain handlers by operationId.

A workflow runs its template's steps one after the other on the fake clock:
``WORKFLOW_STEP_SECONDS`` per step (the overlay templates have the vendor example's five
steps, 5 simulated minutes in all), the first 10 % ``queue``, then ``processing`` with
``progress_percentage`` rising and ``completions`` growing by one entry per finished step
(PNG images for image steps, an MP4 for the animation and composition steps), then
``success`` with ``result`` (and ``media_result``) naming the final MP4 on the file host.
``[fail]`` in the title or in ``options.prompt`` ends it half-way as ``fail``.

Creating one is charged the operation's ``x-vimmerse-price`` (openapi.yaml; ``per`` a body
field when given). Workflows belong to their API key (another key's id is a 404); they live
in the store (written through to its SQLite state when it has one). Error logs
(``logWorkflowError``) are kept per key and ISO week in ``Store.error_logs``.
"""

from __future__ import annotations

import copy
import json
import math
import uuid
from datetime import UTC, datetime
from typing import Any

import attrs

from .answers import Answer
from .handlers import Ctx, JobApi, handles
from .jobs import customer_id, outcome_of, timestamp
from .records import Workflow, WorkflowStatus

WORKFLOW_STEP_SECONDS = 60.0
QUEUE_SHARE = 0.1

# The steps of a template: (flow, kind of its file). The overlay steps are the vendor example's.
_OVERLAY = (
    ("crop_to_content", "image"),
    ("replace_alpha_with_gray", "image"),
    ("upscale", "image"),
    ("create_media", "video"),
    ("video_overlay", "video"),
)
STEPS: dict[str, tuple[tuple[str, str], ...]] = {
    "overlay_gray_5443": _OVERLAY,
    "overlay_gray_5442": tuple(s for s in _OVERLAY if s[0] != "upscale"),
    "overlay_only_1025": (("video_overlay", "video"),),
}
DEFAULT_STEPS = (("crop_to_content", "image"), ("image_to_image", "image"), ("create_media", "video"))
UPDATABLE = ("title", "description", "visibility_status", "rating", "delivered_at")


def price(ctx: Ctx) -> int:
    """What this call costs by openapi.yaml's ``x-vimmerse-price`` (credits x the ``per``
    field's value, or its schema default when absent)."""
    spec = ctx.op.raw.get("x-vimmerse-price") or {}
    credits = int(spec.get("credits", 0))
    per = spec.get("per")
    if per:
        value = ctx.body.get(per)
        if value is None:
            value = 1
        credits *= max(1, math.ceil(float(value)))
    return credits


@attrs.define(eq=False)
class WorkflowApi(JobApi[Workflow]):
    """The workflow operations, on the workflows in the store."""

    record_type = Workflow
    not_found = "WORKFLOW_NOT_FOUND"

    # ------------------------------------------------------------------ state
    @staticmethod
    def _timing(w: Workflow) -> tuple[float, float, float]:
        """(start, end of the queue, end of the run) in simulated seconds."""
        start = w.created_at
        total = WORKFLOW_STEP_SECONDS * len(w.steps)
        end = start + (total if w.outcome == "success" else total * 0.5)
        return start, start + QUEUE_SHARE * total, end

    def state(self, w: Workflow, now: float) -> tuple[WorkflowStatus, int, int]:
        """(processing_status, progress_percentage, steps finished) at ``now``."""
        start, queued_until, end = self._timing(w)
        total = WORKFLOW_STEP_SECONDS * len(w.steps)
        run = total - QUEUE_SHARE * total
        at = min(now, end)
        done = 0 if at < queued_until else min(len(w.steps), int((at - start) // WORKFLOW_STEP_SECONDS))
        progress = 0 if at < queued_until else max(1, min(99, int(100 * (at - queued_until) / run)))
        if now >= end:
            if w.outcome == "success":
                return "success", 100, len(w.steps)
            return "fail", progress, done
        if now < queued_until:
            return "queue", 0, 0
        return "processing", progress, done

    def _file(self, w: Workflow, i: int, kind: str) -> dict[str, str]:
        host = self._files
        if kind == "video":
            duration = w.options.get("duration")
            seconds = float(duration) if isinstance(duration, int | float) and 1 <= duration <= 10 else 5.0
            url = host.url("video", "mp4", d=seconds, a="16:9", wf=w.id, step=i)
            return {"content_type": "video/mp4", "url": url}
        return {"content_type": "image/png", "url": host.url("image", "png", wf=w.id, step=i)}

    def to_json(self, w: Workflow, now: float | None = None) -> dict[str, Any]:
        """The ``Workflow`` object openapi.yaml describes, at ``now``."""
        now = self._clock.now() if now is None else now
        status, progress, done = self.state(w, now)
        _, queued_until, end = self._timing(w)
        completions: list[dict[str, Any]] = [
            {"flow": flow, "result": [self._file(w, i, kind)]}
            for i, (flow, kind) in enumerate(w.steps[:done])
        ]
        changed = max(w.updated_at, *(t for t in (queued_until, end) if t <= now), w.created_at)
        data: dict[str, Any] = {
            "id": w.id,
            "title": w.title,
            "description": w.description,
            "visibility_status": w.visibility_status,
            "model": w.model,
            "options": w.options,
            "images": w.images,
            "primary_user_id": customer_id(w.owner),
            "customer_id": customer_id(w.owner),
            "event_id": w.event_id,
            "processing_status": status,
            "progress_percentage": progress,
            "completions": completions,
            "result": [],
            "media_result": [],
            "created_at": timestamp(w.created_at),
            "updated_at": timestamp(changed),
        }
        if w.rating is not None:
            data["rating"] = w.rating
        if w.delivered_at is not None:
            data["delivered_at"] = w.delivered_at
        if status == "success":
            final = completions[-1]["result"][0]
            data["result"] = [final]
            if final["content_type"] == "video/mp4":
                data["media_result"] = [{"url": final["url"], "updated_at": timestamp(end), "size": 0}]
        return data

    # ----------------------------------------------------------------- handlers
    @handles("createWorkflow")
    async def create(self, ctx: Ctx) -> Answer:
        b = ctx.body
        now = self._clock.now()
        options = b.get("options")
        if isinstance(options, str):  # the form's default "{}" is not decoded by the pipeline
            options = json.loads(options or "{}")
        options = options if isinstance(options, dict) else {}
        template = b.get("template_id", "overlay_gray_5443")
        uploads = [name for field, name, _ in ctx.uploads if field == "image_files"]
        images = [f"{self._files.origin}/uploads/{name}" for name in uploads] or list(
            b.get("image_urls") or []
        )
        prompt = options.get("prompt")
        failed = outcome_of(b.get("title"), prompt if isinstance(prompt, str) else None) == "fail"
        w = Workflow(
            id=str(uuid.uuid4()),
            owner=ctx.key,
            title=b.get("title", ""),
            description=b.get("description", ""),
            visibility_status=b.get("visibility_status", "1"),
            model=template,
            options=options,
            images=images,
            event_id=b.get("event_id", "no_event"),
            webhook_url=b.get("webhook_url"),
            steps=[list(s) for s in STEPS.get(template, DEFAULT_STEPS)],
            outcome="fail" if failed else "success",
            created_at=now,
            updated_at=now,
        )
        with self._store.lock:
            ctx.bill(price(ctx))
            self._store.save(w)
        return Answer(200, {"data": self.to_json(w, now)})

    @handles("getWorkflow")
    async def get(self, ctx: Ctx) -> Answer:
        return Answer(200, {"data": self.to_json(self.own(ctx.key, ctx.path["workflow_id"]))})

    @handles("updateWorkflow")
    async def update(self, ctx: Ctx) -> Answer:
        w = self.own(ctx.key, ctx.path["workflow_id"])
        now = self._clock.now()
        with self._store.lock:
            new = copy.deepcopy(w)
            for name in UPDATABLE:
                if name in ctx.body:
                    setattr(new, name, ctx.body[name])
            new.updated_at = now
            self._store.save(new)
        return Answer(200, {"data": self.to_json(new, now)})

    @handles("deleteWorkflow")
    async def delete(self, ctx: Ctx) -> Answer:
        w = self.own(ctx.key, ctx.path["workflow_id"])
        data = self.to_json(w)
        self._store.delete(Workflow.KIND, w.id)
        return Answer(200, {"data": data})

    @handles("logWorkflowError")
    async def log_error(self, ctx: Ctx) -> Answer:
        year, week, _ = datetime.fromtimestamp(self._clock.now(), UTC).isocalendar()
        period = f"{year}-W{week:02d}"
        cid = customer_id(ctx.key)
        path = f"customer-error-logs/{cid}/errors-{period}.log"
        entry = {"error_message": ctx.body["error_message"], "context": ctx.body.get("context") or {}}
        self._store.log_error(ctx.key, period, entry)
        data = {
            "message": "Error logged successfully",
            "log_path": path,
            "log_url": f"{self._files.origin}/{path}",
        }
        return Answer(200, {"data": data})


__all__ = ["STEPS", "WORKFLOW_STEP_SECONDS", "WorkflowApi", "price"]
