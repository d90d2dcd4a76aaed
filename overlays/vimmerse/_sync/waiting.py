# Generated from overlays/vimmerse/_async/waiting.py by tools/make_sync.py: edit that file, then run
# 'make generate'.
"""``SyncWaiter``: the loops that follow jobs until they end: one job (``wait``) or many
(``wait_many``, one status loop for them all).

The waiter is handed ``fetch``, the client's one read of an operation (prepare, send with
retries, read the answer), ``check``, which refuses a malformed id before anything is sent, and
the client's bound on requests in flight; nothing else of the client. Each poll is a plain read,
never a new ``call``. What the loops decide -- how long to sleep, when a status is final, when the
deadline passed -- is ``_wait.Poller``'s and ``_fanout.Fanout``'s, tested on a simulated clock.

``_sync/waiting.py`` is generated from this file by ``tools/make_sync.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from vimmerse_openapi.sdk.spec import Job, Operation, WaitProgress

from .. import errors
from .._answers import status_and_progress
from .._backends import SyncTasks, sync_sleep
from .._fanout import Fanout, JobOutcome
from .._wait import Poller, PollPolicy, terminal_error, transient_errors

__all__ = ["SyncFetch", "SyncWaiter"]

SyncFetch = Callable[[Operation, Mapping[str, Any]], Any]
"""Reads ``op`` with ``params``: the object the user gets (the client core's ``fetch``)."""

Check = Callable[[Operation, Mapping[str, Any]], object]
"""Raises ``InvalidParameterError`` when ``params`` do not fit ``op`` (``RequestBuilder.prepare``)."""


class SyncWaiter:
    """Follows jobs with ``fetch`` at the pace of ``policy``, at most ``limit`` requests in flight."""

    def __init__(self, fetch: SyncFetch, check: Check, policy: PollPolicy, limit: int) -> None:
        self.fetch = fetch
        self.check = check
        self.policy = policy
        self.limit = limit

    def wait(self, job: Job, job_id: str, *, timeout: float | None, on_progress: WaitProgress | None) -> Any:
        """Poll ``job.poll`` until a terminal status, then read ``job.result``: the result on
        success, else ``JobFailedError``/``JobCancelledError``; ``WaitTimeoutError`` at the deadline."""
        poller = Poller(
            job_id=job_id, terminal=job.terminal, policy=self.policy, timeout=timeout, on_progress=on_progress
        )
        params = {job.id_param: job_id}
        self.check(job.poll, params)  # a bad id fails here, before the first sleep
        while True:
            try:
                polled = self.fetch(job.poll, params)
            except transient_errors:
                poller.observe_error()
            else:
                status, progress = status_and_progress(job, polled)
                final = poller.observe(status, progress)
                if final is not None:
                    break
            sync_sleep(self.policy, poller.next_sleep())
        result = polled if job.result is job.poll else self.fetch(job.result, params)
        if final in job.success:
            return result
        raise terminal_error(job.kind, job_id, final, result, cancelled=final in job.cancelled)

    def wait_many(
        self, job: Job, job_ids: Iterable[str], *, concurrency: int | None, timeout: float | None
    ) -> Iterator[JobOutcome[Any]]:
        """Follow many jobs of ``job``'s kind with one status loop; their outcomes as they end.

        At most ``concurrency`` of its requests are in flight (default: the client's
        ``max_concurrency``); ``timeout`` is each job's deadline, counted from the start.
        """
        ids = list(job_ids)
        for job_id in ids:
            self.check(job.poll, {job.id_param: job_id})  # a bad id fails here, before any request
        limit = self.limit if concurrency is None else concurrency
        if limit < 1:
            raise ValueError(f"concurrency must be >= 1, got {limit}")
        fan = Fanout(job, ids, self.policy, timeout, status_and_progress)
        tasks: SyncTasks[tuple[int, Any]] = SyncTasks(limit)
        running = 0
        try:
            while fan.left:
                now = self.policy.monotonic()
                while running < limit and (due := fan.pop_due(now)) is not None:
                    tasks.start(self._answer, *due)
                    running += 1
                until = fan.until_due(now)
                if not running:
                    sync_sleep(self.policy, until or 0.0)
                    continue
                # Wake for whichever comes first: an answer, or the next reading's time (when
                # a slot is free for it; on a simulated clock only answers move time on).
                wake = None if running >= limit or fan.simulated else until
                got, item = tasks.next(wake)
                if not got:
                    continue
                running -= 1
                assert item is not None
                outcome = fan.answered(*item)
                if outcome is not None:
                    yield outcome
        finally:
            tasks.close()

    def _answer(self, n: int, op: Operation, params: Mapping[str, Any]) -> tuple[int, Any]:
        """One request of ``wait_many``: (job index, the answer or the error it ended with)."""
        try:
            return n, self.fetch(op, params)
        except errors.VimmerseError as exc:
            return n, exc
