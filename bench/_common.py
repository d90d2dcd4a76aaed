"""What every benchmark returns, and how results are printed and written to RESULTS.md."""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import statistics
import subprocess
import tempfile
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Target:
    """A goal the brief sets, whether this run met it, and by how much."""

    goal: str
    met: bool | None  # None: not measured in this run (e.g. a tool was missing)
    detail: str


@dataclass
class Result:
    """One benchmark's run: a table (header + rows), targets, invariants and notes.

    ``checks`` holds the invariants (all jobs succeeded, no duplicate job, bytes match...)
    as name -> bool; the smoke test asserts them, the full run prints them.
    """

    name: str
    header: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    checks: dict[str, bool] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(self.checks.values())

    def markdown(self) -> str:
        out = [f"## {self.name}", ""]
        out.append("| " + " | ".join(self.header) + " |")
        out.append("|" + "---|" * len(self.header))
        for row in self.rows:
            out.append("| " + " | ".join(fmt(v) for v in row) + " |")
        out.append("")
        for t in self.targets:
            mark = {True: "MET", False: "MISSED", None: "NOT MEASURED"}[t.met]
            out.append(f"- **{mark}** {t.goal}: {t.detail}")
        if self.checks:
            failed = [k for k, v in self.checks.items() if not v]
            out.append(
                "- invariants: "
                + (
                    "all hold (" + ", ".join(self.checks) + ")"
                    if not failed
                    else "FAILED: " + ", ".join(failed)
                )
            )
        out.extend(f"- {n}" for n in self.notes)
        out.append("")
        return "\n".join(out)

    def text(self) -> str:
        widths = [
            max(len(str(h)), *(len(fmt(r[i])) for r in self.rows)) if self.rows else len(h)
            for i, h in enumerate(self.header)
        ]
        lines = [f"== {self.name}"]
        lines.append("  ".join(str(h).ljust(w) for h, w in zip(self.header, widths, strict=True)))
        for row in self.rows:
            lines.append("  ".join(fmt(v).ljust(w) for v, w in zip(row, widths, strict=True)))
        for t in self.targets:
            mark = {True: "MET   ", False: "MISSED", None: "N/A   "}[t.met]
            lines.append(f"  [{mark}] {t.goal}: {t.detail}")
        for k, v in self.checks.items():
            lines.append(f"  [{'ok' if v else 'FAIL'}] {k}")
        lines.extend(f"  note: {n}" for n in self.notes)
        return "\n".join(lines)


def fmt(v: Any) -> str:
    if isinstance(v, float):
        if v == 0:
            return "0"
        if abs(v) >= 100:
            return f"{v:,.0f}"
        if abs(v) >= 10:
            return f"{v:.1f}"
        return f"{v:.2f}"
    return str(v)


def percentile(values: list[float], p: float) -> float:
    """Linear-interpolated percentile (p in 0..100), as numpy's default."""
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    q = statistics.quantiles(values, n=100, method="inclusive")
    if p <= 0:
        return min(values)
    if p >= 100:
        return max(values)
    return q[int(p) - 1]


def machine() -> str:
    """nproc, CPU model and Python version, for RESULTS.md."""
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = ""
    with contextlib.suppress(OSError):
        load = " load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"nproc={os.cpu_count()}, CPU: {model}, RAM {_mem_total()}, Python {platform.python_version()}"
        f" ({platform.python_implementation()}), {platform.system()} {platform.release()};"
        f" temp files on {_filesystem(tempfile.gettempdir())} (the download's fsync lands there);"
        f" {_curl_version()};{load}"
    )


def _mem_total() -> str:
    with contextlib.suppress(OSError, ValueError, IndexError), open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return "unknown"


def _filesystem(path: str) -> str:
    """The type of the filesystem mounted at the longest mount point containing ``path``."""
    best, kind = "", "unknown"
    with contextlib.suppress(OSError), open("/proc/mounts") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and path.startswith(parts[1]) and len(parts[1]) > len(best):
                best, kind = parts[1], f"{parts[2]} ({parts[0]})"
    return kind


def _curl_version() -> str:
    curl = shutil.which("curl")
    if curl is None:
        return "curl not installed"
    with contextlib.suppress(OSError, subprocess.SubprocessError, IndexError):
        out = subprocess.run([curl, "--version"], capture_output=True, text=True, timeout=10).stdout
        return " ".join(out.split()[:2])
    return "curl (version unknown)"
