"""The generated SDK layer (``vimmerse_openapi.sdk``) says exactly what openapi.yaml says.

Replaces the drift tests of the hand-written ``LIMITS`` table (``tests/sdk/test_inputs_and_misc.py``
compared it with the document): the SDK now validates requests with the ``Rule`` objects that
``codegen/generate_sdk.py`` writes into ``sdk/operations.py``, so these tests rebuild every rule
(types, enums, ranges, lengths, item counts, patterns, formats, defaults, the JSON carried in form
fields, ``x-vimmerse-require-any`` / ``-require-when`` / ``-charged-fields``) and every operation
fact (method, path, encoding, ``x-vimmerse-method`` / ``-credits`` / ``-job``, response model)
from the document independently of the generator, and compare. The jobs
(``components.x-vimmerse-jobs``) and the typed keywords of the generated resources are checked
the same way.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from typing import Any

import pytest
from _models import model_class, py_attr
from _schema import deref, load_doc, operations

from vimmerse_openapi.sdk import operations as gen_ops
from vimmerse_openapi.sdk import resources as gen_resources
from vimmerse_openapi.sdk.spec import Requirement, Rule

ENCODINGS = {
    "multipart/form-data": "multipart",
    "application/x-www-form-urlencoded": "form",
    "application/json": "json",
}
# Rule attribute -> JSON Schema keyword (the keywords a client must enforce before sending).
KEYWORDS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "min_length": "minLength",
    "max_length": "maxLength",
    "pattern": "pattern",
    "format": "format",
    "min_items": "minItems",
    "max_items": "maxItems",
    "min_properties": "minProperties",
}


def _resolve(schema: Mapping[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """(component name or None, the schema with a ``$ref`` or a one-member ``allOf`` merged in)."""
    name = None
    merged: dict[str, Any] = {}
    node: Mapping[str, Any] = schema
    if "allOf" in node:
        (member,) = node["allOf"]
        merged.update({k: v for k, v in node.items() if k != "allOf"})
        node = member
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = deref(node)
    for key, value in node.items():
        merged.setdefault(key, value)
    return name, merged


def expected_rule(schema: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The rule of ``schema`` as plain data, built from the document alone."""
    name, s = _resolve(schema)
    out: dict[str, Any] = {"default": s.get("default"), "deprecated": bool(s.get("deprecated", False))}
    if "x-vimmerse-json" in s:
        # The JSON text's own string constraints are at most "not empty" (minLength <= 2), which any
        # JSON object or array text satisfies: the rule is the structure it carries.
        extra = {k for k in KEYWORDS.values() if k in s} - {"minLength"}
        assert not extra and s.get("minLength", 0) <= 2, f"{where}: string constraints on a JSON field"
        out.update(kind="json", content=expected_rule(s["x-vimmerse-json"], where))
        return out
    if "enum" in s:
        assert name is not None, f"{where}: inline enum"
        out.update(kind="enum", enum=model_class(name))
        return out
    kind = s.get("type")
    if kind == "string" and s.get("format") == "binary":
        out.update(kind="file")
        return out
    if kind == "object":
        assert name is not None, f"{where}: inline object"
        out.update(
            kind="object",
            model=model_class(name),
            fields={p: expected_rule(ps, f"{where}.{p}") for p, ps in s.get("properties", {}).items()},
            required=tuple(s.get("required", ())),
            additional=s.get("additionalProperties", True) is not False,
            require_any=tuple(tuple(group) for group in s.get("x-vimmerse-require-any", ())),
            require_when=tuple(
                Requirement(
                    need["field"], tuple(need["values"]), tuple(tuple(g) for g in need["require-any"])
                )
                for need in s.get("x-vimmerse-require-when", ())
            ),
            charged_fields=tuple(s.get("x-vimmerse-charged-fields", ())),
        )
    else:
        out["kind"] = kind or "any"
    if kind == "array":
        out["items"] = expected_rule(s.get("items", {}), f"{where}[]")
    for attr, keyword in KEYWORDS.items():
        if keyword in s:
            out[attr] = s[keyword]
    return out


