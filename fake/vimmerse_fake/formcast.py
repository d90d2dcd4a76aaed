"""Form fields (always text, or bytes for a file) cast to the type openapi.yaml declares for
them: openapi-core 0.23 neither casts form strings (``quantity=2`` fails as ``'2' is not of type
'integer'``) nor reports unknown form fields, so the ``Validator`` casts first, then lets
openapi-core judge the typed object."""

from __future__ import annotations

import math
import re
from typing import Any

from .detail import error


def prop_type(prop: Any) -> str | None:
    """Declared JSON type of a body property, following ``allOf`` wrappers."""
    if "type" in prop:
        return str((prop / "type").read_str())
    if "allOf" in prop:
        for sub in prop / "allOf":
            t = prop_type(sub)
            if t:
                return t
    return None


# ASCII digits, an optional minus, nothing around them: " 5", "+5" and "\u0665" (an Arabic-Indic
# five, which int() accepts) are not integers on the wire, and a fake must not accept what
# the API may reject.
_INT_RE = re.compile(r"-?[0-9]+")  # fullmatch: "$" would let a trailing newline through
# JSON's number grammar (also "7." and ".5", as Python writes and reads them); no inf/nan.
_NUMBER_RE = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
# Only the words (any case: the generated client sends Python's "True"/"False"), no spaces; "1"/"0"
# would be looser than openapi.yaml's boolean.
_TRUE = {"true"}
_FALSE = {"false"}


def cast_form_value(
    loc: list[Any], value: Any, typ: str | None, detail: list[dict[str, Any]]
) -> tuple[bool, Any]:
    """One form value (str, or bytes for a file) as the declared scalar type; a failure is added
    to ``detail`` and answers (False, None)."""
    if isinstance(value, bytes) and typ not in ("string", None):
        detail.append(error(loc, "Input should be a form field, not a file", "value_error"))
        return False, None
    if typ == "integer":
        if isinstance(value, str) and _INT_RE.fullmatch(value):
            return True, int(value)
        detail.append(
            error(loc, "Input should be a valid integer, unable to parse string as an integer", "int_parsing")
        )
        return False, None
    if typ == "number":
        if isinstance(value, str) and _NUMBER_RE.fullmatch(value) and math.isfinite(float(value)):
            number = float(value)
            return True, int(number) if number.is_integer() and _INT_RE.fullmatch(value) else number
        detail.append(
            error(loc, "Input should be a valid number, unable to parse string as a number", "float_parsing")
        )
        return False, None
    if typ == "boolean":
        low = value.lower() if isinstance(value, str) else ""
        if low in _TRUE or low in _FALSE:
            return True, low in _TRUE
        detail.append(
            error(loc, "Input should be a valid boolean, unable to interpret input", "bool_parsing")
        )
        return False, None
    return True, value
