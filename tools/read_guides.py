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
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
OUT = ROOT / "tests" / "fixtures" / "guides" / "guides.json"
GUIDES = {"media": "000_", "story": "004_"}

_TYPE = (
    r"(?P<type>string|integer|number|boolean|object|Array of strings(?: <binary>)?)"
    r"(?: <[a-z-]+>)?(?: \((?P<title>[^)]*)\))?"
    r"(?: \[ (?P<min>-?[\d.]+) \.\. (?P<max>-?[\d.]+) \])?"
)
_TYPE_LINE = re.compile(rf"^{_TYPE}$")
_NAME_LINE = re.compile(r"^[a-z_][a-z0-9_]*$")
_OP_LINE = re.compile(r"^(get|post|put|delete|patch)(/\S*)$")
_ENUM_LINE = re.compile(r"^Enum: (.*)$")
_QUOTED = re.compile(r'"([^"]*)"')
_SINGLE_QUOTED = re.compile(r"'([^']*)'")
_URL = re.compile(
    r'(?P<var>\w+)\s*=\s*f?"(?:https?://api\.vimmerse\.net|\{BASE_URL\})(?P<path>/[^"?]*)(?:\?(?P<query>[^"]*))?"'
)
_CALL = re.compile(r"requests\.(?:(?P<short>get|post|put|delete)\(|request\(\s*\"(?P<method>[A-Z]+)\")")


def _kind(type_name: str) -> dict[str, Any]:
    """``string`` / ``Array of strings <binary>`` (field reference) / ``array[file]`` (overview)."""
    if type_name.lower().startswith("array"):
        items = (
            {"type": "string", "format": "binary"}
            if "binary" in type_name or "file" in type_name
            else {"type": "string"}
        )
        return {"type": "array", "items": items}
    return {"type": type_name}


def _typed(match: re.Match[str]) -> dict[str, Any]:
    field = _kind(match["type"])
    if match["title"] is not None:
        field["title"] = match["title"]
    for bound in ("min", "max"):
        if match[bound] is not None:
            field["minimum" if bound == "min" else "maximum"] = _number(match[bound])
    return field


