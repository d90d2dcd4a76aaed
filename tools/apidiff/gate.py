"""Which changes between two releases of the document break which audience, and may they ship.

The engine (openapi-diff) judges bodies, operations and status codes; `shape.py` names the fields
its verdicts are about. Three rules are ours, each for what the engine does not read:

* `enum` (its schema differ ignores the keyword). A value added to an answer breaks strict
  clients only: openapi-generator's `python` (pydantic), and `java`/`go` generated without
  `enumUnknownDefaultCase`, refuse an answer with a value they do not list; TypeScript types are
  erased at run time and our SDK keeps an unknown value as its string. A value removed from a
  request breaks every client that may still send it.
* parameters (the engine compares bodies only): a new required parameter, a removed one or a new
  type breaks every client; a new optional one breaks none.
* `components.x-vimmerse-jobs`, which only our SDK reads to wait: a new terminal status or another
  poll operation or status field leaves an old SDK polling forever or reading the wrong field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import engine, shape

AUDIENCES = {
    "sdk": "our SDK (vimmerse)",
    "strict": "strict generated clients (openapi-generator python, java, go)",
    "lenient": "lenient generated clients (TypeScript: openapi-typescript, hey-api)",
}
ALL = frozenset(AUDIENCES)
NONE: frozenset[str] = frozenset()


@dataclass
class Change:
    kind: str  # "answer field removed", "enum value added", "operation removed", ...
    side: str  # "request", "answer", "parameter", "operation", "job"
    where: str  # "Media.title", "createMedia query:limit", "media.failure"
    detail: str = ""  # "integer -> string", "paused"
    breaks: frozenset[str] = NONE  # the audiences it breaks
    judge: str = "openapi-diff"  # who decided: the engine or one of the rules above
    operations: set[str] = field(default_factory=set)

    def line(self) -> str:
        """One changelog line: what changed, where, and whom it breaks."""
        ops = sorted(self.operations)
        shown = ", ".join(ops[:4]) + (f" and {len(ops) - 4} more" if len(ops) > 4 else "")
        text = f"{self.kind}: `{self.where}`" + (f" ({self.detail})" if self.detail else "")
        if shown and self.side != "operation":
            text += f" in {shown}"
        if self.breaks:
            return f"**breaks {', '.join(sorted(self.breaks))}**: {text}"
        return f"compatible: {text}"


def _version(text: str) -> tuple[int, int, int]:
    parts = str(text).split("-", 1)[0].split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"info.version {text!r} is not a semantic version (MAJOR.MINOR.PATCH)")
    return int(parts[0]), int(parts[1]), int(parts[2])


def _parent_gone(path: str, gone: set[str]) -> bool:
    while "." in path or path.endswith("[]"):
        path = path[:-2] if path.endswith("[]") else path.rsplit(".", 1)[0]
        if path in gone:
            return True
    return False


def _field_changes(
    base: dict[shape.Key, shape.Fact], head: dict[shape.Key, shape.Fact], live: set[str]
) -> list[tuple[shape.Key, str, str, set[str]]]:
    """(key, kind, detail, directions) per field change; directions are the engine's vocabulary."""
    out: list[tuple[shape.Key, str, str, set[str]]] = []
    for keys, gone_kind, after in (
        (base.keys() - head.keys(), "removed", base),
        (head.keys() - base.keys(), "added", head),
    ):
        by_place: dict[tuple[str, str], set[str]] = {}
        for op, side, path in keys:
            by_place.setdefault((op, side), set()).add(path)
        for op, side, path in sorted(keys):
            if op not in live or _parent_gone(path, by_place[op, side]):
                continue
            fact = after[op, side, path]
            if side == "parameter":
                kind = f"{'required ' if fact.required and gone_kind == 'added' else ''}parameter {gone_kind}"
                out.append(((op, side, path), kind, "", set()))
            elif side == "request":
                required = gone_kind == "added" and fact.required
                kind = f"{'required ' if required else ''}request field {gone_kind}"
                dirs = (
                    {"narrower", "wider"} if required else {"wider" if gone_kind == "added" else "narrower"}
                )
                out.append(((op, side, path), kind, "", dirs))
            else:
                dirs = {"narrower" if gone_kind == "added" else "wider"}
                out.append(((op, side, path), f"answer field {gone_kind}", "", dirs))
    for key in sorted(base.keys() & head.keys()):
        old, new = base[key], head[key]
        if key[0] not in live:
            continue
        if old.type != new.type:
            out.append(
                (key, f"{_side(key)} field type changed", f"{old.type} -> {new.type}", {"wider", "narrower"})
            )
        if old.required != new.required:
            kind = "now required" if new.required else "now optional"
            out.append((key, f"{_side(key)} field {kind}", "", {"narrower" if new.required else "wider"}))
        if old.enum != new.enum:
            added = sorted(set(new.enum or ()) - set(old.enum or ())) if new.enum else []
            removed = sorted(set(old.enum or ()) - set(new.enum or ())) if old.enum and new.enum else []
            if added:
                out.append((key, "enum value added", ", ".join(added), {"enum-wider"}))
            if removed:
                out.append((key, "enum value removed", ", ".join(removed), {"enum-narrower"}))
            if old.enum and not new.enum:
                out.append((key, "enum dropped", "", {"enum-wider"}))
            if new.enum and not old.enum:
                out.append((key, "enum imposed", ", ".join(new.enum), {"enum-narrower"}))
    return out


