"""Are the generated clients typed right? Every property of every named object schema reachable
from a response or a webhook payload must exist in each client and not be an opaque type (``Any``,
``interface{}``, ``Object``, ``unknown``...); exceptions are listed in typing-exceptions.txt."""

from __future__ import annotations

import json
import re
from typing import Any

from build import run, tail
from targets import E2E, HERE, OUT, Target


def response_schemas(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Named object schemas reachable from any response or webhook payload: name -> schema."""
    schemas = doc["components"]["schemas"]
    found: dict[str, dict[str, Any]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if name not in found and schemas[name].get("type") == "object":
                    found[name] = schemas[name]
                    walk(schemas[name])
                return
            for key, value in node.items():
                if not key.startswith("x-"):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    def walk_response(resp: dict[str, Any]) -> None:
        if "$ref" in resp:
            resp = doc["components"]["responses"][resp["$ref"].rsplit("/", 1)[-1]]
        walk(resp.get("content", {}))

    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for resp in op["responses"].values():
                walk_response(resp)
            for callback in op.get("callbacks", {}).values():  # what the service sends us
                for cb_item in callback.values():
                    for cb_op in cb_item.values():
                        walk(cb_op.get("requestBody", {}))
    return found


def concrete(prop: dict[str, Any]) -> bool:
    """Does the document give this property a concrete type (not a free-form value)?"""
    if "$ref" in prop or prop.get("type") or "enum" in prop:
        return True
    return any(key in prop for key in ("allOf", "anyOf", "oneOf"))


OPAQUE = {
    "python": re.compile(r"\bAny\b|\bobject\b"),
    "go": re.compile(r"interface\{\}|\bany\b"),
    "java": re.compile(r"^(Object|Map<String, Object>|List<Object>)$"),
    "ts": re.compile(
        r"^(any|unknown|\{\}|object|Record<string, (unknown|any|never)>"
        r"|\{ \[key: string\]: (any|unknown); \})(\[\])?$"
    ),
}


def snake(name: str) -> str:
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z\d])([A-Z])", r"\1_\2", s).lower()


def python_types(target: Target, names: list[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for name in names:
        path = target.out / "vimmerse_oag" / "models" / f"{snake(name)}.py"
        if not path.exists():
            continue
        props: dict[str, str] = {}
        in_class = False
        for line in path.read_text().splitlines():
            if line.startswith(f"class {name}("):
                in_class = True
                continue
            if in_class and re.match(r"^\S", line):
                break
            m = re.match(r"^    (\w+): (.+?)(?: = (Field\(.*\)|None|.*))?$", line) if in_class else None
            if (
                m
                and not m.group(1).startswith("_")
                and m.group(1) not in ("model_config", "additional_properties")
            ):
                alias = re.search(r'alias="([^"]+)"', line)
                props[alias.group(1) if alias else m.group(1)] = m.group(2)
        out[name] = props
    return out


def go_types(target: Target, names: list[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for name in names:
        path = target.out / f"model_{snake(name)}.go"
        if not path.exists():
            continue
        text = path.read_text()
        body = re.search(rf"^type {name} struct \{{\n(.*?)^\}}", text, re.S | re.M)
        if not body:
            continue
        props = {}
        for m in re.finditer(r'^\t\w+ (\S+) `json:"([^",]+)', body.group(1), re.M):
            props[m.group(2)] = m.group(1).lstrip("*")
        out[name] = props
    return out


def java_types(target: Target, names: list[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    base = target.out / "src" / "main" / "java" / "net" / "vimmerse" / "client" / "model"
    for name in names:
        path = base / f"{name}.java"
        if not path.exists():
            continue
        props: dict[str, str] = {}
        pending: str | None = None
        for line in path.read_text().splitlines():
            m = re.match(r'^  public static final String JSON_PROPERTY_\w+ = "([^"]+)";', line)
            if m:
                pending = m.group(1)
                continue
            m = re.match(r"^  private (.+?) \w+( = .*)?;$", line)
            if m and pending:
                props[pending] = m.group(1)
                pending = None
        out[name] = props
    return out


def ts_types(target: Target, names: list[str]) -> dict[str, dict[str, str]]:
    """Property types as the TypeScript checker prints them (polyglot/e2e/ts/types.mjs)."""
    if target.name == "oag-typescript-fetch":
        module, expr = "./oag-typescript-fetch/src/models/index", "{name}"
    elif target.name == "hey-api":
        module, expr = "./hey-api/types.gen", "{name}"
    else:
        module, expr = "./openapi-typescript/schema", "components['schemas']['{name}']"
    probe = OUT / f"types-probe-{target.name}.ts"
    exported = {n: n for n in names}
    if target.name == "hey-api":  # it renames some (HTTPValidationError -> HttpValidationError)
        declared = re.findall(r"^export type (\w+) = ", (target.out / "types.gen.ts").read_text(), re.M)
        by_lower = {d.lower(): d for d in declared}
        exported = {n: by_lower[n.lower()] for n in names if n.lower() in by_lower}
    imported = "components" if target.name == "openapi-typescript" else ", ".join(exported.values())
    lines = [f"import type {{ {imported} }} from '{module}';"]
    lines += [f"export type Probe_{n} = {expr.format(name=e)};" for n, e in exported.items()]
    probe.write_text("\n".join(lines) + "\n")
    code, text = run(["node", str(E2E / "ts" / "types.mjs"), str(probe)], cwd=HERE)
    if code != 0:
        raise RuntimeError("types.mjs failed:\n" + tail(text))
    found = {k.removeprefix("Probe_"): v for k, v in json.loads(text).items()}
    if target.name == "oag-typescript-fetch":  # camelCase properties: map back to the JSON names
        for name, props in found.items():
            model = (target.out / "src" / "models" / f"{name}.ts").read_text()
            pairs = re.findall(r"^\s+'(\w+)': .*?json\['([^']+)'\]", model, re.M)
            found[name] = {json_name: props[ts_name] for ts_name, json_name in pairs if ts_name in props}
    return found


TYPE_READERS = {"python": python_types, "go": go_types, "java": java_types, "ts": ts_types}


def allof_enum_parameters(doc: dict[str, Any]) -> set[str]:
    """``operation(parameter)`` (the python target's names) of every form-body field written
    ``allOf: [{$ref: <an enum>}]`` (+ ``default``/``description``), which that target types Any."""
    schemas = doc["components"]["schemas"]
    found = set()
    for item in doc["paths"].values():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete", "patch") or "requestBody" not in op:
                continue
            snake = re.sub(r"(?<!^)(?=[A-Z])", "_", op["operationId"]).lower()
            for media_type, content in op["requestBody"]["content"].items():
                if media_type == "application/json":
                    continue
                body = schemas[content["schema"]["$ref"].rsplit("/", 1)[-1]]
                for name, prop in body.get("properties", {}).items():
                    members = prop.get("allOf", [])
                    wraps_one_ref = len(members) == 1 and "$ref" in members[0]
                    if wraps_one_ref and "enum" in schemas[members[0]["$ref"].rsplit("/", 1)[-1]]:
                        found.add(f"{snake}({name})")
    return found


def check_types(
    target: Target, doc: dict[str, Any], exceptions: set[tuple[str, str]]
) -> tuple[bool, list[str]]:
    schemas = response_schemas(doc)
    generated = TYPE_READERS[target.language](target, sorted(schemas))
    problems: list[str] = []
    excused: list[str] = []
    checked = 0
    for name, schema in sorted(schemas.items()):
        if name not in generated:
            problems.append(f"{name}: no generated type found")
            continue
        for prop, prop_schema in schema.get("properties", {}).items():
            if not concrete(prop_schema):
                continue
            typ = generated[name].get(prop)
            checked += 1
            if typ is None:
                problems.append(f"{name}.{prop}: property missing from the generated type")
            elif OPAQUE[target.language].search(typ.replace(" | undefined", "").replace(" | null", "")):
                where = (target.name, f"{name}.{prop}")
                (excused if where in exceptions else problems).append(f"{name}.{prop}: {typ}")
    if target.language == "python":  # form parameters typed Any
        wrapped = allof_enum_parameters(doc)
        for api in sorted((target.out / "vimmerse_oag" / "api").glob("*_api.py")):
            for m in re.finditer(r"^    def (\w+)\(\n(.*?)\n    \)", api.read_text(), re.M | re.S):
                if m.group(1).endswith(("_with_http_info", "_without_preload_content", "_serialize")):
                    continue
                for param in re.findall(r"^        ([a-z]\w*): (.*),$", m.group(2), re.M):
                    checked += 1
                    if OPAQUE["python"].search(param[1].split("Field(")[0]):
                        call = f"{m.group(1)}({param[0]})"
                        if call in wrapped:
                            excused.append(f"request parameter {call}: allOf-wrapped enum in a form body")
                            continue
                        listed = (target.name, call) in exceptions
                        (excused if listed else problems).append(f"request parameter {call}: {param[1]}")
    notes = [f"{checked} response properties and request parameters checked"]
    notes += [f"accepted (typing-exceptions.txt): {e}" for e in excused]
    return not problems, notes + problems
