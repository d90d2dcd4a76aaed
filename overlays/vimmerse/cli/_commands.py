"""The ``vimmerse <tag> <command>`` commands, built from the document's operations.

One command per operation (``vimmerse media create`` is ``client.media.create``), named after its
SDK method; path parameters are arguments; every query or body field is an option whose flag,
type, choices (in the document's order), bounds and help come from the generated ``Rule``: a new
field or operation in openapi.yaml is on the command line after ``make generate``. What is CLI
policy, not API fact, lives here: how a rule becomes a Click option, ``--wait``/``--download`` on
job-creating commands, ``wait`` (and ``download`` of a finished job's file) per job kind, output.

Mapping of rules to options:

* integer/number -> a bounded Click range (``--duration 12`` is a usage error naming the flag);
* boolean -> ``--flag/--no-flag``; enum -> a choice of its values;
* array -> a repeatable option, spelled with the field's name and its singular (``--image-url``);
* JSON carried in a field, or a nested object -> ``JSON`` or ``@file.json``;
* upload -> a path to an existing file.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from vimmerse_openapi.sdk.operations import JOBS, OPERATIONS, TAGS
from vimmerse_openapi.sdk.spec import Job, Operation, Rule

from ._runtime import (
    bytes_progress,
    client_session,
    emit,
    emit_mapping,
    emit_path,
    finish_job,
    parse_json,
    settings,
    wait_and_download,
)

__all__ = ["tag_apps", "top_level_commands"]

JOB_PANEL = "Waiting and downloading"
_SIMPLE = frozenset({"string", "integer", "number", "boolean", "enum"})


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _help(rule: Rule) -> str:
    words = [rule.description.rstrip(".")] if rule.description else []
    if rule.minimum is not None or rule.maximum is not None:
        low = "" if rule.minimum is None else f"{rule.minimum:g}"
        high = "" if rule.maximum is None else f"{rule.maximum:g}"
        words.append(f"{low}..{high}")
    if rule.max_length is not None:
        words.append(f"at most {rule.max_length} characters")
    if rule.max_items is not None:
        words.append(f"up to {rule.max_items}, repeatable")
    elif rule.kind == "array":
        words.append("repeatable")
    if rule.kind in ("json", "object"):
        words.append("JSON or @file.json")
    if rule.default not in (None, "", [], {}):
        words.append(f"service default {rule.default}")
    if rule.deprecated:
        words.append("deprecated")
    return "; ".join(w for w in words if w) + "."


def _flags(name: str, rule: Rule, command: str) -> list[str]:
    """The flag of a field and its aliases: a list's singular (``--image-url``), a boolean ``is_x``
    as ``--x``, a field named after its command without that prefix (``concat --video-url``)."""
    names = [name]
    if name.startswith(command + "_"):
        names.append(name[len(command) + 1 :])
    if rule.kind == "boolean" and name.startswith("is_"):
        names.append(name[3:])
    listed = rule.kind == "array" or (rule.content is not None and rule.content.kind == "array")
    if listed:
        names += [n[:-1] for n in list(names) if n.endswith("s")]
    return [_flag(n) for n in dict.fromkeys(names)]


def _option(name: str, rule: Rule, command: str = "") -> tuple[Any, Callable[[Any], Any]]:
    """(the annotated type of the option for ``name``, a converter to the SDK's value)."""
    flags = _flags(name, rule, command)
    kind = rule.kind
    item = rule.items if kind == "array" else None
    common: dict[str, Any] = {"help": _help(rule), "show_default": False}
    same: Callable[[Any], Any] = lambda value: value  # noqa: E731
    if kind == "boolean":
        pairs = [f"{f}/--no-{f[2:]}" for f in flags]
        return Annotated[bool | None, typer.Option(*pairs, **common)], same
    if kind == "enum" and rule.enum is not None:
        return Annotated[rule.enum | None, typer.Option(*flags, **common)], same
    if kind in ("integer", "number"):
        py: Any = int if kind == "integer" else float
        option = typer.Option(*flags, min=rule.minimum, max=rule.maximum, **common)
        return Annotated[py | None, option], same
    if kind == "file":
        return Annotated[Path | None, typer.Option(*flags, exists=True, dir_okay=False, **common)], same
    if kind in ("json", "object") and not (rule.content is not None and rule.content.kind == "array"):
        return Annotated[Any, typer.Option(*flags, parser=parse_json, metavar="JSON|@FILE", **common)], same
    if kind == "json" or (item is not None and item.kind in ("object", "json")):
        # A JSON array: each occurrence is one item or an array of items.
        def flatten(values: list[Any]) -> list[Any]:
            out: list[Any] = []
            for value in values:
                out.extend(value if isinstance(value, list) else [value])
            return out

        option = typer.Option(*flags, parser=parse_json, metavar="JSON|@FILE", **common)
        return Annotated[list[Any] | None, option], flatten
    if item is not None:
        if item.kind == "file":
            option = typer.Option(*flags, exists=True, dir_okay=False, **common)
            return Annotated[list[Path] | None, option], same
        if item.kind == "enum" and item.enum is not None:
            return Annotated[list[item.enum] | None, typer.Option(*flags, **common)], same  # type: ignore[name-defined]
        if item.kind == "integer":
            return Annotated[list[int] | None, typer.Option(*flags, **common)], same
        return Annotated[list[str] | None, typer.Option(*flags, **common)], same
    return Annotated[str | None, typer.Option(*flags, **common)], same


def _param(name: str, annotation: Any, default: Any = None) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


def _build(func: Callable[..., None], params: list[inspect.Parameter], doc: str) -> Callable[..., None]:
    """Give ``func(ctx, **values)`` the signature Typer reads options from."""
    ctx = inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)
    func.__signature__ = inspect.Signature([ctx, *params])  # type: ignore[attr-defined]
    func.__annotations__ = {"ctx": typer.Context, **{p.name: p.annotation for p in params}, "return": None}
    func.__doc__ = doc
    return func


