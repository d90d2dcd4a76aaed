"""Serve the fake for `make polyglot`: the API and its file host on two free loopback ports.

The same server as ``python -m vimmerse_fake`` (``vimmerse_fake.server.serve``), with three
additions the generated clients are judged by:

* The file host (the second origin ``downloadMedia`` redirects to) answers **403 KEY_LEAKED** to
  any request that carries ``X-Api-Key``: a client that forwards the key fails its download
  instead of passing silently.
* Every file-host request is counted (``GET {cdn}/__polyglot/stats``, not part of the API), so
  the driver can check that each download really went through the redirect.
* ``--conform`` (the driver's default): JSON answers of the API are brought to the types
  openapi.yaml declares before they leave, and each change is counted by kind
  (``Media.nsfw: numeric string -> integer``). The fake reproduces quirks the real service was
  seen to send (numbers as numeric strings, ``""`` for an unset enum); the document types those
  fields by meaning and asks readers to be liberal, which the project's Python client is, and
  clients from common generators are not. The driver compares the counted kinds with
  ``fake-quirks.txt`` and fails on a new one, so the list of what a generated client would meet
  from the service stays exact. ``--raw`` serves the fake's answers unchanged.

Prints one JSON line ``{"api": URL, "cdn": URL, "key": KEY}`` once both origins listen, then
serves until stdin reaches end of file or SIGTERM.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import signal
import sys
import threading
from pathlib import Path
from typing import Any

import yaml

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse
from vimmerse_fake.server import serve

ROOT = Path(__file__).resolve().parent.parent
Scope = dict[str, Any]
_DROP = object()
_INT = re.compile(r"^[+-]?\d+$")
_NUM = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_WORDS = {"true": True, "yes": True, "false": False, "no": False}


class Conformer:
    """Brings JSON answers to the types openapi.yaml declares; counts each change by kind."""

    def __init__(self, spec_file: Path) -> None:
        self.doc = yaml.safe_load(spec_file.read_text())
        self.routes: list[tuple[str, re.Pattern[str], dict[str, Any]]] = []
        for path, item in self.doc["paths"].items():
            rx = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
            for method, op in item.items():
                if isinstance(op, dict) and "responses" in op:
                    self.routes.append((method.upper(), rx, op["responses"]))
        self.lock = threading.Lock()
        self.counts: collections.Counter[str] = collections.Counter()

    def _deref(self, node: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        name = None
        while "$ref" in node:
            ref = node["$ref"]
            name = ref.rsplit("/", 1)[-1]
            target: Any = self.doc
            for part in ref.lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node, name

    def response_schema(self, method: str, path: str, status: int) -> dict[str, Any] | None:
        for m, rx, responses in self.routes:
            if m == method and rx.match(path):
                resp = responses.get(str(status))
                if resp is None:
                    return None
                resp, _ = self._deref(resp)
                schema: dict[str, Any] | None = (
                    resp.get("content", {}).get("application/json", {}).get("schema")
                )
                return schema
        return None

    def coerce(self, value: Any, schema: dict[str, Any], where: str) -> Any:
        schema, name = self._deref(schema)
        if "anyOf" in schema or "oneOf" in schema:
            return value  # a real union: any member is fine as it is
        if "allOf" in schema and len(schema["allOf"]) == 1:
            schema, name = self._deref(schema["allOf"][0])
        typ = schema.get("type")
        if value is None:
            if schema.get("nullable"):
                return value
            return self._note(where, "null -> absent")
        if typ == "object" and isinstance(value, dict):
            props = schema.get("properties", {})
            for key in list(value):
                if key in props:
                    new = self.coerce(value[key], props[key], f"{name or where}.{key}")
                    if new is _DROP:
                        del value[key]
                    else:
                        value[key] = new
            return value
        if typ == "array" and isinstance(value, list):
            items = schema.get("items", {})
            out = [self.coerce(v, items, f"{where}[]") for v in value]
            return [v for v in out if v is not _DROP]
        if typ == "integer" and isinstance(value, str) and _INT.match(value.strip()):
            self._note(where, "numeric string -> integer")
            return int(value)
        if typ == "number" and isinstance(value, str) and _NUM.match(value.strip()):
            self._note(where, "numeric string -> number")
            number = float(value)
            return int(number) if number.is_integer() else number
        if typ == "boolean" and isinstance(value, str) and value.strip().lower() in _WORDS:
            self._note(where, "word -> boolean")
            return _WORDS[value.strip().lower()]
        if typ == "string" and "enum" in schema and value not in schema["enum"]:
            if value == "":
                return self._note(where, f"'' (not a {name or 'listed'} value) -> absent")
            self._note(where, f"value not in {name or 'enum'} kept: {value!r}")
        return value

    def _note(self, where: str, kind: str) -> object:
        with self.lock:
            self.counts[f"{where}: {kind}"] += 1
        return _DROP


class ConformingApi:
    """ASGI wrapper of the fake's API app that passes JSON answers through a Conformer."""

    def __init__(self, app: Any, conformer: Conformer) -> None:
        self.app, self.conformer = app, conformer

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                ctype = dict(message.get("headers", [])).get(b"content-type", b"")
                if b"json" in ctype:
                    start.update(message)
                    return
            elif start and message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                await send_fixed(b"".join(chunks))
                return
            await send(message)

        async def send_fixed(body: bytes) -> None:
            schema = self.conformer.response_schema(scope["method"], scope["path"], start["status"])
            if schema is not None:
                try:
                    data = json.loads(body)
                except ValueError:
                    data = None
                if data is not None:
                    data = self.conformer.coerce(data, schema, "response")
                    body = json.dumps(data, separators=(",", ":")).encode()
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)


