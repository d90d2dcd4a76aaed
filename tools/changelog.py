"""The next section of CHANGELOG.md, or the release that writes it.

python tools/changelog.py --draft            # print the section the next release would get
python tools/changelog.py --version 0.2.0    # write it, consume the fragments, and make
                                             # openapi.yaml the released document
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from apidiff import FRAGMENTS, RELEASED, ROOT, changelog, engine, gate, load


def package_version() -> str:
    text = (ROOT / "overlays" / "vimmerse" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    return found.group(1) if found else "0.0.0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default=None, help="the package version (default: the package's own)")
    parser.add_argument("--draft", action="store_true", help="print the section, change nothing")
    parser.add_argument("--base", type=Path, default=RELEASED)
    parser.add_argument("--head", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--project", type=Path, default=ROOT, help="where towncrier.toml is")
    parser.add_argument("--fragments", type=Path, default=FRAGMENTS)
    args = parser.parse_args(argv)
    base, head = load(args.base), load(args.head)
    [findings] = engine.diff_many(base, [head])
    verdict = gate.judge(base, head, gate.changes(base, head, findings), args.fragments)
    if verdict.problems and not args.draft:
        for problem in verdict.problems:
            print(f"FAIL: {problem}", file=sys.stderr)
        return 1
    print(
        changelog.build(
            verdict, args.version or package_version(), args.project, args.fragments, draft=args.draft
        )
    )
    if not args.draft:
        shutil.copyfile(args.head, args.base)
        print(f"{args.base} is now openapi.yaml {verdict.head_version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
