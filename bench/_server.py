"""The fake served over loopback in its own process, so its CPU and memory are not the client's.

``python -m bench._server [--rate R] [--speed S] [--job-seconds T] [--manual-clock] [--webhooks]
[--wire service|document]``
prints one JSON line ``{"base_url", "cdn_url", "module"}`` once listening (``module``: the file
``vimmerse_fake`` was imported from, so a run against another copy of the fake -- PYTHONPATH --
can check which one answered), then answers each ``stats`` line on stdin with a JSON line of
counters and each ``advance SECONDS`` line (manual clock) with ``{}``; it stops when stdin
closes. ``ServerProcess`` drives it.

Only ``FakeConfig``'s and ``serve``'s long-standing arguments are used: the contract benchmark
runs this same script against the fake of an older commit.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import vimmerse_fake
from vimmerse_fake import DEMO_API_KEY, FakeConfig, serve

ROOT = Path(__file__).resolve().parents[1]  # `-m bench...` needs the repo root as cwd


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rate", type=float, default=None)
    ap.add_argument("--speed", type=float, default=60.0)
    ap.add_argument("--job-seconds", type=float, default=None)
    ap.add_argument("--manual-clock", action="store_true", help="time moves only on `advance` lines")
    ap.add_argument(
        "--webhooks", action="store_true", help="run the webhook scheduler, as `vimmerse fake` does"
    )
    ap.add_argument(
        "--wire", choices=("service", "document"), default=None, help="FakeConfig.wire (default: the fake's)"
    )
    args = ap.parse_args()
    config = FakeConfig(
        api_keys={DEMO_API_KEY: 10**12},
        speed=args.speed,
        rate_limit=args.rate,
        media_job_seconds=args.job_seconds,
        manual_clock=args.manual_clock,
        **({} if args.wire is None else {"wire": args.wire}),
    )
    with serve(host="127.0.0.1", config=config, webhooks=args.webhooks) as running:
        urls = {"base_url": running.base_url, "cdn_url": running.cdn_url, "module": vimmerse_fake.__file__}
        print(json.dumps(urls), flush=True)
        for line in sys.stdin:
            command, _, argument = line.strip().partition(" ")
            if command == "advance":
                running.fake.clock.advance(float(argument))
                print("{}", flush=True)
            elif command == "stats":
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

    def __init__(self, pythonpath: str | None = None, **options: Any) -> None:
        """``options`` become flags (``True``: the bare flag; ``None``/``False``: left out);
        ``pythonpath`` goes first on the server's import path (another copy of ``vimmerse_fake``)."""
        self.argv = [sys.executable, "-m", "bench._server"]
        for name, value in options.items():
            flag = f"--{name.replace('_', '-')}"
            if value is True:
                self.argv.append(flag)
            elif value is not None and value is not False:
                self.argv += [flag, str(value)]
        self.env = None
        if pythonpath is not None:
            self.env = dict(
                os.environ,
                PYTHONPATH=os.pathsep.join(filter(None, [pythonpath, os.environ.get("PYTHONPATH")])),
            )

    def __enter__(self) -> ServerProcess:
        self.proc = subprocess.Popen(
            self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=self.env
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait(timeout=10)
            raise RuntimeError(f"bench server failed to start (exit {self.proc.returncode})")
        urls = json.loads(line)
        self.base_url, self.cdn_url, self.module = urls["base_url"], urls["cdn_url"], urls["module"]
        return self

    def _ask(self, command: str) -> Any:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(
                f"bench server exited (status {self.proc.poll()}) before answering {command!r}"
            )
        return json.loads(line)

    def advance(self, seconds: float) -> None:
        """Move the fake's manual clock (``manual_clock=True``) on by ``seconds``."""
        self._ask(f"advance {seconds!r}")

    def stats(self) -> dict[str, int]:
        return dict(self._ask("stats"))

    def __exit__(self, *exc: object) -> None:
        stop(self.proc)


def stop(proc: subprocess.Popen[Any]) -> None:
    """End a process that runs until its stdin closes; killed if it has not ended 30 s later."""
    assert proc.stdin is not None
    proc.stdin.close()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


if __name__ == "__main__":
    main()
