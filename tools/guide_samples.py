"""Render README's table of the guides' code samples from the entries the tests run.

    .venv/bin/python tools/guide_samples.py            # rewrites the table in README.md
    .venv/bin/python tools/guide_samples.py --check    # exit 1 if README.md differs

The entries live in ``tests/guides/guide_samples_media.py`` and ``guide_samples_story.py``,
gathered by ``guide_samples.py`` (one per sample: the SDK call, the outcome, a note);
``tests/guides/test_samples.py`` runs each against the fake. The table sits between
``<!-- guide-samples -->`` and ``<!-- /guide-samples -->``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BEGIN, END = "<!-- guide-samples -->", "<!-- /guide-samples -->"
GUIDE_NAMES = {"media": "Media", "story": "Story"}


def _samples() -> tuple[Any, ...]:
    sys.path.insert(0, str(ROOT / "tests" / "guides"))
    from guide_samples import SAMPLES

    return tuple(SAMPLES)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _outcome(sample: Any) -> str:
    if sample.refused:
        return f"refused: {sample.refused.reason}"
    if sample.pending:
        return f"works once openapi.yaml has it: {sample.pending}"
    return "works"


def render_table(samples: tuple[Any, ...]) -> str:
    rows = ["| guide | line | what it calls | outcome | note |", "|---|---|---|---|---|"]
    for sample in samples:
        cells = (
            GUIDE_NAMES[sample.guide],
            str(sample.line),
            f"`{sample.calls}`",
            _outcome(sample),
            sample.note,
        )
        rows.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(rows)


def rewrite(readme: str, table: str) -> str:
    start, end = readme.find(BEGIN), readme.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"README.md needs the markers {BEGIN} and {END}")
    return readme[: start + len(BEGIN)] + "\n" + table + "\n" + readme[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if README.md differs")
    args = parser.parse_args(argv)
    current = README.read_text(encoding="utf-8")
    text = rewrite(current, render_table(_samples()))
    if args.check:
        if text != current:
            print(
                "README.md's table of the guides' samples is out of date: run tools/guide_samples.py",
                file=sys.stderr,
            )
            return 1
        return 0
    README.write_text(text, encoding="utf-8")
    print(f"wrote {README.relative_to(ROOT)}: {len(_samples())} samples")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
