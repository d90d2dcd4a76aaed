"""Contract-suite speed: schemathesis cases per second against the fake, in process and over HTTP,
and over HTTP against the baseline fake (commit ``BASELINE``) side by side.

A small fixed run through schemathesis' Python API with the repo's ``schemathesis.toml``
(the same configuration tests/schemathesis uses): for every operation of openapi.yaml,
``max_examples`` generated cases (positive and negative), each sent and validated with
``case.call_and_validate()`` (all configured checks). Before each call the fake's manual
clock jumps an hour, so jobs made by earlier cases are finished. The fake answers in the
declared types (``wire="document"``), as tests/schemathesis runs it. Check failures are counted,
not raised (tests/schemathesis judges correctness), and an invariant requires none.

The goal "3x the cases per second of today" is measured as a ratio in one run: the fake and
openapi.yaml of ``BASELINE`` (main's head when the goal was set) are extracted with ``git
archive`` and served by ``bench._server`` in a subprocess with that copy first on PYTHONPATH;
this tree's fake is served the same way, and the same run (same seed, same cases) goes to each
in interleaved rounds. Without the commit (a shallow clone) the ratio is not measured.

Each served fake is measured twice per round: by one client process (the goal as set), and with
the operations split over ``SPLIT`` client processes (``_contract_split``; a parallel test loop's
view, where the client's own CPU is shared out and the server's is not). Both ratios are reported,
each against the baseline measured the same way in the same round.
"""

from __future__ import annotations

import io
import statistics
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import hypothesis
import schemathesis
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi import checks
from schemathesis.transport.requests import ManagedCookiesSession

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse, serve

from . import _contract_split
from ._common import Result, Target
from ._server import ServerProcess

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "4aeff1b"
TARGET = 3.0  # this tree's fake / the baseline's, cases per second over HTTP
OPERATIONS = 54
SPLIT = 2  # client processes of the split rows (the machine the goal was set on has 2 cores)


def _schema(app: Any = None) -> Any:
    config = schemathesis.Config.from_path(ROOT / "schemathesis.toml")
    config.projects.get_default().seed = 20240601
    schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml", config=config)
    schema.app = app
    return schema


def _config(redirect_downloads: bool) -> FakeConfig:
    # Answers in their declared types, as tests/schemathesis runs the fake: schemathesis judges
    # answers by openapi.yaml as written (the service's wire forms are tests/fake/test_wire.py's).
    return FakeConfig(
        api_keys={DEMO_API_KEY: 10**12},
        manual_clock=True,
        redirect_downloads=redirect_downloads,
        wire="document",
    )


def _auth_probed_once_per_operation() -> Any:
    """schemathesis' ``ignored_auth`` as its own runner (``st run``) runs it: an operation whose
    answers are 2xx gets its probes (the request again without credentials, then with invalid
    ones) until it has once been shown to refuse them; then that is known for the rest of the run.
    ``call_and_validate`` alone starts every case with nothing known, so it probes every 2xx case
    again: 450 probe requests beside 540 cases at 10 examples, 68 with the run's memory. The check
    itself and its verdicts are schemathesis'; only the run's memory is supplied: an operation
    that never refuses them is probed, and fails, on every 2xx case as before."""
    enforced: set[str] = set()

    def ignored_auth(ctx: Any, response: Any, case: Any) -> bool | None:
        if not ctx.config.get_by_name(name="ignored_auth").enabled:
            return True
        ctx.auth_enforced_operations = enforced
        return checks.ignored_auth(ctx, response, case)

    return ignored_auth


def _drive(
    schema: Any,
    advance: Callable[[float], None],
    call_kwargs: dict[str, Any],
    max_examples: int,
    part: tuple[int, int] = (0, 1),
) -> dict[str, Any]:
    """Run every operation's fuzzing cases (or, with ``part=(i, n)``, every n-th from the i-th)."""
    counts: dict[str, Any] = {"cases": 0, "failed": 0, "operations": 0, "errors": 0}
    settings = hypothesis.settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    kwargs = dict(call_kwargs)
    if "base_url" in kwargs:
        # One keep-alive connection per run, response cookies dropped after every call: the
        # session schemathesis' own runner (`st run`) sends a run's cases on. Without one, every
        # case opens, and the server accepts, a new TCP connection (a check's probes still do).
        kwargs["session"] = ManagedCookiesSession()
    kwargs["excluded_checks"] = [checks.ignored_auth]
    kwargs["additional_checks"] = [_auth_probed_once_per_operation()]
    t0, cpu0 = time.perf_counter(), time.process_time()
    for index, found in enumerate(schema.get_all_operations()):
        if index % part[1] != part[0]:
            continue
        operation = found.ok()
        counts["operations"] += 1

        @settings
        @hypothesis.given(case=operation.as_strategy())
        def send(case: Any) -> None:
            counts["cases"] += 1
            advance(3600.0)
            try:
                case.call_and_validate(**kwargs)
            except FailureGroup:
                counts["failed"] += 1

        try:
            send()
        except Exception:  # a generation error in one operation must not stop the measurement
            counts["errors"] += 1
    counts["seconds"] = time.perf_counter() - t0
    counts["client_cpu"] = time.process_time() - cpu0
    if "session" in kwargs:
        kwargs["session"].close()
    return counts


