"""``FakeVimmerse``: the stateful fake of the Vimmerse API, assembled from its parts.

* ``document`` - openapi.yaml as data (``FakeConfig.spec_path``, default the packaged one):
  routes, credit rules, require-any rules, JSON form fields, job kinds, examples;
* ``validation.Validator`` - openapi-core judging every request and response against it (its
  validators built once per operation: ``requestcheck``, ``responsecheck``);
* ``app.ApiApp`` - the request pipeline (routing, auth, faults, rate limit, validation);
  ``answers`` - where every API answer is serialized and checked;
* ``media.MediaApi`` / ``story.StoryApi`` / ``workflow.WorkflowApi`` - the domain handlers, by
  operationId (an operation without one answers the document's example); ``assets.AssetApi`` -
  one handler for every operation the document marks ``x-vimmerse-job: asset``, and ``getAsset``;
* ``filehost.FileHost`` - the CDN origin; ``webhooks.Webhooks`` - notifications;
* ``store.Store`` (every job, typed in ``records``; optional SQLite), ``billing`` (credits),
  ``clock`` (simulated time), ``faults``; ``pricing`` - what paid calls cost;
* ``admin.Admin`` - keys, credits and a reset while the fake runs: routes under ``/_admin``
  (outside the document) and the methods ``add_credits``, ``remove_api_key``, ``reset``.

Each part is given the pieces it works with (clock, store, billing, file host, document,
config), never this object.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from .admin import Admin, shadowed_by
from .answers import Answers
from .app import ApiApp
from .assetops import AssetOps
from .assets import AssetApi
from .billing import Billing
from .clock import Clock, ManualClock
from .config import FakeConfig
from .document import Document, default_spec_path, load_document
from .errors import ConnectionDropped
from .faults import Faults
from .filehost import FileHost
from .handlers import handlers_of
from .media import MediaApi
from .ratelimit import RateLimiter
from .records import Asset, Media, Story
from .requestlog import RequestLog
from .store import Store
from .story import StoryApi
from .transport import AsyncRoutingTransport, SyncRoutingTransport
from .validation import Validator
from .webhooks import JobFeed, Webhooks
from .wire import Writer
from .workflow import WorkflowApi

__all__ = ["ConnectionDropped", "FakeVimmerse"]


class FakeVimmerse:
    """An in-memory (optionally SQLite-backed) Vimmerse API with a CDN origin."""

    def __init__(self, config: FakeConfig | None = None) -> None:
        self.config = config = config or FakeConfig()
        spec = Path(config.spec_path).resolve() if config.spec_path else default_spec_path()
        self.document: Document = load_document(str(spec))
        self.validator = Validator(spec)
        self.store = Store(config.api_keys, config.state_file)
        start = self.store.clock_now
        self.clock: Clock = ManualClock(start) if config.manual_clock else Clock(config.speed, start)
        self.faults = Faults()
        self.requests = RequestLog()
        self.billing = Billing(self.store)
        self.rate_limiter = RateLimiter(config.rate_limit, self.clock)
        self.admin = Admin(self.store, self.billing, self.rate_limiter, config.api_keys, config.admin_token)
        self.file_host = FileHost(self.cdn_url, config.state_file or "", self.faults, self.requests)
        self.media_api = MediaApi(self.clock, self.store, self.file_host, self.document, config)
        self.story_api = StoryApi(self.clock, self.store, self.file_host, self.media_api, config)
        self.asset_api = AssetApi(self.clock, self.store, self.file_host, AssetOps(self.document))
        self.workflow_api = WorkflowApi(self.clock, self.store, self.file_host)
        self.file_host.kinds["asset"] = self.asset_api.serve_file
        jobs = self.document.jobs
        self.webhooks = Webhooks(
            self.clock,
            self.store,
            config,
            [
                JobFeed(Media.KIND, "media_id", jobs[Media.KIND].terminal, self.media_api.status),
                JobFeed(Story.KIND, "batch_id", jobs[Story.KIND].terminal, self.story_api.status),
                JobFeed(Asset.KIND, "asset_id", jobs[Asset.KIND].terminal, self.asset_api.status),
            ],
        )
        self.app = ApiApp(
            self.document,
            self.validator,
            handlers_of(
                self.media_api,
                self.story_api,
                self.asset_api,
                self.workflow_api,
                operations=self.document.operations,
            ),
            answers=Answers(
                self.validator,
                self.document.path.name,
                config.strict_responses,
                Writer(self.document),
                lambda: self.config.wire,
            ),
            billing=self.billing,
            faults=self.faults,
            rate_limiter=self.rate_limiter,
            requests=self.requests,
            max_upload_bytes=config.max_upload_bytes,
        )
        shadowed = shadowed_by(self.app.router)
        if shadowed:
            raise ValueError(f"{spec}: its paths would answer the fake's admin routes {shadowed}")
        self.app.admin = self.admin.answer
        self.cdn_app = self.file_host.app

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
        self.file_host.origin = self.cdn_url

    def jobs_created(self, api_key: str | None = None) -> int:
        return self.billing.jobs_created(api_key)

    def requests_seen(self, path_prefix: str = "") -> int:
        return self.requests.seen(path_prefix)

    def credits(self, api_key: str) -> int:
        return self.billing.credits(api_key)

    def add_api_key(self, api_key: str, credits: int) -> None:
        """Make ``api_key`` a key holding ``credits`` (a known key's balance is replaced)."""
        self.billing.add_api_key(api_key, credits)

    def add_credits(self, api_key: str, credits: int) -> int:
        """Top ``api_key`` up; returns its new balance (KeyError for an unknown key)."""
        return self.admin.add_credits(api_key, credits)

    def remove_api_key(self, api_key: str) -> None:
        """``api_key`` answers 401 from now on; its jobs stay (KeyError for an unknown key)."""
        self.admin.remove_api_key(api_key)

    def reset(self) -> dict[str, int]:
        """Every job removed, keys and balances as ``config.api_keys`` gave them; returns how
        many jobs of each kind were removed (``POST /_admin/reset`` over HTTP)."""
        return self.admin.reset()

    def transport(self) -> httpx.BaseTransport:
        return SyncRoutingTransport(self._routes_by_host())

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return AsyncRoutingTransport(self._routes_by_host())

    def _routes_by_host(self) -> dict[str, Any]:
        return {
            httpx.URL(self.base_url).netloc.decode(): self.app,
            httpx.URL(self.cdn_url).netloc.decode(): self.cdn_app,
        }

    def media_json(self, m: Media, now: float | None = None) -> dict[str, Any]:
        return self.media_api.to_json(m, now)

    def story_json(self, s: Story, now: float | None = None) -> dict[str, Any]:
        return self.story_api.to_json(s, now)

    def asset_json(self, a: Asset, now: float | None = None) -> dict[str, Any]:
        return self.asset_api.to_json(a, now)

    def cdn_file_url(self, kind: str, ext: str, **params: Any) -> str:
        return self.file_host.url(kind, ext, **params)

    # ------------------------------------------------------------------ webhooks
    @property
    def webhook_deliveries(self) -> list[dict[str, Any]]:
        """Every delivery attempt: url, payload, status_code, attempt, error."""
        return self.webhooks.deliveries

    def deliver_due_webhooks(self) -> int:
        """POST the notifications of jobs that reached a terminal state; returns how many
        notifications were handled (delivered or given up after the retries)."""
        return self.webhooks.deliver_due()

    def start_webhook_scheduler(self, interval: float = 0.2) -> None:
        """A daemon thread that notices terminal jobs every ``interval`` real seconds."""
        self.webhooks.start(interval)

    def stop_webhook_scheduler(self) -> None:
        self.webhooks.stop()

    def close(self) -> None:
        self.stop_webhook_scheduler()
        self.store.save_clock(self.clock.now())
        self.store.close()
