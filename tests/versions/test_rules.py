"""The gate's own rules (enum, parameters, x-vimmerse-jobs), which need no engine run, and the
released document being the one the gate compares with."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from apidiff import RELEASED, ROOT, engine, gate, load


@pytest.fixture(scope="module")
def base() -> dict[str, Any]:
    return load(ROOT / "openapi.yaml")


def _only(base: dict[str, Any], head: dict[str, Any]) -> list[tuple[str, str, str, frozenset[str]]]:
    return [(c.kind, c.where, c.detail, c.breaks) for c in gate.changes(base, head, [])]


def test_a_new_terminal_status_breaks_the_sdk_only(base: dict[str, Any]) -> None:
    head = copy.deepcopy(base)
    head["components"]["x-vimmerse-jobs"]["media"]["failure"].append("expired")
    assert _only(base, head) == [("terminal status added", "media.failure", "expired", frozenset({"sdk"}))]


def test_parameters_required_new_ones_break_optional_ones_do_not(base: dict[str, Any]) -> None:
    head = copy.deepcopy(base)
    op = head["paths"]["/media/{media_id}/download"]["get"]
    op["parameters"].append(
        {"name": "quality", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    op["parameters"].append({"name": "hint", "in": "query", "schema": {"type": "string"}})
    assert sorted(_only(base, head)) == [
        ("parameter added", "query:hint", "", frozenset()),
        ("required parameter added", "query:quality", "", gate.ALL),
    ]


def test_a_request_enum_value_removed_breaks_everyone(base: dict[str, Any]) -> None:
    head = copy.deepcopy(base)
    head["components"]["schemas"]["CameraControl"]["enum"].remove("Aerial")  # only requests use it
    found = _only(base, head)
    assert found and {(kind, detail, breaks) for kind, _, detail, breaks in found} == {
        ("enum value removed", "Aerial", gate.ALL)
    }


def test_versions_must_be_semantic_and_never_go_back(base: dict[str, Any], tmp_path: Path) -> None:
    head = copy.deepcopy(base)
    head["info"]["version"] = "1.0"
    assert "not a semantic version" in gate.judge(base, head, [], tmp_path).problems[0]
    low = copy.deepcopy(base)
    low["info"]["version"] = "0.9.0"
    assert "went back" in gate.judge(base, low, [], tmp_path).problems[0]


def test_engine_locations_name_the_operation(base: dict[str, Any]) -> None:
    where = "paths./media/{media_id}.get.responses.200.content.application/json.schema"
    assert engine._place(base, where) == ("getMedia", "answer 200")


def test_the_released_document_is_a_semantic_version_not_newer_than_openapi_yaml(
    base: dict[str, Any],
) -> None:
    released = load(RELEASED)
    assert gate._version(released["info"]["version"]) <= gate._version(base["info"]["version"])
