"""Opt-in of the schemathesis contract tests' bigger run, their known findings, and the folder on
``sys.path`` for their helper module (``stateful_bodies``; pytest's importlib mode adds none).
Their run summary (the ``st_tally`` fixture) is tests/conftest.py's.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

import run_selection  # noqa: E402  (this folder, put on sys.path just above)

# Open findings: test items that fail on a known defect of the fake or of openapi.yaml, by the
# operation in their name (operation -> reason). Strict xfails, so the mark turns into a failure
# the moment the defect is fixed and must be removed then. Stateful runs are random: whether one
# hits a finding is luck, so their mark cannot be strict. None is open.
KNOWN_FINDINGS: dict[str, str] = {}
STATEFUL_KNOWN_FINDINGS: str | None = None


def pytest_configure(config: pytest.Config) -> None:
    # The bigger run (`-m slow`) only runs when asked for, so `make test` keeps its time budget.
    run_selection.configure(config)


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
    if run_selection.selected:
        return
    skip = pytest.mark.skip(reason="bigger schemathesis run; select with -m slow")
    for item in mine:
        if item.get_closest_marker("slow") is not None:
            item.add_marker(skip)
