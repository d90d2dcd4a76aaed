"""How the contract tests read an answer.

openapi.yaml (info.description, "Responses say what each field means") types every answer
field by meaning and asks readers to be liberal: numbers may arrive as numeric strings, booleans
as words, ``null`` for absent values, enum values the document does not list yet. The helpers
here state that rule independently of the generated parser, so tests can compare the two:
``liberal_schema`` (what an answer may look like) and ``lenient_read`` (what it must read as).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from _schema import flatten

# Numeric text, or empty text: the service sends ``""`` for an unset number
# (``"file_size": ""`` in the seeds and the vendor's examples), read as absent.
NUMERIC_TEXT = r"^\s*([+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?)?\s*$"
# Words a boolean arrives as, or empty text: the seeds show ``"is_highlights": ""`` for an unset
# boolean, which reads as absent (unknown), not as false.
TRUE_WORDS = frozenset({"true", "yes", "1"})
FALSE_WORDS = frozenset({"false", "no", "0"})
BOOLEAN_TEXT = "^(?i:" + "|".join(sorted(TRUE_WORDS | FALSE_WORDS)) + ")?$"


def liberal_schema(schema: Any, *, nullable: bool = False) -> Any:
    """The plain JSON Schema ``schema`` (``to_json_schema`` output) as the reading rule allows it.

    integer/number also accept numeric text, boolean also accepts the words and 0/1, an enum any
    string (a value newer than the document), and every property or item may be null -- except a
    ``required`` property, which the generated parser refuses when null (``MissingField``). Types
    are widened in place (``type`` lists; ``pattern`` and ``minimum`` only apply to their own
    types), never with ``anyOf``, so a validator still reports the exact path of a failure.
    """
    if isinstance(schema, list):
        return [liberal_schema(s) for s in schema]
    if not isinstance(schema, Mapping):
        return schema
    required = set(schema.get("required", []))
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties":
            out[key] = {p: liberal_schema(s, nullable=p not in required) for p, s in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, Mapping):
            out[key] = liberal_schema(value, nullable=True)
        elif key in ("anyOf", "oneOf", "allOf"):
            out[key] = [liberal_schema(s) for s in value]
        else:
            out[key] = value
    kind = out.get("type")
    kinds: list[str] = list(kind) if isinstance(kind, list) else [kind] if kind else []
    if "enum" in out:
        values = out.pop("enum")
        assert all(isinstance(v, str) or v is None for v in values), f"non-string enum in an answer: {values}"
        kinds = kinds or ["string"]
    elif "integer" in kinds or "number" in kinds:
        kinds.append("string")
        out["pattern"] = NUMERIC_TEXT
    elif kinds == ["boolean"]:
        kinds += ["string", "integer"]
        out.update(pattern=BOOLEAN_TEXT, minimum=0, maximum=1)
    if nullable and kinds and "null" not in kinds:
        kinds.append("null")
    if kinds:
        out["type"] = kinds if len(kinds) > 1 else kinds[0]
    elif nullable and any(k in out for k in ("anyOf", "oneOf", "allOf")):
        out = {"anyOf": [out, {"type": "null"}]}
    return out


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()
"""What ``lenient_read`` returns for a value the reader drops (null, or of the wrong shape)."""


def lenient_read(value: Any, schema: Any) -> Any:
    """What the reading rule makes of ``value`` under ``schema``, as the model's ``to_dict`` writes it.

    ``null`` and values of the wrong shape become ``ABSENT`` (dropped from their object or list);
    numeric text becomes a number, boolean words a boolean, blank text for a number, boolean or
    enum (one that does not list ``""``) is absent, a known enum value stays, an unknown one stays
    as its text; an object's undeclared keys are kept unchanged. Written from the
    document's rule, not from the generated code, so the parser is checked against it.
    """
    schema = flatten(schema) if isinstance(schema, Mapping) else {}
    if value is None:
        return ABSENT
    if "anyOf" in schema:
        for member in schema["anyOf"]:
            read = lenient_read(value, member)
            if read is not ABSENT and _is_exact(value, member):
                return read
        for member in schema["anyOf"]:
            read = lenient_read(value, member)
            if read is not ABSENT:
                return read
        return ABSENT
    if "enum" in schema:
        if value in schema["enum"] and not isinstance(value, bool):
            return value
        text = _text(value)
        if text is None:
            return ABSENT
        for known in schema["enum"]:
            if str(known) == text.strip():
                return known
        return text if text.strip() else ABSENT  # blank: unknown, unless the enum lists ""
    kind = schema.get("type")
    if kind == "string":
        text = _text(value)
        return ABSENT if text is None else text
    if kind == "integer":
        number = _number(value)
        return ABSENT if number is None else int(number)
    if kind == "number":
        number = _number(value)
        return ABSENT if number is None else float(number)
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in TRUE_WORDS | FALSE_WORDS:
            return value.strip().lower() in TRUE_WORDS
        return ABSENT
    if kind == "array":
        if not isinstance(value, list):
            return ABSENT
        items = [lenient_read(v, schema.get("items", {})) for v in value]
        return [v for v in items if v is not ABSENT]
    if kind == "object" or "properties" in schema:
        if not isinstance(value, Mapping):
            return ABSENT
        props = schema.get("properties", {})
        out: dict[str, Any] = {}
        for key, item in value.items():
            read = lenient_read(item, props[key]) if key in props else item
            if read is not ABSENT:
                out[key] = read
        return out
    return value


def _is_exact(value: Any, schema: Mapping[str, Any]) -> bool:
    kind = flatten(schema).get("type")
    return {
        "string": isinstance(value, str),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
    }.get(str(kind), False)


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return str(int(value)) if value.is_integer() else str(value)
    return None


def _number(value: Any) -> float | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str) and value.strip() and re.match(NUMERIC_TEXT, value):
        number = float(value)
        if not math.isfinite(number):
            return None
        stripped = value.strip()
        return int(stripped) if re.fullmatch(r"[+-]?[0-9]+", stripped) else number
    return None
