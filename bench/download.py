"""Download: a large synthetic file from the fake's CDN (``/blob/{size}``) over loopback.

Three clients, each in its own process so its peak RSS (``os.wait4`` ru_maxrss) is its own:
the SDK's streaming downloader, ``curl -o`` (the reference for throughput; skipped with a
notice when curl is absent) and the seeds' ``requests.get(url).content``. The fake serves
from a separate process too. Throughput = bytes / the client's own transfer time (curl's
``time_total``; the Python workers time from request to file closed, interpreter start-up
excluded). The SDK's time includes the ``fsync`` it does before the atomic rename (curl
and the seeds' approach do not fsync).

Every downloaded file is checked: right size, and bytes equal to the blob's (full SHA-256
for small files; first and last MiB for large ones).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from vimmerse_fake import files

from ._common import Result, Target
from ._server import ServerProcess

MIB = 1024 * 1024
RSS_LIMIT_MIB = 64
CURL_RATIO = 0.7


RSS_LAUNCHER = Path(__file__).with_name("_rss.py")


def _run(argv: list[str]) -> tuple[str, float]:
    """(stdout, peak RSS MiB) of a command, measured by the small ``_rss.py`` launcher."""
    proc = subprocess.run(
        [sys.executable, "-I", "-S", str(RSS_LAUNCHER), *argv],
        capture_output=True,
        text=True,
        check=False,
        cwd=RSS_LAUNCHER.parents[1],  # `-m bench._download_worker` needs the repo root
    )
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[:3]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return proc.stdout, report["rss_kib"] / 1024  # Linux: ru_maxrss in KiB


def _verify(path: Path, size: int) -> bool:
    if path.stat().st_size != size:
        return False
    with open(path, "rb") as f:
        if size <= 64 * MIB:
            return hashlib.sha256(f.read()).digest() == hashlib.sha256(files.blob_slice(0, size)).digest()
        head = f.read(MIB)
        f.seek(size - MIB)
        tail = f.read(MIB)
    return head == files.blob_slice(0, MIB) and tail == files.blob_slice(size - MIB, size)


def run(size: int = 1024 * MIB) -> Result:
    curl = shutil.which("curl")
    measured: dict[str, dict[str, Any]] = {}
    checks: dict[str, bool] = {}
    with ServerProcess() as server, tempfile.TemporaryDirectory(prefix="vimmerse-bench-") as tmp:
        url = f"{server.cdn_url}/blob/{size}"
        plan: list[tuple[str, list[str]]] = [
            ("SDK download (streaming)", [sys.executable, "-m", "bench._download_worker", "sdk", url]),
        ]
        if curl:
            plan.append(
                (
                    "curl -o",
                    [
                        curl,
                        "-sS",
                        "-f",
                        "-w",
                        '{"bytes":%{size_download},"seconds":%{time_total}}',
                        url,
                        "-o",
                    ],
                )
            )
        plan.append(
            ("seeds requests.get().content", [sys.executable, "-m", "bench._download_worker", "seeds", url])
        )
        for name, argv in plan:
            dest = Path(tmp) / "out.bin"
            out, rss = _run([*argv, str(dest)])
            report = json.loads(out.strip().splitlines()[-1])
            checks[f"{name}: bytes match"] = _verify(dest, size)
            dest.unlink()
            measured[name] = {
                "mibps": report["bytes"] / MIB / report["seconds"],
                "seconds": report["seconds"],
                "rss": rss,
            }
    curl_rate = measured.get("curl -o", {}).get("mibps")
    result = Result(
        f"4. Download ({size / MIB:g} MiB from the fake's CDN over loopback)",
        ["client", "seconds", "MiB/s", "x curl", "peak RSS MiB"],
        checks=checks,
    )
    for name, m in measured.items():
        ratio = m["mibps"] / curl_rate if curl_rate else None
        result.rows.append([name, m["seconds"], m["mibps"], "-" if ratio is None else ratio, m["rss"]])
    sdk = measured["SDK download (streaming)"]
    if curl_rate:
        ratio = sdk["mibps"] / curl_rate
        result.targets.append(
            Target(
                f"SDK >= {CURL_RATIO}x curl's throughput",
                ratio >= CURL_RATIO,
                f"{ratio:.2f}x ({sdk['mibps']:.0f} vs {curl_rate:.0f} MiB/s)",
            )
        )
    else:
        result.targets.append(
            Target(f"SDK >= {CURL_RATIO}x curl's throughput", None, "curl not installed: comparison skipped")
        )
        result.notes.append("curl is not installed on this machine: the curl comparison was skipped")
    result.targets.append(
        Target(
            f"SDK peak RSS <= {RSS_LIMIT_MIB} MiB",
            sdk["rss"] <= RSS_LIMIT_MIB,
            f"{sdk['rss']:.1f} MiB for a {size / MIB:g} MiB file",
        )
    )
    result.notes.append(
        "'seeds' uses requests (installed with schemathesis) exactly as the vendor examples:"
        " the whole body in memory, so its RSS grows with the file"
    )
    result.data = measured
    return result