def _number(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def _default(text: str) -> Any:
    """``""``, ``"1"``, ``[]``, ``false``, ``5``: the guide prints JSON literals."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _prose_enum(description: str) -> list[str] | None:
    """Values a sentence lists: ``Available values are '16:9', '4:3' and '9:16'``."""
    match = re.search(r"Available (?:values|voices)(?: are|:) (.*?)(?:\.(?:\s|$)|$)", description)
    if match is None:
        return None
    listed = match[1]
    if listed.startswith("[{"):
        # A list of options as Python dicts (camera control): their `value`s are what is sent.
        try:
            return [str(option["value"]) for option in ast.literal_eval(listed.rstrip("."))]
        except (SyntaxError, ValueError, KeyError, TypeError):
            return None
    values = _QUOTED.findall(listed) or _SINGLE_QUOTED.findall(listed)
    if not values:
        values = [v.strip() for v in re.split(r",\s*|\s+and\s+", listed) if v.strip()]
    return values or None


# ---------------------------------------------------------------------------- answers
def _answer(text: str) -> tuple[Any, bool]:
    """An example answer as JSON, and whether the page folded an object in it.

    Redoc prints a folded object as ``"data": {`` then ``}`` on the next line; an empty one as
    ``{ }``. The Story page prefixes keys with ``- `` and, where it cut a long value, leaves the
    comma before the closing brace.
    """
    lines = [line.strip() for line in text.strip().splitlines()]
    collapsed = any(a.endswith("{") and b.startswith("}") for a, b in itertools.pairwise(lines))
    body = "\n".join(lines)
    body = re.sub(r"(^|[{\[,]\s*)[-•] ", r"\1", body, flags=re.MULTILINE)
    body = re.sub(r",(\s*[}\]])", r"\1", body)
    return json.loads(body), collapsed


def _json_block(lines: list[str], start: int) -> tuple[str, int]:
    """The text of the JSON value opening at ``lines[start]`` and the index after it.

    Braces are counted outside strings; the Story page glues the next paragraph to the final
    brace (``}Generates a story…``), which is cut off.
    """
    depth = 0
    out = []
    in_string = False
    for index in range(start, len(lines)):
        line = lines[index]
        for pos, char in enumerate(line):
            if in_string:
                if char == "\\":
                    continue
                if char == '"' and line[pos - 1] != "\\":
                    in_string = False
            elif char == '"':
                in_string = True
            elif char in "{[":
                depth += 1
            elif char in "}]":
                depth -= 1
                if depth == 0:
                    out.append(line[: pos + 1])
                    return "\n".join(out), index + 1
        out.append(line)
    raise ValueError(f"unterminated JSON from line {start + 1}")


# ---------------------------------------------------------------------------- samples
def _literal(node: ast.expr, names: dict[str, Any]) -> Any:
    """A payload value: literals, ``json.dumps(…)`` (kept as the JSON text the sample sends), names."""
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "json.dumps" and len(node.args) == 1:
        return json.dumps(_literal(node.args[0], names))
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.Dict):
        if any(key is None for key in node.keys):
            raise ValueError("a ** spread in a dict")
        return {_literal(k, names): _literal(v, names) for k, v in zip(node.keys, node.values, strict=True)}  # type: ignore[arg-type]
    if isinstance(node, ast.List):
        return [_literal(item, names) for item in node.elts]
    return ast.literal_eval(node)


def _payload(code: str) -> tuple[dict[str, Any] | None, str | None]:
    """The ``payload = {...}`` the sample sends, or why it cannot be read as Python."""
    match = re.search(r"^\s*payload\s*=\s*\{", code, re.MULTILINE)
    if match is None:
        return None, None
    start = code.index("{", match.start())
    depth = 0
    for pos in range(start, len(code)):
        depth += {"{": 1, "}": -1}.get(code[pos], 0)
        if depth == 0:
            break
    source = code[start : pos + 1]
    names: dict[str, Any] = {}
    assignments = re.finditer(r"^(\w+) = (json\.dumps\(\{.*?^\}\))", code[:start], re.MULTILINE | re.DOTALL)
    for assigned in assignments:
        with contextlib.suppress(SyntaxError, ValueError):
            names[assigned[1]] = _literal(ast.parse(assigned[2], mode="eval").body, {})
    try:
        tree = ast.parse(source, mode="eval")
        value = _literal(tree.body, names)
    except SyntaxError as exc:
        return None, f"not Python: {exc.msg} (line {exc.lineno} of the payload)"
    except ValueError as exc:
        return None, f"not a literal: {exc}"
    return value, None


def _samples(text: str) -> list[dict[str, Any]]:
    """Every code sample that calls the API: its line, method, path, query, payload and files."""
    found = []
    for url in _URL.finditer(text):
        call = _CALL.search(text, url.end())
        if call is None:
            continue
        line = text.count("\n", 0, url.start()) + 1
        # The sample's request: from its URL to the end of the call's line.
        end = text.find("\n", call.end())
        code = text[url.start() : end]
        if _URL.search(code, url.end() - url.start()) is not None:
            continue  # another URL between this one and the call: that one is the sample's
        method = (call["short"] or call["method"]).upper()
        sample: dict[str, Any] = {"line": line, "method": method, "path": url["path"].rstrip("/") or "/"}
        if url["query"]:
            sample["query"] = dict(pair.split("=", 1) for pair in url["query"].split("&"))
        payload, unreadable = _payload(code)
        if payload is not None:
            sample["payload"] = payload
        if unreadable is not None:
            sample["unreadable"] = unreadable
            # What a reader still sees: the keys the payload names.
            named = code[code.index("payload") :]
            sample["keys"] = re.findall(r"^\s*['\"](\w+)['\"]\s*:", named, re.MULTILINE)
        files = re.findall(r'\("(\w+)", \("([^"]+)", open\(', code)
        if files:
            sample["files"] = [[field, name] for field, name in files]
        sent = re.search(r"requests\.\w+\((?P<args>[^\n]*)\)", text[call.start() : end + 1])
        if sent is not None:
            sample["sends"] = sorted(set(re.findall(r"\b(data|json|files)=", sent["args"])))
        found.append(sample)
    return found


# ---------------------------------------------------------------------------- the Media guide (Redoc)
def _redoc_fields(block: list[str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The body of one operation: its media type and required-ness, and its fields in order."""
    body: dict[str, Any] = {}
    fields: list[dict[str, Any]] = []
    index = 0
    while index < len(block):
        line = block[index]
        if line.startswith("Request Body schema: "):
            body["content_type"] = line.split(": ", 1)[1]
            body["required"] = index + 1 < len(block) and block[index + 1] == "required"
        elif _NAME_LINE.match(line) and index + 1 < len(block):
            offset = 2 if block[index + 1] == "required" else 1
            typed = _TYPE_LINE.match(block[index + offset]) if index + offset < len(block) else None
            if typed is not None:
                field = {"name": line, "in": "body", **_typed(typed)}
                field.update(required=offset == 2, deprecated=False)
                fields.append(field)
                index += offset + 1
                continue
        if fields:
            field = fields[-1]
            if line == "Deprecated":
                field["deprecated"] = True
            elif line.startswith("Default: "):
                field["default"] = _default(line[len("Default: ") :])
            elif (enum := _ENUM_LINE.match(line)) is not None:
                field["enum"] = _QUOTED.findall(enum[1])
                field["enum_from"] = "enum"
            elif line:
                field.setdefault("prose", []).append(line)
        index += 1
    for field in fields:
        _describe(field)
    return body, fields


