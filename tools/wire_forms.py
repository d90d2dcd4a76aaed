"""Check openapi.yaml's ``x-vimmerse-wire`` against the example answers in tests/fixtures.

    .venv/bin/python tools/wire_forms.py        # what the examples show, field by field; exit 1 on a mismatch

Every example answer of the vendor's guides (``seed…`` fixtures) and of its published document
(``vendor…`` fixtures) is walked with the schema of its operation's answer. A value the service
wrote in one of the forms of ``components.x-vimmerse-wire-forms`` (a numeric string for a number,
a word for a boolean, ``""`` for a value it does not have) is evidence for that form on that
property. The check holds both ways: each form an example shows is declared on the property with
the source that shows it (``guide`` or ``vendor``), and each source a declaration names has an
example that shows it, so the document neither misses what the service sends nor claims more.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

# The SDK's contract checker reads the forms the same way `vimmerse verify` labels live answers.
from vimmerse.verify import Contract

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SPEC = ROOT / "openapi.yaml"
SOURCES = {"seed000": "guide", "seed004": "guide", "vendor": "vendor"}


@dataclass(frozen=True)
class Seen:
    """One example value in a wire form: on which property, in which form, shown by which source."""

    schema: str  # the component the property belongs to
    field: str
    form: str
    source: str  # "guide" or "vendor"
    example: str  # the fixture file


class _Walker:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.contract = Contract(spec)

    def resolve(self, node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        name = None
        while "$ref" in node:
            parts = node["$ref"].removeprefix("#/").split("/")
            name = parts[-1]
            target: Any = self.spec
            for part in parts:
                target = target[part]
            node = target
        return name, node

    def walk(
        self, schema: dict[str, Any], value: Any, owner: str | None, example: str, source: str
    ) -> Iterator[Seen]:
        name, node = self.resolve(schema)
        owner = name or owner
        if isinstance(value, dict):
            properties = node.get("properties", {})
            for key, item in value.items():
                if key not in properties:
                    continue
                _, prop = self.resolve(properties[key])
                form = self.contract.form_of(item, prop.get("type"))
                if form is not None and owner is not None:
                    yield Seen(owner, key, form, source, example)
                yield from self.walk(properties[key], item, owner, example, source)
        elif isinstance(value, list) and "items" in node:
            for item in value:
                yield from self.walk(node["items"], item, owner, example, source)


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        op["operationId"]: op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def seen(spec: dict[str, Any]) -> list[Seen]:
    """Every wire-form value of every example answer in tests/fixtures."""
    walker = _Walker(spec)
    ops = operations(spec)
    meta = json.loads((FIXTURES / "_meta.json").read_text(encoding="utf-8"))
    found: list[Seen] = []
    for file, entry in sorted(meta.items()):
        if entry.get("kind") != "response" or entry["operation"] not in ops:
            continue
        response = ops[entry["operation"]]["responses"].get(entry["status"])
        if response is None:
            continue
        _, response = walker.resolve(response)
        content = response.get("content", {}).get("application/json")
        if content is None:
            continue
        source = SOURCES[file.split("__", 1)[0]]
        value = json.loads((FIXTURES / file).read_text(encoding="utf-8"))
        found.extend(walker.walk(content["schema"], value, None, file, source))
    return found


def declared(spec: dict[str, Any]) -> dict[tuple[str, str, str], dict[str, str]]:
    """(schema, property, form) -> {source: evidence} as the document's ``x-vimmerse-wire`` states."""
    found = {}
    for schema_name, schema in spec["components"]["schemas"].items():
        for field, prop in schema.get("properties", {}).items():
            for form, evidence in prop.get("x-vimmerse-wire", {}).items():
                found[(schema_name, field, form)] = evidence
    return found


def mismatches(spec: dict[str, Any]) -> list[str]:
    forms = spec["components"]["x-vimmerse-wire-forms"]
    claims = declared(spec)
    shown: dict[tuple[str, str, str], dict[str, list[str]]] = {}
    for item in seen(spec):
        shown.setdefault((item.schema, item.field, item.form), {}).setdefault(item.source, []).append(
            item.example
        )
    problems = []
    for key, sources in sorted(shown.items()):
        for source, examples in sorted(sources.items()):
            if source not in claims.get(key, {}):
                problems.append(
                    f"{key[0]}.{key[1]}: the {source} example {examples[0]} shows the {key[2]} form; "
                    f"declare it in x-vimmerse-wire with `{source}:` evidence"
                )
    for key, evidence in sorted(claims.items()):
        schema_name, field, form = key
        if form not in forms:
            problems.append(f"{schema_name}.{field}: x-vimmerse-wire names {form!r}, not in {sorted(forms)}")
            continue
        prop_type = spec["components"]["schemas"][schema_name]["properties"][field].get("type")
        if prop_type not in forms[form]["types"]:
            problems.append(
                f"{schema_name}.{field}: the {form} form is for {forms[form]['types']}, not {prop_type}"
            )
        for source in evidence:
            if source not in shown.get(key, {}):
                problems.append(
                    f"{schema_name}.{field}: x-vimmerse-wire names {source} evidence for {form};"
                    f" no {source} example shows it"
                )
    return problems


def main() -> int:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    for key, evidence in sorted(declared(spec).items()):
        print(f"{key[0]}.{key[1]}: {key[2]} ({', '.join(sorted(evidence))})")
    problems = mismatches(spec)
    for problem in problems:
        print("MISMATCH", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
