"""The breaking-change drill: five changes made to scratch copies of openapi.yaml, each judged by
the gate per audience, refused without a major version and accepted with one (and a `breaking`
fragment), and all five listed by the changelog. One engine run per copy (~8 s of CPU each), made
by the test that reads it, so that pytest-xdist spreads the runs over its workers."""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from apidiff import ROOT, changelog, engine, gate, load

Doc = dict[str, Any]


def _schema(doc: Doc, name: str) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"][name]
    return schema


def removed_answer_field(doc: Doc) -> None:
    del _schema(doc, "Media")["properties"]["title"]


def new_required_request_field(doc: Doc) -> None:
    body = _schema(doc, "MediaCreateRequest")
    body["properties"]["camera_seed"] = {"type": "integer"}
    body["required"] = [*body.get("required", []), "camera_seed"]


def answer_enum_value_added(doc: Doc) -> None:
    _schema(doc, "MediaProcessingStatus")["enum"].append("paused")


def optional_request_field_added(doc: Doc) -> None:
    _schema(doc, "MediaCreateRequest")["properties"]["look"] = {"type": "string"}


def changed_field_type(doc: Doc) -> None:
    _schema(doc, "Media")["properties"]["progress_percentage"] = {"type": "string"}


B, S, L = "sdk", "strict", "lenient"
# change -> (the field it names, the kind the gate reports, the audiences it breaks)
DRILL: dict[Callable[[Doc], None], tuple[str, str, frozenset[str]]] = {
    removed_answer_field: ("Media.title", "answer field removed", frozenset({B, S, L})),
    new_required_request_field: (
        "MediaCreateRequest.camera_seed",
        "required request field added",
        frozenset({B, S, L}),
    ),
    answer_enum_value_added: ("Media.processing_status", "enum value added", frozenset({S})),
    optional_request_field_added: ("MediaCreateRequest.look", "request field added", frozenset()),
    changed_field_type: ("Media.progress_percentage", "answer field type changed", frozenset({B, S, L})),
}


def _mutated(base: Doc, *changes: Callable[[Doc], None]) -> Doc:
    head = copy.deepcopy(base)
    for change in changes:
        change(head)
    return head


@pytest.fixture(scope="module")
def base() -> Doc:
    return load(ROOT / "openapi.yaml")


class Judged(dict[str, tuple[Doc, list[gate.Change]]]):
    """Each drill change alone, and all five together ("all"), with the changes the gate names:
    the engine runs for a key when it is first read."""

    def __init__(self, base: Doc) -> None:
        super().__init__()
        self.base = base

    def __missing__(self, name: str) -> tuple[Doc, list[gate.Change]]:
        changes = list(DRILL) if name == "all" else [c for c in DRILL if c.__name__ == name]
        assert changes, f"no drill change {name!r}"
        head = _mutated(self.base, *changes)
        [findings] = engine.diff_many(self.base, [head])
        self[name] = (head, gate.changes(self.base, head, findings))
        return self[name]


@pytest.fixture(scope="module")
def judged(base: Doc) -> Judged:
    return Judged(base)


def _bumped(head: Doc, version: str) -> Doc:
    head = copy.deepcopy(head)
    head["info"]["version"] = version
    return head


@pytest.mark.slow
@pytest.mark.parametrize("change", DRILL, ids=lambda c: c.__name__)
def test_each_change_is_judged_per_audience(
    change: Callable[[Doc], None], base: Doc, judged: Judged, tmp_path: Path
) -> None:
    where, kind, breaks = DRILL[change]
    head, found = judged[change.__name__]
    assert [(c.where, c.kind, c.breaks) for c in found] == [(where, kind, breaks)] or (
        # the enum is shared by Media and MediaStatus: the same value added in two answers
        change is answer_enum_value_added and {(c.kind, c.breaks) for c in found} == {(kind, breaks)}
    ), gate.table(gate.judge(base, head, found, tmp_path))
    no_fragments = tmp_path / "none"
    same_major = gate.judge(base, _bumped(head, "1.1.0"), found, no_fragments)
    assert bool(same_major.problems) == bool(breaks), same_major.problems
    if breaks:
        assert "major did not move" in same_major.problems[0]
        unstated = gate.judge(base, _bumped(head, "2.0.0"), found, no_fragments)
        assert unstated.problems and "state the intended break" in unstated.problems[0]
        stated = tmp_path / "stated"
        stated.mkdir()
        (stated / f"{change.__name__}.breaking.md").write_text("Intended: the drill.\n")
        assert gate.judge(base, _bumped(head, "2.0.0"), found, stated).problems == []


@pytest.mark.slow
def test_all_five_together_and_the_changelog_lists_them(base: Doc, judged: Judged, tmp_path: Path) -> None:
    head, found = judged["all"]
    assert gate.judge(base, head, found, tmp_path).problems  # breaking, still 1.0.0
    (tmp_path / "changelog.d").mkdir()
    (tmp_path / "changelog.d" / "drill.breaking.md").write_text("The drill's five changes, on purpose.\n")
    shutil.copy(ROOT / "towncrier.toml", tmp_path)
    verdict = gate.judge(base, _bumped(head, "2.0.0"), found, tmp_path / "changelog.d")
    assert verdict.problems == []
    section = changelog.build(verdict, "9.9.9", tmp_path, tmp_path / "changelog.d", draft=True)
    assert "## vimmerse 9.9.9, API 2.0.0" in section
    assert "The drill's five changes, on purpose." in section
    for where, kind, breaks in DRILL.values():
        [line] = [ln for ln in section.splitlines() if f"`{where}`" in ln and kind in ln]
        assert (f"**breaks {', '.join(sorted(breaks))}**" if breaks else "compatible:") in line
    assert sorted((tmp_path / "changelog.d").iterdir()) == [tmp_path / "changelog.d" / "drill.breaking.md"]
