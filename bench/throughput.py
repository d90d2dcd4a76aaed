"""Fake throughput: requests/s the fake serves over HTTP, side by side with Prism's mock of openapi.yaml.

Two requests, each driven by wrk (1 thread, 8 connections, ``seconds`` per run):

* ``GET /media/{id}``: for the fake a media it created first; Prism answers any id with the
  example it builds from the schema.
* ``POST /media``: multipart with a prompt (the body is built in wrk's Lua script); the fake
  validates it, charges credits and queues a job, Prism validates it and answers the example.

The fake is served as ``vimmerse fake`` serves it -- ``serve()`` with uvicorn on loopback, clock
x60, webhook scheduler on -- in its own process (``bench._server``), the demo key given credits
enough for every POST. Prism (``@stoplight/prism-cli``, pinned in package.json) runs ``prism mock
openapi.yaml`` at log level ``error``: at its default (``info``) it writes about ten log lines per
request, which would make it the slower one for a reason that is not its mocking.

Rounds interleave (GET fake, GET Prism, POST fake, POST Prism, then the other way round) so both
servers meet the same machine load; only one is under load at a time. Every answer must be a 2xx -- wrk's
non-2xx/3xx count and socket errors must be 0 (a 402 or 422 is a failure, not speed) -- and the
fake must have served as many requests (created as many jobs) as wrk counted. Beside req/s, each
server's own CPU time per request is reported: other load on the machine disturbs it less.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from vimmerse_fake import DEMO_API_KEY

from ._common import Result, Target
from ._server import ServerProcess

ROOT = Path(__file__).resolve().parents[1]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
THREADS, CONNECTIONS = 1, 8
PROMPT = "a paper boat on a river"
WARMUP = 1.0  # seconds of the untimed first round
TARGETS = {"GET /media/{id}": 2.0, "POST /media": 1.0}  # fake / Prism, best rounds

# wrk's Lua: the request, and a JSON summary printed when the run ends (errors.status counts the
# answers >= 400, the figure wrk prints as "Non-2xx or 3xx responses").
LUA = """
wrk.method = "{method}"
wrk.headers["X-Api-Key"] = "{key}"
{body}
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {{"requests": %.0f, "duration_us": %.0f, "connect": %.0f, "read": %.0f, "write": %.0f,'
    .. ' "status": %.0f, "timeout": %.0f, "p50_us": %.0f, "p99_us": %.0f}}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
"""
# multipart/form-data (RFC 7578) with one text part: the least createMedia accepts.
MULTIPART = """
local boundary = "vimmerse-bench-boundary"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.body = table.concat({{
  "--" .. boundary,
  'Content-Disposition: form-data; name="prompt"',
  "",
  "{prompt}",
  "--" .. boundary .. "--",
  "",
}}, "\\r\\n")
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def prism(log: Path) -> Iterator[tuple[str, int]]:
    """``prism mock openapi.yaml`` on a free loopback port; yields its base URL and process id once
    it accepts (the id is node's: the bin script execs node)."""
    port = _free_port()
    argv = [str(PRISM), "mock", str(ROOT / "openapi.yaml"), "-h", "127.0.0.1", "-p", str(port), "-v", "error"]
    with log.open("w") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        # Prism announces "listening" only at log level info, which also logs every request:
        # readiness is polled instead, by connecting (bounded, and stopped if Prism exits).
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"prism exited ({proc.returncode}): {log.read_text()[-2000:]}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if time.monotonic() > deadline:
                raise TimeoutError(f"prism did not listen on {port} within 120 s: {log.read_text()[-2000:]}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}", proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wrk(script: Path, url: str, seconds: float) -> dict[str, Any]:
    """One wrk run; its ``done()`` summary, with the "Non-2xx or 3xx responses" it printed."""
    argv = [
        "wrk",
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{seconds:g}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
        url,
    ]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60, check=True).stdout
    summary = next((line for line in out.splitlines() if line.startswith("WRK_JSON ")), None)
    if summary is None:
        raise RuntimeError(f"wrk printed no summary: {out}")
    run: dict[str, Any] = json.loads(summary.removeprefix("WRK_JSON "))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    run["non2xx_printed"] = int(non2xx.group(1)) if non2xx else 0
    run["socket_errors"] = sum(run[k] for k in ("connect", "read", "write", "timeout"))
    run["rate"] = run["requests"] / (run["duration_us"] / 1e6)
    return run


def _scripts(tmp: Path) -> dict[str, Path]:
    scripts = {}
    for request, method, body in (
        ("GET /media/{id}", "GET", ""),
        ("POST /media", "POST", MULTIPART.format(prompt=PROMPT)),
    ):
        path = tmp / f"{method.lower()}.lua"
        path.write_text(LUA.format(method=method, key=DEMO_API_KEY, body=body))
        scripts[request] = path
    return scripts


def _precheck(base_url: str) -> tuple[bool, str]:
    """POST /media then GET /media/{its id}, as wrk will send them: both must answer 200."""
    headers = {"X-Api-Key": DEMO_API_KEY}
    with httpx.Client(base_url=base_url, headers=headers, timeout=30) as client:
        created = client.post("/media", files=[("prompt", (None, PROMPT.encode()))])
        if created.status_code != 200:
            return False, f"POST /media answered {created.status_code}: {created.text[:300]}"
        media_id = created.json()["data"]["id"]
        read = client.get(f"/media/{media_id}")
        if read.status_code != 200:
            return False, f"GET /media/{media_id} answered {read.status_code}: {read.text[:300]}"
    return True, str(media_id)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process, all its threads (``/proc/PID/stat`` utime and stime)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()  # after "(comm)": field 3 (state) onwards
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _served(request: str, stats: dict[str, int]) -> int:
    """Jobs the fake created (POST /media) or GET requests it saw, from ``bench._server``'s counters."""
    if request == "POST /media":
        return stats["jobs_created"]
    return stats["requests"] - stats["create_requests"]


def _missing() -> list[str]:
    missing = []
    if shutil.which("wrk") is None:
        missing.append("wrk (Debian's package: `apt-get install wrk`; `make bench` installs it as root)")
    if not PRISM.exists():
        missing.append("prism (`make node`: @stoplight/prism-cli from package.json)")
    return missing


def _versions() -> str:
    prism_package = ROOT / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    prism_version = json.loads(prism_package.read_text())["version"]
    wrk_banner = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return f"Prism {prism_version} on node {node}; wrk {wrk_banner[1] if len(wrk_banner) > 1 else '?'}"


def run(seconds: float = 5.0, rounds: int = 3) -> Result:
    result = Result(
        f"7. Fake throughput vs Prism's mock (wrk: {THREADS} thread, {CONNECTIONS} connections, {seconds:g} s"
        f" x {rounds} interleaved rounds per request and server)",
        [
            "request",
            "server",
            "req/s best",
            "req/s median",
            "fake / Prism best",
            "fake / Prism median",
            "p50 / p99 ms (best round)",
            "server CPU µs/request (median)",
            "requests",
            "non-2xx",
            "socket errors",
        ],
    )
    missing = _missing()
    if missing:
        result.checks["wrk and prism are installed"] = False
        result.targets = [
            Target(f"fake {r} >= {t:g}x Prism's rate", None, "not run") for r, t in TARGETS.items()
        ]
        result.notes.append("missing: " + "; ".join(missing))
        return result
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {
        (r, s): [] for r in TARGETS for s in ("fake", "Prism")
    }
    served_ok: dict[str, bool] = {r: True for r in TARGETS}  # the fake's counters agree with wrk's
    with tempfile.TemporaryDirectory(prefix="bench-throughput-") as tmp_name:
        tmp = Path(tmp_name)
        scripts = _scripts(tmp)
        with ServerProcess(webhooks=True) as fake, prism(tmp / "prism.log") as (prism_url, prism_pid):
            fake_ok, fake_id = _precheck(fake.base_url)
            prism_ok, prism_note = _precheck(prism_url)
            result.checks["the fake answers POST /media and GET /media/{id} 200 before the runs"] = fake_ok
            result.checks["Prism answers POST /media and GET /media/{id} 200 before the runs"] = prism_ok
            if not (fake_ok and prism_ok):
                result.notes += [
                    n
                    for ok, n in ((fake_ok, f"fake: {fake_id}"), (prism_ok, f"Prism: {prism_note}"))
                    if not ok
                ]
                return result
            urls = {
                ("GET /media/{id}", "fake"): f"{fake.base_url}/media/{fake_id}",
                ("GET /media/{id}", "Prism"): f"{prism_url}/media/{fake_id}",
                ("POST /media", "fake"): f"{fake.base_url}/media",
                ("POST /media", "Prism"): f"{prism_url}/media",
            }
            # Round 0 warms both up (node's JIT, the fake's caches) and is checked but not timed.
            for round_ in range(rounds + 1):
                for request in TARGETS:
                    # ABBA...: the order flips every round, so a drift in the machine's load favours neither.
                    for server in ("fake", "Prism")[:: 1 if round_ % 2 else -1]:
                        before = fake.stats() if server == "fake" else None
                        cpu0 = _cpu_seconds(prism_pid) if before is None else before["cpu_ms"] / 1000
                        one = wrk(scripts[request], urls[(request, server)], seconds if round_ else WARMUP)
                        one["warmup"] = round_ == 0
                        if before is None:
                            one["cpu_s"] = _cpu_seconds(prism_pid) - cpu0
                        else:
                            after = fake.stats()
                            one["cpu_s"] = after["cpu_ms"] / 1000 - cpu0
                            # Counted per request kind: the answers of the previous run still in flight
                            # when it stopped (wrk drops them, up to one per connection) may land now.
                            served = _served(request, after) - _served(request, before)
                            one["served"] = served
                            served_ok[request] &= (
                                one["requests"] <= served <= one["requests"] + CONNECTIONS + 1
                            )
                        runs[(request, server)].append(one)
    _report(result, runs, served_ok)
    result.notes.append(
        f"{_versions()}; the fake: bench._server --webhooks (serve() as `vimmerse fake`, demo key with"
        " 10^12 credits); Prism: `prism mock openapi.yaml -v error`; both up for the whole run, each"
        f" loaded alone; a first round of {WARMUP:g} s each warms both up (checked, not timed); 'best' ="
        " fastest round, the one least disturbed by other load; 'requests' counts the timed rounds;"
        " server CPU = the server process' user + system time (all threads) over wrk's requests, the"
        " target is judged on req/s"
    )
    return result


def _report(
    result: Result, runs: dict[tuple[str, str], list[dict[str, Any]]], served_ok: dict[str, bool]
) -> None:
    timed = {k: [r for r in v if not r["warmup"]] for k, v in runs.items()}
    best = {k: max(r["rate"] for r in v) for k, v in timed.items()}
    med = {k: statistics.median(r["rate"] for r in v) for k, v in timed.items()}
    # The servers' own CPU per request: less disturbed by other load on the machine than req/s.
    cpu = {
        k: statistics.median(r["cpu_s"] / max(r["requests"], 1) * 1e6 for r in v) for k, v in timed.items()
    }
    for request, target in TARGETS.items():
        valid = True
        for server in ("fake", "Prism"):
            key = (request, server)
            rs = runs[key]
            status = sum(r["status"] for r in rs)
            printed = sum(r["non2xx_printed"] for r in rs)
            errors = sum(r["socket_errors"] for r in rs)
            top = max(timed[key], key=lambda r: r["rate"])
            ok = status == 0 and printed == 0 and errors == 0 and all(r["requests"] > 0 for r in rs)
            result.checks[f"{server} {request}: every answer 2xx, no socket error"] = ok
            valid &= ok
            ratio = (
                ("", "")
                if server == "Prism"
                else (best[key] / best[(request, "Prism")], med[key] / med[(request, "Prism")])
            )
            result.rows.append(
                [
                    request,
                    server,
                    best[key],
                    med[key],
                    *ratio,
                    f"{top['p50_us'] / 1000:.1f} / {top['p99_us'] / 1000:.1f}",
                    cpu[key],
                    sum(r["requests"] for r in timed[key]),
                    max(status, printed),
                    errors,
                ]
            )
        counted = "jobs created" if request == "POST /media" else "requests served"
        result.checks[f"fake {request}: {counted} by the fake == wrk's count (+ those in flight)"] = (
            served_ok[request]
        )
        valid &= served_ok[request]
        fake_b, prism_b = best[(request, "fake")], best[(request, "Prism")]
        ratio, ratio_med = fake_b / prism_b, med[(request, "fake")] / med[(request, "Prism")]
        goal = f"fake {request} >= {target:g}x Prism's rate"
        cpu_ratio = cpu[(request, "Prism")] / cpu[(request, "fake")]
        detail = (
            f"{ratio:.2f}x best rounds ({fake_b:,.0f} vs {prism_b:,.0f} req/s), median {ratio_med:.2f}x;"
            f" by server CPU per request {cpu_ratio:.2f}x ({cpu[(request, 'fake')]:,.0f} vs"
            f" {cpu[(request, 'Prism')]:,.0f} µs)"
        )
        if not valid:
            result.targets.append(Target(goal, None, f"not counted: an invariant failed ({detail})"))
        else:
            result.targets.append(Target(goal, ratio >= target, detail))
        result.data[request] = {
            "ratio": ratio,
            "ratio_median": ratio_med,
            "cpu_ratio": cpu_ratio,
            "fake": fake_b,
            "prism": prism_b,
        }
