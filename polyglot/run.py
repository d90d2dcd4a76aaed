"""`make polyglot`: clients from common generators, generated from openapi.yaml, proven to work.

For each target (targets.py): generate (pinned generator, flags from TARGETS), count the
generator's warnings against ``warnings-baseline.txt``, compile with its end-to-end script and its
wire adapter (build.py: tsc --strict, go build, javac, Python import + mypy), check that no response
property the document types concretely came out as ``Any``/``{}``/``object`` (typecheck.py,
exceptions in ``typing-exceptions.txt``), then run create -> poll -> download against the fake,
which writes its answers as the service does (endtoend.py): with the target's adapter from
polyglot/adapters/ (must pass) and without it (the outcome is the table in docs/polyglot.md,
rewritten here; the run fails when it changed, so the committed table is what was measured);
then one target's run again through ``vimmerse proxy``, whose report must hold its exchanges and
no finding (proxied.py).
Ends with the table of results and exits non-zero on any failure.

Usage: ``.venv/bin/python polyglot/run.py [--only NAME[,NAME]] [--jobs N]``.
Tools are installed by ``polyglot/polyglot.mk`` (pip, npm ci, apt-get); this script only uses them.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import subprocess
import sys
import time

import yaml
from build import compile_target, extract_jsr310, generate, read_table, tail, warning_lines
from endtoend import Fake, run_e2e
from proxied import run_proxied
from report import DOC, Result, summary, update_doc
from targets import ADAPTERS, HERE, OUT, ROOT, SPEC, TARGETS
from typecheck import check_types


def generate_all(results: dict[str, Result], jobs: int) -> None:
    baseline: collections.Counter[tuple[str, str]] = collections.Counter()
    for name, times, message, _reason in read_table(HERE / "warnings-baseline.txt", 4):
        baseline[(name, message)] += 10**6 if times == "*" else int(times)  # "*": any number
    targets = [r.target for r in results.values()]
    print(f"== generate ({len(targets)} targets, {jobs} at a time)", flush=True)
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for target, code, text, secs in pool.map(generate, targets):
            r = results[target.name]
            r.generated, r.seconds = code == 0, secs
            r.warnings = warning_lines(target, text)
            seen = collections.Counter((target.name, w) for w in r.warnings)
            for key, count in seen.items():
                if count > baseline.get(key, 0):
                    r.new_warnings.append(f"{count - baseline.get(key, 0)} x {key[1]}")
            gone = [
                f"{baseline[k] - seen.get(k, 0)} x {k[1]}"
                for k in baseline
                if baseline[k] < 10**6
                if k[0] == target.name and seen.get(k, 0) < baseline[k]
            ]
            status = "ok" if r.generated else f"FAILED (exit {code})"
            print(f"   {target.name}: {status} in {secs:.1f}s, {len(r.warnings)} warnings", flush=True)
            if not r.generated:
                print(tail(text))
            for w in r.new_warnings:
                print(f"     NEW WARNING (not in warnings-baseline.txt): {w}")
            for w in gone:
                print(f"     fewer than baselined (update warnings-baseline.txt): {w}")


def compile_all(results: dict[str, Result]) -> None:
    print("== compile and check types", flush=True)
    if any(r.target.language == "java" for r in results.values()):
        extract_jsr310()
    doc = yaml.safe_load(SPEC.read_text())
    exceptions = {(name, where) for name, where, _ in read_table(HERE / "typing-exceptions.txt", 3)}
    for r in results.values():
        if not r.generated:
            continue
        ok, text = compile_target(r.target)
        r.compiled = ok
        print(f"   {r.target.name}: compile {'ok' if ok else 'FAILED'}", flush=True)
        if not ok:
            print(tail(text, 40))
            continue
        try:
            r.typed, notes = check_types(r.target, doc, exceptions)
        except Exception as exc:  # a reader that cannot parse the output is a failure of the check
            r.typed, notes = False, [f"type check failed: {exc}"]
        print(f"   {r.target.name}: response types {'ok' if r.typed else 'FAILED'} ({notes[0]})")
        for note in notes[1:]:
            print(f"     {note}")


def e2e_all(results: dict[str, Result]) -> bool:
    """Runs every compiled target's script; False when the run through ``vimmerse proxy`` failed."""
    runnable = [r for r in results.values() if r.compiled]
    if not runnable:
        return True
    fake = Fake()
    try:
        for adapter in (True, False):
            print(f"== create -> poll -> download, {'with' if adapter else 'without'} the wire adapter")
            for r in runnable:
                run = run_e2e(r.target, fake, adapter)
                if adapter:
                    r.e2e = run
                else:
                    r.bare = run
                print(f"   {r.target.name}: {'ok' if run.ok else 'FAILED'} — {run.summary}", flush=True)
                if adapter and not run.ok:
                    print(tail(run.log, 30))
        return run_proxied(results, fake)
    finally:
        fake.stop()


def adapters_current() -> bool:
    """The committed adapters carry the table openapi.yaml gives (adapters/generate.py --check)."""
    cmd = [sys.executable, str(ADAPTERS / "generate.py"), "--check", "--spec", str(SPEC)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    print(f"== wire adapters: {(proc.stdout + proc.stderr).strip()}")
    return proc.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", help="comma-separated target names")
    parser.add_argument("--jobs", type=int, default=2, help="generators run at once (2 cores: 2)")
    args = parser.parse_args()
    targets = [t for t in TARGETS if not args.only or t.name in args.only.split(",")]
    if not targets:
        raise SystemExit(f"no target among {[t.name for t in TARGETS]}")
    OUT.mkdir(exist_ok=True)
    results = {t.name: Result(t) for t in targets}
    t0 = time.monotonic()

    failed = not adapters_current()
    generate_all(results, args.jobs)
    compile_all(results)
    failed |= not e2e_all(results)

    print("\n" + summary(list(results.values())))
    failed |= any(r.failed for r in results.values())
    measured = [r for r in results.values() if r.bare]
    # The table describes openapi.yaml: another POLYGLOT_SPEC leaves it alone.
    if measured and (ROOT / "openapi.yaml").resolve() == SPEC and update_doc(measured, TARGETS):
        print(f"\n{DOC.relative_to(ROOT)}: the without-adapter table changed; rewritten, commit it")
        failed = True
    print(f"\npolyglot: {'FAILED' if failed else 'ok'} in {time.monotonic() - t0:.0f}s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
