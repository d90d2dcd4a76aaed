"""Fields kept from the vendor's guides but absent from its published schema must be in the guides.

``openapi.yaml`` marks such fields ``x-vimmerse-source: seeds`` and the drift report
(``tools/diff_upstream.py``) then treats them as informational instead of breaking. That waiver is
only honest while a guide documents the field for that operation (a row of its parameter table)
or one of its code samples sends it; this test checks each marked field against the reading of
the guides (``tests/fixtures/guides/guides.json``, made by ``tools/read_guides.py``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from _schema import FIXTURES_DIR, deref, operations

GUIDES = json.loads((FIXTURES_DIR / "guides" / "guides.json").read_text(encoding="utf-8"))["guides"]


def seeds_marked_fields() -> list[tuple[str, str, str]]:
    """(operationId, "METHOD path", field) of every request body property marked from the guides."""
    found = []
    for operation_id, (method, path, op, _) in operations().items():
        if "requestBody" not in op:
            continue
        for media in deref(op["requestBody"])["content"].values():
            for field, spec in deref(media["schema"]).get("properties", {}).items():
                if spec.get("x-vimmerse-source") == "seeds":
                    found.append((operation_id, f"{method.upper()} {path}", field))
    return sorted(found)


def named_by_the_guides(label: str) -> set[str]:
    """The fields a guide's table documents or a guide's sample sends, for one operation."""
    method, path = label.split(" ", 1)
    named: set[str] = set()
    for guide in GUIDES.values():
        for op in guide["operations"]:
            if (op["method"], op["path"]) == (method, path):
                named.update(field["name"] for field in op["fields"])
        for sample in guide["samples"]:
            if (sample["method"], sample["path"]) == (method, path):
                named.update(sample.get("payload", {}), sample.get("keys", []))
    return named


def test_the_guides_name_fields_the_vendor_schema_omits() -> None:
    """Not vacuous: the marked set is not empty and includes the Story guide's images-2-video fields."""
    marked = {(op, field) for op, _, field in seeds_marked_fields()}
    assert {("createStoryFromImages", "motion_type"), ("generateStoryVideos", "scenes")} <= marked


@pytest.mark.parametrize(("operation_id", "label", "field"), seeds_marked_fields())
def test_marked_field_is_documented_or_sent_by_a_guide(operation_id: str, label: str, field: str) -> None:
    assert field in named_by_the_guides(label), (
        f"{operation_id}.{field} is marked seeds, but no guide names it"
    )


def test_a_field_no_guide_names_is_not_taken_for_one() -> None:
    named: Any = named_by_the_guides("POST /story/{story_id}/scenes")
    assert "seed" in named and "storyboard" in named
    assert "video_tool" not in named
