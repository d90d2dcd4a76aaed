"""Atlassian's openapi-diff (npm, pinned in package.json), run on two documents.

Its verdicts are kept as it gives them: an answer body that accepts more values
(`response.body.scope.add`), a request body that accepts fewer (`request.body.scope.remove`),
a removed operation, status code or required header break old clients; the opposite moves do
not. `Finding.side` and `Finding.direction` place a verdict so that `gate.py` can give it to the
fields `shape.py` names there.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import shape

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "node_modules" / ".bin" / "openapi-diff"
SHARED_AJV = Path(__file__).resolve().with_name("shared_ajv.js")


@dataclass(frozen=True)
class Finding:
    code: str  # the engine's, e.g. "response.body.scope.add"
    breaking: bool | None  # None: the engine leaves it unclassified
    operation: str  # operationId ("" when the finding is about a whole path)
    side: str  # "request", "answer <status>", "operation" or "" (not about an operation)
    direction: str  # "wider" (accepts more), "narrower" (accepts fewer), "" otherwise
    location: str


class EngineError(RuntimeError):
    pass


def _place(doc: dict[str, Any], location: str) -> tuple[str, str]:
    """(operationId, side) of an engine location such as `paths./media.post.responses.200.content...`."""
    if not location.startswith("paths."):
        return "", ""
    rest = location[len("paths.") :]
    matches = [p for p in (doc.get("paths") or {}) if rest == p or rest.startswith(p + ".")]
    if not matches:
        return "", ""
    path = max(matches, key=len)
    parts = rest[len(path) + 1 :].split(".")
    method = parts[0] if parts and parts[0] in shape.METHODS else ""
    op = (doc["paths"][path].get(method) or {}) if method else {}
    op_id = op.get("operationId") or (f"{method.upper()} {path}" if method else path)
    if len(parts) >= 3 and parts[1] == "responses":
        return op_id, f"answer {parts[2]}"
    if len(parts) >= 2 and parts[1] == "requestBody":
        return op_id, "request"
    return op_id, "operation"


def _findings(base: dict[str, Any], head: dict[str, Any], report: dict[str, Any]) -> list[Finding]:
    out = []
    for group, breaking in (
        ("breakingDifferences", True),
        ("nonBreakingDifferences", False),
        ("unclassifiedDifferences", None),
    ):
        for entry in report.get(group) or []:
            details = entry.get("sourceSpecEntityDetails") or entry.get("destinationSpecEntityDetails") or []
            location = details[0]["location"] if details else ""
            op_id, side = _place(head if entry.get("action") == "add" else base, location)
            code = str(entry.get("code", ""))
            direction = ""
            if code.endswith("body.scope.add"):
                direction = "wider"
            elif code.endswith("body.scope.remove"):
                direction = "narrower"
            out.append(Finding(code, breaking, op_id, side, direction, location))
    return out


def _run_one(base_file: Path, head_file: Path) -> dict[str, Any]:
    # To a file, not a pipe: the engine exits before node flushes a piped stdout past 64 KiB.
    out_file = head_file.with_suffix(".out")
    # Without the trap handler V8 reserves no guard space for WebAssembly, which the engine's HTTP
    # library instantiates: under a virtual-memory limit (the test suite's `ulimit -v`) it would
    # otherwise fail to start. SHARED_AJV halves the engine's CPU time (see the file).
    options = f'--disable-wasm-trap-handler --require "{SHARED_AJV}"'
    env = {**os.environ, "NODE_OPTIONS": f"{os.environ.get('NODE_OPTIONS', '')} {options}"}
    with out_file.open("w") as out:
        proc = subprocess.run(
            [str(ENGINE), str(base_file), str(head_file)],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            env=env,
        )
    text = out_file.read_text()
    # 0: no breaking change; 1 with a report: breaking ones. Anything else is the engine failing,
    # which must never read as "no change".
    if not (proc.returncode == 0 or (proc.returncode == 1 and text.startswith("Breaking changes found"))):
        raise EngineError(
            f"openapi-diff failed ({proc.returncode}): {proc.stderr.strip()[-2000:] or text[:500]}"
        )
    if "{" not in text:  # "No changes found between the two specifications"
        return {}
    report: dict[str, Any] = json.loads(text[text.index("{") :])
    return report


def diff_many(base: dict[str, Any], heads: list[dict[str, Any]]) -> list[list[Finding]]:
    """The engine's findings between `base` and each of `heads` (two at a time: a run takes ~15 s)."""
    if not ENGINE.exists():
        raise EngineError(f"{ENGINE} is missing: run `make node`")
    with tempfile.TemporaryDirectory(prefix="apidiff-") as tmp:
        base_file = Path(tmp) / "base.json"
        base_file.write_text(json.dumps(shape.engine_view(base)))
        head_files = []
        for i, head in enumerate(heads):
            head_files.append(Path(tmp) / f"head-{i}.json")
            head_files[-1].write_text(json.dumps(shape.engine_view(head)))
        with ThreadPoolExecutor(max_workers=2) as pool:
            reports = list(pool.map(lambda f: _run_one(base_file, f), head_files))
    return [_findings(base, head, report) for head, report in zip(heads, reports, strict=True)]
