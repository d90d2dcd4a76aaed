"""The operations of openapi.yaml as ``Op`` records: parameters, body, credits, job and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client import strings
from sdk_rules import Document, Rule, RuleBuilder, class_name, const, py_name

METHODS = ("get", "put", "post", "delete", "patch")
ENCODINGS = {
    "multipart/form-data": "multipart",
    "application/x-www-form-urlencoded": "form",
    "application/json": "json",
}


@dataclass
class Param:
    name: str  # JSON / wire name
    py: str
    py_type: str
    doc: str
    rule: str
    location: str  # path | query | body


@dataclass
class Op:
    operation_id: str
    const: str
    method: str
    path: str
    tag: str
    sdk_method: str
    summary: str
    description: str
    credits: str
    job: str | None
    encoding: str | None
    body_rule: str | None
    params: list[Param]
    response: str | None
    returns: str
    envelope: str | None
    binary: bool


def describe(schema: dict[str, Any], rule: Rule) -> str:
    text = " ".join(str(schema.get("description", "")).split())
    extra = [w for w in (rule.describe,) if w]
    if "default" in schema:
        extra.append(f"service default {schema['default']!r}")
    if schema.get("deprecated"):
        extra.append("deprecated")
    if extra:
        text = (text + " " if text else "") + "(" + "; ".join(extra) + ")"
    return text or "-"


def build(doc: Document) -> tuple[list[Op], RuleBuilder, dict[str, Any]]:
    rules = RuleBuilder(doc)
    ops: list[Op] = []
    for path, item in doc.data["paths"].items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            oid = op["operationId"]
            params: list[Param] = []
            for p in shared + op.get("parameters", []):
                if "$ref" in p:
                    p = doc.data["components"]["parameters"][p["$ref"].rsplit("/", 1)[-1]]
                if p["in"] not in ("path", "query"):
                    continue  # headers (Range) belong to the transport
                r = rules.rule(p["schema"])
                params.append(
                    Param(
                        p["name"],
                        py_name(p["name"]),
                        r.py_type,
                        describe({**p["schema"], **p}, r),
                        r.expr,
                        p["in"],
                    )
                )
            encoding = body_rule = None
            body = op.get("requestBody")
            if body:
                (media_type, content), *_ = body["content"].items()
                encoding = ENCODINGS[media_type]
                ref = content["schema"]
                name, schema = doc.resolve(ref)
                assert name, f"{oid}: request bodies are named schemas"
                body_rule = rules.object_rule(name)
                if schema.get("properties"):
                    for prop, sub in schema["properties"].items():
                        r = rules.rule(sub)
                        _, resolved = doc.resolve(sub)
                        params.append(
                            Param(
                                prop,
                                py_name(prop),
                                r.py_type,
                                describe({**resolved, **sub}, r),
                                r.expr,
                                "body",
                            )
                        )
            ok = op["responses"].get("200") or op["responses"].get("201") or {}
            if "$ref" in ok:
                ok = doc.data["components"]["responses"][ok["$ref"].rsplit("/", 1)[-1]]
            content = ok.get("content", {})
            binary = bool(content) and "application/json" not in content
            response = returns = envelope = None
            if "application/json" in content:
                rname, rschema = doc.resolve(content["application/json"]["schema"])
                response = class_name(rname) if rname else None
                props = rschema.get("properties", {})
                if list(props) == ["data"] and "$ref" in props["data"]:
                    envelope = "data"
                    returns = class_name(props["data"]["$ref"].rsplit("/", 1)[-1])
                else:
                    returns = response
                rules.models.update(x for x in (response, returns) if x)
            credits = op.get("x-vimmerse-credits") or ("free" if method == "get" else "charged")
            ops.append(
                Op(
                    operation_id=oid,
                    const=const(oid),
                    method=method.upper(),
                    path=path,
                    tag=op.get("tags", ["default"])[0],
                    sdk_method=op.get("x-vimmerse-method") or strings.snake_case(oid),
                    summary=" ".join(str(op.get("summary", "")).split()),
                    description=str(op.get("description", "")).strip(),
                    credits=credits,
                    job=op.get("x-vimmerse-job"),
                    encoding=encoding,
                    body_rule=body_rule,
                    params=params,
                    response=response,
                    returns="Path" if binary else (returns or "Any"),
                    envelope=envelope,
                    binary=binary,
                )
            )
    jobs = doc.data.get("components", {}).get("x-vimmerse-jobs", {})
    return ops, rules, jobs


def file_is_list(doc: Document, result: Op, field: str) -> bool:
    """Whether the job's file field (``x-vimmerse-jobs.<kind>.file``) of the result object is an
    array of URLs (an asset's ``results``) rather than one URL (a story's ``video_url``)."""
    node = doc.data["paths"][result.path][result.method.lower()]["responses"]
    ok = node.get("200") or node.get("201") or {}
    if "$ref" in ok:
        ok = doc.data["components"]["responses"][ok["$ref"].rsplit("/", 1)[-1]]
    _, schema = doc.resolve(ok["content"]["application/json"]["schema"])
    if result.envelope:
        _, schema = doc.resolve(schema["properties"][result.envelope])
    _, prop = doc.resolve(schema.get("properties", {}).get(field, {}))
    return prop.get("type") == "array"
