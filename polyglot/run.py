"""`make polyglot`: clients from common generators, generated from openapi.yaml, proven to work.

For each target (targets.py): generate (pinned generator, flags from TARGETS), count the
generator's warnings against ``warnings-baseline.txt``, compile (build.py: tsc --strict, go build,
javac, Python import), check that no response property the document types concretely came out as
``Any``/``{}``/``object`` (typecheck.py, exceptions in ``typing-exceptions.txt``), then run a
create -> poll -> download script against the fake served on loopback (endtoend.py,
``serve_fake.py``), whose file host refuses requests carrying ``X-Api-Key``. Ends with the table of
results (docs/polyglot.md) and exits non-zero on any failure.

Usage: ``.venv/bin/python polyglot/run.py [--only NAME[,NAME]] [--raw-fake] [--jobs N]``.
Tools are installed by ``polyglot/polyglot.mk`` (pip, npm ci, apt-get); this script only uses them.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import sys
import time
from dataclasses import dataclass, field

import yaml
from build import compile_target, extract_jsr310, generate, read_table, tail, warning_lines
from endtoend import Fake, run_e2e
from targets import HERE, OUT, SPEC, TARGETS, Target
from typecheck import check_types


@dataclass
class Result:
    target: Target
    generated: bool = False
    warnings: list[str] = field(default_factory=list)
    new_warnings: list[str] = field(default_factory=list)
    compiled: bool | None = None
    typed: bool | None = None
    e2e: bool | None = None
    seconds: float = 0.0
    log: list[str] = field(default_factory=list)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", help="comma-separated target names")
    parser.add_argument("--raw-fake", action="store_true", help="serve the fake's answers unchanged")
    parser.add_argument("--jobs", type=int, default=2, help="generators run at once (2 cores: 2)")
    args = parser.parse_args()
    targets = [t for t in TARGETS if not args.only or t.name in args.only.split(",")]
    if not targets:
        raise SystemExit(f"no target among {[t.name for t in TARGETS]}")
    OUT.mkdir(exist_ok=True)
    doc = yaml.safe_load(SPEC.read_text())
    baseline: collections.Counter[tuple[str, str]] = collections.Counter()
    for name, times, message, _reason in read_table(HERE / "warnings-baseline.txt", 4):
        baseline[(name, message)] += 10**6 if times == "*" else int(times)  # "*": any number
    exceptions = {(name, where) for name, where, _ in read_table(HERE / "typing-exceptions.txt", 3)}
    results = {t.name: Result(t) for t in targets}
    t0 = time.monotonic()

    print(f"== generate ({len(targets)} targets, {args.jobs} at a time)", flush=True)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
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

    print("== compile and check types", flush=True)
    if any(t.language == "java" for t in targets):
        extract_jsr310()
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

    runnable = [r for r in results.values() if r.compiled]
    quirk_problems: list[str] = []
    if runnable:
        print(
            f"== create -> poll -> download against the fake{' (raw answers)' if args.raw_fake else ''}",
            flush=True,
        )
        fake = Fake(raw=args.raw_fake)
        try:
            for r in runnable:
                ok, text = run_e2e(r.target, fake)
                r.e2e = ok
                print(
                    f"   {r.target.name}: {'ok' if ok else 'FAILED'} — {text.strip().splitlines()[-1]}",
                    flush=True,
                )
                if not ok:
                    print(tail(text, 30))
            quirks = fake.stats().get("quirks")
        finally:
            fake.stop()
        if quirks is not None:
            known = {kind for kind, _ in read_table(HERE / "fake-quirks.txt", 2)}
            print(f"   the fake's answers brought to openapi.yaml's types: {sum(quirks.values())}")
            for kind, count in sorted(quirks.items()):
                mark = "" if kind in known else "   <- NEW, not in fake-quirks.txt"
                print(f"     {count:4d} x {kind}{mark}")
                if kind not in known:
                    quirk_problems.append(kind)
            for kind in sorted(known - set(quirks)):
                print(f"     no longer seen (remove from fake-quirks.txt): {kind}")

    print("\n| generator | generates | compiles | response types | end to end |\n|---|---|---|---|---|")
    failed = bool(quirk_problems)
    for r in results.values():

        def cell(value: bool | None) -> str:
            return "—" if value is None else ("yes" if value else "**no**")

        gen = f"yes, {len(r.warnings)} warnings" if r.generated else "**no**"
        if r.new_warnings:
            gen += f" (**{sum(int(w.split(' x ')[0]) for w in r.new_warnings)} new**)"
        print(f"| {r.target.label} | {gen} | {cell(r.compiled)} | {cell(r.typed)} | {cell(r.e2e)} |")
        failed |= not r.generated or bool(r.new_warnings) or not r.compiled or not r.typed or not r.e2e
    print(f"\npolyglot: {'FAILED' if failed else 'ok'} in {time.monotonic() - t0:.0f}s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
