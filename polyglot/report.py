"""What `make polyglot` found: the closing table, and the without-adapter table of docs/polyglot.md."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from endtoend import Run
from targets import ROOT, Target

DOC = ROOT / "docs" / "polyglot.md"
START, END = "<!-- polyglot-without-adapters -->", "<!-- /polyglot-without-adapters -->"
HEADER = "| generator | end to end without its adapter | first error |\n|---|---|---|\n"


@dataclass
class Result:
    target: Target
    generated: bool = False
    warnings: list[str] = field(default_factory=list)
    new_warnings: list[str] = field(default_factory=list)
    compiled: bool | None = None
    typed: bool | None = None
    e2e: Run | None = None  # with the adapter
    bare: Run | None = None  # without it
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return not (self.generated and self.compiled and self.typed and self.e2e and self.e2e.ok) or bool(
            self.new_warnings
        )


def _cell(value: bool | None) -> str:
    return "—" if value is None else ("yes" if value else "**no**")


def summary(results: list[Result]) -> str:
    lines = [
        "| generator | generates | compiles | response types | end to end (adapter) | without adapter |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        gen = f"yes, {len(r.warnings)} warnings" if r.generated else "**no**"
        if r.new_warnings:
            gen += f" (**{sum(int(w.split(' x ')[0]) for w in r.new_warnings)} new**)"
        e2e = _cell(r.e2e.ok if r.e2e else None)
        bare = "—" if r.bare is None else ("passes" if r.bare.ok else "fails")
        lines.append(
            f"| {r.target.label} | {gen} | {_cell(r.compiled)} | {_cell(r.typed)} | {e2e} | {bare} |"
        )
    return "\n".join(lines)


def _row(r: Result) -> str:
    assert r.bare is not None
    outcome = "passes" if r.bare.ok else "**fails**"
    error = "" if r.bare.ok else "`" + r.bare.summary.replace("`", "'").replace("|", "\\|") + "`"
    return f"| {r.target.label} | {outcome} | {error} |"


def update_doc(results: list[Result], targets: list[Target], doc: Path = DOC) -> bool:
    """Write the without-adapter rows of ``results`` into ``doc`` (other rows kept, in target order);
    True if the table changed."""
    text = doc.read_text()
    match = re.search(re.escape(START) + r"\n(.*?)" + re.escape(END), text, re.S)
    if not match:
        raise SystemExit(f"{doc.name}: no {START} ... {END} block")
    rows = {}
    for line in match.group(1).splitlines()[2:]:
        label = line.split(" | ")[0].removeprefix("| ")
        rows[label] = line
    rows.update({r.target.label: _row(r) for r in results if r.bare is not None})
    table = HEADER + "".join(rows[label] + "\n" for label in (t.label for t in targets) if label in rows)
    new = text[: match.start(1)] + table + text[match.end(1) :]
    if new != text:
        doc.write_text(new)
    return new != text
