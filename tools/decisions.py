"""Render the decision tables of the docs from the ``x-vimmerse-decisions`` records of openapi.yaml.

    .venv/bin/python tools/decisions.py           # rewrite every marked table
    .venv/bin/python tools/decisions.py --check   # exit 1 with a diff when one is out of date

A record sits on the object it is about (an operation, a tag, a schema, a property, a parameter,
a response) and says what the vendor's guide and its published document state there, and what
this document chose. A markdown file asks for a table with a pair of markers::

    <!-- x-vimmerse-decisions: KEY -->
    <!-- /x-vimmerse-decisions -->

KEY is an operationId (the records on that operation, its parameters, and every schema and
response it reaches), ``tag:NAME`` (the records on that tag object) or ``tags:NAME,NAME`` (the
records of every operation with one of those tags, and of the tag objects). The tool replaces
whatever is between the markers, so the tables are never edited by hand.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"
EXTENSION = "x-vimmerse-decisions"
ABOUTS = frozenset(
    {
        "field", "type", "default", "enum", "range", "limit", "required", "deprecated",
        "answer", "behaviour", "credits", "price", "status", "response", "other",
    }
)  # fmt: skip
RECORD_KEYS = ("about", "guide", "vendor", "chose")
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
COMPOSITIONS = ("allOf", "anyOf", "oneOf")
MARKERS = re.compile(
    r"(?P<open><!-- x-vimmerse-decisions: (?P<key>[^\s>]+) -->\n)(?P<body>.*?)"
    r"(?P<close><!-- /x-vimmerse-decisions -->)",
    re.DOTALL,
)


class DecisionError(ValueError):
    """A record or a marker the tool cannot use; the message names where it is."""


@dataclass(frozen=True)
class Decision:
    pointer: str  # JSON pointer of the object the record is about
    where: str  # that object, named for a reader
    about: str
    chose: str
    guide: Any = None
    vendor: Any = None
    has_guide: bool = False
    has_vendor: bool = False


# ---- the document ------------------------------------------------------------------------------


def load(path: Path = SPEC) -> dict[str, Any]:
    with path.open(encoding="utf-8") as stream:
        doc: dict[str, Any] = yaml.safe_load(stream)
    validate(doc)
    return doc


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _resolve(doc: dict[str, Any], pointer: str) -> Any:
    node: Any = doc
    for token in pointer.split("/")[1:]:
        node = node[int(token)] if isinstance(node, list) else node[_unescape(token)]
    return node


def _ref(doc: dict[str, Any], node: Any) -> tuple[str, Any] | None:
    """The pointer and object a ``$ref`` names, or None when ``node`` is no reference."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        pointer = node["$ref"][1:]
        return pointer, _resolve(doc, pointer)
    return None


