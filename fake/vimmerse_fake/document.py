"""openapi.yaml read as data: which operations the fake serves and the facts its vendor
extensions state (see the document's ``info.description``, "Vendor extensions").

The fake takes these facts from here rather than from lists of its own:

* the routes: every ``paths`` operation, its method, path template and request media type;
* ``x-vimmerse-credits`` (``charged`` / ``free`` / ``per-field``; absent: ``free`` for GET,
  ``charged`` otherwise) and the request schema's ``x-vimmerse-charged-fields``: whether a
  call spends credits (the amounts are the fake's own pricing model, see ``pricing``);
* ``x-vimmerse-require-any``: at least one field of each of these groups non-empty, else 400;
  ``x-vimmerse-require-when``: the same, for the groups a setting needs;
* ``x-vimmerse-jobs`` (``components``): per kind of job, the statuses that end it;
* ``x-vimmerse-json``: the form fields that carry JSON documents (decoded and validated
  against the schema the extension names by ``validation.Validator.check_json_field``);
* the answer of an operation the fake has no domain handler for: its 2xx response's
  ``example``/``examples``, the schema's example, or a minimal value built from the schema.

Standard library and PyYAML only (no openapi-core): cheap to load, easy to test.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
CREDIT_POLICIES = ("charged", "free", "per-field")
_MAX_EXAMPLE_DEPTH = 24


@dataclass(frozen=True)
class Requirement:
    """One ``x-vimmerse-require-when`` entry: ``field`` (its ``default`` when not given) among
    ``values`` needs one field of each ``require_any`` group."""

    field: str
    values: tuple[Any, ...]
    require_any: tuple[tuple[str, ...], ...]
    default: Any

    def groups_for(self, body: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
        return self.require_any if body.get(self.field, self.default) in self.values else ()


@dataclass(frozen=True)
class Operation:
    """One operation of the document, with the facts the fake acts on."""

    operation_id: str
    method: str  # upper case
    path: str  # the template, e.g. /media/{media_id}
    tag: str | None
    #: The request body's media type (the first one the document lists), None without a body.
    media_type: str | None
    body_required: bool
    #: ``x-vimmerse-credits`` (or its documented default).
    credits: str
    #: The request schema's ``x-vimmerse-charged-fields`` (used when ``credits`` is ``per-field``).
    charged_fields: tuple[str, ...]
    #: The request schema's ``x-vimmerse-require-any``, as groups: one field of each must be given.
    require_any: tuple[tuple[str, ...], ...]
    #: Its ``x-vimmerse-require-when``: the groups a field's values need.
    require_when: tuple[Requirement, ...]
    #: Request body fields marked ``x-vimmerse-json`` (JSON documents inside form fields).
    json_fields: tuple[str, ...]
    #: ``x-vimmerse-job``: the kind of job the answer is, if any.
    job: str | None
    raw: dict[str, Any] = field(compare=False, repr=False)

    def charges(self, body: dict[str, Any]) -> bool:
        """Whether a call with this (validated) body spends credits, as the document says."""
        if self.credits == "charged":
            return True
        if self.credits == "per-field":
            return any(name in body for name in self.charged_fields)
        return False

    @property
    def is_form(self) -> bool:
        return self.media_type in ("multipart/form-data", "application/x-www-form-urlencoded")


@dataclass(frozen=True)
class JobKind:
    """One kind of job of ``components.x-vimmerse-jobs``: the statuses that end it."""

    success: tuple[str, ...]
    failure: tuple[str, ...]
    cancelled: tuple[str, ...]

    @property
    def terminal(self) -> frozenset[str]:
        return frozenset(self.success + self.failure + self.cancelled)


@dataclass(frozen=True)
class Example:
    """What an operation without a domain handler answers."""

    status: int
    media_type: str | None
    body: Any


class Document:
    """A parsed openapi.yaml (local ``$ref``s are followed on demand)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        with self.path.open("rb") as fh:
            self.raw: dict[str, Any] = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        self.operations: list[Operation] = [
            self._operation(path_template, method, item)
            for path_template, path_item in (self.raw.get("paths") or {}).items()
            for method, item in path_item.items()
            if method in HTTP_METHODS
        ]
        self.by_id = {op.operation_id: op for op in self.operations}
        jobs = (self.raw.get("components") or {}).get("x-vimmerse-jobs") or {}
        #: ``x-vimmerse-jobs`` by kind (``media``, ``story``, ``asset``, ``workflow``).
        self.jobs: dict[str, JobKind] = {
            kind: JobKind(
                tuple(facts.get("success") or ()),
                tuple(facts.get("failure") or ()),
                tuple(facts.get("cancelled") or ()),
            )
            for kind, facts in jobs.items()
        }

    # ------------------------------------------------------------------ reading
    def resolve(self, node: Any) -> Any:
        """``node`` with its (chain of) local ``$ref`` followed."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise ValueError(f"only local $refs are supported, not {ref!r}")
            node = self.raw
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            seen += 1
            if seen > 64:
                raise ValueError(f"$ref cycle at {ref}")
        return node

    def _operation(self, path_template: str, method: str, item: dict[str, Any]) -> Operation:
        op_id = item.get("operationId") or f"{method}:{path_template}"
        credits = item.get("x-vimmerse-credits") or ("free" if method == "get" else "charged")
        if credits not in CREDIT_POLICIES:
            raise ValueError(f"{op_id}: x-vimmerse-credits must be one of {CREDIT_POLICIES}, not {credits!r}")
        media_type: str | None = None
        body_required = False
        schema: dict[str, Any] = {}
        request_body = self.resolve(item.get("requestBody"))
        if isinstance(request_body, dict) and request_body.get("content"):
            media_type = next(iter(request_body["content"]))
            body_required = bool(request_body.get("required", False))
            schema = self.resolve((request_body["content"][media_type] or {}).get("schema")) or {}
        properties = schema.get("properties") or {}
        json_fields = tuple(name for name, prop in properties.items() if "x-vimmerse-json" in prop)
        tags = item.get("tags") or []
        return Operation(
            operation_id=op_id,
            method=method.upper(),
            path=path_template,
            tag=tags[0] if tags else None,
            media_type=media_type,
            body_required=body_required,
            credits=credits,
            charged_fields=tuple(schema.get("x-vimmerse-charged-fields") or ()),
            require_any=tuple(tuple(group) for group in schema.get("x-vimmerse-require-any") or ()),
            require_when=tuple(
                Requirement(
                    field=need["field"],
                    values=tuple(need["values"]),
                    require_any=tuple(tuple(group) for group in need["require-any"]),
                    default=(properties.get(need["field"]) or {}).get("default"),
                )
                for need in schema.get("x-vimmerse-require-when") or ()
            ),
            json_fields=json_fields,
            job=item.get("x-vimmerse-job"),
            raw=item,
        )

    def success_schema(self, op: Operation) -> tuple[int, str | None, dict[str, Any]]:
        """(status, media type, media type object) of the operation's first 2xx response."""
        responses = op.raw.get("responses") or {}
        codes = sorted(str(code) for code in responses if str(code)[:1] == "2" and str(code).isdigit())
        if not codes:
            return 200, None, {}
        code = "200" if "200" in codes else codes[0]
        response = self.resolve(responses.get(code, responses.get(int(code)))) or {}
        content = response.get("content") or {}
        if not content:
            return int(code), None, {}
        media_type = "application/json" if "application/json" in content else next(iter(content))
        return int(code), media_type, self.resolve(content[media_type]) or {}

    def data_required(self, op: Operation) -> tuple[str, ...]:
        """``required`` of the ``data`` object of the operation's 2xx JSON answer: the fields
        an answer always carries (e.g. getMedia's ``fields`` filter keeps them)."""
        _, _, media = self.success_schema(op)
        schema = self.resolve(media.get("schema")) or {}
        data = self.resolve((schema.get("properties") or {}).get("data")) or {}
        return tuple(data.get("required") or ())

    # ----------------------------------------------------------------- examples
    def example_response(self, op: Operation) -> Example:
        """The answer of an operation without a domain handler: the 2xx response's
        ``example`` or first ``examples`` value, else the schema's example, else a minimal
        value built from the schema."""
        status, media_type, media = self.success_schema(op)
        if media_type is None:
            return Example(status, None, None)
        if "example" in media:
            return Example(status, media_type, media["example"])
        for example in (media.get("examples") or {}).values():
            example = self.resolve(example) or {}
            if "value" in example:
                return Example(status, media_type, example["value"])
        return Example(status, media_type, self.example_of(media.get("schema")))

    def example_of(self, schema: Any, depth: int = 0) -> Any:
        """A value valid against ``schema``: its example or default, else the smallest one
        (required properties only, ``minItems`` items, the minimum, the first enum value)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > _MAX_EXAMPLE_DEPTH:
            return None
        for key in ("example", "default"):
            if key in schema:
                return schema[key]
        if schema.get("enum"):
            return schema["enum"][0]
        if "allOf" in schema:
            parts = [self.example_of(sub, depth + 1) for sub in schema["allOf"]]
            if parts and all(isinstance(p, dict) for p in parts):
                merged: dict[str, Any] = {}
                for p in parts:
                    merged.update(p)
                own = {k: v for k, v in schema.items() if k != "allOf"}
                return {**merged, **(self.example_of(own, depth + 1) if own.get("properties") else {})}
            return parts[0] if parts else None
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self.example_of(schema[key][0], depth + 1)
        typ = schema.get("type")
        if typ is None:
            typ = "object" if "properties" in schema else ("array" if "items" in schema else None)
        if typ is None:
            return None if schema.get("nullable") else {}
        if typ == "object":
            props = schema.get("properties") or {}
            names = list(schema.get("required") or [])
            for name in props:  # minProperties beyond the required ones
                if len(names) >= int(schema.get("minProperties", 0)):
                    break
                if name not in names:
                    names.append(name)
            return {name: self.example_of(props.get(name, {}), depth + 1) for name in names}
        if typ == "array":
            return [self.example_of(schema.get("items", {}), depth + 1)] * int(schema.get("minItems", 0))
        if typ in ("integer", "number"):
            return _number_example(schema, typ)
        if typ == "boolean":
            return False
        return _string_example(schema)


def _number_example(schema: dict[str, Any], typ: str) -> int | float:
    low = schema.get("minimum")
    if low is None:
        low = 0 if schema.get("maximum") is None or schema["maximum"] >= 0 else schema["maximum"]
    if schema.get("exclusiveMinimum"):
        low += 1
    return int(low) if typ == "integer" else float(low)


_STRING_FORMATS = {
    "date-time": "1970-01-01T00:00:00Z",
    "date": "1970-01-01",
    "uri": "https://example.com",
    "email": "user@example.com",
    "uuid": "00000000-0000-0000-0000-000000000000",
    "binary": "",
    "byte": "",
}


def _string_example(schema: dict[str, Any]) -> str:
    low = int(schema.get("minLength", 0))
    candidates = [_STRING_FORMATS.get(schema.get("format", ""), ""), "x" * low, "x" * max(low, 1), "0", "a"]
    pattern = schema.get("pattern")
    for value in candidates:
        if len(value) >= low and (pattern is None or re.search(pattern, value)):
            return value
    return "x" * max(low, 1)


def default_spec_path() -> Path:
    """The openapi.yaml this package serves and validates against.

    Wheels carry a copy (hatch ``force-include`` of the repo's file at build time, so it
    cannot drift from the release); editable installs and the source tree read the repo
    root's file directly.
    """
    packaged = resources.files("vimmerse_fake").joinpath("openapi.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    repo_file = Path(__file__).resolve().parents[2] / "openapi.yaml"
    if repo_file.is_file():
        return repo_file
    raise FileNotFoundError("openapi.yaml not found (neither packaged nor at the repository root)")


def load_document(path: str | Path) -> Document:
    """The parsed document at ``path``, one per file version (the fakes of a test session
    share it, so treat it as read-only; an edited file is read again)."""
    stat = Path(path).stat()
    return _load_document(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _load_document(path: str, mtime_ns: int, size: int) -> Document:
    return Document(path)
