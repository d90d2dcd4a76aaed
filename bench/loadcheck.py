"""How many requests/second the fake sustains over HTTP for the status poll.

``python -m bench.loadcheck [--requests 2000] [--concurrency 20]`` (from the repo root): serves the
fake with uvicorn on loopback, creates one media, then polls
``GET /media/{id}/processing-status`` with an httpx.AsyncClient at the given
concurrency (bounded: stops at 30 s whatever happens) and prints the rate.
"""

from __future__ import annotations

import argparse
import asyncio
import time

import httpx

from vimmerse_fake import DEMO_API_KEY, FakeConfig, serve


async def _run(base_url: str, total: int, concurrency: int, budget: float) -> tuple[int, int, float]:
    headers = {"X-Api-Key": DEMO_API_KEY}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, headers=headers, limits=limits, timeout=10) as client:
        r = await client.post("/media", files=[("prompt", (None, b"load check"))])
        r.raise_for_status()
        path = f"/media/{r.json()['data']['id']}/processing-status"
        counter = iter(range(total))
        ok = failed = 0
        deadline = time.monotonic() + budget

        async def worker() -> None:
            nonlocal ok, failed
            for _ in counter:
                if time.monotonic() > deadline:
                    return
                resp = await client.get(path)
                if resp.status_code == 200:
                    ok += 1
                else:
                    failed += 1

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return ok, failed, time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.loadcheck")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--budget", type=float, default=30.0, help="stop after this many seconds")
    args = parser.parse_args(argv)
    with serve(config=FakeConfig(), webhooks=False) as running:
        ok, failed, elapsed = asyncio.run(
            _run(running.base_url, args.requests, args.concurrency, args.budget)
        )
    print(
        f"{ok} ok, {failed} failed in {elapsed:.2f} s at concurrency {args.concurrency}: "
        f"{ok / elapsed:.0f} requests/s (GET /media/{{id}}/processing-status over HTTP)"
    )


if __name__ == "__main__":
    main()
