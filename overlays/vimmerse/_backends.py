"""The two calls that differ between the sync and async clients beyond ``await``: sleeping.

``_async/`` calls ``async_sleep``; ``tools/make_sync.py`` turns it into ``sync_sleep`` in ``_sync/``.
Both honour the injectable sleeps of ``RetryPolicy`` and ``PollPolicy`` (tests and simulated clocks).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Protocol


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
