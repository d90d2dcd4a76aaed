"""What differs between the sync and async clients beyond ``await``: sleeping, the request gate,
running calls side by side, and running blocking download I/O (a worker thread in async, the
caller's thread in sync).

``_async/`` uses the ``async_X`` / ``Async*`` names; ``tools/make_sync.py`` turns them into
``sync_X`` / ``Sync*`` in ``_sync/``. Sleeps honour the injectable sleeps of ``RetryPolicy`` and
``PollPolicy`` (tests and simulated clocks). The async side is asyncio's (the client's default sleep
is ``asyncio.sleep``), imported on first use: a sync-only program need not import asyncio (~20 ms).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from ._pacing import Pacer
from ._retry import RetryPolicy

if TYPE_CHECKING:
    import asyncio
    import concurrent.futures
    import queue

T = TypeVar("T")


class Sleeps(Protocol):
    @property
    def sleep(self) -> Callable[[float], None] | None: ...

    @property
    def async_sleep(self) -> Callable[[float], Awaitable[None]] | None: ...


async def async_sleep(policy: Sleeps, seconds: float) -> None:
    if policy.async_sleep is not None:
        await policy.async_sleep(seconds)
    elif policy.sleep is not None:
        policy.sleep(seconds)
    else:
        import asyncio

        await asyncio.sleep(seconds)


def sync_sleep(policy: Sleeps, seconds: float) -> None:
    (policy.sleep or time.sleep)(seconds)


async def async_in_thread(
    fn: Callable[[], T], *, stop: Callable[[], None] | None = None, discard: Callable[[T], None] | None = None
) -> T:
    """``fn()`` in a worker thread, so blocking I/O (``_stdlib_download``) does not stall the event loop.

    A thread cannot be cancelled: when the caller is, ``stop()`` asks ``fn`` to return early and
    the caller still waits for it, so its cleanup (closing the file) never races the thread; a
    result that arrives after the cancellation goes to ``discard``.
    """
    import asyncio

    future = asyncio.get_running_loop().run_in_executor(None, fn)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        if stop is not None:
            stop()
        while not future.done():
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait([future])
        if discard is not None and not future.cancelled() and future.exception() is None:
            discard(future.result())
        raise


def sync_in_thread(
    fn: Callable[[], T], *, stop: Callable[[], None] | None = None, discard: Callable[[T], None] | None = None
) -> T:
    return fn()


def async_thread_safe(
    callback: Callable[[int, int | None], None] | None,
) -> Callable[[int, int | None], None] | None:
    """``callback`` made callable from a worker thread: it runs in the event loop's thread, in order."""
    if callback is None:
        return None
    import asyncio

    loop = asyncio.get_running_loop()

    def from_thread(written: int, total: int | None) -> None:
        loop.call_soon_threadsafe(callback, written, total)

    return from_thread


def sync_thread_safe(
    callback: Callable[[int, int | None], None] | None,
) -> Callable[[int, int | None], None] | None:
    return callback


# -- the request gate: in-flight bound and pacing ------------------------------------------------
# Why a gate of our own in front of httpx's pool: httpcore's pool rescans every queued request on
# each connection event (AsyncConnectionPool._assign_requests_to_connections), so 1,000 requests
# queued on a 100-connection pool cost O(queue) per event -- 77 % of a fan-out's CPU. A semaphore
# wakes one waiter per release. The pacer's turn lock lets only the head of the queue sleep for its
# slot, so a rate change applies to the very next request and waiters are woken one at a time.


def _bound(limit: int) -> int:
    if limit < 1:
        raise ValueError(f"max_concurrency must be >= 1, got {limit}")
    return limit


def _pacing(pacer: Pacer | None, policy: RetryPolicy) -> Pacer | None:
    """The pacer when it spaces requests now (a rate learned, pacing on), else None."""
    return pacer if pacer is not None and policy.pace and pacer.rate is not None else None


def _sent_at(pacer: Pacer | None, policy: RetryPolicy) -> float:
    """The send time the pacer learns from (0.0 when nothing learns)."""
    return pacer.clock() if pacer is not None and policy.pace else 0.0


