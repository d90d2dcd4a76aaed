"""Webhook notifications: when a media or story with a ``webhook_url`` reaches a terminal
status, its payload (``MediaWebhookPayload`` / ``StoryWebhookPayload``) is POSTed, with
retries, to loopback receivers only (``FakeConfig.webhook_any_host`` lifts that). Other kinds
of jobs (assets) join through :attr:`Webhooks.sources`."""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from .jobs import TERMINAL_MEDIA, TERMINAL_STORY, customer_id, media_state, story_state

if TYPE_CHECKING:
    from .core import FakeVimmerse

log = logging.getLogger("vimmerse_fake")


def is_loopback_url(url: str) -> bool:
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


class WebhookSource(Protocol):
    """A kind of job that notifies: its due notifications and how to mark one delivered."""

    def webhooks_due(self, now: float) -> list[tuple[str, dict[str, Any], str, int]]:
        """(url, payload, job id, version) of its terminal jobs not yet notified."""
        ...

    def webhook_delivered(self, job_id: str, version: int) -> None: ...


class Webhooks:
    def __init__(self, fake: FakeVimmerse) -> None:
        self.fake = fake
        #: More kinds of jobs that notify, by kind (``"asset"``: ``assets.AssetApi``).
        self.sources: dict[str, WebhookSource] = {}
        self.deliveries: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._scheduler: threading.Thread | None = None
        self._stop = threading.Event()

    def due(self) -> list[tuple[str, dict[str, Any], str, str, int]]:
        """(url, payload, kind, id, version) of terminal jobs not yet notified."""
        fake = self.fake
        now = fake.clock.now()
        due = []
        with fake.store.lock:
            medias = list(fake.store.medias.values())
            stories = list(fake.store.stories.values())
        for m in medias:
            if m.get("webhook_url") and m.get("webhook_done") != m["gen"]["version"]:
                status, _ = media_state(m, now)
                if status in TERMINAL_MEDIA:
                    payload = {"customer_id": customer_id(m["owner"]), "media_id": m["id"], "status": status}
                    due.append((m["webhook_url"], payload, "media", m["id"], m["gen"]["version"]))
        for s in stories:
            if s.get("webhook_url") and s["phase"] != "new" and s.get("webhook_done") != s["version"]:
                status, _, _ = story_state(s, fake.store.medias_of(s), now, fake.config.compose_seconds)
                if status in TERMINAL_STORY:
                    payload = {"customer_id": customer_id(s["owner"]), "batch_id": s["id"], "status": status}
                    due.append((s["webhook_url"], payload, "story", s["id"], s["version"]))
        for kind, source in self.sources.items():
            due += [(url, payload, kind, id_, v) for url, payload, id_, v in source.webhooks_due(now)]
        return due

    def _mark_delivered(self, kind: str, obj_id: str, version: int) -> None:
        if kind in self.sources:
            self.sources[kind].webhook_delivered(obj_id, version)
            return
        store = self.fake.store
        with store.lock:
            obj = (store.medias if kind == "media" else store.stories).get(obj_id)
            if obj is None:
                return
            obj = dict(obj)
            obj["webhook_done"] = version
            (store.save_media if kind == "media" else store.save_story)(obj)

    def deliver_due(self) -> int:
        """POST the notifications of jobs that reached a terminal state; returns how many
        notifications were handled (delivered or given up after the retries)."""
        with self._lock:
            due = self.due()
            if not due:
                return 0
            with httpx.Client(timeout=self.fake.config.webhook_timeout) as client:
                for url, payload, kind, obj_id, version in due:
                    self._deliver(client, url, payload)
                    self._mark_delivered(kind, obj_id, version)
            return len(due)

    def _deliver(self, client: httpx.Client, url: str, payload: dict[str, Any]) -> None:
        config = self.fake.config
        for attempt in range(1, config.webhook_attempts + 1):
            record: dict[str, Any] = {
                "url": url,
                "payload": payload,
                "status_code": None,
                "attempt": attempt,
                "error": None,
            }
            if not (config.webhook_any_host or is_loopback_url(url)):
                # Fuzzers send arbitrary webhook_url values; a fake must not turn them into traffic
                # to other machines (nor DNS look-ups), so only loopback receivers are called.
                record["error"] = (
                    "blocked: webhook host is not a loopback address (FakeConfig.webhook_any_host)"
                )
                self.deliveries.append(record)
                return
            try:
                r = client.post(url, json=payload)
                record["status_code"] = r.status_code
                ok = r.is_success
            except httpx.HTTPError as exc:
                record["error"] = f"{type(exc).__name__}: {exc}"
                ok = False
            self.deliveries.append(record)
            if ok:
                return
            if attempt < config.webhook_attempts and config.webhook_retry_delay > 0:
                time.sleep(config.webhook_retry_delay * attempt)

    def start(self, interval: float = 0.2) -> None:
        """A daemon thread that notices terminal jobs every ``interval`` real seconds."""
        if self._scheduler is not None:
            return
        self._stop.clear()

        def run() -> None:
            while not self._stop.wait(interval):
                try:
                    self.deliver_due()
                except Exception:  # keep the scheduler alive; the error is logged
                    log.exception("webhook delivery failed")

        self._scheduler = threading.Thread(target=run, name="vimmerse-fake-webhooks", daemon=True)
        self._scheduler.start()

    def stop(self) -> None:
        if self._scheduler is not None:
            self._stop.set()
            self._scheduler.join(timeout=5)
            self._scheduler = None
