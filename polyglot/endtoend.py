"""create -> poll -> download, per target, against the fake served by serve_fake.py."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from typing import Any

from build import java_classpath, run
from targets import E2E, HERE, OUT, SPEC, Target


class Fake:
    def __init__(self, raw: bool) -> None:
        cmd = [sys.executable, str(HERE / "serve_fake.py"), "--spec", str(SPEC)] + (["--raw"] if raw else [])
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


def e2e_command(target: Target) -> list[str]:
    if target.language == "python":
        return [sys.executable, str(E2E / "python" / "e2e.py")]
    if target.language == "ts":
        script = {
            "oag-typescript-fetch": "typescript-fetch.js",
            "openapi-typescript": "openapi-fetch.js",
            "hey-api": "hey-api.js",
        }[target.name]
        return ["node", str(OUT / f"js-{target.name}" / "e2e" / "ts" / script)]
    if target.language == "go":
        return [str(OUT / "go-e2e")]
    if target.language == "java":
        return ["java", "-cp", java_classpath([OUT / "java-classes"]), "E2E"]
    raise AssertionError(target.language)


def run_e2e(target: Target, fake: Fake) -> tuple[bool, str]:
    video = OUT / f"{target.name}.mp4"
    video.unlink(missing_ok=True)
    before = fake.stats()
    env = {
        "VIMMERSE_BASE_URL": fake.api,
        "VIMMERSE_API_KEY": fake.key,
        "POLYGLOT_OUT": str(video),
        "POLYGLOT_IMAGE": str(E2E / "cat.png"),
        "PYTHONPATH": str(target.out),
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
    summary = f"{len(data)} bytes in {time.monotonic() - started:.1f}s"
    return not problems, text + ("\n" + "; ".join(problems) if problems else "\n" + summary)
