"""Read an OpenAPI document, ours or the vendor's, into ``Operation`` records ``diff_upstream`` compares.

Documents are loaded as plain JSON/YAML without validating them, and local ``$ref``s are resolved
here: the vendor's document is not trusted to be well-formed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PARAM_LOCATIONS = ("path", "query", "header")

Json = Any


class LoadError(Exception):
    """A document could not be read or parsed (exit code 2)."""


def load_document(source: str | Path) -> dict[str, Json]:
    """Load a JSON or YAML document from a path or an http(s) URL, without validating it."""
    text: str
    if isinstance(source, str) and re.match(r"^https?://", source):
        import httpx  # only needed for URLs; tests never use the network

        try:
            resp = httpx.get(source, timeout=30.0, follow_redirects=True)
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            raise LoadError(f"cannot fetch {source}: {exc}") from exc
        text = resp.text
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise LoadError(f"cannot read {source}: {exc}") from exc
    try:
        doc = json.loads(text)
    except ValueError:
        try:
            doc = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise LoadError(f"{source} is neither JSON nor YAML: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        raise LoadError(f"{source} has no `paths` object; is it an OpenAPI document?")
    return doc


def _dict(node: Json) -> dict[str, Json]:
    """`node` if it is a mapping, else `{}`: the vendor's document is not trusted to be well-formed."""
    return node if isinstance(node, dict) else {}


def _list(node: Json) -> list[Json]:
    return node if isinstance(node, list) else []


