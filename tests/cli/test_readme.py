"""The README's Python samples run, unchanged, against the fake served on loopback.

Samples construct ``Vimmerse()`` from ``VIMMERSE_BASE_URL``/``VIMMERSE_API_KEY``, which this test
points at the fake. A block preceded by a ``<!-- no-test -->`` line is skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"(?P<before>[^\n]*)\n```python\n(?P<code>.*?)\n```", re.DOTALL)


def python_blocks() -> list[tuple[int, str]]:
    if not README.exists():
        return []
    text = README.read_text(encoding="utf-8")
    blocks = []
    for match in BLOCK.finditer(text):
        if match["before"].strip() == "<!-- no-test -->":
            continue
        line = text.count("\n", 0, match.start("code")) + 1
        blocks.append((line, match["code"]))
    return blocks


def test_readme_has_python_samples():
    if not README.exists():
        pytest.skip("README.md not written yet")
    assert python_blocks(), f"{README} has no ```python blocks to test"


@pytest.mark.parametrize(
    ("line", "code"), python_blocks(), ids=lambda v: f"line{v}" if isinstance(v, int) else ""
)
def test_readme_sample_runs(line, code, server, monkeypatch, tmp_path):
    monkeypatch.setenv("VIMMERSE_BASE_URL", server.base_url)
    monkeypatch.setenv("VIMMERSE_API_KEY", "vimmerse-demo-key")
    monkeypatch.chdir(tmp_path)  # samples may write files (downloads)
    exec(compile(code, f"README.md:{line}", "exec"), {"__name__": "__readme__"})
