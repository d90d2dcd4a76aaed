"""The installed ``vimmerse`` console script, ``vimmerse fake`` and ``make demo``'s program, as processes."""

from __future__ import annotations

import json
import os
import signal
import socket
import struct
import subprocess
import sys
import time
import wave
from pathlib import Path

import httpx
import pytest

from vimmerse_fake import DEMO_API_KEY

SECRET = "sk-live-CLI-TEST-7f3a9c2e5b"  # same as conftest.SECRET_KEY (conftest is not importable)
VIMMERSE = [str(Path(sys.executable).with_name("vimmerse"))]


def run(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*VIMMERSE, *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_console_script_end_to_end_and_exit_codes(server, tmp_path, video_seconds):
    env = {"VIMMERSE_BASE_URL": server.base_url, "VIMMERSE_API_KEY": SECRET}
    out = tmp_path / "m.mp4"
    ok = run(
        [
            "media",
            "create",
            "--prompt",
            "Fireworks",
            "--duration",
            "2",
            "--wait",
            "--download",
            str(out),
            "--json",
        ],
        env,
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["processing_status"] == "success"  # stdout is JSON only
    assert abs(video_seconds(out) - 2) < 0.5
    usage = run(["media", "create", "--motion-type", "Nope"], env)
    not_found = run(["story", "get", "missing-story"], env)
    failed = run(["media", "create", "--prompt", "[fail]", "--wait"], env)
    assert (usage.returncode, not_found.returncode, failed.returncode) == (2, 3, 4)
    for proc in (ok, usage, not_found, failed):
        assert SECRET not in proc.stdout + proc.stderr


def test_python_dash_m_vimmerse_runs_the_cli():
    proc = subprocess.run(
        [sys.executable, "-m", "vimmerse", "--help"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    assert "media" in proc.stdout and "story" in proc.stdout and "fake" in proc.stdout


def wait_for_port(port: int, proc: subprocess.Popen[str], deadline_s: float = 20.0) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"`vimmerse fake` exited early: {proc.communicate()}"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)  # polling a port with a deadline; nothing to wait on instead
    raise AssertionError(f"`vimmerse fake` did not listen on {port} within {deadline_s} s")


def test_vimmerse_fake_serves_until_terminated(unused_port):
    port = unused_port()
    proc = subprocess.Popen(
        [*VIMMERSE, "fake", "--port", str(port), "--speed", "100"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_port(port, proc)
        base_url = f"http://127.0.0.1:{port}"
        created = httpx.post(
            f"{base_url}/media", headers={"X-Api-Key": DEMO_API_KEY}, files={"prompt": (None, "hi")}
        )
        assert created.status_code == 200, created.text
        assert httpx.get(f"{base_url}/media/xyz").status_code == 401
    finally:
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 0, stderr
    assert base_url in stdout and DEMO_API_KEY in stdout


@pytest.mark.parametrize(("wire", "is_transition"), [(None, "No"), ("document", False)])
def test_vimmerse_fake_writes_answers_as_the_service_unless_told_otherwise(unused_port, wire, is_transition):
    port = unused_port()
    proc = subprocess.Popen(
        [*VIMMERSE, "fake", "--port", str(port), *(["--wire", wire] if wire else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_port(port, proc)
        created = httpx.post(
            f"http://127.0.0.1:{port}/media",
            headers={"X-Api-Key": DEMO_API_KEY},
            files={"prompt": (None, "hi")},
        )
        assert created.status_code == 200, created.text
        assert created.json()["data"]["is_transition"] == is_transition
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=20)


def test_demo_makes_two_playable_videos_an_image_and_a_speech_clip(tmp_path, video_seconds):
    demo = Path(__file__).resolve().parents[2] / "examples" / "demo.py"  # `make demo`'s program
    proc = subprocess.run(
        [sys.executable, str(demo), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    media, story = tmp_path / "media.mp4", tmp_path / "story.mp4"
    assert abs(video_seconds(media) - 5) < 0.5  # the demo asks for a 5 s media
    assert abs(video_seconds(story) - 15) < 0.5  # and 3 scenes of 5 s
    assert str(media.resolve()) in proc.stdout and str(story.resolve()) in proc.stdout
    image, speech = tmp_path / "image.png", tmp_path / "speech.wav"
    head = image.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    assert abs(width / height - 16 / 9) < 0.02  # the demo asks for 16:9
    with wave.open(str(speech)) as clip:
        assert clip.getnframes() / clip.getframerate() > 1  # a sentence of speech
    assert str(image.resolve()) in proc.stdout and str(speech.resolve()) in proc.stdout


def test_demo_fails_loudly(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    demo = Path(__file__).resolve().parents[2] / "examples" / "demo.py"
    proc = subprocess.run(
        [sys.executable, str(demo), "--out", str(blocker / "out")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert "Demo failed" in proc.stderr
