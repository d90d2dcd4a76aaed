"""`vimmerse proxy` and `vimmerse verify` as a user runs them: separate processes, over HTTP."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx

from vimmerse_fake import DEMO_API_KEY

VIMMERSE = [sys.executable, "-m", "vimmerse"]


def env(**extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VIMMERSE_")}
    return {**clean, "NO_COLOR": "1", "COLUMNS": "200", **extra}


def test_the_proxy_forwards_records_and_checks_a_clients_exchanges(serve_fake, tmp_path: Path) -> None:
    served = serve_fake()
    report = tmp_path / "report"
    proc = subprocess.Popen(
        [*VIMMERSE, "proxy", "--upstream", served.base_url, "--port", "0", "--report", str(report)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = re.search(r"on (http://\S+) ->", line)
        assert url, line + (proc.stderr.read() if proc.stderr else "")
        key = {"X-Api-Key": DEMO_API_KEY}
        with httpx.Client(base_url=url.group(1), timeout=30) as client:
            assert client.get("/health", headers=key).status_code == 200
            status = client.get(f"/media/{served.media_id}/processing-status", headers=key)
            assert status.status_code == 200 and status.json()["data"]["processing_status"]
            # The proxy hands the redirect to the file host back: the client, not the proxy, follows it.
            download = client.get(f"/media/{served.media_id}/download", headers=key)
            assert download.status_code in (200, 302, 404), download.text
            assert client.get("/no/such/operation", headers=key).status_code == 404
        # A request line naming another host: this is no forward proxy, the key goes nowhere else.
        host, port = url.group(1).removeprefix("http://").rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(
                b"GET http://example.com/health HTTP/1.1\r\nHost: example.com\r\nX-Api-Key: k\r\n\r\n"
            )
            assert sock.recv(200).startswith(b"HTTP/1.1 400")
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, out + err
    data = json.loads((report / "report.json").read_text())
    operations = {o["operation"]: o["statuses"] for o in data["operations"]}
    assert operations["getHealth"] == {"200": 1}
    assert operations["getMediaProcessingStatus"] == {"200": 1}
    assert [f["kind"] for f in data["findings"]] == ["unknown-operation"]
    assert data["findings"][0]["operation"] == "GET /no/such/operation"
    assert "getHealth" in out and "1 findings" in out
    for path in report.iterdir():
        assert DEMO_API_KEY.encode() not in path.read_bytes(), path.name


def test_verify_against_the_fake_writes_the_evidence_and_passes(serve_fake, tmp_path: Path) -> None:
    served = serve_fake()
    report = tmp_path / "report"
    proc = subprocess.run(
        [*VIMMERSE, "verify", "--report", str(report)],
        env=env(
            VIMMERSE_BASE_URL=served.base_url,
            VIMMERSE_API_KEY=DEMO_API_KEY,
            VIMMERSE_MEDIA_ID=served.media_id,
            VIMMERSE_STORY_ID=served.story_id,
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 findings" in proc.stdout and "getMediaProcessingStatus" in proc.stdout
    assert {p.name for p in report.iterdir()} == {"exchanges.har", "report.json", "junit.xml", "report.html"}
    again = subprocess.run(
        [*VIMMERSE, "verify", "--replay", str(report / "exchanges.har"), "--report", str(tmp_path / "again")],
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stdout + again.stderr
    first, second = (
        json.loads((d / "report.json").read_text())["summary"] for d in (report, tmp_path / "again")
    )
    assert first == second and first["findings"] == 0


def test_verify_exits_1_on_findings_and_2_without_a_key(tmp_path: Path) -> None:
    har = tmp_path / "drift.har"
    entry = {
        "startedDateTime": "2026-01-01T00:00:00+00:00",
        "time": 1,
        "request": {"method": "GET", "url": "http://api.test/health", "headers": []},
        "response": {
            "status": 418,
            "headers": [{"name": "content-type", "value": "application/json"}],
            "content": {"mimeType": "application/json", "text": "{}"},
        },
    }
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": [entry]}}))
    proc = subprocess.run(
        [*VIMMERSE, "verify", "--replay", str(har), "--report", str(tmp_path / "r")],
        env=env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "undocumented-status: getHealth 418" in proc.stdout
    nokey = subprocess.run([*VIMMERSE, "verify"], env=env(), capture_output=True, text=True, timeout=60)
    assert nokey.returncode == 2 and "no API key" in nokey.stderr
