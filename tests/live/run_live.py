"""``make contract-live [ARGS=--allow-spend]``: the live contract tests, or a notice without a key.

Runs ``pytest -m live tests/live`` against ``$VIMMERSE_BASE_URL`` with ``$VIMMERSE_API_KEY``.
``--allow-spend`` sets ``VIMMERSE_ALLOW_SPEND=1`` (one smallest paid job); other arguments go
to pytest. Without a key nothing runs and the exit status is 0, so CI without secrets passes
while saying clearly that nothing was tested.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NOTICE = "no VIMMERSE_API_KEY: nothing was tested against a live service"


def main(argv: list[str]) -> int:
    if not os.environ.get("VIMMERSE_API_KEY"):
        print(NOTICE)
        return 0
    args = list(argv)
    if "--allow-spend" in args:
        args.remove("--allow-spend")
        os.environ["VIMMERSE_ALLOW_SPEND"] = "1"
    import pytest

    here = Path(__file__).resolve().parent
    target = os.environ.get("VIMMERSE_BASE_URL") or "https://api.vimmerse.net"
    spend = "with one paid job" if os.environ.get("VIMMERSE_ALLOW_SPEND") == "1" else "free operations only"
    print(f"live contract tests against {target} ({spend})", flush=True)
    return int(pytest.main(["-m", "live", "-p", "no:cacheprovider", str(here), *args]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
