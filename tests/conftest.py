"""The schemathesis run summary (``st_tally``), kept at the top of tests/ so that it is printed by
the process that writes the session summary: under pytest-xdist (``make test`` runs ``-n``) that
is the controller, which loads only this conftest and collects nothing; each worker sends its
tally when it finishes, and the controller adds them up.

Why a summary: a green run says nothing about how much was tried. The tally prints how many cases
each phase sent to each target, how many stateful steps followed a link and how they were
answered, and every distinct failing check, at the end of the pytest session.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest

WORKER_KEY = "vimmerse_st_tally"


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

    def dump(self) -> dict[str, Any]:
        """Plain lists, as execnet carries them from a worker to the controller."""
        return {
            "cases": [[*key, n] for key, n in self.cases.items()],
            "operations": [[*key, sorted(ops)] for key, ops in self.operations.items()],
            "failures": [list(f) for f in self.failures],
            "transitions": [[*key, n] for key, n in self.transitions.items()],
            "notes": list(self.notes),
        }

    def add(self, dumped: dict[str, Any]) -> None:
        for target, phase, n in dumped["cases"]:
            self.cases[target, phase] += n
        for target, phase, ops in dumped["operations"]:
            self.operations.setdefault((target, phase), set()).update(ops)
        self.failures.update((t, p, o, c) for t, p, o, c in dumped["failures"])
        for target, link, status, n in dumped["transitions"]:
            self.transitions[target, link, status] += n
        self.notes.extend(dumped["notes"])


TALLY = Tally()


@pytest.fixture(scope="session")
def st_tally() -> Tally:
    return TALLY


# The longest tests (`pytest --durations`), longest first, handed out before the rest: pytest-xdist
# gives out tests in collection order (after the xdist_group groups, largest first), and a long one
# given out last keeps one worker busy after the others are done. Only the order changes; a name
# missing here is merely not started early.
LONGEST_FIRST = (
    "tests/bench/test_bench_smoke.py::test_contract_smoke",
    "tests/bench/test_bench_smoke.py::test_download_smoke",
    "tests/versions/test_breaking_drill.py::",
    "tests/sdk/test_hostile_user_input.py::test_the_cli_turns_any_option_file_or_answer_into_an_exit_code",
    "tests/schemathesis/test_schemathesis_contract.py::test_stateful_",
    "tests/live/test_live_mode_proof.py::test_live_suite_passes_against_the_fake_over_http",
    "tests/docs/test_readme_types.py::test_every_readme_sample_passes_mypy_strict",
    "tests/cli/test_subprocess.py::test_demo_makes_two_playable_videos_an_image_and_a_speech_clip",
    "tests/bench/test_bench_smoke.py::",
    "tests/verify/test_cli.py::",
    "tests/cli/test_subprocess.py::",
)


def _rank(item: pytest.Item) -> int:
    ranks = (i for i, prefix in enumerate(LONGEST_FIRST) if item.nodeid.startswith(prefix))
    return next(ranks, len(LONGEST_FIRST))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=_rank)  # stable: the rest keep their order


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: hand the tally to the controller
        workeroutput[WORKER_KEY] = TALLY.dump()


@pytest.hookimpl(optionalhook=True)  # an xdist hook: without xdist it is never called
def pytest_testnodedown(node: Any, error: Any) -> None:
    dumped = getattr(node, "workeroutput", {}).get(WORKER_KEY)
    if dumped is not None:
        TALLY.add(dumped)


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
