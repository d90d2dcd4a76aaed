"""What a first-time user of the CLI tripped over, each pinned.

The CLI runs in-process (Typer's runner) against the fake served on loopback, as a user runs it.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vimmerse.cli import app
from vimmerse_fake import DEMO_API_KEY, FakeConfig, serve

FAST = 600.0


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[│╭╮╰╯─]", " ", text))


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve(host="127.0.0.1", port=0, cdn_port=0, config=FakeConfig(speed=FAST)) as running:
        yield running.base_url


@pytest.fixture(scope="module")
def slow_url() -> Iterator[str]:
    with serve(host="127.0.0.1", port=0, cdn_port=0, config=FakeConfig(speed=1.0)) as running:
        yield running.base_url


def run(args: list[str], base: str, key: str | None = DEMO_API_KEY, **env: str):
    environment = {"VIMMERSE_BASE_URL": base, "COLUMNS": "200", **env}
    if key is not None:
        environment["VIMMERSE_API_KEY"] = key
    return CliRunner().invoke(app, args, env=environment)


def test_download_into_a_directory_keeps_the_slash(base_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(["media", "create", "--prompt", "a fox", "--duration", "1", "--download", "out/"], base_url)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out").is_dir()
    (video,) = (tmp_path / "out").iterdir()
    assert video.suffix == ".mp4" and video.stat().st_size > 1000


def test_malformed_key_and_base_url_are_usage_errors(base_url):
    bad_key = run(["media", "status", "m1"], base_url, key="has space")
    assert bad_key.exit_code == 2
    assert "$VIMMERSE_API_KEY" in plain(bad_key.output)
    bad_url = run(["media", "status", "m1"], "ftp://example.com")
    assert bad_url.exit_code == 2
    assert "base_url must start with http" in plain(bad_url.output)


def test_busy_port_for_the_fake_is_one_line_and_exit_2():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "vimmerse", "fake", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert "cannot listen on" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2


def test_401_says_where_the_key_came_from_and_the_base_url(base_url):
    from_env = run(["media", "status", "m1"], base_url, key="wrong-key")
    assert from_env.exit_code == 3
    assert "$VIMMERSE_API_KEY" in plain(from_env.output) and base_url in plain(from_env.output)
    from_flag = run(["--api-key", "wrong-key", "media", "status", "m1"], base_url, key=None)
    assert "--api-key" in plain(from_flag.output)


def test_404_names_the_id_and_json_errors_are_json_on_stderr(base_url):
    text = run(["media", "status", "no-such-media"], base_url)
    assert text.exit_code == 3 and "no media no-such-media" in plain(text.output)
    as_json = CliRunner().invoke(
        app,
        ["media", "status", "no-such-media", "--json"],
        env={"VIMMERSE_BASE_URL": base_url, "VIMMERSE_API_KEY": DEMO_API_KEY},
    )
    assert as_json.exit_code == 3
    error = json.loads(as_json.stderr.strip().splitlines()[-1])["error"]
    assert (
        error["type"] == "NotFoundError" and error["exit_code"] == 3 and "no-such-media" in error["message"]
    )
    assert as_json.stdout == ""


def test_validation_errors_name_the_flag(base_url):
    bounded = run(["media", "create", "--prompt", "x", "--duration", "12"], base_url)
    assert bounded.exit_code == 2 and "--duration" in plain(bounded.output)
    unknown = run(["media", "create", "--prompt", "x", "--motion-type", "Warp"], base_url)
    assert unknown.exit_code == 2
    assert "--motion-type" in plain(unknown.output) and "'Warp'" in plain(unknown.output)
    # No source states a length limit for a prompt: a long one is sent, not refused.
    long_prompt = run(["media", "create", "--prompt", "x" * 5000], base_url)
    assert long_prompt.exit_code == 0, plain(long_prompt.output)
    nested = run(["media", "create", "--prompt", "x", "--audio-option", '{"narrator": "Bob"}'], base_url)
    assert (
        nested.exit_code == 2
        and "--audio-option" in plain(nested.output)
        and "'Rachel'" in plain(nested.output)
    )


def test_empty_prompt_reports_what_was_given(base_url):
    result = run(["media", "create", "--prompt", ""], base_url)
    assert result.exit_code == 2
    assert "got None" not in plain(result.output) and "'prompt': ''" in plain(result.output)


def test_wait_timeout_prints_the_exact_resume_command(slow_url):
    result = run(
        ["media", "create", "--prompt", "x", "--wait", "--wait-timeout", "0.5", "--download", "v.mp4"],
        slow_url,
    )
    assert result.exit_code == 4
    text = plain(result.output)
    job = re.search(r"Resume with: vimmerse media wait (\S+) --download v.mp4", text)
    assert job, text
    assert text.count("Resume with") == 1


def test_story_status_and_flags_for_the_simple_audio_fields(base_url):
    created = run(
        [
            "story",
            "idea-to-video",
            "--idea",
            "cats",
            "--scene-count",
            "1",
            "--narrator",
            "Aria",
            "--no-has-bg-music",
            "--json",
        ],
        base_url,
    )
    assert created.exit_code == 0, created.output
    story_id = json.loads(created.stdout)["id"]
    status = run(["story", "status", story_id, "--json"], base_url)
    assert status.exit_code == 0
    assert set(json.loads(status.stdout)) == {"status", "progress_percentage"}
    story = json.loads(run(["story", "get", story_id, "--json"], base_url).stdout)
    assert story["audio_option"]["narrator"] == "Aria" and story["audio_option"]["has_bg_music"] is False


def test_help_lists_choices_in_the_documents_order(base_url):
    result = run(["media", "create", "--help"], base_url)
    text = plain(result.output)
    assert "<|Static|Craneup|Cranedown|Tiltup|" in text.replace(" ", "")  # "" (let the model choose) first
    scene = plain(run(["story", "idea-to-video", "--help"], base_url).output).replace(" ", "")
    assert "5|10" in scene
    visibility = text.replace(" ", "")
    assert "0|1|2" in visibility


def test_demo_output_is_not_in_the_package():
    import vimmerse

    assert not (Path(vimmerse.__file__).parent / "demo.py").exists()
