"""Fan-out: N media jobs created and awaited concurrently with ``AsyncVimmerse``.

The fake runs in a subprocess (``bench._server``) on loopback with its rate limit on, so
the client's CPU (``time.process_time`` of this process) excludes the server's. 429s are
counted by an httpx response hook; the server counts requests and jobs created, which must
equal N (a 429 never creates a job, so retrying it cannot double-charge).

Every 429 is answered with ``Retry-After`` (>= 1 s), which the SDK honours; ``max_retries``
is raised to 30 because a burst of N requests against R req/s needs about N/R rounds.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from vimmerse import AsyncVimmerse, PollPolicy
from vimmerse_fake import DEMO_API_KEY

from ._common import Result, Target
from ._server import ServerProcess

MAX_RETRIES = 30
KEEPALIVE = 2.0


async def _fan_out(base_url: str, jobs: int, counters: dict[str, int]) -> list[Any]:
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

    async def one(i: int) -> Any:
        media = await client.media.create(prompt=f"fan-out job {i}: a paper boat on a river")
        assert isinstance(media.id, str)
        return await client.media.wait(media.id)

    try:
        return await asyncio.gather(*(one(i) for i in range(jobs)), return_exceptions=True)
    finally:
        await client.close()
        await http.aclose()


def run(jobs: int = 1000, rate: float = 50.0, speed: float = 60.0, video_seconds: int = 5) -> Result:
    job_sim_seconds = 12.0 * video_seconds  # the fake's default media job length
    counters = {"requests": 0, "429": 0}
    result_notes: list[str] = []
    with ServerProcess(rate=rate, speed=speed) as server:
        cpu0, wall0 = time.process_time(), time.perf_counter()
        medias = asyncio.run(_fan_out(server.base_url, jobs, counters))
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        stats = server.stats()
    failures = [m for m in medias if isinstance(m, BaseException)]
    medias = [m for m in medias if not isinstance(m, BaseException)]
    succeeded = sum(1 for m in medias if m.processing_status == "success")
    ids = {m.id for m in medias}
    for exc in failures[:3]:
        result_notes.append(f"failed: {type(exc).__name__}: {exc}")
    if failures:
        result_notes.append(f"{len(failures)} of {jobs} jobs raised")
    job_real = job_sim_seconds / speed
    result = Result(
        "3. Fan-out (AsyncVimmerse, fake over loopback, rate-limited)",
        [
            "jobs",
            "rate limit req/s",
            "job length (sim s / real s)",
            "wall s",
            "wall / job length",
            "requests sent",
            "429s",
            "server saw",
            "client CPU ms/job",
        ],
        rows=[
            [
                jobs,
                rate,
                f"{job_sim_seconds:g} / {job_real:g}",
                wall,
                wall / job_real,
                counters["requests"],
                counters["429"],
                stats["requests"],
                cpu / jobs * 1000,
            ]
        ],
        checks={
            "every job succeeded": succeeded == jobs,
            "no duplicate job (jobs created == jobs)": stats["jobs_created"] == jobs and len(ids) == jobs,
            "requests counted on both sides agree": counters["requests"] == stats["requests"],
        },
    )
    floor = counters["requests"] / rate
    result.targets.append(
        Target(
            "all succeed, 429s absorbed, no duplicate job",
            result.ok,
            f"{succeeded}/{jobs} succeeded, {stats['jobs_created']} jobs created,"
            f" {counters['429']} 429s retried; wall {wall:.1f} s vs {floor:.1f} s that"
            f" {counters['requests']} requests need at {rate:g} req/s",
        )
    )
    result.notes.extend(result_notes)
    result.notes.append(
        f"fake clock x{speed:g}: a {video_seconds} s video's job = {job_sim_seconds:g} simulated s ="
        f" {job_real:g} real s; server in a subprocess, client CPU = process_time of the bench process"
        f" (includes asyncio and httpx); max_retries={MAX_RETRIES}, keepalive_expiry={KEEPALIVE:g} s"
    )
    result.data = {"wall": wall, "cpu_per_job_ms": cpu / jobs * 1000, "429": counters["429"]}
    return result
