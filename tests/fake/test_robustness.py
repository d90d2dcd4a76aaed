"""Whatever a client sends, the fake answers 4xx, never 500 (nor raises)."""

from __future__ import annotations

import json

import httpx
import pytest

from vimmerse_fake import FakeVimmerse
from vimmerse_fake.document import default_spec_path, load_document
from vimmerse_fake.testing import create_media

# Every operation of openapi.yaml (no hand list to forget one in).
OPERATIONS = [
    (op.method, op.path.replace("{media_id}", "{m}").replace("{story_id}", "{s}"))
    for op in load_document(default_spec_path()).operations
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
    (b"[" * 5000 + b"]" * 5000, "application/json"),
    (json.dumps({"idea": "x"}).encode("utf-16"), "application/json"),
    (b"idea=" + b"%5B" * 3000, "application/x-www-form-urlencoded"),
]


class _Ids(dict[str, str]):
    """Path parameters: the given ones, and ``default`` for any other (an unknown id)."""

    def __init__(self, default: str, **given: str) -> None:
        super().__init__(given)
        self.default = default

    def __missing__(self, key: str) -> str:
        return self.default


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_junk_never_gets_a_5xx(fake: FakeVimmerse, client: httpx.Client, method: str, path: str) -> None:
    media = create_media(client)
    story = client.post("/story", files=[("idea", (None, b"x"))]).json()["data"]
    url = path.format_map(_Ids("no-such-id", m=media["id"], s=story["id"]))
    for body, content_type in BODIES:
        headers = {"Content-Type": content_type} if content_type else {}
        r = client.request(method, url, content=body, headers=headers)
        assert r.status_code < 500, (body[:80], content_type, r.status_code, r.text)
        assert r.headers["content-type"] == "application/json", (body[:80], content_type, r.status_code)
    if "{" in path:
        r = client.request(method, path.format_map(_Ids("bad id!", m="bad id!", s="x" * 200)))
        assert r.status_code in (404, 422)
