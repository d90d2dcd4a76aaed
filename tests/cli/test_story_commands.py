"""Every ``vimmerse story`` command against the fake over HTTP, with ``--json`` output checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def test_idea_to_video_wait_download(cli, tmp_path, video_seconds):
    out = tmp_path / "story.mp4"
    story = cli.json(
        "story", "idea-to-video", "--idea", "A robot learns to paint", "--scene-count", "2",
        "--scene-duration", "5", "--aspect-ratio", "1:1", "--language", "French", "--no-transition",
        "--audio-option", '{"has_bg_music": true, "has_narration": false}',
        "--elements", '{"characters": [{"name": "Robo", "description": "a small robot"}]}',
        "--wait", "--download", str(out),
    )  # fmt: skip
    assert story["status"] == "success"
    assert story["video_url"]
    assert abs(video_seconds(out) - 10) < 0.5


def test_url_and_images_to_video(cli):
    from_url = cli.json("story", "url-to-video", "--idea", "A marketing video for https://example.com")
    assert from_url["id"] and from_url["status"] in {"new", "processing"}
    from_images = cli.json(
        "story", "images-to-video", "--image-url", "https://example.com/1.png",
        "--image-url", "https://example.com/2.png", "--video-tool", "KlingAI",
    )  # fmt: skip
    assert from_images["id"] not in {"", from_url["id"]}


def test_step_by_step_mode(cli, tmp_path, video_seconds):
    story = cli.json("story", "create", "--idea", "Cute animals play music", "--scene-count", "2")
    story_id = story["id"]
    assert story["storyboard"]["scenes"]
    storyboard = tmp_path / "storyboard.json"
    storyboard.write_text(json.dumps(story["storyboard"]))
    elements = cli.json(
        "story", "elements", story_id, "--option", "FluxPro", "--storyboard", f"@{storyboard}"
    )
    assert elements["id"] == story_id
    scenes = cli.json("story", "scenes", story_id, "--seed", "7", "--aspect-ratio", "16:9")
    assert scenes["id"] == story_id
    videos = cli.json("story", "videos", story_id, "--motion-type", "KlingAI", "--duration", "3")
    assert videos["id"] == story_id
    done = cli.json("story", "wait", story_id, "--wait-timeout", "60")
    assert done["status"] == "success"
    out = tmp_path / "s.mp4"
    saved = cli.json("story", "download", story_id, str(out))
    assert Path(saved["path"]) == out
    assert video_seconds(out) > 0
    composed = cli.json("story", "concat", story_id, "--wait")
    assert composed["status"] == "success"
    again = cli.json("story", "concat", story_id)
    assert cli.json("story", "wait", again["id"], "--wait-timeout", "60")["status"] == "success"


def test_get_update_delete(cli):
    story_id = cli.json("story", "idea-to-video", "--idea", "A quiet lake")["id"]
    assert cli.json("story", "get", story_id)["id"] == story_id
    updated = cli.json("story", "update", story_id, "--title", "Lake", "--visibility-status", "1")
    assert updated["title"] == "Lake"
    deleted = cli.json("story", "delete", story_id)
    assert deleted["id"] == story_id
    gone = cli("story", "get", story_id)
    assert gone.exit_code == 3


def test_failed_story_exits_4(cli):
    result = cli("story", "idea-to-video", "--idea", "A story that breaks [fail]", "--wait")
    assert result.exit_code == 4
    assert "JobFailed" in cli.plain(result.stderr)


def test_story_enums_are_checked(cli):
    result = cli("story", "idea-to-video", "--idea", "x", "--scene-duration", "7")
    assert result.exit_code == 2
    assert "'5'" in result.stderr and "'10'" in result.stderr
    missing = cli("story", "images-to-video")
    assert missing.exit_code == 2 and "--image-url" in cli.plain(missing.stderr)


# The CLI is built from the document (overlays/vimmerse/cli/_commands.py); every option of the
# previous hand-written CLI must still be accepted (aliases: is_x as --x, concat's --video-url).


def _previous(command: tuple[str, ...], flag: str) -> object:
    return pytest.param(command, flag)


@pytest.mark.parametrize(
    ("command", "flag"),
    [
        *(
            _previous(("story", c), f)
            for c in ("idea-to-video", "url-to-video")
            for f in ("--transition", "--no-transition")
        ),
        _previous(("story", "images-to-video"), "--no-transition"),
        _previous(("story", "videos"), "--transition"),
        _previous(("story", "concat"), "--wait"),
        _previous(("story", "concat"), "--wait-timeout"),
        _previous(("story", "concat"), "--download"),
        _previous(("story", "concat"), "--video-url"),
        (("story", "concat"), "--audio-url"),
        (("story", "create"), "--story-id"),
        (("story", "create"), "--image-file"),
        (("story", "images-to-video"), "--image-url"),
        (("story", "idea-to-video"), "--elements"),
        (("story", "idea-to-video"), "--download"),
        (("story", "videos"), "--wait"),
        (("story", "elements"), "--storyboard"),
        (("story", "scenes"), "--enhance-image"),
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
