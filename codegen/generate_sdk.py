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

Usage: python codegen/generate_sdk.py SPEC PACKAGE_DIR  (the package openapi-python-client made)
"""

from __future__ import annotations

import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml
from openapi_python_client import strings

HERE = Path(__file__).resolve().parent
METHODS = ("get", "put", "post", "delete", "patch")
ENCODINGS = {
    "multipart/form-data": "multipart",
    "application/x-www-form-urlencoded": "form",
    "application/json": "json",
}
JOB_PARAMS = "wait: bool = False, wait_timeout: float | None = None, on_progress: WaitProgress | None = None"


def class_name(schema: str) -> str:
    return str(strings.ClassName(schema, "field_"))


def py_name(name: str) -> str:
    return str(strings.PythonIdentifier(name, "field_"))


def const(name: str) -> str:
    """``createMedia`` -> ``CREATE_MEDIA``."""
    return strings.snake_case(name).upper()


def input_groups(schema: str, value: Any, props: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """An ``x-vimmerse-require-any`` value (a list of lists of field names), checked."""
    if not isinstance(value, list) or not all(isinstance(g, list) and g for g in value):
        raise ValueError(f"{schema}: x-vimmerse-require-any is a list of lists of field names, not {value!r}")
    unknown = {n for g in value for n in g} - set(props)
    if unknown:
        raise ValueError(f"{schema}: x-vimmerse-require-any names no field {sorted(unknown)}")
    return tuple(tuple(group) for group in value)


class Document:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.schemas: dict[str, Any] = data.get("components", {}).get("schemas", {})

    def resolve(self, node: Any) -> tuple[str | None, dict[str, Any]]:
        """(schema name if it is a component, the schema), following $ref and single allOf."""
        name = None
        while isinstance(node, dict):
            if "$ref" in node:
                name = node["$ref"].rsplit("/", 1)[-1]
                node = self.schemas[name]
                continue
            if "allOf" in node and len(node["allOf"]) == 1 and "type" not in node:
                merged = {k: v for k, v in node.items() if k != "allOf"}
                inner_name, inner = self.resolve(node["allOf"][0])
                name = inner_name
                node = {**inner, **merged}
                break
            break
        return name, node


@dataclass
class Rule:
    """One rule, rendered as a ``Rule(...)`` expression and as a Python type for signatures."""

    expr: str
    py_type: str
    describe: str = ""
    imports: set[str] = field(default_factory=set)


def _range(schema: dict[str, Any]) -> str:
    lo, hi = schema.get("minimum"), schema.get("maximum")
    if lo is not None and hi is not None:
        return f"{lo}..{hi}"
    if lo is not None:
        return f">= {lo}"
    if hi is not None:
        return f"<= {hi}"
    return ""


class RuleBuilder:
    """Turns a schema into a ``Rule(...)`` expression; shared object rules become named constants."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.objects: dict[str, str] = {}  # schema name -> rendered Rule expression
        self.order: list[str] = []
        self.models: set[str] = set()

    def rule(self, node: Any) -> Rule:
        name, schema = self.doc.resolve(node)
        r = self._rule(name, schema)
        extra = {k: v for k, v in self._doc_args(schema).items()}
        if extra and r.expr.startswith("Rule("):
            r.expr = r.expr[:-1] + "".join(f", {k}={v!r}" for k, v in extra.items()) + ")"
        return r

    @staticmethod
    def _doc_args(schema: dict[str, Any]) -> dict[str, Any]:
        """What a help text shows: the description, the service's default, deprecation."""
        out: dict[str, Any] = {}
        text = " ".join(str(schema.get("description", "")).split())
        if text:
            out["description"] = text
        if "default" in schema:
            out["default"] = schema["default"]
        if schema.get("deprecated"):
            out["deprecated"] = True
        return out

    def _rule(self, name: str | None, schema: dict[str, Any]) -> Rule:
        args: dict[str, Any] = {}
        words: list[str] = []
        imports: set[str] = set()
        if "enum" in schema:
            assert name, "enums are named schemas (tests/contract/test_document.py)"
            cls = class_name(name)
            imports.add(cls)
            self.models.add(cls)
            base = "int" if schema.get("type") == "integer" else "str"
            return Rule(f'Rule("enum", enum_ref="{cls}")', f"{cls} | {base}", f"a {cls}", imports)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            assert name, "objects are named schemas"
            self.object_rule(name)
            cls = class_name(name)
            return Rule(
                f"{const(name)}_RULE",
                f"{cls} | Mapping[str, Any]",
                f"a {cls} (or a dict of its fields)",
                {cls},
            )
        if kind == "array":
            item = self.rule(schema.get("items", {}))
            args["items"] = item.expr
            for key, arg in (("minItems", "min_items"), ("maxItems", "max_items")):
                if key in schema:
                    args[arg] = schema[key]
            if "minItems" in schema or "maxItems" in schema:
                words.append(f"{schema.get('minItems', 0)}..{schema.get('maxItems', 'any')} items")
            if item.py_type == "FileInput":
                py_type = "Sequence[FileInput] | FileInput"
            elif item.py_type == "str":
                py_type = "Sequence[str] | str"
            else:
                py_type = f"Sequence[{item.py_type}]"
            return Rule(self._expr("array", args), py_type, ", ".join(words), item.imports)
        if kind == "string" and schema.get("format") == "binary":
            return Rule('Rule("file")', "FileInput", "a path, bytes or a binary file")
        if kind == "string" and "x-vimmerse-json" in schema:
            content = self.rule(schema["x-vimmerse-json"])
            args["content"] = content.expr
            if content.py_type.startswith("Sequence[") and content.py_type.endswith("]"):
                inner = content.py_type[len("Sequence[") : -1]
                py_type = f"Sequence[{inner} | Mapping[str, Any]] | str"
            elif content.py_type.endswith(" | str"):
                py_type = content.py_type  # a list of texts (or one): the JSON text is a str already
            else:
                py_type = f"{content.py_type} | str"
            return Rule(
                self._expr("json", args), py_type, f"{content.describe} or its JSON text", content.imports
            )
        py_type, json_kind = {
            "string": ("str", "string"),
            "integer": ("int", "integer"),
            "number": ("float", "number"),
            "boolean": ("bool", "boolean"),
        }.get(kind or "", ("Any", "any"))
        for key, arg in (
            ("minimum", "minimum"),
            ("maximum", "maximum"),
            ("minLength", "min_length"),
            ("maxLength", "max_length"),
            ("pattern", "pattern"),
            ("format", "format"),
        ):
            if key in schema:
                args[arg] = schema[key]
        if _range(schema):
            words.append(_range(schema))
        if "minLength" in schema or "maxLength" in schema:
            words.append(f"{schema.get('minLength', 0)}..{schema.get('maxLength', 'any')} characters")
        return Rule(self._expr(json_kind, args), py_type, ", ".join(words))

    @staticmethod
    def _expr(kind: str, args: dict[str, Any]) -> str:
        parts = [f'"{kind}"'] + [
            f"{k}={v if k in ('items', 'content') else repr(v)}" for k, v in args.items()
        ]
        return f"Rule({', '.join(parts)})"

    def object_rule(self, name: str) -> str:
        if name in self.objects:
            return f"{const(name)}_RULE"
        self.objects[name] = ""  # cycles: refer to the constant by name
        schema = self.doc.schemas[name]
        cls = class_name(name)
        self.models.add(cls)
        fields = []
        for prop, sub in schema.get("properties", {}).items():
            r = self.rule(sub)
            fields.append(f'"{prop}": {r.expr}')
        args = [
            '"object"',
            f'model_ref="{cls}"',
            "fields={" + ", ".join(fields) + "}",
        ]
        if schema.get("required"):
            args.append(f"required={tuple(schema['required'])!r}")
        if schema.get("additionalProperties") is False:
            args.append("additional=False")
        for key, arg in (
            ("minProperties", "min_properties"),
            ("x-vimmerse-charged-fields", "charged_fields"),
        ):
            if key in schema:
                value = schema[key]
                args.append(f"{arg}={tuple(value) if isinstance(value, list) else value!r}")
        props = schema.get("properties") or {}
        if schema.get("x-vimmerse-require-any"):
            groups = input_groups(name, schema["x-vimmerse-require-any"], props)
            args.append(f"require_any={groups!r}")
        if schema.get("x-vimmerse-require-when"):
            needs = []
            for need in schema["x-vimmerse-require-when"]:
                if need.get("field") not in props or not need.get("values"):
                    raise ValueError(f"{name}: x-vimmerse-require-when needs a body field and its values")
                groups = input_groups(name, need.get("require-any"), props)
                needs.append(f"Requirement({need['field']!r}, {tuple(need['values'])!r}, {groups!r})")
            args.append(f"require_when=({', '.join(needs)},)")
        self.objects[name] = f"Rule({', '.join(args)})"
        self.order.append(name)
        return f"{const(name)}_RULE"


