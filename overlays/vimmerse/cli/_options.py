"""Option and argument definitions shared by the CLI commands.

Every alias is a ``typing.Annotated`` type so that a command's signature reads as a list of what it
accepts and similar commands (``media update``/``media edit``, the three automatic story modes, …)
share one definition of each option: its flag, help text and validation live here once.

Enum options use the generated enums as Typer types, which makes Click validate them and list the
allowed values in the error (exit code 2) before any request is built.
"""

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from vimmerse.types import (
    AspectRatio,
    CameraControl,
    ImageGenerationOption,
    Language,
    MotionType,
    Rating,
    SceneDuration,
    StoryImageTool,
    StoryMotionType,
    StoryVideoTool,
    TryOnModel,
    VisibilityStatus,
)

OUTPUT_PANEL = "Output"
JOB_PANEL = "Waiting and downloading"
AUDIO_PANEL = "Audio"


def parse_json(raw: str) -> Any:
    """Parse a JSON option value: inline JSON, or ``@path`` to read it from a file.

    Raised as ``typer.BadParameter`` so a typo is a usage error (exit 2) naming the option.
    """
    text = raw
    if raw.startswith("@"):
        path = Path(raw[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise typer.BadParameter(f"cannot read {str(path)!r}: {exc.strerror}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f" in {raw[1:]!r}" if raw.startswith("@") else ""
        raise typer.BadParameter(
            f"not valid JSON{where} ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from exc


# --- arguments -------------------------------------------------------------------------------
MediaIdArg = Annotated[str, typer.Argument(help="The media's id.", show_default=False)]
StoryIdArg = Annotated[str, typer.Argument(help="The story's id.", show_default=False)]
PathArg = Annotated[Path, typer.Argument(help="Where to save the file.", dir_okay=False, show_default=False)]

# --- output and job handling -----------------------------------------------------------------
JsonOpt = Annotated[
    bool,
    typer.Option(
        "--json", help="Print the result as JSON on stdout and nothing else.", rich_help_panel=OUTPUT_PANEL
    ),
]
WaitOpt = Annotated[
    bool,
    typer.Option("--wait", help="Poll until the job ends, with a progress bar.", rich_help_panel=JOB_PANEL),
]
WaitTimeoutOpt = Annotated[
    float | None,
    typer.Option(
        "--wait-timeout",
        min=0,
        help="Give up waiting after this many seconds (exit code 4).",
        rich_help_panel=JOB_PANEL,
        show_default=False,
    ),
]
DownloadOpt = Annotated[
    Path | None,
    typer.Option(
        "--download",
        dir_okay=False,
        help="After the job succeeds, save the video to this path (implies --wait).",
        rich_help_panel=JOB_PANEL,
        show_default=False,
    ),
]

# --- metadata --------------------------------------------------------------------------------
TitleOpt = Annotated[str | None, typer.Option(help="Title.", show_default=False)]
DescriptionOpt = Annotated[str | None, typer.Option(help="Description.", show_default=False)]
VisibilityOpt = Annotated[
    VisibilityStatus | None,
    typer.Option(help="0 private, 1 unlisted, 2 public.", show_default=False),
]
WebhookOpt = Annotated[str | None, typer.Option(help="URL notified when the job ends.", show_default=False)]
RatingOpt = Annotated[
    Rating | None,
    typer.Option(help="Your rating, 1 to 5.", show_default=False),
]

# --- generation ------------------------------------------------------------------------------
PromptOpt = Annotated[str | None, typer.Option(help="What to generate.", show_default=False)]
ImageFileOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--image-file",
        exists=True,
        dir_okay=False,
        readable=True,
        help="Image to upload (repeatable).",
        show_default=False,
    ),
]
ImageUrlOpt = Annotated[
    list[str] | None,
    typer.Option("--image-url", help="Public image URL (repeatable).", show_default=False),
]
MediaItemOpt = Annotated[
    list[Any] | None,
    typer.Option(
        "--media-item",
        parser=parse_json,
        metavar="JSON|@FILE",
        help='Media item as JSON, e.g. \'{"type":"image","url":"https://…","position":"First"}\','
        " or a JSON array of them, or @file.json (repeatable).",
        show_default=False,
    ),
]
MotionTypeOpt = Annotated[
    MotionType | None,
    typer.Option(help="AI model that animates the media.", show_default=False),
]
StoryMotionTypeOpt = Annotated[
    StoryMotionType | None,
    typer.Option(help="AI model that animates the scenes.", show_default=False),
]
CameraControlOpt = Annotated[
    CameraControl | None,
    typer.Option(
        help='Camera movement ("" lets the model choose).',
        show_default=False,
    ),
]
QuantityOpt = Annotated[int | None, typer.Option(help="Number of variations (1-4).", show_default=False)]
DurationOpt = Annotated[int | None, typer.Option(help="Seconds (1-10).", show_default=False)]
LoopOpt = Annotated[int | None, typer.Option(help="Repetitions of the motion (1-6).", show_default=False)]
AspectRatioOpt = Annotated[AspectRatio | None, typer.Option(help="Width:height.", show_default=False)]
TryOnModelOpt = Annotated[TryOnModel | None, typer.Option(help="Try-on model.", show_default=False)]
CharacterAnimateOpt = Annotated[
    bool | None,
    typer.Option(
        "--character-animate/--no-character-animate",
        help="Animate the characters of uploaded videos.",
        show_default=False,
    ),
]
AudioOptionOpt = Annotated[
    Any,
    typer.Option(
        "--audio-option",
        parser=parse_json,
        metavar="JSON|@FILE",
        help="Audio settings as a JSON object, or @file.json.",
        rich_help_panel=AUDIO_PANEL,
        show_default=False,
    ),
]

# --- stories ---------------------------------------------------------------------------------
IdeaOpt = Annotated[str, typer.Option("--idea", help="The story to tell.", show_default=False)]
OptionalIdeaOpt = Annotated[str | None, typer.Option("--idea", help="The story to tell.", show_default=False)]
SceneCountOpt = Annotated[int | None, typer.Option(help="Number of scenes (1-20).", show_default=False)]
SceneDurationOpt = Annotated[
    SceneDuration | None, typer.Option(help="Seconds per scene.", show_default=False)
]
ImageToolOpt = Annotated[StoryImageTool | None, typer.Option(help="Image model.", show_default=False)]
VideoToolOpt = Annotated[StoryVideoTool | None, typer.Option(help="Animation model.", show_default=False)]
LanguageOpt = Annotated[
    Language | None,
    typer.Option(help="Storyboard and narration language.", show_default=False),
]
TransitionOpt = Annotated[
    bool | None,
    typer.Option(
        "--transition/--no-transition", help="Add transition videos between scenes.", show_default=False
    ),
]
ElementsOpt = Annotated[
    Any,
    typer.Option(
        "--elements",
        parser=parse_json,
        metavar="JSON|@FILE",
        help="Characters, environments and objects (StoryElements) as JSON, or @file.json.",
        show_default=False,
    ),
]
StoryboardOpt = Annotated[
    Any,
    typer.Option(
        "--storyboard",
        parser=parse_json,
        metavar="JSON|@FILE",
        help="Storyboard replacing the stored one, as JSON or @file.json.",
        show_default=False,
    ),
]
ImageOptionOpt = Annotated[
    ImageGenerationOption | None, typer.Option("--option", help="Image model.", show_default=False)
]
EnhanceImageOpt = Annotated[
    bool | None,
    typer.Option("--enhance-image/--no-enhance-image", help="Super-resolution pass.", show_default=False),
]
SeedOpt = Annotated[int | None, typer.Option(help="Seed of the image model.", show_default=False)]
