"""How many requests each path received (API and file host), for tests that count calls."""

from __future__ import annotations

import threading
from collections import Counter


class RequestLog:
    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()
        self._lock = threading.Lock()

    def count(self, path: str) -> None:
        with self._lock:
            self._seen[path] += 1

    def seen(self, path_prefix: str = "") -> int:
        with self._lock:
            return sum(n for p, n in self._seen.items() if p.startswith(path_prefix))
