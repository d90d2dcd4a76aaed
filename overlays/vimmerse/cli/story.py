"""``vimmerse story …``: one command per ``client.story`` method; parsing and printing only."""

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from . import _options as o
from ._runtime import (
    Model,
    bytes_progress,
    client_session,
    emit,
    emit_path,
    finish_job,
    given,
    settings,
    wait_and_download,
)

app = typer.Typer(
    help="Idea/images/web page to multi-scene story videos (automatic and step-by-step modes).",
    no_args_is_help=True,
)

ImageUrlsOpt = Annotated[
    list[str],
    typer.Option(
        "--image-url", help="Public image URL, one scene each (repeatable, 1-20).", show_default=False
    ),
]
VideoUrlOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--video-url", help="Video to compose instead of the scene videos (repeatable).", show_default=False
    ),
]
AudioUrlOpt = Annotated[
    list[str] | None,
    typer.Option("--audio-url", help="Audio mixed over the composed video (repeatable).", show_default=False),
]
StoryIdOpt = Annotated[
    str | None,
    typer.Option("--story-id", help="Continue editing this story's storyboard.", show_default=False),
]


def _automatic_command(method: str, idea_help: str) -> Callable[..., None]:
    """``idea-to-video`` and ``url-to-video`` take the same options; only the endpoint differs."""

    def command(
        ctx: typer.Context,
        idea: Annotated[str, typer.Option("--idea", help=idea_help, show_default=False)],
        title: o.TitleOpt = None,
        scene_count: o.SceneCountOpt = None,
        image_tool: o.ImageToolOpt = None,
        video_tool: o.VideoToolOpt = None,
        scene_duration: o.SceneDurationOpt = None,
        aspect_ratio: o.AspectRatioOpt = None,
        transition: o.TransitionOpt = None,
        elements: o.ElementsOpt = None,
        audio_option: o.AudioOptionOpt = None,
        language: o.LanguageOpt = None,
        webhook_url: o.WebhookOpt = None,
        wait: o.WaitOpt = False,
        wait_timeout: o.WaitTimeoutOpt = None,
        download: o.DownloadOpt = None,
        json_out: o.JsonOpt = False,
    ) -> None:
        with client_session(ctx) as client:
            story = getattr(client.story, method)(
                **given(
                    idea=idea,
                    title=title,
                    scene_count=scene_count,
                    image_tool=image_tool,
                    video_tool=video_tool,
                    scene_duration=scene_duration,
                    aspect_ratio=aspect_ratio,
                    is_transition=transition,
                    elements=elements,
                    audio_option=audio_option,
                    language=language,
                    webhook_url=webhook_url,
                )
            )
            _finish(ctx, client.story, story, wait, wait_timeout, download, json_out)

    return command


def _finish(
    ctx: typer.Context,
    resource: object,
    story: Model,
    wait: bool,
    wait_timeout: float | None,
    download: Path | None,
    json_out: bool,
) -> None:
    finish_job(
        resource,
        "story",
        story,
        wait=wait,
        wait_timeout=wait_timeout,
        download=download,
        json_out=json_out,
        secret=settings(ctx).api_key,
    )


app.command(
    "idea-to-video",
    help="Make a story video from an idea in one job: storyboard, images, narration, music, scenes,"
    " final cut.",
)(_automatic_command("idea_to_video", "The story to tell; be specific about characters, settings and style."))
app.command("url-to-video", help="Make a story video from a web page (product page, article) in one job.")(
    _automatic_command("url_to_video", 'What to make, naming the page: "A marketing video for https://…".')
)


