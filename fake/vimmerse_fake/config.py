"""Configuration of the fake: accounts, clock, limits and origins."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

DEMO_API_KEY = "vimmerse-demo-key"
WireMode = Literal["service", "document"]
WIRE_MODES: tuple[str, ...] = get_args(WireMode)


def _default_keys() -> dict[str, int]:
    return {DEMO_API_KEY: 10_000}


@dataclass
class FakeConfig:
    """Everything a test may want to vary; defaults suit an in-process fake in unit tests."""

    api_keys: dict[str, int] = field(default_factory=_default_keys)
    #: Simulated seconds per real second (ignored with ``manual_clock``).
    speed: float = 1.0
    #: Time moves only through ``fake.clock.advance()`` (deterministic tests, exact benchmarks).
    manual_clock: bool = False
    #: Requests per second per key (token bucket, burst = rate); None = unlimited.
    rate_limit: float | None = None
    max_upload_bytes: int = 20 * 1024 * 1024
    base_url: str = "http://api.vimmerse.test"
    cdn_url: str = "http://cdn.vimmerse.test"
    #: ``downloadMedia`` answers 302 to the CDN origin instead of streaming the file itself.
    redirect_downloads: bool = True
    #: Path of a SQLite file: state survives restarts.
    state_file: str | None = None
    #: A response that fails openapi.yaml validation raises (a bug in the fake); False logs it.
    strict_responses: bool = True
    #: ``"service"``: answers write the fields openapi.yaml marks ``x-vimmerse-wire`` as the
    #: service does (``"1"``, ``"No"``, ``""``; see ``wire``); ``"document"``: in their declared
    #: types. Answers are validated against the document before either.
    wire: WireMode = "service"
    #: Webhook delivery: attempts per notification, per-attempt timeout, pause between attempts (s).
    webhook_attempts: int = 3
    webhook_timeout: float = 5.0
    webhook_retry_delay: float = 0.2
    #: Also deliver webhooks to non-loopback hosts. Off by default: tests and fuzzers must only
    #: produce traffic to this machine.
    webhook_any_host: bool = False
    #: Simulated seconds a story spends composing its scene videos into one.
    compose_seconds: float = 20.0
    #: Simulated seconds an automatic story spends on storyboard, elements and scene images.
    auto_prepare_seconds: float = 30.0
    #: Simulated seconds every new media job lasts, whatever its video ``duration`` (None: the
    #: default 12 x duration). For benchmarks of waiting on 30 s ... 30 min jobs, which the
    #: API's 1-10 s durations cannot express. Read when a job is created.
    media_job_seconds: float | None = None
    #: The OpenAPI document the fake serves and validates against (None: the packaged
    #: openapi.yaml). Operations it adds are served too: with their domain handler if the
    #: fake has one, else with the document's example (see ``document.Document.example_response``).
    spec_path: str | None = None
    #: Widest video a download renders for ``width`` (wider asks get this width): rendering
    #: costs time in proportion to the pixels (640 px: ~0.4 s for 10 s of video).
    max_video_width: int = 640

    def __post_init__(self) -> None:
        if self.wire not in WIRE_MODES:
            raise ValueError(f"FakeConfig.wire must be one of {', '.join(WIRE_MODES)}, not {self.wire!r}")
