"""The ``vimmerse`` command line: a thin Typer layer over the SDK (parsing and printing only).

``vimmerse <tag> <command>`` mirrors ``client.<tag>.<method>``, one command per operation of the
document (``_commands.py`` builds them from the generated operations); ``vimmerse fake`` serves the
fake API; ``vimmerse verify`` and ``vimmerse proxy`` check a service's answers against the
document. Exit codes: 0 ok, 1 findings (verify), 2 usage or invalid parameter, 3 API or connection
error, 4 job failed, cancelled or wait timed out.
"""

import io
import sys
from typing import Annotated

import typer

from vimmerse import API_VERSION, __version__

from ._commands import tag_apps, top_level_commands
from ._runtime import Settings
from .fake import FAKE_EPILOG, fake
from .verify import proxy, verify

app = typer.Typer(
    name="vimmerse",
    help="The Vimmerse video API from the command line: media (image/text to video) and story"
    " (idea, images or web page to a multi-scene video) jobs, images, video edits, audio,"
    " workflows, finetunes and their assets, and a local fake of the API.",
    epilog="Exit codes: 0 ok, 1 findings (verify), 2 usage/invalid parameter, 3 API error,"
    " 4 job failed/cancelled/timed out.",
    no_args_is_help=True,
    # Locals in tracebacks would print the API key held by the client.
    pretty_exceptions_show_locals=False,
)
for _tag, _app in tag_apps().items():
    app.add_typer(_app, name=_tag)
for _tag, _command in top_level_commands().items():
    app.command(_tag)(_command)
app.command("fake", epilog=FAKE_EPILOG)(fake)
app.command("verify")(verify)
app.command("proxy")(proxy)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vimmerse {__version__} (api {API_VERSION})")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    api_key: Annotated[
        str | None,
        typer.Option(envvar="VIMMERSE_API_KEY", help="Your API key.", show_default=False),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            envvar="VIMMERSE_BASE_URL",
            help="API origin (default: https://api.vimmerse.net).",
            show_default=False,
        ),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(min=0.1, help="HTTP timeout per request, in seconds.", show_default=False),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Vimmerse video API from the command line."""
    _printable_output()
    source = ctx.get_parameter_source("api_key")
    from_env = source is not None and source.name == "ENVIRONMENT"
    ctx.obj = Settings(
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        key_source="$VIMMERSE_API_KEY" if from_env else "--api-key",
    )


def _printable_output() -> None:
    """Text the service sent can hold what the terminal's encoding cannot write (JSON's
    ``"\udfff"`` is a lone surrogate in Python): written as a backslash escape, not a crash after
    the job was made."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


__all__ = ["app"]