def _describe(field: dict[str, Any]) -> None:
    """Facts the prose of a field states: its sub-keys, an enum it lists, JSON text."""
    prose = field.pop("prose", [])
    sub = _sub_keys(prose)
    # What the prose says of the field itself, not of the sub-keys it tabulates.
    own = prose[: prose.index(_SUB_TABLE)] if sub else prose
    text = " ".join(own)
    if "enum" not in field and (listed := _prose_enum(text)) is not None:
        field["enum"] = listed
        field["enum_from"] = "prose"
    if re.search(r"\bdeprecated\b", text, re.IGNORECASE) and "not deprecated" not in text:
        field["deprecated"] = True
    if re.search(r"JSON (?:dump )?string", " ".join(prose)):
        field["json"] = True
    if sub:
        field["keys"] = sub


_SUB_TABLE = "Parameter Type Default Description"


def _sub_keys(prose: list[str]) -> list[dict[str, Any]]:
    """A ``Parameter Type Default Description`` table inside a field's prose (audio_option's keys)."""
    try:
        start = prose.index(_SUB_TABLE)
    except ValueError:
        return []
    keys: list[dict[str, Any]] = []
    for line in prose[start + 1 :]:
        row = re.match(r"^([a-z_]+) (string|integer|boolean|number) (\S+) (.*)$", line)
        if row is not None:
            keys.append({"name": row[1], "type": row[2], "default": _default(row[3])})
        elif keys and (listed := _prose_enum(line)) is not None:
            keys[-1]["enum"] = listed
            keys[-1]["enum_from"] = "prose"
        elif keys and not line.startswith("⚠"):
            break
    return keys


_OVERVIEW_ROW = re.compile(
    r"^(?P<name>[a-z_]+) (?P<type>string|integer|boolean|number|array\[(?:file|string)\])"
    r"(?P<json> \(JSON\))? "
    r"(?P<required>Yes|No)(?P<star>\*)? (?P<default>\"[^\"]*\"|\S+) (?P<prose>.*)$"
)


def _overview(block: list[str]) -> list[dict[str, Any]]:
    """The ``Parameter Type Required Default Description`` table an operation's prose opens with.

    It is a second statement of the fields, shorter than the schema section: its ranges are
    ``(1-4)``, its value lists follow a colon, ``No*`` means one of several inputs is needed.
    """
    try:
        start = block.index("Parameter Type Required Default Description")
    except ValueError:
        return []
    fields = []
    for line in block[start + 1 :]:
        row = _OVERVIEW_ROW.match(line)
        if row is None:
            break
        field: dict[str, Any] = {"name": row["name"], "in": "body", **_kind(row["type"])}
        field["required"] = row["required"] == "Yes"
        if row["star"]:
            field["one_of_inputs"] = True
        field["default"] = _default(row["default"])
        prose = row["prose"]
        if (bounds := re.search(r"\((\d+)-(\d+)\)", prose)) is not None:
            field["minimum"], field["maximum"] = int(bounds[1]), int(bounds[2])
        if (listed := re.search(r":\s*(.+)$", prose)) is not None and field["type"] == "string":
            values = _QUOTED.findall(listed[1]) or [v.strip() for v in listed[1].split(",")]
            if len(values) > 1:
                field["enum"] = values
                field["enum_from"] = "prose"
        if row["json"]:
            field["json"] = True
        field["deprecated"] = "Deprecated" in prose
        fields.append(field)
    return fields


