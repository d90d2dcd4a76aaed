"""A verification: exchanges checked as they are recorded, and the report they make.

``Verification.add`` checks one exchange (``_check.check``) and keeps it; ``report()`` is the
summary as data (what ``report.json`` holds); ``write(dir)`` writes ``exchanges.har``,
``report.json``, ``junit.xml`` (one test case per operation exercised) and ``report.html``.
"""

from __future__ import annotations

import json
import threading
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ._check import Finding, Observation, check, object_properties
from ._document import Contract
from ._html import render_html
from ._record import Exchange, Recording

RECORDING = "exchanges.har"
_MAX_DEPTH = 12


class Verification:
    def __init__(self, contract: Contract) -> None:
        self.contract = contract
        self.recording = Recording()
        self._lock = threading.Lock()
        self.observations: list[Observation] = []

    def add(self, exchange: Exchange) -> Observation:
        headers = {k.lower(): v for k, v in exchange.response_headers}
        obs = check(
            self.contract, exchange.method, exchange.path, exchange.status, headers, exchange.response_body
        )
        with self._lock:
            index = self.recording.add(exchange)
            obs.findings = [
                Finding(f.kind, f.operation, f.status, f.field, f.detail, index) for f in obs.findings
            ]
            self.observations.append(obs)
        return obs

    def findings(self) -> list[Finding]:
        with self._lock:
            return [f for obs in self.observations for f in obs.findings]

    def report(self) -> dict[str, Any]:
        with self._lock:
            observations = list(self.observations)
        return build_report(self.contract, observations)

    def write(self, directory: Path) -> dict[str, Any]:
        directory.mkdir(parents=True, exist_ok=True)
        report = self.report()
        noted: dict[int, list[str]] = defaultdict(list)
        for f in self.findings():
            noted[f.exchange].append(f.line())
        comments = {index: "\n".join(lines) for index, lines in noted.items()}
        self.recording.write(directory / RECORDING, comments)
        (directory / "report.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        (directory / "junit.xml").write_bytes(junit_xml(report))
        (directory / "report.html").write_text(render_html(report), encoding="utf-8")
        return report


def build_report(contract: Contract, observations: list[Observation]) -> dict[str, Any]:
    by_op: dict[str, list[Observation]] = defaultdict(list)
    for obs in observations:
        by_op[obs.operation or obs.findings[0].operation].append(obs)
    groups: dict[tuple[str, str, int, str], dict[str, Any]] = {}
    for obs in observations:
        for f in obs.findings:
            key = (f.kind, f.operation, f.status, f.field)
            group = groups.setdefault(key, {**_finding(f), "count": 0, "exchanges": []})
            group["count"] += 1
            if len(group["exchanges"]) < 5:
                group["exchanges"].append(f.exchange)
    wire: Counter[tuple[str, str, str, bool]] = Counter()
    for obs in observations:
        for path, form, declared in obs.wire:
            wire[(obs.operation or "", path, form, declared)] += 1
    undeclared: dict[tuple[str, str], dict[str, Any]] = {}
    for obs in observations:
        for path, shown in obs.undeclared:
            entry = undeclared.setdefault((obs.operation or "", path), {"example": shown, "count": 0})
            entry["count"] += 1
    operations = [_operation(contract, name, items) for name, items in sorted(by_op.items())]
    findings = sorted(groups.values(), key=lambda g: (g["operation"], g["kind"], g["field"]))
    return {
        "document": contract.source,
        "summary": {
            "exchanges": len(observations),
            "operations": len(operations),
            "findings": len(findings),
            "finding_occurrences": sum(g["count"] for g in findings),
            "wire_forms_declared": sum(n for (_, _, _, ok), n in wire.items() if ok),
            "wire_forms_undeclared": sum(n for (_, _, _, ok), n in wire.items() if not ok),
            "undeclared_fields": len(undeclared),
        },
        "operations": operations,
        "wire_forms": [
            {"operation": op, "field": path, "form": form, "declared": ok, "count": n}
            for (op, path, form, ok), n in sorted(wire.items())
        ],
        "undeclared_fields": [
            {"operation": op, "field": path, **entry} for (op, path), entry in sorted(undeclared.items())
        ],
        "findings": findings,
        "recording": RECORDING,
    }


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "operation": f.operation,
        "status": f.status,
        "field": f.field,
        "detail": f.detail,
    }


def _operation(contract: Contract, name: str, items: list[Observation]) -> dict[str, Any]:
    statuses = Counter(str(o.status) for o in items)
    seen = {path for o in items for path in o.fields_seen}
    never: list[str] = []
    for op in contract.operations:
        if op.operation_id != name:
            continue
        for status in sorted({o.status for o in items}):
            content = contract.response(op, status).content.get("application/json") or {}
            if 200 <= status < 300 and content.get("schema"):
                never += [p for p in declared_fields(contract, content["schema"]) if p not in seen]
    return {
        "operation": name,
        "calls": len(items),
        "statuses": dict(sorted(statuses.items())),
        "findings": sum(len(o.findings) for o in items),
        "fields_seen": sorted(seen),
        "declared_never_seen": sorted(set(never)),
    }


def declared_fields(contract: Contract, schema: Any, where: str = "", depth: int = 0) -> list[str]:
    """Every field path the schema declares (to ``_MAX_DEPTH``)."""
    node = contract.resolve(schema)
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return []
    out: list[str] = []
    for name, prop in object_properties(contract, node).items():
        path = f"{where}.{name}" if where else name
        out.append(path)
        out += declared_fields(contract, prop, path, depth + 1)
    if "items" in node:
        out += declared_fields(contract, node["items"], f"{where}[]", depth + 1)
    return out


def junit_xml(report: dict[str, Any]) -> bytes:
    """JUnit XML: one test case per operation exercised, failing with its findings."""
    by_op: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in report["findings"]:
        by_op[f["operation"]].append(f)
    names = [o["operation"] for o in report["operations"]]
    names += sorted(set(by_op) - set(names))  # an unknown operation is named by its request
    suite = ET.Element(
        "testsuite",
        name="vimmerse contract",
        tests=str(len(names)),
        failures=str(sum(1 for n in names if by_op.get(n))),
        errors="0",
        skipped="0",
    )
    calls = {o["operation"]: o for o in report["operations"]}
    for name in names:
        case = ET.SubElement(suite, "testcase", classname="vimmerse.contract", name=name, time="0")
        op = calls.get(name)
        if op:
            statuses = ", ".join(f"{s} x{n}" for s, n in op["statuses"].items())
            ET.SubElement(case, "system-out").text = f"{op['calls']} exchanges; statuses {statuses}"
        if by_op.get(name):
            lines = [
                f"{f['kind']} {f['status']} {f['field']}: {f['detail']} (x{f['count']})" for f in by_op[name]
            ]
            failure = ET.SubElement(case, "failure", message=lines[0][:200], type="contract")
            failure.text = "\n".join(lines)
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    body: bytes = ET.tostring(root, encoding="unicode").encode("utf-8")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body + b"\n"
