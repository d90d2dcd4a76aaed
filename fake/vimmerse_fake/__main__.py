"""Run the fake: ``python -m vimmerse_fake --port 8000 [--cdn-port N] [--state FILE] [--speed X]
[--api-key KEY[=CREDITS] ...] [--spec OPENAPI.yaml] [--wire service|document]``."""

from __future__ import annotations

import argparse
import threading

from .config import DEFAULT_CREDITS, DEMO_API_KEY, WIRE_MODES, FakeConfig, parse_api_key
from .server import serve


def _key(value: str) -> tuple[str, int]:
    """The same ``KEY[=CREDITS]`` as ``vimmerse fake --api-key``."""
    try:
        return parse_api_key(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m vimmerse_fake", description="Run the fake Vimmerse API.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="API port (0 = any free port)")
    parser.add_argument("--cdn-port", type=int, default=0, help="file host port (0 = any free port)")
    parser.add_argument("--state", help="SQLite file: state survives restarts")
    parser.add_argument("--speed", type=float, default=1.0, help="simulated seconds per real second")
    parser.add_argument("--rate-limit", type=float, default=None, help="requests per second per key")
    parser.add_argument(
        "--no-redirect", action="store_true", help="stream downloads instead of 302 to the CDN"
    )
    parser.add_argument(
        "--api-key",
        type=_key,
        action="append",
        default=None,
        help=f"KEY[=CREDITS], repeatable (credits default {DEFAULT_CREDITS};"
        f" without --api-key: {DEMO_API_KEY}={DEFAULT_CREDITS})",
    )
    parser.add_argument(
        "--spec",
        help="serve this OpenAPI document instead of the packaged openapi.yaml (operations"
        " the fake has no code for answer their documented example)",
    )
    parser.add_argument(
        "--wire",
        choices=WIRE_MODES,
        default="service",
        help="service: answers write numbers, booleans and unset values as the service does"
        ' ("1", "No", ""); document: in openapi.yaml\'s declared types',
    )
    args = parser.parse_args(argv)
    config = FakeConfig(
        api_keys=dict(args.api_key) if args.api_key else {DEMO_API_KEY: DEFAULT_CREDITS},
        speed=args.speed,
        rate_limit=args.rate_limit,
        redirect_downloads=not args.no_redirect,
        state_file=args.state,
        strict_responses=False,  # a served fake logs its own contract bugs instead of answering 500
        spec_path=args.spec,
        wire=args.wire,
    )
    with serve(args.host, args.port, args.cdn_port, config=config, log_level="info") as running:
        print(f"Vimmerse fake API on {running.base_url}  (files on {running.cdn_url})", flush=True)
        print(f"API keys: {', '.join(config.api_keys)}", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
        finally:
            running.fake.close()


if __name__ == "__main__":
    main()