class GuardedFileHost:
    """ASGI wrapper of the fake's file host: refuses X-Api-Key, counts requests, serves stats."""

    def __init__(self, app: Any, conformer: Conformer | None) -> None:
        self.app, self.conformer = app, conformer
        self.lock = threading.Lock()
        self.hits = 0
        self.leaks = 0

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == "/__polyglot/stats":
            with self.lock:
                stats: dict[str, Any] = {"hits": self.hits, "leaks": self.leaks}
            stats["quirks"] = dict(self.conformer.counts) if self.conformer else None
            await _send(send, 200, json.dumps(stats).encode())
            return
        names = {k.decode("latin-1").lower() for k, _ in scope.get("headers", [])}
        with self.lock:
            self.hits += 1
            leaked = "x-api-key" in names
            self.leaks += leaked
        if leaked:
            await _send(send, 403, b'{"message":"KEY_LEAKED"}')
            return
        await self.app(scope, receive, send)


async def _send(send: Any, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--speed", type=float, default=120.0, help="simulated seconds per real second")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--conform", dest="conform", action="store_true", default=True)
    mode.add_argument("--raw", dest="conform", action="store_false")
    args = parser.parse_args()
    fake = FakeVimmerse(FakeConfig(speed=args.speed, strict_responses=False))
    conformer = Conformer(args.spec) if args.conform else None
    # serve() mounts fake.app and fake.cdn_app: wrap both (ASGI apps, not Starlette ones any more).
    if conformer is not None:
        fake.app = ConformingApi(fake.app, conformer)  # type: ignore[assignment]
    fake.cdn_app = GuardedFileHost(fake.cdn_app, conformer)  # type: ignore[assignment]
    with serve("127.0.0.1", 0, 0, fake=fake, log_level="error") as running:
        print(json.dumps({"api": running.base_url, "cdn": running.cdn_url, "key": DEMO_API_KEY}), flush=True)
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())

        def stop_at_eof() -> None:
            sys.stdin.read()
            stop.set()

        threading.Thread(target=stop_at_eof, daemon=True).start()
        stop.wait()
        fake.close()


if __name__ == "__main__":
    main()