@app.command("images-to-video")
def images_to_video(
    ctx: typer.Context,
    image_url: ImageUrlsOpt,
    idea: o.OptionalIdeaOpt = None,
    title: o.TitleOpt = None,
    video_tool: o.VideoToolOpt = None,
    scene_duration: o.SceneDurationOpt = None,
    aspect_ratio: o.AspectRatioOpt = None,
    transition: o.TransitionOpt = None,
    audio_option: o.AudioOptionOpt = None,
    language: o.LanguageOpt = None,
    webhook_url: o.WebhookOpt = None,
    wait: o.WaitOpt = False,
    wait_timeout: o.WaitTimeoutOpt = None,
    download: o.DownloadOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Make a story video from your images in one job: one scene per image."""
    with client_session(ctx) as client:
        story = client.story.images_to_video(
            **given(
                image_urls=image_url,
                idea=idea,
                title=title,
                video_tool=video_tool,
                scene_duration=scene_duration,
                aspect_ratio=aspect_ratio,
                is_transition=transition,
                audio_option=audio_option,
                language=language,
                webhook_url=webhook_url,
            )
        )
        _finish(ctx, client.story, story, wait, wait_timeout, download, json_out)


@app.command("create")
def create(
    ctx: typer.Context,
    idea: o.IdeaOpt,
    title: o.TitleOpt = None,
    story_id: StoryIdOpt = None,
    scene_count: o.SceneCountOpt = None,
    language: o.LanguageOpt = None,
    aspect_ratio: o.AspectRatioOpt = None,
    audio_option: o.AudioOptionOpt = None,
    elements: o.ElementsOpt = None,
    image_file: o.ImageFileOpt = None,
    image_url: o.ImageUrlOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Write a storyboard (step-by-step mode, step 1). Next: elements, scenes, videos."""
    with client_session(ctx) as client:
        story = client.story.create(
            **given(
                idea=idea,
                title=title,
                story_id=story_id,
                scene_count=scene_count,
                language=language,
                aspect_ratio=aspect_ratio,
                audio_option=audio_option,
                elements=elements,
                image_files=image_file,
                image_urls=image_url,
            )
        )
        emit(story, json_out, settings(ctx).api_key)


def _images(ctx: typer.Context, method: str, story_id: str, json_out: bool, **options: object) -> None:
    with client_session(ctx) as client:
        emit(getattr(client.story, method)(story_id, **given(**options)), json_out, settings(ctx).api_key)


@app.command("elements")
def elements(
    ctx: typer.Context,
    story_id: o.StoryIdArg,
    option: o.ImageOptionOpt = None,
    aspect_ratio: o.AspectRatioOpt = None,
    storyboard: o.StoryboardOpt = None,
    enhance_image: o.EnhanceImageOpt = None,
    seed: o.SeedOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Generate images of the characters, environments and objects (step 2, optional)."""
    _images(
        ctx,
        "elements",
        story_id,
        json_out,
        option=option,
        aspect_ratio=aspect_ratio,
        storyboard=storyboard,
        enhance_image=enhance_image,
        seed=seed,
    )


@app.command("scenes")
def scenes(
    ctx: typer.Context,
    story_id: o.StoryIdArg,
    option: o.ImageOptionOpt = None,
    aspect_ratio: o.AspectRatioOpt = None,
    storyboard: o.StoryboardOpt = None,
    enhance_image: o.EnhanceImageOpt = None,
    seed: o.SeedOpt = None,
    audio_option: o.AudioOptionOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Generate scene images and narrations (step 3)."""
    _images(
        ctx,
        "scenes",
        story_id,
        json_out,
        option=option,
        aspect_ratio=aspect_ratio,
        storyboard=storyboard,
        enhance_image=enhance_image,
        seed=seed,
        audio_option=audio_option,
    )


@app.command("videos")
def videos(
    ctx: typer.Context,
    story_id: o.StoryIdArg,
    title: o.TitleOpt = None,
    storyboard: o.StoryboardOpt = None,
    transition: o.TransitionOpt = None,
    motion_type: o.StoryMotionTypeOpt = None,
    duration: o.DurationOpt = None,
    loop: o.LoopOpt = None,
    webhook_url: o.WebhookOpt = None,
    wait: o.WaitOpt = False,
    wait_timeout: o.WaitTimeoutOpt = None,
    download: o.DownloadOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Animate the scenes and compose the story video (step 4)."""
    with client_session(ctx) as client:
        story = client.story.videos(
            story_id,
            **given(
                title=title,
                storyboard=storyboard,
                is_transition=transition,
                motion_type=motion_type,
                duration=duration,
                loop=loop,
                webhook_url=webhook_url,
            ),
        )
        _finish(ctx, client.story, story, wait, wait_timeout, download, json_out)


@app.command("get")
def get(ctx: typer.Context, story_id: o.StoryIdArg, json_out: o.JsonOpt = False) -> None:
    """Show a story: status, progress, storyboard, scenes and, once composed, video_url."""
    with client_session(ctx) as client:
        emit(client.story.get(story_id), json_out, settings(ctx).api_key)


@app.command("update")
def update(
    ctx: typer.Context,
    story_id: o.StoryIdArg,
    title: o.TitleOpt = None,
    description: o.DescriptionOpt = None,
    visibility_status: o.VisibilityOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Change a story's title, description or visibility (free)."""
    with client_session(ctx) as client:
        story = client.story.update(
            story_id, **given(title=title, description=description, visibility_status=visibility_status)
        )
        emit(story, json_out, settings(ctx).api_key)


@app.command("delete")
def delete(ctx: typer.Context, story_id: o.StoryIdArg, json_out: o.JsonOpt = False) -> None:
    """Delete a story; prints it as it was. Credits spent are not refunded."""
    with client_session(ctx) as client:
        emit(client.story.delete(story_id), json_out, settings(ctx).api_key)


@app.command("concat")
def concat(
    ctx: typer.Context,
    story_id: o.StoryIdArg,
    video_url: VideoUrlOpt = None,
    audio_url: AudioUrlOpt = None,
    wait: o.WaitOpt = False,
    wait_timeout: o.WaitTimeoutOpt = None,
    download: o.DownloadOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Compose the scene videos (or --video-url list) into the story video."""
    with client_session(ctx) as client:
        story = client.story.concat(story_id, **given(concat_video_urls=video_url, audio_urls=audio_url))
        _finish(ctx, client.story, story, wait, wait_timeout, download, json_out)


@app.command("wait")
def wait(
    ctx: typer.Context,
    story_id: o.StoryIdArg,
    wait_timeout: o.WaitTimeoutOpt = None,
    download: o.DownloadOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Wait for a story to end, with a progress bar; exit code 4 if it fails."""
    with client_session(ctx) as client:
        wait_and_download(
            client.story,
            "story",
            story_id,
            wait_timeout=wait_timeout,
            download=download,
            json_out=json_out,
            secret=settings(ctx).api_key,
        )


@app.command("download")
def download(
    ctx: typer.Context, story_id: o.StoryIdArg, path: o.PathArg, json_out: o.JsonOpt = False
) -> None:
    """Download a story's composed video (streamed, with a progress bar)."""
    with client_session(ctx) as client, bytes_progress(f"story {story_id}") as on_bytes:
        saved = client.story.download(story_id, path, on_progress=on_bytes)
    emit_path(Path(saved), json_out)
