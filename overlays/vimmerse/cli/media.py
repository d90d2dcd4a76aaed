"""``vimmerse media …``: one command per ``client.media`` method; parsing and printing only."""

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from . import _options as o
from ._runtime import (
    bytes_progress,
    client_session,
    emit,
    emit_path,
    finish_job,
    flatten_items,
    given,
    settings,
    wait_and_download,
)

app = typer.Typer(help="Image/text to video jobs.", no_args_is_help=True)

ObjectTypeOpt = Annotated[
    str | None,
    typer.Option(
        help="Which file: bullet_video_mp4 (the video, default), a GIF or a source file.", show_default=False
    ),
]
WidthOpt = Annotated[
    int | None, typer.Option(help="Scale the video to this width (pixels).", show_default=False)
]
FileSizeOpt = Annotated[
    int | None, typer.Option(help="Target upper bound of the file size (MB).", show_default=False)
]


@app.command("create")
def create(
    ctx: typer.Context,
    prompt: o.PromptOpt = None,
    image_file: o.ImageFileOpt = None,
    image_url: o.ImageUrlOpt = None,
    media_item: o.MediaItemOpt = None,
    title: o.TitleOpt = None,
    description: o.DescriptionOpt = None,
    visibility_status: o.VisibilityOpt = None,
    motion_type: o.MotionTypeOpt = None,
    camera_control: o.CameraControlOpt = None,
    quantity: o.QuantityOpt = None,
    duration: o.DurationOpt = None,
    loop: o.LoopOpt = None,
    audio_option: o.AudioOptionOpt = None,
    character_animate: o.CharacterAnimateOpt = None,
    model: o.TryOnModelOpt = None,
    aspect_ratio: o.AspectRatioOpt = None,
    webhook_url: o.WebhookOpt = None,
    wait: o.WaitOpt = False,
    wait_timeout: o.WaitTimeoutOpt = None,
    download: o.DownloadOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Create a media: animate one image, transition between two, or generate from a prompt."""
    with client_session(ctx) as client:
        media = client.media.create(
            **given(
                prompt=prompt,
                image_files=image_file,
                image_urls=image_url,
                media_items=flatten_items(media_item),
                title=title,
                description=description,
                visibility_status=visibility_status,
                motion_type=motion_type,
                camera_control=camera_control,
                quantity=quantity,
                duration=duration,
                loop=loop,
                audio_option=audio_option,
                character_animate=character_animate,
                model=model,
                aspect_ratio=aspect_ratio,
                webhook_url=webhook_url,
            )
        )
        finish_job(
            client.media,
            "media",
            media,
            wait=wait,
            wait_timeout=wait_timeout,
            download=download,
            json_out=json_out,
            secret=settings(ctx).api_key,
        )


@app.command("get")
def get(ctx: typer.Context, media_id: o.MediaIdArg, json_out: o.JsonOpt = False) -> None:
    """Show a media: status, progress, results and the parameters it was made with."""
    with client_session(ctx) as client:
        emit(client.media.get(media_id), json_out, settings(ctx).api_key)


@app.command("status")
def status(ctx: typer.Context, media_id: o.MediaIdArg, json_out: o.JsonOpt = False) -> None:
    """Show a media's processing status and progress (cheap; for polling)."""
    with client_session(ctx) as client:
        emit(client.media.status(media_id), json_out, settings(ctx).api_key)


def _update_command(method: str) -> Callable[..., None]:
    """``update`` and ``edit`` share one contract (and signature); only the endpoint differs."""

    def command(
        ctx: typer.Context,
        media_id: o.MediaIdArg,
        title: o.TitleOpt = None,
        description: o.DescriptionOpt = None,
        visibility_status: o.VisibilityOpt = None,
        rating: o.RatingOpt = None,
        webhook_url: o.WebhookOpt = None,
        prompt: o.PromptOpt = None,
        media_item: o.MediaItemOpt = None,
        motion_type: o.MotionTypeOpt = None,
        camera_control: o.CameraControlOpt = None,
        quantity: o.QuantityOpt = None,
        duration: o.DurationOpt = None,
        loop: o.LoopOpt = None,
        audio_option: o.AudioOptionOpt = None,
        model: o.TryOnModelOpt = None,
        aspect_ratio: o.AspectRatioOpt = None,
        wait: o.WaitOpt = False,
        wait_timeout: o.WaitTimeoutOpt = None,
        download: o.DownloadOpt = None,
        json_out: o.JsonOpt = False,
    ) -> None:
        with client_session(ctx) as client:
            media = getattr(client.media, method)(
                media_id,
                **given(
                    title=title,
                    description=description,
                    visibility_status=visibility_status,
                    rating=rating,
                    webhook_url=webhook_url,
                    prompt=prompt,
                    media_items=flatten_items(media_item),
                    motion_type=motion_type,
                    camera_control=camera_control,
                    quantity=quantity,
                    duration=duration,
                    loop=loop,
                    audio_option=audio_option,
                    model=model,
                    aspect_ratio=aspect_ratio,
                ),
            )
            finish_job(
                client.media,
                "media",
                media,
                wait=wait,
                wait_timeout=wait_timeout,
                download=download,
                json_out=json_out,
                secret=settings(ctx).api_key,
            )

    command.__doc__ = (
        f"Change a media ({'PUT /media/ID' if method == 'update' else 'PUT /media/ID/edit'}): metadata"
        " (title, description, visibility, rating, webhook) is free; any generation option regenerates"
        " the video and costs credits."
    )
    return command


app.command("update")(_update_command("update"))
app.command("edit")(_update_command("edit"))


@app.command("process")
def process(
    ctx: typer.Context,
    media_id: o.MediaIdArg,
    wait: o.WaitOpt = False,
    wait_timeout: o.WaitTimeoutOpt = None,
    download: o.DownloadOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Run a media's generation again with its stored parameters (costs credits every time)."""
    with client_session(ctx) as client:
        finish_job(
            client.media,
            "media",
            client.media.process(media_id),
            wait=wait,
            wait_timeout=wait_timeout,
            download=download,
            json_out=json_out,
            secret=settings(ctx).api_key,
        )


@app.command("wait")
def wait(
    ctx: typer.Context,
    media_id: o.MediaIdArg,
    wait_timeout: o.WaitTimeoutOpt = None,
    download: o.DownloadOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Wait for a media job to end, with a progress bar; exit code 4 if it fails or is cancelled."""
    with client_session(ctx) as client:
        wait_and_download(
            client.media,
            "media",
            media_id,
            wait_timeout=wait_timeout,
            download=download,
            json_out=json_out,
            secret=settings(ctx).api_key,
        )


@app.command("download")
def download(
    ctx: typer.Context,
    media_id: o.MediaIdArg,
    path: o.PathArg,
    object_type: ObjectTypeOpt = None,
    motion_type: o.MotionTypeOpt = None,
    width: WidthOpt = None,
    file_size: FileSizeOpt = None,
    json_out: o.JsonOpt = False,
) -> None:
    """Download a media's video (streamed, with a progress bar)."""
    options: dict[str, Any] = given(
        object_type=object_type, motion_type=motion_type, width=width, file_size=file_size
    )
    with client_session(ctx) as client, bytes_progress(f"media {media_id}") as on_bytes:
        saved = client.media.download(media_id, path, on_progress=on_bytes, **options)
    emit_path(Path(saved), json_out)
