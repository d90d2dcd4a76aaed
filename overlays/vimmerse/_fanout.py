"""Following many jobs of one kind at once: the decisions of the one status loop, shared by the
sync and async cores (``wait_many``), and what it hands back.

Each job keeps its own ``Poller`` (the adaptive interval of ``wait``); one heap orders the next
reading of every job, so the loop sends a request only when some job is due and never more than
``concurrency`` at a time. A job that reached a terminal status has its result read before any
further status reading (the heap's first place), so finished jobs leave the loop first.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from vimmerse_openapi.sdk.spec import Job, Operation

from ._wait import Poller, PollPolicy, terminal_error, transient_errors
from .errors import VimmerseError, WaitTimeoutError

__all__ = ["Fanout", "JobOutcome"]

T = TypeVar("T")

_FIRST = float("-inf")


@dataclass(frozen=True, slots=True)
class JobOutcome(Generic[T]):
    """How one job of ``as_completed`` ended.

    index: its position in the ids given; job_id: its id; result: the finished job (``Media``,
    ``Story``) when it succeeded, else None; error: otherwise, why not -- ``JobFailedError``,
    ``JobCancelledError``, ``WaitTimeoutError`` or the ``APIError`` that ended its polling.
    """

    index: int
    job_id: str
    result: T | None
    error: VimmerseError | None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> T:
        """The result, or raise the error."""
        if self.error is not None:
            raise self.error
        assert self.result is not None
        return self.result


class Fanout:
    """The state of one ``wait_many``: what is due when, and what each answer means."""

    def __init__(
        self,
        job: Job,
        job_ids: Sequence[str],
        policy: PollPolicy,
        timeout: float | None,
        status_and_progress: Callable[[Job, Any], tuple[str | None, float | None]],
    ) -> None:
        self.job = job
        self.ids = job_ids
        self.policy = policy
        self.status_and_progress = status_and_progress
        self.pollers = [
            Poller(job_id=i, terminal=job.terminal, policy=policy, timeout=timeout, on_progress=None)
            for i in job_ids
        ]
        self.final: list[str | None] = [None] * len(job_ids)
        start = policy.monotonic()
        self._due = [(start, n) for n in range(len(job_ids))]  # sorted: a heap already
        self.left = len(job_ids)

    @property
    def simulated(self) -> bool:
        """Sleeps are injected (a simulated clock): wait for answers, never on the real clock."""
        return self.policy.sleep is not None or self.policy.async_sleep is not None

    def pop_due(self, now: float) -> tuple[int, Operation, dict[str, str]] | None:
        """The next request that is due: (job index, operation, parameters), or None."""
        if not self._due or self._due[0][0] > now:
            return None
        _, n = heapq.heappop(self._due)
        op = self.job.poll if self.final[n] is None else self.job.result
        return n, op, {self.job.id_param: self.ids[n]}

    def until_due(self, now: float) -> float | None:
        """Seconds until the next request is due (None: nothing is scheduled)."""
        return max(self._due[0][0] - now, 0.0) if self._due else None

    def answered(self, n: int, answer: Any) -> JobOutcome[Any] | None:
        """Take the answer (or the ``VimmerseError``) to job ``n``'s request: its outcome when it ended."""
        job = self.job
        final = self.final[n]
        if final is not None:  # the result, read after a terminal status
            if isinstance(answer, VimmerseError):
                return self._end(n, None, answer)
            return self._finish(n, final, answer)
        poller = self.pollers[n]
        if isinstance(answer, transient_errors):
            poller.observe_error()
        elif isinstance(answer, VimmerseError):
            return self._end(n, None, answer)  # e.g. 404: polling again cannot help
        else:
            status, progress = self.status_and_progress(job, answer)
            final = poller.observe(status, progress)
            if final is not None:
                if job.result is job.poll:
                    return self._finish(n, final, answer)
                self.final[n] = final
                heapq.heappush(self._due, (_FIRST, n))
                return None
        try:
            gap = poller.next_sleep()
        except WaitTimeoutError as exc:
            return self._end(n, None, exc)
        heapq.heappush(self._due, (poller.now() + gap, n))
        return None

    def _finish(self, n: int, final: str, result: Any) -> JobOutcome[Any]:
        job = self.job
        if final in job.success:
            return self._end(n, result, None)
        error = terminal_error(job.kind, self.ids[n], final, result, cancelled=final in job.cancelled)
        return self._end(n, None, error)

    def _end(self, n: int, result: Any, error: VimmerseError | None) -> JobOutcome[Any]:
        self.left -= 1
        return JobOutcome(n, self.ids[n], result, error)
