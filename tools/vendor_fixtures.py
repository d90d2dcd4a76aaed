"""Extract the vendor document's examples into tests/fixtures, for every operation we cover.

    .venv/bin/python tools/vendor_fixtures.py [--vendor ../shared/reference/vimmerse-swagger.json]

For each vendor operation that matches one of openapi.yaml's (same method and path template), it
writes ``vendor__<operationId>__response_<status>.json`` (each response ``example``) and
``vendor__<operationId>__request_property_examples.json`` (the request body schema's per-property
``examples``, as ``{property: [examples]}``), adds their entries to ``_meta.json`` and rewrites
the table of ``INDEX.md`` from ``_meta.json``.

Entries already in ``_meta.json`` keep what was decided about them (``expect_invalid``, ``note``):
the tool only adds. The vendor document is not committed (its licence is the vendor's); the
fixtures are the few example values the contract tests need, each naming where it came from.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
METHODS = ("get", "put", "post", "delete", "patch")


def _template(path: str) -> str:
    """The path with its parameter names erased: ``/asset/{asset_id}`` -> ``/asset/{}``."""
    return re.sub(r"\{[^}]+\}", "{}", path)


def _ours(spec: dict[str, Any]) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(method, template) -> (operationId, request media type) of openapi.yaml."""
    found = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                content = (op.get("requestBody") or {}).get("content") or {}
                found[(method, _template(path))] = (op["operationId"], next(iter(content), None))
    return found


def _resolve(vendor: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = vendor["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _write(name: str, payload: Any) -> None:
    (FIXTURES / name).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(vendor: dict[str, Any], spec: dict[str, Any], meta: dict[str, dict[str, Any]]) -> list[str]:
    """Write the fixtures missing from ``meta``; returns the names added."""
    ours = _ours(spec)
    added = []
    for path, item in vendor["paths"].items():
        for method in METHODS:
            if method not in item or (method, _template(path)) not in ours:
                continue
            op_id, media_type = ours[(method, _template(path))]
            op = item[method]
            for status, response in sorted(op.get("responses", {}).items()):
                for content in (response.get("content") or {}).values():
                    if "example" not in content:
                        continue
                    name = f"vendor__{op_id}__response_{status}.json"
                    if name not in meta:
                        _write(name, content["example"])
                        meta[name] = {
                            "source": f"vendor-swagger paths.{path}.{method}.responses.{status}.example",
                            "operation": op_id,
                            "kind": "response",
                            "status": status,
                        }
                        added.append(name)
            body = ((op.get("requestBody") or {}).get("content") or {}).values()
            for content in body:
                ref = content.get("schema", {}).get("$ref")
                if not ref:
                    continue
                props = _resolve(vendor, content["schema"]).get("properties", {})
                examples = {
                    k: v["examples"] for k, v in props.items() if isinstance(v, dict) and v.get("examples")
                }
                name = f"vendor__{op_id}__request_property_examples.json"
                if examples and name not in meta:
                    _write(name, examples)
                    schema_name = ref.rsplit("/", 1)[-1]
                    meta[name] = {
                        "source": f"vendor-swagger #/components/schemas/{schema_name} properties.*.examples",
                        "operation": op_id,
                        "kind": "request_property_examples",
                        "media_type": media_type,
                    }
                    added.append(name)
    return added


def index_table(meta: dict[str, dict[str, Any]]) -> str:
    rows = ["| file | kind | operation | schema / status | contradiction (decision) |"]
    rows.append("|---|---|---|---|---|")
    for name in sorted(meta):
        entry = meta[name]
        notes = [entry["note"]] if entry.get("note") else []
        notes += [f"`{field}`: {text}" for field, text in (entry.get("expect_invalid") or {}).items()]
        why = "; ".join(notes)
        what = entry.get("schema") or entry.get("status") or ""
        rows.append(f"| {name} | {entry['kind']} | {entry.get('operation', '')} | {what} | {why} |")
    return "\n".join(rows) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    vendor_default = ROOT.parent / "shared" / "reference" / "vimmerse-swagger.json"
    ap.add_argument("--vendor", type=Path, default=vendor_default)
    ap.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    args = ap.parse_args()
    vendor = json.loads(args.vendor.read_text(encoding="utf-8"))
    spec = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
    meta_path = FIXTURES / "_meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    added = extract(vendor, spec, meta)
    ordered = dict(sorted(meta.items()))
    meta_path.write_text(json.dumps(ordered, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    index = FIXTURES / "INDEX.md"
    text = index.read_text(encoding="utf-8")
    head = text[: text.index("| file | kind |")]
    index.write_text(head + index_table(meta), encoding="utf-8")
    print(f"{len(added)} fixtures added, {len(meta)} in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
