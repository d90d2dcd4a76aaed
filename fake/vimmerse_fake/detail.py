"""422 answers in FastAPI's shape: ``detail`` items ``{loc, msg, type}``, also made from the
jsonschema errors openapi-core reports."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_TYPE_BY_VALIDATOR = {
    "enum": "enum",
    "maximum": "less_than_equal",
    "minimum": "greater_than_equal",
    "maxLength": "string_too_long",
    "minLength": "string_too_short",
    "pattern": "string_pattern_mismatch",
    "maxItems": "too_long",
    "minItems": "too_short",
    "format": "value_error",
    "anyOf": "value_error",
    "oneOf": "value_error",
}


def safe_str(err: BaseException) -> str:
    """str() of an openapi-core error; some of them fail to format undecodable input."""
    try:
        return str(err)
    except Exception:
        return type(err).__name__


def error(loc: Iterable[str | int], msg: str, type_: str) -> dict[str, Any]:
    return {"loc": list(loc), "msg": msg, "type": type_}


def schema_errors_to_detail(prefix: list[str | int], errors: Iterable[Any]) -> list[dict[str, Any]]:
    """jsonschema ValidationErrors -> FastAPI-style ``detail`` items naming the field."""
    detail: list[dict[str, Any]] = []
    for se in errors:
        path = [*prefix, *se.absolute_path]
        if se.validator == "required":
            m = re.match(r"'(.+)' is a required property", se.message)
            name = m.group(1) if m else "?"
            detail.append(error([*path, name], "Field required", "missing"))
        elif se.validator == "additionalProperties":
            allowed = set(se.schema.get("properties", {}))
            extra = [k for k in se.instance if k not in allowed] if isinstance(se.instance, dict) else []
            for name in extra or ["?"]:
                detail.append(error([*path, name], "Extra inputs are not permitted", "extra_forbidden"))
        elif se.validator == "type":
            detail.append(error(path, se.message, f"{se.validator_value}_type"))
        else:
            detail.append(error(path, se.message, _TYPE_BY_VALIDATOR.get(str(se.validator), "value_error")))
    return detail