@dataclass
class Param:
    name: str  # JSON / wire name
    py: str
    py_type: str
    doc: str
    rule: str
    location: str  # path | query | body


@dataclass
class Op:
    operation_id: str
    const: str
    method: str
    path: str
    tag: str
    sdk_method: str
    summary: str
    description: str
    credits: str
    job: str | None
    encoding: str | None
    body_rule: str | None
    params: list[Param]
    response: str | None
    returns: str
    envelope: str | None
    binary: bool


def describe(schema: dict[str, Any], rule: Rule) -> str:
    text = " ".join(str(schema.get("description", "")).split())
    extra = [w for w in (rule.describe,) if w]
    if "default" in schema:
        extra.append(f"service default {schema['default']!r}")
    if schema.get("deprecated"):
        extra.append("deprecated")
    if extra:
        text = (text + " " if text else "") + "(" + "; ".join(extra) + ")"
    return text or "-"


def build(doc: Document) -> tuple[list[Op], RuleBuilder, dict[str, Any]]:
    rules = RuleBuilder(doc)
    ops: list[Op] = []
    for path, item in doc.data["paths"].items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            oid = op["operationId"]
            params: list[Param] = []
            for p in shared + op.get("parameters", []):
                if "$ref" in p:
                    p = doc.data["components"]["parameters"][p["$ref"].rsplit("/", 1)[-1]]
                if p["in"] not in ("path", "query"):
                    continue  # headers (Range) belong to the transport
                r = rules.rule(p["schema"])
                params.append(
                    Param(
                        p["name"],
                        py_name(p["name"]),
                        r.py_type,
                        describe({**p["schema"], **p}, r),
                        r.expr,
                        p["in"],
                    )
                )
            encoding = body_rule = None
            body = op.get("requestBody")
            if body:
                (media_type, content), *_ = body["content"].items()
                encoding = ENCODINGS[media_type]
                ref = content["schema"]
                name, schema = doc.resolve(ref)
                assert name, f"{oid}: request bodies are named schemas"
                body_rule = rules.object_rule(name)
                if schema.get("properties"):
                    for prop, sub in schema["properties"].items():
                        r = rules.rule(sub)
                        _, resolved = doc.resolve(sub)
                        params.append(
                            Param(
                                prop,
                                py_name(prop),
                                r.py_type,
                                describe({**resolved, **sub}, r),
                                r.expr,
                                "body",
                            )
                        )
            ok = op["responses"].get("200") or op["responses"].get("201") or {}
            if "$ref" in ok:
                ok = doc.data["components"]["responses"][ok["$ref"].rsplit("/", 1)[-1]]
            content = ok.get("content", {})
            binary = bool(content) and "application/json" not in content
            response = returns = envelope = None
            if "application/json" in content:
                rname, rschema = doc.resolve(content["application/json"]["schema"])
                response = class_name(rname) if rname else None
                props = rschema.get("properties", {})
                if list(props) == ["data"] and "$ref" in props["data"]:
                    envelope = "data"
                    returns = class_name(props["data"]["$ref"].rsplit("/", 1)[-1])
                else:
                    returns = response
                rules.models.update(x for x in (response, returns) if x)
            credits = op.get("x-vimmerse-credits") or ("free" if method == "get" else "charged")
            ops.append(
                Op(
                    operation_id=oid,
                    const=const(oid),
                    method=method.upper(),
                    path=path,
                    tag=op.get("tags", ["default"])[0],
                    sdk_method=op.get("x-vimmerse-method") or strings.snake_case(oid),
                    summary=" ".join(str(op.get("summary", "")).split()),
                    description=str(op.get("description", "")).strip(),
                    credits=credits,
                    job=op.get("x-vimmerse-job"),
                    encoding=encoding,
                    body_rule=body_rule,
                    params=params,
                    response=response,
                    returns="Path" if binary else (returns or "Any"),
                    envelope=envelope,
                    binary=binary,
                )
            )
    jobs = doc.data.get("components", {}).get("x-vimmerse-jobs", {})
    return ops, rules, jobs


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


def file_is_list(doc: Document, result: Op, field: str) -> bool:
    """Whether the job's file field (``x-vimmerse-jobs.<kind>.file``) of the result object is an
    array of URLs (an asset's ``results``) rather than one URL (a story's ``video_url``)."""
    node = doc.data["paths"][result.path][result.method.lower()]["responses"]
    ok = node.get("200") or node.get("201") or {}
    if "$ref" in ok:
        ok = doc.data["components"]["responses"][ok["$ref"].rsplit("/", 1)[-1]]
    _, schema = doc.resolve(ok["content"]["application/json"]["schema"])
    if result.envelope:
        _, schema = doc.resolve(schema["properties"][result.envelope])
    _, prop = doc.resolve(schema.get("properties", {}).get(field, {}))
    return prop.get("type") == "array"


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
