"""Import time: ``import vimmerse`` vs ``import httpx``, each in a fresh interpreter of this venv.

What a program pays before its first call. Each round starts ``python -c "import X"`` once per
module (and ``python -c pass``, the interpreter's own start-up), in an order that rotates each
round, so both sides see the same machine load; the figure is the process's wall time. "ratio
best" compares the fastest rounds, "ratio median" the median ones.

Both sides import from bytecode, as an installed package does (pip compiles what it installs):
the processes write and read their ``.pyc`` files under one temporary ``PYTHONPYCACHEPREFIX``,
filled by an untimed first import, whatever ``PYTHONDONTWRITEBYTECODE`` says outside. Without
it, an editable checkout on a machine that sets that variable compiles the SDK's sources on
every start while httpx's come compiled from site-packages.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from ._common import Result, Target

TARGET_RATIO = 1.25
MODULES = {
    "vimmerse": "import vimmerse",
    "httpx": "import httpx",
    # For scale: httpx without its CLI (click, rich), which vimmerse keeps it from importing.
    "httpx, CLI not imported": (
        "import sys, types; sys.modules['httpx._main'] = types.ModuleType('m'); import httpx"
    ),
    "(interpreter only)": "pass",
}


def _once(code: str, env: dict[str, str]) -> tuple[float, bool]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False, env=env)
    return (time.perf_counter() - t0) * 1000, proc.returncode == 0


def run(rounds: int = 20) -> Result:
    names = list(MODULES)
    times: dict[str, list[float]] = {n: [] for n in names}
    ok = {n: True for n in names}
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for name in names:  # untimed: compiles both sides into the cache
            ok[name] = _once(MODULES[name], env)[1]
        for index in range(rounds):
            for name in names[index % len(names) :] + names[: index % len(names)]:
                ms, fine = _once(MODULES[name], env)
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
    core = "httpx, CLI not imported"
    result.notes.append(
        f"like for like, vimmerse (which keeps httpx from importing its CLI) is"
        f" {best['vimmerse'] / best[core]:.2f}x '{core}' ({best['vimmerse'] - best[core]:.0f} ms of its own)"
    )
    result.notes.append(
        f"{rounds} rounds; wall time of each process, start-up included; both from bytecode"
        " (one PYTHONPYCACHEPREFIX, filled by an untimed import)"
    )
    result.data = {"best": best, "median": med, "ratio": ratio, "ratio_median": ratio_med}
    return result
