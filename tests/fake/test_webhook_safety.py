"""The fake never calls a webhook receiver outside this machine.

Fuzzers (schemathesis) send arbitrary ``webhook_url`` values; delivering them would turn a test run
into traffic to other hosts. Only ``localhost`` and literal loopback addresses are called.
"""

from __future__ import annotations

import httpx
import pytest

from vimmerse_fake import FakeConfig, FakeVimmerse
from vimmerse_fake.testing import client_for, create_media
from vimmerse_fake.webhooks import is_loopback_url


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:8080/hook", True),
        ("http://127.9.9.9/hook", True),
        ("http://localhost/hook", True),
        ("http://[::1]:9000/hook", True),
        ("https://example.com/hook", False),
        ("http://10.0.0.1/hook", False),
        ("http://192.168.1.1/hook", False),
        ("http://127.0.0.1.example.com/hook", False),
        ("notauri", False),
    ],
)
def test_only_loopback_hosts_are_called(url: str, allowed: bool) -> None:
    assert is_loopback_url(url) is allowed


def test_remote_webhook_is_recorded_as_blocked_and_never_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[str] = []
    fake = FakeVimmerse(FakeConfig(manual_clock=True, webhook_retry_delay=0))
    with client_for(fake) as c:
        create_media(c, webhook_url="https://hooks.example.com/vimmerse")
    fake.clock.advance(24 * 3600)
    # From here on, any POST from an httpx client would be the fake calling the remote host.
    monkeypatch.setattr(httpx.Client, "post", lambda self, url, **kw: sent.append(url))
    assert fake.deliver_due_webhooks() == 1
    assert sent == []
    [record] = fake.webhook_deliveries
    assert record["status_code"] is None
    assert record["error"].startswith("blocked")
