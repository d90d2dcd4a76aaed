"""Retry policy as small pure functions, so the rules can be read and tested in isolation.

The one rule that matters: a call that spends credits (create, regenerate, process, the
story steps) is retried only when the service *cannot* have acted on it — the connection
was never made (``NOT_SENT``) or the service refused it with 429. A read timeout, a
connection dropped after sending or a 5xx may hide a created job, so those are raised to
the caller with ``may_have_created_job=True`` instead of paying twice.
"""

from __future__ import annotations

import enum
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC

import httpx

__all__ = [
    "MethodKind",
    "RetryPolicy",
    "Retrying",
    "TransportFailure",
    "backoff",
    "classify_exception",
    "should_retry",
]


class MethodKind(enum.Enum):
    """How safe it is to send a call twice."""

    SAFE = "safe"  # reads, metadata-only updates, delete: repeating changes nothing more
    PAID = "paid"  # spends credits: repeating may create (and charge) a second job


class TransportFailure(enum.Enum):
    """What a transport error says about whether the service saw the request."""

    NOT_SENT = "not_sent"  # connection refused / connect timeout / no pooled connection
    MAYBE_RECEIVED = "maybe_received"  # read/write timeout, dropped connection: may have acted


Outcome = int | TransportFailure
"""An attempt's outcome: the HTTP status code, or the transport failure."""


def classify_exception(exc: httpx.RequestError) -> TransportFailure:
    """Map an httpx error to whether the request may have reached the service (a body that does
    not decode, ``DecodingError``, was an answer: it did)."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return TransportFailure.NOT_SENT
    return TransportFailure.MAYBE_RECEIVED


def should_retry(method_kind: MethodKind, outcome: Outcome, *, paid_429: bool = True) -> bool:
    """Whether an attempt with this outcome may be repeated (attempt budget aside)."""
    if outcome == TransportFailure.NOT_SENT:
        return True
    if outcome == 429:
        return paid_429 or method_kind is not MethodKind.PAID
    if method_kind is MethodKind.PAID:
        return False
    if isinstance(outcome, TransportFailure):
        return True  # MAYBE_RECEIVED on a safe call
    return outcome >= 500


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff parameters, pacing, and the injectable sleep/randomness/clock (tests pass fakes).

    ``async_sleep`` defaults to ``asyncio.sleep``; when only ``sleep`` is given the
    async client calls it too (handy for simulated clocks).
    """

    base_delay: float = 0.5
    max_delay: float = 8.0
    #: Retry a credit-spending call the service refused with 429. RFC 6585 says a 429 was not
    #: acted on, which makes this safe and lets fan-outs ride out rate limits; a proxy that
    #: answers 429 *after* forwarding the request would make each such retry a second paid job.
    #: False raises the RateLimitError instead (README, "Paid calls and 429").
    retry_paid_on_429: bool = True
    max_retry_after: float = 60.0
    #: After a 429, space all of this client's requests at a rate learned from the 429s (AIMD,
    #: ``_pacing.py``; shared by ``with_options`` copies). Each refused request still waits its own
    #: ``Retry-After`` first. False: only that wait.
    pace: bool = True
    sleep: Callable[[float], None] | None = None
    async_sleep: Callable[[float], Awaitable[None]] | None = None
    random: Callable[[], float] = field(default=random.random)
    #: The pacer's clock (a simulated one in tests, with ``sleep`` advancing it).
    monotonic: Callable[[], float] = time.monotonic


def backoff(attempt: int, retry_after: float | None, policy: RetryPolicy | None = None) -> float:
    """Seconds to wait before retry number ``attempt`` (1 = first retry).

    Honours the server's ``Retry-After`` (capped at ``max_retry_after``) as a minimum when
    given; otherwise (and above that minimum) exponential backoff with full jitter: uniform
    in [0, min(max, base·2^(n-1))], which spreads clients that failed together (AWS
    architecture blog, "Exponential Backoff And Jitter").
    """
    p = policy or RetryPolicy()
    ceiling = min(p.max_delay, math.ldexp(p.base_delay, min(max(attempt - 1, 0), 60)))
    jittered = p.random() * ceiling
    if retry_after is not None and retry_after >= 0:
        # Never sooner than the server asks; but clients refused together and all honouring
        # the same Retry-After come back together and are refused together again (bench/
        # fanout.py: 1,000 concurrent jobs, 15,652 429s, 5 jobs out of retries). From the
        # second retry on, the jittered backoff exceeds a 1 s Retry-After and spreads them.
        return max(min(retry_after, p.max_retry_after), jittered)
    return jittered


@dataclass(frozen=True)
class Retrying:
    """A client's retry settings: the policy and ``max_retries``, the budget of retries per call."""

    policy: RetryPolicy
    max_retries: int

    def delay(
        self, kind: MethodKind, attempt: int, outcome: Outcome, retry_after: float | None
    ) -> float | None:
        """Seconds to sleep before retry number ``attempt`` (1 = first retry), or None to give up."""
        if attempt > self.max_retries or not should_retry(
            kind, outcome, paid_429=self.policy.retry_paid_on_429
        ):
            return None
        return backoff(attempt, retry_after, self.policy)


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` in seconds (delta-seconds form; an HTTP date is converted too); None for
    a value that is neither (the header is a hint: garbage in it must not stop a retry)."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        from datetime import datetime
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
            if when.tzinfo is None:  # "-0000": UTC, its local offset unknown (RFC 5322)
                when = when.replace(tzinfo=UTC)
            seconds = (when - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
    if math.isnan(seconds):
        return None
    return max(seconds, 0.0)
