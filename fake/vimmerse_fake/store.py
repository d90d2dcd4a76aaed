"""The fake's state: accounts, medias, stories, assets (and the bytes uploaded to them) and
counters, in memory, optionally
written through to SQLite (stdlib sqlite3, one JSON blob per object) so it survives a
restart. Objects are plain JSON-able dicts so persisting them is a ``json.dumps``."""

from __future__ import annotations

import base64
import json
import sqlite3
import threading
from typing import Any


class Store:
    def __init__(self, api_keys: dict[str, int], state_file: str | None = None) -> None:
        self.lock = threading.RLock()
        self.medias: dict[str, dict[str, Any]] = {}
        self.stories: dict[str, dict[str, Any]] = {}
        self.assets: dict[str, dict[str, Any]] = {}
        #: Uploaded files, by asset id: (content type, bytes) per result.
        self.asset_files: dict[str, list[tuple[str, bytes]]] = {}
        self.credits: dict[str, int] = dict(api_keys)
        self.jobs: dict[str, int] = {}
        self.clock_now: float | None = None
        self._db: sqlite3.Connection | None = None
        if state_file:
            self._db = sqlite3.connect(state_file, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS objects (kind TEXT, id TEXT, body TEXT, PRIMARY KEY (kind, id))"
            )
            self._load(api_keys)

    def _load(self, api_keys: dict[str, int]) -> None:
        assert self._db is not None
        rows = self._db.execute("SELECT kind, id, body FROM objects").fetchall()
        for kind, id_, body in rows:
            value = json.loads(body)
            if kind == "media":
                self.medias[id_] = value
            elif kind == "story":
                self.stories[id_] = value
            elif kind == "asset":
                self.assets[id_] = value
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
                self.credits[key] = balance
                self._put("credits", key, balance)

    def _put(self, kind: str, id_: str, value: Any) -> None:
        if self._db is not None:
            self._db.execute(
                "INSERT OR REPLACE INTO objects (kind, id, body) VALUES (?, ?, ?)",
                (kind, id_, json.dumps(value)),
            )

    def save_media(self, media: dict[str, Any]) -> None:
        with self.lock:
            self.medias[media["id"]] = media
            self._put("media", media["id"], media)

    def save_story(self, story: dict[str, Any]) -> None:
        with self.lock:
            self.stories[story["id"]] = story
            self._put("story", story["id"], story)

    def save_asset(self, asset: dict[str, Any], uploads: list[tuple[str, bytes]] | None = None) -> None:
        with self.lock:
            self.assets[asset["id"]] = asset
            self._put("asset", asset["id"], asset)
            if uploads is not None:
                self.asset_files[asset["id"]] = uploads
                self._put("asset_files", asset["id"], [[t, base64.b64encode(b).decode()] for t, b in uploads])

    def delete_story(self, story_id: str) -> None:
        with self.lock:
            self.stories.pop(story_id, None)
            if self._db is not None:
                self._db.execute("DELETE FROM objects WHERE kind = 'story' AND id = ?", (story_id,))

    def medias_of(self, story: dict[str, Any]) -> list[dict[str, Any]]:
        """The scene medias of ``story`` that still exist, in scene order."""
        with self.lock:
            return [self.medias[e["media_id"]] for e in story["medias"] if e["media_id"] in self.medias]

    def charge(self, key: str, amount: int) -> bool:
        """Take ``amount`` credits and count a paid job; False (and no change) when short."""
        with self.lock:
            if self.credits.get(key, 0) < amount:
                return False
            self.credits[key] -= amount
            self.jobs[key] = self.jobs.get(key, 0) + 1
            self._put("credits", key, self.credits[key])
            self._put("jobs", key, self.jobs[key])
            return True

    def balance(self, key: str) -> int | None:
        """The credits of ``key``; None for a key the fake does not know."""
        with self.lock:
            return self.credits.get(key)

    def set_balance(self, key: str, credits: int) -> None:
        with self.lock:
            self.credits[key] = credits
            self._put("credits", key, credits)

    def paid_jobs(self, key: str | None = None) -> int:
        """Paid jobs of ``key`` (of every key when None)."""
        with self.lock:
            return sum(self.jobs.values()) if key is None else self.jobs.get(key, 0)

    def save_clock(self, now: float) -> None:
        with self.lock:
            self.clock_now = now
            self._put("clock", "now", now)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
