"""The run summary of the schemathesis contract tests, opt-in of their bigger run, and the folder on
``sys.path`` for their helper module (``stateful_bodies``; pytest's importlib mode adds none).

Why a summary: a green run says nothing about how much was tried. The tally prints how many cases
each phase sent to each target, how many stateful steps followed a link and how they were
answered, and every distinct failing check, at the end of the pytest session.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

# The bigger run (`-m slow`) only runs when asked for, so `make test` keeps its time budget.
SLOW_OPT_IN = "slow"

# Open findings (see /tmp/schemathesis-findings.md, reported to the coordinator): test items that
# fail on a known defect of the fake or of openapi.yaml, by the operation in their name. Strict,
# so the mark turns into a failure the moment the defect is fixed and must be removed then.
# Stateful runs are random: whether one hits a finding is luck, so their mark cannot be strict.
# Open findings (operation -> reason) turn into strict xfails; empty since finding 2 was fixed in
# the spec (81c6884: createStory documents 404) and the fake (add7809).
KNOWN_FINDINGS: dict[str, str] = {}
STATEFUL_KNOWN_FINDINGS: str | None = None


@dataclass
class Tally:
    """Cases sent and distinct failures, per target and phase, printed at the end of the session."""

    cases: Counter[tuple[str, str]] = field(default_factory=Counter)
    operations: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    # (target, phase, operation, check title) of every failing check, deduplicated (shrinking replays).
    failures: set[tuple[str, str, str, str]] = field(default_factory=set)
    # (target, link transition, status code) of stateful steps that followed a link.
    transitions: Counter[tuple[str, str, int]] = field(default_factory=Counter)
    # One line per run made outside this process (the CLI run of test_schemathesis_cli.py).
    notes: list[str] = field(default_factory=list)

    def count(self, target: str, phase: str, operation: str) -> None:
        self.cases[target, phase] += 1
        self.operations.setdefault((target, phase), set()).add(operation)

    def fail(self, target: str, phase: str, operation: str, checks: list[str]) -> None:
        for check in checks:
            self.failures.add((target, phase, operation, check))


TALLY = Tally()


@pytest.fixture(scope="session")
def st_tally() -> Tally:
    return TALLY


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark known findings; skip this folder's `slow` tests unless the run selects them (`-m slow`)."""
    here = os.path.dirname(__file__)
    mine = [item for item in items if str(item.path).startswith(here)]
    for item in mine:
        for operation, reason in KNOWN_FINDINGS.items():
            if item.name.endswith(f"[{operation}]"):
                item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
        if STATEFUL_KNOWN_FINDINGS and "stateful" in item.name:
            item.add_marker(pytest.mark.xfail(reason=STATEFUL_KNOWN_FINDINGS, strict=False))
    if SLOW_OPT_IN in (config.getoption("markexpr") or "") or os.environ.get("VIMMERSE_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="bigger schemathesis run; select with -m slow")
    for item in mine:
        if item.get_closest_marker("slow") is not None:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TALLY.cases and not TALLY.notes:
        return
    write = terminalreporter.write_line
    terminalreporter.section("schemathesis: cases sent per target and phase")
    for note in TALLY.notes:
        write(note)
    for target in sorted({target for target, _ in TALLY.cases}):
        for phase in ("examples", "coverage", "fuzzing", "stateful"):
            sent = TALLY.cases.get((target, phase), 0)
            operations = len(TALLY.operations.get((target, phase), ()))
            write(f"{target:>5} {phase:<9} {sent:>6} cases over {operations:>2} operations")
        total = sum(count for (name, _), count in TALLY.cases.items() if name == target)
        write(f"{target:>5} {'total':<9} {total:>6}")
    for target in sorted({target for target, _, _ in TALLY.transitions}):
        followed = sum(n for (name, _, _), n in TALLY.transitions.items() if name == target)
        ok = sum(n for (name, _, status), n in TALLY.transitions.items() if name == target and status < 400)
        write(f"{target:>5} stateful steps that followed a link: {followed} ({ok} answered < 400)")
    write(f"distinct failing checks: {len(TALLY.failures)}")
    for failure in sorted(TALLY.failures):
        write("  FAILED " + " / ".join(failure))
