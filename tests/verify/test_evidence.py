"""What a verification leaves: JUnit XML for CI, an HTML page for people, a recording without the key.

The page is opened in headless Chromium (Debian's ``chromium``, which ``.ci/run`` installs): the
counts and the first finding must be in the DOM it renders, and it must paint a screenshot.
"""

from __future__ import annotations

import contextlib
import json
import re
import resource
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from vimmerse import Vimmerse
from vimmerse.verify import REDACTED, recheck, replay_transport
from vimmerse_fake import DEMO_API_KEY


@pytest.fixture
def drifted(serve_fake, verify_served, contract, tmp_path: Path) -> tuple[dict[str, Any], Path]:
    """A report with one finding: getStory's scene_count sent as a string."""

    def as_string(_path: str, body: Any) -> Any:
        body["data"]["scene_count"] = str(body["data"].get("scene_count") or 2)
        return body

    served = serve_fake(lambda p: p.startswith("/story/"), as_string)
    return verify_served(served, contract, tmp_path), tmp_path


def test_the_junit_file_has_one_case_per_operation_exercised(drifted) -> None:
    report, directory = drifted
    suite = ET.parse(directory / "junit.xml").getroot().find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert sorted(c.get("name") for c in cases) == sorted(o["operation"] for o in report["operations"])
    assert int(suite.get("tests", "0")) == len(cases) == report["summary"]["operations"] >= 6
    failed = [c.get("name") for c in cases if c.find("failure") is not None]
    assert failed == ["getStory"] and suite.get("failures") == "1"


def _unlimited() -> None:
    # Chromium reserves far more address space than it uses (V8's cage): lift a `ulimit -v` when
    # this process may (the hard limit allows it, or CAP_SYS_RESOURCE).
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        pytest.skip("no chromium: .ci/run installs Debian's chromium package (as root)")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]
    proc = subprocess.run(
        [binary, *flags, *args], capture_output=True, text=True, timeout=120, preexec_fn=_unlimited
    )
    if proc.returncode != 0 and resource.getrlimit(resource.RLIMIT_AS)[1] != resource.RLIM_INFINITY:
        pytest.skip("chromium cannot start under this process's hard address-space limit (ulimit -v)")
    return proc


def test_the_html_report_renders_in_headless_chromium(drifted, tmp_path: Path) -> None:
    report, directory = drifted
    page = (directory / "report.html").resolve().as_uri()
    dom = chromium("--dump-dom", page)
    assert "</html>" in dom.stdout, dom.stderr[-2000:]
    for key in ("exchanges", "operations", "findings", "wire-forms-declared", "undeclared-fields"):
        shown = re.search(rf'id="count-{key}">(\d+)<', dom.stdout)
        assert shown, key
        assert int(shown.group(1)) == report["summary"][key.replace("-", "_")]
    first = report["findings"][0]
    row = re.search(r'<table id="findings">.*?<tbody><tr>(.*?)</tr>', dom.stdout, re.S)
    assert row is not None
    cells = [unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))]
    assert cells[:4] == [first["kind"], first["operation"], str(first["status"]), first["field"]]
    shot = tmp_path / "report.png"
    painted = chromium(f"--screenshot={shot}", "--window-size=1200,900", page)
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", painted.stderr[-2000:]


def test_the_key_is_in_no_file_of_the_report(drifted) -> None:
    _report, directory = drifted
    files = sorted(p for p in directory.iterdir() if p.is_file())
    assert {p.name for p in files} == {"exchanges.har", "report.json", "junit.xml", "report.html"}
    for path in files:
        assert DEMO_API_KEY.encode() not in path.read_bytes(), path.name
        assert b"invalid-" not in path.read_bytes(), path.name  # the wrong key of the 401 case too
    har = json.loads((directory / "exchanges.har").read_text())
    keys = [
        h["value"]
        for e in har["log"]["entries"]
        for h in e["request"]["headers"]
        if h["name"].lower() == "x-api-key"
    ]
    assert keys and set(keys) == {REDACTED}


def test_a_recording_checks_again_offline_to_the_same_report(drifted, contract) -> None:
    report, directory = drifted
    again = recheck(directory / "exchanges.har", contract).report()
    assert again["summary"] == report["summary"]
    assert again["findings"] == report["findings"]


def test_a_recording_replays_as_a_fixture_for_the_sdk(drifted) -> None:
    """The SDK reads the recorded answers again, offline: wire forms and all."""
    _report, directory = drifted
    har = json.loads((directory / "exchanges.har").read_text())
    urls = [e["request"]["url"] for e in har["log"]["entries"] if e["response"]["status"] == 200]
    media_id = next(
        re.search(r"/media/([^/?]+)$", u).group(1) for u in urls if re.search(r"/media/[^/?]+$", u)
    )
    story_id = next(
        re.search(r"/story/([^/?]+)$", u).group(1) for u in urls if re.search(r"/story/[^/?]+$", u)
    )
    origin = re.match(r"https?://[^/]+", urls[0]).group(0)
    with Vimmerse(
        "replayed", origin, transport=replay_transport(directory / "exchanges.har"), max_retries=0
    ) as c:
        media = c.media.get(media_id)
        story = c.story.get(story_id)
        status = c.media.status(media_id)
    assert media.id == media_id and isinstance(media.is_transition, bool)
    assert isinstance(status.progress_percentage, int)
    assert story.id == story_id and story.is_highlights is None
    assert story.scene_count == 2  # recorded as "2" (the drift), read as the number
