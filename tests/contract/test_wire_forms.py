"""openapi.yaml's ``x-vimmerse-wire`` says exactly what the guides' and the vendor's example
answers show the service sending: every numeric string, word and ``""`` an example shows is
declared on its field with the source that shows it, and nothing is declared that no example shows."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wire_forms", ROOT / "tools" / "wire_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["wire_forms"] = module
    spec.loader.exec_module(module)
    return module


wire_forms = _tool()


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def test_the_document_declares_what_the_examples_show(spec: dict[str, Any]) -> None:
    seen = wire_forms.seen(spec)
    declared = wire_forms.declared(spec)
    fields = {(s.schema, s.field) for s in seen}
    print(f"{len(seen)} example values in a wire form, on {len(fields)} fields; {len(declared)} declarations")
    assert wire_forms.mismatches(spec) == []
    # The examples the guides were read from do show these forms: the check is not vacuous.
    assert {s.form for s in seen} == {"numeric-string", "word", "blank"}
    assert ("SubmitParams", "scale_factor", "numeric-string") in declared
    assert {s.source for s in seen} == {"guide", "vendor"}


def test_a_form_the_examples_show_but_the_document_omits_is_reported(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    del broken["components"]["schemas"]["Story"]["properties"]["is_highlights"]["x-vimmerse-wire"]
    problems = wire_forms.mismatches(broken)
    assert any(p.startswith("Story.is_highlights: the guide example") and "blank" in p for p in problems)
    assert any(p.startswith("Story.is_highlights: the vendor example") for p in problems)


def test_evidence_no_example_shows_is_reported(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    prop = broken["components"]["schemas"]["Media"]["properties"]["nsfw"]
    prop["x-vimmerse-wire"]["numeric-string"]["guide"] = "invented"
    prop["x-vimmerse-wire"]["blank"] = {"vendor": "invented"}
    problems = wire_forms.mismatches(broken)
    assert (
        "Media.nsfw: x-vimmerse-wire names guide evidence for numeric-string; no guide example shows it"
        in problems
    )
    assert (
        "Media.nsfw: x-vimmerse-wire names vendor evidence for blank; no vendor example shows it" in problems
    )


def test_a_form_on_a_field_of_another_type_is_reported(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    broken["components"]["schemas"]["Media"]["properties"]["title"]["x-vimmerse-wire"] = {"word": {}}
    problems = wire_forms.mismatches(broken)
    assert "Media.title: the word form is for ['boolean'], not string" in problems


@pytest.mark.parametrize(
    ("declared", "value", "form"),
    [
        ("integer", "100", "numeric-string"),
        ("number", "5.0", "numeric-string"),
        ("number", "", "blank"),
        ("boolean", "No", "word"),
        ("boolean", "YES", "word"),
        ("boolean", "", "blank"),
        ("integer", 100, None),
        ("integer", "a hundred", None),
        ("string", "100", None),
    ],
)
def test_forms_are_recognised_as_the_document_defines_them(
    spec: dict[str, Any], declared: str, value: Any, form: str | None
) -> None:
    assert wire_forms.Contract(spec).form_of(value, declared) == form
