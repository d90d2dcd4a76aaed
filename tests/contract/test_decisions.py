"""The decision tables of the docs are rendered from ``x-vimmerse-decisions`` in ``openapi.yaml``.

Why: a reader of ``docs/api/`` or the README trusts that a table says what the document does. The
tables are generated from records placed on the very objects they are about, so a table cannot
drift from the document, and a record the renderer would misrepresent is refused.
"""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("decisions", ROOT / "tools" / "decisions.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("decisions", module)
    spec.loader.exec_module(module)
    return module


decisions = _tool()

# Two operations share the answer schema `Shared`; `makeA` reaches `Mode` through `allOf` and
# `Options` through `x-vimmerse-json`; `getC` has records on itself only.
SYNTHETIC = """
openapi: 3.0.3
info: {title: synthetic, version: '1'}
tags:
  - name: image
    x-vimmerse-decisions:
      - {about: price, vendor: No price anywhere., chose: 'Flat: **5**.'}
paths:
  /a:
    post:
      tags: [image]
      operationId: makeA
      x-vimmerse-decisions:
        - {about: credits, vendor: Lists 402., chose: '`free`'}
      parameters:
        - name: size
          in: query
          schema: {type: integer}
          x-vimmerse-decisions:
            - {about: range, vendor: '1-4', chose: '`maximum: 4`'}
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ARequest'}
      responses:
        '200':
          description: ok
          x-vimmerse-decisions:
            - {about: response, vendor: 'schema: {}', chose: Typed.}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Shared'}
  /b/{b_id}:
    get:
      tags: [image]
      operationId: getB
      parameters:
        - name: b_id
          in: path
          required: true
          schema: {type: string}
          x-vimmerse-decisions:
            - {about: type, vendor: Undeclared., chose: A string.}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Shared'}
  /c:
    get:
      tags: [other]
      operationId: getC
      x-vimmerse-decisions:
        - {about: other, vendor: Path `/c/`., chose: '`/c`'}
        - {about: behaviour, vendor: No key needed., chose: Key sent.}
      responses:
        '200': {description: ok}
components:
  schemas:
    ARequest:
      type: object
      properties:
        mode:
          allOf:
            - $ref: '#/components/schemas/Mode'
          default: x
          x-vimmerse-decisions:
            - {about: default, guide: {mode: 'ü'}, vendor: 'x | y', chose: Default `x`.}
        options:
          type: string
          x-vimmerse-json: {$ref: '#/components/schemas/Options'}
    Mode:
      type: string
      enum: [x, y]
      x-vimmerse-decisions:
        - {about: enum, guide: [x, y, z], chose: The two the schema lists.}
    Options:
      type: object
      properties:
        depth:
          type: integer
          x-vimmerse-decisions:
            - {about: range, vendor: '"pixels"', chose: "`minimum: 0`"}
    Shared:
      type: object
      properties:
        status:
          type: string
          x-vimmerse-decisions:
            - {about: status, vendor: Only `success`., chose: Four statuses.}
"""

MAKE_A = """\
| where | the guide says | the vendor says | we chose |
|---|---|---|---|
| `makeA` |  | Lists 402. | `free` |
| `makeA ?size` |  | 1-4 | `maximum: 4` |
| `ARequest.mode` | `{"mode": "ü"}` | x \\| y | Default `x`. |
| `Mode` | `["x", "y", "z"]` |  | The two the schema lists. |
| `Options.depth` |  | "pixels" | `minimum: 0` |
| `makeA 200` |  | schema: {} | Typed. |
| `Shared.status` |  | Only `success`. | Four statuses. |
"""

GET_B = """\
| where | the vendor says | we chose |
|---|---|---|
| `getB {b_id}` | Undeclared. | A string. |
| `Shared.status` | Only `success`. | Four statuses. |
"""


def _repo(tmp_path: Path, document: str = SYNTHETIC, markdown: dict[str, str] | None = None) -> Path:
    (tmp_path / "openapi.yaml").write_text(textwrap.dedent(document), "utf-8")
    (tmp_path / "docs").mkdir()
    for name, text in (markdown or {}).items():
        (tmp_path / name).write_text(text, "utf-8")
    return tmp_path


def _marked(key: str, body: str = "") -> str:
    return f"<!-- x-vimmerse-decisions: {key} -->\n{body}<!-- /x-vimmerse-decisions -->\n"


def test_committed_tables_say_what_the_document_records() -> None:
    assert decisions.stale(ROOT) == {}, "run .venv/bin/python tools/decisions.py"


def test_every_record_of_the_document_is_shown_in_some_table() -> None:
    """A record no marked table reaches would be a decision no reader of the docs ever sees."""
    doc = decisions.load()
    owners = {owner for owner, _ in decisions.records(doc)}
    texts = [path.read_text("utf-8") for path in decisions.markdown_files(ROOT)]
    keys = {key for text in texts for key in decisions.table_keys(text)}
    shown = {decision.pointer for key in keys for decision in decisions.decisions_for(doc, key)}
    assert owners - shown == set()


def test_an_operation_table_shows_what_it_reaches_each_owner_once() -> None:
    doc = yaml.safe_load(SYNTHETIC)
    assert decisions.render_table(doc, "makeA") == MAKE_A
    assert decisions.render_table(doc, "getB") == GET_B


def test_a_table_of_one_object_has_no_where_column() -> None:
    doc = yaml.safe_load(SYNTHETIC)
    assert decisions.render_table(doc, "getC") == (
        "| the vendor says | we chose |\n|---|---|\n| Path `/c/`. | `/c` |\n| No key needed. | Key sent. |\n"
    )
    assert decisions.render_table(doc, "tag:image") == (
        "| the vendor says | we chose |\n|---|---|\n| No price anywhere. | Flat: **5**. |\n"
    )


def test_a_section_table_lists_the_tag_then_its_operations_sharing_schemas_once() -> None:
    doc = yaml.safe_load(SYNTHETIC)
    rows = decisions.render_table(doc, "tags:image").splitlines()
    assert rows[2] == "| `image` |  | No price anywhere. | Flat: **5**. |"
    assert rows[3:10] == MAKE_A.splitlines()[2:]
    assert rows[10:] == ["| `getB {b_id}` |  | Undeclared. | A string. |"]


def test_the_cli_rewrites_only_between_markers_and_check_reports_a_stale_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prose = "# Image\n\nHand-written prose stays.\n\n"
    root = _repo(tmp_path, markdown={"README.md": prose + _marked("getB", "| stale |\n") + "\nAfter.\n"})
    assert decisions.main(["--check", "--root", str(root)]) == 1
    assert "-| stale |" in capsys.readouterr().out
    assert (root / "README.md").read_text("utf-8").count("| stale |") == 1  # --check writes nothing
    assert decisions.main(["--root", str(root)]) == 0
    assert (root / "README.md").read_text("utf-8") == prose + _marked("getB", f"\n{GET_B}\n") + "\nAfter.\n"
    assert decisions.main(["--check", "--root", str(root)]) == 0


def _broken(record: dict[str, Any]) -> str:
    doc = yaml.safe_load(SYNTHETIC)
    doc["components"]["schemas"]["Options"]["properties"]["depth"]["x-vimmerse-decisions"] = [record]
    return yaml.safe_dump(doc, sort_keys=False)


@pytest.mark.parametrize(
    ("record", "complaint"),
    [
        ({"about": "colour", "vendor": "v", "chose": "c"}, "about is 'colour'"),
        ({"about": "range", "chose": "c"}, "neither"),
        ({"about": "range", "vendor": "v"}, "chose"),
        ({"about": "range", "vendor": "v", "chose": "c", "source": "seeds"}, "unknown key"),
    ],
)
def test_a_record_the_tables_could_not_render_truthfully_is_refused_by_its_pointer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record: dict[str, Any], complaint: str
) -> None:
    root = _repo(tmp_path, _broken(record), {"README.md": _marked("makeA")})
    assert decisions.main(["--root", str(root)]) == 2
    message = capsys.readouterr().err
    assert "/components/schemas/Options/properties/depth/x-vimmerse-decisions/0" in message
    assert complaint in message
    assert (root / "README.md").read_text("utf-8") == _marked("makeA")


def test_a_marker_naming_no_operation_or_tag_is_refused(tmp_path: Path) -> None:
    root = _repo(tmp_path, markdown={"README.md": _marked("makeZ") + _marked("tag:nope")})
    with pytest.raises(decisions.DecisionError, match=r"README\.md: no operation 'makeZ'"):
        decisions.stale(root)
