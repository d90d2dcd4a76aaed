"""The standalone schemathesis run (`st run`, the CLI) against the fake served on loopback (`-m slow`).

Why: `schemathesis.toml` is also the configuration of manual / CI runs of the CLI against anything
that speaks the API, and the CLI is a different runner from the pytest plugin (its own phase
scheduling, stateful engine and per-operation check selection). This runs it as documented in the
file's header, bigger: every phase, every check (as the file enables them, with its per-operation
exceptions), `--max-examples 150` (the stateful budget: fuzzing keeps the file's per-phase 25 per
operation, which the flag does not override), one worker (schemathesis 4.x on Python 3.11 crashes
in the coverage phase with more), and asserts that it finds nothing.

The fake runs as users get it, writing answers as the service does (``"1"``, ``"No"``, ``""`` where
openapi.yaml's ``x-vimmerse-wire`` says so), and the CLI reads the document as the service writes
it (``vimmerse_fake.wire.as_written``: those fields also accept their declared forms, nothing else
changes). It runs in this process on free loopback ports, without webhook delivery (generated
`webhook_url`s are never contacted) and on a fast clock (the CLI cannot advance a manual one), with
more credits than the run can spend. `VIMMERSE_ST_SEED` replays a seed; the seed and the number of
cases are printed in the session summary.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from vimmerse_fake import DEMO_API_KEY, FakeConfig, serve
from vimmerse_fake.wire import as_written

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "schemathesis.toml"
SEED = int(os.environ.get("VIMMERSE_ST_SEED", random.randrange(2**32)))
MAX_EXAMPLES = 150
PHASES = ("examples", "coverage", "fuzzing", "stateful")
# Simulated seconds per real second: every job the fake simulates is over within milliseconds.
SPEED = 100_000.0
UNLIMITED_CREDITS = 10**12
# The run takes a few minutes on 2 cores; this only stops a hung one.
TIMEOUT_SECONDS = 20 * 60


def st_command(base_url: str, report: Path, spec: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(CONFIG),
        "run",
        str(spec),
        "--url",
        base_url,
        "--phases",
        ",".join(PHASES),
        "--max-examples",
        str(MAX_EXAMPLES),
        "--workers",
        "1",
        "--seed",
        str(SEED),
        # No `--checks`: checks named on the command line replace the file's per-operation exceptions.
        # A new connection per request: the served fake answers a kept-alive connection ~40 ms late
        # (its listening sockets lack TCP_NODELAY, so a response's second segment waits for the
        # client's delayed ACK), which would double the run's time. Nothing checked depends on it.
        "-H",
        "Connection: close",
        "--no-color",
        "--report",
        "json",
        "--report-json-path",
        str(report),
    ]


@pytest.mark.slow
def test_st_run_against_served_fake(tmp_path: Path, st_tally: Any) -> None:
    config = FakeConfig(api_keys={DEMO_API_KEY: UNLIMITED_CREDITS}, speed=SPEED, redirect_downloads=True)
    report = tmp_path / "st-report.json"
    spec = tmp_path / "openapi-as-written.yaml"
    spec.write_text(
        yaml.safe_dump(as_written(yaml.safe_load(SPEC.read_text(encoding="utf-8"))), sort_keys=False)
    )
    with serve(host="127.0.0.1", port=0, cdn_port=0, config=config, webhooks=False) as running:
        started = time.monotonic()
        # From the repo root: schemathesis.toml names its hook module relative to it.
        result = subprocess.run(
            st_command(running.base_url, report, spec),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
        elapsed = time.monotonic() - started
        assert running.fake.webhook_deliveries == []
    output = result.stdout[-20_000:] + result.stderr[-5_000:]
    assert report.exists(), f"st run wrote no report (exit {result.returncode}):\n{output}"
    summary = json.loads(report.read_text(encoding="utf-8"))
    cases = summary["test_cases"]
    st_tally.notes.append(
        f"st run (CLI), seed {SEED}: {cases['generated']} cases, {len(summary['failures'])} failing checks, "
        f"{len(summary['errors'])} errors, {elapsed:.0f} s"
    )
    assert summary["failures"] == [], output
    assert summary["errors"] == [], output
    assert result.returncode == 0, output
    assert summary["operations"]["tested"] == summary["operations"]["total"] == 54, summary["operations"]
    not_run = {name: phase for name, phase in summary["phases"].items() if phase["status"] != "success"}
    assert not not_run, f"phases that did not run to success: {not_run}"
