"""``import vimmerse`` imports what a call needs, not the CLI stacks (import time).

httpx imports its own command line (click, rich, pygments) whenever they are installed, and the
``vimmerse`` CLI installs them; the SDK defers httpx's CLI until it is used. attrs (the generated
models), msgspec (decoding answers) and the generated low-level client load with the first call
that needs them. The test runs in a fresh interpreter so nothing imported by pytest counts.
"""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
import vimmerse
heavy = sorted(m for m in ("rich", "click", "pygments", "typer", "asyncio", "starlette",
                           "attr", "msgspec", "vimmerse_openapi.client")
               if m in sys.modules)
import httpx
sys.argv = ["httpx", "--help"]
try:
    httpx.main()
except SystemExit as exc:
    code = exc.code
print(json.dumps({"heavy": heavy, "httpx_cli_exit": code}))
"""


def test_import_vimmerse_leaves_the_cli_stacks_and_asyncio_alone_and_httpx_cli_still_works():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["heavy"] == []
    assert report["httpx_cli_exit"] in (0, None)
    assert "HTTPX" in result.stdout  # the real httpx CLI ran on first use


FIRST_CALL = """
import json, sys
import httpx
import vimmerse
client = vimmerse.Vimmerse("k", "http://api.test", transport=httpx.MockTransport(
    lambda r: httpx.Response(200, json={"data": {"id": "m1", "processing_status": "success"}})))
media = client.media.get("m1")
print(json.dumps({"id": media.id, "loaded": sorted(m for m in ("attr", "msgspec") if m in sys.modules)}))
"""


def test_what_import_defers_loads_with_the_first_call():
    result = subprocess.run([sys.executable, "-c", FIRST_CALL], capture_output=True, text=True, check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"id": "m1", "loaded": ["attr", "msgspec"]}
