"""What every command shares at run time: the client session, error → exit-code mapping, output.

Exit codes (documented in ``vimmerse --help`` and the README):

* 0 — success;
* 2 — usage or validation error: Click's usage errors and the SDK's ``InvalidParameterError``
  (raised before any request is sent, so nothing was spent);
* 3 — the API answered with an error, or could not be reached (4xx/5xx, connection, timeout,
  broken download);
* 4 — the job failed, was cancelled, or did not finish within ``--wait-timeout``.

The API key is never printed: every message that reaches the terminal passes through
:func:`redact`, and the Typer app disables locals in tracebacks.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, Protocol

import httpx
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    SpinnerColumn,
    Task,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)
from rich.table import Table
from rich.text import Text

from vimmerse import DEFAULT_BASE_URL, Vimmerse, errors

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_API = 3
EXIT_JOB = 4

# stdout carries only results (and with --json only the JSON); everything else goes to stderr.
stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False)


@dataclass
class Settings:
    """Global options, stored on the Click context by the app callback."""

    api_key: str | None = None
    base_url: str | None = None
    timeout: float | None = None
    #: Where the key came from, for error messages: "--api-key" or "$VIMMERSE_API_KEY".
    key_source: str = "--api-key"


def settings(ctx: typer.Context) -> Settings:
    found = ctx.find_object(Settings)
    return found if found is not None else Settings()


def redact(text: str, secret: str | None) -> str:
    """Remove the API key from text about to be shown (error bodies can echo request headers)."""
    if secret:
        text = text.replace(secret, "***")
    return text


def fail(
    code: int, message: str, secret: str | None = None, *, json_out: bool = False, kind: str = "error"
) -> NoReturn:
    """Say what went wrong on stderr (as JSON with ``--json``) and exit with ``code``."""
    text = redact(message, secret)
    if json_out:
        sys.stderr.write(json.dumps({"error": {"type": kind, "message": text, "exit_code": code}}) + "\n")
        sys.stderr.flush()
    else:
        stderr.print(f"[bold red]Error:[/] {escape(text)}")
    raise typer.Exit(code)


def flag_of(field: str) -> str:
    """The CLI flag of an SDK field name (``audio_option.narrator`` -> ``--audio-option``)."""
    top = field.split(".", 1)[0].split("[", 1)[0]
    return "--" + top.replace("_", "-")


def _describe_api_error(exc: errors.VimmerseError, opts: Settings, subject: str | None) -> str:
    message = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, errors.AuthenticationError):
        message += (
            f" (the key from {opts.key_source} was refused by {opts.base_url or DEFAULT_BASE_URL};"
            " check it, or the base URL)"
        )
    if isinstance(exc, errors.NotFoundError) and subject:
        message += f" (no {subject} for this API key)"
    if isinstance(exc, errors.APITimeoutError | errors.APIConnectionError) and getattr(
        exc, "may_have_created_job", False
    ):
        message += " (the job may have been created; list or get it before retrying, to avoid paying twice)"
    return message


def _describe_job_error(exc: errors.JobError, resume: Callable[[str], str] | None) -> str:
    if isinstance(exc, errors.WaitTimeoutError):
        command = resume(exc.job_id) if resume else f"vimmerse <media|story> wait {exc.job_id}"
        state = exc.status or "running"
        return f"WaitTimeoutError: {exc.job_id} is still {state}; it goes on. Resume with: {command}"
    return f"{type(exc).__name__}: {exc}"


@contextmanager
def client_session(
    ctx: typer.Context,
    *,
    json_out: bool = False,
    subject: str | None = None,
    resume: Callable[[str], str] | None = None,
) -> Iterator[Vimmerse]:
    """Build the client from the global options and turn SDK exceptions into exit codes.

    ``subject`` (``"media m1"``) names what a 404 did not find; ``resume`` is the command that
    resumes a wait that timed out.
    """
    opts = settings(ctx)
    key = opts.api_key

    def stop(code: int, exc: BaseException, message: str) -> NoReturn:
        fail(code, message, key, json_out=json_out, kind=type(exc).__name__)

    if not key:
        fail(EXIT_USAGE, "no API key: pass --api-key or set VIMMERSE_API_KEY", json_out=json_out)
    timeout = httpx.Timeout(opts.timeout, connect=min(opts.timeout, 10.0)) if opts.timeout else None
    kwargs: dict[str, Any] = {"timeout": timeout} if timeout is not None else {}
    try:
        # A key or base URL the client refuses is a usage error like any other bad option.
        client = Vimmerse(api_key=key, base_url=opts.base_url, **kwargs)
    except errors.VimmerseError as exc:
        stop(EXIT_USAGE, exc, f"{exc} (key from {opts.key_source})" if "key" in str(exc) else str(exc))
    try:
        with client:
            yield client
    except errors.InvalidParameterError as exc:
        stop(EXIT_USAGE, exc, f"invalid {flag_of(exc.field)}: {exc}")
    except errors.JobError as exc:
        stop(EXIT_JOB, exc, _describe_job_error(exc, resume))
    except (errors.APIError, errors.APIConnectionError, errors.APITimeoutError, errors.DownloadError) as exc:
        stop(EXIT_API, exc, _describe_api_error(exc, opts, subject))
    except errors.VimmerseError as exc:
        stop(EXIT_ERROR, exc, f"{type(exc).__name__}: {exc}")
    except OSError as exc:  # e.g. --download into a folder that cannot be created
        stop(EXIT_ERROR, exc, f"{exc}")


def parse_json(raw: str) -> Any:
    """Parse a JSON option value: inline JSON, or ``@path`` to read it from a file.

    Raised as ``typer.BadParameter`` so a typo is a usage error (exit 2) naming the option.
    """
    text = raw
    where = f" in {raw[1:]!r}" if raw.startswith("@") else ""
    if raw.startswith("@"):
        path = Path(raw[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise typer.BadParameter(f"cannot read {str(path)!r}: {exc.strerror or exc}") from exc
        except ValueError as exc:  # not UTF-8; a NUL in the path
            raise typer.BadParameter(f"cannot read {str(path)!r}: {exc}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise typer.BadParameter(
            f"not valid JSON{where} ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from exc
    except ValueError as exc:  # an integer of more digits than Python reads
        raise typer.BadParameter(f"not JSON this program reads{where} ({exc})") from exc
    except RecursionError:
        raise typer.BadParameter(f"not JSON this program reads{where} (nested too deeply)") from None


def given(**kwargs: Any) -> dict[str, Any]:
    """Keep only the options the user gave, so the SDK (and then the API) applies its defaults."""
    return {k: v for k, v in kwargs.items() if v is not None and v != []}


def flatten_items(items: list[Any] | None) -> list[Any] | None:
    """``--media-item`` takes one object or an array of them per occurrence."""
    if items is None:
        return None
    out: list[Any] = []
    for item in items:
        out.extend(item if isinstance(item, list) else [item])
    return out


class Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return f"[{len(value)} items]"
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False)[:100]
    return str(value)


def emit(model: Model, json_out: bool, secret: str | None = None) -> None:
    """Print a result: its ``to_dict()`` as JSON with ``--json``, else a field/value table."""
    emit_mapping(model.to_dict(), json_out, secret)


def emit_mapping(data: Mapping[str, Any], json_out: bool, secret: str | None = None) -> None:
    if json_out:
        sys.stdout.write(redact(json.dumps(data, indent=2, ensure_ascii=False), secret) + "\n")
        sys.stdout.flush()
        return
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(overflow="fold")
    for key, value in data.items():
        if value in (None, "", [], {}):
            continue
        table.add_row(key, escape(redact(_cell(value), secret)))
    stdout.print(table)


def emit_path(path: Path, json_out: bool) -> None:
    size = path.stat().st_size
    if json_out:
        sys.stdout.write(json.dumps({"path": str(path), "bytes": size}) + "\n")
        sys.stdout.flush()
    else:
        stdout.print(f"Saved [bold]{escape(str(path))}[/] ({size:,} bytes)")


class _JobAwareDownloadColumn(DownloadColumn):
    """Byte counts, shown on the download row only (the job row counts percent, not bytes)."""

    def render(self, task: Task) -> Text:
        return Text("") if task.fields.get("job") else super().render(task)


class _JobAwareSpeedColumn(TransferSpeedColumn):
    def render(self, task: Task) -> Text:
        return Text("") if task.fields.get("job") else super().render(task)


class JobProgress:
    """Rich progress bars on stderr: one for the job (status + percent), one for the bytes."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            _JobAwareDownloadColumn(),
            _JobAwareSpeedColumn(),
            TimeElapsedColumn(),
            console=stderr,
        )
        self._job: TaskID | None = None
        self._bytes: TaskID | None = None

    def __enter__(self) -> JobProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def on_status(self, status: str, percent: int | None) -> None:
        description = f"{escape(self._label)} [yellow]{escape(status)}[/]"
        if self._job is None:
            self._job = self._progress.add_task(description, total=100, job=True)
        self._progress.update(
            self._job,
            description=description,
            completed=percent if percent is not None else self._progress.tasks[self._job].completed,
        )

    def on_bytes(self, done: int, total: int | None) -> None:
        if self._bytes is None:
            self._bytes = self._progress.add_task(f"{escape(self._label)} download", total=total)
        self._progress.update(self._bytes, completed=done, total=total)


