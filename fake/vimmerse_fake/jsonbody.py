"""JSON bodies and JSON form fields as the fake accepts them: UTF-8 only (RFC 8259) and
nested at most ``MAX_JSON_DEPTH`` levels (unbounded nesting would exhaust the stack of parser
and validator; openapi-core alone would accept UTF-16 and recurse)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

#: Deepest nesting of arrays/objects accepted in a JSON body or JSON form field (the API's
#: documents nest 4 levels; unbounded nesting would exhaust the stack of parser and validator).
MAX_JSON_DEPTH = 64


def json_depth(value: Any) -> int:
    """Nesting depth of a decoded JSON value (scalars 0), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Iterable[Any] = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def decode_json(raw: bytes | str) -> Any:
    """Strict JSON: UTF-8 (RFC 8259; no UTF-16/32, no byte order mark), at most
    ``MAX_JSON_DEPTH`` levels deep. Raises ValueError with a message for a 422."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"JSON must be UTF-8 encoded ({exc.reason} at byte {exc.start})") from None
    try:
        value = json.loads(raw)
    except RecursionError:
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as exc:
        raise ValueError(f"Invalid JSON: {exc}") from None
    if json_depth(value) > MAX_JSON_DEPTH:
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return value
