"""The Story guide (``004_…``), a flattened HTML page: fields are table rows
``| name | type (Title) [ min .. max ] Default: … prose |``, possibly cut short, and an operation is
whatever its last code sample calls before its example answer.
"""

from __future__ import annotations

import re
from typing import Any

from read_guides_examples import code_samples, example_answer, json_block, path_template
from read_guides_fields import TYPE, default_value, describe_field, typed_field

_ROW = re.compile(r"^\| (?P<name>[a-z_][a-z0-9_]*) \| (?P<cell>.*)$")


def _story_rows(lines: list[str]) -> list[dict[str, Any]]:
    """Table rows ``| name | type (Title) … |``, joined across the lines a cell spans."""
    rows: list[str] = []
    for line in lines:
        row = _ROW.match(line)
        if row is not None:
            rows.append(f"{row['name']}\t{row['cell']}")
        elif rows and not rows[-1].endswith("|"):
            rows[-1] += " " + line.strip()
    fields = []
    for row in rows:
        name, cell = row.split("\t", 1)
        cell = re.sub(r"\s*\|[\s|]*$", "", cell).strip()
        typed = re.match(TYPE, cell)
        if typed is None:
            raise ValueError(f"unreadable row {name}: {cell[:60]}")
        field: dict[str, Any] = {"name": name, "in": "body", **typed_field(typed)}
        field.update(required=False, deprecated=False)
        rest = cell[typed.end() :].strip()
        default = re.match(r'^Default: ("(?:[^"\\]|\\.)*"|\[\]|\S+)\s*', rest)
        if default is not None:
            field["default"] = default_value(default[1])
            rest = rest[default.end() :]
        field["prose"] = [rest] if rest else []
        describe_field(field)
        fields.append(field)
    return fields


def read_story(text: str) -> list[dict[str, Any]]:
    lines = text.splitlines()
    operations = []
    section_start = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if not (line.startswith(("{- ", "{ }")) or line == "{ }"):
            index += 1
            continue
        raw, end = json_block(lines, index)
        section = "\n".join(lines[section_start:index])
        calls = code_samples(section)
        if not calls:
            raise ValueError(f"an answer at line {index + 1} with no code sample before it")
        last = calls[-1]
        fields = _story_rows(lines[section_start:index])
        example, collapsed = example_answer(raw)
        operation: dict[str, Any] = {"method": last["method"], "path": path_template(last["path"])}
        operation["line"] = index + 1
        if fields or last["method"] != "GET":
            # The page shows neither the media type nor whether the body is required.
            operation["body"] = {"content_type": None, "required": None}
        operation["fields"] = fields
        operation["answers"] = [{"status": "200", "example": example, "collapsed": collapsed}]
        operations.append(operation)
        # The page glues the next paragraph to the closing brace: that paragraph starts the next section.
        lines[end - 1] = lines[end - 1][lines[end - 1].rindex("}") + 1 :]
        section_start = index = end - 1
    return operations
