"""One generated client's end to end run through ``vimmerse proxy``: a team's own traffic, checked.

The first compiled target of ``PREFERRED`` runs its create -> poll -> download script (with its
wire adapter) against ``vimmerse proxy --upstream <fake>``, as a team would put the validating
proxy in front of the service for its own client. The proxy's report must hold the script's
exchanges (create, status, download) and no finding; the key must be in no file of it.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from typing import Any

from endtoend import Fake, run_e2e
from report import Result
from targets import OUT, ROOT

PREFERRED = ("oag-go", "oag-typescript-fetch", "openapi-typescript", "hey-api", "oag-java", "oag-python")
EXPECTED = {"createMedia", "getMediaProcessingStatus", "downloadMedia"}


class Through:
    """The fake as the script sees it: its API origin replaced by the proxy's."""

    def __init__(self, fake: Fake, url: str) -> None:
        self.fake, self.api, self.key = fake, url, fake.key

    def stats(self) -> dict[str, Any]:
        return self.fake.stats()


def run_proxied(results: dict[str, Result], fake: Fake) -> bool:
    compiled = {name: r for name, r in results.items() if r.compiled}
    name = next((n for n in PREFERRED if n in compiled), None)
    if name is None:
        print("== through vimmerse proxy: no compiled target, skipped")
        return True
    report_dir = OUT / "proxy-report"
    cmd = [sys.executable, "-m", "vimmerse", "proxy", "--upstream", fake.api, "--port", "0"]
    proxy = subprocess.Popen(
        [*cmd, "--report", str(report_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    assert proxy.stdout is not None
    url = re.search(r"on (http://\S+) ->", proxy.stdout.readline())
    run = run_e2e(compiled[name].target, Through(fake, url.group(1)), adapter=True) if url else None  # type: ignore[arg-type]
    proxy.send_signal(signal.SIGTERM)
    out, err = proxy.communicate(timeout=60)
    problems = []
    if run is None or not run.ok:
        problems.append(f"the script failed: {run.summary if run else err.strip()[-300:]}")
    report = (
        json.loads((report_dir / "report.json").read_text()) if (report_dir / "report.json").exists() else {}
    )
    seen = {o["operation"] for o in report.get("operations", [])}
    if not seen >= EXPECTED:
        problems.append(f"exchanges missing from the report: {sorted(EXPECTED - seen)}")
    problems += [
        f"finding: {f['kind']} {f['operation']} {f['field']}: {f['detail']}"
        for f in report.get("findings", [])
    ]
    if any(fake.key.encode() in p.read_bytes() for p in report_dir.iterdir() if p.is_file()):
        problems.append("the API key is in the report")
    summary = report.get("summary", {})
    print(
        f"== through vimmerse proxy: {name}: {'ok' if not problems else 'FAILED'} — "
        f"{summary.get('exchanges', 0)} exchanges, {len(seen)} operations,"
        f" {summary.get('findings', '?')} findings,"
        f" {summary.get('wire_forms_declared', 0)} declared wire forms ({report_dir.relative_to(ROOT)})"
    )
    for problem in problems:
        print(f"   {problem}")
    if problems:
        print(out[-2000:])
    return not problems
