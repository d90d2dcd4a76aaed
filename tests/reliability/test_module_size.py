"""No hand-written Python module is longer than ``MAX_LINES``.

Why: a module a reader can hold in mind has one concern, and its name says which; past a few
hundred lines a module has usually grown a second concern that deserves a name of its own. The
generated code (``generated/``, and ``overlays/vimmerse/_sync/`` made by ``tools/make_sync.py``)
is not read that way and is not counted.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 400
GENERATED = ("generated/", "overlays/vimmerse/_sync/")


def hand_written_modules() -> list[str]:
    """Every Python file git tracks (or would: untracked and not ignored), generated code aside."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", "*.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    paths = sorted({p for p in listed.split("\0") if p})
    return [p for p in paths if not p.startswith(GENERATED) and (ROOT / p).is_file()]


def test_the_listing_sees_the_hand_written_modules() -> None:
    modules = hand_written_modules()
    assert "tests/reliability/test_module_size.py" in modules
    assert "codegen/generate_sdk.py" in modules
    assert not [p for p in modules if p.startswith(GENERATED)]


def test_no_hand_written_module_is_over_the_limit() -> None:
    counts = {p: len((ROOT / p).read_text(encoding="utf-8").splitlines()) for p in hand_written_modules()}
    over = {p: n for p, n in counts.items() if n > MAX_LINES}
    assert not over, f"hand-written modules over {MAX_LINES} lines (split each by concern):\n" + "\n".join(
        f"  {p}: {n} lines" for p, n in sorted(over.items(), key=lambda item: -item[1])
    )
