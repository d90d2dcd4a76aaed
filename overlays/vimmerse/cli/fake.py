"""``vimmerse fake``: serve the fake Vimmerse API on loopback, for trying the CLI or any language."""

import contextlib
import signal
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from ._runtime import EXIT_ERROR, EXIT_USAGE, fail, stderr, stdout


def fake(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="API port (0: any free port).")] = 8000,
    cdn_port: Annotated[
        int, typer.Option(min=0, max=65535, help="File-host (CDN) port (0: any free port).")
    ] = 0,
    state: Annotated[
        Path | None,
        typer.Option(
            dir_okay=False, help="SQLite file to keep the fake's state across runs.", show_default=False
        ),
    ] = None,
    spec: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            help="Serve this openapi.yaml instead of the packaged one (routes, rules, examples).",
            show_default=False,
        ),
    ] = None,
    wire: Annotated[
        str,
        typer.Option(
            help="service: answers write numbers, booleans and unset values as the service does"
            ' ("1", "No", ""); document: in openapi.yaml\'s declared types.',
        ),
    ] = "service",
    speed: Annotated[
        float,
        typer.Option(
            min=0.001,
            help="Simulated seconds per real second: the default makes a 5 s video's minute of work take"
            " one second; --speed 1 paces jobs like the real service.",
        ),
    ] = 60.0,
) -> None:
    """Serve the fake Vimmerse API until Ctrl-C (needs the `fake` extra)."""
    try:
        from vimmerse_fake import DEMO_API_KEY, WIRE_MODES, FakeConfig, serve
    except ImportError as exc:
        fail(
            EXIT_ERROR,
            f"the fake server is not installed ({exc.name or exc});"
            " install it with: pip install 'vimmerse[fake]'",
        )
    if wire not in WIRE_MODES:
        fail(EXIT_USAGE, f"--wire must be one of {', '.join(WIRE_MODES)}, not {wire!r}")
    # SIGTERM (e.g. from a supervisor or a test) stops the server the same clean way Ctrl-C does.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    config = FakeConfig(
        speed=speed,
        state_file=str(state) if state is not None else None,
        spec_path=str(spec) if spec is not None else None,
        wire=wire,  # type: ignore[arg-type]  # checked against WIRE_MODES above
    )
    with contextlib.ExitStack() as stack:
        try:
            running = stack.enter_context(serve(host=host, port=port, cdn_port=cdn_port, config=config))
        except OSError as exc:  # the port is taken: one line, not uvicorn's traceback
            fail(EXIT_USAGE, f"cannot listen on {host}:{port} or its file-host port: {exc.strerror or exc}")
        stdout.print(
            f"Fake Vimmerse API on [bold]{escape(running.base_url)}[/] (files on {escape(running.cdn_url)})"
        )
        stdout.print(f"Demo API key: [bold]{DEMO_API_KEY}[/]")
        stdout.print(
            f"  export VIMMERSE_BASE_URL={escape(running.base_url)} VIMMERSE_API_KEY={DEMO_API_KEY}",
            soft_wrap=True,
        )
        stderr.print("Press Ctrl-C to stop.")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            stderr.print("Stopping.")