JSON_OPT = Annotated[
    bool, typer.Option("--json", help="Print the result as JSON on stdout and nothing else.")
]
WAIT_OPT = Annotated[
    bool,
    typer.Option("--wait", help="Poll until the job ends, with a progress bar.", rich_help_panel=JOB_PANEL),
]
WAIT_TIMEOUT_OPT = Annotated[
    float | None,
    typer.Option(
        "--wait-timeout",
        min=0,
        help="Give up waiting after this many seconds (exit code 4).",
        rich_help_panel=JOB_PANEL,
        show_default=False,
    ),
]
# A str, not a Path: Path("out/") drops the slash that makes "out/" a directory.
DOWNLOAD_OPT = Annotated[
    str | None,
    typer.Option(
        "--download",
        help="After the job succeeds, save the video to this path (a file, or a directory ending in /;"
        " implies --wait).",
        rich_help_panel=JOB_PANEL,
        show_default=False,
    ),
]


def _argument(name: str, help_text: str) -> inspect.Parameter:
    annotation = Annotated[str, typer.Argument(help=help_text, show_default=False)]
    return inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=annotation)


def _path_argument() -> inspect.Parameter:
    annotation = Annotated[
        str,
        typer.Argument(
            help="Where to save the file: a file, or a directory ending in /.", show_default=False
        ),
    ]
    return inspect.Parameter("path", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=annotation)


def _downloads(tag: str) -> bool:
    """Whether ``client.<tag>.download(id, path)`` exists (a binary operation, or a job's file)."""
    return any(op.tag == tag and op.binary for op in OPERATIONS.values()) or any(
        job.poll.tag == tag and job.file for job in JOBS.values()
    )


