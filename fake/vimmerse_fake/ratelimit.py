"""Requests per second per API key: a token bucket; 429 with ``Retry-After``.

The bucket holds ``rate`` tokens, but at least one: with less, a rate below one request per
second (``--rate-limit 0.2``: one every 5 s) would never let a request through.
"""

from __future__ import annotations

import math
import threading
import time

from .clock import Clock
from .errors import HTTPError


class RateLimiter:
    def __init__(self, rate: float | None, clock: Clock) -> None:
        self._rate = rate
        self._burst = max(1.0, rate or 0.0)
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when last filled)
        self._lock = threading.Lock()

    @property
    def rate(self) -> float | None:
        return self._rate

    def take(self, key: str) -> None:
        """Spend one of ``key``'s tokens, or raise 429 when it has none."""
        rate = self._rate
        if not rate:
            return
        # On a manual clock a test refills the buckets by advancing it; otherwise real seconds
        # count, so a fast simulated clock does not raise the rate.
        now = self._clock.now() if self._clock.manual else time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (self._burst, now))
            tokens = min(self._burst, tokens + (now - last) * rate)
            if tokens < 1:
                self._buckets[key] = (tokens, now)
                retry = max(1, math.ceil((1 - tokens) / rate))
                raise HTTPError(429, "RATE_LIMITED", headers={"Retry-After": str(retry)})
            self._buckets[key] = (tokens - 1, now)

    def refill(self, key: str | None = None) -> None:
        """Fill ``key``'s bucket (every bucket when None): as if it had made no request yet."""
        with self._lock:
            if key is None:
                self._buckets.clear()
            else:
                self._buckets.pop(key, None)
