"""Compare two releases of openapi.yaml: what changed, whom it breaks, what the changelog says.

`engine` runs openapi-diff, `shape` names fields, `gate` judges per audience, `changelog` writes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
RELEASED = ROOT / "released" / "openapi.yaml"
FRAGMENTS = ROOT / "changelog.d"


def load(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return doc


def load_ref(ref: str, path: str = "openapi.yaml") -> dict[str, Any]:
    """The document as it was at a git ref (a tag, a commit): `make check-breaking BASE=v1.0.0`."""
    text = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{ref}:{path}"], capture_output=True, text=True, check=True
    ).stdout
    doc: dict[str, Any] = yaml.safe_load(text)
    return doc
