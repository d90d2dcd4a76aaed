"""Each benchmark of ``python -m bench`` at tiny sizes: the code runs and its invariants hold.

Why: a benchmark that silently stopped measuring the right thing (jobs failing, duplicate
jobs, truncated downloads, requests not reaching the transport) would report nonsense
figures. No timing is asserted -- the figures depend on the machine.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # `bench` is a top-level folder of the repo, not an installed package

from bench import contract, download, fanout, imports, overhead, throughput, waiting  # noqa: E402
from bench._common import Result  # noqa: E402
from bench._server import ServerProcess  # noqa: E402


def assert_invariants(result: Result) -> None:
    failed = [name for name, ok in result.checks.items() if not ok]
    assert result.checks and not failed, result.text()


def test_overhead_smoke() -> None:
    result = overhead.run(iterations=200, rounds=2)
    assert_invariants(result)
    assert {"media", "story"} <= set(result.data)


def test_imports_smoke() -> None:
    result = imports.run(rounds=2)
    assert_invariants(result)
    assert set(result.data["best"]) == set(imports.MODULES) >= {"vimmerse", "httpx", "(interpreter only)"}


def test_waiting_smoke() -> None:
    result = waiting.run(runs=3)
    assert_invariants(result)
    # The seeds' loop sends one request per 30 s: a 30-minute job costs it >= 55 requests.
    assert result.data["seeds-1800"]["requests_max"] >= 55
    assert len(result.rows) == 9


def test_fanout_smoke() -> None:
    # 20 jobs against 10 req/s: the creates alone exceed the burst, so 429s must occur and be absorbed.
    result = fanout.run(jobs=20, rate=10.0)
    assert_invariants(result)
    assert result.data["429"] > 0, result.text()


def test_download_smoke(tmp_path: Path) -> None:
    # One round: every client to both places once (the balanced order has tests of its own).
    result = download.run(size=8 * 1024 * 1024, rounds=1)
    assert_invariants(result)
    assert {"SDK download, sync", "SDK download, async"} <= set(result.data)
    assert "seeds requests.get().content" in result.data


@pytest.mark.filterwarnings("ignore")
def test_contract_smoke() -> None:
    result = contract.run(max_examples=1, rounds=1)
    assert_invariants(result)
    # With the baseline commit in the clone the ratio is measured; in a shallow clone the target says why not.
    have_baseline = (
        subprocess.run(
            ["git", "-C", str(ROOT), "cat-file", "-e", f"{contract.BASELINE}^{{commit}}"]
        ).returncode
        == 0
    )
    # One target for the single-process run, one for the run split over client processes.
    assert len(result.targets) == 2, result.text()
    for target in result.targets:
        if have_baseline:
            assert target.met is not None, result.text()
        else:
            assert target.met is None and contract.BASELINE in target.detail, result.text()
    if have_baseline:
        assert result.data["ratio"] > 0 and result.data["ratio_split"] > 0, result.text()
        for runs in (result.data["served"], result.data["split"]):
            assert len(runs["baseline"]) == len(runs["current"]) == 1
            # The split run sent every operation's cases, spread over the worker processes.
            assert all(c["operations"] == contract.OPERATIONS for c in runs["current"]), result.text()


def test_throughput_smoke() -> None:
    if shutil.which("wrk") is None:
        pytest.skip("no wrk: `make bench` installs Debian's wrk package (as root)")
    result = throughput.run(seconds=1.0, rounds=1)
    assert_invariants(result)
    # Both requests measured on both servers, each with answers counted (the invariants say all 2xx).
    assert set(result.data) == {"GET /media/{id}", "POST /media"}
    assert all(d["fake"] > 0 and d["prism"] > 0 for d in result.data.values()), result.text()
    assert [t.met is not None for t in result.targets] == [True, True], result.text()


def test_contract_baseline_missing_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A clone without the baseline commit (shallow) gets a reason for the row, not a crash.
    monkeypatch.setattr(contract, "BASELINE", "0" * 40)
    reason = contract._extract_baseline(tmp_path)
    assert reason is not None and "0" * 40 in reason and "not in this clone" in reason
    assert not any(tmp_path.iterdir())


def test_throughput_counts_refused_answers_not_as_speed(tmp_path: Path) -> None:
    # A POST the fake refuses (401: unknown key) is fast; the run must show it as non-2xx answers.
    if shutil.which("wrk") is None:
        pytest.skip("no wrk: `make bench` installs Debian's wrk package (as root)")
    script = tmp_path / "refused.lua"
    body = throughput.MULTIPART.format(prompt="refused")
    script.write_text(throughput.LUA.format(method="POST", key="not-a-key", body=body))
    with ServerProcess(webhooks=True) as fake:
        run = throughput.wrk(script, f"{fake.base_url}/media", 1.0)
        assert fake.stats()["jobs_created"] == 0
    assert run["requests"] > 0 and run["status"] == run["non2xx_printed"] == run["requests"], run