@contextmanager
def bytes_progress(label: str) -> Iterator[Callable[[int, int | None], None]]:
    """A download progress bar on stderr; yields the SDK's ``on_progress(done, total)`` callback."""
    with JobProgress(label) as bars:
        yield bars.on_bytes


def finish_job(
    resource: Any,
    kind: str,
    created: Model,
    *,
    wait: bool,
    wait_timeout: float | None,
    download: str | Path | None,
    json_out: bool,
    secret: str | None,
    download_kwargs: Mapping[str, Any] | None = None,
    many_files: bool = False,
) -> None:
    """After a call that starts a job: print it, or (``--wait``/``--download``) see it through.

    The id is announced on stderr before waiting, so a user whose wait times out can resume it.
    ``many_files``: the job ends with several files (an asset's results): suggest a directory.
    """
    job_id = str(created.to_dict().get("id", ""))
    if not (wait or download):
        emit(created, json_out, secret)
        if not json_out:
            where = f"{kind}/" if many_files else f"{kind}.mp4"
            stderr.print(f"Next: [bold]vimmerse {kind} wait {escape(job_id)} --download {where}[/]")
        return
    stderr.print(f"{kind} [bold]{escape(job_id)}[/] started; waiting for it to finish")
    wait_and_download(
        resource,
        kind,
        job_id,
        wait_timeout=wait_timeout,
        download=download,
        json_out=json_out,
        secret=secret,
        download_kwargs=download_kwargs,
    )


