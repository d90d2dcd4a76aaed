"""``python examples/demo.py [--out DIR] [--speed N]`` (``make demo``): the whole product, offline.

Starts the fake Vimmerse API over HTTP on free loopback ports with a fast clock, then drives
it with the real ``vimmerse`` command line in subprocesses — exactly what a user would type —
to make a text-to-video media, an idea-to-video story, a text-to-image image and a
text-to-speech clip: create, wait with progress, download. It then opens every file and checks
it against what was asked for: both MP4s' length with PyAV, the PNG's size and aspect ratio, the
WAV's length. Any failure prints what went wrong and exits non-zero.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

console = Console(stderr=True, highlight=False)

MEDIA_PROMPT = "A cute bunny jumping through a magical forest, golden hour light"
MEDIA_SECONDS = 5
STORY_IDEA = "A small robot learns to paint and gives its first picture to a lighthouse keeper"
STORY_SCENES = 3
STORY_SCENE_SECONDS = 5
IMAGE_PROMPT = "A lighthouse on a cliff at dawn, watercolour"
IMAGE_RATIO = (16, 9)
SPEECH_TEXT = "Welcome to the lighthouse. The keeper paints the sea every morning before the boats come in."


@dataclass
class Step:
    """One CLI run of the demo, the file it must leave and how to check that file."""

    title: str
    args: list[str]
    output: Path
    #: Opens the file and returns a short description of it; raises DemoError if it is wrong.
    check: Callable[[Path], str]


class DemoError(Exception):
    """A step of the demo failed; the message says which and why."""


def cli_command() -> list[str]:
    """The installed ``vimmerse`` console script next to this interpreter, else ``python -m vimmerse``."""
    script = Path(sys.executable).with_name("vimmerse")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which("vimmerse")
    return [found] if found else [sys.executable, "-m", "vimmerse"]


def run_cli(step: Step, env: dict[str, str]) -> dict[str, Any]:
    """Run one CLI command; its progress bars go straight to the terminal, its JSON result to us."""
    command = [*cli_command(), *step.args, "--json"]
    console.rule(f"[bold]{escape(step.title)}")
    console.print(f"$ vimmerse {escape(' '.join(_quote(a) for a in step.args))}", style="dim")
    proc = subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True, check=False)
    if proc.returncode != 0:
        raise DemoError(f"{step.title}: `vimmerse` exited with code {proc.returncode}")
    try:
        result: dict[str, Any] = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise DemoError(f"{step.title}: --json output is not JSON ({exc}): {proc.stdout[:200]!r}") from exc
    return result


def _quote(arg: str) -> str:
    return f'"{arg}"' if (" " in arg or not arg) else arg


def video_seconds(path: Path) -> float:
    """Length of an MP4 as PyAV reads it (raises DemoError if it is not a playable video)."""
    try:
        import av
    except ImportError as exc:  # the fake extra brings PyAV; without it we cannot check
        raise DemoError("PyAV is missing: pip install 'vimmerse[fake]'") from exc
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise DemoError(f"{path} has no video stream")
            if container.duration is not None:
                return float(container.duration) / 1_000_000
            stream = container.streams.video[0]
            if stream.duration is None or stream.time_base is None:
                raise DemoError(f"{path}: PyAV reports no duration")
            return float(stream.duration * stream.time_base)
    except av.error.FFmpegError as exc:
        raise DemoError(f"{path} is not a playable video: {exc}") from exc


def video_lasts(expected: float) -> Callable[[Path], str]:
    def check(path: Path) -> str:
        seconds = video_seconds(path)
        if abs(seconds - expected) > 0.5:
            raise DemoError(f"{path} lasts {seconds:.2f} s, expected {expected:g} s")
        return f"{seconds:.1f} s of video"

    return check


def png_with_ratio(ratio: tuple[int, int]) -> Callable[[Path], str]:
    def check(path: Path) -> str:
        head = path.read_bytes()[:24]
        if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
            raise DemoError(f"{path} is not a PNG image")
        width, height = struct.unpack(">II", head[16:24])
        if abs(width / height - ratio[0] / ratio[1]) > 0.02:
            raise DemoError(f"{path} is {width}x{height}, not {ratio[0]}:{ratio[1]}")
        return f"{width}x{height} PNG"

    return check


def wav_of_speech(path: Path) -> str:
    try:
        with wave.open(str(path)) as clip:
            seconds = clip.getnframes() / clip.getframerate()
    except (wave.Error, EOFError) as exc:
        raise DemoError(f"{path} is not a WAV file: {exc}") from exc
    if seconds < 1:
        raise DemoError(f"{path} lasts {seconds:.2f} s: too short for the text")
    return f"{seconds:.1f} s of speech"


def run(out: Path, speed: float) -> list[tuple[Step, str]]:
    """Serve the fake, run every step through the CLI, check every file; return (step, what it made)."""
    try:
        from vimmerse_fake import DEMO_API_KEY, FakeConfig, serve
    except ImportError as exc:
        raise DemoError(f"the fake server is not installed ({exc}): pip install 'vimmerse[fake]'") from exc

    out.mkdir(parents=True, exist_ok=True)
    steps = [
        Step(
            "1/4  Text to video: a media",
            [
                "media",
                "create",
                "--prompt",
                MEDIA_PROMPT,
                "--duration",
                str(MEDIA_SECONDS),
                "--aspect-ratio",
                "16:9",
                "--wait",
                "--download",
                str(out / "media.mp4"),
            ],
            out / "media.mp4",
            video_lasts(MEDIA_SECONDS),
        ),
        Step(
            "2/4  Idea to video: a story",
            [
                "story",
                "idea-to-video",
                "--idea",
                STORY_IDEA,
                "--scene-count",
                str(STORY_SCENES),
                "--scene-duration",
                str(STORY_SCENE_SECONDS),
                "--aspect-ratio",
                "16:9",
                "--wait",
                "--download",
                str(out / "story.mp4"),
            ],
            out / "story.mp4",
            video_lasts(STORY_SCENES * STORY_SCENE_SECONDS),
        ),
        Step(
            "3/4  Text to image: an asset",
            [
                "image",
                "text-to-image",
                "--prompt",
                IMAGE_PROMPT,
                "--aspect-ratio",
                f"{IMAGE_RATIO[0]}:{IMAGE_RATIO[1]}",
                "--wait",
                "--download",
                str(out / "image.png"),
            ],
            out / "image.png",
            png_with_ratio(IMAGE_RATIO),
        ),
        Step(
            "4/4  Text to speech: an asset",
            [
                "audio",
                "text-to-speech",
                "--prompt",
                SPEECH_TEXT,
                "--voice",
                "Rachel",
                "--wait",
                "--download",
                str(out / "speech.wav"),
            ],
            out / "speech.wav",
            wav_of_speech,
        ),
    ]
    for step in steps:
        step.output.unlink(missing_ok=True)

    with serve(host="127.0.0.1", port=0, cdn_port=0, config=FakeConfig(speed=speed)) as running:
        console.print(
            f"Fake Vimmerse API on [bold]{running.base_url}[/] (files on {running.cdn_url}),"
            f" clock x{speed:g}; API key: the demo key"
        )
        # The key travels in the environment, not on the command line (where `ps` would show it).
        env = {**os.environ, "VIMMERSE_BASE_URL": running.base_url, "VIMMERSE_API_KEY": DEMO_API_KEY}
        results: list[tuple[Step, str]] = []
        for step in steps:
            result = run_cli(step, env)
            status = result.get("processing_status", result.get("status"))
            if status != "success":
                raise DemoError(f"{step.title}: finished with status {status!r}, expected 'success'")
            if not step.output.is_file():
                raise DemoError(f"{step.title}: {step.output} was not written")
            made = step.check(step.output)
            console.print(
                f"[green]✓[/] {result.get('id')}: {status}, {step.output} ({made},"
                f" {step.output.stat().st_size:,} bytes)"
            )
            results.append((step, made))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python examples/demo.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("demo-output"), help="folder for the files made")
    parser.add_argument(
        "--speed", type=float, default=60.0, help="fake clock: simulated seconds per real second (default 60)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        results = run(args.out, args.speed)
    except (DemoError, OSError) as exc:
        console.print(f"[bold red]Demo failed:[/] {escape(str(exc))}")
        return 1
    except KeyboardInterrupt:
        console.print("[bold red]Demo interrupted.[/]")
        return 130
    console.rule("[bold green]Done")
    # The one thing to keep: where the files are (on stdout, so it can be piped).
    for step, made in results:
        print(f"{step.output.resolve()}  ({made})")
    console.print(f"in {time.monotonic() - started:.1f} s — open them with any video, image or audio player.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
