"""A release's section of CHANGELOG.md: towncrier (pinned in pyproject's dev extra) renders it.

The API part is made from the gate's findings, one `api` fragment a change, written into the
fragment directory just before towncrier runs and removed after, so that both parts share one
template and one section. What towncrier cannot know is only that list of changes.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from . import gate

TOWNCRIER = Path(sys.executable).with_name("towncrier")


def api_lines(verdict: gate.Verdict) -> list[str]:
    """The API part: one line a change, saying whom it breaks (CHANGELOG.md's head names them)."""
    if not verdict.changes:
        return [f"openapi.yaml {verdict.head_version}: no change to operations, fields or enum values."]
    ordered = sorted(verdict.changes, key=lambda c: (not c.breaks, c.side, c.where, c.kind, c.detail))
    return [c.line() for c in ordered]


@contextlib.contextmanager
def _api_fragments(fragments: Path, lines: list[str]) -> Iterator[None]:
    fragments.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for i, line in enumerate(lines):
            # "+": towncrier's orphan prefix (no issue number); the number keeps the order.
            written.append(fragments / f"+api-{i:04d}.api.md")
            written[-1].write_text(line + "\n", encoding="utf-8")
        yield
    finally:
        for path in written:
            path.unlink(missing_ok=True)


def build(verdict: gate.Verdict, version: str, project: Path, fragments: Path, *, draft: bool) -> str:
    """Render (draft) or write into CHANGELOG.md the section of `version` (the package's)."""
    title = f"{version}, API {verdict.head_version}"
    with _api_fragments(fragments, api_lines(verdict)):
        command = [str(TOWNCRIER), "build", "--dir", str(project), "--version", title]
        command += ["--draft"] if draft else ["--yes"]
        proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode:
        raise RuntimeError(f"towncrier failed: {proc.stderr.strip() or proc.stdout.strip()}")
    return proc.stdout