def wait_and_download(
    resource: Any,
    kind: str,
    job_id: str,
    *,
    wait_timeout: float | None,
    download: str | Path | None,
    json_out: bool,
    secret: str | None,
    download_kwargs: Mapping[str, Any] | None = None,
) -> None:
    """Poll the job with a progress bar (the SDK raises on fail/cancel/timeout), then download it."""
    # A short id keeps the bars on one line; the full id was printed above.
    try:
        with JobProgress(f"{kind} {job_id[:8]}") as bars:
            result = resource.wait(job_id, timeout=wait_timeout, on_progress=bars.on_status)
            saved: Path | list[Path] | None = None
            if download is not None:
                saved = resource.download(
                    job_id, download, on_progress=bars.on_bytes, **(download_kwargs or {})
                )
    except KeyboardInterrupt:
        # Stopping the CLI does not stop the job (it runs server-side, already paid for).
        stderr.print(f"Interrupted; the job goes on. Resume with: vimmerse {kind} wait {escape(job_id)}")
        raise typer.Exit(130) from None
    emit(result, json_out, secret)
    for path in saved if isinstance(saved, list) else [] if saved is None else [saved]:
        stderr.print(f"Saved [bold]{escape(str(path))}[/] ({Path(path).stat().st_size:,} bytes)")
