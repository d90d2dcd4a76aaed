"""Generate ``overlays/vimmerse/_sync/`` from ``overlays/vimmerse/_async/`` (httpcore's technique).

The client's I/O -- sending with retries, waiting for jobs, streaming downloads -- is written
once, for asyncio; this script writes the synchronous twin with the ``unasync`` library
(token-based: ``async``/``await`` dropped, ``AsyncX`` names mapped below). ``--check`` compares
instead of writing and exits 1 when ``_sync/`` is stale (``make check-generated``).

Usage: python tools/make_sync.py [--check]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import unasync

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "overlays" / "vimmerse" / "_async"
TARGET = ROOT / "overlays" / "vimmerse" / "_sync"

REPLACEMENTS = {
    "AsyncVimmerse": "Vimmerse",
    "AsyncResources": "Resources",
    "AsyncResourcesWithRawResponse": "ResourcesWithRawResponse",
    "AsyncClient": "Client",
    "AsyncBaseTransport": "BaseTransport",
    "aclose": "close",
    "aread": "read",
    "aiter_raw": "iter_raw",
    "aiter_bytes": "iter_bytes",
    "async_sleep": "sync_sleep",
    "async_in_thread": "sync_in_thread",
    "async_thread_safe": "sync_thread_safe",
    "asyncio": "sync",
}


def render(target: Path) -> list[Path]:
    rule = unasync.Rule(str(SOURCE) + "/", str(target) + "/", additional_replacements=REPLACEMENTS)
    files = sorted(SOURCE.glob("*.py"))
    unasync.unasync_files([str(f) for f in files], [rule])
    written = []
    for f in files:
        out = target / f.name
        text = out.read_text()
        text = text.replace("written once for asyncio", "generated from ``_async/`` by tools/make_sync.py")
        out.write_text(text)
        written.append(out)
    # Renamed tokens change line lengths: format as the rest of the overlays are.
    ruff = shutil.which("ruff") or "ruff"
    config = str(ROOT / "pyproject.toml")
    subprocess.run([ruff, "check", "-q", "--fix-only", "--config", config, str(target)], check=True)
    subprocess.run([ruff, "format", "-q", "--config", config, str(target)], check=True)
    return written


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        render(TARGET)
        print(f"unasync: {TARGET.relative_to(ROOT)} generated from {SOURCE.relative_to(ROOT)}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = render(Path(tmp))
        stale = [
            f.name
            for f in fresh
            if not (TARGET / f.name).is_file() or (TARGET / f.name).read_text() != f.read_text()
        ]
        extra = sorted({p.name for p in TARGET.glob("*.py")} - {f.name for f in fresh})
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
