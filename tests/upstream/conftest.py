"""Fixtures for the upstream drift report (`tools/diff_upstream.py`).

`tools/` is not an installed package (it is a developer tool, not part of the SDK), so the module is
loaded from its file, with `tools/` on `sys.path` for the modules it imports.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
TOOL = REPO_ROOT / "tools" / "diff_upstream.py"
VENDOR_DOC = REPO_ROOT.parent / "shared" / "reference" / "vimmerse-swagger.json"


@pytest.fixture(scope="session")
def du() -> ModuleType:
    if str(TOOL.parent) not in sys.path:
        sys.path.append(str(TOOL.parent))  # appended: a tool's module never shadows an installed one
    spec = importlib.util.spec_from_file_location("diff_upstream", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["diff_upstream"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def vendor_doc_path() -> Path:
    if not VENDOR_DOC.exists():
        pytest.skip(f"vendor OpenAPI document not present at {VENDOR_DOC} (it is never committed)")
    return VENDOR_DOC