def operation_command(op: Operation) -> Callable[..., None]:
    job = JOBS.get(op.job) if op.job else None
    path_names = list(op.path_params)
    fields: dict[str, tuple[str, Callable[[Any], Any]]] = {}  # python name -> (wire name, converter)
    params: list[inspect.Parameter] = []
    for name in path_names:
        params.append(_argument(name, op.path_params[name].description or f"The {name.replace('_', ' ')}."))
    if op.binary:
        params.append(_path_argument())
    rules = {**op.query, **((op.body.fields or {}) if op.body is not None else {})}
    for name, rule in rules.items():
        annotation, convert = _option(name, rule, op.name)
        params.append(_param(name, annotation))
        fields[name] = (name, convert)
    # The simple fields of a structured option get flags of their own (--narrator for
    # audio_option.narrator), so nobody has to write JSON for the common cases.
    nested: dict[str, tuple[str, str]] = {}  # python name -> (field, key inside it)
    for name, rule in rules.items():
        content = rule.content if rule.kind == "json" else rule if rule.kind == "object" else None
        if content is None or content.kind != "object":
            continue
        for key, sub in (content.fields or {}).items():
            if sub.kind not in _SIMPLE:
                continue
            py = key if key not in rules and key not in nested else f"{name}_{key}"
            annotation, _ = _option(py, sub)
            params.append(_param(py, annotation))
            nested[py] = (name, key)
    if job is not None:
        params.append(_param("wait", WAIT_OPT, False))
        params.append(_param("wait_timeout", WAIT_TIMEOUT_OPT))
        if job.file or _downloads(job.poll.tag):
            params.append(_param("download", DOWNLOAD_OPT))
    params.append(_param("json_out", JSON_OPT, False))

    def command(ctx: typer.Context, **values: Any) -> None:
        secret = settings(ctx).api_key
        args = [values.pop(name) for name in path_names]
        target = values.pop("path", None)
        json_out = values.pop("json_out")
        wait, wait_timeout = values.pop("wait", False), values.pop("wait_timeout", None)
        download = values.pop("download", None)
        given: dict[str, Any] = {}
        for py, value in values.items():
            if value is None or value == [] or py in nested:
                continue
            wire, convert = fields[py]
            given[wire] = convert(value)
        for py, (parent, key) in nested.items():
            if values.get(py) is not None:
                base = given.get(parent)
                given[parent] = {**(base if isinstance(base, dict) else {}), key: values[py]}
        subject = f"{op.tag} {args[0]}" if args else None

        # A job is waited for and downloaded where its poll operation lives: an image made by
        # ``vimmerse image text-to-image`` is an asset, followed with ``vimmerse assets wait``.
        job_tag = job.poll.tag if job is not None else op.tag

        def resume(job_id: str) -> str:
            return f"vimmerse {job_tag} wait {job_id}" + (f" --download {download}" if download else "")

        with client_session(ctx, json_out=json_out, subject=subject, resume=resume) as client:
            resource = getattr(client, op.tag)
            method = getattr(resource, op.name)
            if op.binary:
                with bytes_progress(f"{op.tag} {args[0] if args else ''}") as on_bytes:
                    saved = method(*args, target, on_progress=on_bytes, **given)
                emit_path(Path(saved), json_out)
                return
            result = method(*args, **given)
            if job is None:
                emit(result, json_out, secret)
                return
            finish_job(
                getattr(client, job_tag),
                job_tag,
                result,
                many_files=job.many_files,
                wait=wait,
                wait_timeout=wait_timeout,
                download=download,
                json_out=json_out,
                secret=secret,
            )

    doc = op.summary + "." + (" Spends credits." if op.credits == "charged" else "")
    return _build(command, params, doc)


