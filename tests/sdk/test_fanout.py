"""Many jobs at once: ``wait_all`` / ``as_completed`` (one status loop, a concurrency cap), the
client's own bound on requests in flight, and pacing learned from 429s. Both clients, against the
fake on its manual clock (sleeps advance it); caps are checked on what reaches the fake's transport."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sdk_helpers import API, Recorder, Sleeps, maybe, ok

from vimmerse import AsyncVimmerse, JobOutcome, PollPolicy, RetryPolicy, Vimmerse, errors
from vimmerse._pacing import Pacer
from vimmerse_fake import DEMO_API_KEY, FakeVimmerse


async def collect(outcomes: Any) -> list[JobOutcome[Any]]:
    if hasattr(outcomes, "__aiter__"):
        return [o async for o in outcomes]
    return list(outcomes)


async def create_media(client: Any, prompts: list[str]) -> list[str]:
    return [(await maybe(client.media.create(prompt=p))).id for p in prompts]


# -- wait_all / as_completed ---------------------------------------------------------------------


async def test_wait_all_returns_jobs_in_input_order(
    fake_client: tuple[Any, Sleeps], fake: FakeVimmerse
) -> None:
    client, _ = fake_client
    ids = await create_media(client, [f"fox {i}" for i in range(5)])
    medias = await maybe(client.wait_all(ids, kind="media"))
    assert [m.id for m in medias] == ids
    assert {m.processing_status for m in medias} == {"success"}
    assert fake.jobs_created() == 5


async def test_wait_all_reports_failures_after_all_finished(
    fake_client: tuple[Any, Sleeps], fake: FakeVimmerse
) -> None:
    client, _ = fake_client
    ids = await create_media(client, ["fox 0", "[fail] fox 1", "fox 2", "[cancel] fox 3", "fox 4"])
    with pytest.raises(errors.WaitAllError) as info:
        await maybe(client.wait_all(ids, kind="media"))
    group = info.value
    assert [type(e) for e in group.exceptions] == [errors.JobFailedError, errors.JobCancelledError]
    assert [e.job_id for e in group.exceptions if isinstance(e, errors.JobError)] == [ids[1], ids[3]]
    # The jobs that succeeded are not lost: every result in input order, None where it failed.
    assert [None if m is None else m.id for m in group.results] == [ids[0], None, ids[2], None, ids[4]]
    # An exception group: except* and split keep the results with each part.
    failed, rest = group.split(errors.JobFailedError)
    assert isinstance(failed, errors.WaitAllError) and failed.results is group.results
    assert rest is not None and len(rest.exceptions) == 1


async def test_as_completed_yields_every_job_once(
    fake_client: tuple[Any, Sleeps], fake: FakeVimmerse
) -> None:
    client, _ = fake_client
    ids = await create_media(client, ["fox 0", "[fail] fox 1", "fox 2"])
    outcomes = await collect(client.as_completed(ids, kind="media"))
    assert sorted(o.index for o in outcomes) == [0, 1, 2]
    by_index = {o.index: o for o in outcomes}
    assert [by_index[i].job_id for i in range(3)] == ids
    assert by_index[0].ok and by_index[0].unwrap().id == ids[0]
    assert isinstance(by_index[1].error, errors.JobFailedError) and by_index[1].result is None
    with pytest.raises(errors.JobFailedError):
        by_index[1].unwrap()


async def test_wait_all_stories(fake_client: tuple[Any, Sleeps], fake: FakeVimmerse) -> None:
    client, _ = fake_client
    ids = [(await maybe(client.story.idea_to_video(idea=f"a tale {i}"))).id for i in range(3)]
    stories = await maybe(client.wait_all(ids, kind="story", concurrency=2))
    assert [s.id for s in stories] == ids and {s.status for s in stories} == {"success"}


async def test_wait_all_timeout_keeps_finished_jobs(
    fake_client: tuple[Any, Sleeps], fake: FakeVimmerse
) -> None:
    client, _ = fake_client
    (done,) = await create_media(client, ["fox done"])
    fake.clock.advance(600)  # long finished
    (slow,) = await create_media(client, ["fox slow"])  # a 5 s video's job takes 60 s
    start = fake.clock.now()
    with pytest.raises(errors.WaitAllError) as info:
        await maybe(client.wait_all([done, slow], kind="media", timeout=20))
    (timeout,) = info.value.exceptions
    assert isinstance(timeout, errors.WaitTimeoutError) and timeout.job_id == slow
    assert timeout.status in ("queue_bullet", "processing_bullet")
    assert info.value.results[0].id == done and info.value.results[1] is None
    assert fake.clock.now() - start == pytest.approx(20, abs=1e-6)


async def test_wait_all_rejects_bad_input_before_sending(
    fake_client: tuple[Any, Sleeps], fake: FakeVimmerse
) -> None:
    client, _ = fake_client
    before = fake.requests_seen("")
    with pytest.raises(ValueError, match="unknown job kind"):
        await maybe(client.wait_all(["x"], kind="video"))
    with pytest.raises(ValueError, match="concurrency"):
        await maybe(client.wait_all(["x"], kind="media", concurrency=0))
    assert fake.requests_seen("") == before
    assert await maybe(client.wait_all([], kind="media")) == []


async def test_wait_all_not_found_ends_that_job_only(
    fake_client: tuple[Any, Sleeps], fake: FakeVimmerse
) -> None:
    client, _ = fake_client
    (real,) = await create_media(client, ["fox"])
    with pytest.raises(errors.WaitAllError) as info:
        await maybe(client.wait_all(["no-such-media", real], kind="media"))
    (missing,) = info.value.exceptions
    assert isinstance(missing, errors.NotFoundError)
    assert info.value.results[1].id == real


# -- caps, as the fake's transport sees them -----------------------------------------------------


@dataclass
class InFlight:
    """Wraps the fake's transport and records how many requests were inside it at once.

    The first requests are held until ``hold`` of them are inside together, so the test also proves
    the cap is reached (and, in asyncio, every request the client could start while they are held
    enters before any leaves: a client over its cap would be seen over it)."""

    hold: int
    paths: tuple[str, ...] = ("/media/",)
    now: int = 0
    most: int = 0
    seen: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    full: threading.Event = field(default_factory=threading.Event)
    afull: asyncio.Event | None = None

    def enter(self, request: httpx.Request) -> bool:
        if not request.url.path.startswith(self.paths):
            return False
        with self.lock:
            self.now += 1
            self.seen += 1
            self.most = max(self.most, self.now)
            if self.now >= self.hold:
                self.full.set()
                if self.afull is not None:
                    self.afull.set()
        return True

    def leave(self) -> None:
        with self.lock:
            self.now -= 1


class SyncCounting(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, gauge: InFlight) -> None:
        self.inner, self.gauge = inner, gauge

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.gauge.enter(request):
            return self.inner.handle_request(request)
        try:
            # A deadline, not a synchronisation: the cap is reached at once or the test fails.
            assert self.gauge.full.wait(10), "the cap was never reached"
            return self.inner.handle_request(request)
        finally:
            self.gauge.leave()


class AsyncCounting(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, gauge: InFlight) -> None:
        self.inner, self.gauge = inner, gauge

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.gauge.afull is None:
            self.gauge.afull = asyncio.Event()
        if not self.gauge.enter(request):
            return await self.inner.handle_async_request(request)
        try:
            await asyncio.wait_for(self.gauge.afull.wait(), 10)
            return await self.inner.handle_async_request(request)
        finally:
            self.gauge.leave()


@pytest.fixture
def counted(fake: FakeVimmerse, mode: str) -> Iterator[tuple[str, Any]]:
    """(mode, factory): factory(gauge, **options) builds a client whose transport is counted."""
    sleeps = Sleeps(advance=fake.clock.advance)
    poll = PollPolicy(sleep=sleeps, monotonic=fake.clock.now)
    retry = RetryPolicy(sleep=sleeps, random=lambda: 0.5, monotonic=fake.clock.now)

    def factory(gauge: InFlight, **options: Any) -> Any:
        if mode == "sync":
            client: Any = Vimmerse(
                DEMO_API_KEY,
                API,
                transport=SyncCounting(fake.transport(), gauge),
                poll=poll,
                retry=retry,
                **options,
            )
        else:
            client = AsyncVimmerse(
                DEMO_API_KEY,
                API,
                transport=AsyncCounting(fake.async_transport(), gauge),
                poll=poll,
                retry=retry,
                **options,
            )
        return client

    yield mode, factory


async def test_wait_all_respects_its_concurrency_cap(counted: tuple[str, Any], fake: FakeVimmerse) -> None:
    _, factory = counted
    gauge = InFlight(hold=3)
    client = factory(gauge)
    ids = await create_media(client, [f"fox {i}" for i in range(12)])
    assert gauge.seen == 0  # creates are POST /media: not counted
    medias = await maybe(client.wait_all(ids, kind="media", concurrency=3))
    assert len(medias) == 12
    assert gauge.most == 3
    # At least a status read and a result read per job, all of them counted by the fake too.
    assert gauge.seen >= 24 and gauge.seen == fake.requests_seen("/media/")


async def test_client_bounds_its_requests_in_flight(counted: tuple[str, Any], fake: FakeVimmerse) -> None:
    mode, factory = counted
    gauge = InFlight(hold=2)
    client = factory(gauge, max_concurrency=2)
    assert client.max_concurrency == 2
    ids = await create_media(client, [f"fox {i}" for i in range(8)])
    if mode == "sync":
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            got = list(pool.map(client.media.status, ids))
    else:
        got = await asyncio.gather(*(client.media.status(i) for i in ids))
    assert len(got) == 8
    assert gauge.most == 2 and gauge.seen == 8 == fake.requests_seen("/media/")
    # with_options copies share the bound (one connection pool).
    assert client.with_options(max_retries=5).max_concurrency == 2


def test_default_bound_is_the_pools_size() -> None:
    assert Vimmerse(DEMO_API_KEY, API).max_concurrency == 100  # httpx's default pool
    small = httpx.Client(limits=httpx.Limits(max_connections=7))
    assert Vimmerse(DEMO_API_KEY, API, http_client=small).max_concurrency == 7
    assert Vimmerse(DEMO_API_KEY, API, http_client=small, max_concurrency=3).max_concurrency == 3
    with pytest.raises(ValueError, match="max_concurrency"):
        Vimmerse(DEMO_API_KEY, API, max_concurrency=0)


# -- pacing learned from 429s --------------------------------------------------------------------


def test_pacer_learns_from_successes_read_after_the_429() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    clock.advance(10)
    pacer.refused_429(sent_at=9.99)  # the burst's 429s come back first
    assert pacer.rate is None
    for _ in range(30):  # then its successes
        pacer.accepted(sent_at=9.99, limited=False)
    assert pacer.rate == 30
    pacer.accepted(sent_at=10.5, limited=False)  # sent after the 429: not part of that burst
    assert pacer.rate == 30
    clock.advance(2)
    pacer.accepted(sent_at=9.99, limited=False)  # read more than a second later: no news either
    assert pacer.rate == 30


def test_pacer_limits_only_requests_that_wait() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    pacer.accepted(0.0, limited=False)
    pacer.refused_429(sent_at=0.0)
    assert pacer.rate == 1
    assert pacer.reserve() == (pytest.approx(1.0), True)  # its slot is a second away
    clock.advance(5)
    assert pacer.reserve() == (0.0, False)  # far behind its slots: sends at once, not held back
    # Its slot was 5.9; at 6.05 it goes at once (taking the slot at 5.95: CATCH_UP 0.1 s back),
    # and the next one waits for 6.95.
    clock.advance(1.05)
    assert pacer.reserve() == (0.0, False)
    assert pacer.reserve() == (pytest.approx(0.9), True)


@dataclass
class Clock:
    t: float = 0.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def test_pacer_learns_from_429_aimd() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock, decrease=0.5, increase=0.1)
    assert pacer.reserve() == (0.0, False)  # never refused: never paced
    pacer.refused_429(sent_at=0.0)
    assert pacer.rate is None  # nothing accepted yet: nothing learned
    for _ in range(20):
        pacer.accepted(0.0, limited=False)
    clock.advance(0.5)
    pacer.refused_429(sent_at=0.5)
    assert pacer.rate == 20  # what the service accepted in the last second
    pacer.accepted(sent_at=0.4, limited=False)  # sent with that burst, read after its 429
    assert pacer.rate == 21
    pacer.accepted(sent_at=0.4, limited=False)
    # The first slot was set by the 429 (1/20 s after it); each later one 1/22 s after the previous.
    assert [pacer.reserve()[0] for _ in range(3)] == pytest.approx([0.05, 0.05 + 1 / 22, 0.05 + 2 / 22])
    pacer.refused_429(sent_at=0.4)  # sent before the decrease: no news
    assert pacer.rate == 22
    clock.advance(1)
    pacer.refused_429(sent_at=1.5)
    assert pacer.rate == 11  # multiplicative decrease
    pacer.accepted(1.5, limited=False)  # not held back: proves nothing
    assert pacer.rate == 11
    clock.advance(2)  # a fresh second: only what follows counts as recently accepted
    for _ in range(5):  # held back, but 5 accepted a second is no sign that 11+ would be
        pacer.accepted(3.5, limited=True)
    assert pacer.rate == 11
    for _ in range(10):  # from the 9th accepted on, 11 < 1.25 x accepted: each adds max(0.1 x 11, 0.5)/rate
        pacer.accepted(3.5, limited=True)
    assert pacer.rate == pytest.approx(11.68, abs=0.01)
    assert pacer.refused == 4 and pacer.decreases == 2


def paced_client(rec: Recorder, mode: str, retry: RetryPolicy) -> Any:
    if mode == "sync":
        return Vimmerse(DEMO_API_KEY, API, transport=httpx.MockTransport(rec), retry=retry)

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return rec(request)

    return AsyncVimmerse(DEMO_API_KEY, API, transport=httpx.MockTransport(handler), retry=retry)


@pytest.mark.parametrize("pace", [True, False])
async def test_client_paces_itself_after_a_429(mode: str, pace: bool) -> None:
    clock = Clock()
    sleeps = Sleeps(advance=clock.advance)
    rec = Recorder(
        [*(ok() for _ in range(5)), ok({"message": "RATE_LIMITED"}, 429, {"Retry-After": "1"}), ok()]
    )
    client = paced_client(
        rec, mode, RetryPolicy(sleep=sleeps, random=lambda: 0.0, monotonic=clock, pace=pace)
    )
    for _ in range(9):
        await maybe(client.media.status("m1"))
    assert len(rec.requests) == 10
    if pace:
        # 5 accepted within the second before the 429: 5 req/s from then on. The retry waits its
        # Retry-After (1 s) and goes at once, using the 0.1 s a sender may catch up, so the next
        # waits 0.1 s, each later one 1/rate. The rate does not grow: 2-3 accepted in the last
        # second (the Retry-After gap) is below 5 / HEADROOM.
        assert sleeps.calls == pytest.approx([1.0, 0.1, 0.2, 0.2])
    else:
        assert sleeps.calls == [1.0]  # only the refused request's own Retry-After