def records(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every ``x-vimmerse-decisions`` list in the document, with its owner's pointer."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == EXTENSION:
                yield pointer, value
            else:
                yield from records(value, f"{pointer}/{_escape(str(key))}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from records(item, f"{pointer}/{index}")


def validate(doc: dict[str, Any]) -> None:
    """Refuse a record the tables could not render truthfully, naming its pointer."""
    for owner, found in records(doc):
        if not isinstance(found, list) or not found:
            raise DecisionError(f"{owner}/{EXTENSION}: must be a non-empty list of records")
        for index, record in enumerate(found):
            where = f"{owner}/{EXTENSION}/{index}"
            if not isinstance(record, dict):
                raise DecisionError(f"{where}: a record is a mapping of {', '.join(RECORD_KEYS)}")
            unknown = [key for key in record if key not in RECORD_KEYS]
            if unknown:
                raise DecisionError(f"{where}: unknown key(s) {unknown}; a record has {list(RECORD_KEYS)}")
            if record.get("about") not in ABOUTS:
                raise DecisionError(
                    f"{where}: about is {record.get('about')!r}; one of {', '.join(sorted(ABOUTS))}"
                )
            if "guide" not in record and "vendor" not in record:
                raise DecisionError(f"{where}: says neither what the guide nor what the vendor states")
            chose = record.get("chose")
            if not isinstance(chose, str) or not chose.strip():
                raise DecisionError(f"{where}: chose (what this document does, and why) is missing")


# ---- which records a table shows ---------------------------------------------------------------


class _Reach:
    """Walks from operations to every object they use, in document order, each object once."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.seen: set[str] = set()
        self.found: list[Decision] = []
        self.first = ""  # the object a single-operation or single-tag key names

    def _take(self, node: Any, pointer: str, where: str) -> bool:
        """Note ``node``'s records; False when it was reached before (nothing more to walk)."""
        if pointer in self.seen:
            return False
        self.seen.add(pointer)
        if isinstance(node, dict):
            for record in node.get(EXTENSION, []):
                self.found.append(
                    Decision(
                        pointer=pointer,
                        where=where,
                        about=record["about"],
                        chose=record["chose"],
                        guide=record.get("guide"),
                        vendor=record.get("vendor"),
                        has_guide="guide" in record,
                        has_vendor="vendor" in record,
                    )
                )
        return True

    def tag(self, name: str) -> None:
        for index, tag in enumerate(self.doc.get("tags", [])):
            if tag.get("name") == name:
                self.first = self.first or f"/tags/{index}"
                self._take(tag, f"/tags/{index}", name)
                return
        raise DecisionError(f"no tag {name!r} in the document's top-level tags")

    def operation(self, path: str, method: str) -> None:
        pointer = f"/paths/{_escape(path)}/{method}"
        op = self.doc["paths"][path][method]
        operation_id = op.get("operationId", f"{method.upper()} {path}")
        self.first = self.first or pointer
        self._take(op, pointer, operation_id)
        item = self.doc["paths"][path]
        for base, params in ((f"/paths/{_escape(path)}", item), (pointer, op)):
            for index, param in enumerate(params.get("parameters", [])):
                self._parameter(param, f"{base}/parameters/{index}", operation_id)
        if "requestBody" in op:
            self._body(op["requestBody"], f"{pointer}/requestBody", f"{operation_id} body")
        for status, response in op.get("responses", {}).items():
            self._body(response, f"{pointer}/responses/{status}", f"{operation_id} {status}")

    def _parameter(self, param: Any, pointer: str, operation_id: str) -> None:
        target = _ref(self.doc, param)
        if target:
            pointer, param = target
        sigil = {"query": "?{}", "path": "{{{}}}", "header": "header {}", "cookie": "cookie {}"}
        name = sigil.get(param.get("in"), "{}").format(param.get("name"))
        where = f"{operation_id} {name}"
        if self._take(param, pointer, where) and "schema" in param:
            self._schema(param["schema"], f"{pointer}/schema", where)

    def _body(self, node: Any, pointer: str, where: str) -> None:
        """A request body or a response: itself, then the schema of each media type."""
        target = _ref(self.doc, node)
        if target:
            pointer, node = target
        if not self._take(node, pointer, where):
            return
        for media_type, media in node.get("content", {}).items():
            if "schema" in media:
                self._schema(media["schema"], f"{pointer}/content/{_escape(media_type)}/schema", where)

    def _schema(self, node: Any, pointer: str, where: str) -> None:
        target = _ref(self.doc, node)
        if target:
            pointer, node = target
            where = _schema_name(pointer) or where
        if not isinstance(node, dict) or not self._take(node, pointer, where):
            return
        for key in COMPOSITIONS:
            for index, part in enumerate(node.get(key, [])):
                self._schema(part, f"{pointer}/{key}/{index}", where)
        if "items" in node:
            self._schema(node["items"], f"{pointer}/items", f"{where}[]")
        for name, prop in node.get("properties", {}).items():
            self._schema(prop, f"{pointer}/properties/{_escape(name)}", f"{where}.{name}")
        if "x-vimmerse-json" in node:
            self._schema(node["x-vimmerse-json"], f"{pointer}/x-vimmerse-json", where)


def _schema_name(pointer: str) -> str | None:
    parts = pointer.split("/")
    if len(parts) == 4 and parts[1:3] == ["components", "schemas"]:
        return _unescape(parts[3])
    return None


def _operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def decisions_for(doc: dict[str, Any], key: str) -> list[Decision]:
    """The records a table marked with ``key`` shows, in document order."""
    return _reach(doc, key).found


def _reach(doc: dict[str, Any], key: str) -> _Reach:
    reach = _Reach(doc)
    if key.startswith("tag:"):
        reach.tag(key.removeprefix("tag:"))
    elif key.startswith("tags:"):
        names = [name for name in key.removeprefix("tags:").split(",") if name]
        for name in names:
            reach.tag(name)
        for path, method, op in _operations(doc):
            if set(op.get("tags", [])) & set(names):
                reach.operation(path, method)
    else:
        matches = [(path, method) for path, method, op in _operations(doc) if op.get("operationId") == key]
        if not matches:
            raise DecisionError(f"no operation {key!r}: a table key is an operationId, tag:NAME or tags:A,B")
        reach.operation(*matches[0])
    return reach


# ---- markdown ----------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else f"`{json.dumps(value, ensure_ascii=False)}`"
    # A table row is one line: line breaks inside a record's text become spaces.
    text = re.sub(r"\s*\n\s*", " ", text.strip())
    return text.replace("|", "\\|")


def _guide_cell(value: Any) -> str:
    """What a guide states: prose verbatim, a parsed value (a name, ``""``, ``"1"``) as code, none as such.

    ``guide`` holds either a sentence about the guides or the exact value ``tools/read_guides.py``
    read (which ``tools/compare_guides.py`` matches); a one-word or empty string is such a value.
    """
    if value is None:
        return "*(states none)*"
    if isinstance(value, str) and (not value or not re.search(r"\s", value)):
        return _cell(json.dumps(value, ensure_ascii=False)).join("``")
    return _cell(value)


def render_table(doc: dict[str, Any], key: str) -> str:
    """The markdown table for ``key`` (empty when it has no record)."""
    reach = _reach(doc, key)
    found = reach.found
    if not found:
        return ""
    # A column every row would fill with the key's own object says nothing: drop it.
    show_where = key.startswith("tags:") or {decision.pointer for decision in found} != {reach.first}
    show_guide = any(decision.has_guide for decision in found)
    header = ["where"] * show_where + ["the guide says"] * show_guide + ["the vendor says", "we chose"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for decision in found:
        cells = [f"`{decision.where}`"] * show_where
        if show_guide:
            cells.append(_guide_cell(decision.guide) if decision.has_guide else "")
        cells.append(_cell(decision.vendor) if decision.has_vendor else "")
        cells.append(_cell(decision.chose))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def render_markdown(text: str, doc: dict[str, Any]) -> str:
    """``text`` with every marked table rendered anew from ``doc``."""

    def table(match: re.Match[str]) -> str:
        rendered = render_table(doc, match["key"])
        body = f"\n{rendered}\n" if rendered else "\n"
        return f"{match['open']}{body}{match['close']}"

    rendered = MARKERS.sub(table, text)
    unclosed = rendered.count("<!-- x-vimmerse-decisions:") - len(MARKERS.findall(rendered))
    if unclosed:
        raise DecisionError(f"{unclosed} '<!-- x-vimmerse-decisions: KEY -->' without its closing marker")
    return rendered


def table_keys(text: str) -> list[str]:
    """The keys of the tables a markdown text asks for, in order."""
    return [match["key"] for match in MARKERS.finditer(text)]


def markdown_files(root: Path = ROOT) -> list[Path]:
    candidates = [root / "README.md", *sorted((root / "docs").rglob("*.md"))]
    return [path for path in candidates if path.is_file() and f"<!-- {EXTENSION}:" in path.read_text("utf-8")]


def stale(root: Path = ROOT, spec: Path | None = None) -> dict[Path, tuple[str, str]]:
    """Every marked file whose tables differ from the document: path -> (committed, rendered)."""
    doc = load(spec or root / "openapi.yaml")
    out = {}
    for path in markdown_files(root):
        text = path.read_text("utf-8")
        try:
            rendered = render_markdown(text, doc)
        except DecisionError as exc:
            raise DecisionError(f"{path.relative_to(root)}: {exc}") from exc
        if rendered != text:
            out[path] = (text, rendered)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="print a diff and exit 1 if a table is stale")
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root (default: this one)")
    args = parser.parse_args(argv)
    try:
        changed = stale(args.root)
    except DecisionError as exc:
        print(f"decisions: {exc}", file=sys.stderr)
        return 2
    for path, (before, after) in changed.items():
        name = str(path.relative_to(args.root))
        if args.check:
            lines = before.splitlines(keepends=True), after.splitlines(keepends=True)
            sys.stdout.writelines(difflib.unified_diff(*lines, name, f"{name} (rendered)"))
        else:
            path.write_text(after, "utf-8")
            print(f"decisions: rewrote {name}")
    if args.check and changed:
        print("decisions: tables are stale; run .venv/bin/python tools/decisions.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
