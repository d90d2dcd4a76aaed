"""``overlays/vimmerse/_sync/`` is generated from ``_async/`` by ``tools/make_sync.py``, docstrings too.

Why: a reader of the sync client (or of ``help(Vimmerse)``) trusts what it says about itself; a
twin that calls itself asynchronous, or names an ``httpx.AsyncClient`` it does not hold, misleads.
And a rewrite rule that matches nothing is a rule whose code has changed under it: the tool refuses
to run with one, as httpcore's ``scripts/unasync.py`` does, so the rules stay the ones needed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Protocol

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYNC = ROOT / "overlays" / "vimmerse" / "_sync"

# Whole words only: ``_async/`` (the path of the source the twin names in its header) is not one.
ASYNC_WORDS = re.compile(
    r"\b(async|await|asyncio|Async\w*|[Aa]synchronous(ly)?|async_\w+|aclose|aread|aiter_\w+"
    r"|__a(enter|exit|iter|next)__|AsyncClient)\b"
)


@pytest.mark.parametrize("path", sorted(SYNC.glob("*.py")), ids=lambda p: p.name)
def test_the_sync_twin_says_nothing_asynchronous(path: Path) -> None:
    text = path.read_text()
    lines = enumerate(text.splitlines(), start=1)
    found = [f"{n}: {line.strip()}" for n, line in lines if ASYNC_WORDS.search(line)]
    where = path.relative_to(ROOT)
    assert not found, f"{where} still speaks of async; add a rule to tools/make_sync.py:\n" + "\n".join(found)
    assert text.startswith(f"# Generated from overlays/vimmerse/_async/{path.name} by tools/make_sync.py")


def _scratch(tmp_path: Path, extra_rule: str | None = None) -> Path:
    """A copy of what make_sync reads (the tool, ``_async/``, the ruff settings), with one more rule."""
    (tmp_path / "tools").mkdir()
    script = (ROOT / "tools" / "make_sync.py").read_text()
    if extra_rule is not None:
        anchor = "RULES: list[tuple[str, str]] = [\n"
        assert anchor in script
        script = script.replace(anchor, anchor + f"    {extra_rule},\n")
    (tmp_path / "tools" / "make_sync.py").write_text(script)
    shutil.copytree(ROOT / "overlays" / "vimmerse" / "_async", tmp_path / "overlays" / "vimmerse" / "_async")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(
        [sys.executable, str(root / "tools" / "make_sync.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        check=False,
    )


@pytest.mark.parametrize("args", [(), ("--check",)], ids=["generate", "check"])
def test_a_rule_that_matches_nothing_fails_naming_it(tmp_path: Path, args: tuple[str, ...]) -> None:
    root = _scratch(tmp_path, extra_rule='(r"\\bAsyncNoSuchThing\\b", "NoSuchThing")')
    done = _run(root, *args)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "AsyncNoSuchThing" in done.stdout
    assert "match nothing" in done.stdout
    assert not (root / "overlays" / "vimmerse" / "_sync").exists()  # nothing written


def test_the_scratch_copy_renders_the_committed_twin(tmp_path: Path) -> None:
    """The same rules on a copy give the committed ``_sync/`` (the control for the test above)."""
    root = _scratch(tmp_path)
    done = _run(root)
    assert done.returncode == 0, done.stdout + done.stderr
    out = root / "overlays" / "vimmerse" / "_sync"
    assert sorted(p.name for p in out.glob("*.py")) == sorted(p.name for p in SYNC.glob("*.py"))
    for path in SYNC.glob("*.py"):
        assert (out / path.name).read_text() == path.read_text(), path.name


def test_the_protocols_and_the_cores_that_implement_them_have_different_names() -> None:
    """``spec.SyncCoreProtocol`` is what the generated resources call, ``SyncCore`` what implements it:
    one name for both made a reader (and a traceback) ambiguous about which is meant."""
    from vimmerse._async import core as async_core
    from vimmerse._sync import core as sync_core
    from vimmerse_openapi.sdk import spec

    classes = {name: obj for name, obj in vars(spec).items() if isinstance(obj, type)}
    protocols = {name for name, cls in classes.items() if Protocol in cls.__bases__}
    assert {"SyncCoreProtocol", "AsyncCoreProtocol"} <= protocols
    assert protocols.isdisjoint(set(sync_core.__all__) | set(async_core.__all__))
