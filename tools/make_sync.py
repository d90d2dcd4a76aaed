"""Generate ``overlays/vimmerse/_sync/`` from ``overlays/vimmerse/_async/`` (httpcore's technique).

The client's I/O -- sending with retries, waiting for jobs, streaming downloads -- is written
once, for asyncio; this script writes the synchronous twin by applying ``RULES`` to every line,
docstrings and comments as well as code (as httpcore's ``scripts/unasync.py`` does), so that the
twin describes itself as what it is. A rule that matches nothing in the whole source tree is
stale -- the code it was written for has changed -- and fails the run, naming it: a rule nobody
needs hides the one that is missing. ``--check`` compares instead of writing and exits 1 when
``_sync/`` is stale (``make check-generated``).

Usage: python tools/make_sync.py [--check]
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "overlays" / "vimmerse" / "_async"
TARGET = ROOT / "overlays" / "vimmerse" / "_sync"

# (pattern, replacement), applied in this order to every line; each is bounded by \b so that a
# rule rewrites whole words only (``_async/`` and ``asyncio`` are not ``async``). The specific
# names come before the general ``Async<Name>`` rule.
RULES: list[tuple[str, str]] = [
    # The classes whose sync twin drops the prefix rather than turning it into ``Sync``.
    (r"\bAsyncVimmerse\b", "Vimmerse"),
    (r"\bAsyncResourcesWithRawResponse\b", "ResourcesWithRawResponse"),
    (r"\bAsyncResources\b", "Resources"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\bhttpx\.AsyncBaseTransport\b", "httpx.BaseTransport"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAwaitable\[Any\]", "Any"),
    # The pairs of ``_backends.py`` and the generated SDK layer: AsyncGate -> SyncGate, ...
    (r"\bAsync([A-Z]\w*)", r"Sync\1"),
    (r"\basync_(sleep|in_thread|thread_safe)\b", r"sync_\1"),
    (r"\basync def\b", "def"),
    (r"\basync for\b", "for"),
    (r"\bawait ", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    # httpx's async methods and their sync names.
    (r"\baclose\b", "close"),
    (r"\baread\b", "read"),
    (r"\baiter_raw\b", "iter_raw"),
    (r"\baiter_bytes\b", "iter_bytes"),
    # Prose.
    (r"\bAsynchronous\b", "Synchronous"),
]

HEADER = (
    "# Generated from overlays/vimmerse/_async/{name} by tools/make_sync.py: edit that file, then run\n"
    "# 'make generate'.\n"
)


class StaleRules(Exception):
    """Rules that matched nothing in the source tree."""

    def __init__(self, rules: list[tuple[str, str]]) -> None:
        super().__init__(rules)
        self.rules = rules


def sync_text(text: str, rules: list[tuple[str, str]], used: set[int]) -> str:
    """``text`` with every rule applied to every line; the index of each rule that matched goes
    into ``used``."""
    compiled = [(re.compile(pattern), repl) for pattern, repl in rules]
    lines = []
    for line in text.splitlines(keepends=True):
        for index, (regex, repl) in enumerate(compiled):
            line, count = regex.subn(repl, line)
            if count:
                used.add(index)
        lines.append(line)
    return "".join(lines)


def render(target: Path, rules: list[tuple[str, str]] = RULES, source: Path = SOURCE) -> list[Path]:
    """Write the sync twin of every module of ``source`` into ``target``; StaleRules (and nothing
    written) when a rule matched nothing."""
    files = sorted(source.glob("*.py"))
    used: set[int] = set()
    texts = {f.name: sync_text(f.read_text(), rules, used) for f in files}
    unused = [rule for index, rule in enumerate(rules) if index not in used]
    if unused:
        raise StaleRules(unused)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in texts.items():
        out = target / name
        out.write_text(HEADER.format(name=name) + text)
        written.append(out)
    # Renamed tokens change line lengths: format as the rest of the overlays are.
    ruff = shutil.which("ruff") or "ruff"
    config = str(ROOT / "pyproject.toml")
    subprocess.run([ruff, "check", "-q", "--fix-only", "--config", config, str(target)], check=True)
    subprocess.run([ruff, "format", "-q", "--config", config, str(target)], check=True)
    return written


def main(argv: list[str]) -> int:
    try:
        if "--check" not in argv:
            render(TARGET)
            print(f"make_sync: {TARGET.relative_to(ROOT)} generated from {SOURCE.relative_to(ROOT)}")
            return 0
        with tempfile.TemporaryDirectory() as tmp:
            fresh = render(Path(tmp))
            stale = [
                f.name
                for f in fresh
                if not (TARGET / f.name).is_file() or (TARGET / f.name).read_text() != f.read_text()
            ]
            extra = sorted({p.name for p in TARGET.glob("*.py")} - {f.name for f in fresh})
    except StaleRules as exc:
        print(f"ERROR: tools/make_sync.py: these rules match nothing in {SOURCE.relative_to(ROOT)}:")
        for pattern, repl in exc.rules:
            print(f"  {pattern!r} -> {repl!r}")
        print("Remove them from RULES (or fix the source they were written for).")
        return 1
    if stale or extra:
        print(
            f"ERROR: {TARGET.relative_to(ROOT)} is out of date ({', '.join(stale + extra)});"
            " run 'make generate'."
        )
        return 1
    print(f"check-generated: {TARGET.relative_to(ROOT)} matches {SOURCE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
