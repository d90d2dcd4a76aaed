"""Simulated time. Job states are computed from ``clock.now()`` on every read, so a clock
that runs fast (``speed``) or only moves when told (``ManualClock``) makes hours of
simulated work take milliseconds, exactly and without background threads."""

from __future__ import annotations

import threading
import time


class Clock:
    """Simulated seconds since the epoch: ``start + (real elapsed) * speed + advanced``."""

    def __init__(self, speed: float = 1.0, start: float | None = None) -> None:
        if speed <= 0:
            raise ValueError("speed must be > 0")
        self.speed = speed
        self._start = time.time() if start is None else start
        self._real0 = time.monotonic()
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._start + (time.monotonic() - self._real0) * self.speed + self._offset

    def advance(self, seconds: float) -> float:
        """Jump ahead (also allowed on a running clock); returns the new time."""
        if seconds < 0:
            raise ValueError("time only moves forward")
        with self._lock:
            self._offset += seconds
        return self.now()

    @property
    def manual(self) -> bool:
        return False


class ManualClock(Clock):
    """A clock that stands still until ``advance()`` is called."""

    def __init__(self, start: float | None = None) -> None:
        super().__init__(1.0, start)

    def now(self) -> float:
        with self._lock:
            return self._start + self._offset

    @property
    def manual(self) -> bool:
        return True
