"""Say how many of the document's operations the generator turned into endpoint modules.

``--fail-on-warning`` already stops the build when openapi-python-client drops an operation with
a warning; this counts the result as well, so a silent drop (an operation without a module) fails
too, and the build log states "54/54 operations generated".

Usage: python codegen/count_operations.py SPEC GENERATED_PACKAGE_DIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def snake(name: str) -> str:
    """openapi-python-client's module name for an operationId (camelCase -> snake_case)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def main(spec: str, package: str) -> int:
    doc = yaml.safe_load(Path(spec).read_text())
    wanted = {
        snake(op["operationId"])
        for item in doc["paths"].values()
        for method, op in item.items()
        if method in METHODS
    }
    made = {p.stem for p in Path(package, "api").glob("*/*.py") if p.stem != "__init__"}
    missing = sorted(wanted - made)
    print(f"{len(wanted) - len(missing)}/{len(wanted)} operations generated")
    if missing:
        print(f"ERROR: no generated module for: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
