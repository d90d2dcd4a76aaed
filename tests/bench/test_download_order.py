"""The download bench's round order: no client may always run right after the same one.

A 1 GiB write leaves the disk busy for whoever writes next, so an order in which one client
always follows curl's fsync measures the disk, not the client (bench/download.py).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.download import balanced_orders


@pytest.mark.parametrize("clients", [2, 3, 4, 5, 6])
def test_every_client_runs_in_every_position_and_after_every_other_equally(clients: int) -> None:
    orders = balanced_orders(clients)
    assert all(sorted(order) == list(range(clients)) for order in orders)
    for position in range(clients):
        assert Counter(order[position] for order in orders) == Counter(
            {c: len(orders) // clients for c in range(clients)}
        )
    successions = Counter((order[i], order[i + 1]) for order in orders for i in range(clients - 1))
    pairs = [(a, b) for a in range(clients) for b in range(clients) if a != b]
    assert set(successions) == set(pairs)
    assert len(set(successions.values())) == 1, successions