def _extract_baseline(dest: Path) -> str | None:
    """``BASELINE``'s fake/ and openapi.yaml under ``dest``; or why they cannot be had."""
    try:
        found = subprocess.run(
            ["git", "-C", str(ROOT), "cat-file", "-e", f"{BASELINE}^{{commit}}"], capture_output=True
        )
    except OSError as exc:
        return f"git cannot run ({exc})"
    if found.returncode != 0:
        return f"commit {BASELINE} is not in this clone (a shallow clone?)"
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", BASELINE, "fake", "openapi.yaml"],
        capture_output=True,
        check=True,
    )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return None


def _served(pythonpath: str | None, max_examples: int) -> dict[str, Any]:
    """One run against the fake served by ``bench._server`` (manual clock) in a subprocess."""
    with ServerProcess(pythonpath=pythonpath, manual_clock=True, wire="document") as server:
        cpu_ms = server.stats()["cpu_ms"]
        counts = _drive(_schema(), server.advance, {"base_url": server.base_url}, max_examples)
        counts["server_cpu"] = (server.stats()["cpu_ms"] - cpu_ms) / 1000
        counts["module"] = server.module
    return counts


def _row(name: str, runs: list[dict[str, Any]]) -> list[Any]:
    rates = [c["cases"] / c["seconds"] for c in runs]
    top = runs[rates.index(max(rates))]
    failed = "/".join(sorted({str(c["failed"]) for c in runs}))
    return [
        name,
        top["operations"],
        top["cases"],
        top["seconds"],
        max(rates),
        statistics.median(rates),
        f"{top['server_cpu']:.1f}" if "server_cpu" in top else "",
        # In process, the fake's work is the client's too: only a served fake's is apart.
        f"{top['client_cpu']:.1f}" if "server_cpu" in top else "",
        failed,
    ]


def _served_runs(path: str | None, max_examples: int, split: int) -> dict[str, dict[str, Any]]:
    runs = {"single": _served(path, max_examples)}
    if split > 1:
        runs["split"] = _contract_split.served_split(path, max_examples, split)
    return runs


def _ratio(served: dict[str, list[dict[str, Any]]]) -> tuple[float, str]:
    """This fake's cases/s over the baseline's (best rounds), and what else was measured."""
    best = {k: max(c["cases"] / c["seconds"] for c in v) for k, v in served.items()}
    med = {k: statistics.median(c["cases"] / c["seconds"] for c in v) for k, v in served.items()}
    ratio, ratio_med = best["current"] / best["baseline"], med["current"] / med["baseline"]
    # Less disturbed by other load than the wall time: how much cheaper the fake itself became,
    # and the whole run's CPU (client and server) per case.
    cpu = {k: statistics.median(c["server_cpu"] for c in v) for k, v in served.items()}
    both = {k: statistics.median(c["server_cpu"] + c["client_cpu"] for c in v) for k, v in served.items()}
    cheaper = cpu["baseline"] / max(cpu["current"], 1e-3)
    return ratio, (
        f"{ratio:.2f}x best rounds ({best['current']:.1f} vs {best['baseline']:.1f} cases/s),"
        f" median {ratio_med:.2f}x; the server's own CPU (median) {cpu['baseline']:.1f} s at"
        f" {BASELINE}, {cpu['current']:.1f} s now ({cheaper:.2f}x less); client and server CPU"
        f" together {both['baseline']:.1f} s vs {both['current']:.1f} s"
        f" ({both['baseline'] / max(both['current'], 1e-3):.2f}x)"
    )


