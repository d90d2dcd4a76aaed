"""Webhook notifications: when a job with a ``webhook_url`` reaches a terminal status (the
statuses ``x-vimmerse-jobs`` names for its kind), ``{customer_id, <its id field>: id, status}``
is POSTed once, with retries, to loopback receivers only (``FakeConfig.webhook_any_host`` lifts
that). Every kind of job that notifies is a :class:`JobFeed`: medias (``MediaWebhookPayload``),
stories (``StoryWebhookPayload``) and assets; a delivered notification is marked on the record
(``webhook_done``: the ``notify_version`` it was for), so a regenerated media notifies again."""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import attrs
import httpx

from .clock import Clock
from .config import FakeConfig
from .jobs import customer_id
from .store import Store

log = logging.getLogger("vimmerse_fake")


@dataclass(frozen=True)
class JobFeed:
    """A kind of job that notifies: its kind (a key of ``x-vimmerse-jobs``), the payload field
    naming the job, the statuses that end it, and its status at a time."""

    kind: str
    id_field: str
    terminal: frozenset[str]
    status: Callable[[Any, float], str]


@dataclass(frozen=True)
class Notification:
    url: str
    payload: dict[str, Any]
    kind: str
    job_id: str
    version: int


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


class Webhooks:
    def __init__(self, clock: Clock, store: Store, config: FakeConfig, feeds: Iterable[JobFeed]) -> None:
        self._clock = clock
        self._store = store
        self._config = config
        self._feeds = tuple(feeds)
        self.deliveries: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._scheduler: threading.Thread | None = None
        self._stop = threading.Event()

    def due(self) -> list[Notification]:
        """The notifications of terminal jobs not yet notified."""
        now = self._clock.now()
        due = []
        for feed in self._feeds:
            for record in self._store.records(feed.kind):
                if not record.webhook_url or record.webhook_done == record.notify_version:
                    continue
                status = feed.status(record, now)
                if status in feed.terminal:
                    payload = {
                        "customer_id": customer_id(record.owner),
                        feed.id_field: record.id,
                        "status": status,
                    }
                    due.append(
                        Notification(record.webhook_url, payload, feed.kind, record.id, record.notify_version)
                    )
        return due

    def _mark_delivered(self, notification: Notification) -> None:
        with self._store.lock:
            record = self._store.get(notification.kind, notification.job_id)
            if record is not None:
                self._store.save(attrs.evolve(record, webhook_done=notification.version))

    def deliver_due(self) -> int:
        """POST the notifications of jobs that reached a terminal state; returns how many
        notifications were handled (delivered or given up after the retries)."""
        with self._lock:
            due = self.due()
            if not due:
                return 0
            with httpx.Client(timeout=self._config.webhook_timeout) as client:
                for notification in due:
                    self._deliver(client, notification.url, notification.payload)
                    self._mark_delivered(notification)
            return len(due)

    def _deliver(self, client: httpx.Client, url: str, payload: dict[str, Any]) -> None:
        config = self._config
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
