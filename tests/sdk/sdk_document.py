"""openapi.yaml read directly (not through the generated package): its schemas, and a value the
document allows for a field, for the tests that derive their cases from the document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# libyaml's safe loader when installed (the same documents, several times faster than PyYAML's
# Python one), as vimmerse_fake.document reads openapi.yaml.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SPEC = yaml.load((Path(__file__).parents[2] / "openapi.yaml").read_text(), Loader=FAST_LOADER)
SCHEMAS = SPEC["components"]["schemas"]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def schema_of(node: dict[str, Any]) -> dict[str, Any]:
    """A property's schema with a ``$ref`` or one-member ``allOf`` resolved (openapi.yaml only)."""
    merged = {k: v for k, v in node.items() if k != "allOf"}
    for member in node.get("allOf", [node]):
        if "$ref" in member:
            merged = {**SCHEMAS[member["$ref"].rsplit("/", 1)[-1]], **merged}
    return merged


def valid_value(prop: dict[str, Any]) -> Any:
    """A value the document allows for a required field."""
    prop = schema_of(prop)
    if prop.get("type") == "array":
        item = schema_of(prop["items"])
        return [PNG if item.get("format") == "binary" else "https://example.com/a.png"] * prop.get(
            "minItems", 1
        )
    if prop.get("format") == "binary":
        return PNG
    if prop.get("format") == "uri":
        return "https://example.com/a.png"
    return {"string": "a", "integer": prop.get("minimum", 1), "boolean": True}[prop["type"]]
