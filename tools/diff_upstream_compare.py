"""Compare two documents' operations: the per-operation report of differences, breaking or not."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from diff_upstream_operations import PARAM_LOCATIONS, Json, Operation, Resolver, operations


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
