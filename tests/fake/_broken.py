"""Valid JSON values broken in a few ways, for the tests that compare the fake's fast checks
with openapi-core's verdicts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from vimmerse_fake.document import Document

_WRONG = {"string": 12345, "integer": "x", "number": "x", "boolean": "x", "array": {}, "object": []}


def mutations(document: Document, schema: Any, value: Any) -> Iterator[Any]:
    """``value`` (valid for ``schema``) broken in a few ways, at the top and one level down."""
    node = document.resolve(schema) or {}
    if not isinstance(value, dict):
        yield None if value is not None else "x"
        return
    for name in list(value)[:4]:
        without = dict(value)
        del without[name]
        yield without
    props: dict[str, Any] = {}
    for part in [*node.get("allOf", []), node]:
        props.update(document.resolve(part).get("properties") or {})
    for name, prop in list(props.items())[:12]:
        typ = (document.resolve(prop) or {}).get("type")
        if name in value and typ in _WRONG:
            yield {**value, name: _WRONG[typ]}
        inner = value.get(name)
        if isinstance(inner, dict) and inner:
            for broken in list(mutations(document, prop, inner))[:6]:
                yield {**value, name: broken}
    yield {**value, "zz_not_in_the_document": 1}
