"""Recordings as regression fixtures: ``tests/fixtures/recordings/*.har``, replayed offline.

Copy a report's ``exchanges.har`` here (``vimmerse verify --report DIR``, ``vimmerse proxy``, or
``make contract-live``) and what the service sent then stays tested: every recorded answer keeps
the verdict noted in the recording (each entry's ``comment``: its findings, one a line), and the
SDK reads every recorded free read again through ``replay_transport`` -- a wire form first seen
live becomes a case here.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from vimmerse import Vimmerse
from vimmerse.verify import REDACTED, read_har, recheck, replay_transport
from vimmerse_openapi.sdk.operations import OPERATIONS

RECORDINGS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "recordings").glob("*.har"))


def test_there_are_recordings() -> None:
    assert RECORDINGS


@pytest.mark.parametrize("har", RECORDINGS, ids=lambda p: p.stem)
def test_each_recorded_answer_keeps_its_verdict(har: Path, contract) -> None:
    entries = json.loads(har.read_text(encoding="utf-8"))["log"]["entries"]
    noted = {i: set(filter(None, (e.get("comment") or "").splitlines())) for i, e in enumerate(entries)}
    found: dict[int, set[str]] = {i: set() for i in range(len(entries))}
    for finding in recheck(har, contract).findings():
        found[finding.exchange].add(finding.line())
    assert found == noted


@pytest.mark.parametrize("har", RECORDINGS, ids=lambda p: p.stem)
def test_the_sdk_reads_every_recorded_read(har: Path, contract) -> None:
    read = 0
    for exchange in read_har(har):
        op = contract.match(exchange.method, exchange.path)
        sdk = OPERATIONS.get(op.operation_id) if op else None
        if op is None or sdk is None or exchange.status != 200 or op.method != "GET" or sdk.binary:
            continue
        url = urlsplit(exchange.url)
        args = {**contract.path_params(op, url.path), **dict(parse_qsl(url.query))}
        origin = f"{url.scheme}://{url.netloc}"
        with Vimmerse("replayed", origin, transport=replay_transport([exchange]), max_retries=0) as client:
            resource = getattr(client, sdk.tag)
            call = resource if sdk.name == "__call__" else getattr(resource, sdk.name)
            assert call(**args) is not None, op.operation_id
        read += 1
    assert read > 0


@pytest.mark.parametrize("har", RECORDINGS, ids=lambda p: p.stem)
def test_no_recording_holds_a_key(har: Path) -> None:
    for exchange in read_har(har):
        for name, value in exchange.request_headers:
            if name.lower() in ("x-api-key", "authorization"):
                assert value == REDACTED
