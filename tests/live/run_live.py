"""``make contract-live [ARGS=--allow-spend]``: the live contract tests, or a notice without a key.

Runs ``pytest -m live tests/live`` against ``$VIMMERSE_BASE_URL`` with ``$VIMMERSE_API_KEY``,
through a validating proxy (``vimmerse.verify.Proxy``): every exchange is recorded and its answer
checked strictly against openapi.yaml, and ``--report DIR`` (default ``contract-report``) receives
``exchanges.har`` (key redacted), ``report.json``, ``junit.xml`` and ``report.html``. Fails when a
test fails or the report has findings. ``--allow-spend`` sets ``VIMMERSE_ALLOW_SPEND=1`` (one
smallest paid job); other arguments go to pytest. Without a key nothing runs and the exit status is
0, so CI without secrets passes while saying clearly that nothing was tested.
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
    report = Path("contract-report")
    if "--report" in args:
        at = args.index("--report")
        report = Path(args[at + 1])
        del args[at : at + 2]
    import pytest
    from rich.console import Console

    from vimmerse.cli.verify import summary_table
    from vimmerse.verify import Contract, Proxy, Verification

    here = Path(__file__).resolve().parent
    target = os.environ.get("VIMMERSE_BASE_URL") or "https://api.vimmerse.net"
    spend = "with one paid job" if os.environ.get("VIMMERSE_ALLOW_SPEND") == "1" else "free operations only"
    print(f"live contract tests against {target} ({spend})", flush=True)
    verification = Verification(Contract.load(here.parents[1] / "openapi.yaml"))
    with Proxy(target, verification) as proxy:
        os.environ["VIMMERSE_BASE_URL"] = proxy.url
        try:
            code = int(pytest.main(["-m", "live", "-p", "no:cacheprovider", str(here), *args]))
        finally:
            os.environ["VIMMERSE_BASE_URL"] = target
    summary = verification.write(report)
    Console(highlight=False, width=160).print(summary_table(summary))
    for finding in summary["findings"]:
        where = f"{finding['operation']} {finding['status']} {finding['field']}"
        print(f"  {finding['kind']}: {where}: {finding['detail']}")
    print(f"contract report: {summary['summary']['findings']} findings, in {report}/")
    return code or (1 if summary["summary"]["findings"] else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