def wait_command(job: Job) -> Callable[..., None]:
    params = [_argument(job.id_param, f"The {job.kind}'s id.")]
    params.append(_param("wait_timeout", WAIT_TIMEOUT_OPT))
    if job.file or _downloads(job.poll.tag):
        params.append(_param("download", DOWNLOAD_OPT))
    params.append(_param("json_out", JSON_OPT, False))

    def command(ctx: typer.Context, **values: Any) -> None:
        job_id, download = values[job.id_param], values.get("download")

        def resume(_: str) -> str:
            return f"vimmerse {job.poll.tag} wait {job_id}" + (f" --download {download}" if download else "")

        with client_session(
            ctx, json_out=values["json_out"], subject=f"{job.kind} {job_id}", resume=resume
        ) as client:
            wait_and_download(
                getattr(client, job.poll.tag),
                job.poll.tag,
                job_id,
                wait_timeout=values.get("wait_timeout"),
                download=download,
                json_out=values["json_out"],
                secret=settings(ctx).api_key,
            )

    doc = f"Wait for a {job.kind} to end, with a progress bar; exit code 4 if it fails."
    return _build(command, params, doc)


def status_command(job: Job) -> Callable[..., None]:
    params = [_argument(job.id_param, f"The {job.kind}'s id."), _param("json_out", JSON_OPT, False)]

    def command(ctx: typer.Context, **values: Any) -> None:
        job_id = values[job.id_param]
        with client_session(ctx, json_out=values["json_out"], subject=f"{job.kind} {job_id}") as client:
            polled = getattr(getattr(client, job.poll.tag), job.poll.name)(job_id)
        status = getattr(polled, job.status, None)
        shown = {job.status: getattr(status, "value", status)}
        if job.progress:
            shown[job.progress] = getattr(polled, job.progress, None)
        emit_mapping(shown, values["json_out"])

    return _build(command, params, f"Show a {job.kind}'s status and progress.")


def file_download_command(job: Job) -> Callable[..., None]:
    params = [_argument(job.id_param, f"The {job.kind}'s id."), _path_argument()]
    params.append(_param("json_out", JSON_OPT, False))

    def command(ctx: typer.Context, **values: Any) -> None:
        job_id = values[job.id_param]
        session = client_session(ctx, json_out=values["json_out"], subject=f"{job.kind} {job_id}")
        with session as client, bytes_progress(f"{job.kind} {job_id}") as on_bytes:
            saved = getattr(client, job.poll.tag).download(job_id, values["path"], on_progress=on_bytes)
        for one in saved if isinstance(saved, list) else [saved]:
            emit_path(Path(one), values["json_out"])

    what = "files" if job.many_files else "video"
    doc = f"Download a finished {job.kind}'s {what} (streamed, with a progress bar)."
    return _build(command, params, doc)


def tag_apps() -> dict[str, typer.Typer]:
    """A Typer app per tag of the document, with its commands."""
    apps: dict[str, typer.Typer] = {}
    for tag, text in TAGS.items():
        if callable_tag(tag) is not None:
            continue
        app = typer.Typer(help=text or f"The {tag} operations.", no_args_is_help=True)
        names = set()
        for op in OPERATIONS.values():
            if op.tag == tag:
                name = op.name.replace("_", "-")
                names.add(name)
                app.command(name)(operation_command(op))
        for job in JOBS.values():
            if job.poll.tag != tag:
                continue
            if "wait" not in names:
                app.command("wait")(wait_command(job))
            if "status" not in names:
                app.command("status")(status_command(job))
            if job.file and "download" not in names:
                app.command("download")(file_download_command(job))
        apps[tag] = app
    return apps


def callable_tag(tag: str) -> Operation | None:
    """The operation of a tag whose resource is called itself (``client.health()``: SDK method
    ``__call__``); its command is ``vimmerse health``, not a group."""
    return next((op for op in OPERATIONS.values() if op.tag == tag and op.name == "__call__"), None)


def top_level_commands() -> dict[str, Callable[..., None]]:
    """``vimmerse <tag>`` commands for the tags whose resource is callable."""
    return {tag: operation_command(op) for tag in TAGS if (op := callable_tag(tag)) is not None}
