"""Import time: ``import vimmerse`` vs ``import httpx``, each in a fresh interpreter of this venv.

What a program pays before its first call. Each round starts ``python -c "import X"`` once per
module (and ``python -c pass``, the interpreter's own start-up), in an order that rotates each
round, so both sides see the same machine load; the figure is the process's wall time. "ratio
best" compares the fastest rounds, "ratio median" the median ones.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from ._common import Result, Target

TARGET_RATIO = 1.25
MODULES = {"vimmerse": "import vimmerse", "httpx": "import httpx", "(interpreter only)": "pass"}


def _once(code: str) -> tuple[float, bool]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    return (time.perf_counter() - t0) * 1000, proc.returncode == 0


def run(rounds: int = 20) -> Result:
    names = list(MODULES)
    times: dict[str, list[float]] = {n: [] for n in names}
    ok = {n: True for n in names}
    for index in range(rounds):
        for name in names[index % len(names) :] + names[: index % len(names)]:
            ms, fine = _once(MODULES[name])
            times[name].append(ms)
            ok[name] = ok[name] and fine
    result = Result(
        "6. Import time (fresh interpreter per import, interleaved rounds)",
        ["import", "ms best", "ms median", "x httpx best", "x httpx median"],
        checks={f"python -c {MODULES[n]!r} succeeded every round": ok[n] for n in names},
    )
    best = {n: min(v) for n, v in times.items()}
    med = {n: statistics.median(v) for n, v in times.items()}
    for name in names:
        result.rows.append(
            [name, best[name], med[name], best[name] / best["httpx"], med[name] / med["httpx"]]
        )
    ratio, ratio_med = best["vimmerse"] / best["httpx"], med["vimmerse"] / med["httpx"]
    result.targets.append(
        Target(
            f"import vimmerse <= {TARGET_RATIO}x import httpx",
            ratio <= TARGET_RATIO,
            f"{ratio:.2f}x in the best rounds ({best['vimmerse']:.0f} vs {best['httpx']:.0f} ms),"
            f" median {ratio_med:.2f}x; the interpreter alone takes {best['(interpreter only)']:.0f} ms",
        )
    )
    result.notes.append(f"{rounds} rounds; wall time of each process, start-up included")
    result.data = {"best": best, "median": med, "ratio": ratio, "ratio_median": ratio_med}
    return result
