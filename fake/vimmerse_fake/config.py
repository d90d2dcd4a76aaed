"""Configuration of the fake: accounts, clock, limits and origins, and the rules their values
follow (shared by ``FakeConfig``, the admin routes and ``vimmerse fake``'s options)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Literal, get_args

DEMO_API_KEY = "vimmerse-demo-key"
#: The demo key's balance, and a key's when it is given without one (``--api-key KEY``):
#: 1,000 media of 5 s.
DEFAULT_CREDITS = 10_000
#: The most credits a key may hold: a balance fits a signed 64-bit integer in any client.
MAX_CREDITS = 10**18
WireMode = Literal["service", "document"]
WIRE_MODES: tuple[str, ...] = get_args(WireMode)

# An API key travels in the X-Api-Key header: visible ASCII, no spaces (an HTTP client trims or
# refuses the rest, so such a key could never be sent as configured).
_KEY = re.compile(r"[!-~]+")
KEY_RULE = "visible ASCII characters, no spaces"
CREDITS_RULE = f"a whole number from 0 to {MAX_CREDITS:,}"


def _default_keys() -> dict[str, int]:
    return {DEMO_API_KEY: DEFAULT_CREDITS}


def check_api_key(key: object) -> str:
    """``key`` if it can be an API key; ValueError saying why not."""
    if not isinstance(key, str) or not key:
        raise ValueError(f"an API key must be non-empty {KEY_RULE}, not {key!r}")
    if not _KEY.fullmatch(key):
        raise ValueError(f"an API key must be {KEY_RULE}, not {key!r}")
    return key


def check_credits(value: object) -> int:
    """``value`` if it is a credit amount (an int, not a bool); ValueError saying why not."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_CREDITS:
        raise ValueError(f"credits must be {CREDITS_RULE}, not {value!r}")
    return value


def parse_api_key(text: str, default_credits: int = DEFAULT_CREDITS) -> tuple[str, int]:
    """``KEY`` or ``KEY=CREDITS`` (split at the last ``=``, so a key that holds ``=`` itself
    needs its ``=CREDITS``) -> (key, credits); ValueError saying what is allowed."""
    key, sep, credits = text.rpartition("=")
    if not sep:
        return check_api_key(text), default_credits
    check_api_key(key)
    # ASCII digits only: int() would also take "+5", " 5", "5_000" and other scripts' digits.
    if not (credits.isascii() and credits.isdigit()) or len(credits) > len(str(MAX_CREDITS)):
        raise ValueError(f"credits must be {CREDITS_RULE}, not {credits!r} (in {text!r})")
    return key, check_credits(int(credits))


def check_rate_limit(rate: object) -> float | None:
    """``rate`` (requests per second) if it is a rate limit: None, or a finite number > 0."""
    if rate is None:
        return None
    if isinstance(rate, bool) or not isinstance(rate, int | float) or not (math.isfinite(rate) and rate > 0):
        raise ValueError(f"the rate limit must be a number of requests per second > 0, not {rate!r}")
    return float(rate)


def check_admin_token(token: object) -> str | None:
    """``token`` if it can guard the admin routes (sent as ``Authorization: Bearer TOKEN``)."""
    if token is None:
        return None
    if not isinstance(token, str) or not _KEY.fullmatch(token):
        raise ValueError(f"the admin token must be non-empty {KEY_RULE}")  # never echoed: a secret
    return token


@dataclass
class FakeConfig:
    """Everything a test may want to vary; defaults suit an in-process fake in unit tests."""

    api_keys: dict[str, int] = field(default_factory=_default_keys)
    #: Simulated seconds per real second (ignored with ``manual_clock``).
    speed: float = 1.0
    #: Time moves only through ``fake.clock.advance()`` (deterministic tests, exact benchmarks).
    manual_clock: bool = False
    #: Requests per second per key (token bucket, burst = rate, at least 1); None = unlimited.
    rate_limit: float | None = None
    #: Guards the admin routes (``admin.ADMIN_PREFIX``): None lets only loopback and in-process
    #: clients use them; a token makes every admin call need ``Authorization: Bearer TOKEN``.
    admin_token: str | None = field(default=None, repr=False)
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
        try:
            for key, credits in self.api_keys.items():
                check_api_key(key)
                check_credits(credits)
            self.rate_limit = check_rate_limit(self.rate_limit)
            check_admin_token(self.admin_token)
        except ValueError as exc:
            raise ValueError(f"FakeConfig: {exc}") from None
