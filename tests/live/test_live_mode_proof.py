"""Proof, in the normal run, that the live contract mode works: not marked ``live``.

* The live suite runs in a subprocess (as ``make contract-live ARGS=--allow-spend`` does)
  against the fake served over loopback, with ``VIMMERSE_BASE_URL``/``VIMMERSE_API_KEY``
  pointing at it, and must pass with a non-zero number of tests -- and the fake must have
  created exactly one job (the paid one; the 422 case created none). Every exchange went through
  the validating proxy: the report names the operations, and has no findings.
* Without a key the runner prints the notice and exits 0 without running anything.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from vimmerse import PollPolicy, Vimmerse
from vimmerse_fake import DEMO_API_KEY, FakeConfig, serve

RUNNER = Path(__file__).with_name("run_live.py")
ROOT = Path(__file__).resolve().parents[2]


def run_runner(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VIMMERSE_")}
    return subprocess.run(
        [sys.executable, str(RUNNER), *args],
        env={**clean, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_live_suite_passes_against_the_fake_over_http(tmp_path: Path) -> None:
    # Fast clock: the 1-second video's 12 simulated seconds take 0.06 s.
    config = FakeConfig(api_keys={DEMO_API_KEY: 10_000}, speed=200.0)
    with serve(host="127.0.0.1", config=config, webhooks=False) as running:
        poll = PollPolicy(min_interval=0.05, initial_interval=0.05, timeout=60)
        with Vimmerse(DEMO_API_KEY, running.base_url, poll=poll) as client:
            media = client.media.create(prompt="a kite over the dunes", duration=1, wait=True)
            story = client.story.idea_to_video(idea="a kite's long journey", scene_count=2)
            assert isinstance(media.id, str) and isinstance(story.id, str)
        before = running.fake.jobs_created()
        proc = run_runner(
            {
                "VIMMERSE_BASE_URL": running.base_url,
                "VIMMERSE_API_KEY": DEMO_API_KEY,
                "VIMMERSE_MEDIA_ID": media.id,
                "VIMMERSE_STORY_ID": story.id,
                "VIMMERSE_WAIT_TIMEOUT": "120",
            },
            "--allow-spend",
            "--report",
            str(tmp_path / "report"),
            "-q",
        )
        created = running.fake.jobs_created() - before
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    summary = re.search(r"(\d+) passed", output)
    assert summary and int(summary.group(1)) >= 10, output
    assert not re.search(r"\d+ (failed|skipped|error)", output), output
    assert created == 1, f"the live suite created {created} jobs on the fake, expected exactly the paid one"
    report = json.loads((tmp_path / "report" / "report.json").read_text())
    assert report["summary"]["findings"] == 0, report["findings"]
    operations = {o["operation"]: o["statuses"] for o in report["operations"]}
    assert {"getMedia", "getMediaProcessingStatus", "getStory", "createMedia", "downloadMedia"} <= set(
        operations
    )
    assert operations["createMedia"].keys() == {"200", "422"}
    assert DEMO_API_KEY not in (tmp_path / "report" / "exchanges.har").read_text()


def test_without_a_key_nothing_runs_and_exit_is_zero() -> None:
    proc = run_runner({}, "--allow-spend")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "no VIMMERSE_API_KEY: nothing was tested against a live service" in proc.stdout
    assert "passed" not in proc.stdout and "live contract tests against" not in proc.stdout
