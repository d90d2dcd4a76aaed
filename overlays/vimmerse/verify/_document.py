"""The document a verification checks against: its operations, their answers and wire forms.

Read as data (PyYAML) from ``openapi.yaml``: in a checkout the file at the repository root, in an
installed wheel the copy the distribution ships (found through its file list, so the client reads
the document without importing the fake that also carries it). ``--spec`` names another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_MAX_DEPTH = 24


def default_document_path() -> Path:
    """The ``openapi.yaml`` of this checkout, else the one the installed distribution ships."""
    repo_file = Path(__file__).resolve().parents[3] / "openapi.yaml"
    if repo_file.is_file():
        return repo_file
    try:
        files = metadata.files("vimmerse") or []
    except metadata.PackageNotFoundError:
        files = []
    for file in files:
        if file.name == "openapi.yaml":
            return Path(str(file.locate()))
    raise FileNotFoundError("openapi.yaml not found (neither in this checkout nor installed): pass --spec")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    template: str
    pattern: re.Pattern[str]
    responses: dict[str, Any]


@dataclass(frozen=True)
class Response:
    """What the document says of one status of an operation: ``declared`` False when it lists
    neither the status, its class (``4XX``) nor a ``default``."""

    declared: bool
    content: dict[str, Any]


class Contract:
    """An OpenAPI 3.0 document read for checking answers."""

    def __init__(self, raw: dict[str, Any], source: str = "openapi.yaml") -> None:
        self.raw = raw
        self.source = source
        self.components: dict[str, Any] = raw.get("components") or {}
        forms = self.components.get("x-vimmerse-wire-forms") or {}
        word = forms.get("word") or {}
        self.true_words = frozenset(str(w).lower() for w in word.get("true") or ())
        self.false_words = frozenset(str(w).lower() for w in word.get("false") or ())
        self.form_types: dict[str, frozenset[str]] = {
            name: frozenset(spec.get("types") or ()) for name, spec in forms.items() if isinstance(spec, dict)
        }
        self.operations: list[Operation] = []
        for template, item in (raw.get("paths") or {}).items():
            for method in HTTP_METHODS:
                op = (item or {}).get(method)
                if isinstance(op, dict):
                    self.operations.append(
                        Operation(
                            op.get("operationId") or f"{method.upper()} {template}",
                            method.upper(),
                            template,
                            _template_pattern(template),
                            op.get("responses") or {},
                        )
                    )
        # A literal segment wins over a parameter: /story/idea-to-video before /story/{story_id}.
        self.operations.sort(key=lambda op: (op.template.count("{"), -len(op.template)))

    @classmethod
    def load(cls, path: str | Path | None = None) -> Contract:
        file = Path(path) if path is not None else default_document_path()
        return cls(yaml.safe_load(file.read_text(encoding="utf-8")), str(file))

    def match(self, method: str, path: str) -> Operation | None:
        for op in self.operations:
            if op.method == method.upper() and op.pattern.fullmatch(path):
                return op
        return None

    def path_params(self, op: Operation, path: str) -> dict[str, str]:
        found = op.pattern.fullmatch(path)
        return dict(found.groupdict()) if found else {}

    def response(self, op: Operation, status: int) -> Response:
        responses = op.responses
        node = responses.get(str(status), responses.get(f"{status // 100}XX", responses.get("default")))
        if node is None:
            return Response(False, {})
        node = self.resolve(node)
        return Response(True, dict((node or {}).get("content") or {}))

    def resolve(self, node: Any) -> Any:
        for _ in range(_MAX_DEPTH):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local $ref is supported: {ref}")
            target: Any = self.raw
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        raise ValueError("$ref chain too deep")

    def form_of(self, value: Any, declared_type: str | None) -> str | None:
        """Which wire form of ``components.x-vimmerse-wire-forms`` ``value`` is in, for a field of
        ``declared_type``; None when it is not a string standing for another type."""
        if not isinstance(value, str) or declared_type in (None, "string"):
            return None
        if value == "" and declared_type in self.form_types.get("blank", ()):
            return "blank"
        if declared_type in self.form_types.get("numeric-string", ()):
            number = _INTEGER if declared_type == "integer" else _NUMBER
            if number.fullmatch(value):
                return "numeric-string"
        lowered = value.lower()
        if declared_type in self.form_types.get("word", ()) and lowered in self.true_words | self.false_words:
            return "word"
        return None


_INTEGER = re.compile(r"\s*-?[0-9]+\s*")
_NUMBER = re.compile(r"\s*-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\s*")


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>[^/]+)" for i, p in enumerate(parts))
    return re.compile(regex + "/?")
