"""Every collected test has a node id of its own.

Why: pytest-xdist (``make test`` runs pytest on several workers) schedules tests by node id, and
``--deselect``, ``-ra`` and ``--durations`` name them by it. Items that share one id are merged:
xdist then runs one of them and counts it once, and the others pass unseen. Items a plugin makes
(schemathesis' one per operation) get their id from pytest, whose rules have changed between
versions (pytest 9.2 left the operation out).
"""

from __future__ import annotations

from collections import Counter

import pytest


def test_every_item_has_its_own_node_id(request: pytest.FixtureRequest) -> None:
    ids = Counter(item.nodeid for item in request.session.items)
    shared = {nodeid: n for nodeid, n in ids.items() if n > 1}
    assert not shared, f"node ids shared by several items: {shared}"
    # One item per operation of openapi.yaml, named by it, when schemathesis' are collected.
    asgi = "tests/schemathesis/test_schemathesis_contract.py::test_asgi"
    if asgi in ids or any(nodeid.startswith(asgi + "[") for nodeid in ids):
        assert len([nodeid for nodeid in ids if nodeid.startswith(asgi + "[")]) == 54, sorted(ids)[:5]
