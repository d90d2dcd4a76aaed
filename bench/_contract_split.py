"""The contract run split across processes by operation, against one served fake.

Each worker process loads openapi.yaml and schemathesis.toml itself and runs ``contract._drive``
for every n-th operation (``part=(i, n)``): the same cases, settings and checks as the
single-process run, only spread over n clients. The fake's manual clock stays with the parent,
which owns the server's stdin: a worker asks the parent to move it (a line on its stdout, the
answer on its stdin) before each case, as the single-process run does before each of its own.
Workers are ``python -m bench._contract_split`` subprocesses, not ``multiprocessing``'s, whose
spawn re-runs the caller's main script.

Why processes, not schemathesis' ``--workers``: its threads share one interpreter (hypothesis and
the checks are Python, so they take turns on the GIL), and schemathesis 4.x with ``--workers`` > 1
crashes on Python 3.11 in the coverage phase.

Workers start, load the schema and draw one case per operation (one-time costs: imports, the
document, hypothesis' caches) before the clock starts; the time is from the parent's "go" until
the last worker is done.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from multiprocessing.connection import wait
from typing import Any

from ._server import ROOT, ServerProcess, stop

COUNTS = ("cases", "failed", "operations", "errors", "client_cpu")


def _warm(contract: Any) -> None:
    """Draw one case per operation of a throw-away schema, sending nothing."""
    import hypothesis

    settings = hypothesis.settings(
        max_examples=1, deadline=None, database=None, derandomize=True, phases=[hypothesis.Phase.generate]
    )
    for found in contract._schema().get_all_operations():

        @settings
        @hypothesis.given(case=found.ok().as_strategy())
        def draw(case: Any) -> None:
            pass

        with contextlib.suppress(Exception):  # the measured run reports generation errors
            draw()


class _Channel:
    """JSON lines: from a worker on its stdout (kept for this alone), to it on its stdin."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc

    def send(self, message: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(message) + "\n")
        self.proc.stdin.flush()

    def recv(self) -> Any:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(
                f"a contract worker process exited (status {self.proc.wait()}) before it finished its run"
            )
        return json.loads(line)


def served_split(pythonpath: str | None, max_examples: int, parts: int) -> dict[str, Any]:
    """One run, its operations split over ``parts`` worker processes, against one served fake."""
    with ServerProcess(pythonpath=pythonpath, manual_clock=True, wire="document") as server:
        workers = [
            _Channel(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "bench._contract_split",
                        str(i),
                        str(parts),
                        server.base_url,
                        str(max_examples),
                    ],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                    cwd=ROOT,
                )
            )
            for i in range(parts)
        ]
        try:
            for worker in workers:
                if worker.recv() != "ready":
                    raise RuntimeError("a contract worker did not report ready")
            cpu_ms = server.stats()["cpu_ms"]
            t0 = time.perf_counter()
            for worker in workers:
                worker.send("go")
            done: list[dict[str, Any]] = []
            by_pipe = {worker.proc.stdout: worker for worker in workers}
            while by_pipe:
                for pipe in wait(list(by_pipe)):  # type: ignore[arg-type]
                    worker = by_pipe[pipe]  # type: ignore[index]
                    message = worker.recv()
                    if "advance" in message:
                        server.advance(message["advance"])
                        worker.send("moved")
                    else:
                        done.append(message["done"])
                        del by_pipe[pipe]  # type: ignore[arg-type]
            seconds = time.perf_counter() - t0
            server_cpu = (server.stats()["cpu_ms"] - cpu_ms) / 1000
        finally:
            for worker in workers:
                stop(worker.proc)
    counts: dict[str, Any] = {key: sum(c[key] for c in done) for key in COUNTS}
    counts.update(seconds=seconds, server_cpu=server_cpu, module=server.module, parts=parts)
    return counts


def main(argv: list[str]) -> None:
    """Worker: ``python -m bench._contract_split INDEX PARTS BASE_URL MAX_EXAMPLES``."""
    index, parts, base_url, max_examples = int(argv[0]), int(argv[1]), argv[2], int(argv[3])
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "w")
    sys.stdout = sys.stderr  # anything else a library prints must not reach the channel
    os.dup2(sys.stderr.fileno(), 1)

    def say(message: Any) -> None:
        channel.write(json.dumps(message) + "\n")
        channel.flush()

    def advance(seconds: float) -> None:
        say({"advance": seconds})
        if sys.stdin.readline().strip() != '"moved"':
            raise RuntimeError("the parent stopped before the clock moved")

    from bench import contract

    _warm(contract)
    schema = contract._schema()
    say("ready")
    if sys.stdin.readline().strip() != '"go"':
        return
    counts = contract._drive(schema, advance, {"base_url": base_url}, max_examples, part=(index, parts))
    say({"done": counts})


if __name__ == "__main__":
    main(sys.argv[1:])
