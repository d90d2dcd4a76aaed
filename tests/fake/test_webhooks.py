"""Webhooks are POSTed to a real HTTP receiver on loopback, with retries."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from vimmerse_fake import DEMO_API_KEY, FakeConfig, FakeVimmerse, serve
from vimmerse_fake.testing import client_for, create_media


class Receiver:
    def __init__(self, fail_first: int) -> None:
        self.fail_first = fail_first
        self.received: list[dict] = []
        self.got = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                receiver.received.append(body)
                ok = len(receiver.received) > receiver.fail_first
                self.send_response(200 if ok else 500)
                self.send_header("Content-Length", "0")
                self.end_headers()
                if ok:
                    receiver.got.set()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver(fail_first=1)
    yield r
    r.close()


def test_media_webhook_retried_after_500(receiver: Receiver) -> None:
    fake = FakeVimmerse(FakeConfig(manual_clock=True, webhook_retry_delay=0))
    with client_for(fake) as c:
        media = create_media(c, webhook_url=receiver.url)
        assert fake.deliver_due_webhooks() == 0  # not finished yet
        fake.clock.advance(60)
        assert fake.deliver_due_webhooks() == 1
        assert fake.deliver_due_webhooks() == 0  # sent once
    expected = {"media_id": media["id"], "status": "success", "customer_id": media["customer_id"]}
    assert receiver.received == [expected, expected]
    assert [(d["attempt"], d["status_code"]) for d in fake.webhook_deliveries] == [(1, 500), (2, 200)]
    fake.close()


def test_story_webhook_from_served_fake_scheduler(receiver: Receiver) -> None:
    """Served, the background scheduler notices the terminal state by itself."""
    with serve(config=FakeConfig(speed=1000.0, webhook_retry_delay=0)) as running:
        with httpx.Client(base_url=running.base_url, headers={"X-Api-Key": DEMO_API_KEY}) as c:
            r = c.post(
                "/story/idea-2-video", json={"idea": "a cat", "scene_count": 1, "webhook_url": receiver.url}
            )
            story_id = r.json()["data"]["id"]
        assert receiver.got.wait(timeout=20)
    assert receiver.received[-1]["batch_id"] == story_id and receiver.received[-1]["status"] == "success"
    running.fake.close()


@pytest.mark.parametrize("cancel_ends_a_media", [True, False])
def test_the_statuses_that_notify_are_the_documents(tmp_path, cancel_ends_a_media: bool) -> None:
    """A media notifies when it reaches a status ``x-vimmerse-jobs`` calls terminal: with
    ``cancel`` taken out of the document's list, a cancelled media notifies nobody."""
    from vimmerse_fake.document import default_spec_path

    text = default_spec_path().read_text()
    if not cancel_ends_a_media:
        assert text.count("cancelled: [cancel]") == 1
        text = text.replace("cancelled: [cancel]", "cancelled: []")
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text)
    config = FakeConfig(manual_clock=True, spec_path=str(spec), webhook_attempts=1, webhook_retry_delay=0)
    fake = FakeVimmerse(config)
    with client_for(fake) as client:
        create_media(client, prompt="a fox [cancel]", webhook_url="http://127.0.0.1:9/hook")
    fake.clock.advance(3600)
    assert fake.deliver_due_webhooks() == (1 if cancel_ends_a_media else 0)
    fake.close()