class Resolver:
    """Resolves local `$ref`s (`#/a/b`) of one document; unknown or external refs resolve to `{}`."""

    def __init__(self, doc: dict[str, Json]) -> None:
        self.doc = doc

    def deref(self, node: Json) -> dict[str, Json]:
        """The object `node` stands for, following `$ref`s; `{}` for a non-object or a broken ref."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}
            seen.add(ref)
            target: Json = self.doc
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part) if isinstance(target, dict) else None
            # Siblings of $ref (3.1 allows e.g. `title`) are kept, the target wins on conflicts.
            extra = {k: v for k, v in node.items() if k != "$ref"}
            node = {**extra, **target} if isinstance(target, dict) else {}
        return _dict(node)

    def properties(self, schema: Json, depth: int = 0) -> dict[str, Json] | None:
        """Properties of an object schema, merging `allOf`; None when it declares none (free-form)."""
        schema = self.deref(schema)
        if depth > 20:
            return None
        props: dict[str, Json] | None = None
        if isinstance(schema.get("properties"), dict):
            props = {str(k): v for k, v in schema["properties"].items()}
        for sub in _list(schema.get("allOf")):
            more = self.properties(sub, depth + 1)
            if more is not None:
                props = {**(props or {}), **more}
        return props

    def required(self, schema: Json, depth: int = 0) -> set[str]:
        schema = self.deref(schema)
        req = {str(name) for name in _list(schema.get("required"))}
        for sub in _list(schema.get("allOf")) if depth < 20 else []:
            req |= self.required(sub, depth + 1)
        return req

    def enum(self, schema: Json, depth: int = 0) -> list[Json] | None:
        """The values a field accepts, following $ref/allOf/anyOf/oneOf and array items; None = free.

        `anyOf`/`oneOf` are an enum only when every non-null branch is one (a free string branch,
        as in our lenient response schemas, makes the field free); `allOf` takes the first enum.
        """
        schema = self.deref(schema)
        if depth > 20:
            return None
        if isinstance(schema.get("enum"), list):
            return [v for v in schema["enum"] if v is not None]
        if "const" in schema:
            return [schema["const"]]
        for sub in _list(schema.get("allOf")):
            found = self.enum(sub, depth + 1)
            if found is not None:
                return found
        branches = _list(schema.get("anyOf")) + _list(schema.get("oneOf"))
        branches = [b for b in branches if self.deref(b).get("type") != "null"]
        if branches:
            values: list[Json] = []
            for sub in branches:
                found = self.enum(sub, depth + 1)
                if found is None:
                    return None
                values += [v for v in found if v not in values]
            return values
        if schema.get("type") == "array" and "items" in schema:
            return self.enum(schema["items"], depth + 1)
        return None


@dataclass
class Operation:
    method: str
    path: str
    operation_id: str | None
    params: dict[str, dict[str, bool]]  # location -> name -> required
    content_types: list[str]
    body_required: bool
    body_props: dict[str, Json] | None  # None: no body, or a free-form body
    body_required_fields: set[str]
    resp_fields: set[str] | None
    resp_source: str  # where resp_fields came from, said in the report
    resp_envelopes: int  # how many `{"data": ...}` envelopes wrap resp_fields

    @property
    def key(self) -> str:
        """METHOD + path template with parameter names erased: `{id}` and `{media_id}` match."""
        return f"{self.method.upper()} {re.sub(r'{[^}]*}', '{}', self.path)}"

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def _example_of(media: dict[str, Json]) -> Json:
    if "example" in media:
        return media["example"]
    for ex in _dict(media.get("examples")).values():
        if isinstance(ex, dict) and "value" in ex:
            return ex["value"]
    return None


def _fields(payload: Json) -> tuple[set[str] | None, int]:
    """Field names of an example payload, below its `{"data": ...}` envelopes, and how many there are.

    Both APIs wrap payloads in `data`; counting the envelopes makes an example that wraps twice
    (the vendor's getMedia example does) show up as one envelope difference, not as every field.
    """
    depth = 0
    while isinstance(payload, dict) and set(payload) == {"data"} and isinstance(payload["data"], dict):
        payload, depth = payload["data"], depth + 1
    return (set(payload) if isinstance(payload, dict) else None), depth


def response_fields(res: Resolver, op: dict[str, Json]) -> tuple[set[str] | None, str, int]:
    """Fields of the 200 JSON response, from its schema, else from its example payload (and says so)."""
    responses = _dict(op.get("responses"))
    resp = res.deref(next((v for k, v in responses.items() if str(k) == "200"), None))  # YAML: int keys
    media = res.deref(_dict(resp.get("content")).get("application/json"))
    if not media:
        return None, "no JSON 200 response", 0
    schema = media.get("schema") or {}
    example = _example_of(media) or _example_of(res.deref(schema))
    props = res.properties(schema)
    if props:
        depth = 0
        while set(props) == {"data"} and (inner := res.properties(props["data"])):
            props, depth = inner, depth + 1
        ex_fields, ex_depth = _fields(example)
        if depth == 0 and ex_depth > 0 and ex_fields is not None:
            # The vendor's StoryResponse schema describes what its examples put inside `data`.
            return set(props), "schema (inside the `data` envelope its example shows)", ex_depth
        return set(props), "schema", depth
    fields, depth = _fields(example)
    if fields is not None:
        return fields, "example payload (the schema declares no fields)", depth
    return None, "schema declares no fields and there is no example", 0


def operations(doc: dict[str, Json]) -> dict[str, Operation]:
    res = Resolver(doc)
    out: dict[str, Operation] = {}
    for path, raw_item in _dict(doc.get("paths")).items():
        item = res.deref(raw_item)
        shared = _list(item.get("parameters"))
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params: dict[str, dict[str, bool]] = {loc: {} for loc in PARAM_LOCATIONS}
            for p in [res.deref(p) for p in shared + _list(op.get("parameters"))]:
                if p.get("in") in params and "name" in p:
                    params[p["in"]][str(p["name"])] = bool(p.get("required"))
            body = res.deref(op.get("requestBody"))
            content = {str(k): v for k, v in _dict(body.get("content")).items()}
            props = None
            req: set[str] = set()
            # The first media type's schema: ours have one per operation, and so do the vendor's.
            for media in content.values():
                schema = res.deref(media).get("schema") or {}
                props = res.properties(schema)
                req = res.required(schema)
                break
            fields, source, envelopes = response_fields(res, op)
            operation = Operation(
                method=method,
                path=str(path),
                operation_id=op.get("operationId"),
                params=params,
                content_types=sorted(content),
                body_required=bool(body.get("required")),
                body_props=props,
                body_required_fields=req,
                resp_fields=fields,
                resp_source=source,
                resp_envelopes=envelopes,
            )
            out[operation.key] = operation
    return out
