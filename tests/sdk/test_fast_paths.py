"""The two shortcuts a typed call takes past plain httpx (for `make bench`'s parse targets) change
nothing a user can see: the answers decode as ``json.loads`` decodes them, whatever msgspec refuses, and
every request goes to the URL httpx itself would build."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sdk_helpers import API, Recorder, maybe, mock_clients, ok

from vimmerse import _json, errors
from vimmerse._prepare import RequestBuilder

#: Bodies json.loads reads that msgspec refuses (the fallback must keep them) or reads itself (bigint).
LENIENT_BODIES = [
    b'{"data": {"id": "m1", "processing_status": "success", "width": NaN}}',
    b'{"data": {"id": "m1", "processing_status": "success", "width": Infinity}}',
    b'{"data": {"id": "m1", "processing_status": "success", "width": 1e400}}',
    b'\xef\xbb\xbf{"data": {"id": "m1", "processing_status": "success"}}',
    b'{"data": {"id": "m1", "processing_status": "success", "width": 123456789012345678901234567890}}',
    b'{"data": {"id": "m1", "processing_status": "success", "title": "\\ud800"}}',
    json.dumps({"data": {"id": "m1", "processing_status": "success"}}).encode("utf-16"),
    json.dumps({"data": {"id": "m1", "processing_status": "success"}}).encode("utf-32-le"),
]


@pytest.mark.parametrize(
    "body", LENIENT_BODIES, ids=["nan", "inf", "1e400", "bom", "bigint", "surrogate", "utf16", "utf32"]
)
@pytest.mark.parametrize("fast", [True, False], ids=["msgspec", "stdlib"])
def test_the_decoder_reads_what_json_loads_reads(body: bytes, fast: bool, monkeypatch: Any) -> None:
    assert _json.backend().startswith("msgspec")  # installed with the SDK
    if not fast:
        monkeypatch.setattr(_json, "_fast", None)
    expected = json.loads(body)
    got = _json.loads(body)
    assert json.dumps(got) == json.dumps(expected)  # NaN != NaN: compare the texts


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=40,
)


@given(JSON_VALUES, st.booleans())
def test_any_json_decodes_as_json_loads_decodes_it(value: Any, ascii_only: bool) -> None:
    body = json.dumps(value, ensure_ascii=ascii_only).encode()
    got = _json.loads(body)
    assert got == json.loads(body)
    assert json.dumps(got) == json.dumps(json.loads(body))  # same types: 1 stays int, 1.0 float


@pytest.mark.parametrize("body", [b"{not json", b"", b"\xff\xfe\x00"])
def test_the_decoder_refuses_what_json_loads_refuses(body: bytes) -> None:
    with pytest.raises(ValueError):
        json.loads(body)
    with pytest.raises(ValueError):
        _json.loads(body)


async def test_a_lenient_answer_reaches_the_user(mode: str) -> None:
    """An integer beyond 64 bits where an int belongs is read exactly (not as a rounded float)."""
    body = (
        b'{"data": {"id": "m1", "processing_status": "success", "progress_percentage": 1' + b"0" * 30 + b"}}"
    )
    client, _ = mock_clients(Recorder([httpx.Response(200, content=body)]), mode)
    media = await maybe(client.media.get("m1"))
    assert media.id == "m1" and media.progress_percentage == 10**30


async def test_an_answer_nested_too_deeply_is_the_sdks_error(mode: str) -> None:
    body = b'{"data": ' + b"[" * 1500 + b"]" * 1500 + b"}"
    client, _ = mock_clients(Recorder([httpx.Response(200, content=body)]), mode)
    with pytest.raises(errors.APIError, match="unexpected 200"):
        await maybe(client.media.get("m1"))


def planner(base_url: str) -> RequestBuilder:
    return RequestBuilder(api_key="k", base_url=base_url)


PATHS = [
    "/media/m1",
    "/media/3f2a-9c/processing-status",
    "/story/a%2Fb",  # a quoted slash stays quoted
    "/story/%20x%25",
    "/finetune/word_with-dash",
    "/finetune/v1.2",  # a dot: parsed the usual way
    "/finetune/..",  # a dot-segment: normalized exactly as httpx normalizes it
    "/media/caf%C3%A9",
]


@pytest.mark.parametrize(
    "base", ["http://api.vimmerse.test", "https://h.test:8443/v1/", "http://[::1]:9/p%20q/"]
)
@pytest.mark.parametrize("path", PATHS)
def test_an_operation_url_is_the_url_httpx_builds(base: str, path: str) -> None:
    p = planner(base)
    assert p._join is not None  # the shortcut is in use with this httpx (its self-check passed)
    url = p.url_for(path)
    expected = httpx.URL(str(p.base_url) + path.lstrip("/"))
    via_client = httpx.Client(base_url=str(p.base_url)).build_request("GET", path.lstrip("/")).url
    for other in (expected, via_client):
        assert str(url) == str(other)
        assert url.raw_path == other.raw_path and url.host == other.host and url.port == other.port
    assert url == expected and p.auth_headers(url)  # the key goes to the API's own origin


def test_a_base_with_a_query_parses_every_url() -> None:
    p = planner("http://api.vimmerse.test/?tenant=a")
    assert p._join is None
    assert str(p.url_for("/media/m1")) == str(httpx.URL(str(p.base_url) + "media/m1"))


@pytest.mark.parametrize("word", ["fox_v2", "fox.v2"])
async def test_requests_go_to_the_operation_path(word: str, mode: str) -> None:
    rec = Recorder([ok({"data": {}})])
    client, _ = mock_clients(rec, mode)
    await maybe(client.finetune.status(word))
    assert str(rec.requests[0].url) == f"{API}/finetune/{word}"
