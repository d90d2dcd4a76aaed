"""Upstream drift report: compare our `openapi.yaml` with the vendor's published OpenAPI document.

Why: `openapi.yaml` is hand-written and is the single source of truth of our client. When the vendor
publishes a new document, the team needs to know, per operation, what changed and whether anything
would break our client against the vendor's server. This tool answers that; it exits 1 only on
differences that break us (see `Diff.breaking`), 0 otherwise, 2 when a document cannot be loaded.

Why hand-written instead of an OpenAPI diff library (oasdiff, openapi-diff): those compare two
*versions of the same* document and need both to be valid. The vendor's document is OpenAPI 3.1, is
partly invalid (undeclared path parameters), uses different operationIds and mostly untyped responses
whose only description is an example payload. So both documents are loaded as plain JSON/YAML,
operations are matched by METHOD + path template, and `$ref`s are resolved here (local refs only).

Usage: python tools/diff_upstream.py [--upstream PATH_OR_URL] [--ours openapi.yaml] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OURS = REPO_ROOT / "openapi.yaml"
DEFAULT_UPSTREAM = REPO_ROOT.parent / "shared" / "reference" / "vimmerse-swagger.json"
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


@dataclass
class Difference:
    kind: str
    breaking: bool
    message: str
    field: str | None = None


@dataclass
class OperationReport:
    operation: str
    ours_id: str | None
    vendor_id: str | None
    matched: bool = True  # False: the vendor's document has no such METHOD + path
    differences: list[Difference] = field(default_factory=list)

    def add(self, kind: str, message: str, *, breaking: bool = False, name: str | None = None) -> None:
        self.differences.append(Difference(kind, breaking, message, name))


@dataclass
class Diff:
    ours: str
    upstream: str
    reports: list[OperationReport]
    not_covered: list[str]  # vendor operations we intentionally do not implement

    @property
    def breaking(self) -> list[Difference]:
        return [d for r in self.reports for d in r.differences if d.breaking]

    def summary(self) -> dict[str, int]:
        diffs = [d for r in self.reports for d in r.differences]
        return {
            "operations_ours": len(self.reports),
            "operations_matched": sum(r.matched for r in self.reports),
            "operations_not_covered_by_us": len(self.not_covered),
            "breaking": sum(d.breaking for d in diffs),
            "informational": sum(not d.breaking for d in diffs),
        }

    def to_json(self) -> dict[str, Json]:
        return {
            "ours": self.ours,
            "upstream": self.upstream,
            "summary": self.summary(),
            "operations": [asdict(r) for r in self.reports],
            "not_covered_by_us": self.not_covered,
        }


def _names(values: list[Json] | set[str]) -> str:
    return ", ".join(json.dumps(v) if not isinstance(v, str) or v == "" else v for v in values)


def compare_enums(
    rep: OperationReport, where: str, name: str, ours: list[Json] | None, vendor: list[Json] | None
) -> None:
    if ours is None and vendor is None:
        return
    if vendor is None:
        rep.add(
            "enum-vendor-free",
            f"{where} `{name}`: vendor: free string, ours: enum of {len(ours or [])}",
            name=name,
        )
    elif ours is None:
        rep.add(
            "enum-ours-free",
            f"{where} `{name}`: vendor: enum of {len(vendor)}, ours: free "
            f"(we may send values the vendor rejects)",
            name=name,
        )
    else:
        removed = [v for v in ours if v not in vendor]
        added = [v for v in vendor if v not in ours]
        if removed:
            rep.add(
                "enum-value-removed",
                f"{where} `{name}`: we send values the vendor does not list: {_names(removed)}",
                breaking=True,
                name=name,
            )
        if added:
            rep.add("enum-value-added", f"{where} `{name}`: vendor-only values: {_names(added)}", name=name)


def compare_operation(
    ours: Operation, vendor: Operation, ours_res: Resolver, vendor_res: Resolver
) -> OperationReport:
    rep = OperationReport(ours.label, ours.operation_id, vendor.operation_id)
    # Parameters. The vendor's document declares none at all (not even path parameters), so a
    # parameter it does not list breaks us only if it lists parameters in that location at all.
    for loc in PARAM_LOCATIONS:
        mine, theirs = ours.params[loc], vendor.params[loc]
        for name in sorted(set(mine) - set(theirs)):
            if loc == "path":
                rep.add(
                    "parameter-undeclared",
                    f"path parameter `{name}`: implied by the template but not declared by the vendor",
                    name=name,
                )
            else:
                rep.add(
                    "parameter-ours-only",
                    f"{loc} parameter `{name}`: ours only"
                    + ("" if theirs else f" (vendor declares no {loc} parameters)"),
                    breaking=bool(theirs),
                    name=name,
                )
        for name in sorted(set(theirs) - set(mine)):
            extra = " (required!)" if theirs[name] else ""
            rep.add("parameter-vendor-only", f"{loc} parameter `{name}`: vendor only{extra}", name=name)
    # Request content types: a type we send that the vendor no longer accepts breaks us.
    if ours.content_types != vendor.content_types:
        rep.add(
            "content-type-changed",
            f"request content type: ours {_names(ours.content_types) or 'none'}"
            f", vendor {_names(vendor.content_types) or 'none'}",
            breaking=bool(set(ours.content_types) - set(vendor.content_types)),
        )
    if vendor.body_required and not ours.body_required:
        rep.add("body-required", "request body: required by the vendor, optional in ours")
    # Request body fields.
    mine_p, theirs_p = ours.body_props or {}, vendor.body_props
    if theirs_p is None and mine_p and vendor.content_types:
        rep.add("body-free-form", "request body: the vendor's schema is free-form; fields not compared")
    elif theirs_p is not None or mine_p:
        theirs_p = theirs_p or {}
        for name in sorted(set(mine_p) - set(theirs_p)):
            # A field our document marks `x-vimmerse-source: seeds` (the vendor's guide's samples
            # send it) or `vendor-prose` (the vendor document's prose sends it) is known to be
            # missing from the vendor's schema: report it, but it is a reviewed decision, not news.
            source = mine_p[name].get("x-vimmerse-source") if isinstance(mine_p[name], dict) else None
            from_guide = source in ("seeds", "vendor-prose")
            rep.add(
                "field-ours-only",
                f"body field `{name}`: we send it, the vendor does not list it"
                + (" (documented in the vendor's guide only; reviewed)" if from_guide else ""),
                breaking=not from_guide,
                name=name,
            )
        for name in sorted(set(theirs_p) - set(mine_p)):
            req = " (required!)" if name in vendor.body_required_fields else ""
            rep.add("field-vendor-only", f"body field `{name}`: vendor only{req}", name=name)
        for name in sorted(set(mine_p) & set(theirs_p)):
            if name in vendor.body_required_fields and name not in ours.body_required_fields:
                rep.add(
                    "field-required",
                    f"body field `{name}`: required by the vendor, optional in ours",
                    name=name,
                )
            compare_enums(
                rep, "body field", name, ours_res.enum(mine_p[name]), vendor_res.enum(theirs_p[name])
            )
    # Response fields of the 200 response: informational (our responses are lenient by design).
    if ours.resp_fields is not None or vendor.resp_fields is not None:
        mine_r, theirs_r = ours.resp_fields or set(), vendor.resp_fields or set()
        note = f"vendor fields from its {vendor.resp_source}"
        if (
            ours.resp_envelopes != vendor.resp_envelopes
            and ours.resp_fields is not None
            and vendor.resp_fields is not None
        ):
            rep.add(
                "response-envelope",
                f"response 200: `data` envelopes: ours {ours.resp_envelopes}, "
                f"vendor {vendor.resp_envelopes} ({note})",
            )
        if vendor.resp_fields is None:
            rep.add("response-undeclared", f"response 200: {vendor.resp_source} on the vendor side")
        elif not theirs_r and mine_r:
            rep.add(
                "response-empty",
                f"response 200: the vendor's {vendor.resp_source} has no fields (ours: {len(mine_r)})",
            )
        else:
            if mine_r - theirs_r:
                rep.add(
                    "response-field-ours-only",
                    f"response 200 fields ours only ({note}): {_names(sorted(mine_r - theirs_r))}",
                )
            if theirs_r - mine_r:
                rep.add(
                    "response-field-vendor-only",
                    f"response 200 fields vendor only ({note}): {_names(sorted(theirs_r - mine_r))}",
                )
    return rep


def diff_documents(
    ours_doc: dict[str, Json],
    vendor_doc: dict[str, Json],
    ours_name: str = "ours",
    vendor_name: str = "upstream",
) -> Diff:
    mine, theirs = operations(ours_doc), operations(vendor_doc)
    ours_res, vendor_res = Resolver(ours_doc), Resolver(vendor_doc)
    reports = []
    for key, op in mine.items():
        if key not in theirs:
            rep = OperationReport(op.label, op.operation_id, None, matched=False)
            rep.add(
                "operation-removed",
                "operation: we call it, the vendor's document does not have it",
                breaking=True,
            )
            reports.append(rep)
        else:
            reports.append(compare_operation(op, theirs[key], ours_res, vendor_res))
    not_covered = [theirs[k].label for k in theirs if k not in mine]
    return Diff(ours_name, vendor_name, reports, not_covered)


def render_text(diff: Diff) -> str:
    lines = [
        f"Upstream drift: {diff.ours} vs {diff.upstream}",
        "Operations matched by METHOD + path template. [B] breaks our client (exit 1), [i] informational.",
        "",
    ]
    for rep in diff.reports:
        vendor = rep.vendor_id or "-"
        lines.append(f"{rep.operation}  (ours: {rep.ours_id}, vendor: {vendor})")
        if not rep.differences:
            lines.append("  no differences")
        for d in sorted(rep.differences, key=lambda d: not d.breaking):
            lines.append(f"  [{'B' if d.breaking else 'i'}] {d.message}")
        lines.append("")
    if diff.not_covered:
        lines.append(f"Not covered by us ({len(diff.not_covered)} vendor operations, informational):")
        groups: dict[str, list[str]] = {}
        for label in diff.not_covered:
            method, path = label.split(" ", 1)
            top = "/" + path.strip("/").split("/")[0]
            groups.setdefault(top, []).append(f"{method} {path}")
        for top, labels in groups.items():
            lines.append(f"  {top}: " + ", ".join(labels))
        lines.append("")
    s = diff.summary()
    lines.append(
        f"Summary: {s['operations_ours']} operations of ours, {s['operations_matched']} matched, "
        f"{s['operations_not_covered_by_us']} vendor operations not covered by us; "
        f"{s['breaking']} breaking, {s['informational']} informational differences."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ours", default=str(DEFAULT_OURS), help="our OpenAPI document (openapi.yaml)")
    parser.add_argument(
        "--upstream", default=None, help=f"vendor document, path or http(s) URL (default: {DEFAULT_UPSTREAM})"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    upstream = args.upstream or str(DEFAULT_UPSTREAM)
    if args.upstream is None and not DEFAULT_UPSTREAM.exists():
        print(
            f"diff-upstream: no vendor document at {DEFAULT_UPSTREAM}; pass --upstream PATH_OR_URL "
            "(make diff-upstream UPSTREAM=...)",
            file=sys.stderr,
        )
        return 2
    try:
        diff = diff_documents(load_document(args.ours), load_document(upstream), args.ours, upstream)
    except LoadError as exc:
        print(f"diff-upstream: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(diff.to_json(), indent=2))
    else:
        print(render_text(diff), end="")
    return 1 if diff.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
