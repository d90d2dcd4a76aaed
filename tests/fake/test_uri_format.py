"""``format: uri`` as the fake judges it is RFC 3986's absolute URI, the reading of clients'
validators (schemathesis' fuzzer found the fake refusing "U:" and accepting "a:b|c")."""

from __future__ import annotations

import httpx
import pytest

from vimmerse_fake import formats


@pytest.mark.parametrize(
    ("value", "is_uri"),
    [
        ("https://example.com/cat.png?size=1#top", True),
        ("U:", True),  # a scheme and an empty path
        ("mailto:someone@example.com", True),
        ("http://[::1]:8080/a", True),
        ("http://[v7.x]/", True),
        ("http://user:pw@host:1/%41", True),
        ("XCUT-:(u4*AEM|QttRx", False),  # "|" is in no part of a URI
        ("https://example.com/a b", False),
        ("https://example.com/%zz", False),
        ("http://[not-an-address]/", False),
        ("//example.com/relative", False),
        ("cat.png", False),
        ("", False),
    ],
)
def test_uri_is_rfc_3986(value: str, is_uri: bool) -> None:
    assert formats.is_uri(value) is is_uri


def test_a_form_field_of_format_uri_is_judged_so(client: httpx.Client) -> None:
    refused = client.post("/media", files={"prompt": (None, "a cat"), "webhook_url": (None, "a:b|c")})
    assert refused.status_code == 422 and "webhook_url" in refused.text
    accepted = client.post(
        "/media", files={"prompt": (None, "a cat"), "webhook_url": (None, "http://127.0.0.1:9/h")}
    )
    assert accepted.status_code == 200, accepted.text
