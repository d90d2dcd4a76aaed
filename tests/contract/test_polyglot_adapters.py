"""The wire adapters of polyglot/adapters/ carry the table openapi.yaml gives, and read it right.

The adapters' logic is proven end to end in every language by `make polyglot`; here: the
committed tables are current (``generate.py --check``), the generator refuses what one table keyed
by property name cannot express, and the Python adapter reads each form as the document says.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
ADAPTERS = ROOT / "polyglot" / "adapters"
SPEC = ROOT / "openapi.yaml"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and typing look the module up by name
    spec.loader.exec_module(module)
    return module


generate = _load("polyglot_adapters_generate", ADAPTERS / "generate.py")
wire = _load("polyglot_vimmerse_wire", ADAPTERS / "python" / "vimmerse_wire.py")


def test_committed_adapters_are_what_the_document_gives() -> None:
    proc = subprocess.run(
        [sys.executable, str(ADAPTERS / "generate.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_wire_property_of_the_document_is_in_the_table() -> None:
    doc = yaml.safe_load(SPEC.read_text())
    table, true_words, false_words = generate.wire_table(doc)
    for schema in doc["components"]["schemas"].values():
        for name, prop in (schema.get("properties") or {}).items():
            if "x-vimmerse-wire" in prop:
                typ, forms = table[name]
                assert typ == prop["type"]
                assert set(prop["x-vimmerse-wire"]) <= set(forms)
    word = doc["components"]["x-vimmerse-wire-forms"]["word"]
    assert true_words == [w.lower() for w in word["true"]]
    assert false_words == [w.lower() for w in word["false"]]
    assert {name: (typ, frozenset(forms)) for name, (typ, forms) in table.items()} == wire.FIELDS


def _doc(**schemas: dict[str, Any]) -> dict[str, Any]:
    forms = {
        "numeric-string": {"types": ["integer", "number"]},
        "word": {"types": ["boolean"], "true": ["Yes"], "false": ["No"]},
        "blank": {"types": ["integer", "number", "boolean"]},
    }
    return {"components": {"x-vimmerse-wire-forms": forms, "schemas": schemas}}


def _obj(**props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": props}


def test_a_name_declared_with_two_types_is_refused() -> None:
    doc = _doc(
        A=_obj(nsfw={"type": "integer", "x-vimmerse-wire": {"numeric-string": {}}}),
        B=_obj(nsfw={"type": "string"}),
    )
    with pytest.raises(generate.WireError, match="different types"):
        generate.wire_table(doc)


def test_a_form_not_defined_for_the_type_is_refused() -> None:
    doc = _doc(A=_obj(flag={"type": "boolean", "x-vimmerse-wire": {"numeric-string": {}}}))
    with pytest.raises(generate.WireError, match="not defined for type 'boolean'"):
        generate.wire_table(doc)


def test_the_python_adapter_reads_each_form_as_declared() -> None:
    answer = {
        "data": {
            "nsfw": "0",
            "duration_time": "5.0",
            "progress_percentage": "100",
            "is_transition": "No",
            "file_size": "",
            "prompt": "1",  # not listed: a string stays a string
            "submit_params": {"scale_factor": " 1 ", "extend_video": "YES", "file_size": 0},
            "video_history": [{"bullet_version": "1"}],
        }
    }
    assert wire.rewrite(answer) == {
        "data": {
            "nsfw": 0,
            "duration_time": 5.0,
            "progress_percentage": 100,
            "is_transition": False,
            "prompt": "1",
            "submit_params": {"scale_factor": 1.0, "extend_video": True, "file_size": 0},
            "video_history": [{"bullet_version": 1}],
        }
    }


def test_the_python_adapter_leaves_what_is_no_declared_form() -> None:
    answer = {"nsfw": "unknown", "is_transition": "", "file_size": "12"}
    assert wire.rewrite(dict(answer)) == answer  # word has no "", blank is not a number


def test_the_python_adapter_reads_back_what_the_fake_writes_as_the_service() -> None:
    from vimmerse_fake import FakeVimmerse
    from vimmerse_fake.wire import Writer

    document = FakeVimmerse().document
    declared = {
        "data": {
            "id": "m1",
            "processing_status": "success",
            "is_transition": False,
            "duration_time": 5.5,
            "nsfw": 0,
            "submit_params": {"scale_factor": 1.5, "extend_video": True},
        }
    }
    written = Writer(document).body(document.by_id["getMedia"], 200, json.dumps(declared).encode())
    as_sent = json.loads(written)
    assert as_sent != declared  # the fake did write wire forms
    assert wire.rewrite(as_sent) == declared  # file_size: "" where it had none, read as absent


class _Client:
    def __init__(self) -> None:
        self.seen: list[tuple[str, str | None]] = []

    def deserialize(self, text: str, response_type: str, content_type: str | None) -> str:
        self.seen.append((text, content_type))
        return text


def test_install_rewrites_json_answers_only() -> None:
    client = wire.install(_Client())
    client.deserialize('{"nsfw": "0"}', "MediaResponse", "application/json")
    client.deserialize("nsfw: 0", "str", "text/plain")
    client.deserialize("{not json", "MediaResponse", "application/json")
    assert client.seen == [
        ('{"nsfw": 0}', "application/json"),
        ("nsfw: 0", "text/plain"),
        ("{not json", "application/json"),
    ]
