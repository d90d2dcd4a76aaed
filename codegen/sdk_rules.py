"""Schemas of openapi.yaml as ``Rule(...)`` expressions and Python types, for ``sdk/operations.py``.

``Document`` resolves ``$ref`` and single ``allOf``; ``RuleBuilder`` renders each schema as a
``Rule(...)`` expression (shared object schemas become named constants) with the Python type a
method signature gives it and the words its help text adds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client import strings


def class_name(schema: str) -> str:
    return str(strings.ClassName(schema, "field_"))


def py_name(name: str) -> str:
    return str(strings.PythonIdentifier(name, "field_"))


def const(name: str) -> str:
    """``createMedia`` -> ``CREATE_MEDIA``."""
    return strings.snake_case(name).upper()


def input_groups(schema: str, value: Any, props: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """An ``x-vimmerse-require-any`` value (a list of lists of field names), checked."""
    if not isinstance(value, list) or not all(isinstance(g, list) and g for g in value):
        raise ValueError(f"{schema}: x-vimmerse-require-any is a list of lists of field names, not {value!r}")
    unknown = {n for g in value for n in g} - set(props)
    if unknown:
        raise ValueError(f"{schema}: x-vimmerse-require-any names no field {sorted(unknown)}")
    return tuple(tuple(group) for group in value)


class Document:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.schemas: dict[str, Any] = data.get("components", {}).get("schemas", {})

    def resolve(self, node: Any) -> tuple[str | None, dict[str, Any]]:
        """(schema name if it is a component, the schema), following $ref and single allOf."""
        name = None
        while isinstance(node, dict):
            if "$ref" in node:
                name = node["$ref"].rsplit("/", 1)[-1]
                node = self.schemas[name]
                continue
            if "allOf" in node and len(node["allOf"]) == 1 and "type" not in node:
                merged = {k: v for k, v in node.items() if k != "allOf"}
                inner_name, inner = self.resolve(node["allOf"][0])
                name = inner_name
                node = {**inner, **merged}
                break
            break
        return name, node


@dataclass
class Rule:
    """One rule, rendered as a ``Rule(...)`` expression and as a Python type for signatures."""

    expr: str
    py_type: str
    describe: str = ""
    imports: set[str] = field(default_factory=set)


def _range(schema: dict[str, Any]) -> str:
    lo, hi = schema.get("minimum"), schema.get("maximum")
    if lo is not None and hi is not None:
        return f"{lo}..{hi}"
    if lo is not None:
        return f">= {lo}"
    if hi is not None:
        return f"<= {hi}"
    return ""


class RuleBuilder:
    """Turns a schema into a ``Rule(...)`` expression; shared object rules become named constants."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.objects: dict[str, str] = {}  # schema name -> rendered Rule expression
        self.order: list[str] = []
        self.models: set[str] = set()

    def rule(self, node: Any) -> Rule:
        name, schema = self.doc.resolve(node)
        r = self._rule(name, schema)
        extra = {k: v for k, v in self._doc_args(schema).items()}
        if extra and r.expr.startswith("Rule("):
            r.expr = r.expr[:-1] + "".join(f", {k}={v!r}" for k, v in extra.items()) + ")"
        return r

    @staticmethod
    def _doc_args(schema: dict[str, Any]) -> dict[str, Any]:
        """What a help text shows: the description, the service's default, deprecation."""
        out: dict[str, Any] = {}
        text = " ".join(str(schema.get("description", "")).split())
        if text:
            out["description"] = text
        if "default" in schema:
            out["default"] = schema["default"]
        if schema.get("deprecated"):
            out["deprecated"] = True
        return out

    def _rule(self, name: str | None, schema: dict[str, Any]) -> Rule:
        args: dict[str, Any] = {}
        words: list[str] = []
        imports: set[str] = set()
        if "enum" in schema:
            assert name, "enums are named schemas (tests/contract/test_document.py)"
            cls = class_name(name)
            imports.add(cls)
            self.models.add(cls)
            base = "int" if schema.get("type") == "integer" else "str"
            return Rule(f'Rule("enum", enum_ref="{cls}")', f"{cls} | {base}", f"a {cls}", imports)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            assert name, "objects are named schemas"
            self.object_rule(name)
            cls = class_name(name)
            return Rule(
                f"{const(name)}_RULE",
                f"{cls} | Mapping[str, Any]",
                f"a {cls} (or a dict of its fields)",
                {cls},
            )
        if kind == "array":
            item = self.rule(schema.get("items", {}))
            args["items"] = item.expr
            for key, arg in (("minItems", "min_items"), ("maxItems", "max_items")):
                if key in schema:
                    args[arg] = schema[key]
            if "minItems" in schema or "maxItems" in schema:
                words.append(f"{schema.get('minItems', 0)}..{schema.get('maxItems', 'any')} items")
            if item.py_type == "FileInput":
                py_type = "Sequence[FileInput] | FileInput"
            elif item.py_type == "str":
                py_type = "Sequence[str] | str"
            else:
                py_type = f"Sequence[{item.py_type}]"
            return Rule(self._expr("array", args), py_type, ", ".join(words), item.imports)
        if kind == "string" and schema.get("format") == "binary":
            return Rule('Rule("file")', "FileInput", "a path, bytes or a binary file")
        if kind == "string" and "x-vimmerse-json" in schema:
            content = self.rule(schema["x-vimmerse-json"])
            args["content"] = content.expr
            if content.py_type.startswith("Sequence[") and content.py_type.endswith("]"):
                inner = content.py_type[len("Sequence[") : -1]
                py_type = f"Sequence[{inner} | Mapping[str, Any]] | str"
            elif content.py_type.endswith(" | str"):
                py_type = content.py_type  # a list of texts (or one): the JSON text is a str already
            else:
                py_type = f"{content.py_type} | str"
            return Rule(
                self._expr("json", args), py_type, f"{content.describe} or its JSON text", content.imports
            )
        py_type, json_kind = {
            "string": ("str", "string"),
            "integer": ("int", "integer"),
            "number": ("float", "number"),
            "boolean": ("bool", "boolean"),
        }.get(kind or "", ("Any", "any"))
        for key, arg in (
            ("minimum", "minimum"),
            ("maximum", "maximum"),
            ("minLength", "min_length"),
            ("maxLength", "max_length"),
            ("pattern", "pattern"),
            ("format", "format"),
        ):
            if key in schema:
                args[arg] = schema[key]
        if _range(schema):
            words.append(_range(schema))
        if "minLength" in schema or "maxLength" in schema:
            words.append(f"{schema.get('minLength', 0)}..{schema.get('maxLength', 'any')} characters")
        return Rule(self._expr(json_kind, args), py_type, ", ".join(words))

    @staticmethod
    def _expr(kind: str, args: dict[str, Any]) -> str:
        parts = [f'"{kind}"'] + [
            f"{k}={v if k in ('items', 'content') else repr(v)}" for k, v in args.items()
        ]
        return f"Rule({', '.join(parts)})"

    def object_rule(self, name: str) -> str:
        if name in self.objects:
            return f"{const(name)}_RULE"
        self.objects[name] = ""  # cycles: refer to the constant by name
        schema = self.doc.schemas[name]
        cls = class_name(name)
        self.models.add(cls)
        fields = []
        for prop, sub in schema.get("properties", {}).items():
            r = self.rule(sub)
            fields.append(f'"{prop}": {r.expr}')
        args = [
            '"object"',
            f'model_ref="{cls}"',
            "fields={" + ", ".join(fields) + "}",
        ]
        if schema.get("required"):
            args.append(f"required={tuple(schema['required'])!r}")
        if schema.get("additionalProperties") is False:
            args.append("additional=False")
        for key, arg in (
            ("minProperties", "min_properties"),
            ("x-vimmerse-charged-fields", "charged_fields"),
        ):
            if key in schema:
                value = schema[key]
                args.append(f"{arg}={tuple(value) if isinstance(value, list) else value!r}")
        props = schema.get("properties") or {}
        if schema.get("x-vimmerse-require-any"):
            groups = input_groups(name, schema["x-vimmerse-require-any"], props)
            args.append(f"require_any={groups!r}")
        if schema.get("x-vimmerse-require-when"):
            needs = []
            for need in schema["x-vimmerse-require-when"]:
                if need.get("field") not in props or not need.get("values"):
                    raise ValueError(f"{name}: x-vimmerse-require-when needs a body field and its values")
                groups = input_groups(name, need.get("require-any"), props)
                needs.append(f"Requirement({need['field']!r}, {tuple(need['values'])!r}, {groups!r})")
            args.append(f"require_when=({', '.join(needs)},)")
        self.objects[name] = f"Rule({', '.join(args)})"
        self.order.append(name)
        return f"{const(name)}_RULE"
