"""Render the SDK layer of the generated package from openapi.yaml: ``vimmerse_openapi/sdk/``.

openapi-python-client makes the models and one module per operation; it has no notion of
resources with typed keyword methods, of which calls spend credits or of how a job is waited
for, and its templates cannot see operation-level vendor extensions. This step reads the
document itself and renders the templates of ``codegen/sdk/`` into ``vimmerse_openapi/sdk/``:

* ``__init__.py``    -- from ``__init__.py.jinja``: what the layer holds;
* ``spec.py``        -- from ``spec.py.jinja``: the description types (``Rule``, ``Operation``,
                        ``Job``), the API key header the document's security scheme names, and the
                        protocols a client core implements (``SyncCoreProtocol`` /
                        ``AsyncCoreProtocol``);
* ``operations.py``  -- from ``operations.py.jinja``: one ``Operation`` per operationId: method,
                        path, parameters and body with every rule the document states (types,
                        enums, ranges, lengths, item counts, patterns, JSON carried in form fields),
                        credits, job, response;
* ``resources/``     -- a package: ``__init__.py`` from ``resources_init.py.jinja`` (each resource
                        imported on first use), and one module per tag (``media.py``,
                        ``image.py``...) from ``resources_tag.py.jinja``: ``MediaResource`` /
                        ``AsyncMediaResource`` ... with one method per operation, typed keyword
                        parameters and full docstrings, plus ``wait`` (and ``download`` of a job's
                        file) per job kind.

And beside the package's ``types.py``, ``wire.py`` from ``wire.py.jinja``: the words
``components.x-vimmerse-wire-forms`` says the service writes booleans in, which ``types.read_bool``
reads (openapi-python-client's templates cannot see the document's extensions).

The hand-written overlays (``overlays/vimmerse``) implement the protocols: how to validate,
send, retry, wait and download. Nothing here knows a field by name.

``sdk_rules.py`` turns schemas into ``Rule`` expressions and ``sdk_operations.py`` reads the
operations; this module renders the templates with them.

Usage: python codegen/generate_sdk.py SPEC PACKAGE_DIR  (the package openapi-python-client made)
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

import jinja2
import yaml
from openapi_python_client import strings
from sdk_operations import Op, build, file_is_list
from sdk_rules import Document, class_name, const

HERE = Path(__file__).resolve().parent
JOB_PARAMS = "wait: bool = False, wait_timeout: float | None = None, on_progress: WaitProgress | None = None"


def docstring(op: Op, indent: str) -> str:
    extra_args: list[tuple[str, str]] = []
    if op.binary:
        extra_args.append(
            ("path", "Where to write the file: a file name, or a directory (named after the id).")
        )
        extra_args.append(
            ("on_progress", "Called with (bytes written, total bytes or None) as the download goes.")
        )
    if op.job:
        extra_args.append(
            (
                "wait",
                "Poll until the job ends and return its final state (raises JobFailedError, "
                "JobCancelledError or WaitTimeoutError).",
            )
        )
        extra_args.append(("wait_timeout", "Seconds to wait at most (default: the client's PollPolicy)."))
        extra_args.append(
            ("on_progress", "Called with (status, percent or None) at each reading while waiting.")
        )
    lines = [op.summary.rstrip(".") + "."]
    if op.description:
        lines += ["", *op.description.splitlines()]
    lines += [
        "",
        {
            "charged": "Spends credits: retried only when the service cannot have acted.",
            "per-field": "Free for metadata; spends credits when a regenerating field is given.",
            "free": "Free.",
        }[op.credits],
        "",
        "Args:",
    ]
    for p in op.params:
        wrapped = textwrap.wrap(f"{p.py}: {p.doc}", 100, subsequent_indent="    ")
        lines += ["    " + w for w in wrapped]
    for name, text in extra_args:
        lines += ["    " + w for w in textwrap.wrap(f"{name}: {text}", 100, subsequent_indent="    ")]
    lines += [
        "",
        "Raises:",
        "    InvalidParameterError: before anything is sent, naming the field, the value and",
    ]
    lines += [
        "        what is allowed.",
        "    APIError: the service refused or failed (subclasses pin the status).",
    ]
    body = "\n".join((indent + line) if line else "" for line in lines)
    return '"""' + body.lstrip() + "\n" + indent + '"""'


def render(spec: Path, package: Path) -> list[Path]:
    doc = Document(yaml.safe_load(spec.read_text()))
    ops, rules, jobs = build(doc)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "sdk"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(docstring=docstring, JOB_PARAMS=JOB_PARAMS, const=const, class_name=class_name)
    by_id = {op.operation_id: op for op in ops}
    tags = {t["name"]: t.get("description", "") for t in doc.data.get("tags", [])}
    for op in ops:
        tags.setdefault(op.tag, "")
    job_list = []
    for kind, job in jobs.items():
        poll, result = by_id[job["poll"]], by_id[job.get("result", job["poll"])]
        id_param = next(p for p in poll.params if p.location == "path")
        job_list.append(
            {
                "kind": kind,
                "spec": job,
                "poll": poll,
                "result": result,
                "id_param": id_param,
                "many_files": bool(job.get("file")) and file_is_list(doc, result, job["file"]),
            }
        )
    scheme = next(iter(doc.data.get("components", {}).get("securitySchemes", {}).values()), {})
    context = {
        "ops": ops,
        "objects": [(name, rules.objects[name]) for name in rules.order],
        "models": sorted(rules.models),
        "tags": tags,
        "jobs": job_list,
        "api_key_header": scheme.get("name", "Authorization")
        if scheme.get("in") == "header"
        else "Authorization",
        "api_key_prefix": "" if scheme.get("type") == "apiKey" else "Bearer",
        "api_version": doc.data["info"]["version"],
        "class_of": lambda tag: strings.pascal_case(tag),
        "wire_words": doc.data.get("components", {}).get("x-vimmerse-wire-forms", {}).get("word", {}),
    }
    context["module_of"] = strings.snake_case
    out = package / "sdk"
    (out / "resources").mkdir(parents=True, exist_ok=True)
    # (template, file, extra context): the resources are a package, one module per tag, so a
    # client imports the methods of the resources it uses only.
    files = [(name + ".jinja", out / name, {}) for name in ("__init__.py", "spec.py", "operations.py")]
    # Beside types.py, which reads booleans with its words (a leaf module: no import cycle).
    files.append(("wire.py.jinja", package / "wire.py", {}))
    files.append(("resources_init.py.jinja", out / "resources" / "__init__.py", {}))
    for tag in tags:
        module = out / "resources" / f"{strings.snake_case(tag)}.py"
        files.append(("resources_tag.py.jinja", module, {"tag": tag}))
    written = []
    for template, path, extra in files:
        text = env.get_template(template).render(**context, **extra)
        text = re.sub(r"\n{3,}(?=[^\n])", "\n\n\n", text)
        path.write_text(text)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    spec, package = Path(argv[1]), Path(argv[2])
    written = render(spec, package)
    print(f"sdk layer: {len(written)} modules in {package / 'sdk'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
