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
`diff_upstream_operations.py` reads each document into operations, `diff_upstream_compare.py`
compares them, and this script prints the report.

Usage: python tools/diff_upstream.py [--upstream PATH_OR_URL] [--ours openapi.yaml] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from diff_upstream_compare import Diff, diff_documents
from diff_upstream_operations import LoadError, load_document

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OURS = REPO_ROOT / "openapi.yaml"
DEFAULT_UPSTREAM = REPO_ROOT.parent / "shared" / "reference" / "vimmerse-swagger.json"


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
