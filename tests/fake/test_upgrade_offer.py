"""A request that offers an HTTP/2 upgrade (``Upgrade: h2c``) is served as HTTP/1.1, body and all.

Java's ``java.net.http.HttpClient`` (openapi-generator's ``java --library native``) offers h2c on
every plain-http request; a server may ignore the offer but must still read the body.
"""

from __future__ import annotations

import http.client
import json

import pytest

from vimmerse_fake import DEMO_API_KEY, FakeConfig, serve

UPGRADE_OFFER = {
    "Connection": "Upgrade, HTTP2-Settings",
    "Upgrade": "h2c",
    "HTTP2-Settings": "AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA",
}


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_create_that_offers_h2c_keeps_its_body(chunked: bool) -> None:
    boundary = "b0undary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="prompt"\r\n\r\n'
        f"A red fox\r\n--{boundary}--\r\n"
    ).encode()
    with serve(config=FakeConfig(manual_clock=True), webhooks=False) as running:
        conn = http.client.HTTPConnection("127.0.0.1", running.port, timeout=10)
        headers = {
            **UPGRADE_OFFER,
            "X-Api-Key": DEMO_API_KEY,
            "Content-Type": f"multipart/form-data; boundary={boundary}",
        }
        conn.request(
            "POST", "/media", body=iter([body]) if chunked else body, headers=headers, encode_chunked=chunked
        )
        answer = conn.getresponse()
        data = json.loads(answer.read())
        conn.close()
    running.fake.close()
    assert answer.status == 200, data
    assert data["data"]["prompt"] == "A red fox"
