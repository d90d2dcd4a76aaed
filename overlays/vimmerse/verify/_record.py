"""Exchanges as recorded: HAR 1.2 (``exchanges.har``), with every secret taken out.

The values of the credential headers (``X-Api-Key``, ``Authorization``, cookies) are replaced by
``[redacted]``, and so is any other occurrence of them (a URL, a body, another header): a recording
can be committed as a test fixture or attached to a CI run. Bodies are kept when they are text
(JSON, forms without files, plain text) of at most ``MAX_TEXT`` bytes; others are noted by size.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from vimmerse import __version__

SECRET_HEADERS = frozenset({"x-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie"})
REDACTED = "[redacted]"
MAX_TEXT = 256 * 1024
_TEXT_TYPES = ("application/json", "text/", "application/x-www-form-urlencoded", "application/problem+json")


@dataclass
class Exchange:
    """One request and its answer, as they crossed the wire."""

    method: str
    url: str
    request_headers: list[tuple[str, str]]
    request_body: bytes
    status: int
    response_headers: list[tuple[str, str]]
    response_body: bytes
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    millis: float = 0.0

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    def response_header(self, name: str) -> str:
        return next((v for k, v in self.response_headers if k.lower() == name), "")

    def secrets(self) -> set[str]:
        found = set()
        for name, value in self.request_headers:
            if name.lower() in SECRET_HEADERS and value:
                found.add(value)
                found.update(part for part in value.split() if len(part) >= 8)
        return found


class Recording:
    """Exchanges collected from several threads, written as one HAR file."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.exchanges: list[Exchange] = []
        self._secrets: set[str] = set()

    def add(self, exchange: Exchange) -> int:
        with self._lock:
            self.exchanges.append(exchange)
            self._secrets |= exchange.secrets()
            return len(self.exchanges) - 1

    def har(self, comments: dict[int, str] | None = None) -> dict[str, Any]:
        with self._lock:
            exchanges, secrets = list(self.exchanges), set(self._secrets)
        entries = [_entry(x, (comments or {}).get(i, "")) for i, x in enumerate(exchanges)]
        log = {
            "version": "1.2",
            "creator": {"name": "vimmerse verify", "version": __version__},
            "entries": entries,
        }
        return {"log": scrub(log, secrets)}

    def write(self, path: Path, comments: dict[int, str] | None = None) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.har(comments), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return path


def scrub(value: Any, secrets: Iterable[str]) -> Any:
    """``value`` with credential headers and every occurrence of ``secrets`` redacted."""
    ordered = sorted((s for s in set(secrets) if s), key=len, reverse=True)
    return _scrub(value, ordered)


def _scrub(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, list):
        return [_scrub(v, secrets) for v in value]
    if isinstance(value, dict):
        if str(value.get("name", "")).lower() in SECRET_HEADERS and "value" in value:
            return {**value, "value": REDACTED}
        return {k: _scrub(v, secrets) for k, v in value.items()}
    return value


def _body(data: bytes, mime: str) -> tuple[str, str]:
    """The text kept of a body, and a comment when it was left out."""
    if not data:
        return "", ""
    if len(data) <= MAX_TEXT and mime.lower().startswith(_TEXT_TYPES):
        try:
            return data.decode("utf-8"), ""
        except UnicodeDecodeError:
            pass
    return "", f"{len(data)} bytes of {mime or 'unknown type'} not recorded"


def _headers(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"name": k, "value": v} for k, v in pairs]


def _entry(x: Exchange, comment: str) -> dict[str, Any]:
    req_mime = next((v for k, v in x.request_headers if k.lower() == "content-type"), "")
    resp_mime = x.response_header("content-type")
    req_text, req_note = _body(x.request_body, req_mime)
    resp_text, resp_note = _body(x.response_body, resp_mime)
    request: dict[str, Any] = {
        "method": x.method,
        "url": x.url,
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": _headers(x.request_headers),
        "queryString": [{"name": k, "value": v} for k, v in parse_qsl(urlsplit(x.url).query)],
        "headersSize": -1,
        "bodySize": len(x.request_body),
    }
    if x.request_body:
        request["postData"] = {"mimeType": req_mime, "text": req_text, "comment": req_note}
    return {
        "startedDateTime": x.started.isoformat(),
        "time": round(x.millis, 3),
        "request": request,
        "response": {
            "status": x.status,
            "statusText": "",
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": _headers(x.response_headers),
            "content": {
                "size": len(x.response_body),
                "mimeType": resp_mime,
                "text": resp_text,
                "comment": resp_note,
            },
            "redirectURL": x.response_header("location"),
            "headersSize": -1,
            "bodySize": len(x.response_body),
        },
        "cache": {},
        "timings": {"send": 0, "wait": round(x.millis, 3), "receive": 0},
        "comment": comment,
    }


def read_har(path: Path) -> list[Exchange]:
    """The exchanges of a HAR file (bodies not recorded come back empty)."""
    log = json.loads(path.read_text(encoding="utf-8"))["log"]
    out = []
    for entry in log["entries"]:
        req, resp = entry["request"], entry["response"]
        out.append(
            Exchange(
                method=req["method"],
                url=req["url"],
                request_headers=[(h["name"], h["value"]) for h in req.get("headers", [])],
                request_body=(req.get("postData") or {}).get("text", "").encode("utf-8"),
                status=int(resp["status"]),
                response_headers=[(h["name"], h["value"]) for h in resp.get("headers", [])],
                response_body=(resp.get("content") or {}).get("text", "").encode("utf-8"),
                started=datetime.fromisoformat(entry["startedDateTime"]),
                millis=float(entry.get("time", 0)),
            )
        )
    return out
