"""The calls that differ between the sync and async clients beyond ``await``: sleeping, and
running blocking download I/O (a worker thread in async, the caller's thread in sync).

``_async/`` calls ``async_X``; ``tools/make_sync.py`` turns each into ``sync_X`` in ``_sync/``.
Both honour the injectable sleeps of ``RetryPolicy`` and ``PollPolicy`` (tests and simulated clocks).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar


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
        import asyncio  # here: a sync-only program need not import asyncio (about 20 ms)

        await asyncio.sleep(seconds)


def sync_sleep(policy: Sleeps, seconds: float) -> None:
    (policy.sleep or time.sleep)(seconds)


T = TypeVar("T")


async def async_in_thread(
    fn: Callable[[], T], *, stop: Callable[[], None] | None = None, discard: Callable[[T], None] | None = None
) -> T:
    """``fn()`` in a worker thread, so blocking I/O (``_lean``) does not stall the event loop.

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
