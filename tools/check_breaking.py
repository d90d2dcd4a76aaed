"""The breaking-change gate: openapi.yaml against the last released document, per audience.

    python tools/check_breaking.py                 # against released/openapi.yaml
    python tools/check_breaking.py --base-ref v1.0.0

Exit 1 when a change breaks an audience without a new major version and a `breaking` fragment
(tools/apidiff/gate.py says which changes break whom, and why).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from apidiff import FRAGMENTS, RELEASED, ROOT, engine, gate, load, load_ref


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, default=RELEASED, help="the released document")
    parser.add_argument("--base-ref", help="a git ref whose openapi.yaml is the base instead")
    parser.add_argument("--head", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--fragments", type=Path, default=FRAGMENTS)
    args = parser.parse_args(argv)
    base = load_ref(args.base_ref) if args.base_ref else load(args.base)
    head = load(args.head)
    [findings] = engine.diff_many(base, [head])
    verdict = gate.judge(base, head, gate.changes(base, head, findings), args.fragments)
    source = args.base_ref or args.base
    print(f"check-breaking: {args.head.name} {verdict.head_version} against {source} {verdict.base_version}")
    if verdict.changes:
        print(gate.table(verdict))
    else:
        print("no change to the API")
    for note in verdict.notes:
        print(f"note: {note}")
    for problem in verdict.problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    return 1 if verdict.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
