"""Contract-suite speed: schemathesis cases per second against the fake, in process and over HTTP.

A small fixed run through schemathesis' Python API with the repo's ``schemathesis.toml``
(the same configuration tests/schemathesis uses): for every operation of openapi.yaml,
``max_examples`` generated cases (positive and negative), each sent and validated with
``case.call_and_validate()`` (all configured checks). Before each call the fake's manual
clock jumps an hour, so jobs made by earlier cases are finished. Check failures are counted,
not raised (this measures speed; tests/schemathesis judges correctness).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import hypothesis
import schemathesis
from schemathesis.core.failures import FailureGroup

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse, serve

from ._common import Result

ROOT = Path(__file__).resolve().parents[1]


def _schema(app: Any = None) -> Any:
    config = schemathesis.Config.from_path(ROOT / "schemathesis.toml")
    config.projects.get_default().seed = 20240601
    schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml", config=config)
    schema.app = app
    return schema


def _config(redirect_downloads: bool) -> FakeConfig:
    return FakeConfig(
        api_keys={DEMO_API_KEY: 10**12}, manual_clock=True, redirect_downloads=redirect_downloads
    )


def _drive(schema: Any, fake: FakeVimmerse, call_kwargs: dict[str, Any], max_examples: int) -> dict[str, Any]:
    counts = {"cases": 0, "failed": 0, "operations": 0, "errors": 0}
    settings = hypothesis.settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    t0 = time.perf_counter()
    for found in schema.get_all_operations():
        operation = found.ok()
        counts["operations"] += 1

        @settings
        @hypothesis.given(case=operation.as_strategy())
        def send(case: Any) -> None:
            counts["cases"] += 1
            fake.clock.advance(3600.0)
            try:
                case.call_and_validate(**call_kwargs)
            except FailureGroup:
                counts["failed"] += 1

        try:
            send()
        except Exception:  # a generation error in one operation must not stop the measurement
            counts["errors"] += 1
    counts["seconds"] = time.perf_counter() - t0
    return counts


def run(max_examples: int = 10) -> Result:
    in_process = FakeVimmerse(_config(redirect_downloads=False))
    asgi = _drive(_schema(app=in_process.app), in_process, {}, max_examples)
    in_process.close()
    with serve(config=_config(redirect_downloads=True), webhooks=False) as running:
        http = _drive(_schema(), running.fake, {"base_url": running.base_url}, max_examples)
    running.fake.close()
    result = Result(
        "5. Contract suite (schemathesis cases/s against the fake)",
        ["target", "operations", "cases", "seconds", "cases/s", "cases failing a check"],
    )
    for name, c in (("in process (ASGI)", asgi), ("HTTP (uvicorn, loopback)", http)):
        result.rows.append(
            [name, c["operations"], c["cases"], c["seconds"], c["cases"] / c["seconds"], c["failed"]]
        )
    result.checks = {
        "every operation ran cases on both targets": asgi["operations"] == http["operations"] == 54
        and asgi["errors"] == http["errors"] == 0,
        "cases were sent": asgi["cases"] > 0 and http["cases"] > 0,
    }
    result.notes.append(
        f"fuzzing only, up to {max_examples} examples per operation, derandomized;"
        " time includes generation, the call and all checks"
    )
    result.data = {"asgi": asgi, "http": http}
    return result
