"""Fan-out: N media jobs created concurrently with ``AsyncVimmerse``, then awaited with ``wait_all``.

The fake runs in a subprocess (``bench._server``) on loopback with its rate limit on, so the
client's CPU (``time.process_time`` of this process) excludes the server's. 429s are counted by an
httpx response hook; the server counts requests and jobs created, which must equal N (a 429 never
creates a job, so retrying it cannot double-charge).

The floor: the fake's token bucket (burst = rate) charges accepted requests only, so no client can
finish faster than (accepted requests) / rate. A job needs at least 3 (the create, one status
reading that sees success, the read of the finished media): 1,000 jobs at 50 req/s take >= 60 s.
The client bounds its requests in flight (``max_concurrency``: the pool's 100 connections) and
paces itself at the rate its 429s teach it; ``wait_all`` polls a batch's jobs in one status loop.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from vimmerse import AsyncVimmerse, PollPolicy, WaitAllError
from vimmerse_fake import DEMO_API_KEY

from ._common import Result, Target
from ._server import ServerProcess

# Head-room only: with pacing a request is refused about once (the first burst) -- see "429s".
MAX_RETRIES = 30
KEEPALIVE = 2.0
MIN_REQUESTS_PER_JOB = 3
BATCH = 200


async def _fan_out(base_url: str, jobs: int, counters: dict[str, Any]) -> list[Any]:
    async def on_request(request: httpx.Request) -> None:
        counters["requests"] += 1

    async def on_response(response: httpx.Response) -> None:
        if response.status_code == 429:
            counters["429"] += 1

    # keepalive_expiry below the server's idle timeout (uvicorn: 5 s): with httpx's default of
    # 5 s too, a request sent on a connection the server is closing fails with ReadError,
    # which a paid POST must not retry (seen: 3 of 1,000 creates failed that way).
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=KEEPALIVE)
    http = httpx.AsyncClient(
        timeout=httpx.Timeout(120.0, connect=10.0),
        limits=limits,
        follow_redirects=False,
        event_hooks={"request": [on_request], "response": [on_response]},
    )
    client = AsyncVimmerse(
        DEMO_API_KEY, base_url, http_client=http, max_retries=MAX_RETRIES, poll=PollPolicy(timeout=600)
    )
    counters["max_concurrency"] = client.max_concurrency

    async def wait(ids: list[str]) -> list[Any]:
        try:
            return list(await client.wait_all(ids, kind="media"))
        except WaitAllError as exc:
            return [m for m in exc.results if m is not None] + list(exc.exceptions)

    try:
        # Created in batches, each batch waited for while the next is created: the service's
        # capacity for creates then overlaps with the cheaper status reads (as the per-job
        # create-then-wait of a plain gather would), and each wait_all is one status loop.
        outcomes: list[Any] = []
        waits: list[asyncio.Task[list[Any]]] = []
        for start in range(0, jobs, BATCH):
            created = await asyncio.gather(
                *(
                    client.media.create(prompt=f"fan-out job {i}: a paper boat on a river")
                    for i in range(start, min(start + BATCH, jobs))
                ),
                return_exceptions=True,
            )
            outcomes += [m for m in created if isinstance(m, BaseException)]
            waits.append(
                asyncio.create_task(wait([m.id for m in created if not isinstance(m, BaseException)]))
            )
        counters["created_at"] = time.perf_counter()
        for waited in await asyncio.gather(*waits):
            outcomes += waited
        pacer = client._core.gate.pacer  # the learned rate, for the notes
        counters["pacer"] = (pacer.rate, pacer.decreases)
        return outcomes
    finally:
        await client.close()
        await http.aclose()


def run(jobs: int = 1000, rate: float = 50.0, speed: float = 60.0, video_seconds: int = 5) -> Result:
    job_sim_seconds = 12.0 * video_seconds  # the fake's default media job length
    counters: dict[str, Any] = {"requests": 0, "429": 0}
    result_notes: list[str] = []
    with ServerProcess(rate=rate, speed=speed) as server:
        server_cpu0 = server.stats()["cpu_ms"]
        cpu0, wall0 = time.process_time(), time.perf_counter()
        medias = asyncio.run(_fan_out(server.base_url, jobs, counters))
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        stats = server.stats()
    server_cpu = (stats["cpu_ms"] - server_cpu0) / 1000
    failures = [m for m in medias if isinstance(m, BaseException)]
    medias = [m for m in medias if not isinstance(m, BaseException)]
    succeeded = sum(1 for m in medias if m.processing_status == "success")
    ids = {m.id for m in medias}
    for exc in failures[:3]:
        result_notes.append(f"failed: {type(exc).__name__}: {exc}")
    if failures:
        result_notes.append(f"{len(failures)} of {jobs} jobs raised")
    job_real = job_sim_seconds / speed
    sent, refused = counters["requests"], counters["429"]
    accepted = sent - refused
    floor = accepted / rate
    min_floor = MIN_REQUESTS_PER_JOB * jobs / rate
    refused_pct = 100.0 * refused / sent if sent else 0.0
    cpu_ms = cpu / jobs * 1000
    result = Result(
        f"3. Fan-out (AsyncVimmerse: batches of {BATCH} created, each awaited with wait_all;"
        " fake over loopback, rate-limited)",
        [
            "jobs",
            "rate limit req/s",
            "job length (sim s / real s)",
            "wall s",
            "accepted requests (/job)",
            "floor s",
            "wall / floor",
            "requests sent",
            "429s",
            "429 %",
            "client CPU ms/job",
        ],
        rows=[
            [
                jobs,
                rate,
                f"{job_sim_seconds:g} / {job_real:g}",
                wall,
                f"{accepted} ({accepted / jobs:.2f})",
                floor,
                wall / floor,
                sent,
                refused,
                refused_pct,
                cpu_ms,
            ]
        ],
        checks={
            "every job succeeded": succeeded == jobs,
            "no duplicate job (jobs created == jobs)": stats["jobs_created"] == jobs and len(ids) == jobs,
            "requests counted on both sides agree": sent == stats["requests"],
        },
    )
    result.targets += [
        Target(
            "all succeed, no duplicate job",
            result.ok,
            f"{succeeded}/{jobs} succeeded, {stats['jobs_created']} jobs created, {refused} 429s retried",
        ),
        Target(
            "wall <= 1.1x the floor (accepted requests / rate)",
            wall <= 1.1 * floor,
            f"{wall / floor:.2f}x: {wall:.1f} s vs {floor:.1f} s for {accepted} accepted requests at {rate:g}"
            f" req/s ({wall / min_floor:.2f}x the {min_floor:.0f} s that {MIN_REQUESTS_PER_JOB} a job need)",
        ),
        Target(
            "<= 10 % of requests are 429s", refused_pct <= 10.0, f"{refused_pct:.1f} % ({refused} of {sent})"
        ),
        Target("<= 20 ms client CPU per job", cpu_ms <= 20.0, f"{cpu_ms:.1f} ms"),
    ]
    result.notes.extend(result_notes)
    learned, decreases = counters.get("pacer", (None, 0))
    created_in = counters.get("created_at", wall0) - wall0
    result.notes.append(
        f"fake clock x{speed:g}: a {video_seconds} s video's job = {job_sim_seconds:g} simulated s ="
        f" {job_real:g} real s; server in a subprocess, client CPU = process_time of the bench process"
        f" (includes asyncio and httpx); max_concurrency={counters.get('max_concurrency')} (the pool's"
        f" max_connections), max_retries={MAX_RETRIES}, keepalive_expiry={KEEPALIVE:g} s"
    )
    learned_text = "none" if learned is None else f"{learned:.1f} req/s"
    result.notes.append(
        f"all {jobs} creates answered after {created_in:.1f} s; pacer: rate at the end {learned_text},"
        f" set or lowered {decreases} times"
    )
    result.notes.append(
        f"server CPU {server_cpu:.1f} s = {server_cpu / sent * 1000:.1f} ms/request, busy"
        f" {100 * server_cpu / wall:.0f} % of the wall time (when the machine is shared, the server"
        f" itself can be slower than the rate limit: then no client reaches the floor)"
    )
    result.data = {
        "wall": wall,
        "floor": floor,
        "cpu_per_job_ms": cpu_ms,
        "429": refused,
        "429_pct": refused_pct,
    }
    return result
