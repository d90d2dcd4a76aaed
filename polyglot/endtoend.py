"""create -> poll -> download, per target, against the fake as the service writes its answers.

The fake (``serve_fake.py``) writes the fields openapi.yaml marks ``x-vimmerse-wire`` in the
service's forms (``"nsfw": "0"``). Each target runs twice: with its wire adapter
(polyglot/adapters/, switched on by ``POLYGLOT_WIRE_ADAPTER``), which must pass, and without,
whose outcome and first error go into docs/polyglot.md.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from typing import Any

from build import java_classpath, python_path, run
from targets import E2E, HERE, OUT, SPEC, Target


class Fake:
    """serve_fake.py on two free loopback ports, until stop()."""

    def __init__(self) -> None:
        cmd = [sys.executable, str(HERE / "serve_fake.py"), "--spec", str(SPEC)]
        self.log = open(OUT / "fake.log", "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the fake did not start; see polyglot/out/fake.log")
        info = json.loads(line)
        self.api, self.cdn, self.key = info["api"], info["cdn"], info["key"]

    def stats(self) -> dict[str, Any]:
        with urllib.request.urlopen(f"{self.cdn}/__polyglot/stats", timeout=5) as resp:
            return dict(json.load(resp))

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            self.proc.wait(timeout=5)
        self.log.close()


TS_SCRIPTS = {
    "oag-typescript-fetch": "typescript-fetch",
    "openapi-typescript": "openapi-fetch",
    "hey-api": "hey-api",
}


def e2e_command(target: Target) -> list[str]:
    if target.language == "python":
        return [sys.executable, str(E2E / "python" / "e2e.py")]
    if target.language == "ts":
        return ["node", str(OUT / f"js-{target.name}" / "e2e" / "ts" / f"{TS_SCRIPTS[target.name]}.js")]
    if target.language == "go":
        return [str(OUT / "go-e2e")]
    if target.language == "java":
        return ["java", "-cp", java_classpath([OUT / "java-classes"]), "E2E"]
    raise AssertionError(target.language)


@dataclass
class Run:
    ok: bool
    log: str
    summary: str  # the last line of the log when it passed, else its first error line


def run_e2e(target: Target, fake: Fake, adapter: bool) -> Run:
    video = OUT / f"{target.name}.mp4"
    video.unlink(missing_ok=True)
    before = fake.stats()
    env = {
        "VIMMERSE_BASE_URL": fake.api,
        "VIMMERSE_API_KEY": fake.key,
        "POLYGLOT_OUT": str(video),
        "POLYGLOT_IMAGE": str(E2E / "cat.png"),
        "POLYGLOT_WIRE_ADAPTER": "1" if adapter else "",
        "PYTHONPATH": python_path(target),
    }
    started = time.monotonic()
    code, text = run(e2e_command(target), env=env, timeout=120)
    after = fake.stats()
    problems = []
    if code != 0:
        problems.append(f"exit code {code}")
    if after["leaks"] > before["leaks"]:
        problems.append("X-Api-Key was sent to the file host")
    if after["hits"] <= before["hits"]:
        problems.append("the file host was never asked for the video (no redirect followed?)")
    data = video.read_bytes() if video.exists() else b""
    if data[4:8] != b"ftyp":
        problems.append(f"{video.name} is not an MP4 ({len(data)} bytes)")
    if problems:
        return Run(False, text + "\n" + "; ".join(problems), first_error(text) or problems[0])
    return Run(True, text, f"{len(data)} bytes in {time.monotonic() - started:.1f}s")


# The line that says what went wrong, per language: a Python exception, a Go "json: ..." error,
# a Java exception, a Node Error.
_ERROR = re.compile(r"^\s*(\w[\w.]*(Error|Exception)\b.*|Exception in thread .*|\w+: json: .*|Error: .*)$")
_JACKSON_FIELD = re.compile(r'reference chain: .*?(\w+\["\w+"\])\)')
_PYDANTIC = re.compile(
    r"(\d+) validation errors? for (\w+)\n(\S+)\n\s+(.*?) \[.*?input_value=(.*?), input_type"
)
_NOISE = [
    (re.compile(r"https?://127\.0\.0\.1:\d+"), "http://fake"),
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f-]{27}\b|\b[0-9a-f]{24,}\b"), "ID"),
    (re.compile(r" at \[Source: .*"), ""),  # Jackson appends the whole answer
    (re.compile(r'^Exception in thread "\w+" [\w.]+: '), ""),  # the client's wrapper exception
]


def first_error(log: str) -> str:
    """The first line of ``log`` that states an error, without run-specific values."""
    pydantic = _PYDANTIC.search(log)
    if pydantic:  # "4 validation errors for SubmitParams" / "file_size" / "  Input should be ..."
        count, model, where, message, value = pydantic.groups()
        more = f" (and {int(count) - 1} more)" if int(count) > 1 else ""
        return f"ValidationError: {model}.{where}: {message}, got {value}{more}"
    lines = [line.strip() for line in log.splitlines() if _ERROR.match(line)]
    if not lines:
        return ""
    line = lines[0]
    for pattern, replacement in _NOISE:
        line = pattern.sub(replacement, line)
    jackson = _JACKSON_FIELD.search(log)
    if jackson:  # the field, which Jackson names after the answer it quotes
        line += f" at {jackson.group(1)}"
    return line[:240]