def _side(key: shape.Key) -> str:
    return "answer" if key[1].startswith("answer") else key[1]


def _rule_breaks(side: str, kind: str, directions: set[str]) -> frozenset[str] | None:
    """The audiences our own rules (module docstring) say a change breaks; None: the engine's call."""
    if "enum-wider" in directions:
        return frozenset({"strict"}) if side == "answer" else NONE
    if "enum-narrower" in directions:
        return NONE if side == "answer" else ALL
    if side == "parameter":
        return NONE if kind == "parameter added" or kind.endswith("now optional") else ALL
    return None


def _job_changes(base: dict[str, Any], head: dict[str, Any]) -> list[Change]:
    old = (base.get("components") or {}).get("x-vimmerse-jobs") or {}
    new = (head.get("components") or {}).get("x-vimmerse-jobs") or {}
    out = []
    for job in sorted(old.keys() | new.keys()):
        a, b = old.get(job) or {}, new.get(job) or {}
        if not a or not b:
            kind = "job kind removed" if a else "job kind added"
            out.append(Change(kind, "job", job, breaks=frozenset({"sdk"}) if a else NONE, judge="jobs rule"))
            continue
        for key in sorted(a.keys() | b.keys()):
            if a.get(key) == b.get(key):
                continue
            if isinstance(a.get(key), list) or isinstance(b.get(key), list):
                added = sorted(set(b.get(key) or []) - set(a.get(key) or []))
                removed = sorted(set(a.get(key) or []) - set(b.get(key) or []))
                for kind, values, breaks in (
                    ("terminal status added", added, frozenset({"sdk"})),
                    ("terminal status removed", removed, NONE),
                ):
                    if values:
                        out.append(
                            Change(kind, "job", f"{job}.{key}", ", ".join(values), breaks, "jobs rule")
                        )
            else:
                detail = f"{a.get(key)} -> {b.get(key)}"
                out.append(
                    Change(
                        "job lifecycle changed",
                        "job",
                        f"{job}.{key}",
                        detail,
                        frozenset({"sdk"}),
                        "jobs rule",
                    )
                )
    return out


