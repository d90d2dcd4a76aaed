"""Polling a job until it ends: the policy, the adaptive interval and the status rules.

The interval is a pure function of what the poller has seen, so it can be tested and
benchmarked on a simulated clock. The aim: notice the end of a job within
max(1 s, 2 % of its duration) while sending about a dozen status requests whether the
job takes 30 seconds or 30 minutes. Polling at a fixed rate cannot do both (1 s polling
sends 1 800 requests for a 30-minute job), so the poller extrapolates the remaining time
from the progress percentage and sleeps for a fraction of it: the gaps shrink
geometrically towards the estimated end, where they reach the floor.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .errors import (
    APIConnectionError,
    InternalServerError,
    JobCancelledError,
    JobError,
    JobFailedError,
    RateLimitError,
    WaitTimeoutError,
)

__all__ = ["PollPolicy", "Poller", "next_interval", "terminal_error", "transient_errors"]


@dataclass(frozen=True)
class PollPolicy:
    """How ``wait`` polls.

    timeout: overall deadline in seconds (None = no deadline).
    initial_interval: first gap, while nothing is known about the job.
    min_interval / max_interval: clamp of every gap.
    fraction: share of the estimated remaining time to sleep (0 < fraction < 1).
    relative_floor: the floor also grows to this share of the estimated job duration,
        so long jobs are not polled every second near their end.
    growth / unknown_interval_cap: while no progress is measurable, each gap is the
        previous one times ``growth``, at most ``unknown_interval_cap``.
    sleep / async_sleep / monotonic: injectable for tests and simulated clocks; the async
        client uses ``async_sleep``, else ``sleep`` if given, else ``asyncio.sleep``.
    """

    timeout: float | None = 3600.0
    initial_interval: float = 1.0
    min_interval: float = 1.0
    max_interval: float = 600.0
    fraction: float = 0.7
    relative_floor: float = 0.015
    # Queued jobs show no progress; doubling gaps up to 30 s keep a long job's queue to a handful
    # of requests (bench/waiting.py: <= 19 status requests for a 30 min job, 13 for 5 min, 8 for
    # 30 s, all noticed within max(1 s, 2 % of the job)). The price: a job that is both queued long
    # and processed in under 30 s can be noticed up to 30 s late.
    growth: float = 2.0
    unknown_interval_cap: float = 30.0
    progress_step: float = 1.0
    sleep: Callable[[float], None] | None = None
    async_sleep: Callable[[float], Awaitable[None]] | None = None
    monotonic: Callable[[], float] = time.monotonic


def next_interval(
    elapsed: float,
    progress: float | None,
    previous: float | None,
    policy: PollPolicy | None = None,
    *,
    baseline: float = 0.0,
) -> float:
    """Seconds to wait before the next status request.

    elapsed: seconds since the poller first saw ``baseline`` percent; progress: the last
    percentage seen (None when unknown); previous: the last gap (None before the first).

    * No measurable progress yet (queued, or not moved since the baseline): start at
      ``initial_interval`` and grow by ``growth`` up to ``unknown_interval_cap`` -- the job
      may be about to start and its length is unknown, so the gaps stay short.
    * Otherwise the remaining time is extrapolated from the rate seen,
      ``elapsed·(100-p)/(p-baseline+step)`` (``step`` = 1 % covers integer truncation;
      with baseline 0 and step 0 it is ``elapsed·(100-p)/p``); sleep
      ``fraction`` of it, at least max(min_interval, relative_floor·estimated job length)
      and at most ``max_interval``.

    Measuring from the first reading with progress (rather than from the start of the
    wait) keeps time spent queued out of the rate, which would otherwise make a queued
    job look many times longer than it is.

    The result always lies in [min_interval, max_interval].
    """
    p = policy or PollPolicy()
    lo = p.min_interval
    hi = max(p.max_interval, lo)
    known = progress is not None and math.isfinite(progress) and progress > 0
    if not known or elapsed <= 0 or not math.isfinite(elapsed):
        gap = p.initial_interval if previous is None else min(previous * p.growth, p.unknown_interval_cap)
        return min(max(gap, lo), hi)
    assert progress is not None
    pct = min(progress, 100.0)
    # Percentages arrive truncated to integers, so the true progress since the baseline
    # may be up to one step more than seen: dividing by (done + step) never overestimates
    # the rate's inverse, i.e. never sleeps past the end on a rounding artefact.
    done = max(pct - baseline, 0.0) + p.progress_step
    job_length = elapsed * 100.0 / done
    remaining = elapsed * (100.0 - pct) / done
    floor = max(lo, p.relative_floor * job_length)
    return min(max(p.fraction * remaining, floor), hi)


class Poller:
    """The decisions of one wait, shared by the sync and async loops.

    ``observe`` takes each status reading and either returns the seconds to sleep, or
    raises ``_Done`` (success), a ``JobError`` (fail/cancel/deadline). Unknown statuses
    are polled on: the spec says new values may appear.
    """

    def __init__(
        self,
        *,
        job_id: str,
        terminal: frozenset[str],
        policy: PollPolicy,
        timeout: float | None,
        on_progress: Callable[[str, int | None], None] | None,
    ) -> None:
        self.job_id = job_id
        self.terminal = terminal
        self.policy = policy
        self.on_progress = on_progress
        self.start = policy.monotonic()
        limit = timeout if timeout is not None else policy.timeout
        self.deadline = None if limit is None else self.start + limit
        self.previous: float | None = None
        self.baseline: float | None = None
        self.baseline_at: float | None = None
        self.last_status: str | None = None
        self.requests = 0

    def now(self) -> float:
        return self.policy.monotonic()

    def observe(self, status: str | None, progress: float | None) -> str | None:
        """Record a reading. Returns the terminal status, or None to keep polling."""
        self.requests += 1
        self.last_status = status
        if self.on_progress is not None:
            self.on_progress(status or "unknown", None if progress is None else int(progress))
        if status in self.terminal:
            return status
        if progress is not None and progress > 0 and self.baseline is None:
            self.baseline, self.baseline_at = progress, self.now()
        self._progress = progress
        return None

    def observe_error(self) -> None:
        """A transient error while polling: counts as a reading without news."""
        self.requests += 1
        self._progress = None if self.baseline is None else self.baseline

    def next_sleep(self) -> float:
        """Seconds until the next reading; raises WaitTimeoutError when the deadline passed."""
        now = self.now()
        if self.baseline_at is not None:
            gap = next_interval(
                now - self.baseline_at,
                self._progress,
                self.previous,
                self.policy,
                baseline=self.baseline or 0.0,
            )
        else:
            gap = next_interval(0.0, None, self.previous, self.policy)
        self.previous = gap
        if self.deadline is not None:
            left = self.deadline - now
            if left <= 0:
                raise WaitTimeoutError(
                    f"job {self.job_id} still {self.last_status or 'unknown'} after "
                    f"{now - self.start:.0f} s; it keeps running -- wait again or check later",
                    job_id=self.job_id,
                    status=self.last_status,
                )
            gap = min(gap, left)  # one last reading exactly at the deadline
        return gap

    _progress: float | None = None


def terminal_error(kind: str, job_id: str, status: str, job: Any, *, cancelled: bool) -> JobError:
    """The exception for a job that ended without success (``message`` says why, when given)."""
    reason = getattr(job, "message", None)
    detail = f": {reason}" if isinstance(reason, str) and reason else ""
    if cancelled:
        return JobCancelledError(f"{kind} {job_id} was cancelled", job_id=job_id, status=status, job=job)
    return JobFailedError(f"{kind} {job_id} failed{detail}", job_id=job_id, status=status, job=job)


#: Errors after which polling simply goes on (the request layer already retried them).
transient_errors: tuple[type[Exception], ...] = (APIConnectionError, InternalServerError, RateLimitError)
