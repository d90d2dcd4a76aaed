"""``vimmerse fake``: serve the fake Vimmerse API on loopback, for trying the CLI or any language,
and for CI: the keys and credits it starts with, a rate limit, and admin routes (``/_admin``) to
change them and clear every job while it runs (``FAKE_EPILOG``)."""

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
    api_keys: Annotated[
        list[str] | None,
        typer.Option(
            "--api-key",
            metavar="KEY[=CREDITS]",
            help="An API key the fake accepts and its credits (KEY alone: 10000); repeat for more keys."
            " Only the keys given work: add --api-key vimmerse-demo-key to keep the demo key. None"
            " given: the demo key vimmerse-demo-key with 10000 credits.",
            show_default=False,
        ),
    ] = None,
    rate_limit: Annotated[
        float | None,
        typer.Option(
            metavar="PER_SECOND",
            help="Requests per second each key may make (burst: as many, at least 1); beyond it 429"
            " with Retry-After. Default: unlimited.",
            show_default=False,
        ),
    ] = None,
    admin_token: Annotated[
        str | None,
        typer.Option(
            envvar="VIMMERSE_FAKE_ADMIN_TOKEN",
            help="Every /_admin call must send Authorization: Bearer TOKEN, from any host. Without it,"
            " /_admin answers loopback clients only.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the fake Vimmerse API until Ctrl-C (needs the `fake` extra)."""
    try:
        from vimmerse_fake import (
            DEMO_API_KEY,
            WIRE_MODES,
            FakeConfig,
            check_admin_token,
            check_rate_limit,
            parse_api_key,
            serve,
        )
    except ImportError as exc:
        fail(
            EXIT_ERROR,
            f"the fake server is not installed ({exc.name or exc});"
            " install it with: pip install 'vimmerse[fake]'",
        )
    if wire not in WIRE_MODES:
        fail(EXIT_USAGE, f"--wire must be one of {', '.join(WIRE_MODES)}, not {wire!r}")
    keys: dict[str, int] = {}
    for given in api_keys or [DEMO_API_KEY]:
        try:
            key, credits = parse_api_key(given)
        except ValueError as exc:
            fail(EXIT_USAGE, f"--api-key takes KEY or KEY=CREDITS: {exc}")
        if key in keys:
            fail(EXIT_USAGE, f"--api-key {key!r} is given twice; give each key once")
        keys[key] = credits
    for option, check, value in (
        ("--rate-limit", check_rate_limit, rate_limit),
        ("--admin-token", check_admin_token, admin_token),
    ):
        try:
            check(value)
        except ValueError as exc:
            fail(EXIT_USAGE, f"{option}: {exc}")
    # SIGTERM (e.g. from a supervisor or a test) stops the server the same clean way Ctrl-C does.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    config = FakeConfig(
        api_keys=keys,
        speed=speed,
        rate_limit=rate_limit,
        admin_token=admin_token,
        state_file=str(state) if state is not None else None,
        spec_path=str(spec) if spec is not None else None,
        wire=wire,  # type: ignore[arg-type]  # checked against WIRE_MODES above
    )
    with contextlib.ExitStack() as stack:
        try:
            running = stack.enter_context(serve(host=host, port=port, cdn_port=cdn_port, config=config))
        except OSError as exc:  # the port is taken: one line, not uvicorn's traceback
            fail(EXIT_USAGE, f"cannot listen on {host}:{port} or its file-host port: {exc.strerror or exc}")
        except ValueError as exc:  # a --spec whose paths would answer the admin routes
            fail(EXIT_USAGE, str(exc))
        stdout.print(
            f"Fake Vimmerse API on [bold]{escape(running.base_url)}[/] (files on {escape(running.cdn_url)})"
        )
        for key, credits in keys.items():
            label = "Demo API key" if key == DEMO_API_KEY else "API key"
            stdout.print(f"{label}: [bold]{escape(key)}[/] ({credits:,} credits)")
        first = next(iter(keys))
        stdout.print(
            f"  export VIMMERSE_BASE_URL={escape(running.base_url)} VIMMERSE_API_KEY={escape(first)}",
            soft_wrap=True,
        )
        who = "with the admin token" if admin_token else "from this machine only"
        stderr.print(f"Admin routes on {escape(running.base_url)}/_admin ({who}); see vimmerse fake --help.")
        if rate_limit:
            stderr.print(f"Rate limit: {rate_limit:g} requests per second per key.")
        stderr.print("Press Ctrl-C to stop.")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            stderr.print("Stopping.")


FAKE_EPILOG = (
    "Admin routes (not part of the API; JSON answers; bodies as application/json):\n\n"
    "GET /_admin/keys: every key with its credits.\n\n"
    "GET /_admin/keys/KEY: its credits, paid jobs and jobs by kind.\n\n"
    'PUT /_admin/keys/KEY {"credits": N}: create the key, or set its balance.\n\n'
    'POST /_admin/keys/KEY/credits {"add": N}: top the key up.\n\n'
    "DELETE /_admin/keys/KEY: the key answers 401 from now on.\n\n"
    "POST /_admin/reset {}: remove every job; keys and credits as at start.\n\n"
    "They answer clients on this machine only (403 otherwise), unless --admin-token is set: then"
    " every admin call needs Authorization: Bearer TOKEN (401 without it). An API key never"
    " opens them. Example: curl -X PUT -H 'Content-Type: application/json' -d '{\"credits\": 500}'"
    " localhost:8000/_admin/keys/ci-key"
)
