"""Fault injection: each call arms the next ``n`` matching requests."""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass
class Fault:
    kind: str  # drop | slow | error | truncate
    remaining: int
    path: str = ""
    method: str | None = None
    after_processing: bool = False
    seconds: float = 0.0
    status: int = 503
    after_bytes: int = 0

    def matches(self, method: str, path: str) -> bool:
        return path.startswith(self.path) and (self.method is None or self.method.upper() == method.upper())


class Faults:
    """Armed faults. ``path`` is a prefix of the request path; ``method`` None = any."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: list[Fault] = []

    def _arm(self, fault: Fault) -> None:
        if fault.remaining < 1:
            raise ValueError("n must be >= 1")
        with self._lock:
            self._armed.append(fault)

    def drop_connection(
        self, n: int = 1, path: str = "/media", method: str | None = "POST", after_processing: bool = False
    ) -> None:
        """The client sees a transport error (no response). With ``after_processing`` the
        request WAS carried out (job created, credits charged) before the connection died."""
        self._arm(Fault("drop", n, path, method, after_processing))

    def slow(self, n: int = 1, seconds: float = 1.0, path: str = "", method: str | None = None) -> None:
        """Delay the response by ``seconds`` real seconds (client read-timeout tests)."""
        self._arm(Fault("slow", n, path, method, seconds=seconds))

    def server_errors(
        self,
        n: int = 1,
        status: int = 503,
        path: str = "",
        method: str | None = None,
        after_processing: bool = False,
    ) -> None:
        """Answer ``status`` with ``{"message": ...}``; with ``after_processing`` the work
        was done first (the 5xx hides a created job)."""
        self._arm(Fault("error", n, path, method, after_processing, status=status))

    def truncate_download(
        self, n: int = 1, after_bytes: int = 1024, path: str = "", method: str | None = "GET"
    ) -> None:
        """File bodies (API download or CDN) stop after ``after_bytes`` bytes: the headers
        promised more, so the client sees a transport error mid-body."""
        self._arm(Fault("truncate", n, path, method, after_bytes=after_bytes))

    def clear(self) -> None:
        with self._lock:
            self._armed.clear()

    def take(self, kind: str, method: str, path: str) -> Fault | None:
        """Consume one use of the first armed fault of ``kind`` matching the request."""
        with self._lock:
            for fault in self._armed:
                if fault.kind == kind and fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._armed.remove(fault)
                    return fault
        return None

    def pending(self) -> int:
        with self._lock:
            return sum(f.remaining for f in self._armed)