# Every attribute of a ``Rule`` compared, and its value when the document does not state it.
RULE_DEFAULTS: dict[str, Any] = {
    "kind": None,
    "enum": None,
    "model": None,
    "required": (),
    "additional": True,
    "require_any": (),
    "require_when": (),
    "charged_fields": (),
    "default": None,
    "deprecated": False,
    **dict.fromkeys(KEYWORDS),
}


def rule_mismatches(rule: Rule | None, expected: Mapping[str, Any], where: str) -> list[str]:
    """Every difference between a generated ``Rule`` and the document's, with where it is."""
    if rule is None:
        return [f"{where}: no rule generated"]
    found: list[str] = []
    for attr, absent in RULE_DEFAULTS.items():
        want = expected.get(attr, absent)
        if getattr(rule, attr) != want:
            found.append(f"{where}: {attr} is {getattr(rule, attr)!r}, the document says {want!r}")
    if "items" in expected:
        found += rule_mismatches(rule.items, expected["items"], f"{where}[]")
    elif rule.items is not None:
        found.append(f"{where}: items rule the document does not state")
    if "content" in expected:
        found += rule_mismatches(rule.content, expected["content"], f"{where}<json>")
    elif rule.content is not None:
        found.append(f"{where}: JSON content rule the document does not state")
    if "fields" in expected:
        fields = dict(rule.fields or {})
        if list(fields) != list(expected["fields"]):
            found.append(f"{where}: fields {list(fields)} != the document's {list(expected['fields'])}")
        for key, sub in expected["fields"].items():
            if key in fields:
                found += rule_mismatches(fields[key], sub, f"{where}.{key}")
    return found


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _parameters(operation_id: str) -> list[dict[str, Any]]:
    _, _, op, item = operations()[operation_id]
    return [deref(p) for p in (*item.get("parameters", []), *op.get("parameters", []))]