def run(max_examples: int = 10, rounds: int = 2, split: int = SPLIT) -> Result:
    in_process = FakeVimmerse(_config(redirect_downloads=False))
    asgi = _drive(_schema(app=in_process.app), in_process.clock.advance, {}, max_examples)
    in_process.close()
    with serve(config=_config(redirect_downloads=True), webhooks=False) as running:
        http = _drive(_schema(), running.fake.clock.advance, {"base_url": running.base_url}, max_examples)
    running.fake.close()
    variants = ("single", "split") if split > 1 else ("single",)
    served: dict[str, dict[str, list[dict[str, Any]]]] = {
        v: {"baseline": [], "current": []} for v in variants
    }
    with tempfile.TemporaryDirectory(prefix="bench-baseline-") as tmp:
        missing = _extract_baseline(Path(tmp))
        paths = {"baseline": str(Path(tmp) / "fake"), "current": None}
        # ABBA...: the order flips every round, so a drift in the machine's load favours neither.
        for i in range(rounds):
            for which in ("baseline", "current")[:: 1 if i % 2 == 0 else -1]:
                if which == "current" or missing is None:
                    for variant, counts in _served_runs(paths[which], max_examples, split).items():
                        served[variant][which].append(counts)
        runs = [c for v in served.values() for which in v.values() for c in which]
        modules_ok = all(c["module"].startswith(tmp) for v in served.values() for c in v["baseline"]) and all(
            c["module"].startswith(str(ROOT / "fake")) for v in served.values() for c in v["current"]
        )
    result = Result(
        "5. Contract suite (schemathesis cases/s against the fake)",
        [
            "target",
            "operations",
            "cases",
            "seconds",
            "cases/s",
            "median cases/s",
            "server CPU s",
            "client CPU s",
            "cases failing a check",
        ],
    )
    for name, c in (("in process (ASGI)", asgi), ("HTTP (uvicorn in a thread, loopback)", http)):
        result.rows.append(_row(name, [c]))
    labels = {"single": "in a subprocess", "split": f"in a subprocess, {split} client processes"}
    for variant in variants:
        if missing is None:
            name = f"HTTP, baseline fake {BASELINE} {labels[variant]}"
            result.rows.append(_row(name, served[variant]["baseline"]))
        result.rows.append(_row(f"HTTP, this fake {labels[variant]}", served[variant]["current"]))
    every = [asgi, http, *runs]
    result.checks = {
        "every operation ran cases on every target": all(
            c["operations"] == OPERATIONS and c["errors"] == 0 for c in every
        ),
        "cases were sent": all(c["cases"] > 0 for c in every),
        "the baseline and this fake got the same cases": len({c["cases"] for c in runs}) == 1,
        "no case failed a check, on any target": all(c["failed"] == 0 for c in every),
        "each subprocess served the fake it was meant to (module path)": modules_ok,
    }
    goal = f"schemathesis over HTTP >= {TARGET:g}x the cases/s of the fake at {BASELINE}"
    goals = {
        "single": f"{goal}, one client process",
        "split": f"{goal}, operations split over {split} client processes (the baseline's too)",
    }
    for variant in variants:
        if missing is not None:
            result.targets.append(Target(goals[variant], None, f"not measured: {missing}"))
            continue
        ratio, detail = _ratio(served[variant])
        result.targets.append(Target(goals[variant], ratio >= TARGET, detail))
        result.data["ratio" if variant == "single" else f"ratio_{variant}"] = ratio
    if missing is None:
        # What a fake that cost nothing would reach: the time left is schemathesis' own.
        top = max(served["single"]["baseline"], key=lambda c: c["cases"] / c["seconds"])
        ceiling = top["seconds"] / max(top["seconds"] - top["server_cpu"], 1e-9)
        result.notes.append(
            f"in the baseline's best round its server used {top['server_cpu']:.1f} s of CPU in"
            f" {top['seconds']:.1f} s: a fake answering in no time would make the run about {ceiling:.1f}x"
            " faster, no more, unless the client's side (generation, checks) gets faster too; this fake"
            f" reaches {result.data['ratio']:.2f}x of that {ceiling:.1f}x"
        )
        result.data["ceiling"] = ceiling
    result.notes.append(
        f"fuzzing only, up to {max_examples} examples per operation, derandomized;"
        " time includes generation, the call and all checks"
    )
    baseline = "" if missing is not None else " (baseline, this fake, this fake, baseline, ...)"
    result.notes.append(
        f"the subprocess rows: {rounds} interleaved round(s){baseline}, 'cases/s' = best round, each"
        " case's clock jump one line to the server's stdin; server CPU = the server process' CPU time in"
        " the best round (the rest of the time is schemathesis' generation and checks)"
        + (
            ""
            if missing is not None
            else f"; the baseline is {BASELINE}'s fake/ and openapi.yaml (git archive) first on PYTHONPATH"
        )
    )
    if split > 1:
        result.notes.append(
            f"'{split} client processes': the operations dealt round-robin to {split} worker processes"
            " (bench/_contract_split.py), each running its share exactly as the single-process run does,"
            " against one server; time from their common start to the last one's end; client CPU summed"
        )
    result.data.update({"asgi": asgi, "http": http, "served": served["single"]})
    if split > 1:
        result.data["split"] = served["split"]
    return result