class AsyncGate:
    """At most ``limit`` API requests in flight, each sent when the pacer allows."""

    def __init__(self, limit: int, pacer: Pacer | None) -> None:
        self.limit, self.pacer = _bound(limit), pacer
        self._slots: asyncio.Semaphore | None = None
        self._turn: asyncio.Lock | None = None

    async def enter(self, policy: RetryPolicy) -> tuple[float, bool]:
        """Take a slot and wait for the request's turn: (send time, whether the pace held it back)."""
        if self._slots is None or self._turn is None:
            import asyncio

            # Created on first use, inside the running loop (asyncio primitives bind to one).
            self._slots, self._turn = asyncio.Semaphore(self.limit), asyncio.Lock()
        await self._slots.acquire()
        pacer, limited = _pacing(self.pacer, policy), False
        try:
            if pacer is not None:
                async with self._turn:
                    delay, limited = pacer.reserve()
                    if delay > 0:
                        await async_sleep(policy, delay)
        except BaseException:
            self._slots.release()
            raise
        return _sent_at(self.pacer, policy), limited

    def leave(self, policy: RetryPolicy, status: int | None, sent_at: float, limited: bool) -> None:
        """Give the slot back; ``status`` is the answer's (None: no answer) and teaches the pacer."""
        assert self._slots is not None
        self._slots.release()
        if self.pacer is not None and status is not None and policy.pace:
            self.pacer.answered(status, sent_at, limited)


class SyncGate:
    """``AsyncGate`` for threads: the same decisions, behind a lock (callers may be threads)."""

    def __init__(self, limit: int, pacer: Pacer | None) -> None:
        self.limit, self.pacer = _bound(limit), pacer
        self._slots = threading.BoundedSemaphore(limit)
        self._turn = threading.Lock()
        self._state = threading.Lock()

    def enter(self, policy: RetryPolicy) -> tuple[float, bool]:
        self._slots.acquire()
        pacer, limited = _pacing(self.pacer, policy), False
        if pacer is not None:
            try:
                with self._turn:
                    with self._state:  # the pacer is not thread-safe; its sleep needs no lock
                        delay, limited = pacer.reserve()
                    if delay > 0:
                        sync_sleep(policy, delay)
            except BaseException:
                self._slots.release()
                raise
        return _sent_at(self.pacer, policy), limited

    def leave(self, policy: RetryPolicy, status: int | None, sent_at: float, limited: bool) -> None:
        self._slots.release()
        if self.pacer is not None and status is not None and policy.pace:
            with self._state:
                self.pacer.answered(status, sent_at, limited)


# -- calls side by side (wait_many's one status loop) ---------------------------------------------


class AsyncTasks(Generic[T]):
    """Runs coroutines as asyncio tasks and hands back their results in completion order.

    Plain tasks rather than an anyio task group: the status loop yields outcomes from an async
    generator, and a task group must not stay open across a ``yield`` (its cancel scope would leak
    into the consumer). ``aclose`` cancels what is still running.
    """

    def __init__(self, workers: int) -> None:
        import asyncio

        self.workers = workers
        self._done: asyncio.Queue[asyncio.Task[T]] = asyncio.Queue()
        self._running: set[asyncio.Task[T]] = set()

    def start(self, fn: Callable[..., Awaitable[T]], *args: Any) -> None:
        import asyncio

        task: asyncio.Task[T] = asyncio.ensure_future(fn(*args))
        self._running.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[T]) -> None:
        self._running.discard(task)
        if not task.cancelled():
            self._done.put_nowait(task)

    async def next(self, timeout: float | None) -> tuple[bool, T | None]:
        """The next finished call's result (raising what it raised), or (False, None) on timeout."""
        import asyncio

        try:
            async with asyncio.timeout(timeout):
                task = await self._done.get()
        except TimeoutError:
            return False, None
        return True, task.result()

    async def aclose(self) -> None:
        import asyncio

        running = list(self._running)
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)


class SyncTasks(Generic[T]):
    """``AsyncTasks`` on a pool of ``workers`` threads (httpx.Client is thread-safe)."""

    def __init__(self, workers: int) -> None:
        import concurrent.futures
        import queue

        self.workers = workers
        self._done: queue.SimpleQueue[concurrent.futures.Future[T]] = queue.SimpleQueue()
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="vimmerse")

    def start(self, fn: Callable[..., T], *args: Any) -> None:
        future = self._pool.submit(fn, *args)
        future.add_done_callback(self._done.put)

    def next(self, timeout: float | None) -> tuple[bool, T | None]:
        import queue

        try:
            future = self._done.get(timeout=timeout)
        except queue.Empty:
            return False, None
        return True, future.result()

    def close(self) -> None:
        # Threads cannot be interrupted: calls already sent finish (each within its timeout).
        self._pool.shutdown(wait=True, cancel_futures=True)