def test_every_operation_of_the_document_is_generated_and_nothing_else() -> None:
    assert list(gen_ops.OPERATIONS) == list(operations())
    for operation_id, op in gen_ops.OPERATIONS.items():
        assert op.operation_id == operation_id
        constant = _snake(operation_id).upper()
        assert getattr(gen_ops, constant) is op, constant


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_operation_facts_equal_the_document(operation_id: str) -> None:
    method, path, op, _ = operations()[operation_id]
    gen = gen_ops.OPERATIONS[operation_id]
    assert gen.method == method.upper()
    assert gen.path == path
    assert gen.tag == op["tags"][0]
    assert gen.summary == op["summary"]
    assert gen.name == op.get("x-vimmerse-method", _snake(operation_id))
    assert gen.credits == op.get("x-vimmerse-credits", "free" if method == "get" else "charged")
    assert gen.job == op.get("x-vimmerse-job")
    ok = deref(op["responses"]["200"])["content"]
    if "application/json" in ok:
        name = ok["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        assert gen.response is model_class(name) and not gen.binary
        # The `data` envelope is unwrapped when it holds a model (`{data: Asset}`); an answer
        # whose `data` is a plain value (`TextPromptResponse`: the prompt text) is the model.
        props = deref(ok["application/json"]["schema"]).get("properties", {})
        has_data = list(props) == ["data"] and "$ref" in props["data"]
        assert gen.envelope == ("data" if has_data else None)
    else:
        assert gen.binary and gen.response is None and gen.envelope is None
    body = op.get("requestBody")
    if body is None:
        assert gen.body is None and gen.encoding is None
    else:
        ((media_type, _media),) = deref(body)["content"].items()
        assert gen.encoding == ENCODINGS[media_type]


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_parameter_rules_equal_the_document(operation_id: str) -> None:
    gen = gen_ops.OPERATIONS[operation_id]
    params = _parameters(operation_id)
    path_params = {p["name"]: p for p in params if p["in"] == "path"}
    query = {p["name"]: p for p in params if p["in"] == "query"}
    assert list(gen.path_params) == list(path_params)
    assert list(gen.query) == list(query)
    mismatches: list[str] = []
    for where, declared, rules in (("path", path_params, gen.path_params), ("query", query, gen.query)):
        for name, param in declared.items():
            mismatches += rule_mismatches(
                rules[name], expected_rule(param["schema"], f"{where}.{name}"), name
            )
    assert mismatches == []
    # Header parameters (Range) belong to the download's transport, not to the caller.
    assert {p["in"] for p in params} <= {"path", "query", "header"}


@pytest.mark.parametrize(
    "operation_id", sorted(o for o, (_, _, op, _) in operations().items() if "requestBody" in op)
)
def test_body_rules_equal_the_document(operation_id: str) -> None:
    _, _, op, _ = operations()[operation_id]
    ((_, media),) = deref(op["requestBody"])["content"].items()
    expected = expected_rule(media["schema"], operation_id)
    assert rule_mismatches(gen_ops.OPERATIONS[operation_id].body, expected, operation_id) == []


def test_the_rules_are_not_vacuous() -> None:
    """Guards the comparison itself: the document's figures really reach the rules."""
    fields = gen_ops.CREATE_MEDIA.body.fields  # type: ignore[union-attr]
    assert fields is not None
    assert (fields["duration"].minimum, fields["duration"].maximum) == (1, 10)
    assert fields["image_files"].items.kind == "file"  # type: ignore[union-attr]
    images = gen_ops.CREATE_STORY_FROM_IMAGES.body.fields["image_urls"]  # type: ignore[union-attr]
    assert images.min_items == 1
    assert fields["audio_option"].kind == "json"
    assert fields["audio_option"].content.model is model_class("MediaAudioOption")  # type: ignore[union-attr]
    broken = Rule("integer", minimum=1, maximum=11)
    assert rule_mismatches(broken, expected_rule({"type": "integer", "minimum": 1, "maximum": 10}, "x"), "x")


def test_jobs_equal_the_documents_x_vimmerse_jobs() -> None:
    declared = load_doc()["components"]["x-vimmerse-jobs"]
    assert set(gen_ops.JOBS) == set(declared)
    for kind, job in gen_ops.JOBS.items():
        spec = declared[kind]
        assert job.kind == kind
        assert job.id == spec["id"]
        assert job.poll is gen_ops.OPERATIONS[spec["poll"]]
        assert job.result is gen_ops.OPERATIONS[spec["result"]]
        (id_param,) = job.poll.path_params
        assert job.id_param == id_param
        assert job.status == spec["status"]
        assert job.progress == spec.get("progress")
        assert job.success == frozenset(spec["success"])
        assert job.failure == frozenset(spec["failure"])
        assert job.cancelled == frozenset(spec["cancelled"])
        assert job.file == spec.get("file")
    named = {op.get("x-vimmerse-job") for _, _, op, _ in operations().values()} - {None}
    assert named <= set(declared)


def _resource_classes() -> list[tuple[str, type]]:
    classes = []
    for tag in {op["tags"][0] for _, _, op, _ in operations().values()}:
        base = f"{tag.capitalize()}Resource"
        for prefix in ("", "Async"):
            for suffix in ("", "WithRawResponse"):
                cls = getattr(gen_resources, prefix + base + suffix, None)
                if cls is not None:
                    classes.append((tag, cls))
    return sorted(classes, key=lambda c: c[1].__name__)


# Keywords a resource method adds to the operation's own parameters: waiting on jobs, downloads,
# and the per-call options every method takes.
SDK_KEYWORDS = {"wait", "wait_timeout", "on_progress", "path", "extra_headers", "timeout"}


@pytest.mark.parametrize(
    ("tag", "cls"), _resource_classes(), ids=lambda v: v.__name__ if isinstance(v, type) else v
)
def test_resource_methods_take_every_parameter_the_document_declares(tag: str, cls: type) -> None:
    """Parameters declared once: each method's keywords are exactly the operation's path and query
    parameters and body fields (Python names), whatever the document adds tomorrow."""
    ops = [op for op in gen_ops.OPERATIONS.values() if op.tag == tag]
    assert ops
    for op in ops:
        if op.binary and cls.__name__.endswith("WithRawResponse"):
            assert not hasattr(cls, op.name)  # a file is streamed to disk: there is no body to return
            continue
        method = getattr(cls, op.name)
        wanted = [*op.path_params, *op.query, *((op.body.fields or {}) if op.body else {})]
        params = [p for p in inspect.signature(method).parameters if p != "self"]
        assert [p for p in params if p not in SDK_KEYWORDS] == [py_attr(w) for w in wanted], op.operation_id
        assert (op.job is not None) == ("wait" in params), op.operation_id


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_sync_and_async_methods_are_twins_with_full_docstrings(operation_id: str) -> None:
    """Declared once: the async method takes the same keywords (same types and defaults) and carries
    the same documentation as the sync one -- not "See ``MediaResource.create``"."""
    op = gen_ops.OPERATIONS[operation_id]
    cls = f"{op.tag.capitalize()}Resource"
    sync = getattr(getattr(gen_resources, cls), op.name)
    asynchronous = getattr(getattr(gen_resources, "Async" + cls), op.name)
    assert inspect.iscoroutinefunction(asynchronous) and not inspect.iscoroutinefunction(sync)
    assert inspect.signature(sync) == inspect.signature(asynchronous)
    assert sync.__doc__ == asynchronous.__doc__
    doc = sync.__doc__ or ""
    assert doc.startswith(op.summary.rstrip("."))
    for name in [*op.path_params, *op.query, *((op.body.fields or {}) if op.body else {})]:
        assert f"{py_attr(name)}:" in doc, f"{operation_id}: {name} undocumented"


@pytest.mark.parametrize(
    "carried",
    [
        {"type": "array", "items": {"type": "string", "format": "uri"}},  # a JSON list of URLs
        {"type": "array", "items": {"type": "integer"}},
    ],
)
def test_a_json_carried_field_of_any_shape_gets_a_valid_annotation(carried: dict[str, Any]) -> None:
    """``x-vimmerse-json`` on a form field becomes a Python annotation that compiles, whatever the
    JSON's shape (an array of strings once produced ``Sequence[Sequence[str] | st | ...] | str]``)."""
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "codegen" / "sdk_rules.py"
    spec = importlib.util.spec_from_file_location("sdk_rules", path)
    assert spec is not None and spec.loader is not None
    sdk_rules = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("sdk_rules", sdk_rules)  # its dataclasses look their module up
    spec.loader.exec_module(sdk_rules)
    builder = sdk_rules.RuleBuilder(sdk_rules.Document({"components": {"schemas": {}}}))
    rule = builder.rule({"type": "string", "x-vimmerse-json": carried})
    compile(f"x: {rule.py_type}", "<annotation>", "exec")  # raises SyntaxError when unbalanced
    assert rule.py_type.endswith("str") and rule.expr.startswith("Rule(")


def test_every_required_input_names_a_field_and_every_setting_a_value_of_its_enum() -> None:
    """``x-vimmerse-require-any`` / ``-when`` refer to the body's own fields, and a setting's
    ``values`` are members of that field's enum: a typo there would never trigger."""
    schemas = load_doc()["components"]["schemas"]
    for name, schema in schemas.items():
        props = schema.get("properties", {})
        groups = [*schema.get("x-vimmerse-require-any", ())]
        for need in schema.get("x-vimmerse-require-when", ()):
            assert need["field"] in props, f"{name}: x-vimmerse-require-when names no field {need['field']!r}"
            enum = _resolve(props[need["field"]])[1].get("enum")
            assert enum and set(need["values"]) <= set(enum), f"{name}: {need['values']} not in {enum}"
            groups += need["require-any"]
        for group in groups:
            assert isinstance(group, list) and group, f"{name}: a group is a non-empty list, not {group!r}"
            assert set(group) <= set(props), f"{name}: {set(group) - set(props)} are not fields"
