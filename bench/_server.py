"""The fake served over loopback in its own process, so its CPU and memory are not the client's.

``python -m bench._server [--rate R] [--speed S] [--job-seconds T]`` prints one JSON line
``{"base_url", "cdn_url"}`` once listening, then answers each ``stats`` line on stdin with
a JSON line of counters; it stops when stdin closes. ``ServerProcess`` drives it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from vimmerse_fake import DEMO_API_KEY, FakeConfig, serve

ROOT = Path(__file__).resolve().parents[1]  # `-m bench...` needs the repo root as cwd


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rate", type=float, default=None)
    ap.add_argument("--speed", type=float, default=60.0)
    ap.add_argument("--job-seconds", type=float, default=None)
    args = ap.parse_args()
    config = FakeConfig(
        api_keys={DEMO_API_KEY: 10**12},
        speed=args.speed,
        rate_limit=args.rate,
        media_job_seconds=args.job_seconds,
    )
    with serve(host="127.0.0.1", config=config, webhooks=False) as running:
        print(json.dumps({"base_url": running.base_url, "cdn_url": running.cdn_url}), flush=True)
        for line in sys.stdin:
            if line.strip() == "stats":
                fake = running.fake
                stats = {
                    "jobs_created": fake.jobs_created(),
                    "requests": fake.requests_seen(""),
                    "create_requests": fake.requests_seen("/media") - fake.requests_seen("/media/"),
                    # The server's own CPU (all its threads): shows when it, not the client, is the limit.
                    "cpu_ms": round(time.process_time() * 1000),
                }
                print(json.dumps(stats), flush=True)
        running.fake.close()


class ServerProcess:
    """Context manager: start ``bench._server``, read its URLs, query its counters, stop it."""

    def __init__(self, **options: Any) -> None:
        self.argv = [sys.executable, "-m", "bench._server"]
        for name, value in options.items():
            if value is not None:
                self.argv += [f"--{name.replace('_', '-')}", str(value)]

    def __enter__(self) -> ServerProcess:
        self.proc = subprocess.Popen(
            self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait(timeout=10)
            raise RuntimeError(f"bench server failed to start (exit {self.proc.returncode})")
        urls = json.loads(line)
        self.base_url, self.cdn_url = urls["base_url"], urls["cdn_url"]
        return self

    def stats(self) -> dict[str, int]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("stats\n")
        self.proc.stdin.flush()
        return dict(json.loads(self.proc.stdout.readline()))

    def __exit__(self, *exc: object) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


if __name__ == "__main__":
    main()
