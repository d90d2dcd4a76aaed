"""Client-side pacing learned from 429s: the decisions only, shared by the sync and async gates.

A service that rate-limits answers the requests over its limit with 429 and ``Retry-After``. Each
refused request waits at least ``Retry-After`` before it is sent again (``_retry.backoff``), but
that alone does not slow the *client*: with hundreds of jobs in flight the next requests are refused
too, and against a token bucket that answers ``Retry-After: 1`` a refused request costs a second
while an accepted one costs 1/rate. So the client also spaces all its requests at a rate it learns
from the 429s, like TCP's congestion control (AIMD, RFC 5681):

* no 429 yet: no pacing at all -- a client that is never limited pays nothing;
* the first 429: the rate becomes the number of requests the service accepted in the last second
  (what it just proved it takes), and requests are spaced by 1/rate from then on. A service
  refuses faster than it accepts, so the 429s of a burst are often read before its successes:
  successes of requests sent before the 429 and read within the next second count too (the rate
  is learned at the first of them when none came before). A 429 followed by no such success
  teaches nothing (another client may have spent the quota): the refused request waits its
  ``Retry-After`` and the rate stays unknown;
* a later 429 of a request sent at the current rate: the rate is multiplied by ``decrease``;
  429s of requests sent before the last decrease say nothing new and are ignored (one decrease
  per round, as TCP does per window);
* each accepted request the pace held back adds ``step`` per second, ``increase`` x the
  rate at the last decrease but at least ``MIN_STEP`` (additive: ``step / r`` per request at rate
  ``r``), probing back up. Other requests add nothing, nor does any while the rate is above
  ``HEADROOM`` x what was accepted in the last second: a client sending below its learned rate
  has not shown that more would be accepted.

The sawtooth stays within ``decrease``..1 of the service's rate, and the tokens a bucket saves while
the client is below its rate are spent while it is above, so the service stays busy and refuses
about one request per cycle.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

__all__ = ["Pacer"]

#: The first estimate counts the requests accepted over this many seconds.
WINDOW = 1.0
#: How far behind its slots a sender may catch up at once (s): a few requests at 50 req/s.
CATCH_UP = 0.1
#: The rate grows only while below this multiple of what was accepted in the last second: a
#: client held back by something else (its own event loop, a slow service) does not drift up to
#: a rate it never sends at (RFC 7661's reasoning for TCP), and then flood when that clears.
HEADROOM = 1.25
#: Never space requests more than 1 s apart.
MIN_RATE = 1.0
#: The least the rate grows per second of paced successes (req/s per s), so a rate learned low
#: (one slow request in the window) climbs back in seconds, not minutes.
MIN_STEP = 0.5


class Pacer:
    """The learned rate and the next free send time. Not thread-safe: the gates lock around it."""

    def __init__(
        self,
        *,
        decrease: float = 0.9,
        increase: float = 0.05,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not 0 < decrease < 1 or increase <= 0:
            raise ValueError("need 0 < decrease < 1 and increase > 0")
        self.decrease = decrease
        self.increase = increase
        self.clock = clock
        self.rate: float | None = None  # requests per second; None = not limited so far
        self.next_at = 0.0  # when the next request may be sent
        self.decreased_at = -float("inf")
        self.step = 0.0  # rate added per second of paced successes
        self.refused = 0  # 429s seen (for tests and benchmarks)
        self.decreases = 0  # times the rate was set or lowered
        self.first_at: float | None = None  # the first 429 (the last one while nothing was learned)
        self._accepted: deque[float] = deque()  # success times within the last WINDOW

    def reserve(self) -> tuple[float, bool]:
        """Take the next send slot: (seconds to wait before sending, whether the pace limits it).

        A sender that fell behind its slots (a late wake-up on a busy machine: asyncio's timers
        and the CPU scheduler add milliseconds to each 20 ms gap) may catch up by at most
        ``CATCH_UP`` seconds of requests at once; without that, every late wake-up would be lost
        for good and the client would run well below the rate it learned. Only a request that has
        to wait for its slot is limited by the pace: one sent at once shows no demand beyond it.
        """
        now = self.clock()
        if self.rate is None:
            return 0.0, False
        at = max(self.next_at, now - CATCH_UP)
        self.next_at = at + 1.0 / self.rate
        return max(at - now, 0.0), at > now

    def answered(self, status: int, sent_at: float, limited: bool) -> None:
        """A request sent at ``sent_at`` got an answer with ``status`` (the gates' one entry point)."""
        if status == 429:
            self.refused_429(sent_at)
        else:
            self.accepted(sent_at, limited)

    def accepted(self, sent_at: float, limited: bool) -> None:
        """A request sent at ``sent_at`` was not refused; ``limited``: the pace held it back."""
        now = self.clock()
        accepted = self._accepted
        accepted.append(now)
        while accepted[0] < now - WINDOW:
            accepted.popleft()
        burst = self.first_at is not None and sent_at < self.first_at and now - self.first_at <= WINDOW
        if self.rate is None:
            if burst:  # sent with the burst that drew a 429 read before any of its successes
                self._learn(now)
        elif burst:
            self._set(self.rate + 1.0, self.decreased_at)  # one more of the burst that drew the first 429
        elif limited and self.rate < HEADROOM * len(accepted) / WINDOW:
            self.rate += self.step / self.rate

    def refused_429(self, sent_at: float) -> None:
        """A request sent at ``sent_at`` was answered 429."""
        self.refused += 1
        now = self.clock()
        if self.rate is None:
            self.first_at = now
            if any(t >= now - WINDOW for t in self._accepted):
                self._learn(now)
        elif sent_at >= self.decreased_at:
            self._set(max(self.rate * self.decrease, MIN_RATE), now)

    def _learn(self, now: float) -> None:
        rate = max(float(sum(1 for t in self._accepted if t >= now - WINDOW)), MIN_RATE)
        self._set(rate, now)
        # Spacing starts now: the service's bucket was just emptied by what was sent so far.
        self.next_at = now + 1.0 / rate

    def _set(self, rate: float, now: float) -> None:
        if now != self.decreased_at:
            self.decreases += 1
        self.rate = rate
        self.step = max(self.increase * rate, MIN_STEP)
        self.decreased_at = now
