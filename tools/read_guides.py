"""Read the vendor's two guides (``../shared/seeds``) into a fixture a program can compare.

    .venv/bin/python tools/read_guides.py            # writes tests/fixtures/guides/guides.json
    .venv/bin/python tools/read_guides.py --check    # exit 1 if the committed fixture differs

The guides are web pages saved as text, in two renderings:

* the Media guide (``000_…``) is a Redoc page: an operation's fields follow ``Request Body
  schema: <media type>`` one block each (name, ``type (Title) [ min .. max ]``, ``Deprecated``,
  ``Default: …``, prose, ``Enum: "a" "b"``), and the block ends at the ``post/media`` line;
* the Story guide (``004_…``) is a flattened HTML page: fields are table rows
  ``| name | type (Title) [ min .. max ] Default: … prose |``, possibly cut short, and an
  operation is whatever its last code sample calls before its example answer.

For every operation the fixture holds its fields (type, title, default, enum values in order and
where they were read, range, required, deprecated), the sub-keys of JSON fields the guide tabulates,
its example answers as JSON (``collapsed`` where the page folded an object, so its emptiness is no
evidence), and every Python code sample with the request it makes. Nothing here is typed by hand:
change the parser, never the fixture.

The parser is in four modules: ``read_guides_media.py`` and ``read_guides_story.py`` (one per
rendering), ``read_guides_fields.py`` (a field's type line and prose, shared by both) and
``read_guides_examples.py`` (answers, webhook payloads and code samples).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from read_guides_examples import code_samples, path_template, webhooks
from read_guides_media import read_media
from read_guides_story import read_story

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
OUT = ROOT / "tests" / "fixtures" / "guides" / "guides.json"
GUIDES = {"media": "000_", "story": "004_"}


def read(seeds: Path = SEEDS) -> dict[str, Any]:
    guides = {}
    for name, prefix in GUIDES.items():
        (path,) = sorted(seeds.glob(f"{prefix}*.txt"))
        text = path.read_text(encoding="utf-8")
        operations = read_media(text) if name == "media" else read_story(text)
        samples = code_samples(text)
        for sample in samples:
            sample["path"] = path_template(sample["path"])
        guides[name] = {
            "file": path.name,
            "operations": operations,
            "samples": samples,
            "webhooks": webhooks(text),
        }
    return {"guides": guides}


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed fixture differs")
    args = parser.parse_args(argv)
    data = read(args.seeds)
    text = render(data)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run tools/read_guides.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    counts = {name: len(guide["operations"]) for name, guide in data["guides"].items()}
    print(f"wrote {OUT.relative_to(ROOT)}: operations {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
