"""``report.html``: the report for people, one static page (no script, no external resource)."""

from __future__ import annotations

from html import escape
from typing import Any

_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border: 1px solid #ccc; padding: .25em .6em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; } td.n { text-align: right; }
.ok { color: #1a7f37; } .bad { color: #b42318; font-weight: 600; }
dl.counts { display: grid; grid-template-columns: max-content max-content; gap: .2em 1em; }
dt { font-weight: 600; } code { font-size: .95em; }
"""

_COUNTS = (
    ("exchanges", "exchanges recorded"),
    ("operations", "operations exercised"),
    ("findings", "findings"),
    ("finding_occurrences", "finding occurrences"),
    ("wire_forms_declared", "declared wire forms seen"),
    ("wire_forms_undeclared", "undeclared wire forms seen"),
    ("undeclared_fields", "fields the document lacks"),
)


def _table(headers: list[str], rows: list[list[str]], table_id: str) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(rows_cell for rows_cell in row) + "</tr>" for row in rows)
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _td(value: Any, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<td{attr}>{escape(str(value))}</td>"


def render_html(report: dict[str, Any]) -> str:
    summary = report["summary"]
    verdict = (
        '<p id="verdict" class="ok">No findings: every answer matched the document.</p>'
        if not summary["findings"]
        else f'<p id="verdict" class="bad">{summary["findings"]} findings.</p>'
    )
    counts = "".join(
        f'<dt>{escape(label)}</dt><dd id="count-{key.replace("_", "-")}">{summary[key]}</dd>'
        for key, label in _COUNTS
    )
    findings = _table(
        ["kind", "operation", "status", "field", "detail", "times", "exchanges"],
        [
            [
                _td(f["kind"], "bad"),
                _td(f["operation"]),
                _td(f["status"]),
                _td(f["field"]),
                _td(f["detail"]),
                _td(f["count"], "n"),
                _td(", ".join(map(str, f["exchanges"]))),
            ]
            for f in report["findings"]
        ],
        "findings",
    )
    operations = _table(
        ["operation", "calls", "statuses", "findings", "declared fields never seen"],
        [
            [
                _td(o["operation"]),
                _td(o["calls"], "n"),
                _td(", ".join(f"{s} x{n}" for s, n in o["statuses"].items())),
                _td(o["findings"], "n bad" if o["findings"] else "n"),
                _td(
                    ", ".join(o["declared_never_seen"][:20])
                    + (" ..." if len(o["declared_never_seen"]) > 20 else "")
                ),
            ]
            for o in report["operations"]
        ],
        "operations",
    )
    wire = _table(
        ["operation", "field", "form", "declared", "times"],
        [
            [
                _td(w["operation"]),
                _td(w["field"]),
                _td(w["form"]),
                _td("yes" if w["declared"] else "NO", "" if w["declared"] else "bad"),
                _td(w["count"], "n"),
            ]
            for w in report["wire_forms"]
        ],
        "wire-forms",
    )
    lacks = _table(
        ["operation", "field", "example", "times"],
        [
            [_td(u["operation"]), _td(u["field"]), _td(u["example"]), _td(u["count"], "n")]
            for u in report["undeclared_fields"]
        ],
        "undeclared-fields",
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vimmerse contract verification</title>
<style>{_STYLE}</style></head>
<body>
<h1>Vimmerse contract verification</h1>
<p>Answers checked against <code>{escape(report["document"])}</code>; the exchanges are in
<code>{escape(report["recording"])}</code> (HAR, secrets redacted).</p>
{verdict}
<dl class="counts" id="counts">{counts}</dl>
<h2>Findings</h2>
{findings if report["findings"] else '<p class="ok">None.</p>'}
<h2>Operations</h2>
{operations}
<h2>Fields the document lacks</h2>
<p>Allowed (the answer schemas take more fields than they name), and news for the document.</p>
{lacks if report["undeclared_fields"] else "<p>None.</p>"}
<h2>Wire forms seen</h2>
<p>Strings the service wrote where the document declares a number or a boolean
(<code>x-vimmerse-wire-forms</code>); declared ones are expected, others are findings.</p>
{wire if report["wire_forms"] else "<p>None.</p>"}
</body></html>
"""
