"""Every ``vimmerse media`` command against the fake over HTTP, with ``--json`` output checked."""

from __future__ import annotations

import json
import re
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest


def tiny_png(path: Path) -> Path:
    """A valid 2x2 RGB PNG (the fake may check the upload is an image)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x80\x00" * 2 for _ in range(2))
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(png)
    return path


def test_create_prints_the_queued_media_as_json(cli):
    media = cli.json("media", "create", "--prompt", "A cat surfing", "--title", "surf", "--duration", "3")
    assert media["id"]
    assert media["title"] == "surf"
    assert media["processing_status"] in {"queue_bullet", "processing_bullet"}


def test_create_wait_download_writes_an_mp4_of_the_requested_duration(cli, tmp_path, video_seconds):
    out = tmp_path / "cat.mp4"
    media = cli.json(
        "media", "create", "--prompt", "A cat surfing", "--duration", "3", "--aspect-ratio", "9:16",
        "--wait", "--download", str(out),
    )  # fmt: skip
    assert media["processing_status"] == "success"
    assert abs(video_seconds(out) - 3) < 0.5
    import av

    with av.open(str(out)) as container:
        stream = container.streams.video[0]
        assert stream.height > stream.width  # 9:16 asked for


def test_create_accepts_files_urls_items_and_json_options(cli, tmp_path):
    image = tiny_png(tmp_path / "a.png")
    audio = tmp_path / "audio.json"
    audio.write_text(json.dumps({"narrator": "Rachel", "narration": "Hello"}))
    media = cli.json(
        "media", "create", "--image-file", str(image), "--prompt", "zoom",
        "--audio-option", f"@{audio}", "--camera-control", "Zoom in", "--motion-type", "KlingAI",
        "--visibility-status", "2", "--loop", "2", "--quantity", "1", "--no-character-animate",
    )  # fmt: skip
    assert media["id"]
    from_urls = cli.json(
        "media",
        "create",
        "--image-url",
        "https://example.com/a.png",
        "--image-url",
        "https://example.com/b.png",
    )
    assert from_urls["id"] != media["id"]
    # The option the document names (`media_items`, a JSON array) ...
    items = cli.json(
        "media", "create",
        "--media-items", '[{"type": "image", "url": "https://example.com/a.png", "position": "First"},'
        ' {"type": "image", "url": "https://example.com/b.png", "position": "Last"}]',
    )  # fmt: skip
    assert items["id"]
    # ... and the previous CLI's repeatable `--media-item` (an object, or a list of them, each time).
    items = cli.json(
        "media", "create",
        "--media-item", '{"type": "image", "url": "https://example.com/a.png", "position": "First"}',
        "--media-item", '[{"type": "image", "url": "https://example.com/b.png", "position": "Last"}]',
    )  # fmt: skip
    assert items["id"]


def test_get_status_update_edit_process(cli):
    media_id = cli.json("media", "create", "--prompt", "A dog skating", "--title", "before")["id"]
    got = cli.json("media", "get", media_id)
    assert got["id"] == media_id and got["title"] == "before"
    status = cli.json("media", "status", media_id)
    assert status["processing_status"] in {"queue_bullet", "processing_bullet", "success"}
    assert "progress_percentage" in status
    updated = cli.json("media", "update", media_id, "--title", "after", "--rating", "5")
    assert updated["title"] == "after"
    edited = cli.json("media", "edit", media_id, "--description", "edited", "--visibility-status", "0")
    assert edited["description"] == "edited"
    assert cli.json("media", "get", media_id)["title"] == "after"
    processed = cli.json("media", "process", media_id)
    assert processed["id"] == media_id


def test_wait_then_download_commands(cli, tmp_path, video_seconds):
    media_id = cli.json("media", "create", "--prompt", "Waves", "--duration", "2")["id"]
    done = cli.json("media", "wait", media_id, "--wait-timeout", "60")
    assert done["processing_status"] == "success"
    out = tmp_path / "waves.mp4"
    saved = cli.json("media", "download", media_id, str(out))
    assert Path(saved["path"]) == out and saved["bytes"] == out.stat().st_size > 0
    assert abs(video_seconds(out) - 2) < 0.5


def test_download_implies_wait_and_human_output_shows_progress_and_a_table(cli, tmp_path, video_seconds):
    out = tmp_path / "r.mp4"
    result = cli("media", "create", "--prompt", "Rain", "--duration", "1", "--download", str(out))
    assert result.exit_code == 0, result.stderr
    assert re.search(r"processing_status\s+success", result.stdout)
    progress = cli.plain(result.stderr)
    assert "success" in progress and "100%" in progress and "download" in progress
    assert f"Saved {out}" in progress
    assert abs(video_seconds(out) - 1) < 0.5


def test_missing_fake_extra_says_how_to_install(cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "vimmerse_fake", None)  # import now fails like an absent extra
    result = cli("fake", "--port", "0")
    assert result.exit_code == 1
    assert "pip install 'vimmerse[fake]'" in cli.plain(result.stderr)


# ---- exit codes --------------------------------------------------------------------------------


def test_bad_enum_is_a_usage_error_listing_the_allowed_values(cli):
    result = cli("media", "create", "--prompt", "x", "--camera-control", "HorizontalArc")
    assert result.exit_code == 2
    message = cli.plain(result.stderr)
    assert "HorizontalArc" in message and "'Pan left'" in message and "'Zoom in'" in message


def test_out_of_range_value_is_rejected_by_the_sdk_before_any_request(cli, server):
    before = server.fake.jobs_created()
    result = cli("media", "create", "--prompt", "x", "--duration", "11")
    assert result.exit_code == 2, result.stderr
    assert "duration" in cli.plain(result.stderr)
    assert server.fake.jobs_created() == before


@pytest.mark.parametrize("value", ["{not json", "@/nonexistent/audio.json"])
def test_bad_json_option_is_a_usage_error(cli, value):
    result = cli("media", "create", "--prompt", "x", "--audio-option", value)
    assert result.exit_code == 2
    assert "--audio-option" in cli.plain(result.stderr)


def test_unknown_media_is_an_api_error(cli):
    result = cli("media", "get", "no-such-media")
    assert result.exit_code == 3
    assert "NotFound" in cli.plain(result.stderr)


def test_wrong_key_is_an_api_error_and_is_not_printed(cli):
    wrong = "sk-live-WRONG-KEY-0000"
    result = cli("media", "status", "abc", env={"VIMMERSE_API_KEY": wrong})
    assert result.exit_code == 3
    assert "Authentication" in cli.plain(result.stderr)
    assert wrong not in result.stdout + result.stderr
    flag = cli("--api-key", wrong, "media", "status", "abc", env={"VIMMERSE_API_KEY": ""})
    assert flag.exit_code == 3 and wrong not in flag.stdout + flag.stderr


def test_missing_key_is_a_usage_error(cli):
    result = cli("media", "get", "abc", env={"VIMMERSE_API_KEY": ""})
    assert result.exit_code == 2
    assert "VIMMERSE_API_KEY" in result.stderr


def test_unreachable_server_is_an_api_error(cli, unused_port: Callable[[], int]):
    result = cli(
        "--timeout",
        "5",
        "media",
        "get",
        "abc",
        env={"VIMMERSE_BASE_URL": f"http://127.0.0.1:{unused_port()}"},
    )
    assert result.exit_code == 3
    assert "Connection" in cli.plain(result.stderr)


@pytest.mark.parametrize(("marker", "error"), [("[fail]", "JobFailed"), ("[cancel]", "JobCancelled")])
def test_failed_or_cancelled_job_exits_4(cli, tmp_path, marker, error):
    out = tmp_path / "never.mp4"
    result = cli(
        "media", "create", "--prompt", f"doomed {marker}", "--wait", "--download", str(out), "--json"
    )
    assert result.exit_code == 4
    assert error in cli.plain(result.stderr)
    assert result.stdout == ""  # nothing half-done on stdout for scripts
    assert not out.exists()


def test_wait_timeout_exits_4_and_names_the_job(slow_cli):
    media_id = slow_cli.json("media", "create", "--prompt", "A long one", "--duration", "5")["id"]
    result = slow_cli("media", "wait", media_id, "--wait-timeout", "0.5")
    assert result.exit_code == 4
    assert "WaitTimeout" in slow_cli.plain(result.stderr)
    assert media_id in result.stderr


# ---- the previous CLI's options ---------------------------------------------------------------

# The CLI is built from the document (overlays/vimmerse/cli/_commands.py); every option of the
# previous hand-written CLI must still be accepted (aliases: singular lists, is_x as --x).


@pytest.mark.parametrize(
    ("command", "flag"),
    [
        (("media", "create"), "--media-item"),
        (("media", "update"), "--media-item"),
        (("media", "edit"), "--media-item"),
        (("media", "update"), "--wait"),
        (("media", "edit"), "--wait"),
        (("media", "update"), "--download"),
        (("media", "edit"), "--wait-timeout"),
        (("media", "create"), "--image-file"),
        (("media", "create"), "--image-url"),
        (("media", "create"), "--no-character-animate"),
        (("media", "create"), "--wait"),
        (("media", "create"), "--download"),
        (("media", "process"), "--wait"),
        (("media", "wait"), "--wait-timeout"),
    ],
)
def test_previous_cli_options_still_exist(cli, command, flag):
    assert cli(*command, "--help").exit_code == 0
    assert flag in cli_flags(*command)


def cli_flags(*command: str) -> set[str]:
    """Every flag of a command, as Click parses them (help texts may shorten long ones)."""
    import typer.main

    from vimmerse.cli import app

    node = typer.main.get_command(app)
    for name in command:
        node = node.commands[name]  # type: ignore[attr-defined]
    return {o for p in node.params if p.param_type_name == "option" for o in (*p.opts, *p.secondary_opts)}
