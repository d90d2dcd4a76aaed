"""Download: a large synthetic file from the fake's file host (``/blob/{size}``) over loopback.

Each client runs in its own process so its peak RSS (``os.wait4`` ru_maxrss) is its own: the SDK's
streaming downloader, sync and async; ``curl -o`` (the reference for throughput; skipped with a
notice when curl is absent); plain httpx ``iter_raw`` (what the SDK cost before it read file-host
bodies itself); and, once, the seeds' ``requests.get(url).content``. The fake serves from a
separate process, the same server for every client. Throughput = bytes / the client's own
transfer time (curl's ``time_total``; the Python workers time from request to file closed,
interpreter start-up excluded).

Fairness: the SDK fsyncs the file before its atomic rename; ``curl -o`` and the others do not
(their bytes may still be only in the page cache when they exit). The row "curl -o, then fsync"
adds the time of an fsync of curl's file taken right after curl exits -- what a careful script
(``curl -o f && sync f``) pays; the target compares with plain ``curl -o``, the stricter one.

The machine is shared and small, so clients run in interleaved rounds and each ratio is taken
against curl *in the same round*: "x curl best" is the best round, "median" the median of the
rounds. A 1 GiB write leaves the disk busy for the client that comes next (on this VM the next
1 GiB write plus fsync takes 0.75 s or 2.3-2.9 s depending on what ran before it), so the order
of the rounds is a balanced Latin square (``balanced_orders``): with as many rounds as clients,
each client runs first once and follows every other client once. A rotated order would have one
client always follow curl's 1 GiB fsync. Before every timed run the bench also waits for the
previous client's writes to reach the disk (``os.sync``), and one untimed download warms the file
host up first.

Every downloaded file is checked: right size, and bytes equal to the blob's (full SHA-256
for small files; first and last MiB for large ones).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from vimmerse_fake import files

from ._common import Result, Target
from ._server import ServerProcess

MIB = 1024 * 1024
RSS_LIMIT_MIB = 64
CURL_RATIO = 0.8


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


SDK_ROWS = {"sdk": "SDK download, sync", "sdk-async": "SDK download, async"}
CURL = "curl -o"
CURL_FSYNC = "curl -o, then fsync"


def _curl_argv(curl: str, url: str) -> list[str]:
    return [curl, "-sS", "-f", "-w", '{"bytes":%{size_download},"seconds":%{time_total}}', url, "-o"]


def _warm_up(url: str, dest: Path) -> None:
    """One untimed download, so that no timed client pays the file host's first request."""
    with urllib.request.urlopen(url) as response, open(dest, "wb") as f:
        shutil.copyfileobj(response, f, MIB)
    dest.unlink()


def _fsync_seconds(path: Path) -> float:
    t0 = time.perf_counter()
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.perf_counter() - t0


def balanced_orders(n: int) -> list[list[int]]:
    """Orders of ``n`` clients in which each runs in every position and, over the rows, right
    after every other client equally often (a Williams design: n rows for even n, 2n for odd)."""
    first = [0]
    for step in range(1, n):
        first.append(first[-1] + step if step % 2 else first[-1] - step)
    rows = [[(x + shift) % n for x in first] for shift in range(n)]
    return rows if n % 2 == 0 else rows + [row[::-1] for row in rows]


