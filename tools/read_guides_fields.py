"""A guide's field as the fixture holds it: its type line, default, and what its prose states."""

from __future__ import annotations

import ast
import json
import re
from typing import Any

TYPE = (
    r"(?P<type>string|integer|number|boolean|object|Array of strings(?: <binary>)?)"
    r"(?: <[a-z-]+>)?(?: \((?P<title>[^)]*)\))?"
    r"(?: \[ (?P<min>-?[\d.]+) \.\. (?P<max>-?[\d.]+) \])?"
)
QUOTED = re.compile(r'"([^"]*)"')
_SINGLE_QUOTED = re.compile(r"'([^']*)'")


def kind_of(type_name: str) -> dict[str, Any]:
    """``string`` / ``Array of strings <binary>`` (field reference) / ``array[file]`` (overview)."""
    if type_name.lower().startswith("array"):
        items = (
            {"type": "string", "format": "binary"}
            if "binary" in type_name or "file" in type_name
            else {"type": "string"}
        )
        return {"type": "array", "items": items}
    return {"type": type_name}


def typed_field(match: re.Match[str]) -> dict[str, Any]:
    field = kind_of(match["type"])
    if match["title"] is not None:
        field["title"] = match["title"]
    for bound in ("min", "max"):
        if match[bound] is not None:
            field["minimum" if bound == "min" else "maximum"] = _number(match[bound])
    return field


def _number(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def default_value(text: str) -> Any:
    """``""``, ``"1"``, ``[]``, ``false``, ``5``: the guide prints JSON literals."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _prose_enum(description: str) -> list[str] | None:
    """Values a sentence lists: ``Available values are '16:9', '4:3' and '9:16'``."""
    match = re.search(r"Available (?:values|voices)(?: are|:) (.*?)(?:\.(?:\s|$)|$)", description)
    if match is None:
        return None
    listed = match[1]
    if listed.startswith("[{"):
        # A list of options as Python dicts (camera control): their `value`s are what is sent.
        try:
            return [str(option["value"]) for option in ast.literal_eval(listed.rstrip("."))]
        except (SyntaxError, ValueError, KeyError, TypeError):
            return None
    values = QUOTED.findall(listed) or _SINGLE_QUOTED.findall(listed)
    if not values:
        values = [v.strip() for v in re.split(r",\s*|\s+and\s+", listed) if v.strip()]
    return values or None


def describe_field(field: dict[str, Any]) -> None:
    """Facts the prose of a field states: its sub-keys, an enum it lists, JSON text."""
    prose = field.pop("prose", [])
    sub = _sub_keys(prose)
    # What the prose says of the field itself, not of the sub-keys it tabulates.
    own = prose[: prose.index(_SUB_TABLE)] if sub else prose
    text = " ".join(own)
    if "enum" not in field and (listed := _prose_enum(text)) is not None:
        field["enum"] = listed
        field["enum_from"] = "prose"
    if re.search(r"\bdeprecated\b", text, re.IGNORECASE) and "not deprecated" not in text:
        field["deprecated"] = True
    if re.search(r"JSON (?:dump )?string", " ".join(prose)):
        field["json"] = True
    if sub:
        field["keys"] = sub


_SUB_TABLE = "Parameter Type Default Description"


def _sub_keys(prose: list[str]) -> list[dict[str, Any]]:
    """A ``Parameter Type Default Description`` table inside a field's prose (audio_option's keys)."""
    try:
        start = prose.index(_SUB_TABLE)
    except ValueError:
        return []
    keys: list[dict[str, Any]] = []
    for line in prose[start + 1 :]:
        row = re.match(r"^([a-z_]+) (string|integer|boolean|number) (\S+) (.*)$", line)
        if row is not None:
            keys.append({"name": row[1], "type": row[2], "default": default_value(row[3])})
        elif keys and (listed := _prose_enum(line)) is not None:
            keys[-1]["enum"] = listed
            keys[-1]["enum_from"] = "prose"
        elif keys and not line.startswith("⚠"):
            break
    return keys
