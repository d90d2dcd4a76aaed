"""The Media guide (``000_…``), a Redoc page: an operation's fields follow ``Request Body schema:
<media type>`` one block each (name, ``type (Title) [ min .. max ]``, ``Deprecated``, ``Default: …``,
prose, ``Enum: "a" "b"``), and the block ends at the ``post/media`` line.
"""

from __future__ import annotations

import re
from typing import Any

from read_guides_examples import example_answer, json_block
from read_guides_fields import QUOTED, TYPE, default_value, describe_field, kind_of, typed_field

_TYPE_LINE = re.compile(rf"^{TYPE}$")
_NAME_LINE = re.compile(r"^[a-z_][a-z0-9_]*$")
_OP_LINE = re.compile(r"^(get|post|put|delete|patch)(/\S*)$")
_ENUM_LINE = re.compile(r"^Enum: (.*)$")


def _redoc_fields(block: list[str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The body of one operation: its media type and required-ness, and its fields in order."""
    body: dict[str, Any] = {}
    fields: list[dict[str, Any]] = []
    index = 0
    while index < len(block):
        line = block[index]
        if line.startswith("Request Body schema: "):
            body["content_type"] = line.split(": ", 1)[1]
            body["required"] = index + 1 < len(block) and block[index + 1] == "required"
        elif _NAME_LINE.match(line) and index + 1 < len(block):
            offset = 2 if block[index + 1] == "required" else 1
            typed = _TYPE_LINE.match(block[index + offset]) if index + offset < len(block) else None
            if typed is not None:
                field = {"name": line, "in": "body", **typed_field(typed)}
                field.update(required=offset == 2, deprecated=False)
                fields.append(field)
                index += offset + 1
                continue
        if fields:
            field = fields[-1]
            if line == "Deprecated":
                field["deprecated"] = True
            elif line.startswith("Default: "):
                field["default"] = default_value(line[len("Default: ") :])
            elif (enum := _ENUM_LINE.match(line)) is not None:
                field["enum"] = QUOTED.findall(enum[1])
                field["enum_from"] = "enum"
            elif line:
                field.setdefault("prose", []).append(line)
        index += 1
    for field in fields:
        describe_field(field)
    return body, fields


_OVERVIEW_ROW = re.compile(
    r"^(?P<name>[a-z_]+) (?P<type>string|integer|boolean|number|array\[(?:file|string)\])"
    r"(?P<json> \(JSON\))? "
    r"(?P<required>Yes|No)(?P<star>\*)? (?P<default>\"[^\"]*\"|\S+) (?P<prose>.*)$"
)


def _overview(block: list[str]) -> list[dict[str, Any]]:
    """The ``Parameter Type Required Default Description`` table an operation's prose opens with.

    It is a second statement of the fields, shorter than the schema section: its ranges are
    ``(1-4)``, its value lists follow a colon, ``No*`` means one of several inputs is needed.
    """
    try:
        start = block.index("Parameter Type Required Default Description")
    except ValueError:
        return []
    fields = []
    for line in block[start + 1 :]:
        row = _OVERVIEW_ROW.match(line)
        if row is None:
            break
        field: dict[str, Any] = {"name": row["name"], "in": "body", **kind_of(row["type"])}
        field["required"] = row["required"] == "Yes"
        if row["star"]:
            field["one_of_inputs"] = True
        field["default"] = default_value(row["default"])
        prose = row["prose"]
        if (bounds := re.search(r"\((\d+)-(\d+)\)", prose)) is not None:
            field["minimum"], field["maximum"] = int(bounds[1]), int(bounds[2])
        if (listed := re.search(r":\s*(.+)$", prose)) is not None and field["type"] == "string":
            values = QUOTED.findall(listed[1]) or [v.strip() for v in listed[1].split(",")]
            if len(values) > 1:
                field["enum"] = values
                field["enum_from"] = "prose"
        if row["json"]:
            field["json"] = True
        field["deprecated"] = "Deprecated" in prose
        fields.append(field)
    return fields


def read_media(text: str) -> list[dict[str, Any]]:
    lines = text.splitlines()
    operations = []
    section_start = 0
    index = 0
    while index < len(lines):
        op = _OP_LINE.match(lines[index].strip())
        if op is None:
            index += 1
            continue
        block = [line.strip() for line in lines[section_start:index]]
        body, fields = _redoc_fields(block)
        operation: dict[str, Any] = {"method": op[1].upper(), "path": op[2], "line": index + 1}
        if body:
            operation["body"] = body
        operation["fields"] = fields
        overview = _overview(block)
        if overview:
            operation["overview"] = overview
        # After "Response samples" and a media type comes the answer, or `null` for a file.
        cursor = index + 1
        while cursor < len(lines) and not lines[cursor].lstrip().startswith(("{", "null")):
            cursor += 1
        answers = []
        if cursor < len(lines) and lines[cursor].lstrip().startswith("{"):
            raw, cursor = json_block(lines, cursor)
            example, collapsed = example_answer(raw)
            answers.append({"status": "200", "example": example, "collapsed": collapsed})
        else:
            cursor += 1
        operation["answers"] = answers
        operations.append(operation)
        section_start = index = cursor
    return operations
