"""Whether this run selects the bigger schemathesis run (``-m slow`` or ``VIMMERSE_SLOW=1``).

Set by conftest.py's ``pytest_configure``, which pytest calls before it imports this folder's test
modules; read by them at import. (Test modules cannot import conftest.py in importlib mode.)
"""

from __future__ import annotations

import os
from typing import Any

SLOW_OPT_IN = "slow"
selected = False


def configure(config: Any) -> None:
    global selected
    selected = SLOW_OPT_IN in (config.getoption("markexpr") or "") or os.environ.get("VIMMERSE_SLOW") == "1"
