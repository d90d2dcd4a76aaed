"""The drift report on small hand-made documents: one test per kind of difference, exit code pinned.

"Ours" is written as YAML in our style (3.0.3, `$ref`'d enums via allOf/anyOf, declared parameters);
"vendor" as JSON in the vendor's style (3.1, inline enums in `Body_*` schemas, no parameters declared,
untyped responses described by an example). Each test changes one thing on the vendor side.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

OURS: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "ours", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "requestBody": {
                    "content": {
                        "multipart/form-data": {"schema": {"$ref": "#/components/schemas/ThingRequest"}}
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/ThingResponse"}}
                        },
                    }
                },
            }
        },
        "/things/{thing_id}": {
            "parameters": [{"$ref": "#/components/parameters/ThingId"}],
            "get": {
                "operationId": "getThing",
                "parameters": [{"name": "fields", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok"}},
            },
        },
    },
    "components": {
        "parameters": {
            "ThingId": {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
        },
        "schemas": {
            "Color": {"type": "string", "enum": ["red", "green"]},
            "Size": {"type": "integer", "enum": [5, 10]},
            "ThingRequest": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string"},
                    "color": {"allOf": [{"$ref": "#/components/schemas/Color"}], "default": "red"},
                    "size": {"anyOf": [{"$ref": "#/components/schemas/Size"}]},
                },
            },
            "Thing": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}},
            "ThingResponse": {
                "type": "object",
                "properties": {"data": {"$ref": "#/components/schemas/Thing"}},
            },
        },
    },
}

VENDOR: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "vendor", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "create_thing_things_post",
                "requestBody": {
                    "content": {
                        "multipart/form-data": {"schema": {"$ref": "#/components/schemas/Body_create_thing"}}
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {}, "example": {"data": {"id": "t1", "name": "x"}}}
                        },
                    }
                },
            }
        },
        "/things/{id}": {"get": {"operationId": "get_thing", "responses": {"200": {"description": "ok"}}}},
        "/image/text-2-image": {"post": {"operationId": "t2i", "responses": {"200": {"description": "ok"}}}},
    },
    "components": {
        "schemas": {
            "Body_create_thing": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "color": {"type": "string", "enum": ["red", "green"], "default": "red"},
                    "size": {"anyOf": [{"type": "integer", "enum": [5, 10]}, {"type": "null"}]},
                },
            }
        }
    },
}


def run(du: ModuleType, tmp_path: Path, vendor: dict[str, Any], *extra: str) -> tuple[int, str]:
    ours_path, vendor_path = tmp_path / "ours.yaml", tmp_path / "vendor.json"
    ours_path.write_text(yaml.safe_dump(OURS), encoding="utf-8")
    vendor_path.write_text(json.dumps(vendor), encoding="utf-8")
    return du.main(["--ours", str(ours_path), "--upstream", str(vendor_path), *extra]), str(vendor_path)


def report(
    du: ModuleType, tmp_path: Path, vendor: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> tuple[int, dict[str, Any]]:
    code, _ = run(du, tmp_path, vendor, "--json")
    return code, json.loads(capsys.readouterr().out)


def kinds(rep: dict[str, Any], operation: str) -> dict[str, list[dict[str, Any]]]:
    (op,) = [o for o in rep["operations"] if o["operation"] == operation]
    out: dict[str, list[dict[str, Any]]] = {}
    for d in op["differences"]:
        out.setdefault(d["kind"], []).append(d)
    return out


def vendor_with(change: Any) -> dict[str, Any]:
    doc = copy.deepcopy(VENDOR)
    change(doc)
    return doc


def body(doc: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = doc["components"]["schemas"]["Body_create_thing"]["properties"]
    return props


def test_equivalent_documents_exit_0_and_vendor_extras_are_listed_as_not_covered(du, tmp_path, capsys):
    code, rep = report(du, tmp_path, VENDOR, capsys)
    assert code == 0
    assert rep["summary"]["breaking"] == 0
    # {id} vs {thing_id}: matched by template; the enums given via allOf/anyOf+$ref equal the inline ones.
    assert rep["summary"]["operations_matched"] == 2
    assert kinds(rep, "POST /things") == {}
    assert set(kinds(rep, "GET /things/{thing_id}")) == {"parameter-undeclared", "parameter-ours-only"}
    assert rep["not_covered_by_us"] == ["POST /image/text-2-image"]


def test_text_report_groups_per_operation(du, tmp_path, capsys):
    code, _ = run(du, tmp_path, vendor_with(lambda d: body(d).pop("name")))
    out = capsys.readouterr().out
    assert code == 1
    section = out.split("POST /things  (ours: createThing, vendor: create_thing_things_post)\n")[1]
    assert section.splitlines()[0] == "  [B] body field `name`: we send it, the vendor does not list it"
    assert (
        "Not covered by us (1 vendor operations, informational):\n  /image: POST /image/text-2-image" in out
    )
    assert out.rstrip().endswith("1 breaking, 2 informational differences.")


def test_removed_operation_breaks(du, tmp_path, capsys):
    code, rep = report(du, tmp_path, vendor_with(lambda d: d["paths"].pop("/things")), capsys)
    assert code == 1
    assert [d["breaking"] for d in kinds(rep, "POST /things")["operation-removed"]] == [True]


def test_removed_enum_value_breaks(du, tmp_path, capsys):
    code, rep = report(du, tmp_path, vendor_with(lambda d: body(d)["color"].update(enum=["red"])), capsys)
    assert code == 1
    (diff,) = kinds(rep, "POST /things")["enum-value-removed"]
    assert diff["field"] == "color" and diff["breaking"] and "green" in diff["message"]


def test_removed_enum_value_inside_anyof_breaks(du, tmp_path, capsys):
    code, rep = report(
        du, tmp_path, vendor_with(lambda d: body(d)["size"]["anyOf"][0].update(enum=[5])), capsys
    )
    assert code == 1
    assert "10" in kinds(rep, "POST /things")["enum-value-removed"][0]["message"]


def test_added_enum_value_is_informational(du, tmp_path, capsys):
    code, rep = report(du, tmp_path, vendor_with(lambda d: body(d)["color"]["enum"].append("blue")), capsys)
    assert code == 0
    assert kinds(rep, "POST /things")["enum-value-added"][0]["message"].endswith("vendor-only values: blue")


def test_vendor_free_string_where_we_have_an_enum_is_informational(du, tmp_path, capsys):
    code, rep = report(du, tmp_path, vendor_with(lambda d: body(d)["color"].pop("enum")), capsys)
    assert code == 0
    (diff,) = kinds(rep, "POST /things")["enum-vendor-free"]
    assert diff["message"] == "body field `color`: vendor: free string, ours: enum of 2"


def test_changed_content_type_breaks(du, tmp_path, capsys):
    def change(d: dict[str, Any]) -> None:
        content = d["paths"]["/things"]["post"]["requestBody"]["content"]
        content["application/x-www-form-urlencoded"] = content.pop("multipart/form-data")

    code, rep = report(du, tmp_path, vendor_with(change), capsys)
    assert code == 1
    (diff,) = kinds(rep, "POST /things")["content-type-changed"]
    assert "multipart/form-data" in diff["message"] and "application/x-www-form-urlencoded" in diff["message"]


def test_added_content_type_is_informational(du, tmp_path, capsys):
    def change(d: dict[str, Any]) -> None:
        content = d["paths"]["/things"]["post"]["requestBody"]["content"]
        content["application/json"] = content["multipart/form-data"]

    code, rep = report(du, tmp_path, vendor_with(change), capsys)
    assert code == 0
    assert not kinds(rep, "POST /things")["content-type-changed"][0]["breaking"]


def test_added_field_is_informational(du, tmp_path, capsys):
    def change(d: dict[str, Any]) -> None:
        body(d)["seed"] = {"type": "integer"}
        d["components"]["schemas"]["Body_create_thing"]["required"] = ["seed"]

    code, rep = report(du, tmp_path, vendor_with(change), capsys)
    assert code == 0
    assert (
        kinds(rep, "POST /things")["field-vendor-only"][0]["message"]
        == "body field `seed`: vendor only (required!)"
    )


def test_removed_field_breaks(du, tmp_path, capsys):
    code, rep = report(du, tmp_path, vendor_with(lambda d: body(d).pop("size")), capsys)
    assert code == 1
    assert [d["field"] for d in kinds(rep, "POST /things")["field-ours-only"]] == ["size"]


def test_query_parameter_missing_breaks_only_where_the_vendor_declares_parameters(du, tmp_path, capsys):
    def declare(d: dict[str, Any]) -> None:
        d["paths"]["/things/{id}"]["get"]["parameters"] = [{"name": "expand", "in": "query"}]

    code, rep = report(du, tmp_path, vendor_with(declare), capsys)
    assert code == 1  # the vendor lists its query parameters, and `fields` is not one of them
    found = kinds(rep, "GET /things/{thing_id}")
    assert found["parameter-ours-only"][0]["breaking"]
    assert found["parameter-vendor-only"][0]["field"] == "expand"


def test_response_fields_come_from_the_example_when_the_schema_is_empty(du, tmp_path, capsys):
    def change(d: dict[str, Any]) -> None:
        d["paths"]["/things"]["post"]["responses"]["200"]["content"]["application/json"]["example"] = {
            "data": {"id": "t1", "created_at": "now"}
        }

    code, rep = report(du, tmp_path, vendor_with(change), capsys)
    assert code == 0
    found = kinds(rep, "POST /things")
    assert found["response-field-vendor-only"][0]["message"].endswith(
        "(vendor fields from its example payload (the schema declares no fields)): created_at"
    )
    assert "): name" in found["response-field-ours-only"][0]["message"]


def test_unreadable_documents_exit_2(du, tmp_path, capsys):
    (tmp_path / "bad.json").write_text("paths: [unclosed", encoding="utf-8")
    (tmp_path / "nopaths.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    for name in ("bad.json", "nopaths.yaml", "missing.json"):
        assert du.main(["--upstream", str(tmp_path / name)]) == 2
    assert "has no `paths` object" in capsys.readouterr().err


def _node_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    paths = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            paths += _node_paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            paths += _node_paths(v, (*prefix, i))
    return paths


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=5)
    # Self- and cross-references, including cycles through allOf/anyOf.
    | st.sampled_from([{"$ref": "#/components/schemas/Body_create_thing"}, {"$ref": "#/nowhere"}]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["type", "enum", "allOf", "anyOf", "properties", "data", "$ref"]),
            inner,
            max_size=3,
        )
    ),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where=st.sampled_from(_node_paths(VENDOR)[1:]), value=JSON_VALUES)
def test_malformed_vendor_documents_are_reported_not_crashed_on(du, where, value):
    """The vendor's document is partly invalid: any subtree replaced by junk still yields a report."""
    doc = copy.deepcopy(VENDOR)
    parent = doc
    for key in where[:-1]:
        parent = parent[key]
    parent[where[-1]] = value
    diff = du.diff_documents(OURS, doc)
    assert {r.operation for r in diff.reports} == {"POST /things", "GET /things/{thing_id}"}
    assert du.render_text(diff).endswith("informational differences.\n")
    json.dumps(diff.to_json())