def run(size: int = 1024 * MIB, rounds: int | None = None) -> Result:
    """``rounds`` defaults to one whole balanced square (as many rounds as clients)."""
    curl = shutil.which("curl")
    runs: dict[str, list[dict[str, float]]] = {}
    checks: dict[str, bool] = {}
    with ServerProcess() as server, tempfile.TemporaryDirectory(prefix="vimmerse-bench-") as tmp:
        url = f"{server.cdn_url}/blob/{size}"

        def worker(method: str) -> list[str]:
            return [sys.executable, "-m", "bench._download_worker", method, server.base_url, url]

        plan: list[tuple[str, list[str]]] = [
            (SDK_ROWS["sdk"], worker("sdk")),
            (SDK_ROWS["sdk-async"], worker("sdk-async")),
            ("httpx stream + iter_raw (no fsync)", worker("httpx-raw")),
        ]
        if curl:
            plan.append((CURL, _curl_argv(curl, url)))
        orders = balanced_orders(len(plan))
        rounds = len(orders) if rounds is None else rounds
        _warm_up(url, Path(tmp) / "warm-up.bin")
        for index in range(rounds):
            turn = [plan[i] for i in orders[index % len(orders)]]
            if index == 0:  # its RSS grows with the file and it is slow: one round says enough
                turn.append(("seeds requests.get().content", worker("seeds")))
            for name, argv in turn:
                dest = Path(tmp) / "out.bin"
                os.sync()  # the previous client's writes are on disk before this one starts
                out, rss = _run([*argv, str(dest)])
                report = json.loads(out.strip().splitlines()[-1])
                key = f"{name}: bytes match"
                checks[key] = checks.get(key, True) and _verify(dest, size)
                seconds = report["seconds"]
                runs.setdefault(name, []).append({"seconds": seconds, "rss": rss, "round": index})
                if name == CURL:
                    seconds += _fsync_seconds(dest)
                    runs.setdefault(CURL_FSYNC, []).append({"seconds": seconds, "rss": rss, "round": index})
                dest.unlink()
    for samples in runs.values():
        for m in samples:
            m["mibps"] = size / MIB / m["seconds"]
    curl_by_round = {m["round"]: m["mibps"] for m in runs.get(CURL, [])}

    def ratios(name: str) -> list[float]:
        return [m["mibps"] / curl_by_round[m["round"]] for m in runs[name] if m["round"] in curl_by_round]

    result = Result(
        f"4. Download ({size / MIB:g} MiB from the fake's file host over loopback,"
        f" {rounds} interleaved rounds)",
        ["client", "MiB/s best", "MiB/s median", "x curl best", "x curl median", "peak RSS MiB", "fsync"],
        checks=checks,
    )
    measured: dict[str, dict[str, float]] = {}
    for name, samples in runs.items():
        rates = [m["mibps"] for m in samples]
        r = ratios(name)
        measured[name] = {
            "mibps": max(rates),
            "mibps_median": statistics.median(rates),
            "ratio": max(r) if r else float("nan"),
            "ratio_median": statistics.median(r) if r else float("nan"),
            "rss": max(m["rss"] for m in samples),
        }
        fsync = "yes" if name in SDK_ROWS.values() or name == CURL_FSYNC else "no"
        result.rows.append(
            [
                name,
                max(rates),
                statistics.median(rates),
                f"{max(r):.2f}" if r else "-",
                f"{statistics.median(r):.2f}" if r else "-",
                measured[name]["rss"],
                fsync,
            ]
        )
    for name in SDK_ROWS.values():
        sdk = measured[name]
        if curl:
            result.targets.append(
                Target(
                    f"{name} >= {CURL_RATIO}x curl's throughput",
                    sdk["ratio"] >= CURL_RATIO,
                    f"{sdk['ratio']:.2f}x in the best round, median {sdk['ratio_median']:.2f}x"
                    f" ({sdk['mibps']:.0f} vs curl {max(curl_by_round.values()):.0f} MiB/s at best)",
                )
            )
        else:
            result.targets.append(
                Target(f"{name} >= {CURL_RATIO}x curl's throughput", None, "curl not installed: skipped")
            )
        result.targets.append(
            Target(
                f"{name}: peak RSS <= {RSS_LIMIT_MIB} MiB",
                sdk["rss"] <= RSS_LIMIT_MIB,
                f"{sdk['rss']:.1f} MiB for a {size / MIB:g} MiB file",
            )
        )
    if not curl:
        result.notes.append("curl is not installed on this machine: the curl comparison was skipped")
    result.notes.append(
        "the SDK fsyncs before its atomic rename, curl -o does not; 'curl -o, then fsync' is curl's"
        " time plus an fsync of its file right after it exits. Ratios are taken against curl -o in"
        " the same round"
    )
    result.notes.append(
        "'seeds' uses requests (installed with schemathesis) exactly as the vendor examples:"
        " the whole body in memory, so its RSS grows with the file (one round)"
    )
    result.data = measured
    return result