def changes(base: dict[str, Any], head: dict[str, Any], findings: list[engine.Finding]) -> list[Change]:
    """Every change from `base` to `head`, named, each with the audiences it breaks."""
    base_ops = {op_id for op_id, *_ in shape.operations(base)}
    head_ops = {op_id for op_id, *_ in shape.operations(head)}
    merged: dict[tuple[str, str, str, str], Change] = {}

    def add(change: Change, op: str) -> None:
        key = (change.kind, change.side, change.where, change.detail)
        kept = merged.setdefault(key, change)
        kept.breaks = kept.breaks | change.breaks
        if op:
            kept.operations.add(op)

    for op in sorted(base_ops - head_ops):
        add(Change("operation removed", "operation", op, breaks=ALL), op)
    for op in sorted(head_ops - base_ops):
        add(Change("operation added", "operation", op), op)
    verdicts: dict[tuple[str, str, str], bool] = {}
    explained: set[tuple[str, str, str]] = set()
    for f in findings:
        if f.direction:
            verdicts[f.operation, f.side, f.direction] = verdicts.get(
                (f.operation, f.side, f.direction), False
            ) or bool(f.breaking)
    live = base_ops & head_ops
    base_facts, head_facts = shape.facts(base), shape.facts(head)
    for (op, side, path), kind, detail, dirs in _field_changes(base_facts, head_facts, live):
        where = (head_facts.get((op, side, path)) or base_facts[op, side, path]).owner
        ruled = _rule_breaks(_side((op, side, path)), kind, dirs)
        if ruled is not None:
            add(Change(kind, _side((op, side, path)), where, detail, ruled, "enum/parameter rule"), op)
            continue
        hit = [(op, side, d) for d in dirs if (op, side, d) in verdicts]
        explained.update(hit)
        breaking = any(verdicts[h] for h in hit)
        add(Change(kind, _side((op, side, path)), where, detail, ALL if breaking else NONE), op)
    for f in findings:
        if f.code in ("path.remove", "method.remove", "path.add", "method.add"):
            continue  # named above as operations removed or added
        if f.direction and (f.operation, f.side, f.direction) in explained:
            continue
        what = f"{f.side or 'document'} {f.code}"
        add(
            Change(
                f"engine: {what}",
                f.side.split(" ")[0] or "operation",
                f.operation or f.location,
                breaks=ALL if f.breaking else NONE,
            ),
            f.operation,
        )
    return [*merged.values(), *_job_changes(base, head)]


@dataclass
class Verdict:
    base_version: str
    head_version: str
    changes: list[Change]
    problems: list[str]  # why the gate fails; empty: it passes
    notes: list[str]

    @property
    def breaks(self) -> frozenset[str]:
        return frozenset().union(*(c.breaks for c in self.changes)) if self.changes else NONE


def stated_breaks(fragments: Path) -> list[Path]:
    """The changelog fragments stating an intended break (towncrier type `breaking`)."""
    return sorted(fragments.glob("*.breaking.md")) if fragments.is_dir() else []


def judge(base: dict[str, Any], head: dict[str, Any], found: list[Change], fragments: Path) -> Verdict:
    """Breaking changes need a new major version and a fragment saying so."""
    old_v, new_v = str(base["info"]["version"]), str(head["info"]["version"])
    verdict = Verdict(old_v, new_v, found, [], [])
    try:
        old, new = _version(old_v), _version(new_v)
    except ValueError as exc:
        verdict.problems.append(str(exc))
        return verdict
    if new < old:
        verdict.problems.append(f"info.version went back: {old_v} -> {new_v}")
    breaks = verdict.breaks
    if breaks and new[0] <= old[0]:
        who = "; ".join(AUDIENCES[a] for a in sorted(breaks))
        verdict.problems.append(
            f"breaking for {who}, but info.version's major did not move ({old_v} -> {new_v}): make the change"
            f" compatible, or release it as {old[0] + 1}.0.0 and state the break in a changelog fragment"
            f" ({fragments}/<name>.breaking.md)"
        )
    elif breaks and not stated_breaks(fragments):
        verdict.problems.append(
            f"a major release ({old_v} -> {new_v}) breaking {', '.join(sorted(breaks))}: state the intended"
            f" break in {fragments}/<name>.breaking.md"
        )
    if found and new == old:
        verdict.notes.append(f"the document changed since {old_v}: release it as {old[0]}.{old[1] + 1}.0")
    return verdict


def table(verdict: Verdict) -> str:
    """The report: one row per change, one column per audience (x: breaks it)."""
    head = ["change", "where", *AUDIENCES, "judged by"]
    rows = [head, ["---"] * len(head)]
    for c in sorted(verdict.changes, key=lambda c: (not c.breaks, c.side, c.where, c.kind)):
        what = c.kind + (f" ({c.detail})" if c.detail else "")
        rows.append(
            [
                what,
                f"{c.side} `{c.where}`",
                *("breaks" if a in c.breaks else "ok" for a in AUDIENCES),
                c.judge,
            ]
        )
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)
