"""An asset as a job through the fake: queue -> processing -> success on the fake clock with
``async_mode``, charged once per call, private to its key, its files on the key-less file host,
notified once by webhook, kept across a restart, and junk refused with a 4xx.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from asset_helpers import (
    ASSET_OP_IDS,
    FILE_BYTES,
    FILE_TYPES,
    OTHER_KEY,
    POOR_KEY,
    asset_ops,
    call,
    create,
    first,
    is_binary,
)

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse
from vimmerse_fake.testing import client_for


def test_async_mode_walks_queue_processing_success_on_the_clock(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client
) -> None:
    op = first(asset_ops(fake, has=("async_mode",), upload=False), "with async_mode")
    asset = create(client, fake, op, async_mode=True)
    assert asset["status"] == "queue" and asset["results"] == []
    seen = []
    for _ in range(1000):
        data = client.get(f"/asset/{asset['id']}").json()["data"]
        seen.append(data["status"])
        if data["status"] == "success":
            break
        assert data["results"] == []
        fake.clock.advance(1.0)
    assert seen[0] == "queue" and "processing" in seen and seen[-1] == "success"
    order = [s for i, s in enumerate(seen) if i == 0 or seen[i - 1] != s]
    assert order == ["queue", "processing", "success"]
    assert data["results"] and cdn.get(data["results"][0]).status_code == 200
    assert data["updated_at"] > data["created_at"]


def test_a_failing_prompt_ends_as_fail_without_results(fake: FakeVimmerse, client: httpx.Client) -> None:
    op = first(asset_ops(fake, has=("async_mode", "prompt"), upload=False), "with async_mode and prompt")
    asset = create(client, fake, op, async_mode=True, prompt="a cat [fail]")
    fake.clock.advance(3600)
    data = client.get(f"/asset/{asset['id']}").json()["data"]
    assert data["status"] == "fail" and data["results"] == []


def test_credits_charged_once_per_call_and_402_changes_nothing(
    fake: FakeVimmerse, client: httpx.Client
) -> None:
    for op in asset_ops(fake, upload=False):
        if op.credits != "charged":
            continue
        before, jobs = fake.credits(DEMO_API_KEY), fake.jobs_created(DEMO_API_KEY)
        price = op.raw.get("x-vimmerse-price")
        fields: dict[str, Any] = {}
        expected = 10  # the documented flat fallback
        if price:
            per = price.get("per")
            units = 1
            if per == "quantity":
                prop = fake.asset_api.facts(op).properties["quantity"]
                units = min(2, prop.get("maximum", 2))
                fields["quantity"] = units
            elif per:
                units = fake.asset_api.facts(op).value({}, per) or 1
            expected = -(-int(price["credits"] * units * 1000) // 1000)
        create(client, fake, op, **fields)
        assert before - fake.credits(DEMO_API_KEY) == expected, op.operation_id
        assert fake.jobs_created(DEMO_API_KEY) == jobs + 1

    op = first([o for o in asset_ops(fake, upload=False) if o.credits == "charged"], "charged")
    with fake.store.lock:
        assets = len(fake.store.assets)
    r = call(client, fake, op, key=POOR_KEY)
    assert r.status_code == 402 and r.json()["message"] == "INSUFFICIENT_CREDIT"
    assert fake.credits(POOR_KEY) == 1 and fake.jobs_created(POOR_KEY) == 0
    with fake.store.lock:
        assert len(fake.store.assets) == assets


def test_assets_are_private_to_their_key(fake: FakeVimmerse, client: httpx.Client) -> None:
    op = first(asset_ops(fake, upload=False), "")
    asset = create(client, fake, op)
    with client_for(fake, key=OTHER_KEY) as other:
        r = other.get(f"/asset/{asset['id']}")
        assert r.status_code == 404 and r.json()["message"] == "ASSET_NOT_FOUND"
    assert client.get("/asset/no-such-asset").status_code == 404
    assert client.get(f"/asset/{asset['id']}").status_code == 200
    with client_for(fake, key=None) as anonymous:
        assert anonymous.get(f"/asset/{asset['id']}").status_code == 401


@pytest.mark.parametrize("tag", ["image", "video", "audio"])
def test_an_upload_round_trips_its_bytes(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client, tag: str
) -> None:
    op = first(asset_ops(fake, tag, upload=True), f"uploading to {tag}")
    facts = fake.asset_api.facts(op)
    field = next(name for name, prop in facts.properties.items() if is_binary(prop))
    data = FILE_BYTES[tag] + bytes(range(256)) * 40
    before = fake.credits(DEMO_API_KEY)
    asset = create(client, fake, op, **{field: data})
    assert asset["results"] and len(asset["results"]) == 1 and asset["mime_type"] == FILE_TYPES[tag]
    assert asset["args"][field] in (f"{field}.bin", [f"{field}.bin"])  # the file's name, never its bytes
    r = cdn.get(asset["results"][0])
    assert r.content == data and r.headers["content-type"] == FILE_TYPES[tag]
    part = cdn.get(asset["results"][0], headers={"Range": "bytes=10-19"})
    assert part.status_code == 206 and part.content == data[10:20]
    if op.credits == "free":
        assert fake.credits(DEMO_API_KEY) == before


def test_result_files_need_no_key_and_tampered_urls_are_404(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client
) -> None:
    op = first(asset_ops(fake, "image", upload=False), "of tag image")
    asset = create(client, fake, op)
    url = asset["results"][0]
    r = cdn.get(url)  # no X-Api-Key
    assert r.status_code == 200 and "x-api-key" not in {k.lower() for k in r.request.headers}
    head = cdn.head(url)
    assert head.status_code == 200 and int(head.headers["content-length"]) == len(r.content)
    token = url.rsplit("/", 1)[1]
    forged = url.replace(token, "A" + token[1:])
    assert cdn.get(forged).status_code == 404


class Receiver:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                receiver.received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_webhook_notified_once_when_the_asset_ends(fake: FakeVimmerse, client: httpx.Client) -> None:
    with_async = asset_ops(fake, has=("async_mode", "webhook_url"), upload=False)
    op = first(with_async or asset_ops(fake, has=("webhook_url",), upload=False), "with webhook_url")
    receiver = Receiver()
    try:
        fields: dict[str, Any] = {"webhook_url": receiver.url}
        if with_async:
            fields["async_mode"] = True
        asset = create(client, fake, op, **fields)
        if with_async:
            assert fake.deliver_due_webhooks() == 0  # still queued
            fake.clock.advance(3600)
        assert fake.deliver_due_webhooks() == 1
        assert fake.deliver_due_webhooks() == 0  # once
        assert receiver.received == [
            {"customer_id": asset["customer_id"], "asset_id": asset["id"], "status": "success"}
        ]
    finally:
        receiver.close()


def test_assets_survive_a_restart(spec_path: Path, tmp_path: Path) -> None:
    state = str(tmp_path / "state.db")
    config = {"manual_clock": True, "spec_path": str(spec_path), "state_file": state}
    fake = FakeVimmerse(FakeConfig(**config))
    op = first(asset_ops(fake, "image", upload=True), "uploading images")
    field = next(n for n, p in fake.asset_api.facts(op).properties.items() if is_binary(p))
    with client_for(fake) as c:
        asset = create(c, fake, op, **{field: b"\x89PNG\r\n\x1a\nkept"})
    fake.close()
    again = FakeVimmerse(FakeConfig(**config))
    with client_for(again) as c, client_for(again, key=None) as cdn:
        data = c.get(f"/asset/{asset['id']}").json()["data"]
        assert data["status"] == "success" and cdn.get(data["results"][0]).content == b"\x89PNG\r\n\x1a\nkept"
    again.close()


JUNK = [
    (b"", None),
    (b"{}", "application/json"),
    (b"garbage", "multipart/form-data"),
    (b"a=1&a=2&%zz", "application/x-www-form-urlencoded"),
    (b"quantity=9999&duration=1e400&aspect_ratio=0:0&prompt=x", "application/x-www-form-urlencoded"),
    (
        b'--+++\r\nContent-Disposition: form-data; name="duration"\r\n\r\nnan',
        "multipart/form-data; boundary=+++",
    ),
]


@pytest.mark.parametrize("op_id", ASSET_OP_IDS)
def test_junk_to_an_asset_operation_is_a_4xx(fake: FakeVimmerse, client: httpx.Client, op_id: str) -> None:
    op = fake.document.by_id[op_id]
    for body, content_type in JUNK:
        headers = {"Content-Type": content_type} if content_type else {}
        r = client.request(op.method, op.path, content=body, headers=headers)
        assert r.status_code < 500 and r.headers["content-type"] == "application/json", (body, r.text)


@pytest.mark.parametrize(
    ("tag", "data", "media_type"),
    [
        ("image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "image/png"),
        ("image", b"\xff\xd8\xff\xe0" + b"\x00" * 32, "image/jpeg"),
        ("video", b"\x00\x00\x00\x18ftypisom" + b"\x00" * 32, "video/mp4"),
        ("audio", b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 32, "audio/wav"),
        ("audio", b"ID3\x04" + b"\x00" * 32, "audio/mpeg"),
    ],
)
def test_an_upload_without_a_content_type_is_told_by_its_bytes(
    fake: FakeVimmerse, client: httpx.Client, cdn: httpx.Client, tag: str, data: bytes, media_type: str
) -> None:
    op = first(asset_ops(fake, tag, upload=True), f"uploading to {tag}")
    field = next(n for n, p in fake.asset_api.facts(op).properties.items() if is_binary(p))
    r = client.post(op.path, files=[(field, ("blob", data, "application/octet-stream"))])
    assert r.status_code == 200, r.text
    asset = r.json()["data"]
    assert asset["mime_type"] == media_type
    assert cdn.get(asset["results"][0]).headers["content-type"] == media_type
