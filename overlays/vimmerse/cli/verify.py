"""``vimmerse verify`` and ``vimmerse proxy``: exchanges recorded and checked against openapi.yaml.

Both write ``DIR/exchanges.har`` (secrets redacted), ``DIR/report.json``, ``DIR/junit.xml`` and
``DIR/report.html`` (``vimmerse.verify``, which needs the ``verify`` extra).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from ._runtime import EXIT_ERROR, EXIT_USAGE, fail, settings, stderr, stdout

DEFAULT_BASE_URL = "https://api.vimmerse.net"
ReportDir = Annotated[Path, typer.Option("--report", file_okay=False, help="Directory of the report.")]
Spec = Annotated[
    Path | None,
    typer.Option(exists=True, dir_okay=False, help="Check against this openapi.yaml.", show_default=False),
]


def _verify_module() -> ModuleType:
    try:
        import vimmerse.verify as module
    except ImportError as exc:
        fail(EXIT_ERROR, f"{exc}" if "verify" in str(exc) else f"{exc}: pip install 'vimmerse[verify]'")
    return module


def _contract(module: ModuleType, spec: Path | None) -> Any:
    try:
        return module.Contract.load(spec)
    except (OSError, ValueError) as exc:
        fail(EXIT_USAGE, f"cannot read the document: {exc}")


def summary_table(report: dict[str, Any]) -> Table:
    table = Table(title=f"{report['summary']['exchanges']} exchanges checked against {report['document']}")
    for name in ("operation", "calls", "statuses", "findings", "wire forms", "never seen"):
        table.add_column(name)
    wire: dict[str, int] = {}
    for w in report["wire_forms"]:
        wire[w["operation"]] = wire.get(w["operation"], 0) + w["count"]
    for o in report["operations"]:
        statuses = " ".join(f"{s}x{n}" for s, n in o["statuses"].items())
        table.add_row(
            o["operation"],
            str(o["calls"]),
            statuses,
            str(o["findings"]),
            str(wire.get(o["operation"], 0)),
            str(len(o["declared_never_seen"])),
        )
    return table


def _finish(report: dict[str, Any], directory: Path) -> int:
    stdout.print(summary_table(report))
    s = report["summary"]
    for f in report["findings"][:20]:
        stdout.print(escape(f"  {f['kind']}: {f['operation']} {f['status']} {f['field']}: {f['detail']}"))
    stdout.print(
        f"{s['findings']} findings, {s['wire_forms_declared']} declared wire forms seen,"
        f" {s['undeclared_fields']} fields the document lacks; report in {escape(str(directory))}/"
    )
    return EXIT_ERROR if s["findings"] else 0


def verify(
    ctx: typer.Context,
    report: ReportDir = Path("contract-report"),
    media_id: Annotated[
        str | None,
        typer.Option(envvar="VIMMERSE_MEDIA_ID", help="A media of yours to read.", show_default=False),
    ] = None,
    story_id: Annotated[
        str | None,
        typer.Option(envvar="VIMMERSE_STORY_ID", help="A story of yours to read.", show_default=False),
    ] = None,
    allow_spend: Annotated[
        bool, typer.Option("--allow-spend", help="Also run the smallest paid job (a 1 s video) to its end.")
    ] = False,
    replay: Annotated[
        Path | None,
        typer.Option(
            exists=True, dir_okay=False, help="Check this recording (HAR) again, offline.", show_default=False
        ),
    ] = None,
    spec: Spec = None,
) -> None:
    """Check the service's answers against openapi.yaml and write the evidence (free by default).

    Exit 1 when there are findings.
    """
    module = _verify_module()
    contract = _contract(module, spec)
    if replay is not None:
        verification = module.recheck(replay, contract)
    else:
        options = settings(ctx)
        if not options.api_key:
            fail(EXIT_USAGE, "no API key: pass --api-key or set VIMMERSE_API_KEY")
        verification = module.Verification(contract)
        base_url = options.base_url or DEFAULT_BASE_URL
        spend = "with one paid job" if allow_spend else "free operations only"
        stderr.print(f"verifying {escape(base_url)} ({spend})")
        plan = module.Plan(base_url, options.api_key, media_id, story_id, allow_spend)
        for note in module.run(plan, verification, say=lambda line: stderr.print(escape(line))):
            stderr.print(escape(f"  note: {note}"))
    raise typer.Exit(_finish(verification.write(report), report))


def proxy(
    upstream: Annotated[str, typer.Option(help="The API origin to forward to (the service or a fake).")],
    report: ReportDir = Path("proxy-report"),
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free port).")] = 8010,
    spec: Spec = None,
) -> None:
    """Forward your application's traffic to UPSTREAM, recording and checking every exchange.

    Point any client at the printed URL; on Ctrl-C (or SIGTERM) the report is written. The API key
    goes to the upstream's origin only and into no recording.
    """
    module = _verify_module()
    verification = module.Verification(_contract(module, spec))
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        server = module.Proxy(upstream, verification, host=host, port=port)
    except ValueError as exc:
        fail(EXIT_USAGE, str(exc))
    except OSError as exc:
        fail(EXIT_USAGE, f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    with server:
        stdout.print(f"Validating proxy on {escape(server.url)} -> {escape(server.upstream)}")
        stdout.file.flush()
        stderr.print("Press Ctrl-C to stop and write the report.")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    _finish(verification.write(report), report)
