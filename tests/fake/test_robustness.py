"""Whatever a client sends, the fake answers 4xx, never 500 (nor raises)."""

from __future__ import annotations

import httpx
import pytest

from vimmerse_fake import FakeVimmerse
from vimmerse_fake.testing import create_media

OPERATIONS = [
    ("POST", "/media"),
    ("GET", "/media/{m}"),
    ("PUT", "/media/{m}"),
    ("PUT", "/media/{m}/edit"),
    ("GET", "/media/{m}/processing-status"),
    ("GET", "/media/{m}/download"),
    ("POST", "/media/{m}/process"),
    ("POST", "/story/idea-2-video"),
    ("POST", "/story/images-2-video"),
    ("POST", "/story/url-2-video"),
    ("POST", "/story"),
    ("GET", "/story/{s}"),
    ("PUT", "/story/{s}"),
    ("DELETE", "/story/{s}"),
    ("POST", "/story/{s}/elements"),
    ("POST", "/story/{s}/scenes"),
    ("POST", "/story/{s}/videos"),
    ("POST", "/story/{s}/concat"),
]

BODIES = [
    (b"", None),
    (b"{}", "application/json"),
    (b"[1, 2]", "application/json"),
    (b"\xff\xfe not utf-8", "application/json"),
    (b"{not json", "application/json"),
    (b'--+++\r\nContent-Disposition: form-data; name="idea"\r\n\r\nx', "multipart/form-data; boundary=+++"),
    (b"garbage", "multipart/form-data"),
    (b"a=1&a=2&%zz", "application/x-www-form-urlencoded"),
    (b"storyboard=%7B%22scenes%22%3A5%7D&title=" + b"x" * 600, "application/x-www-form-urlencoded"),
    (b"<xml/>", "text/xml"),
]


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_junk_never_gets_a_5xx(fake: FakeVimmerse, client: httpx.Client, method: str, path: str) -> None:
    media = create_media(client)
    story = client.post("/story", files=[("idea", (None, b"x"))]).json()["data"]
    url = path.format(m=media["id"], s=story["id"])
    for body, content_type in BODIES:
        headers = {"Content-Type": content_type} if content_type else {}
        r = client.request(method, url, content=body, headers=headers)
        assert r.status_code < 500, (body, content_type, r.status_code, r.text)
    if "{" in path:
        r = client.request(method, path.format(m="bad id!", s="x" * 200))
        assert r.status_code in (404, 422)
