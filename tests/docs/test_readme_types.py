"""Every Python sample of the README passes ``mypy --strict``: what users copy is typed cleanly.

The samples read ``media.id`` as ``str``, ``progress`` as ``int | None`` and so on; a response type
that leaked the document's leniency (``str | Unset``, ``int | str``) would fail here. (The samples
also *run* against the fake: tests/cli/test_readme.py.)
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
BLOCK = re.compile(r"```python\n(?P<code>.*?)\n```", re.DOTALL)


def _blocks() -> list[tuple[int, str]]:
    text = README.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start("code")) + 1, m["code"]) for m in BLOCK.finditer(text)]


def test_readme_has_samples() -> None:
    assert len(_blocks()) >= 3


def test_every_readme_sample_passes_mypy_strict(tmp_path: Path) -> None:
    files = []
    for line, code in _blocks():
        target = tmp_path / f"readme_line{line}.py"
        target.write_text(code + "\n")
        files.append(target)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--follow-imports=silent",
            *map(str, files),
        ],
        env={
            **os.environ,
            "MYPYPATH": os.pathsep.join(str(ROOT / d) for d in ("generated", "overlays", "fake")),
        },
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    if result.returncode != 0:
        pytest.fail("README samples fail mypy --strict:\n" + result.stdout)
    assert f"no issues found in {len(files)} source files" in result.stdout
