"""The fake's state: every job (medias, stories, assets, workflows, typed in ``records``), the
bytes uploaded to assets, credits and paid jobs per API key, the logged workflow errors and
the clock's last reading. In memory, optionally written through to SQLite (stdlib sqlite3, one
JSON object per row) so that it survives a restart.

Readers take :attr:`Store.lock` for a consistent view; a writer changes a copy of a record and
saves it (:meth:`Store.save`), so a record a reader holds never changes under it.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import threading
from typing import Any, TypeVar

from .records import RECORD_TYPES, Asset, Job, Media, Record, Story, Workflow, from_json, to_json

J = TypeVar("J", bound=Job)


class Store:
    def __init__(self, api_keys: dict[str, int], state_file: str | None = None) -> None:
        self.lock = threading.RLock()
        self._tables: dict[str, dict[str, Any]] = {kind: {} for kind in RECORD_TYPES}
        self.medias: dict[str, Media] = self._tables[Media.KIND]
        self.stories: dict[str, Story] = self._tables[Story.KIND]
        self.assets: dict[str, Asset] = self._tables[Asset.KIND]
        self.workflows: dict[str, Workflow] = self._tables[Workflow.KIND]
        #: Uploaded files, by asset id: (content type, bytes) per result.
        self.asset_files: dict[str, list[tuple[str, bytes]]] = {}
        self.credits: dict[str, int] = dict(api_keys)
        self.jobs: dict[str, int] = {}
        #: (api key, "YYYY-Www") -> the workflow errors logged that week, oldest first (memory only).
        self.error_logs: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.clock_now: float | None = None
        self._db: sqlite3.Connection | None = None
        if state_file:
            self._db = sqlite3.connect(state_file, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS objects (kind TEXT, id TEXT, body TEXT, PRIMARY KEY (kind, id))"
            )
            self._load(api_keys)

    # ------------------------------------------------------------------ persistence
    def _load(self, api_keys: dict[str, int]) -> None:
        assert self._db is not None
        rows = self._db.execute("SELECT kind, id, body FROM objects").fetchall()
        for kind, id_, body in rows:
            value = json.loads(body)
            if kind in self._tables:
                self._tables[kind][id_] = from_json(kind, value)
            elif kind == "asset_files":
                self.asset_files[id_] = [(t, base64.b64decode(b)) for t, b in value]
            elif kind == "credits":
                self.credits[id_] = value  # the saved balance wins over the configured start
            elif kind == "jobs":
                self.jobs[id_] = value
            elif kind == "clock":
                self.clock_now = value
        for key, balance in api_keys.items():
            if key not in self.credits:
                self.set_balance(key, balance)

    def _write(self, kind: str, id_: str, value: Any) -> None:
        if self._db is not None:
            self._db.execute(
                "INSERT OR REPLACE INTO objects (kind, id, body) VALUES (?, ?, ?)",
                (kind, id_, json.dumps(value)),
            )

    def _erase(self, kind: str, id_: str) -> None:
        if self._db is not None:
            self._db.execute("DELETE FROM objects WHERE kind = ? AND id = ?", (kind, id_))

    # ------------------------------------------------------------------ records
    def save(self, record: Record, uploads: list[tuple[str, bytes]] | None = None) -> None:
        """Keep ``record`` (replacing the one with its id); ``uploads`` are an asset's files."""
        with self.lock:
            self._tables[record.KIND][record.id] = record
            self._write(record.KIND, record.id, to_json(record))
            if uploads is not None:
                self.asset_files[record.id] = uploads
                self._write("asset_files", record.id, [[t, base64.b64encode(b).decode()] for t, b in uploads])

    def delete(self, kind: str, record_id: str) -> None:
        with self.lock:
            self._tables[kind].pop(record_id, None)
            self._erase(kind, record_id)

    def owned(self, cls: type[J], record_id: str, key: str) -> J | None:
        """The record ``record_id`` of kind ``cls`` if ``key`` owns it (None for another key's)."""
        with self.lock:
            record = self._tables[cls.KIND].get(record_id)
        return record if isinstance(record, cls) and record.owner == key else None

    def records(self, kind: str) -> list[Record]:
        """A snapshot of every record of ``kind``."""
        with self.lock:
            return list(self._tables[kind].values())

    def get(self, kind: str, record_id: str) -> Record | None:
        with self.lock:
            record: Record | None = self._tables[kind].get(record_id)
            return record

    def medias_of(self, story: Story) -> list[Media]:
        """The scene medias of ``story`` that still exist, in scene order."""
        with self.lock:
            return [self.medias[e.media_id] for e in story.medias if e.media_id in self.medias]

    def uploaded_file(self, asset_id: str, index: int) -> tuple[str, bytes] | None:
        """(content type, bytes) of an asset's uploaded file ``index``, if it has one."""
        with self.lock:
            stored = self.asset_files.get(asset_id)
        return stored[index] if stored and 0 <= index < len(stored) else None

    def log_error(self, key: str, period: str, entry: dict[str, Any]) -> None:
        with self.lock:
            self.error_logs.setdefault((key, period), []).append(entry)

    # ------------------------------------------------------------------ credits
    def balance(self, key: str) -> int | None:
        """The credits of ``key``; None for a key the fake does not know."""
        with self.lock:
            return self.credits.get(key)

    def set_balance(self, key: str, credits: int) -> None:
        with self.lock:
            self.credits[key] = credits
            self._write("credits", key, credits)

    def charge(self, key: str, amount: int) -> bool:
        """Take ``amount`` credits and count a paid job; False (and no change) when short."""
        with self.lock:
            if self.credits.get(key, 0) < amount:
                return False
            self.credits[key] -= amount
            self.jobs[key] = self.jobs.get(key, 0) + 1
            self._write("credits", key, self.credits[key])
            self._write("jobs", key, self.jobs[key])
            return True

    def paid_jobs(self, key: str | None = None) -> int:
        """Paid jobs of ``key`` (of every key when None)."""
        with self.lock:
            return sum(self.jobs.values()) if key is None else self.jobs.get(key, 0)

    def forget_key(self, key: str) -> bool:
        """Drop ``key``'s balance and paid-job count (its jobs stay); False for an unknown key."""
        with self.lock:
            if self.credits.pop(key, None) is None:
                return False
            self.jobs.pop(key, None)
            self._erase("credits", key)
            self._erase("jobs", key)
            return True

    def clear(self) -> dict[str, int]:
        """Remove every job, uploaded file, workflow error log, balance and paid-job count (the
        clock stays); returns how many jobs of each kind there were."""
        with self.lock:
            removed = {kind: len(table) for kind, table in self._tables.items()}
            for table in self._tables.values():
                table.clear()  # in place: self.medias and the others are these dicts
            for held in (self.asset_files, self.credits, self.jobs, self.error_logs):
                held.clear()
            if self._db is not None:
                self._db.execute("DELETE FROM objects WHERE kind != 'clock'")
            return removed

    # ------------------------------------------------------------------ clock
    def save_clock(self, now: float) -> None:
        with self.lock:
            self.clock_now = now
            self._write("clock", "now", now)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