def _read_media(text: str) -> list[dict[str, Any]]:
    lines = text.splitlines()
    operations = []
    section_start = 0
    index = 0
    while index < len(lines):
        op = _OP_LINE.match(lines[index].strip())
        if op is None:
            index += 1
            continue
        block = [line.strip() for line in lines[section_start:index]]
        body, fields = _redoc_fields(block)
        operation: dict[str, Any] = {"method": op[1].upper(), "path": op[2], "line": index + 1}
        if body:
            operation["body"] = body
        operation["fields"] = fields
        overview = _overview(block)
        if overview:
            operation["overview"] = overview
        # After "Response samples" and a media type comes the answer, or `null` for a file.
        cursor = index + 1
        while cursor < len(lines) and not lines[cursor].lstrip().startswith(("{", "null")):
            cursor += 1
        answers = []
        if cursor < len(lines) and lines[cursor].lstrip().startswith("{"):
            raw, cursor = _json_block(lines, cursor)
            example, collapsed = _answer(raw)
            answers.append({"status": "200", "example": example, "collapsed": collapsed})
        else:
            cursor += 1
        operation["answers"] = answers
        operations.append(operation)
        section_start = index = cursor
    return operations


# ---------------------------------------------------------------------------- the Story guide (HTML tables)
_ROW = re.compile(r"^\| (?P<name>[a-z_][a-z0-9_]*) \| (?P<cell>.*)$")


def _story_rows(lines: list[str]) -> list[dict[str, Any]]:
    """Table rows ``| name | type (Title) … |``, joined across the lines a cell spans."""
    rows: list[str] = []
    for line in lines:
        row = _ROW.match(line)
        if row is not None:
            rows.append(f"{row['name']}\t{row['cell']}")
        elif rows and not rows[-1].endswith("|"):
            rows[-1] += " " + line.strip()
    fields = []
    for row in rows:
        name, cell = row.split("\t", 1)
        cell = re.sub(r"\s*\|[\s|]*$", "", cell).strip()
        typed = re.match(_TYPE, cell)
        if typed is None:
            raise ValueError(f"unreadable row {name}: {cell[:60]}")
        field: dict[str, Any] = {"name": name, "in": "body", **_typed(typed)}
        field.update(required=False, deprecated=False)
        rest = cell[typed.end() :].strip()
        default = re.match(r'^Default: ("(?:[^"\\]|\\.)*"|\[\]|\S+)\s*', rest)
        if default is not None:
            field["default"] = _default(default[1])
            rest = rest[default.end() :]
        field["prose"] = [rest] if rest else []
        _describe(field)
        fields.append(field)
    return fields


def _read_story(text: str) -> list[dict[str, Any]]:
    lines = text.splitlines()
    operations = []
    section_start = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if not (line.startswith(("{- ", "{ }")) or line == "{ }"):
            index += 1
            continue
        raw, end = _json_block(lines, index)
        section = "\n".join(lines[section_start:index])
        calls = _samples(section)
        if not calls:
            raise ValueError(f"an answer at line {index + 1} with no code sample before it")
        last = calls[-1]
        fields = _story_rows(lines[section_start:index])
        example, collapsed = _answer(raw)
        operation: dict[str, Any] = {"method": last["method"], "path": _template(last["path"])}
        operation["line"] = index + 1
        if fields or last["method"] != "GET":
            # The page shows neither the media type nor whether the body is required.
            operation["body"] = {"content_type": None, "required": None}
        operation["fields"] = fields
        operation["answers"] = [{"status": "200", "example": example, "collapsed": collapsed}]
        operations.append(operation)
        # The page glues the next paragraph to the closing brace: that paragraph starts the next section.
        lines[end - 1] = lines[end - 1][lines[end - 1].rindex("}") + 1 :]
        section_start = index = end - 1
    return operations


def _template(path: str) -> str:
    """``/story/{STORY_ID}`` -> ``/story/{story_id}``: the guides' placeholders in lower case."""
    return re.sub(r"\{(\w+)\}", lambda m: "{" + m[1].lower() + "}", path)


def _webhooks(text: str) -> list[dict[str, Any]]:
    """The webhook payload a guide prints: a JSON object right after 'containing …'."""
    found = []
    for match in re.finditer(r"^\{\n\"customer_id\".*?^\}", text, re.MULTILINE | re.DOTALL):
        found.append({"line": text.count("\n", 0, match.start()) + 1, "example": json.loads(match[0])})
    return found


# ---------------------------------------------------------------------------- the fixture
def read(seeds: Path = SEEDS) -> dict[str, Any]:
    guides = {}
    for name, prefix in GUIDES.items():
        (path,) = sorted(seeds.glob(f"{prefix}*.txt"))
        text = path.read_text(encoding="utf-8")
        operations = _read_media(text) if name == "media" else _read_story(text)
        samples = _samples(text)
        for sample in samples:
            sample["path"] = _template(sample["path"])
        guides[name] = {
            "file": path.name,
            "operations": operations,
            "samples": samples,
            "webhooks": _webhooks(text),
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
